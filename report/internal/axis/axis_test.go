package axis

import (
	"math"
	"testing"
)

func TestNiceStep(t *testing.T) {
	for _, c := range []struct{ raw, want float64 }{
		{0, 1}, {-3, 1}, {0.07, 0.1}, {0.15, 0.2}, {0.2, 0.2}, {2.2, 2.5}, {3, 5}, {7, 10}, {120, 200}, {2.5e9, 2.5e9},
	} {
		if got := NiceStep(c.raw); got != c.want {
			t.Errorf("NiceStep(%v) = %v, want %v", c.raw, got, c.want)
		}
	}
}

// TestRange: the one axis rule of slides and native charts. Below zero
// the axis ends on the first tick under the lowest figure that keeps
// both ends on one round step (s11b-transport: −2% for a lowest −1%, not
// −5%); a finer step where it ends nearer the figures.
func TestRange(t *testing.T) {
	for _, c := range []struct{ lo, hi, min, max, step float64 }{
		{0, 119.3, 0, 150, 50},
		{0, 6, 0, 6, 2},
		{-1, 10, -2, 10, 2},
		{-4.9, 5.2, -6, 6, 2},
		// A lowest figure on a tick does not end the axis: its bar would
		// touch the plot's edge (s15-deaths: −25 on an axis from −25).
		{-15, 1, -20, 5, 5},
		{-25, 0, -30, 0, 10},
		{0, 0, 0, 1, 0.25},
		// s15-visitors: €2,037 million on an axis to €2,500 million, not
		// €3,000 million; a roads kind's 47 on an axis to 50.
		{0, 2037, 0, 2500, 500},
		{0, 47, 0, 50, 10},
		// s15-gdp: −0.5 beside 16.5 ends at −2.5, not −5.
		{-0.5, 16.5, -2.5, 17.5, 2.5},
	} {
		min, max, step := Range(c.lo, c.hi)
		if min != c.min || max != c.max || step != c.step {
			t.Errorf("Range(%v, %v) = %v, %v, %v, want %v, %v, %v", c.lo, c.hi, min, max, step, c.min, c.max, c.step)
		}
	}
}

func TestFadeFrom(t *testing.T) {
	inf := math.Inf(-1)
	for _, c := range []struct {
		name         string
		hi, lo, span float64
		want         float64
	}{
		// s14-crime: "almost 11 million" allows (10, 11] million; axis to 40 million.
		{"almost 11 million", 11e6, 10e6, 40e6, 10e6},
		// s14-hospitals: "nearly one in four" in percent, (24, 25], axis to 60.
		{"nearly 25 percent", 25, 24, 60, 23.8},
		// A target "up to 2 billion" with no low end: 2% of the axis.
		{"up to 2 billion", 2e9, inf, 10e9, 1.8e9},
		// Never past zero.
		{"under 0.5", 0.5, inf, 100, 0},
	} {
		if got := FadeFrom(c.hi, c.lo, c.span); math.Abs(got-c.want) > 1e-6*math.Abs(c.want)+1e-9 {
			t.Errorf("FadeFrom(%v, %v, %v) [%s] = %v, want %v", c.hi, c.lo, c.span, c.name, got, c.want)
		}
	}
}

func TestSeriesRange(t *testing.T) {
	for _, c := range []struct{ lo, hi, min, max, step float64 }{
		// s16g-fire: incidents to 628,034, a twelfth over it is 678,277:
		// 800,000 by 200,000, where the book's own scaling said 700,000.
		{0, 628034, 0, 800000, 200000},
		// Another kind (births): a fertility rate to 1.94.
		{0, 1.94, 0, 3, 1},
		// A fall below zero leaves its label room under it: −3.2% on an
		// axis from −5%, whose top stays where the headroom put it (7.5,
		// between ticks of 5), as the slides have drawn it.
		{-3.2, 6, -5, 7.5, 5},
	} {
		min, max, step := SeriesRange(c.lo, c.hi)
		if min != c.min || max != c.max || step != c.step {
			t.Errorf("SeriesRange(%v, %v) = %v, %v, %v, want %v, %v, %v", c.lo, c.hi, min, max, step, c.min, c.max, c.step)
		}
	}
}
