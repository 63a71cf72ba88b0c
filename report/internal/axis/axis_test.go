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
