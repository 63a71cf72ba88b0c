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
		if got := DerivedSaid(c, r); got != tt.want {
			t.Errorf("%s: DerivedSaid(%s %s %s) = %q, want %q", tt.name, tt.a, tt.op, tt.b, got, tt.want)
		}
	}
}

// TestDerivedPercentWritten: a derived percentage is written as the
// catalog's stated percentages all are (s21o-traffic: "75 percent"
// beside "16%" and "22%"); where they are written two ways, or none is
// stated, in the model's words.
func TestDerivedPercentWritten(t *testing.T) {
	tests := []struct {
		name   string
		shares []string
		want   string
	}{
		{"signs", []string{"16%", "22%"}, "75%"},
		{"per cent", []string{"9.6 per cent"}, "75 per cent"},
		{"two ways", []string{"16%", "9.6 per cent"}, "75 percent"},
		{"none", nil, "75 percent"},
	}
	for _, tt := range tests {
		c := &indicators.Catalog{}
		for i, st := range append([]string{"16.3 billion journeys", "21.7 billion journeys"}, tt.shares...) {
			q, u, err := indicators.ParseStated(st)
			if err != nil {
				t.Fatalf("ParseStated(%q): %v", st, err)
			}
			c.Indicators = append(c.Indicators, indicators.Indicator{ID: string(rune('a' + i)), Title: "T", Stated: st, Quantity: q, Unit: u,
				Measure: indicators.Flow, Period: indicators.YearPeriod(2012)})
		}
		c.Derived = []indicators.Derived{{ID: "x", Title: "X", Op: indicators.ShareOf, Inputs: []string{"a", "b"}}}
		r, err := c.Compute("x")
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := DerivedSaid(c, r); got != tt.want {
			t.Errorf("%s: DerivedSaid(share) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestPercentAsWritten: words indicators.Format wrote say percent as the
// catalog's stated percentages do, every time after a figure
// (s32c-postal: "about 1.03 per cent" beside "from 1.01 percent to 1.05
// percent"), and never in a "percentage point" or without a figure.
func TestPercentAsWritten(t *testing.T) {
	tests := []struct {
		stated []string
		s      string
		want   string
	}{
		{[]string{"43.4 per cent", "three per cent"}, "from 1.01 percent to 1.05 percent", "from 1.01 per cent to 1.05 per cent"},
		{[]string{"45%", "23%"}, "about 68 percent (exclusive)", "about 68% (exclusive)"},
		{[]string{"43.4 per cent"}, "up 0.3 percentage points", "up 0.3 percentage points"},
		{[]string{"43.4 per cent"}, "percent of 12 percent", "percent of 12 per cent"},
		{[]string{"43.4 per cent", "12%"}, "about 1.03 percent", "about 1.03 percent"}, // written two ways: as Format writes it
		{nil, "about 1.03 percent", "about 1.03 percent"},
	}
	for _, tt := range tests {
		c := &indicators.Catalog{}
		for i, st := range tt.stated {
			q, u, err := indicators.ParseStated(st)
			if err != nil {
				t.Fatalf("ParseStated(%q): %v", st, err)
			}
			c.Indicators = append(c.Indicators, indicators.Indicator{ID: string(rune('a' + i)), Stated: st, Quantity: q, Unit: u})
		}
		if got := PercentAsWritten(c, tt.s); got != tt.want {
			t.Errorf("PercentAsWritten(%q, %q) = %q, want %q", tt.stated, tt.s, got, tt.want)
		}
	}
}
