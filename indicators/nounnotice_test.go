package indicators_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// nounDoc is the text of the counted-noun cases: round C's crime release
// and an A&E release.
const nounDoc = `The NCVS measured 100 million crimes in 1993, and 43.6 million victimizations.
There were 6.9 million attendances, and 230,200 patients arrived at 10am.`

// TestNounNotices checks that a counted noun given apart that the quote's
// noun after the figure contradicts gets a notice (stated "100 million",
// unit: victimization, against "100 million crimes" verified silently),
// while a unit that agrees with it, or a quote with no noun there, gets
// none.
func TestNounNotices(t *testing.T) {
	tests := []struct {
		name, stated, unit, quote string
		want                      string // "" no notice
	}{
		{"crimes counted as victimizations", "100 million", "victimization", "100 million crimes",
			`the quote counts "crimes" after "100 million", but unit "victimization" counts another thing: if the figure counts crimes, write stated: "100 million crimes" and leave the unit out`},
		{"crimes counted as crimes", "100 million", "crime", "100 million crimes", ""},
		{"victimizations", "43.6 million", "victimization", "43.6 million victimizations", ""},
		{"attendances as patients", "6.9 million", "patient", "6.9 million attendances",
			`the quote counts "attendances" after "6.9 million", but unit "patient" counts another thing: if the figure counts attendances, write stated: "6.9 million attendances" and leave the unit out`},
		{"a noun of two words", "230,200", "arriving patient", "230,200 patients arrived", ""},
	}
	for _, tt := range tests {
		src := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n  - id: x\n    title: X\n    measure: flow\n    status: fact\n    period: 1993\n    stated: %q\n    unit: %s\n    provenance:\n      - source: doc\n        quote: %q\n",
			sha(nounDoc), tt.stated, tt.unit, tt.quote)
		c, err := indicators.Parse("c.yaml", []byte(src), func(string) ([]byte, error) { return []byte(nounDoc), nil })
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
