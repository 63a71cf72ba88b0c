package extract

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestDraftAbbreviationLoads drafts sentences whose counted noun is an
// abbreviation in mixed case: the draft loads and verifies (draftOf fails
// otherwise), and each figure is drafted with the abbreviation's own
// letters as its unit.
func TestDraftAbbreviationLoads(t *testing.T) {
	for _, tc := range []struct{ name, text, stated, unit string }{
		{"courses of treatment (Welsh Government NHS dental services, 2014)",
			"NHS dental services\n\nThere were 2.4 million individual NHS dental courses of treatment, equating to 1.5 million CoTs for adults in 2013.\n",
			"1.5 million CoTs", "CoT"},
		{"doctorates", "Doctorates awarded\n\nUniversities awarded 5,000 PhDs in 2014.\n", "5,000 PhDs", "PhD"},
		{"phones", "Phone sales\n\nThe firm sold 2 million iPhones in 2015.\n", "2 million iPhones", "iPhone"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, yaml := draftOf(t, indicators.Source{ID: "doc", TextPath: "doc.txt", Text: tc.text})
			for _, ind := range c.Indicators {
				if ind.Stated == tc.stated {
					if got := ind.Unit.String(); got != tc.unit {
						t.Errorf("%q drafted with unit %q, want %q", tc.stated, got, tc.unit)
					}
					return
				}
			}
			t.Errorf("%q not drafted:\n%s", tc.stated, yaml)
		})
	}
}
