package xlsx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestProportionShareFormat: a share is shown as a proportion in percent
// only where the model holds it as one (indicators.ProportionInWords):
// "2 in 3" to a proportion's digits, never fifteen; "about 0.2" and "0.2",
// in digits, as written.
func TestProportionShareFormat(t *testing.T) {
	tests := []struct{ stated, want string }{
		{"2 in 3", "66.7%"},
		{"two in three", "66.7%"},
		{"1 in 3", "33.3%"},
		{"over a third", "33.3%"},
		{"about 0.2", "0.2"},
		{"0.2", "0.2"},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStatedAs(tt.stated, indicators.Share)
		if err != nil {
			t.Fatalf("ParseStatedAs(%q, share): %v", tt.stated, err)
		}
		d := q.Value
		if q.IsRange() {
			d = q.Low
		}
		f := numFmt(d, u, q.Scale, inWords(tt.stated))
		if got := displayText(d.Float64(), f); got != tt.want {
			t.Errorf("share %q held as %v %q, format %s, shows %q, want %q", tt.stated, d, u, f, got, tt.want)
		}
	}
}

// TestDerivedPercentFormat: a derived percent is shown to the digits of
// its figure, not to a proportion's one decimal.
func TestDerivedPercentFormat(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"12.25 percent", "0.90 percent", "13.15%"},
		{"12 percent", "1 percent", "13%"},
	}
	for _, tt := range tests {
		c := &indicators.Catalog{}
		for id, s := range map[string]string{"a": tt.a, "b": tt.b} {
			q, u, err := indicators.ParseStatedAs(s, indicators.Stock)
			if err != nil {
				t.Fatalf("ParseStatedAs(%q): %v", s, err)
			}
			c.Indicators = append(c.Indicators, indicators.Indicator{ID: id, Title: id, Stated: s, Quantity: q, Unit: u, Measure: indicators.Stock})
		}
		c.Derived = []indicators.Derived{{ID: "s", Title: "s", Op: indicators.Sum, Inputs: []string{"a", "b"}}}
		r, err := c.Compute("s")
		if err != nil {
			t.Fatalf("Compute: %v", err)
		}
		if got := displayText(r.Quantity.Value.Float64(), resultFormat(r, r.Quantity.Value)); got != tt.want {
			t.Errorf("%q + %q = %v shows %q, want %q", tt.a, tt.b, r.Quantity.Value, got, tt.want)
		}
	}
}
