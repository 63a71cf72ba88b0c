package extract

import (
	"fmt"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
	"strings"
)

// Titles of a distribution's points (drafts61): "with the fifth
// percentile growing by 6.2%" is the growth of what the paragraph
// measures at that point, "Growth in weekly earnings at the fifth
// percentile"; the ordinal names the point and is kept, the verb is not
// repeated.

var (
	// drafts61PointChangeRe ends the words before a change of a point of a
	// distribution: "the fifth percentile growing by", "the 95th
	// percentile rose". Group 1 is the point, group 2 the verb.
	drafts61PointChangeRe = lazyRegexp(`\bthe ((?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|twenty-fifth|fiftieth|seventy-fifth|ninetieth|ninety-fifth|ninety-ninth|bottom|top|lowest|highest) (?:percentile|decile|quartile|quintile))\s+(?:has |have |was |were )?(growing|grew|grown|rising|rose|risen|increasing|increased|up|falling|fell|fallen|declining|declined|decreasing|decreased|down)(?: by)?\s*$`)
	// drafts61MeasuredRe is what a paragraph's distribution is of, when
	// no pay phrase names it: "earnings", "house prices".
	drafts61MeasuredRe = lazyRegexp(`\b(?:house prices|prices|` + payNouns + `)\b`)
)

// drafts61PointTitle titles the change of a point of a distribution by
// what the paragraph measures and the point: "Growth in weekly earnings
// at the fifth percentile".
func (d *docDraft) drafts61PointTitle(cl *claim, m Mention) {
	text := d.src.Text
	before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	g := drafts61PointChangeRe.FindStringSubmatch(before)
	if g == nil {
		return
	}
	noun := "Growth"
	if dw, ok := vocab.LookupDirection(g[2]); ok && !dw.Up {
		// the lexicon's direction of the verb: "fell", "declining"
		noun = "Fall"
	}
	t := noun + " at the " + g[1]
	if what := d.drafts61Measured(m); what != "" {
		t = noun + " in " + what + " at the " + g[1]
	}
	cl.ind.Title, cl.fieldNotes["title"] = t, fmt.Sprintf("%q names a point of a distribution, of what the paragraph measures", "the "+g[1])
}

// drafts61Measured returns what the figures before m measure, from the
// words of its sentence and the 600 bytes before it, in lower case: the
// last phrase of pay ("weekly earnings") or measured noun ("house
// prices"), whichever comes last, else "".
func (d *docDraft) drafts61Measured(m Mention) string {
	text := d.src.Text
	from := m.Sentence.Start - 600
	for from > 0 && !isWordStartAt(text, from) {
		from++
	}
	s := strings.ToLower(joinBroken(text[max(0, from):m.Span.Start]))
	_, word, at, ok := drafts61PayPhraseAt(s)
	if all := drafts61MeasuredRe.FindAllStringIndex(s, -1); len(all) > 0 {
		if last := all[len(all)-1]; !ok || last[0] >= at+len(word) {
			return s[last[0]:last[1]]
		}
	}
	return word
}

// isWordStartAt reports whether i starts a line or follows a space in
// text, so that a window never starts inside a word or a character.
func isWordStartAt(text string, i int) bool {
	return i <= 0 || i >= len(text) || text[i-1] == ' ' || text[i-1] == '\n'
}
