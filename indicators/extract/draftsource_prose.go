package extract

import (
	"strings"
	"unicode/utf8"
)

// A source's title is the document's own name, never a heading of one of
// its parts (fixL, two kinds):
//
//	a news release stored from its first paragraph, with "System changes
//	increase donation after cardiac death" below three paragraphs → no
//	title line: the heading heads a part; the opening stands in and the
//	comment asks for the release's headline
//	4177.0 - Participation in Sport and Physical Recreation, Australia,
//	2009-10 Quality Declaration, then the page's furniture and
//	"CHARACTERISTICS OF PERSONS WHO PARTICIPATED" → the catalogue line,
//	without its number and the page's "Quality Declaration" link

// proseLineRunes bounds, in runes, a line of one sentence that still may
// be a heading: a longer line is a paragraph.
const proseLineRunes = 200

// proseLine reports whether l, a trimmed line, is a paragraph of prose
// rather than a heading or furniture: two sentences or more ending on a
// full stop, or one longer than any heading.
func proseLine(l string) bool {
	end := strings.TrimRight(l, "”\"’)")
	return strings.Count(l, ". ") >= 1 && strings.HasSuffix(end, ".") || utf8.RuneCountInString(l) > proseLineRunes && strings.Contains(l, ". ")
}

// catalogueFurniture are the words a statistics office's page sets after
// its title on the catalogue line: links of the page, not the title.
var catalogueFurniture = []string{"Quality Declaration"}

// catalogueTitle returns a catalogue line's title t without the page's
// links that close it ("…, 2009-10 Quality Declaration").
func catalogueTitle(t string) string {
	for _, f := range catalogueFurniture {
		if c, ok := strings.CutSuffix(strings.TrimSpace(t), " "+f); ok {
			return strings.TrimSpace(c)
		}
	}
	return t
}
