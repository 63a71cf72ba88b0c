package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestDerivedSaid: a derived change from an earlier period says its way
// both ways (s21o-obesity: "0.3 percentage points" of a rise is "up 0.3
// percentage points"); a difference of one period, a ratio, and a change
// whose interval reaches zero say none.
func TestDerivedSaid(t *testing.T) {
	y := indicators.YearPeriod
	tests := []struct {
		name   string
		op     indicators.Op
		a, b   string
		pa, pb indicators.Period
		want   string
	}{
		{"a rise", indicators.Difference, "9.6%", "9.3%", y(2017), y(2016), "up 0.3 percentage points"},
		{"a fall", indicators.Difference, "9.3%", "9.6%", y(2017), y(2016), "down 0.3 percentage points"},
		{"one period", indicators.Difference, "9.6%", "9.3%", y(2017), y(2017), "0.3 percentage points"},
		{"a ratio of two periods", indicators.Ratio, "20 cases", "10 cases", y(2017), y(2016), "2.0 times"},
		{"reaching zero", indicators.Difference, "about 10%", "about 9%", y(2017), y(2016), "up to 2 percentage points"}, // a bound, never "up up to",
	}
	for _, tt := range tests {
		c := &indicators.Catalog{}
		for i, st := range []string{tt.a, tt.b} {
			q, u, err := indicators.ParseStated(st)
			if err != nil {
				t.Fatalf("ParseStated(%q): %v", st, err)
			}
			p := tt.pa
			if i == 1 {
				p = tt.pb
			}
			id := string(rune('a' + i))
			c.Indicators = append(c.Indicators, indicators.Indicator{ID: id, Title: "Rate", Stated: st, Quantity: q, Unit: u,
				Measure: indicators.Level, Period: p, Entities: []string{"GB-ENG"}})
		}
		c.Derived = []indicators.Derived{{ID: "x", Title: "X", Op: tt.op, Inputs: []string{"a", "b"}}}
		r, err := c.Compute("x")
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := DerivedSaid(r); got != tt.want {
			t.Errorf("%s: DerivedSaid(%s %s %s) = %q, want %q", tt.name, tt.a, tt.op, tt.b, got, tt.want)
		}
	}
}
