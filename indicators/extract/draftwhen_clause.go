package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// A date dates its own clause (drafts33):
//
//	… slowed to 3.4% from 3.5% for regular pay; the annual growth … was
//	weakened by … bonus payments paid in October 2018 → no figure before
//	the semicolon is of October 2018
//	slowed to 3.4% from 3.5% → 3.5% is the previous reading: not stated,
//	unless a date right after it says which
//	a fiscal deficit of 0.7 percent of GDP in 2025 outperforming the
//	program target of a deficit of 1.5 percent of GDP → 2025, the year of
//	the figure it is set against
//	inflation is projected to increase to 5.7 percent at end-2026 →
//	2026-12, a rate read at the year's end; capacity "at the end of 2023"
//	stays 2023
//	the end-December 2025 performance criterion …; 11 of 17 benchmarks
//	… → not 2025: a date that describes another noun carries to no later
//	sentence; a topical opener ("In 2025, …") or a year closing its clause does

// inOwnClause reports whether byte at, in m's sentence, stands in m's own
// clause as far as dates go: not after a semicolon that follows m.
func (d *docDraft) inOwnClause(m Mention, at int) bool {
	if at <= m.Span.End {
		return true
	}
	return !strings.Contains(d.src.Text[m.Span.End:at], ";")
}

// ownDated reports whether m's period p is a month whose words stand in
// m's own clause ("3.2% in October 2019"): a heading's or release's span
// does not replace it.
func (d *docDraft) ownDated(m Mention, p indicators.Period) bool {
	if !p.IsStated() || p.IsSpan() || p.From.Month == 0 {
		return false
	}
	text := d.src.Text
	cs, ce := clauseOf(text, m)
	for _, g := range monthYearAtRe.FindAllStringSubmatchIndex(text[cs:ce], -1) {
		y, _ := strconv.Atoi(text[cs+g[4] : cs+g[5]])
		if y == p.From.Year && time.Month(monthNumber(text[cs+g[2]:cs+g[3]])) == p.From.Month {
			return true
		}
	}
	return false
}

// previousToRe closes the words between a reading and the one before it:
// "slowed to 3.4% from", "rose to $5 billion, up from".
var previousToRe = lazyRegexp(`(?i)^,?\s*(?:(?:up|down)\s+)?from\s+(?:about\s+|around\s+|nearly\s+)?$`)

// previousReading reports whether m is the reading a figure before it
// moved from ("slowed to 3.4% from 3.5%", "fell to 4%, down from 5%"),
// with no date of its own right after it: its period is not stated (the
// figure's period is not the previous reading's). The first result is
// the figure it moved to.
func (d *docDraft) previousReading(m Mention) (Mention, string, bool) {
	text := d.src.Text
	prev, found := d.lastBeforeIn(m, nil)
	if !found || !previousToRe.MatchString(text[prev.Span.End:m.Span.Start]) {
		return Mention{}, "", false
	}
	before := strings.Fields(strings.ToLower(text[m.Sentence.Start:prev.Span.Start]))
	if len(before) == 0 {
		return Mention{}, "", false
	}
	if w := before[len(before)-1]; w != "to" && !(len(before) >= 2 && before[len(before)-2] == "to" && toHedges[w]) {
		return Mention{}, "", false
	}
	own := text[m.Span.End:d.nextFigureAt(m)]
	if i := strings.IndexAny(own, ";,"); i >= 0 {
		own = own[:i]
	}
	if w := strings.Fields(own); len(w) > 0 {
		w = w[:min(4, len(w))]
		s := strings.Join(w, " ")
		if monthYearAtRe.MatchString(s) || len(yearsIn(s, 0)) > 0 || hasPhrase(strings.ToLower(s), "today") {
			return Mention{}, "", false
		}
	}
	return prev, fmt.Sprintf("the reading %s moved from (%q): no date says which period it is of", strings.Join(strings.Fields(prev.Text), " "), strings.TrimSpace(text[prev.Span.Start:m.Span.End])), true
}

// toHedges may stand between "to" and a figure: "rose to about 5%".
var toHedges = map[string]bool{"about": true, "around": true, "nearly": true, "almost": true, "roughly": true, "approximately": true}

// yearEndRe is a reading at a year's end: "at end-2026", "by end-2025",
// "at the end of 2026"; a rate's after it (yearEndMonth), a counted
// stock's before it (stockMomentClaim). Group 1 is the year.
var yearEndRe = lazyRegexp(`(?i)\b(?:at|by|for) (?:end-|the end of |year-end )((?:19|20)\d\d)\b`)

// yearEndRateWords name a rate read at a point in time: inflation, an interest
// or exchange rate, a yield.
var yearEndRateWords = []string{"inflation", "rate", "rates", "yield", "yields"}

// yearEndMonth returns December of the year a rate is read at the end of
// ("headline inflation is projected to increase to 5.7 percent at
// end-2026" → 2026-12). A stock or capacity at a year's end keeps the
// year: only a percentage with a word of a rate before it in its clause
// is read at the month.
func (d *docDraft) yearEndMonth(m Mention, cs int) (indicators.Period, string, bool) {
	if m.Unit.Kind != indicators.Percent {
		return indicators.Period{}, "", false
	}
	text := d.src.Text
	own := text[m.Span.End:d.nextFigureAt(m)]
	if i := strings.IndexAny(own, ";,"); i >= 0 {
		own = own[:i]
	}
	g := yearEndRe.FindStringSubmatch(own)
	if g == nil || len(strings.Fields(own[:strings.Index(own, g[0])])) > 3 {
		return indicators.Period{}, "", false
	}
	if firstPhrase(strings.ToLower(text[min(cs, m.Sentence.Start):m.Span.Start]), yearEndRateWords) == "" {
		return indicators.Period{}, "", false
	}
	y, _ := strconv.Atoi(g[1])
	return indicators.Period{From: indicators.Date{Year: y, Month: time.December}}, fmt.Sprintf("%q: a rate read at the year's end, %d-12", g[0], y), true
}

// pointBeforeRe closes the words before a year that make it a point of
// time describing another noun: "end-June 2025", "end-2025", "mid-2024".
var pointBeforeRe = lazyRegexp(`(?i)\b(?:end|mid)-(?:` + monthNameRe + ` )?$`)

// articleBeforeRe closes the words before a year that names a noun after
// it: "the 2024 budget law".
var articleBeforeRe = lazyRegexp(`(?i)\b(?:the|its|their|this|that) $`)

// noteLabelRe opens a note or a source line of a release: "Note:",
// "Notes 2:", "Source:" (drafts54).
var noteLabelRe = lazyRegexp(`^\s*(?:Notes?|Sources?|Footnotes?|NB)(?:\s+\d{1,2})?\s*:`)

// inCaptionOrNote reports whether byte at of text is in a caption's line
// ("Table 2: Fires by type in 2012", "Chart 1: …, 2013-14") or in a note
// or source sentence ("Note: figures for 2013-14 were revised."): its
// dates are a table's, a chart's or a revision's, never those of the
// figures after it (drafts54).
func inCaptionOrNote(text string, at int) bool {
	ls := strings.LastIndexByte(text[:at], '\n') + 1
	line := text[ls:at]
	if captionRe.MatchString(line) {
		return true
	}
	if i := strings.LastIndex(line, ". "); i >= 0 {
		line = line[i+2:]
	}
	return noteLabelRe.MatchString(line)
}

// carriesOn reports whether a year of a sentence without figures dates the
// figures after it in its paragraph: a topical opener ("In 2025, …") or
// a year that closes its clause ("… continued to grow in 2013.") does; a
// date that describes another noun ("the end-December 2025 performance
// criterion", "targets for end-June 2025", "the 2024 budget law") does
// not.
func carriesOn(text string, r yearRef) bool {
	if inCaptionOrNote(text, r.start) {
		return false
	}
	before := text[max(0, r.start-24):r.start]
	if pointBeforeRe.MatchString(before) {
		return false
	}
	if articleBeforeRe.MatchString(before) {
		if w := firstField(text[r.end:min(len(text), r.end+24)]); isLowerWord(w) {
			return false
		}
	}
	return true
}
