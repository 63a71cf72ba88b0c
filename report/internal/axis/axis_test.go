package axis

import "testing"

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
// −5%).
func TestRange(t *testing.T) {
	for _, c := range []struct{ lo, hi, min, max, step float64 }{
		{0, 119.3, 0, 150, 50},
		{0, 6, 0, 6, 2},
		{-1, 10, -2, 10, 2},
		{-4.9, 5.2, -6, 6, 2},
		{-15, 1, -15, 5, 5},
		{0, 0, 0, 1, 0.25},
	} {
		min, max, step := Range(c.lo, c.hi)
		if min != c.min || max != c.max || step != c.step {
			t.Errorf("Range(%v, %v) = %v, %v, %v, want %v, %v, %v", c.lo, c.hi, min, max, step, c.min, c.max, c.step)
		}
	}
}
