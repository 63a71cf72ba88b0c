package wording

import (
	"fmt"
	"math"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Palette is the Okabe–Ito colours (distinguishable under the common
// colour-vision deficiencies; Okabe and Ito, "Color Universal Design",
// 2008) as RGB hex, in the order bars, groups and series take them: the
// three that keep a contrast of at least 3:1 against white first. It is
// the one place the colours are written: the charts (report/chart.Palette),
// the book's native charts and the deck's theme all read it.
var Palette = [...]string{
	"0072B2", // blue
	"D55E00", // vermillion
	"009E73", // bluish green
	"CC79A7", // reddish purple
	"E69F00", // orange
	"56B4E9", // sky blue
}

// InsideInk is the dark of a value label written inside the end of a
// solid bar where white does not keep 4.5:1 against it, the slides' ink:
// on the bluish green of an estimate it keeps 5.1:1 (white 3.4:1), so a
// fall's label goes inside its bar, not right of zero among the rises,
// where "down 0.5%" read as a rise (s35f-productivity). The slide's bar
// (report/chart) and the book's native chart write it alike.
const InsideInk = "1A1A1A"

// InsideLabel returns the colour of a value label inside the end of a
// solid bar of colour bar (RGB hex), white or InsideInk, whichever
// contrasts more, and whether it keeps 4.5:1, as text of a label's size
// needs.
func InsideLabel(bar string) (string, bool) {
	w, k := Contrast("FFFFFF", bar), Contrast(InsideInk, bar)
	if w >= k {
		return "FFFFFF", w >= 4.5
	}
	return InsideInk, k >= 4.5
}

// PaletteColor returns the colour of the i-th bar, group or series, as RGB
// hex: the Palette in turn, from the start again after its last.
func PaletteColor(i int) string { return Palette[i%len(Palette)] }

// statusColors is the colour of each status, from the Palette: what is
// reported in the three that keep a contrast of 3:1 against white,
// commitments (drawn hatched and outlined) in the rest.
var statusColors = [...]string{
	indicators.Fact:       Palette[0], // blue
	indicators.Estimate:   Palette[2], // bluish green
	indicators.Projection: Palette[1], // vermillion
	indicators.Target:     Palette[3], // reddish purple
	indicators.Pledge:     Palette[4], // orange
	indicators.Intention:  Palette[5], // sky blue
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

// MinLineContrast is the least contrast ratio against white of the lines
// that draw a bar of any status (its outline and hatching): WCAG 2.1's 3:1
// for graphical objects (success criterion 1.4.11, non-text contrast).
const MinLineContrast = 3.0

// HatchGround is the fraction of white in the ground a hatched bar's lines
// are drawn on: the status's colour, faint (StatusGround).
const HatchGround = 0.84

// StatusGround returns the colour of the inside of a hatched bar of
// status s, under its hatch lines, as RGB hex.
func StatusGround(s indicators.Status) string { return Tint(StatusColor(s), HatchGround) }

// StatusLine returns the colour of the outline and hatch lines of bars of
// status s, as RGB hex: StatusColor(s) where it keeps MinLineContrast
// against white and against the bar's own faint ground (StatusGround),
// else a darker shade of the same hue that does (pledge orange "E69F00"
// is drawn a dark amber).
func StatusLine(s indicators.Status) string {
	return Shade(StatusColor(s), MinLineContrast, "FFFFFF", StatusGround(s))
}

// Shade returns hex, darkened as little as it takes to reach a contrast
// ratio of at least min against each of the grounds: each channel scaled
// by one factor, which keeps hue and saturation.
func Shade(hex string, min float64, grounds ...string) string {
	r, g, b := RGB(hex)
	enough := func(c string) bool {
		for _, gr := range grounds {
			if Contrast(c, gr) < min {
				return false
			}
		}
		return true
	}
	for k := 100; k > 0; k-- {
		f := float64(k) / 100
		scale := func(c uint8) uint8 { return uint8(float64(c)*f + 0.5) }
		out := fmt.Sprintf("%02X%02X%02X", scale(r), scale(g), scale(b))
		if enough(out) {
			return out
		}
	}
	return "000000"
}

// Contrast returns the WCAG 2.1 contrast ratio of two colours in RGB hex,
// from 1 (the same) to 21 (black on white).
func Contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// luminance returns the WCAG 2.1 relative luminance of a colour in RGB hex.
func luminance(hex string) float64 {
	r, g, b := RGB(hex)
	lin := func(c uint8) float64 {
		v := float64(c) / 255
		if v <= 0.03928 {
			return v / 12.92
		}
		return math.Pow((v+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// StatusKey returns what a chart's key says of the colour of status s:
// its name ("Estimate"), or for a commitment, which is drawn hatched,
// that it is no reported figure ("Hatched: a target, not a reported
// figure"). The slides' key and the book's native legends say it alike.
func StatusKey(s indicators.Status) string {
	name := s.String()
	if s.IsCommitment() {
		article := "a "
		if name != "" && strings.IndexByte("aeiou", name[0]) >= 0 {
			article = "an "
		}
		return "Hatched: " + article + name + ", not a reported figure"
	}
	return upperFirst(name)
}

// StatusAfter returns what ends a line that says a reported figure of
// status s, " (estimate)", " (projection)", so that a figure pasted alone
// (a Cover row, a slide's list of claims) reads as no fact; "" for a
// fact, and for a commitment, whose lines say it their own way
// ("target for 2030"). The Cover and the deck say it alike (s17j-ports:
// 13 provisional estimates said so only in the book's Notes column).
func StatusAfter(s indicators.Status) string {
	if s == indicators.Fact || s.IsCommitment() {
		return ""
	}
	return " (" + s.String() + ")"
}

// MinLargeTextContrast is the least contrast ratio against white of a
// headline card's figure, large bold text: WCAG 2.1's 3:1 for large text
// (success criterion 1.4.3).
const MinLargeTextContrast = 3.0

// CardColor returns the colour of a headline card's figure and rule for a
// figure of status s, as RGB hex: its status's colour (StatusColor), as
// its bar is drawn, darkened only as far as large text needs to be read
// on white (an estimate is green on the card as in the bars).
func CardColor(s indicators.Status) string {
	return Shade(StatusColor(s), MinLargeTextContrast, "FFFFFF")
}
