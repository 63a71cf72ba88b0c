package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// The release's own place (who27): a release names the place it is about
// once — in its title, a heading of its title block, or its first
// paragraph — and not again; every figure that names no place of its
// own is about that place.
//
//	Student Loans in England: / Financial Year 2018-19 / Introduction /
//	This publication provides statistics on … → GB-ENG: the one place
//	the title names, though the figures say only "loans to students"
//	SUMMARY OF STATISTICS OF … / VICTORIA / REPORT NUMBER 28 → AU-VIC: a
//	heading line in capitals that names one state
//	… : Northern Ireland Analysis under "UK …" → GB-NIR: a part named
//	with its whole is the subject, the whole only its frame
//	Trade in goods with China → no place: a place the title relates to
//	("with", "to", "from", "between") is the figures' other side
//
// The title block is every line above the first paragraph of prose; the
// first paragraph speaks only when the title block names no place, and
// only when it says what the release is ("This publication provides
// statistics on …", "Statistics on local bus journeys … in Great
// Britain"): a first paragraph of figures names their places, not the
// release's.

// describesReleaseRe opens a paragraph that says what the release is.
var describesReleaseRe = lazyRegexp(`^(?:This|These) (?:[a-z]+ )?(?:publication|document|page|` + releaseNounAlt() + `)\b|^(?:` + capitalAlt(releaseNouns) + `) (?:on|for|about|of)\b`)

// titleBlockPlaceBefore ends the words before a place a title relates
// its subject to, not the place it is about: "Trade with China".
var titleBlockPlaceBefore = lazyRegexp(`\b(?:[Ww]ith|[Bb]etween|[Tt]o|[Ff]rom|[Tt]han|[Vv]ersus|vs\.?) (?:the )?$`)

// releaseOwnPlace returns the one place a release's title block names,
// and the one place its first paragraph of prose names, each with why;
// a zero docHome where they name none or several. The title block's
// place comes before every place the document's counts give
// (homeOfDoc); the first paragraph's only after the place the document
// names most (docPlace): "Statistics on local bus journeys in Great
// Britain", then figures of England, London, Scotland and Wales.
func releaseOwnPlace(text string) (title, lead docHome) {
	var block []lineAt
	for off := 0; off < len(text) && off < maxHead; off = lineEnd(text, off) + 1 {
		raw := text[off:lineEnd(text, off)]
		l := strings.TrimSpace(raw)
		if l == "" {
			continue
		}
		at := off + strings.Index(raw, l)
		if proseLine(l) || strings.HasSuffix(l, ".") && len(strings.Fields(l)) >= 12 {
			if codes, line := oneLinePlace(text, block); len(codes) == 1 {
				title = docHome{code: codes[0], why: fmt.Sprintf("the place the release's title block names (%q)", line)}
			}
			if codes, _ := oneLinePlace(text, []lineAt{{at, l}}); len(codes) == 1 && describesReleaseRe.MatchString(l) {
				lead = docHome{code: codes[0], why: fmt.Sprintf("the one place the release's first paragraph names (%q)", snippet(text, at, min(len(text), at+80)))}
			}
			return title, lead
		}
		block = append(block, lineAt{at, l})
	}
	return docHome{}, docHome{}
}

// A lineAt is a trimmed line of a text and its byte offset.
type lineAt struct {
	at   int
	text string
}

// oneLinePlace returns the places lines name (placesIn, and the states,
// provinces and territories subdivisionsIn reads; a line in capitals read
// in title case too), less asides (asidePlace) and places a title relates
// to (titleBlockPlaceBefore), the nations of the UK grouped (ukNations)
// and a part named with its whole kept for both (partsOverWholes); and
// the first line that names one.
func oneLinePlace(text string, lines []lineAt) ([]string, string) {
	var codes []string
	first := ""
	add := func(code string, l lineAt) {
		if code == "" || code == indicators.World {
			return
		}
		if first == "" {
			first = l.text
		}
		if !slices.Contains(codes, code) {
			codes = append(codes, code)
		}
	}
	for _, l := range lines {
		forms := []string{l.text}
		if strings.ToUpper(l.text) == l.text {
			forms = append(forms, asciiTitle(l.text)) // "VICTORIA" → "Victoria"
		}
		for _, f := range forms {
			for _, p := range placesIn(f, l.at) {
				if !asidePlace(text, p) && !titleBlockPlaceBefore.MatchString(f[:p.start-l.at]) {
					add(p.code, l)
				}
			}
			for _, s := range subdivisionsIn(f) {
				if !titleBlockPlaceBefore.MatchString(f[:s.start]) {
					add(isoSubdivision(s), l)
				}
			}
		}
	}
	return partsOverWholes(ukNations(codes)), first
}

// asciiTitle returns s with each word's ASCII letters after its first in
// lower case, byte for byte: offsets into s stay offsets into the result.
func asciiTitle(s string) string {
	b := []byte(s)
	for i := range b {
		if i > 0 && isWordByte(b[i-1]) && 'A' <= b[i] && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
}
