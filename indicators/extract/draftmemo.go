package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// A sentenceMemo keeps what the drafting rules read of a sentence (or of
// another stretch of the text) once, for all its figures: a sentence of
// a long document holds many figures, and each rule used to run its
// regular expressions over the same words for each of them (issue 11).
// Every answer is a pure function of its key, so keeping it changes no
// draft.
type sentenceMemo struct {
	quarter    map[indicators.Span]periodWhy // sentenceQuarter's answer, by sentence
	dated      map[string]bool               // sentenceDated's answer, by sentence text
	world      map[string]string             // worldWord's answer, by sentence text
	intoForce  map[string]bool               // intoForceRe's answer, by sentence text
	figures    map[figureKey]bool            // isClaimFigure's answer, by figure
	places     map[[2]int][]placeMention     // placesIn's answer for the document's text[start:end], by start and end
	reporter   string                        // reporter's answer, once read
	reporterOK bool
	ratioAcros map[string]ratioOf            // the ratios the text defines an acronym for ("(PTR)"), once read
	areas      map[indicators.Span][]ownArea // ownAreas of each figure of a sentence, by sentence
}

// placesAt is placesAt, with placesIn's reading of the document's
// sentence kept for the sentence's other figures: many rules ask it of
// the same stretch of the same sentence.
func (d *docDraft) placesAt(text string, sentStart, from, to int) []placeMention {
	if text != d.src.Text { // the same string: its length and its pointer, compared first
		return placesAt(text, sentStart, from, to)
	}
	end := withAcronymAfter(text, to)
	k := [2]int{sentStart, end}
	ps, ok := d.memo.places[k]
	if !ok {
		ps = placesIn(text[sentStart:end], sentStart)
		if d.memo.places == nil {
			d.memo.places = map[[2]int][]placeMention{}
		}
		d.memo.places[k] = ps
	}
	return placesFrom(ps, from, to)
}

// A figureKey names a figure of the text for a memo.
type figureKey struct {
	span, sentence indicators.Span
	text           string
	kind           Kind
}

// isClaimFigure reports whether o reads as a stated quantity and is a
// claim (notAClaim says nothing against it), read once per figure: each
// figure of a sentence asks it of those before it.
func (d *docDraft) isClaimFigure(o Mention) bool {
	k := figureKey{o.Span, o.Sentence, o.Text, o.Kind}
	if v, ok := d.memo.figures[k]; ok {
		return v
	}
	_, u, err := indicators.ParseStated(o.Text)
	v := err == nil && notAClaim(d.src.Text, o, u) == ""
	if d.memo.figures == nil {
		d.memo.figures = map[figureKey]bool{}
	}
	d.memo.figures[k] = v
	return v
}

// memo returns f(k), computed once per key in *m, which it makes on first
// use.
func memo[K comparable, V any](m *map[K]V, k K, f func(K) V) V {
	if v, ok := (*m)[k]; ok {
		return v
	}
	if *m == nil {
		*m = map[K]V{}
	}
	v := f(k)
	(*m)[k] = v
	return v
}

// A tailRegexp is a regular expression anchored at the end ($) whose
// matches all end, past white space, on one of a few words. Go's regexp
// tries an end-anchored pattern from every byte of its input, and the
// rules run such patterns over the words before each figure; a
// tailRegexp first looks at the last word, which only the rare input
// passes.
type tailRegexp struct {
	re    *regexp.Regexp
	words []string // a match ends, past white space, on one of these, in any case
}

// mayMatch reports whether re could match s: whether s, past its white
// space, ends on one of the words. Where the last bytes are not ASCII
// (which a case-insensitive pattern may fold to ASCII letters), it says
// yes and leaves the answer to re.
func (t tailRegexp) mayMatch(s string) bool {
	s = strings.TrimRight(s, " \t\n\f\r")
	for i := max(0, len(s)-16); i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	for _, w := range t.words {
		if len(s) >= len(w) && strings.EqualFold(s[len(s)-len(w):], w) {
			return true
		}
	}
	return false
}

// MatchString is re.MatchString.
func (t tailRegexp) MatchString(s string) bool {
	return t.mayMatch(s) && t.re.MatchString(s)
}

// FindString is re.FindString.
func (t tailRegexp) FindString(s string) string {
	if !t.mayMatch(s) {
		return ""
	}
	return t.re.FindString(s)
}

// FindStringSubmatch is re.FindStringSubmatch.
func (t tailRegexp) FindStringSubmatch(s string) []string {
	if !t.mayMatch(s) {
		return nil
	}
	return t.re.FindStringSubmatch(s)
}

// isREWordByte reports whether b is a word character as regexp's \b
// reads one: an ASCII letter, digit or underscore.
func isREWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_'
}
