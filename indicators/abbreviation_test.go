package indicators_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestAbbreviationUnit checks that the counted noun right after a figure,
// when it is an abbreviation in mixed case, is the unit in its own letters
// and case, singular ("CoTs" counts CoT, not cots), which ParseUnit reads
// back and UnitPlural makes plural again; an abbreviation in capitals
// ("GPs") and a mixed-case word that is not the counted noun ("McDonald's
// restaurants" counts restaurants) are read as before.
func TestAbbreviationUnit(t *testing.T) {
	for _, tc := range []struct{ stated, unit, plural string }{
		{"1.5 million CoTs", "CoT", "CoTs"},
		{"1 CoT", "CoT", "CoTs"},
		{"5,000 PhDs", "PhD", "PhDs"},
		{"Some 5,000 PhDs", "PhD", "PhDs"},
		{"2 million iPhones", "iPhone", "iPhones"},
		{"1,400 McDonald's restaurants", "restaurant", "restaurants"},
		{"1,400 McDonalds restaurants", "restaurant", "restaurants"},
		{"12 GPs", "gp", "gps"},
		{"300 NHS trusts", "trust", "trusts"},
	} {
		_, u, err := indicators.ParseStated(tc.stated)
		if err != nil || u.String() != tc.unit {
			t.Errorf("ParseStated(%q) unit = %q, %v; want %q", tc.stated, u.String(), err, tc.unit)
			continue
		}
		if back, err := indicators.ParseUnit(u.String()); err != nil || back != u {
			t.Errorf("ParseUnit(%q) = %v, %v; want %v", u.String(), back, err, u)
		}
		if got := indicators.UnitPlural(u.Name); got != tc.plural {
			t.Errorf("UnitPlural(%q) = %q, want %q", u.Name, got, tc.plural)
		}
	}
	for _, bad := range []string{"CoTs", "PhDs"} {
		if u, err := indicators.ParseUnit(bad); err == nil && u.Name == bad {
			t.Errorf("ParseUnit(%q) = %v, want an error (a unit is singular)", bad, u)
		}
	}
}

// TestAbbreviationNotice checks the notice for a stated figure counting
// an abbreviation that the text spells out in words before it in
// parentheses: write the words as the unit and the figure alone; none
// where the text does not define it, or the unit is already the words.
func TestAbbreviationNotice(t *testing.T) {
	const defined = "Activity is counted in Courses of Treatment (CoTs). There were 1.5 million CoTs for adults.\n"
	const undefined = "There were 1.5 million CoTs for adults.\n"
	tests := []struct {
		name, doc, stated, unit, want string
	}{
		{"defined", defined, "1.5 million CoTs", "",
			`stated "1.5 million CoTs" counts "CoTs", which the text spells out as "Courses of Treatment": a unit is the words an abbreviation stands for: write stated: "1.5 million", the figure alone, and unit: course of treatment`},
		{"defined, spelled out", defined, "1.5 million", "course of treatment", ""},
		{"not defined", undefined, "1.5 million CoTs", "", ""},
	}
	for _, tt := range tests {
		unit := ""
		if tt.unit != "" {
			unit = "    unit: " + tt.unit + "\n"
		}
		src := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n  - id: x\n    title: X\n    measure: flow\n    status: fact\n    period: 2014\n    stated: %q\n%s    provenance:\n      - source: doc\n        quote: %q\n",
			sha(tt.doc), tt.stated, unit, "1.5 million CoTs for adults")
		doc := tt.doc
		c, err := indicators.Parse("c.yaml", []byte(src), func(string) ([]byte, error) { return []byte(doc), nil })
		if err != nil {
			t.Fatalf("%s: Parse: %v", tt.name, err)
		}
		var got []string
		for _, e := range c.QuoteNotices() {
			msg := e.Error()
			if _, rest, ok := strings.Cut(msg, ": "); ok && strings.HasPrefix(msg, "c.yaml:") {
				msg = rest
			}
			got = append(got, msg)
		}
		switch {
		case tt.want == "" && len(got) > 0:
			t.Errorf("%s: QuoteNotices = %q, want none", tt.name, got)
		case tt.want != "" && (len(got) != 1 || got[0] != tt.want):
			t.Errorf("%s: QuoteNotices = %q, want [%q]", tt.name, got, tt.want)
		}
	}
}
