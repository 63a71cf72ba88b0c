package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// A summary's key findings, each a reading set against an earlier one
// (drafts48, the kind of a health agency's yearly report on waits):
//
//	In 2014, 84% of hip fracture repairs … —a 6% increase over the past 5
//	years → 84% 2014; the 6% change 2010/2014, base 2010
//	with 98% of treatments performed within benchmark (an item with no
//	year, in a list whose earlier item opens "In 2014,") → 2014
//	79%, compared with 80% in 2010 → 80% 2010, the comparand's year; 79%
//	the list's year (2014), or the latest year of the span the release
//	reports ("between 2010 and 2014"), never 2010

// comparandYearRe is a comparison with an earlier reading and its year,
// right after the head figure: ", compared with 80% in 2010". Group 1
// holds the comparand, group 2 the year.
var comparandYearRe = lazyRegexp(`^[^.;:]{0,40}?\bcompared (?:with|to) ([^\s,;]+%?) (?:in|for|during) ((?:19|20)\d\d)\b`)

// openingYearRe is a year that opens a sentence: "In 2014, 84% of …".
var openingYearRe = lazyRegexp(`(?:^|[.!?]\s+|•\s*)In ((?:19|20)\d\d),`)

// releaseSpanEndRe is a span of years a release reports on: "between
// 2010 and 2014".
var releaseSpanEndRe = lazyRegexp(`\bbetween (?:19|20)\d\d and ((?:19|20)\d\d)\b`)

// comparandYear returns the year that dates the comparand after a head
// figure, not the head figure: "79%, compared with 80% in 2010".
func (d *docDraft) comparandYear(m Mention) (int, bool) {
	text := d.src.Text
	after := text[m.Span.End:m.Sentence.End]
	if !strings.Contains(after, "compared") {
		return 0, false
	}
	g := comparandYearRe.FindStringSubmatchIndex(after)
	if g == nil {
		return 0, false
	}
	// The comparand is a figure of its own: the next one after the head.
	if at := d.nextFigureAt(m); at != m.Span.End+g[2] {
		return 0, false
	}
	y, _ := strconv.Atoi(after[g[4]:g[5]])
	return y, true
}

// listYear returns the year that opens a sentence of an earlier item of
// the list a figure's bullet line belongs to, the nearest first, and its
// words.
func (d *docDraft) listYear(m Mention) (int, string, bool) {
	text := d.src.Text
	ls := strings.LastIndexByte(text[:m.Sentence.Start], '\n') + 1
	if !isBulletLine(text[ls:lineEnd(text, ls)]) {
		return 0, "", false
	}
	for ls > 0 {
		ps := strings.LastIndexByte(text[:ls-1], '\n') + 1
		line := text[ps : ls-1]
		ls = ps
		if strings.TrimSpace(line) == "" {
			continue
		}
		if !isBulletLine(line) {
			break
		}
		if !strings.Contains(line, "In ") {
			continue
		}
		if all := openingYearRe.FindAllStringSubmatch(line, -1); all != nil {
			g := all[len(all)-1]
			y, _ := strconv.Atoi(g[1])
			return y, strings.TrimLeft(strings.TrimSpace(g[0]), ".!?• "), true
		}
	}
	return 0, "", false
}

// releaseYear returns the latest year of a span of years the text
// before byte at reports on: "between 2010 and 2014" gives 2014.
func (d *docDraft) releaseYear(at int) (int, string, bool) {
	before := d.src.Text[:at]
	if !strings.Contains(before, "between") {
		return 0, "", false
	}
	all := releaseSpanEndRe.FindAllStringSubmatch(before, -1)
	if all == nil {
		return 0, "", false
	}
	g := all[len(all)-1]
	y, _ := strconv.Atoi(g[1])
	return y, g[0], true
}

// comparandClaim dates a head figure set against a dated comparand by the
// list's year or the span the release reports, not the comparand's year;
// an item of a list with no year of its own by the list's year; and a
// change "over the past 5 years" from a figure's year by that span.
func (d *docDraft) comparandClaim(cl *claim, m Mention) {
	ind := &cl.ind
	if p, why, inBracket, ok := d.pairedReading(m); ok && (!ind.Period.IsStated() || fromOutside(cl.fieldNotes["period"]) && !inBracket) {
		ind.Period, cl.fieldNotes["period"] = p, why
		declare(cl.fieldNotes, "period", "period/comparandClaim#1")
		return
	}
	if p, why, ok := d.bracketedReading(m); ok && ind.Period.From.Year != p.From.Year {
		ind.Period, cl.fieldNotes["period"] = p, why
		declare(cl.fieldNotes, "period", "period/comparandClaim#2")
		return
	}
	if y, ok := d.comparandYear(m); ok && (!ind.Period.IsStated() || ind.Period == indicators.YearPeriod(y)) {
		if ly, words, ok := d.listYear(m); ok && ly > y {
			ind.Period, cl.fieldNotes["period"] = indicators.YearPeriod(ly), fmt.Sprintf("%q in an earlier item of the list; \"in %d\" dates the figure it is compared with", words, y)
			declare(cl.fieldNotes, "period", "period/comparandClaim#3")
		} else if ry, words, ok := d.releaseYear(m.Sentence.Start); ok && ry > y {
			ind.Period, cl.fieldNotes["period"] = indicators.YearPeriod(ry), fmt.Sprintf("%q: the latest year the release reports; \"in %d\" dates the figure it is compared with", words, y)
			declare(cl.fieldNotes, "period", "period/comparandClaim#4")
		} else {
			ind.Period, cl.fieldNotes["period"] = indicators.NotStated, fmt.Sprintf("\"in %d\" dates the figure it is compared with, not this one; write the year of the reading", y)
			declare(cl.fieldNotes, "period", "period/comparandClaim#5")
		}
		ind.Base = indicators.Period{}
		return
	}
	if !ind.Period.IsStated() && cl.fieldNotes["period"] == "no year for this figure" {
		if ly, words, ok := d.listYear(m); ok {
			ind.Period, cl.fieldNotes["period"] = indicators.YearPeriod(ly), fmt.Sprintf("%q in an earlier item of the list, the year of its items", words)
			declare(cl.fieldNotes, "period", "period/comparandClaim#6")
		}
		return
	}
	p := ind.Period
	if ind.Measure != indicators.Change || !p.IsStated() || p.IsSpan() || p.From.Month != 0 || p.Fiscal {
		return
	}
	text := d.src.Text
	// The count of years is a figure of its own: read to the sentence's
	// end, and let the words before it be few.
	after := text[m.Span.End:m.Sentence.End]
	if !strings.Contains(after, "years") {
		return
	}
	g := pastYearsRe.FindStringSubmatchIndex(after)
	if g == nil || len(strings.Fields(after[:g[0]])) > 3 {
		return
	}
	n, _ := strconv.Atoi(after[g[2]:g[3]])
	if n < 2 {
		return
	}
	to := p.From.Year
	from := to - n + 1
	ind.Period = indicators.Period{From: indicators.Date{Year: from}, To: indicators.Date{Year: to}}
	ind.Base = indicators.YearPeriod(from)
	cl.fieldNotes["period"] = fmt.Sprintf("%q from %d: the %d years %d to %d, measured from %d", after[g[0]:g[1]], to, n, from, to, from)
	declare(cl.fieldNotes, "period", "period/comparandClaim#7")
}

// bracketedReading returns the time a figure in brackets right after a
// time is the reading of: "lower than the peak in 2017 (8.5 per
// 100,000)", "from the 2019 level (1,230)". The genre's pattern: a
// comparison names its comparand's time and gives its value in brackets
// after it; that time, a base to the figure compared, is the bracketed
// figure's own period.
func (d *docDraft) bracketedReading(m Mention) (indicators.Period, string, bool) {
	text := d.src.Text
	before := strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " ")
	if !strings.HasSuffix(before, "(") {
		return indicators.Period{}, "", false
	}
	before = strings.TrimRight(before[:len(before)-1], " ")
	if w := lastWord(before); w == "level" || w == "peak" || w == "figure" || w == "rate" || w == "total" {
		before = strings.TrimRight(before[:len(before)-len(w)], " ")
	}
	rs := yearsIn(before, m.Sentence.Start)
	if len(rs) == 0 || rs[len(rs)-1].end != m.Sentence.Start+len(before) {
		return indicators.Period{}, "", false
	}
	r := rs[len(rs)-1]
	return r.period, fmt.Sprintf("%q right before its brackets: the reading of that time", text[max(m.Sentence.Start, r.start-12):r.end]), true
}

// A sentence of figures each paired with its comparand in brackets
// writes the comparands' time once, in the first bracket that names one:
// "there were fewer operators, venues and machines compared with a year
// earlier – 365 operators (374 at 31 March 2010), 1430 venues (1470) and
// 18,484 gaming machines (19,115)". Each bracketed figure is a reading of
// that time; each figure its bracket follows is of that time a year on,
// when the sentence sets its figures against a year earlier (prevYearRe),
// else of no time this reads.

// pairedReading returns the period of figure m of such a sentence, why,
// and whether m is a bracketed reading (which takes it only when it has
// no period: a bracket's time put over a period already drafted lowered
// a dev kind's period agreement); false when m is no figure of a pair or
// no bracket names a time.
func (d *docDraft) pairedReading(m Mention) (indicators.Period, string, bool, bool) {
	text := d.src.Text
	ms := d.sentenceMentions(m)
	// paired reports whether ms[i] stands in brackets right after the
	// figure before it.
	paired := func(i int) bool {
		if i == 0 {
			return false
		}
		gap := strings.TrimSpace(text[ms[i-1].Span.End:ms[i].Span.Start])
		return gap == "(" && !strings.HasPrefix(ms[i].Text, "(")
	}
	var at indicators.Period
	var words string
	for i := range ms {
		if !paired(i) {
			continue
		}
		if p, w, ok := d.stockDate(ms[i], nil); ok && !p.IsSpan() {
			at, words = p, w // "(374 at 31 March 2010)"
			break
		}
		end := ms[i].Span.End + max(0, strings.IndexByte(text[ms[i].Span.End:m.Sentence.End], ')'))
		if rs := timeRefsIn(text[ms[i].Span.End:end], ms[i].Span.End); len(rs) > 0 && rs[0].role != yearName && rs[0].phrase.IsStated() {
			at, words = rs[0].phrase, text[rs[0].phraseStart:rs[0].end] // "(57% in 2019)"
			break
		}
	}
	if !at.IsStated() {
		return indicators.Period{}, "", false, false
	}
	for i := range ms {
		switch {
		case ms[i].Span != m.Span:
		case paired(i):
			return at, fmt.Sprintf("%q in the sentence's first bracket: the time of its bracketed readings", words), true, true
		case i+1 < len(ms) && paired(i+1) && prevYearRe.MatchString(text[m.Sentence.Start:m.Sentence.End]):
			p := at
			p.From.Year++
			if p.From.Month == time.February && p.From.Day == 29 {
				p.From.Day = 28 // a year on from a leap day
			}
			return p, fmt.Sprintf("%q in the sentence's first bracket, a year on: the sentence sets its figures against a year earlier", words), false, true
		}
	}
	return indicators.Period{}, "", false, false
}
