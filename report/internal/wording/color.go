package wording

import (
	"fmt"

	"github.com/claimbook/claimbook/indicators"
)

// statusColors is the colour of each status, as RGB hex, from the
// Okabe–Ito colours (distinguishable under the common colour-vision
// deficiencies): what is reported in the three that keep a contrast of 3:1
// against white, commitments (drawn hatched and outlined) in the rest.
var statusColors = [...]string{
	indicators.Fact:       "0072B2", // blue
	indicators.Estimate:   "009E73", // bluish green
	indicators.Projection: "D55E00", // vermillion
	indicators.Target:     "CC79A7", // reddish purple
	indicators.Pledge:     "E69F00", // orange
	indicators.Intention:  "56B4E9", // sky blue
}

// StatusColor returns the colour of bars of status s in every chart, book
// and deck, as RGB hex ("0072B2"), whatever else the chart shows: a
// projection is vermillion beside facts and alone.
func StatusColor(s indicators.Status) string {
	if int(s) < len(statusColors) {
		return statusColors[s]
	}
	return statusColors[indicators.Fact]
}

// RGB returns the red, green and blue of a colour in RGB hex.
func RGB(hex string) (r, g, b uint8) {
	fmt.Sscanf(hex, "%02x%02x%02x", &r, &g, &b)
	return r, g, b
}

// Tint returns hex mixed with white, a fraction w of white: the lighter
// bar of a hedged figure ("nearly X") in a native chart.
func Tint(hex string, w float64) string {
	r, g, b := RGB(hex)
	mix := func(c uint8) uint8 { return uint8(float64(c) + (255-float64(c))*w + 0.5) }
	return fmt.Sprintf("%02X%02X%02X", mix(r), mix(g), mix(b))
}
