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
		// Round F's climate report, and a house price index's "higher".
		{"The 2012 annual temperature was 1.0°F warmer than the previous record warm year of 1998.", indicators.Up, "warmer"},
		{"The 2012 annual temperature was 1.0°F warmer than the previous record warm year of 1998.", indicators.Down, ""},
		{"Spring was 2.1°F colder than normal", indicators.Down, "colder"},
		{"1.2 inches drier than normal", indicators.Down, "drier"},
		{"the wettest summer, 3.1 inches wetter than average", indicators.Up, "wetter"},
		{"0.5 percentage points higher than the same period a year ago", indicators.Up, "higher"},
		{"prices were 0.8% lower than a year earlier", indicators.Down, "lower"},
		{"trade was $279 billion", indicators.NoDirection, ""},
	} {
		if got := indicators.DirectionWord(tc.quote, tc.d); got != tc.want {
			t.Errorf("DirectionWord(%q, %v) = %q, want %q", tc.quote, tc.d, got, tc.want)
		}
	}
}
