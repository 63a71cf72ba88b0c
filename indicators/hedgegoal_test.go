package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestHedgeBeforeGoal checks that "up to" after a verb of movement is the
// verb's goal ("went up to 67 million items"), no "at most" hedge, and
// that it stays a hedge elsewhere, and after a verb that takes an object.
func TestHedgeBeforeGoal(t *testing.T) {
	for _, tt := range []struct{ before, want string }{
		{"International parcels also went up to ", ""},
		{"the rate rose up to ", ""},
		{"applications increased up to ", ""},
		{"the share has climbed up to ", ""},
		{"prices jumped up to ", ""},
		{"the queue moved up to ", ""},
		{"fines of up to ", "up to"},
		{"it could rise by up to ", "up to"},
		{"the scheme aims to raise up to ", "up to"},
		{"these add up to ", "up to"},
		{"each household can claim up to ", "up to"},
	} {
		if got := indicators.HedgeBefore(tt.before); got != tt.want {
			t.Errorf("HedgeBefore(%q) = %q, want %q", tt.before, got, tt.want)
		}
	}
}
