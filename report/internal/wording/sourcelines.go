package wording

import (
	"math"
	"strings"
)

// SourceLines returns the lines of a source line s wrapped in a box width
// wide: as balanced wraps it (as even as whole words allow), but with its
// first break after a comma where one gives no more lines and falls
// within a quarter of the box of the balanced first break, the comma
// nearest it (the first of two as near): the publisher on one line and
// the document's title whole after it, never "…, Bureau of Transportation
// Statistics, 2017" / "Traffic Data for …", which read as a source dated
// 2017 (s16g-air). measure gives the width of a line in the box's units.
// The PNG's footer and the slide's source box both break by it.
func SourceLines(s string, width float64, measure func(string) float64, balanced func(string) []string) []string {
	lines := balanced(s)
	if len(lines) < 2 {
		return lines
	}
	words := strings.Fields(s)
	target := measure(lines[0])
	var best []string
	bestOff := width / 4
	for k := 0; k < len(words)-1; k++ {
		if !strings.HasSuffix(words[k], ",") {
			continue
		}
		first := strings.Join(words[:k+1], " ")
		if measure(first) > width {
			break
		}
		rest := balanced(strings.Join(words[k+1:], " "))
		if off := math.Abs(measure(first) - target); len(rest) <= len(lines)-1 && (off < bestOff || best == nil && off == bestOff) {
			best, bestOff = append([]string{first}, rest...), off
		}
	}
	if best == nil {
		return lines
	}
	return best
}
