package indicators_test

import (
	"math"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

func TestDerivedIntervals(t *testing.T) {
	c := usjapan2015.Catalog()
	tests := []struct {
		id       string
		label    string // Format, compact
		interval indicators.Interval
		lo, hi   float64
	}{
		// "nearly 350" / 123, rounded at its last digit (122.5 to 123.5):
		// (340/123.5, 350/122.5], a ratio said to two figures, within two
		// units of 2.8.
		{"investment-stock-ratio", "about 2.8 times", indicators.Interval{Lo: 340.0 / 123.5, Hi: 350.0 / 122.5, LoOpen: true}, 350.0 / 123, 350.0 / 123},
		// nearly 350 − 123 (±0.5): (216.5, 227.5] billion, wider than "nearly 227"'s (226, 227].
		{"investment-stock-gap", "$216–228 billion", indicators.Interval{Lo: 216.5e9, Hi: 227.5e9, LoOpen: true}, 227e9, 227e9},
		// 30 / 3–5 is 6 to 10 times, never 7.5.
		{"ghsa-partner-ratio", "6–10 times", indicators.Interval{Lo: 6, Hi: 10}, 6, 10},
	}
	for _, tc := range tests {
		r, err := c.Compute(tc.id)
		if err != nil {
			t.Errorf("Compute(%q): %v", tc.id, err)
			continue
		}
		if got := indicators.Format(r.Quantity, r.Unit, indicators.Style{Compact: true}); got != tc.label {
			t.Errorf("Compute(%q) formats as %q, want %q", tc.id, got, tc.label)
		}
		if !closeInterval(r.Interval, tc.interval) {
			t.Errorf("Compute(%q).Interval = %v, want %v", tc.id, r.Interval, tc.interval)
		}
		if !close(r.Lo, tc.lo) || !close(r.Hi, tc.hi) {
			t.Errorf("Compute(%q) = %v..%v, want %v..%v", tc.id, r.Lo, r.Hi, tc.lo, tc.hi)
		}
		// Nothing derived looks more precise than its inputs.
		d, _ := c.DerivedIndicator(tc.id)
		minSig := 99
		for _, in := range d.Inputs {
			ind, _ := c.Indicator(in)
			minSig = min(minSig, ind.Quantity.SigFigs())
		}
		if r.Quantity.SigFigs() > minSig {
			t.Errorf("Compute(%q) has %d significant figures, its inputs %d", tc.id, r.Quantity.SigFigs(), minSig)
		}
	}
}

func close(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

func closeInterval(a, b indicators.Interval) bool {
	return close(a.Lo, b.Lo) && close(a.Hi, b.Hi) && a.LoOpen == b.LoOpen && a.HiOpen == b.HiOpen
}

func TestDerivedOps(t *testing.T) {
	mk := func(id, stated string) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatal(err)
		}
		return indicators.Indicator{ID: id, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Stock}
	}
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{
			mk("a", "more than 100 students"), mk("b", "50 students"), mk("c", "up to 20 students"),
			mk("d", "20 percent"), mk("e", "about 40 students"),
		},
		Derived: []indicators.Derived{
			{ID: "sum", Op: indicators.Sum, Inputs: []string{"a", "b"}},
			{ID: "diff", Op: indicators.Difference, Inputs: []string{"b", "c"}},
			{ID: "share", Op: indicators.ShareOf, Inputs: []string{"b", "a"}},
			{ID: "mixed", Op: indicators.Ratio, Inputs: []string{"a", "d"}},
			{ID: "approx", Op: indicators.Sum, Inputs: []string{"b", "e"}},
			{ID: "nested", Op: indicators.Ratio, Inputs: []string{"sum", "b"}},
			{ID: "loop1", Op: indicators.Ratio, Inputs: []string{"loop2", "b"}},
			{ID: "loop2", Op: indicators.Ratio, Inputs: []string{"loop1", "b"}},
		},
	}
	tests := []struct {
		id, want, err string
	}{
		{"sum", "more than 150 students", ""},
		{"diff", "30 to 50 students", ""}, // 50 − [0, 20], counts ≥ 0
		{"share", "less than 50 percent", ""},
		{"mixed", "", `indicators: derived "mixed": ratio of "a" (student) and "d" (percent), which are in different units`},
		{"approx", "about 90 students", ""},
		{"nested", "more than 3 times", ""},
		{"loop1", "", "cycle"},
	}
	for _, tc := range tests {
		r, err := c.Compute(tc.id)
		if tc.err != "" {
			if err == nil || !contains(err.Error(), tc.err) {
				t.Errorf("Compute(%q) error = %v, want %q", tc.id, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Compute(%q): %v", tc.id, err)
			continue
		}
		if got := indicators.Format(r.Quantity, r.Unit, indicators.Style{}); got != tc.want {
			t.Errorf("Compute(%q) = %q (interval %v), want %q", tc.id, got, r.Interval, tc.want)
		}
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
