package lexicon

import (
	"slices"
	"strings"
)

// HyphenPrefixes are the first parts of words written with a hyphen that
// a line break may leave hanging ("de- registrations", "non- UK",
// "low- income", "40 re- openings"): JoinHyphenBreaks keeps their
// hyphen, as the word is the prefix and the noun together, and often the
// prefix reverses it. A word broken after one of them reads with the
// hyphen ("re-\nport" is "re-port"): the price of never losing a prefix.
var HyphenPrefixes = []string{"de", "non", "re", "anti", "self", "ex", "pre", "post", "multi", "cross", "semi", "mid", "co",
	"well", "year", "long", "short", "full", "part", "low", "high"}

// SuspendedHyphenWords after a hanging hyphen make it a suspended hyphen,
// no break: "one- and two-bedroom", "low- or middle-income".
var SuspendedHyphenWords = []string{"and", "or", "to"}

// JoinHyphenBreaks joins the words a line break left hyphenated, as text
// from a PDF or a stored page keeps them: a hyphen after a lower-case
// letter followed by one space or line break and a letter. The rule, one
// for every reader of a broken word:
//
//   - after one of HyphenPrefixes the hyphen is the word's own and is kept
//     ("1,847 de- registrations" → "de-registrations", "non- UK" →
//     "non-UK");
//   - before one of SuspendedHyphenWords it is a suspended hyphen and is
//     left as written ("one- and two-bedroom");
//   - else, before a lower-case letter, it is a break inside one word and
//     goes with the space ("regis-\ntrations" → "registrations", "posi-
//     tion" → "position").
//
// Anything else is left as written.
func JoinHyphenBreaks(s string) string {
	if !strings.Contains(s, "- ") && !strings.Contains(s, "-\n") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != '-' || i == 0 || i+2 >= len(s) || s[i+1] != ' ' && s[i+1] != '\n' || !isLower(s[i-1]) {
			b.WriteByte(s[i])
			continue
		}
		next := s[i+2:]
		if k := strings.IndexAny(next, " \n,;.)"); k >= 0 {
			next = next[:k]
		}
		prev := s[:i]
		if k := strings.LastIndexFunc(prev, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }); k >= 0 {
			prev = prev[k+1:]
		}
		switch {
		case slices.Contains(SuspendedHyphenWords, next):
			b.WriteByte(s[i])
		case slices.Contains(HyphenPrefixes, strings.ToLower(prev)) && isLetter(s[i+2]):
			b.WriteByte(s[i])
			i++ // drop the break, keep the hyphen
		case isLower(s[i+2]):
			i++ // one word broken: drop the hyphen and the break
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// isLower reports whether c is an ASCII lower-case letter.
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool { return isLower(c) || c >= 'A' && c <= 'Z' }
