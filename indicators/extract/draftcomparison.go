package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A figure in a comparison (seenq). A comparison sets one figure against
// another, and each keeps its own measure and time:
//
//	13.5 percent, higher than the 12.8 percent in 2022 → 12.8 percent is
//	a reading of 2022, measured as the figure before it (a level or
//	share), never a change with the comparison's way
//	The 2023 prevalence … was higher than the 12.8 percent (17.0
//	million) in 2022 → with no figure before, 12.8 percent is measured by
//	its own unit (a share); 17.0 million, in its brackets, restates it
//	and is dated by the words after the brackets (2022)
//	a rate (34.4 percent) more than five times higher than that of
//	private-sector workers; more than four times higher than for the
//	White ethnic group → a gap between two groups at one time: a level,
//	no way, no base. Only a gap against another time ("higher than in
//	2010", "twice the previous year") is a change.

// comparedLeadAlt is the regexp alternation of the words right before a
// figure that is what another is compared with: "higher than the",
// "lower than", "compared with the". pairLead (an earlier reading) holds
// it too.
const comparedLeadAlt = `(?:higher|lower|greater|smaller|larger|bigger|less|fewer|more|above|below) than(?: the| that of| those of)?|compared (?:with|to)(?: the)?`

// comparandBeforeRe matches comparedLeadAlt at the end of the lower-case
// words before a figure.
var comparandBeforeRe = lazyRegexp(`\b(` + comparedLeadAlt + `)\s*$`)

// comparedLead returns the words before m that make it the figure another
// is compared with ("higher than the"), or "".
func comparedLead(text string, m Mention) string {
	cs, _ := clauseOf(text, m)
	return comparandBeforeRe.FindString(strings.ToLower(joinBroken(text[cs:m.Span.Start])))
}

// comparativeHedgeRe matches a comparison the figure parser reads as a
// figure's hedge, lower case: "higher than 7.7 percent".
var comparativeHedgeRe = lazyRegexp(`^(?:higher|lower|greater|smaller|larger|bigger) than\b`)

// groupGapRe matches the words after a gap figure, brackets left out, up
// to what it is compared with (group 1): "higher than that of
// private-sector workers", "as likely to fall victim to violence as
// people in households", "as high among children in year 6 than in
// reception age children", "more people sleeping rough over the month
// compared to a single night", "that of those living in".
var groupGapRe = lazyRegexp(`^\s*(?:(?:higher|lower|greater|smaller|larger|bigger|more|less|fewer)\s+(?:[a-z-]+\s+){0,8}?(?:than|compared (?:with|to))|as\s+[a-z]+\s+(?:[a-z0-9-]+\s+){0,8}?(?:as|than)|that of|those of)\s+([a-z](?:[^.;:,]|,\d)*)`)

// comparandTimeWords are the words beside a span of time
// (lexicon.Durations), a forecast or a target by which what a figure is
// compared with names another time or a reference of the same series, not
// another group: "than in 2010", "twice the previous year", "above the
// average".
var comparandTimeWords = map[string]bool{"period": true, "earlier": true, "before": true, "ago": true, "previous": true,
	"preceding": true, "prior": true, "last": true, "average": true, "normal": true, "record": true, "baseline": true, "peak": true}

// namesTime reports whether the lower-case words s name a time or a
// reference of the same series (comparandTimeWords, a year, a month).
func namesTime(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ",.;:'’")
		if comparandTimeWords[w] || yearWord(w) || isMonth(w) || slices.Contains(vocab.Durations, strings.TrimSuffix(w, "s")) ||
			slices.Contains(vocab.ForecastWords, w) || slices.Contains(vocab.TargetWords, w) {
			return true
		}
	}
	return false
}

// groupComparand returns what the gap figure m is compared with when that
// is another group, not another time: "that of private-sector workers"
// in "more than five times higher than that of private-sector workers";
// "" otherwise.
func groupComparand(text string, m Mention) string {
	after := vocab.OutsideBrackets(strings.ToLower(joinBroken(text[m.Span.End:m.Sentence.End])))
	g := groupGapRe.FindStringSubmatch(after)
	if g == nil || namesTime(g[1]) || strings.ContainsAny(wordsAfter(g[1], 2), "0123456789") {
		return ""
	}
	return strings.Join(strings.Fields(g[0]), " ")
}

// comparisonClaim measures a figure by its place in a comparison: the
// figure compared with, when no earlier figure of its sentence gives it a
// measure (pairReading), by its own unit, with no way and no base; a
// multiple or a percentage that is the gap between two groups a level.
func (d *docDraft) comparisonClaim(cl *claim, m Mention, ce int) {
	ind := &cl.ind
	if ind.Measure != indicators.Change || strings.Contains(cl.fieldNotes["measure"], "an earlier reading") {
		return
	}
	text := d.src.Text
	c := comparedLead(text, m)
	if c == "" {
		// "higher than 7.7 percent (10.2 million) in 2022": the figure
		// parser keeps the comparison as the figure's hedge.
		c = comparativeHedgeRe.FindString(strings.ToLower(m.Text))
	}
	if c != "" && (m.Kind == Ratio || m.Quantity.Direction == indicators.NoDirection) {
		if _, _, ok := d.pairReading(m); ok {
			return // readingsClaim gives it the measure and title of the figure before it
		}
		ms, why, _ := measureOf(m, strings.ToLower(joinBroken(text[m.Span.End:ce])))
		if ms == indicators.Change {
			return
		}
		ind.Measure, cl.fieldNotes["measure"] = ms, fmt.Sprintf("%q: the figure compared with, a reading of its own time: %s", strings.TrimSpace(c), why)
		declare(cl.fieldNotes, "measure", "measure/comparisonClaim#1")
		ind.Quantity.Direction, ind.Base = indicators.NoDirection, indicators.Period{}
		return
	}
	if m.Kind != Ratio && (m.Unit.Kind != indicators.Percent || m.Quantity.Direction != indicators.NoDirection) {
		return
	}
	if g := groupComparand(text, m); g != "" {
		ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("%q: a gap to another group at the same time, a level", g)
		declare(cl.fieldNotes, "measure", "measure/comparisonClaim#2")
		ind.Quantity.Direction, ind.Base = indicators.NoDirection, indicators.Period{}
	}
}

// afterEventYear reports whether the words before a year, lower case,
// end on an earlier event that "after" or "following" names a few words
// back: "lower by 7 percent after reaching a series high in", "following
// a peak in". The year is that event's, a comparison's reach, never the
// figure's.
func afterEventYear(words []string) bool {
	n := len(words)
	if n < 3 || words[n-1] != "in" {
		return false
	}
	for i := n - 3; i >= max(0, n-6); i-- {
		w := words[i]
		if strings.ContainsAny(w, ",;:()0123456789") {
			return false
		}
		if w == "after" || w == "following" {
			return true
		}
	}
	return false
}

// comparedReadingNouns name a reading after its year that a comparison
// is made from or against: "from the 2004 figure", "than the 2019 total".
var comparedReadingNouns = map[string]bool{"figure": true, "figures": true, "total": true, "totals": true, "estimate": true,
	"estimates": true, "value": true, "number": true, "count": true, "rate": true}

// comparedReadingYear reports whether a year between words before (lower
// case, the last nearest) and the word after it names the reading a
// comparison is made from: "up about 18 percent from the 2004 figure" (a
// base, not the figure's period).
func comparedReadingYear(words []string, after string) bool {
	n := len(words)
	if n < 2 || words[n-1] != "the" || !comparedReadingNouns[strings.Trim(strings.ToLower(after), ",.;:")] {
		return false
	}
	switch words[n-2] {
	case "from", "than", "on", "over", "with", "to", "against":
		return true
	}
	return false
}

// bracketedAloneEnd returns where the phrase of a figure that stands
// alone in brackets goes on to after them, to the next clause break: the
// bracket restates the figure before it, and the words after the bracket
// close both ("lower than the 87.2 percent (115.8 million) in 2022": 2022
// dates 115.8 million too, not the sentence's first year). False for a
// figure not alone in its brackets.
func bracketedAloneEnd(text string, m Mention) (int, bool) {
	s, e := m.Sentence.Start, m.Sentence.End
	if m.Span.Start <= s || text[m.Span.Start-1] != '(' || m.Span.End >= e || text[m.Span.End] != ')' {
		return 0, false
	}
	i := m.Span.End + 1
	for i < e && !isClauseBreak(text, i, s, e) {
		i++
	}
	return i, true
}

// restatedRe is a bracket that holds a figure alone, restating the one
// before it: "(9.5 million)", "(45%)".
var restatedRe = lazyRegexp(`^\(\s*[£$€]?[\d][\d.,]*\s*(?:%|per ?cent|percent|thousand|million|billion)?\s*\)`)

// ownPhraseEnd returns where the phrase of a figure whose clause ends at
// ce may run to, for a time after it: past a bracket it stands alone in
// (bracketedAloneEnd), unless it is a change, or a bracket that restates it
// right after it ("4.9% (9.5 million) in the third quarter of 2015"), to
// the next clause break.
func ownPhraseEnd(text string, m Mention, ce int) int {
	if end, ok := bracketedAloneEnd(text, m); ok && m.Quantity.Direction == indicators.NoDirection {
		return max(ce, end) // "(9.5 million) in the third quarter of 2015"; a change in brackets ("(-40) on 2030") is of its own clause
	}
	s, e := m.Sentence.Start, m.Sentence.End
	t := strings.TrimLeft(text[m.Span.End:e], " ")
	g := restatedRe.FindStringIndex(t)
	if g == nil {
		return ce
	}
	i := e - len(t) + g[1]
	for i < e && !isClauseBreak(text, i, s, e) {
		i++
	}
	return max(ce, i)
}

// changeFromWordsRe matches the words between a change and the figure it is
// from, lower case: "from", "from the", ", up from", "to 45% in 2020, up
// from" is read by reachedBetween and pairLead.
var changeFromWordsRe = lazyRegexp(`^\s*(?:from|on|compared (?:with|to))(?: the)?\s*$`)

// comparandTime returns the time of the figure a change is counted from,
// named right after that figure: "up 8 percentage points from 37% in
// 2018", "rose by 8 points to 45% in 2020, up from 37% in 2018" (the
// change runs from 37% to the level it reaches, so 2018 is its base).
func (d *docDraft) comparandTime(m Mention) (yearRef, bool) {
	text := d.src.Text
	for _, c := range d.sentenceMentions(m) {
		if c.Span.Start < m.Span.End {
			continue
		}
		// "up £930 (3.2%) from £29,180": the change's restatement in
		// brackets is no part of what it is from.
		gap := strings.TrimLeft(withoutParens(text[m.Span.End:c.Span.Start]), ")")
		// changeFromWordsRe's words are 17 runes at most between its \s,
		// each of at most four bytes before lowering: a longer gap is
		// not lowered.
		own := len(strings.Trim(gap, " \t\n\f\r")) <= 4*len("compared with the") && changeFromWordsRe.MatchString(strings.ToLower(gap))
		if !own {
			g := d.pairLeadBefore(m.Sentence.Start, c.Span.Start)
			if g == nil {
				continue // the level the change reaches, perhaps: reachedBetween reads it
			}
			if _, reached, ok := d.reachedBetween(m, m.Sentence.Start+g[0]); !ok || !reached {
				return yearRef{}, false
			}
		}
		for _, r := range timeRefsIn(text[c.Span.End:m.Sentence.End], c.Span.End) {
			if comparandWords(text[c.Span.End:r.phraseStart]) {
				return r, true
			}
			break
		}
		return yearRef{}, false
	}
	return yearRef{}, false
}

// comparandWords reports whether the words between the figure a change is
// from and a time (gap) make the time that figure's: none, or a time's
// word ("in", "during") after at most three words that go on describing
// the figure ("from £203 a week in 2030", "from the 4,000 let in the same
// quarter of 2030-31"), with no figure, mark or word that opens another
// clause or end between ("from 4,000 to 4,200 in 2031").
func comparandWords(gap string) bool {
	if strings.ContainsAny(gap, "0123456789,;:()") {
		return false
	}
	f := strings.Fields(strings.ToLower(gap))
	if len(f) == 0 {
		return true
	}
	if len(f) > 4 || !timeLeadWord(f[len(f)-1]) {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if slices.Contains([]string{"to", "and", "or", "but", "while", "than", "compared", "since", "from"}, w) {
			return false
		}
	}
	return true
}

// pairLeadBefore is pairLead's match in the lower-case text from a
// sentence's start to a figure's, kept for the sentence's other changes,
// which ask it of the same figures: one sentence of n figures is matched
// n times, not once for each pair.
func (d *docDraft) pairLeadBefore(start, at int) []int {
	key := [2]int{start, at}
	if g, ok := d.pairLeads[key]; ok {
		return g
	}
	g := pairLead.FindStringIndex(strings.ToLower(joinBroken(d.src.Text[start:at])))
	if d.pairLeads == nil {
		d.pairLeads = map[[2]int][]int{}
	}
	d.pairLeads[key] = g
	return g
}

// timeLeadWord reports whether w, lower case or not, is one of timeLeads.
func timeLeadWord(w string) bool { return slices.Contains(timeLeads, strings.ToLower(w)) }
