package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// Periods and bases of compared figures in a statistics release (drafts62):
//
//	598,504 incidents in the year ending September 2024, an increase of 1.0%
//	compared with the previous year (592,293) → 592,293 is the previous
//	rolling year's figure, 2022-10/2023-09
//	… an increase of 7.6% compared with 5 years ago (555,980) → 7.6% has
//	base 2018-10/2019-09, and 555,980 that period
//	… 263 fatalities, compared with 276 fatalities in 257 fatal fires in
//	the previous year → 276 and 257 are the year before's
//	… up 2.9% from the same quarter the previous year → base: the figure's
//	own quarter a year earlier, never counted from a year written earlier
//	… up 4.4% from July to September 2021 → base 2021-Q3; "from 30
//	September 2021" → base 2021-09-30
//	this quarter (7.9%) and last quarter (16.4%) → 16.4% is the quarter
//	before the figure's own
//	On 30 September 2022, 99,270 households … → 2022-09-30, whatever the
//	lead-in's quarter
//	… increased by 40% … between 1980-1982 and 2010-2012 → base 1980/1982

var (
	// bracketEarlierRe ends the text before a figure in brackets that is
	// the reading of the period a change is compared with: "compared with
	// the previous year (", "compared with 5 years ago (".
	// "compared to the previous year's figure (" alike.
	bracketEarlierRe = lazyRegexp(`(?i)\b(?:compared (?:with|to)|from|on|than|against) (?:the )?` + earlierPhrase + `(?:['’]s? (?:figure|level|total|number|count))?\s*\(\s*$`)
	// afterEarlierRe is what a change is compared with, right after it:
	// "compared with 5 years ago", "from the same quarter the previous
	// year", "compared to previous year".
	afterEarlierRe = lazyRegexp(`(?i)^\)?\s*(?:compared (?:with|to)|from|on|against) (?:the )?` + earlierPhrase + `\b`)
	// clauseEarlierRe dates a "compared with" clause's own figures at its
	// end: "… in the previous year", "… five years earlier".
	clauseEarlierRe = lazyRegexp(`(?i)^[^;()]*?\b(?:in )?(?:the )?` + earlierPhrase + `\b`)
	// earlierBeforeRe and earlierAtRe name an earlier period right at
	// a figure, in any clause (when24): "twice the previous year (2,900
	// ha)", "the previous year where 73% of" (the text before the figure
	// ends with them); "down from 70 the previous year" (the text after
	// opens with it).
	earlierBeforeRe = lazyRegexp(`(?i)\bthe ` + earlierPhrase + `(?:\s*\(|,? (?:where|when))\s*$`)
	earlierAtRe     = lazyRegexp(`(?i)^\s*(?:[a-z]+ed )?(?:in |during )?the ` + earlierPhrase + `\b`)
	// lastQuarterRe ends the text before a figure of the quarter before:
	// "last quarter (", "the previous quarter (".
	lastQuarterRe = lazyRegexp(`(?i)\b(?:last|the previous|the preceding) quarter\s*\(\s*$`)
	// fromMonthsRe is a change's base written as months after it: "from
	// July to September 2021".
	fromMonthsRe = lazyRegexp(`^[^.;()]{0,40}?\b(?:from|on|compared (?:with|to)) (?:the (?:period|quarter) )?([A-Z][a-z]+) to ([A-Z][a-z]+) ((?:19|20)\d\d)\b`)
	// fromDateRe is a change's base written as a day after it: "from 30
	// September 2021".
	fromDateRe = lazyRegexp(`^[^.;()]{0,40}?\b(?:from|on|compared (?:with|to)|since) (\d{1,2}) ([A-Z][a-z]+) ((?:19|20)\d\d)\b`)
	// ownDateRe opens a sentence with the day its figures are read on:
	// "On 30 September 2022,", "As at 31 March 2024,"; or the month:
	// "As at June 2015,".
	ownDateRe = lazyRegexp(`^(?:- |• |\* )?(?:On|At|As at|As of) (?:(\d{1,2}) )?([A-Z][a-z]+) ((?:19|20)\d\d),`)
	// sinceSpanRe is a span of years a change is counted from: "since
	// 1980-1982", "between 1980-1982 and 2010-2012".
	sinceSpanRe = lazyRegexp(`\b(?:since|from|between) ((?:19|20)\d\d)[-–]((?:19|20)\d\d)\b(?: and ((?:19|20)\d\d)[-–]((?:19|20)\d\d)\b)?`)
)

// earlierPhrase is the one reading of an earlier period a figure is
// compared with, group 1 of the expressions above: "previous year", "same
// quarter the previous year", "5 years ago", "a year earlier". yearsBack
// counts it and earlierTitle names it.
var earlierPhrase = `((?:previous|preceding|prior) year|year before|same (?:period|quarter|month) (?:of |in )?(?:the )?(?:previous|last|preceding|a) year|(?:a|\d{1,2}|` + smallNumberAlt() + `) years? (?:ago|earlier|before))`

// yearsBack returns how many years back an earlier-period phrase of
// bracketEarlierRe and its kin points: "previous year" 1, "5 years ago"
// 5.
func yearsBack(phrase string) int {
	f := strings.Fields(strings.ToLower(phrase))
	if len(f) < 2 || f[0] == "previous" || f[0] == "preceding" || f[0] == "prior" || f[0] == "year" || f[0] == "same" {
		return 1
	}
	if n, err := strconv.Atoi(f[0]); err == nil {
		return n
	}
	if n, ok := smallNumber(f[0]); ok {
		return n
	}
	if f[0] == "a" {
		return 1
	}
	return 0
}

// comparedTailRe is what a change is compared with, a few words after
// it: "…, up 4.4% from the same quarter the previous year", "… 7.6%
// when compared with 5 years ago".
var comparedTailRe = lazyRegexp(`(?i)^[^,;(]{0,20}?\b(?:compared (?:with|to)|from|on) (?:the )?` + earlierPhrase + `\b`)

// earlierTitle returns how a title names the earlier period the change
// with the text after its figure after is compared with: " on the
// previous year", " on 5 years ago", " on a year earlier"; or "".
func earlierTitle(after string) string {
	g := comparedTailRe.FindStringSubmatch(after)
	if g == nil {
		return ""
	}
	switch n := yearsBack(g[1]); {
	case n > 1:
		return " on " + strconv.Itoa(n) + " years ago"
	case strings.HasPrefix(strings.ToLower(g[1]), "previous"):
		return " on the previous year"
	case n == 1:
		return " on a year earlier"
	}
	return ""
}

// shiftYears returns p moved n years back, both ends.
func shiftYears(p indicators.Period, n int) indicators.Period {
	p.From.Year -= n
	if p.IsSpan() {
		p.To.Year -= n
	}
	return p
}

// quarterBefore returns the calendar quarter before p, or false when p
// is no quarter.
func quarterBefore(p indicators.Period) (indicators.Period, bool) {
	if !isQuarter(p) {
		return p, false
	}
	q := int(p.From.Month+2) / 3
	if q == 1 {
		return indicators.QuarterPeriod(p.From.Year-1, 4), true
	}
	return indicators.QuarterPeriod(p.From.Year, q-1), true
}

// comparedFigure is a drafted claim of one sentence and where its figure
// stands in the sentence's quote.
type comparedFigure struct {
	i, at int
}

// datedComparedReadings dates the figures of each sentence of out that are readings
// of an earlier period, and gives year-on-year changes their bases
// counted from their own periods.
func (d *docDraft) datedComparedReadings(out []claim) {
	eachQuote(out, d.comparedSentence)
}

// earlierReadings dates the figures of each sentence of out that are
// readings of the earlier period named right at them, once every figure
// has its period (earlierBeforeRe, earlierAtRe): "twice the previous year
// (2,900 ha)", "on the 4,125 received in the previous year" are of the
// year before the sentence's first figure's; a sentence's first figure
// ("Down from 24% the previous year.") is of the year before the one its
// lead-in, heading or release gives it, never its own clause's.
func earlierReadings(out []claim) {
	eachQuote(out, func(out []claim, q string, figs []comparedFigure) {
		main := out[figs[0].i].ind.Period
		for n, f := range figs {
			cl := &out[f.i]
			ind := &cl.ind
			if !main.IsStated() || ind.Period != main || ind.Measure == indicators.Change {
				continue
			}
			if w := firstPhrase(cl.fieldNotes["period"], ownClauseNotes); n == 0 && w != "" && w != "in the lead-in line" {
				continue // "in 2020" of its own: the phrase is another figure's
			}
			before, after := q[:f.at], q[f.at+len(ind.Stated):]
			g := earlierBeforeRe.FindStringSubmatch(before[max(0, len(before)-120):])
			if g == nil {
				g = earlierAtRe.FindStringSubmatch(after)
			}
			if g != nil {
				p := shiftYears(main, yearsBack(g[1]))
				why := "the reading of the period the sentence's first figure is compared with"
				if n == 0 {
					why = fmt.Sprintf("counted back from %s, the period its context gives", main)
				}
				ind.Period, cl.fieldNotes["period"] = p, fmt.Sprintf("%q at the figure: %s, %s", strings.TrimSpace(g[1]), p, why)
				declare(cl.fieldNotes, "period", "period/earlierReadings")
			}
		}
	})
}

// eachQuote calls f with the drafted figures of each sentence of out,
// its quote and where each figure stands in it.
func eachQuote(out []claim, f func(out []claim, q string, figs []comparedFigure)) {
	for i := 0; i < len(out); {
		if out[i].skip != "" || len(out[i].ind.Provenance) == 0 {
			i++
			continue
		}
		span := out[i].ind.Provenance[0].Span
		q := out[i].ind.Provenance[0].Quote
		var figs []comparedFigure
		pos := 0
		j := i
		for ; j < len(out); j++ {
			o := &out[j]
			if o.skip != "" {
				continue
			}
			if len(o.ind.Provenance) == 0 || o.ind.Provenance[0].Span != span {
				break
			}
			k := strings.Index(q[pos:], o.ind.Stated)
			if k < 0 {
				continue
			}
			figs = append(figs, comparedFigure{j, pos + k})
			pos += k + len(o.ind.Stated)
		}
		if len(figs) > 0 {
			f(out, q, figs)
		}
		i = max(j, i+1)
	}
}

// comparedSentence applies the rules of datedComparedReadings to the figures of one
// sentence, quote q.
func (d *docDraft) comparedSentence(out []claim, q string, figs []comparedFigure) {
	main := out[figs[0].i].ind.Period
	if g := ownDateRe.FindStringSubmatch(q[:min(len(q), 40)]); g != nil {
		day, _ := strconv.Atoi(g[1])
		yr, _ := strconv.Atoi(g[3])
		if mo := monthNumber(strings.ToLower(g[2])); mo != 0 && (g[1] == "" || day >= 1 && day <= 31) {
			dt := indicators.Date{Year: yr, Month: time.Month(mo), Day: day}
			for _, f := range figs {
				cl := &out[f.i]
				// The sentence's own date wins over the time the release
				// states for the whole document.
				whole := g[1] == "" && strings.HasSuffix(cl.fieldNotes["period"], "for the whole document")
				if p := cl.ind.Period; whole || g[1] != "" && p.From.Day == 0 && (!p.IsStated() || p.IsSpan() && containsDay(p, dt)) || g[1] == "" && !p.IsStated() {
					cl.ind.Period, cl.fieldNotes["period"] = indicators.Period{From: dt}, fmt.Sprintf("%q opens the sentence: the time its figures are read at, before any lead-in's span", strings.TrimSuffix(g[0], ","))
					declare(cl.fieldNotes, "period", "period/comparedSentence#1")
				}
			}
			main = out[figs[0].i].ind.Period
		}
	}
	for n, f := range figs {
		cl := &out[f.i]
		ind := &cl.ind
		before, after := q[:f.at], q[f.at+len(ind.Stated):]
		bracketed := strings.HasSuffix(strings.TrimRight(before, " "), "(")
		var g []string
		if bracketed {
			g = bracketEarlierRe.FindStringSubmatch(before[max(0, len(before)-120):])
		}
		switch {
		case g != nil && main.IsStated() && n > 0 && ind.Period == main && ind.Measure != indicators.Change:
			back := yearsBack(g[1])
			ind.Period, cl.fieldNotes["period"] = shiftYears(main, back), fmt.Sprintf("the reading in brackets after %q: %s, the period the change before it is compared with", strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(g[0]), "(")), shiftYears(main, back))
			declare(cl.fieldNotes, "period", "period/comparedSentence#2")
			continue
		case bracketed && lastQuarterRe.MatchString(before[max(0, len(before)-40):]):
			if p, ok := quarterBefore(ind.Period); ok {
				ind.Period, cl.fieldNotes["period"] = p, fmt.Sprintf("%q: the quarter before the sentence's own", strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(lastQuarterRe.FindString(before)), "(")))
				declare(cl.fieldNotes, "period", "period/comparedSentence#3")
			}
		}
		if n > 0 && main.IsStated() && ind.Period == main {
			if c := strings.LastIndex(strings.ToLower(before), "compared "); c > figs[0].at && !strings.Contains(before[c:], "(") {
				if g := clauseEarlierRe.FindStringSubmatch(after); g != nil && !strings.Contains(after[:strings.Index(after, g[1])], "compared") {
					back := yearsBack(g[1])
					ind.Period, cl.fieldNotes["period"] = shiftYears(main, back), fmt.Sprintf("%q dates the \"compared with\" clause's own figures; the sentence's opening period dates only its main clause", g[0][strings.Index(g[0], g[1]):])
					declare(cl.fieldNotes, "period", "period/comparedSentence#4")
				}
			}
		}
		if ind.Measure != indicators.Change || !ind.Period.IsStated() {
			continue
		}
		d.comparedChangeBase(cl, after)
		if g := afterEarlierRe.FindStringSubmatch(after); g != nil && isFallbackTitle(ind.Title) {
			// "…, an increase of 7.6% compared with 5 years ago": a change
			// of a list of changes of the sentence's main figure is titled
			// as the first, with its own comparison.
			for _, o := range figs[:n] {
				if oc := &out[o.i]; oc.ind.Measure == indicators.Change && !isFallbackTitle(oc.ind.Title) {
					d.retitle(cl, oc.ind.Title+" on "+strings.TrimPrefix(strings.ToLower(g[1]), "the "), fmt.Sprintf("the title of %s, the change before it of the same figure, with its own comparison", flatText(oc.ind.Stated)))
					break
				}
			}
		}
	}
}

// retitle gives cl the title t, for the reason why, and a new id.
func (d *docDraft) retitle(cl *claim, t, why string) {
	cl.ind.Title, cl.fieldNotes["title"] = t, why
	declare(cl.fieldNotes, "title", "title/retitle")
	cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "title: ") })
	cl.ind.ID = d.unique(idOf(cl.ind))
}

// comparedChangeBase gives the change cl, the text after whose figure is after, the
// base the words right after it name.
func (d *docDraft) comparedChangeBase(cl *claim, after string) {
	ind := &cl.ind
	p := ind.Period
	setBase := func(b indicators.Period, why string) {
		ind.Base = b
		cl.fieldNotes["base"] = why
		declare(cl.fieldNotes, "base", "base/comparedChangeBase")
	}
	if g := afterEarlierRe.FindStringSubmatch(after); g != nil {
		back := yearsBack(g[1])
		setBase(shiftYears(p, back), fmt.Sprintf("%q: the figure's own period, %d year(s) back", strings.TrimSpace(strings.TrimPrefix(g[0], ")")), back))
		return
	}
	if g := fromMonthsRe.FindStringSubmatch(after); g != nil && !ind.Base.IsStated() {
		m1, m2 := monthNumber(strings.ToLower(g[1])), monthNumber(strings.ToLower(g[2]))
		yr, _ := strconv.Atoi(g[3])
		if m1 != 0 && m2 > m1 && yr*12+m2 < p.From.Year*12+max(int(p.From.Month), 1) {
			setBase(indicators.Period{From: indicators.Date{Year: yr, Month: time.Month(m1)}, To: indicators.Date{Year: yr, Month: time.Month(m2)}}, fmt.Sprintf("%q after the change", strings.TrimSpace(g[0])))
		}
		return
	}
	if g := fromDateRe.FindStringSubmatch(after); g != nil && !ind.Base.IsStated() {
		day, _ := strconv.Atoi(g[1])
		yr, _ := strconv.Atoi(g[3])
		if mo := monthNumber(strings.ToLower(g[2])); mo != 0 && day >= 1 && day <= 31 && yr < p.From.Year {
			setBase(indicators.Period{From: indicators.Date{Year: yr, Month: time.Month(mo), Day: day}}, fmt.Sprintf("%q after the change", strings.TrimSpace(g[0])))
		}
		return
	}
	if ind.Base.IsStated() || !p.IsSpan() || p.From.Month != 0 || p.Fiscal {
		return
	}
	// "since 1980-1982", "between 1980-1982 and 2010-2012": a span of
	// years is a base as a single year is.
	for _, g := range sinceSpanRe.FindAllStringSubmatch(cl.ind.Provenance[0].Quote, -1) {
		y1, _ := strconv.Atoi(g[1])
		y2, _ := strconv.Atoi(g[2])
		b := indicators.Period{From: indicators.Date{Year: y1}, To: indicators.Date{Year: y2}}
		if y2 <= y1 || y2 >= p.From.Year {
			continue
		}
		if g[3] != "" {
			y3, _ := strconv.Atoi(g[3])
			y4, _ := strconv.Atoi(g[4])
			if (indicators.Period{From: indicators.Date{Year: y3}, To: indicators.Date{Year: y4}}) != p {
				continue
			}
		}
		setBase(b, fmt.Sprintf("%q: the span of years the change is counted from", g[0]))
		return
	}
}

// containsDay reports whether the day dt falls in the span p of months.
func containsDay(p indicators.Period, dt indicators.Date) bool {
	from := p.From.Year*12 + int(p.From.Month)
	to := p.To.Year*12 + int(p.To.Month)
	at := dt.Year*12 + int(dt.Month)
	return p.From.Month != 0 && p.To.Month != 0 && from <= at && at <= to
}
