package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestIndexUnit: a level of unit index is named by the model's one rule
// (indicators.IndexPhrase) in every output: the subtitle and axis
// "Index (2015=100)", the book's Unit "index (2015=100)" and Base
// "2015=100", never a bare "2015"; IndexReference reads the unit first
// (a title that never says "index" still gives it) and guesses from the
// title only where the unit is not stated (out23).
func TestIndexUnit(t *testing.T) {
	y2015, y1994 := indicators.YearPeriod(2015), indicators.YearPeriod(1994)
	for _, tc := range []struct {
		name, title          string
		f                    Figure
		ref, phrase          string
		unitWords, baseWords string
	}{
		{"unit index, title without the word", "Producer prices, manufacturing",
			Figure{Measure: indicators.Level, Unit: indicators.IndexUnit, Base: y1994},
			"1994=100", "Index (1994=100)", "index (1994=100)", "1994=100"},
		{"unit index, no base", "Manufacturing production index",
			Figure{Measure: indicators.Level, Unit: indicators.IndexUnit},
			"", "Index", "index", ""},
		{"no unit, title says index: the fallback guess", "Manufacturing production index",
			Figure{Measure: indicators.Level, Base: y2015},
			"2015=100", "Index (2015=100)", "", "2015"},
		{"no unit, title silent: a number", "Manufacturing production",
			Figure{Measure: indicators.Level, Base: y2015},
			"", "Number", "", "2015"},
	} {
		f := tc.f
		f.Index = IndexReference(tc.title, f)
		if f.Index != tc.ref {
			t.Errorf("%s: IndexReference = %q, want %q", tc.name, f.Index, tc.ref)
		}
		if got := UnitPhrase(Bar{Figure: f}, indicators.NoScale); got != tc.phrase {
			t.Errorf("%s: UnitPhrase = %q, want %q", tc.name, got, tc.phrase)
		}
		ind := &indicators.Indicator{Measure: f.Measure, Unit: f.Unit, Base: f.Base}
		if got := IndicatorUnitWords(ind); got != tc.unitWords {
			t.Errorf("%s: IndicatorUnitWords = %q, want %q", tc.name, got, tc.unitWords)
		}
		if got := BaseWords(ind); got != tc.baseWords {
			t.Errorf("%s: BaseWords = %q, want %q", tc.name, got, tc.baseWords)
		}
		// A point of a series names it as a bar does.
		if got := UnitPhrase(PointBar(ind), indicators.NoScale); f.Unit.Kind == indicators.Index && got != tc.phrase {
			t.Errorf("%s: UnitPhrase(PointBar) = %q, want %q", tc.name, got, tc.phrase)
		}
	}
}
