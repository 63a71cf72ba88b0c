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

// TestDraftSettlesMeasure: a contribution to growth and a rate of
// inflation the extractor reads as changes are drafted as verify has them
// written (a share, a level), not left out as refused.
func TestDraftSettlesMeasure(t *testing.T) {
	for _, tc := range []struct {
		name, text, stated string
		want               indicators.MeasureKind
	}{
		{"a national accounts release", "GDP, first quarterly estimate\n\nGDP grew by 0.6% in the quarter. Household spending contributed 0.4 percentage points to growth.\n",
			"0.4 percentage points", indicators.Share},
		{"a contribution that pulled growth down", "GDP, first quarterly estimate\n\nGDP grew by 0.6% in the quarter. Net exports detracted 0.3 percentage points from growth.\n",
			"-0.3 percentage points", indicators.Share},
		{"a consumer prices bulletin", "Consumer price inflation\n\nThe Consumer Prices Index (CPI) rose by 2.5% in the 12 months to March 2023.\n",
			"2.5%", indicators.Level},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, yaml := draftOf(t, indicators.Source{ID: "doc", TextPath: "doc.txt", Text: tc.text})
			for _, ind := range c.Indicators {
				if ind.Stated == tc.stated {
					if ind.Measure != tc.want {
						t.Errorf("%s drafted as %v, want %v", tc.stated, ind.Measure, tc.want)
					}
					return
				}
			}
			t.Errorf("%s not drafted:\n%s", tc.stated, yaml)
		})
	}
}
