package xlsx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCoverFigure: a headline figure keeps its unit's base when the
// stated words lack it, and is the stated text otherwise.
func TestCoverFigure(t *testing.T) {
	tests := []struct {
		stated, unit, want string
	}{
		{"$47", "USD per barrel", "$47 per barrel"},
		{"$2.64", "USD per gallon", "$2.64 per gallon"},
		{"$200 a month", "", "$200 a month"},
		{"450,000 barrels per day", "", "450,000 barrels per day"},
		{"$279 billion", "", "$279 billion"},
		{"up to $1.8 billion per year", "NZD per year", "up to NZ$1.8 billion per year"},
		{"$100 million", "NZD", "NZ$100 million"},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tt.stated, err)
		}
		if tt.unit != "" {
			if u, err = indicators.ParseUnit(tt.unit); err != nil {
				t.Fatalf("ParseUnit(%q): %v", tt.unit, err)
			}
		}
		ind := &indicators.Indicator{Stated: tt.stated, Quantity: q, Unit: u}
		if got := coverFigure(ind); got != tt.want {
			t.Errorf("coverFigure(%q in %q) = %q, want %q", tt.stated, tt.unit, got, tt.want)
		}
	}
}
