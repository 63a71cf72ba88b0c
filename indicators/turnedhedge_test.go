package indicators_test

import (
	"math"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestTurnedMultiplier checks that a verb of multiplying below one turns
// the hedge before it (round AH, s37h-conceptions): "more than halved" is
// a factor under 0.5, held less_than 0.5 times, whose interval runs from
// zero to 0.5 and whose figure a reader is shown as "less than 0.5
// times" (LeadingHedge gives no "more than" for the book's value cell to
// print), never "more than 0.5 times", the opposite of its words;
// "nearly halved" is just over 0.5. Doubled and tripled keep their hedge.
func TestTurnedMultiplier(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		stated    string
		qualifier indicators.Qualifier
		iv        indicators.Interval
		shown     string // the hedge a reader is shown and Format's figure
	}{
		{"more than halved", indicators.LessThan, indicators.Interval{Lo: 0, Hi: 0.5, HiOpen: true}, "less than 0.5 times"},
		{"at least halved", indicators.UpTo, indicators.Interval{Lo: 0, Hi: 0.5}, "up to 0.5 times"},
		{"nearly halved", indicators.MoreThan, indicators.Interval{Lo: 0.5, Hi: 0.6, LoOpen: true}, "more than 0.5 times"},
		{"almost halved", indicators.MoreThan, indicators.Interval{Lo: 0.5, Hi: 0.6, LoOpen: true}, "more than 0.5 times"},
		{"halved", indicators.Exact, indicators.Interval{Lo: 0.45, Hi: 0.55}, "0.5 times"},
		{"more than doubled", indicators.MoreThan, indicators.Interval{Lo: 2, Hi: inf, LoOpen: true, HiOpen: true}, "more than 2 times"},
		{"nearly doubled", indicators.Nearly, indicators.Interval{Lo: 1, Hi: 2, LoOpen: true}, "nearly 2 times"},
		{"more than tripled", indicators.MoreThan, indicators.Interval{Lo: 3, Hi: inf, LoOpen: true, HiOpen: true}, "more than 3 times"},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Errorf("ParseStated(%q) error = %v", tt.stated, err)
			continue
		}
		if q.Qualifier != tt.qualifier {
			t.Errorf("ParseStated(%q).Qualifier = %v, want %v", tt.stated, q.Qualifier, tt.qualifier)
		}
		q.Direction = indicators.Down
		ind := &indicators.Indicator{Stated: tt.stated, Quantity: q, Unit: u, Measure: indicators.Change}
		if got := ind.Interval(); got != tt.iv {
			t.Errorf("Interval of %q = %+v, want %+v", tt.stated, got, tt.iv)
		}
		hedge := indicators.LeadingHedge(tt.stated)
		if hedge == "" {
			hedge = q.Qualifier.Word()
		}
		exact := q
		exact.Qualifier = indicators.Exact
		shown := indicators.Format(exact, u, indicators.Style{Words: true})
		if hedge != "" {
			shown = hedge + " " + shown
		}
		if shown != tt.shown {
			t.Errorf("%q is shown %q, want %q", tt.stated, shown, tt.shown)
		}
		if got := indicators.Format(q, u, indicators.Style{}); got != tt.shown {
			t.Errorf("Format(%q) = %q, want %q", tt.stated, got, tt.shown)
		}
	}
}
