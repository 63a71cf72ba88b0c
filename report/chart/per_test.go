package chart

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestValueLabelPer: a count's bar names what it counts and a rate's
// base, as the book's native chart and the Cover do ("419 claims", "9.0
// million units per year"), never "9.0 million units" on one and "…
// per year" on the other.
func TestValueLabelPer(t *testing.T) {
	perYear := indicators.CountOf("unit")
	perYear.Per = "year"
	tests := []struct {
		label string
		u     indicators.Unit
		want  string
	}{
		{"9.0 million units", perYear, "9.0 million units per year"},
		{"9.0 million units a year", perYear, "9.0 million units a year"},
		{"419", indicators.CountOf("claim"), "419 claims"},
		{"30 countries", indicators.CountOf("country"), "30 countries"},
	}
	for _, tt := range tests {
		if got := valueLabel(item{label: tt.label, u: tt.u}); got != tt.want {
			t.Errorf("valueLabel(%q, %v) = %q, want %q", tt.label, tt.u, got, tt.want)
		}
	}
}
