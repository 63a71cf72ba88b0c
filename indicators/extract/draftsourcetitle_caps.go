package extract

import (
	"strings"
	"unicode"
)

// A release whose lines were joined into one (a stored excerpt, a
// page's text run together) keeps its title as a run of capitals inside
// its first line, after its release header and contacts:
//
//	For release 10:00 a.m. (EDT) Thursday, June 20, 2013 USDL-13-1178
//	Technical information: … AMERICAN TIME USE SURVEY -- 2012 RESULTS In
//	2012, on days they worked, … → "American Time Use Survey -- 2012
//	Results"
//	MAJOR WORK STOPPAGES IN 2023 In 2023, there were 33 … → "Major Work
//	Stoppages in 2023"
//
// The release header ("For release 10:00 a.m. (EDT) Thursday") is no
// title, nor is the opening clause that runs the title into the lead.

// releaseHeaderRe matches a release header opening a text: "For release
// 10:00 a.m.", "For immediate release", "Embargoed until".
var releaseHeaderRe = lazyRegexp(`(?i)^\s*(?:for (?:immediate )?release|embargoed (?:until|to))\b`)

// maxCapsTitleAt bounds, in bytes, how far into the first line a title
// in capitals is looked for after a release header.
const maxCapsTitleAt = 400

// minCapsTitleWords is how many words of letters a run of capitals
// needs to be a title, not an acronym or a code ("USDL-13-1178", "(EDT)"),
// and minCapsTitleLetters how many letters: "UNION MEMBERS", not "UK EU".
const (
	minCapsTitleWords   = 2
	minCapsTitleLetters = 8
)

// capsTitle returns the title a text's first line holds as a run of
// capitals, title-cased: at the line's start, or, after a release
// header, within its first maxCapsTitleAt bytes; false when there is none.
func capsTitle(text string) (string, bool) {
	t, _, ok := capsTitleAt(text)
	return t, ok
}

// wordRe finds the words of a line, with their offsets.
var wordRe = lazyRegexp(`\S+`)

// capsTitleAt is capsTitle that also returns the byte offset in text
// where the run of capitals ends.
func capsTitleAt(text string) (string, int, bool) {
	off := len(text) - len(strings.TrimLeft(text, " \n\r\ufeff"))
	line := text[off:lineEnd(text, off)]
	header := releaseHeaderRe.MatchString(line)
	var run []string
	letters, end := 0, 0
	flush := func() (string, int, bool) {
		for len(run) > 0 && !hasLetter(run[len(run)-1]) && !hasDigit(run[len(run)-1]) {
			run = run[:len(run)-1]
		}
		if letters >= minCapsTitleWords && lettersIn(run) >= minCapsTitleLetters {
			return titleCased(run), end, true
		}
		run, letters = nil, 0
		return "", 0, false
	}
	for i, g := range wordRe.FindAllStringIndex(line, -1) {
		w := line[g[0]:g[1]]
		switch {
		case capsWord(w):
			run = append(run, w)
			end = off + g[1]
			if hasLetter(w) {
				letters++
			}
			continue
		case !hasLetter(w) && len(run) > 0 && !strings.ContainsAny(w, "@*"):
			run = append(run, w) // "--", "2012" inside the run
			if hasDigit(w) {
				end = off + g[1]
			}
			continue
		}
		if s, e, ok := flush(); ok {
			return s, e, true
		}
		if !header && i > 0 || g[1] > maxCapsTitleAt {
			return "", 0, false
		}
	}
	return flush()
}

// capsWord reports whether w is a word in capitals: letters, all upper
// case, at least two of them, perhaps with digits and hyphens, and no
// mark of an address ("@", "www", a bracket).
func capsWord(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			n++
		case unicode.IsDigit(r), r == '-', r == '\'', r == '’', r == ',', r == ':', r == '&':
		default:
			return false
		}
	}
	return n >= 2 && !strings.ContainsAny(w, "0123456789")
}

// lettersIn counts the letters of ws.
func lettersIn(ws []string) int {
	n := 0
	for _, w := range ws {
		for _, r := range w {
			if unicode.IsLetter(r) {
				n++
			}
		}
	}
	return n
}

// smallTitleWords stay lower case inside a title-cased title: its
// articles, conjunctions and prepositions.
var smallTitleWords = stopSet(classArticles | classConjunctions | classPrepositions)

// titleCased writes a run of words in capitals in title case: "MAJOR
// WORK STOPPAGES IN 2023" → "Major Work Stoppages in 2023".
func titleCased(ws []string) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		l := strings.ToLower(w)
		switch {
		case i > 0 && smallTitleWords[l]:
			out[i] = l
		case hasLetter(w):
			r := []rune(l)
			r[0] = unicode.ToUpper(r[0])
			out[i] = string(r)
		default:
			out[i] = w
		}
	}
	return strings.Join(out, " ")
}
