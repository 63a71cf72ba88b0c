package extract

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// The base of a change a release compares with an earlier time
// (drafts33):
//
//	(September to November 2019) 0.6 percentage points higher than a year
//	earlier → base 2018-09/2018-11, the same months a year back
//	0.5 percentage points up on the previous quarter → base
//	2019-06/2019-08, the three months before

// yearBackRe is a comparison with the same period a year back, in a
// change's own words: "higher than a year earlier", "on the previous
// year".
var yearBackRe = lazyRegexp(`(?i)^[^;,]{0,40}?\b(?:than|on|over|from|compared (?:with|to)|in comparison (?:with|to)) (?:(?:the same (?:quarter|month|period|three months|week) )?(?:a year (?:earlier|ago|before)|(?:12|twelve) months (?:earlier|ago|before)|(?:of |in )?(?:the )?(?:previous|preceding|last) year)|the (?:previous|preceding) year|the year before)\b`)

// quarterBackRe is a comparison with the quarter before: "up on the
// previous quarter", "In comparison with the previous quarter:".
var quarterBackRe = lazyRegexp(`(?i)^[^;,]{0,40}?\b(?:than|on|over|from|compared (?:with|to)|in comparison (?:with|to)) the (?:previous|preceding) quarter\b`)

// monthBackRe is a comparison with the month before: "on the previous
// month" (drafts54).
var monthBackRe = lazyRegexp(`(?i)^[^;,]{0,40}?\b(?:than|on|over|from|compared (?:with|to)|in comparison (?:with|to)) the (?:previous|preceding) month\b`)

// changeBaseClaim gives a change of a period of months or a year the base
// its own words compare it with: the same period a year back, or the
// three months before. comparisonBases runs it once over every dated
// change, after all the rules of when.
func (d *docDraft) changeBaseClaim(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Measure != indicators.Change || ind.Base.IsStated() || !ind.Period.IsStated() {
		return
	}
	own := d.src.Text[m.Span.End:d.nextFigureAt(m)]
	if q, ok := comparedWords(cl.fieldNotes["measure"]); ok {
		own = " " + q // the second base of "lower than the previous year and the previous quarter"
	}
	if base, w, ok := baseOfWords(own, ind.Period); ok {
		ind.Base = base
		cl.fieldNotes["base"] = fmt.Sprintf("%q: %s", strings.TrimSpace(w), base)
		declare(cl.fieldNotes, "base", "base/changeBaseClaim")
	}
}

// comparandBases gives each change of out that no rule gave a base the
// time its own words after it compare it with (comparandAfter). The
// genre's pattern: "since 2023", "than in 2010", "below the peak in 2017"
// name a change's base, never its period.
func (d *docDraft) comparandBases(out []claim) {
	for i := range out {
		cl := &out[i]
		ind := &cl.ind
		if cl.skip != "" || len(ind.Provenance) == 0 || ind.Measure != indicators.Change || ind.Base.IsStated() {
			continue
		}
		m, ok := d.mentionStated(cl)
		if !ok {
			continue
		}
		r, ok := d.comparandAfter(m)
		if !ok {
			r, ok = d.comparandTime(m) // "up 8 points from 37% in 2018"
		}
		if ok && (r.same || r.period.IsYear() && ind.Period.From.Month != 0 && (!ind.Period.IsSpan() || ind.Period.To.Year == ind.Period.From.Year)) {
			// "from the 2,941 sold in the same quarter of 2015-16", "In
			// March 2022 … up 4.1% from £204 in 2021": the change's months
			// in the year it is from (a year ending June is compared
			// with a year, as written)
			sameMonthsOf(&r, ind.Period)
		}
		if ok && r.period != ind.Period && (!ind.Period.IsStated() || endsBefore(r.period, ind.Period)) {
			ind.Base = r.period
			cl.fieldNotes["base"] = fmt.Sprintf("%q: the time the change is compared with", comparedWordsAt(d.src.Text, max(m.Span.End, r.phraseStart-20), r.phraseStart, r.end))
			declare(cl.fieldNotes, "base", "base/comparandBases")
			if p, ok := dayYearOn(r.period, ind.Period); ok {
				// "a net decrease of 3,550 hectares … compared to 31
				// March 2023" in 2023-24: a change from a day runs to
				// the day its year ends.
				ind.Period = p
				cl.fieldNotes["period"] += fmt.Sprintf(": %s, the day its year ends, as the change is from %s", p, r.period)
				declare(cl.fieldNotes, "period", "period/comparandBases")
			}
		}
	}
}

// dayYearOn returns the day a year after base when base is a day and p
// the year that runs from it (a year across two or a fiscal year that
// starts in base's year, or the calendar year after a 31 December): a
// change measured from a day is measured to a day.
func dayYearOn(base, p indicators.Period) (indicators.Period, bool) {
	b := base.From
	if base.IsSpan() || b.Day == 0 || !p.IsStated() || p.IsSpan() || p.From.Month != 0 {
		return indicators.Period{}, false
	}
	if (p.Split || p.Fiscal) && lastYear(p) == b.Year+1 || p.IsYear() && !p.Split && !p.Fiscal && p.From.Year == b.Year+1 && b.Month == time.December && b.Day == 31 {
		b.Year++
		return indicators.Period{From: b}, true
	}
	return indicators.Period{}, false
}

// comparedWordsAt returns the words of text[from:to] a note quotes for a
// time compared with: from the last mark or figure on ("(1.1%) from
// 2022" is "from 2022").
func comparedWordsAt(text string, from, phrase, to int) string {
	from = min(from, phrase) // a base before the figure: "lower than 1995 by 31.5 per cent"
	if phrase-from < 12 {
		from = max(0, phrase-12)
	}
	for from > 0 && text[from]&0xC0 == 0x80 {
		from--
	}
	lead := text[from:phrase]
	if i := strings.LastIndexAny(lead, "()%,;0123456789"); i >= 0 {
		lead = lead[i+1:]
		if j := strings.IndexByte(lead, ' '); j >= 0 {
			lead = lead[j:]
		}
	} else if i := strings.IndexByte(lead, ' '); i >= 0 && from > 0 && isWordByte(text[from-1]) {
		lead = lead[i:] // not from inside a word
	}
	return strings.Join(strings.Fields(lead+text[phrase:to]), " ")
}

// endsBefore reports whether period a ends before period b does, as a
// change's base ends before its time: 2021 before 2022, "Q1 2031"
// before "Q2 2031", December 2020 before December 2021.
func endsBefore(a, b indicators.Period) bool {
	if ya, yb := lastYear(a), lastYear(b); ya != yb || a.Split != b.Split || a.Fiscal != b.Fiscal {
		return ya < yb
	}
	ea, eb := a.From, b.From
	if !a.To.IsZero() {
		ea = a.To
	}
	if !b.To.IsZero() {
		eb = b.To
	}
	return ea.Month != 0 && eb.Month != 0 && (ea.Month < eb.Month || ea.Month == eb.Month && ea.Day < eb.Day)
}

// comparandAfter returns the time a figure's own words compare it with:
// the first year of its clause after it, before the next figure, that
// yearRoleOf reads as a base ("6% lower than the level recorded in
// 2029-30", "164% higher than in 2010"), else the last base of its clause
// before it ("were lower than 1995 by 31.5 per cent") or one its sentence
// opens with ("Compared to 2009-10, there were …"), with no figure
// between.
func (d *docDraft) comparandAfter(m Mention) (yearRef, bool) {
	text := d.src.Text
	_, ce := clauseOf(text, m)
	end := min(ce, d.nextFigureAt(m))
	var rs []yearRef
	if end > m.Span.End {
		// read in its sentence, so that the words before a time give its
		// role ("up 2.1% on the year ending March 2022")
		for _, r := range timeRefsIn(text[m.Sentence.Start:end], m.Sentence.Start) {
			if r.phraseStart >= m.Span.End {
				rs = append(rs, r)
			}
		}
	}
	if cs, _ := clauseOf(text, m); !slices.ContainsFunc(rs, func(r yearRef) bool { return r.role == yearBase }) && cs < m.Span.Start {
		// "were lower than 1995 by 31.5 per cent": the base before it.
		for _, r := range slices.Backward(yearsIn(text[cs:m.Span.Start], cs)) {
			if r.role == yearBase && !d.figureBetween(m, r.end, m.Span.Start) {
				rs = []yearRef{r}
				break
			}
		}
	}
	if !slices.ContainsFunc(rs, func(r yearRef) bool { return r.role == yearBase }) {
		if g := comparedLeadRe.FindStringSubmatchIndex(text[m.Sentence.Start:m.Span.Start]); g != nil && !d.figureBetween(m, m.Sentence.Start+g[1], m.Span.Start) {
			rs = yearsIn(text[m.Sentence.Start:m.Sentence.Start+g[1]], m.Sentence.Start)
		}
	}
	if !slices.ContainsFunc(rs, func(r yearRef) bool { return r.role == yearBase }) {
		// "rose by 5,120 (1.0%) to 124,800 in Q3 2022, compared with Q3
		// 2021": the comparison that closes the clause of a change, its
		// restatement and the level it reaches is the change's.
		for _, r := range timeRefsIn(text[m.Span.End:m.Sentence.End], m.Span.End) {
			if r.role == yearBase {
				if _, _, ok := d.reachedBetween(m, r.phraseStart); ok {
					rs = []yearRef{r}
				}
				break
			}
		}
	}
	for _, r := range rs {
		if r.role == yearBase {
			return r, true // "2029-30", "the FYE March 2020": yearsIn reads the whole time
		}
	}
	return yearRef{}, false
}

// baseOfWords returns the base that a change's own words after it compare
// period p with, and those words: the same period a year back, the three
// months before, or the month before.
func baseOfWords(own string, p indicators.Period) (indicators.Period, string, bool) {
	var base indicators.Period
	var w string
	switch {
	case yearBackRe.MatchString(own):
		w = yearBackRe.FindString(own)
		base = p
		base.From.Year--
		if base.To.Year != 0 {
			base.To.Year--
		}
	case quarterBackRe.MatchString(own) && p.From.Month != 0 && p.To.Month != 0:
		w = quarterBackRe.FindString(own)
		base = indicators.Period{From: monthsBack(p.From, 3), To: monthsBack(p.To, 3)}
	case monthBackRe.MatchString(own) && p.From.Month != 0 && p.From.Day == 0 && p.To == (indicators.Date{}):
		w = monthBackRe.FindString(own)
		base = indicators.Period{From: monthsBack(p.From, 1)}
	default:
		return indicators.Period{}, "", false
	}
	return base, w, true
}

// comparedNoteRe opens the note of a change's measure that quotes the words
// comparing it: "\"fewer than the previous quarter\": a change of …".
var comparedNoteRe = lazyRegexp(`^"([a-z][a-z ]{0,30} (?:than|on|from) the (?:previous|preceding) (?:quarter|month|year))":`)

// comparedWords returns the comparison a change's measure note quotes.
func comparedWords(note string) (string, bool) {
	g := comparedNoteRe.FindStringSubmatch(note)
	if g == nil {
		return "", false
	}
	return g[1], true
}

// comparisonBases gives the changes of out that the rules of a comparison
// made changes after they were dated ("this is 11,000 fewer than the
// previous quarter and 49,000 fewer than a year earlier") the base their
// own words name (drafts54).
func (d *docDraft) comparisonBases(out []claim) {
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 || cl.ind.Measure != indicators.Change || cl.ind.Base.IsStated() || !cl.ind.Period.IsStated() {
			continue
		}
		if m, ok := d.mentionStated(cl); ok {
			d.changeBaseClaim(cl, m)
		}
	}
}

// monthsBack returns the month n months before d's.
func monthsBack(d indicators.Date, n int) indicators.Date {
	k := d.Year*12 + int(d.Month) - 1 - n
	return indicators.Date{Year: k / 12, Month: time.Month(k%12 + 1)}
}
