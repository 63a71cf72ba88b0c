package indicators

import (
	"strconv"
	"strings"
)

// sectionAdvice says which heading stands above a quote that starts at
// byte at of text, for a section path that does not: "; the heading
// nearest above the quote is \"1. Main points\": write section: [\"1. Main
// points\"]", or "" when no line above looks like a heading. verify's
// message for a section heading not above its quote ends with it (round
// F: "Key findings" was refused without naming "1. Main points").
func sectionAdvice(text string, at int) string {
	h := headingAbove(text, at)
	if h == "" {
		return ""
	}
	return "; the heading nearest above the quote is " + strconv.Quote(h) + ": write section: [" + strconv.Quote(h) + "]"
}

// headingAbove returns the nearest line above byte at of text that reads
// as a heading, trimmed, or "": a line of its own between blank lines (or
// the text's start), of at most maxHeadingLen bytes, that starts with no
// bullet and ends with no full stop, comma, colon or semicolon. A list's
// number or letter may lead it ("1. Main points").
func headingAbove(text string, at int) string {
	if at < 0 || at > len(text) {
		return ""
	}
	lines := strings.Split(text[:at], "\n")
	// The quote's own line is not above it.
	lines = lines[:len(lines)-1]
	for i := len(lines) - 1; i >= 0; i-- {
		t := strings.TrimSpace(lines[i])
		if t == "" || len(t) > maxHeadingLen {
			continue
		}
		blankBefore := i == 0 || strings.TrimSpace(lines[i-1]) == ""
		blankAfter := i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == ""
		if !blankBefore || !blankAfter || strings.ContainsAny(t[len(t)-1:], ".,:;") || strings.HasPrefix(t, "•") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "- ") {
			continue
		}
		return t
	}
	return ""
}

// maxHeadingLen is the longest line headingAbove takes for a heading.
const maxHeadingLen = 100
