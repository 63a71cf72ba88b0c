package indicators

// The advice verify's messages end with, where a quote is right but the
// catalog's words around it are not: the heading that does stand above
// it, the word of change earlier in its sentence. Each is a helper of
// verify.go's checks (the section's, the direction's).

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
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

// directionAdvice says what to write for a direction d that a quote at
// span of text has no word for, or "". Where the quote has a word for the
// other way ("3,700 people lower than forecast" with direction: up), it
// is the direction to write: a longer quote would only add another
// figure's word and verify the wrong way (round N, s20n-population).
// Otherwise a word for d in the figure's own clause of its sentence,
// before the quote ("; its sentence has \"increased\" before the quote:
// quote from the sentence's start, …", round F: "Wales to £166,000
// (2.2%)" after "Average house prices increased over the year in England
// to £252,000 (2.2%)") or after it to the clause's end ("Tasmania (0.3
// per cent) and Northern Territory (0.9 per cent) were the slowest
// growing jurisdictions"). Words of another clause (after ", and") are
// another figure's.
func directionAdvice(text string, span Span, d Direction) string {
	if span.Start < 0 || span.End > len(text) || span.Start > span.End {
		return ""
	}
	other := map[Direction]Direction{Up: Down, Down: Up}[d]
	if w := DirectionWord(text[span.Start:span.End], other); other != NoDirection && w != "" {
		return fmt.Sprintf("; the quote says %q, which goes %s: write direction: %s", w, other, other)
	}
	from := sentenceStart(text, span.Start)
	low := lowerASCII(text[from:span.Start])
	for _, stop := range lexicon.ClauseStops {
		if i := strings.LastIndex(low, stop); i >= 0 {
			from = max(from, from+i+len(stop))
		}
	}
	if w := DirectionWord(text[from:span.Start], d); w != "" && !ownedElsewhere(text[from:span.Start], w) {
		if ow := DirectionWord(text[from:span.Start], other); ow == "" {
			return "; its sentence has " + strconv.Quote(w) + " before the quote: quote from the sentence's start, " + strconv.Quote(strings.TrimSpace(text[from:span.End]))
		}
	}
	_, end := sentenceBounds(text, span)
	rest := lowerASCII(text[span.End:end])
	for _, stop := range lexicon.ClauseStops {
		if i := strings.Index(rest, stop); i >= 0 && span.End+i < end {
			end = span.End + i
		}
	}
	after := strings.TrimRight(text[span.End:end], ". ")
	if w := DirectionWord(after, d); w != "" && DirectionWord(after, other) == "" {
		return "; its sentence has " + strconv.Quote(w) + " after the quote: quote to the clause's end, " + strconv.Quote(strings.TrimSpace(text[span.Start:span.End+len(after)]))
	}
	return ""
}

// ownedElsewhere reports whether the word of change w in before (the
// words of a sentence before a quote) is another figure's: w "by" a
// figure that stands before the quote with more than "and" or a comma
// between them ("declined by €632 million during the month of April
// following a net monthly flow of" is the €632 million's decline, not the
// €167 million's, s20n-credit), where figures joined by "and" share it
// ("decreased by €188 million and" €51 million).
func ownedElsewhere(before, w string) bool {
	low := lowerASCII(before)
	i := strings.LastIndex(low, lowerASCII(w))
	if i < 0 {
		return false
	}
	rest := low[i+len(w):]
	r, ok := strings.CutPrefix(strings.TrimLeft(rest, " "), "by ")
	if !ok {
		return false
	}
	m := figureAt.FindString(r)
	if m == "" {
		return false
	}
	between := strings.TrimSpace(r[len(strings.TrimRight(m, " ")):])
	for _, scale := range []string{"million", "billion", "thousand", "per cent", "percent"} {
		between = strings.TrimSpace(strings.TrimPrefix(between, scale))
	}
	switch between {
	case "", "and", ",", ", and", "or", "to":
		return false
	}
	return true
}

// sentenceStart returns where the sentence holding byte at of text
// starts: after the last full stop, question or exclamation mark and
// space, line break or bullet before it, or 0.
func sentenceStart(text string, at int) int {
	for i := at - 1; i >= 0; i-- {
		switch c := text[i]; {
		case c == '\n':
			return skipLead(text, i+1, at)
		case (c == '.' || c == '?' || c == '!') && i+1 < len(text) && text[i+1] == ' ' && (i == 0 || text[i-1] < '0' || text[i-1] > '9' || i+2 < len(text) && text[i+2] >= 'A' && text[i+2] <= 'Z'):
			return skipLead(text, i+1, at)
		}
	}
	return skipLead(text, 0, at)
}

// skipLead returns from past the spaces and a bullet that start a line
// or sentence, not past at.
func skipLead(text string, from, at int) int {
	t := text[from:at]
	trimmed := strings.TrimLeft(t, " \t")
	trimmed = strings.TrimPrefix(trimmed, "•")
	trimmed = strings.TrimLeft(trimmed, " \t")
	return from + len(t) - len(trimmed)
}

// spacedAdvice returns "; the text has it with other spacing, …" for a quote the
// text holds once but for its spaces ("up from 50.7 % in 2020" for "up
// from 50.7% in 2020", s17i-vehicles; a doubled space) or a table's cell
// separators ("Wales 2,307,877" for "Wales | 2,307,877", s19m-elections),
// or "": the nearest matching text, in the text's characters, to copy.
func spacedAdvice(text, quote string) string {
	squeeze := func(s string) (string, []int) {
		var b strings.Builder
		var offs []int
		for i, r := range s {
			if unicode.IsSpace(r) || r == '|' {
				continue
			}
			f := foldRune(r)
			for range utf8.RuneLen(f) {
				offs = append(offs, i)
			}
			b.WriteRune(f)
		}
		offs = append(offs, len(s))
		return b.String(), offs
	}
	st, offs := squeeze(text)
	sq, _ := squeeze(quote)
	if len(sq) < 8 || strings.Count(st, sq) != 1 {
		return ""
	}
	i := strings.Index(st, sq)
	start, end := offs[i], offs[i+len(sq)-1]
	_, n := utf8.DecodeRuneInString(text[end:])
	found := text[start : end+n]
	if strings.Contains(found, "\n\n") {
		return "" // across paragraphs: no one quote
	}
	if strings.Count(found, "|") > strings.Count(quote, "|") && !strings.Contains(found, "\n") {
		return fmt.Sprintf("; the text has it with its table's cell separators (\"|\"), %q", found)
	}
	if strings.Contains(found, "\n") {
		// Go's quoting is YAML's double-quoted form: "\n" is the break.
		return fmt.Sprintf("; the text has it with other spacing, across a line break: write quote: %q", found)
	}
	return fmt.Sprintf("; the text has it with other spacing, %q", found)
}
