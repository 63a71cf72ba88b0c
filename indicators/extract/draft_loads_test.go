package extract

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestDraftLoadsWhateverTheUnit drafts sentences whose figures the
// extractor reads with a unit no catalog can hold: the draft still loads
// and verifies (draftOf fails otherwise), and the figure is explained,
// not drafted, when its unit is refused.
func TestDraftLoadsWhateverTheUnit(t *testing.T) {
	for _, tc := range []struct {
		name, text, explained string
	}{
		{"an age band's hyphenated noun (ONS drug poisoning deaths, 2011)",
			"Deaths related to drug poisoning\n\nThe highest mortality rate from drug misuse was in 30 to 39-year-olds (110.0 and 30.2 deaths per million population for males and females respectively).\n",
			"30 to 39"},
		{"a noun in -us (Transport Scotland road casualties, 2019)",
			"Reported road casualties\n\nThere were 195 bus and coach user casualties in 2019.\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, yaml := draftOf(t, indicators.Source{ID: "doc", TextPath: "doc.txt", Text: tc.text})
			for _, ind := range c.Indicators {
				if _, err := indicators.ParseUnit(ind.Unit.String()); err != nil {
					t.Errorf("%s: unit %q drafted: %v", ind.ID, ind.Unit.String(), err)
				}
			}
			if tc.explained != "" && !strings.Contains(yaml, "not drafted: "+tc.explained) {
				t.Errorf("draft does not explain %q:\n%s", tc.explained, yaml)
			}
		})
	}
}
