package extract

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// isHeadline reports whether a sentence is a headline: no closing
// punctuation, at most 240 bytes, and most of its words of four letters or
// more capitalized ("President Obama Announces Ambitious 2025 Target to
// Cut U.S. Climate Pollution by 26-28 Percent from 2005 Levels").
func isHeadline(sent string) bool {
	s := strings.TrimSpace(sent)
	if s == "" || len(s) > 240 || strings.ContainsAny(s[len(s)-1:], ".!?:;”\"") {
		return false
	}
	long, upper := 0, 0
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ",;:()“”\"")
		if utf8.RuneCountInString(w) < 4 || !hasLetter(w) || hasDigit(w) {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			upper++
		}
	}
	return long >= 3 && 4*upper >= 3*long
}

// restatedBelow returns the later figure of the text that restates a
// headline's figure m (the same quantity and unit, in a sentence that is
// no headline), as the note of why m is not drafted twice; or "".
func (d *docDraft) restatedBelow(m Mention, q indicators.Quantity, u indicators.Unit) string {
	text := d.src.Text
	lead, aboveLead := headlineAboveLead(text, m.Sentence)
	if !isHeadline(text[m.Sentence.Start:m.Sentence.End]) && !standaloneLine(text, m.Sentence) && !aboveLead {
		return ""
	}
	for _, o := range d.mentions {
		if o.Span.Start < m.Sentence.End || isHeadline(text[o.Sentence.Start:o.Sentence.End]) || standaloneLine(text, o.Sentence) {
			continue
		}
		if aboveLead && !isHeadline(text[m.Sentence.Start:m.Sentence.End]) && !standaloneLine(text, m.Sentence) && o.Sentence.Start != lead {
			break // a headline in sentence case is restated by its lead only
		}
		oq, ou, err := indicators.ParseStated(o.Text)
		if err == nil && roundedRatio(q, u, oq, ou) && sharedWords(text[m.Sentence.Start:m.Sentence.End], text[o.Sentence.Start:o.Sentence.End]) >= 1 {
			// A rounded restatement names the subject of the figure it
			// restates, in one word at least of a headline's few: a
			// near value of another subject is none.
			return fmt.Sprintf("a headline's rounded fraction, restating the text's %q below: a comment, not a claim", snippet(text, o.Span.Start, o.Span.End))
		}
		if err != nil || ou != u || !oq.Value.Equal(q.Value) || !oq.Low.Equal(q.Low) || !oq.High.Equal(q.High) {
			continue
		}
		return fmt.Sprintf("a headline's figure, restated in the text below: %q", snippet(text, o.Span.Start, o.Span.End))
	}
	return ""
}

// headlineAboveLead reports whether a sentence is a headline in sentence
// case set right above its lead ("Australia's population reaches 20.4
// million" over "Australia's population reached 20.4 million in …"): a
// line of its own with no closing punctuation, after the text's start or a
// line break, and a line after it that opens in upper case and ends a
// sentence. It returns where that lead starts.
func headlineAboveLead(text string, s indicators.Span) (int, bool) {
	line := strings.TrimSpace(text[s.Start:s.End])
	if line == "" || strings.ContainsAny(line[len(line)-1:], ".!?:;”\"") || isBulletLine(line) || strings.Contains(line, "\n") {
		return 0, false
	}
	before := strings.TrimRight(text[:s.Start], " \t")
	if before != "" && !strings.HasSuffix(before, "\n") {
		return 0, false
	}
	rest := text[s.End:]
	if !strings.HasPrefix(strings.TrimLeft(rest, " \t\r"), "\n") {
		return 0, false
	}
	at := s.End + len(rest) - len(strings.TrimLeft(rest, " \t\r\n"))
	next := strings.TrimSpace(text[at:lineEnd(text, at)])
	if next == "" || strings.HasPrefix(strings.TrimLeft(rest, " \t\r"), "\n\n") {
		return 0, false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return at, unicode.IsUpper(r) && strings.ContainsAny(next[len(next)-1:], ".!?")
}

// standaloneLine reports whether a sentence is a line of its own that
// reads as a headline in sentence case ("GDP and employment both up by
// 0.2% in the euro area", a brief's highlight line): the text's start or a
// blank line before it, a blank line or the text's end after it, no
// closing punctuation, and no bullet.
func standaloneLine(text string, s indicators.Span) bool {
	line := strings.TrimSpace(text[s.Start:s.End])
	if line == "" || strings.ContainsAny(line[len(line)-1:], ".!?:;”\"") || isBulletLine(line) || strings.Contains(line, "\n") {
		return false
	}
	before := strings.TrimRight(text[:s.Start], " \t")
	after := strings.TrimLeft(text[s.End:], " \t")
	return (before == "" || strings.HasSuffix(before, "\n\n")) && (after == "" || strings.HasPrefix(after, "\n\n") || strings.HasPrefix(after, "\r\n\r\n"))
}

// roundedRatio reports whether a headline's hedged fraction ("almost
// 3/4") rounds a percentage of the text (72%): the fraction is a plain
// number between 0 and 1, the other a percentage within five points of it.
func roundedRatio(q indicators.Quantity, u indicators.Unit, oq indicators.Quantity, ou indicators.Unit) bool {
	if q.Qualifier == indicators.Exact || !u.IsZero() || ou.Kind != indicators.Percent || oq.Value.IsZero() {
		return false
	}
	f, p := q.Value.Float64(), oq.Value.Float64()/100
	return f > 0 && f < 1 && math.Abs(f-p) <= 0.05
}
