package wording

import (
	"math"
	"strings"
)

// SourceLines returns the lines of a source line s wrapped in a box width
// wide: as balanced wraps it (as even as whole words allow), but with its
// first break after a comma where one gives no more lines and falls
// within a quarter of the box of the balanced first break, the comma
// nearest it (the first of two as near), none inside a list (inList): the
// publisher on one line and
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
		if !strings.HasSuffix(words[k], ",") || inList(words, k) {
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

// inList reports whether the comma after words[k] parts the items of a
// list of one-word names between commas ("Driver, Vehicle, Operator
// and Enforcement Statistics"): a break there split
// a document's title, "…Publication of DfI Driver," / "Vehicle, Operator
// and…" (s26w-driving), where the publisher's comma keeps it whole.
func inList(words []string, k int) bool {
	return k > 0 && strings.HasSuffix(words[k-1], ",") || k+1 < len(words) && strings.HasSuffix(words[k+1], ",")
}

// InBrackets returns names, the short names of sources, joined by "; "
// inside one pair of brackets, a name's own brackets made commas:
// "(Welsh Government, Statistics for Wales, 2014)", never "(Welsh
// Government (Statistics for Wales) 2014)", whose nested brackets a
// reader pastes as they are (s22p-dental). It returns "" for no names.
func InBrackets(names []string) string {
	if len(names) == 0 {
		return ""
	}
	flat := make([]string, len(names))
	for i, n := range names {
		flat[i] = unbracket(n)
	}
	return "(" + strings.Join(flat, "; ") + ")"
}

// unbracket returns s with each bracketed part set off by commas:
// "Welsh Government (Statistics for Wales) 2014" is "Welsh Government,
// Statistics for Wales, 2014"; "ONS (2019)" is "ONS, 2019".
func unbracket(s string) string {
	if !strings.ContainsAny(s, "()") {
		return s
	}
	s = strings.NewReplacer(" (", ", ", "(", ", ", ")", ",").Replace(s)
	f := strings.Fields(s)
	s = strings.Join(f, " ")
	for strings.Contains(s, ",,") {
		s = strings.ReplaceAll(s, ",,", ",")
	}
	return strings.Trim(strings.TrimSpace(s), ", ")
}

// QuoteLines returns a quote as a cell shows it: each line break of the
// source's layout within a paragraph a space, and a paragraph break (a
// blank line, as between a quote and the "Also: “…”" after it) kept as
// one blank line. A cell of a quote cut at the source's hard line breaks
// read "…25.4 percent for the / year ending / in September 2013…", in a
// tall row of ragged lines (s35f-volunteering). The words are the
// document's; only its line ends are not.
func QuoteLines(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	paras := strings.Split(strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n"), "\n")
	var b strings.Builder
	blank := false
	for i, l := range paras {
		t := strings.TrimRight(l, " \t")
		if i > 0 {
			t = strings.TrimLeft(t, " \t")
		}
		switch {
		case t == "":
			blank = b.Len() > 0
			continue
		case blank:
			b.WriteString("\n\n")
		case b.Len() > 0:
			b.WriteByte(' ')
		}
		blank = false
		b.WriteString(t)
	}
	return b.String()
}
