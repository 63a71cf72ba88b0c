package axis

import (
	"math"
	"testing"
)

// TestExact: a round tick multiplied out is written as the round figure
// it is, never with the product's binary noise (−0.6 × 0.01 is
// −0.006000000000000001 in float64, whose ticks a spreadsheet drew as
// "−0.0%", s34e-jobs); figures that are round already, zero and large
// ends pass unchanged.
func TestExact(t *testing.T) {
	tests := []struct{ in, want float64 }{
		{-0.6 * 0.01, -0.006},
		{0.8 * 0.01, 0.008},
		{3 * 0.1, 0.3},
		{0.2 * 0.01, 0.002},
		{-40000, -40000},
		{800000, 800000},
		{1.25e12, 1.25e12},
		{0, 0},
		{math.Copysign(0, -1), 0},
	}
	for _, tt := range tests {
		got := Exact(tt.in)
		if got != tt.want || math.Signbit(got) != math.Signbit(tt.want) {
			t.Errorf("Exact(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
