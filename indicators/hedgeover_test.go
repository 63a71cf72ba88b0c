package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestHedgeBeforeOverObject checks that verify's hedge advice reads no
// hedge in "over" after a noun that takes it as its object's preposition
// ("jurisdiction over"), and still reads one elsewhere.
func TestHedgeBeforeOverObject(t *testing.T) {
	for _, tt := range []struct{ before, want string }{
		{"correctional authorities in the United States had jurisdiction over ", ""},
		{"while the BOP had legal authority over ", ""},
		{"the state had custody over ", ""},
		{"the company has control over ", ""},
		{"there were over ", "over"},
		{"a rise to just over ", "just over"},
		{"unemployed for over ", "over"},
	} {
		if got := indicators.HedgeBefore(tt.before); got != tt.want {
			t.Errorf("HedgeBefore(%q) = %q, want %q", tt.before, got, tt.want)
		}
	}
}
