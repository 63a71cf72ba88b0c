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

// TestDirectionInLeadIn checks that a list item's lead-in line is part of
// what its quote says (s24t-buses: "Local bus fares increased by:" above
// "- 2.1% in Scotland", direction up refused with no advice), as it is for
// a rate's frame (leadInAbove), and that a lead-in with no word for the
// way, or the other way, still does not give one.
func TestDirectionInLeadIn(t *testing.T) {
	const doc = "Local bus fares increased by:\n- 2.1% in Scotland\n- 1.5% in Wales\n\nPassenger journeys by region:\n- 3.4% in England\n"
	const ch = "entities: [GB-SCT]\nstatus: fact\nmeasure: change\nperiod: 2019\nunit: percent\n"
	checkAdvice(t, []adviceCase{
		{"the lead-in says up", doc, ch + "stated: 2.1%\ndirection: up", "2.1% in Scotland", "", ""},
		{"the lead-in says up, not down", doc, ch + "stated: 1.5%\ndirection: down", "1.5% in Wales", `direction "down" but the quote has no word for it`, ""},
		{"a lead-in with no way", doc, ch + "stated: 3.4%\ndirection: up", "3.4% in England", `direction "up" but the quote has no word for it`, ""},
	})
}
