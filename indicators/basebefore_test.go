package indicators_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPriceBaseBefore checks the rule that a price whose base stands
// before the figure ("The median price per tonne of Lobster Norway in
// 2016 was €6,761", s17i-fisheries) is written stated: "€6,761" with
// unit: EUR per tonne, which verifies where a quote names the base and
// is refused, saying what to write, where none does (kinds/houseprices:
// "£252,000" given a base per dwelling). Each piece of advice, applied,
// verifies: the messages lead somewhere.
func TestPriceBaseBefore(t *testing.T) {
	const doc = "The median price per tonne of Lobster Norway in 2016 was €6,761.\n" +
		"Average house prices increased over the year in England to £252,000 (2.2%).\n" +
		"Catches of a further 500 tonnes were worth €6,761.\n" +
		"Water cost €3 a tonne.\n"
	const base = "entities: [IE]\nstatus: fact\nperiod: 2016\nmeasure: level\n"
	const lobster = "The median price per tonne of Lobster Norway in 2016 was €6,761"
	const house = "Average house prices increased over the year in England to £252,000"
	tests := []struct {
		name, fields, quote string
		want                []string // nil: it verifies
		fix                 string   // the fields the advice says to write; they verify
	}{
		{"fisheries: base before the figure", base + "stated: €6,761\nunit: EUR per tonne", lobster, nil, ""},
		{"fisheries: the base in stated", base + "stated: €6,761 per tonne\nunit: EUR per tonne", lobster,
			[]string{`the quote does not state "€6,761 per tonne": the quote names its base "per tonne" apart from the figure: write stated: "€6,761", the quote's characters, and keep unit: EUR per tonne`},
			base + "stated: €6,761\nunit: EUR per tonne"},
		// fix17a: "a" three words before the base, a number between,
		// names no base (it verified on main 113190b).
		{"fisheries: a further 500 tonnes", base + "stated: €6,761\nunit: EUR per tonne", "Catches of a further 500 tonnes were worth €6,761",
			[]string{`unit "EUR per tonne" gives "€6,761" a base per tonne, but no quote names it, nor the line leading in its list, its paragraph's opening sentence or its heading: quote the words that do ("price per tonne", "per tonne:" leading in a list), or write unit: EUR and name the base in the title`},
			base + "stated: €6,761\nunit: EUR"},
		// "a tonne" right before: the base named (another kind's wording).
		{"a tonne", base + "stated: €3\nunit: EUR per tonne", "Water cost €3 a tonne", nil, ""},
		{"houseprices: a base no quote names", base + "stated: £252,000\nunit: GBP per dwelling", house,
			[]string{`unit "GBP per dwelling" gives "£252,000" a base per dwelling, but no quote names it, nor the line leading in its list, its paragraph's opening sentence or its heading: quote the words that do ("price per dwelling", "per dwelling:" leading in a list), or write unit: GBP and name the base in the title`},
			base + "stated: £252,000\nunit: GBP"},
	}
	for _, tc := range tests {
		got := parseEntryIn(t, doc, tc.fields, tc.quote)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: Parse messages (-want +got):\n%s", tc.name, diff)
		}
		if tc.fix == "" {
			continue
		}
		if got := parseEntryIn(t, doc, tc.fix, tc.quote); got != nil {
			t.Errorf("%s: the advice applied (%q) gives %q, want it to verify", tc.name, strings.ReplaceAll(tc.fix, "\n", "; "), got)
		}
	}
}
