package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestDerivedOfDerived: a derived figure used as an input is computed from
// its unrounded value: 1 plant over 3 plants is "0.333 times" (counts,
// exact, at the place of its ends 0.333 and 0.334), and three of those
// sum to 1, never to 0.999.
func TestDerivedOfDerived(t *testing.T) {
	D := func(id string, op indicators.Op, in ...string) indicators.Derived {
		return indicators.Derived{ID: id, Title: id, Op: op, Inputs: in}
	}
	c := &indicators.Catalog{}
	for id, s := range map[string]string{"one": "1 plant", "three": "3 plants", "four": "4 plants"} {
		q, u, err := indicators.ParseStated(s)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", s, err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: id, Title: id, Stated: s, Quantity: q, Unit: u})
	}
	c.Derived = []indicators.Derived{
		D("r13", indicators.Ratio, "one", "three"), D("r14", indicators.Ratio, "one", "four"),
		D("sum3", indicators.Sum, "r13", "r13", "r13"), D("diff", indicators.Difference, "r13", "r14"),
		D("exact", indicators.Sum, "r14", "r14"),
	}
	tests := []struct{ id, qualifier, low, high, text string }{
		{"r13", "approx", "0.333", "0.334", "0.333 times"},
		{"sum3", "exact", "1", "1", "1.000 times"},
		{"diff", "approx", "0.083", "0.084", "0.083 times"},
		{"exact", "exact", "0.5", "0.5", "0.50 times"}, // 0.25 + 0.25: no rounding, no hedge
	}
	for _, tt := range tests {
		r, err := c.Compute(tt.id)
		if err != nil {
			t.Fatalf("Compute(%q): %v", tt.id, err)
		}
		q, lo, hi, text := contract(r)
		if q != tt.qualifier || text != tt.text {
			t.Errorf("Compute(%q) = %s %q [%s, %s], want %s %q", tt.id, q, text, lo, hi, tt.qualifier, tt.text)
		}
	}
}

// TestDerivedNetFlowHedge: a hedged net flow is no magnitude, so its open
// end is not clamped at zero: net migration of "less than 500 people" may
// be below zero, and so may a sum with it; a count stays a magnitude.
func TestDerivedNetFlowHedge(t *testing.T) {
	tests := []struct {
		measure   indicators.MeasureKind
		a, b      string
		qualifier string
		text      string
	}{
		{indicators.Flow, "1,000 people", "less than 500 people", "less_than", "less than 1,500 people"},
		{indicators.Flow, "-43,000 people", "less than 500 people", "less_than", "less than -42,000 people"}, // -43,000 rounded: -43,500 to -42,500,
		{indicators.CountKind, "1,000 people", "less than 500 people", "range", "1,000 to 1,500 people"},
	}
	for _, tt := range tests {
		c := &indicators.Catalog{}
		for id, s := range map[string]string{"a": tt.a, "b": tt.b} {
			q, u, err := indicators.ParseStatedAs(s, tt.measure)
			if err != nil {
				t.Fatalf("ParseStatedAs(%q, %v): %v", s, tt.measure, err)
			}
			c.Indicators = append(c.Indicators, indicators.Indicator{ID: id, Title: id, Stated: s, Quantity: q, Unit: u, Measure: tt.measure})
		}
		c.Derived = []indicators.Derived{{ID: "x", Title: "x", Op: indicators.Sum, Inputs: []string{"a", "b"}}}
		r, err := c.Compute("x")
		if err != nil {
			t.Fatalf("Compute: %v", err)
		}
		if q, lo, hi, text := contract(r); q != tt.qualifier || text != tt.text {
			t.Errorf("%v %q + %q = %s %q [%s, %s], want %s %q", tt.measure, tt.a, tt.b, q, text, lo, hi, tt.qualifier, tt.text)
		}
	}
}

// TestDerivedProportionPrecision: a fraction named in words is exact to
// any digit, so it does not coarsen a sum: "a fifth" (20 percent) + "12
// percent" is 32 percent, not "about 30 percent". ("one in five" is a
// ratio rounded to a whole "in M", 18.1 to 22.3 percent: verify45.)
func TestDerivedProportionPrecision(t *testing.T) {
	tests := []struct {
		op         indicators.Op
		a, b, text string
	}{
		{indicators.Sum, "a fifth", "12 percent", "32 percent"},
		{indicators.Difference, "half", "12.5 percent", "37.5 percentage points"}, // the gap between two shares is in points
		{indicators.Sum, "20 percent", "12 percent", "32 percent"},
	}
	for _, tt := range tests {
		c := &indicators.Catalog{}
		for id, s := range map[string]string{"a": tt.a, "b": tt.b} {
			q, u, err := indicators.ParseStatedAs(s, indicators.Share)
			if err != nil {
				t.Fatalf("ParseStatedAs(%q, share): %v", s, err)
			}
			c.Indicators = append(c.Indicators, indicators.Indicator{ID: id, Title: id, Stated: s, Quantity: q, Unit: u, Measure: indicators.Share})
		}
		c.Derived = []indicators.Derived{{ID: "x", Title: "x", Op: tt.op, Inputs: []string{"a", "b"}}}
		r, err := c.Compute("x")
		if err != nil {
			t.Fatalf("Compute: %v", err)
		}
		if q, lo, hi, text := contract(r); text != tt.text {
			t.Errorf("%v of %q and %q = %s %q [%s, %s], want %q", tt.op, tt.a, tt.b, q, text, lo, hi, tt.text)
		}
	}
}
