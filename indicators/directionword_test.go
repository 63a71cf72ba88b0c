package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestDirectionWord checks the word Verify finds for a direction in a
// quote, including the words that only say a direction ("adding … to").
func TestDirectionWord(t *testing.T) {
	for _, tc := range []struct {
		quote string
		d     indicators.Direction
		want  string
	}{
		{"Requirements have since climbed to $23.5 billion", indicators.Up, "climbed"},
		{"adding $1.3 billion to the requirements", indicators.Up, "adding"},
		{"adding $1.3 billion to the requirements", indicators.Down, ""},
		{"emissions fell 2 percent", indicators.Down, "fell"},
		{"emissions fell 2 percent", indicators.Up, ""},
		{"11,000 fewer than a year earlier", indicators.Down, "fewer"},
		{"production was 5.0 percent above its year-earlier level", indicators.Up, "above"},
		{"production was 5.0 percent above its year-earlier level", indicators.Down, ""},
		{"3.5 percentage points below its average", indicators.Down, "below"},
		{"trade was $279 billion", indicators.NoDirection, ""},
	} {
		if got := indicators.DirectionWord(tc.quote, tc.d); got != tc.want {
			t.Errorf("DirectionWord(%q, %v) = %q, want %q", tc.quote, tc.d, got, tc.want)
		}
	}
}
