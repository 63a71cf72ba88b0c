package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// When, in the same genres as draftwho.go (drafts24):
//
//	Fact Sheet / Bureau of … / May 21, 2021 under a page's "April 8, 2022"
//	→ issued 2021-05-21: the document's own header block dates it, not
//	the site that reposted it
//	Published on 20 June 2024 → issued 2024-06-20
//	Since 2010, … more than $3 billion (a total) → 2010/<issued year>
//	This included $50 million … → the period and parties of the last
//	figure of the sentence before, which it breaks down
//	…, including 40 members in FY 2020 → its own year, the parties of the
//	figure it is part of
//	At its meeting ending on 3 May 2023, … → the month of the decision,
//	for the figures of its paragraph from there on
//	€2 million announced … at the end of March 2024) → a month in an
//	item's own part of its parentheses; another item's month is not its
//	averaged over the past 30 years → the 30 years before the
//	document's year, whose first year an outlook's title gives ("2025
//	to 2035") when no date line does

// docKindLines open a document's own header block: the kind of document,
// above its office and its date.
var docKindLines = lazyRegexp(`(?i)^(?:fact sheet|press release|media release|news release|media note|statement|readout|joint statement)$`)

// issuedOf returns the date a document was issued: its dateline (or a
// release's date line lower down, when no line near the top is one), unless a
// header block of its own lower down (a line naming the kind of document,
// then its office, then a date) dates it: a reposting site's date line
// under the title is not the document's.
func issuedOf(text string) indicators.Date {
	first := datelineOf(text)
	if first.IsZero() {
		// "EMBARGOED UNTIL 8:30 A.M. (Eastern) Thursday, April 30, 2020".
		first, _ = embargoDate(text)
	}
	if first.IsZero() {
		// "Posted On: 07 JAN 2025 8:23PM by PIB Delhi" below a release's
		// highlights: its date line, wherever it stands.
		for l := range strings.Lines(text) {
			if d, ok := releaseDate(l); ok {
				if dt := datelineOf(d); !dt.IsZero() {
					return dt
				}
			}
		}
	}
	if first.IsZero() {
		// "Released at 11:30 AM (CANBERRA TIME) 06/02/2013": day first.
		first, _ = dayFirstReleaseDate(text)
	}
	if first.IsZero() {
		// "20. Juni 2017" on its own line: a month in another language.
		lines := strings.SplitN(text, "\n", 16)
		for _, l := range lines[:min(15, len(lines))] {
			if dt, ok := foreignDateLine(l); ok {
				first = dt
				break
			}
		}
	}
	if first.IsZero() {
		// "(Geneva, 21 June 2017): A record …": a dateline that opens
		// the lead's paragraph, perhaps below summary bullets.
		first, _ = inlineDateline(text)
	}
	lines := strings.SplitN(text, "\n", 16)
	block := false
	for _, l := range lines[:min(15, len(lines))] {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case docKindLines.MatchString(t):
			block = true
		case block && officeLines.MatchString(t):
		case block && isDateLine(t):
			if d := datelineOf(t); !d.IsZero() {
				return d
			}
			return first
		default:
			block = false
		}
	}
	return first
}

// whenClaim dates a figure by the rules of this file, where the rules of
// its sentence found no period or a wrong one, then by its quarter. The
// cascade itself is draft.go's period: the time the figure's own clause
// attaches to it, then its sentence, paragraph, heading and document. The
// readers called here are not that cascade: each reads a time expression
// it does not parse (a quarter or a span of months, a year ending in a
// month, a week, a running total "so far", a rate at a year's end) or a
// relation between figures (fromToClaim: "from X in A to Y in B"); a
// reader that changed no draft of the 83 dev documents was deleted
// (period21).
func (d *docDraft) whenClaim(cl *claim, m Mention, cs, ce int) {
	d.whenRules(cl, m, cs, ce)
	if p, why, ok := d.yearEndMonth(m, cs); ok && (!cl.ind.Period.IsStated() || cl.ind.Period == indicators.YearPeriod(p.From.Year)) {
		cl.ind.Period, cl.fieldNotes["period"] = p, why
		declare(cl.fieldNotes, "period", "period/whenClaim#1")
	}
	d.monthSpanClaim(cl, m)
	d.quarterClaim(cl, m)
	d.latestQuarterClaim(cl, m)
	d.betweenLeadClaim(cl, m)
	d.endingClaim(cl, m, cs, ce)
	d.yearendClaim(cl, m)
	if ind := &cl.ind; ind.Measure == indicators.Change && !ind.Period.IsStated() && ind.Base.IsSpan() && !ind.Base.Fiscal && ind.Base.From.Month == 0 {
		// "decreased 12% from 2018 to 2022": a change is dated by its end,
		// measured from its start.
		from, to := ind.Base.From.Year, ind.Base.To.Year
		ind.Period, ind.Base = indicators.YearPeriod(to), indicators.YearPeriod(from)
		cl.fieldNotes["period"] = fmt.Sprintf("\"from %d to %d\": a change is dated by its end, with base %d", from, to, from)
		declare(cl.fieldNotes, "period", "period/whenClaim#2")
	}
	d.spanClaim(cl, m, cs, ce)
	d.releaseMonthClaim(cl, m)
	d.stockClaim(cl, m)
	d.upToClaim(cl, m)
	d.priceRateClaim(cl, m)
	d.quarterBaseClaim(cl, m)
	d.leadInClaim(cl, m)
	d.toDateClaim(cl, m)
	d.monthEndClaim(cl, m)
	d.reachedBaseClaim(cl, m)
	d.comparandClaim(cl, m)
	d.weekClaim(cl, m)
	d.editionClaim(cl)
	d.clauseYearClaim(cl, m)
	d.monthlyClaim(cl, m)
	d.releaseSpanClaim(cl, m, cs, ce)
	d.fromToClaim(cl, m)
	if trendPers[cl.ind.Unit.Per] && cl.ind.Period.IsYear() {
		if p, why, ok := d.sinceSpan(m, ce, &cl.ind); ok {
			cl.ind.Period, cl.fieldNotes["period"] = p, why // a trend, once its year is known
			declare(cl.fieldNotes, "period", "period/whenClaim#3")
		}
	}
}

// whenRules dates a figure by the rules of this file.
func (d *docDraft) whenRules(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	set := func(p indicators.Period, why string) {
		ind.Period, cl.fieldNotes["period"] = p, why
		declare(cl.fieldNotes, "period", "period/whenRules")
	}
	if _, taker, _, ok := d.donorItem(m); ok && taker != "" {
		p, why := d.ownSegmentDate(m)
		set(p, why)
		return
	}
	if prev, own, ok := d.includedIn(m); ok {
		pcs, pce := clauseOf(d.src.Text, prev)
		pcl := d.parties(prev, pcs, pce)
		p, _, why, _ := d.period(prev, pcs, pce)
		if !ind.Period.IsStated() && p.IsStated() {
			set(p, why+", for "+strings.Join(strings.Fields(prev.Text), " ")+", which this sentence breaks down")
		}
		if len(pcl.ind.Entities) > 0 && len(countries(d.placesAt(d.src.Text, m.Sentence.Start, own, d.nextFigureAt(m)))) == 0 {
			ind.Entities, ind.Counterpart = pcl.ind.Entities, pcl.ind.Counterpart
			why := "the parties of " + strings.Join(strings.Fields(prev.Text), " ") + ", which this figure is part of"
			delete(cl.fieldNotes, "entities")
			delete(cl.fieldNotes, "counterpart")
			if ind.Counterpart != "" {
				cl.fieldNotes["counterpart"] = why
				declare(cl.fieldNotes, "counterpart", "counterpart/whenRules")
			} else {
				cl.fieldNotes["entities"] = why
				declare(cl.fieldNotes, "entities", "entities/whenRules")
			}
			cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "entities: ") })
		}
	}
	if p, why, ok := d.pastYears(m); ok {
		set(p, why)
		return
	}
	why := cl.fieldNotes["period"]
	if ind.Period.IsStated() && !strings.Contains(why, "for the whole document") && !strings.Contains(why, "in the heading") {
		return
	}
	if y, evidence := d.currentYear(); y != 0 && hasPhrase(strings.ToLower(d.src.Text[m.Span.End:d.nextFigureAt(m)]), "this year") {
		set(indicators.YearPeriod(y), fmt.Sprintf("\"this year\": %d, %s", y, evidence))
		return
	}
	if ind.Period.IsStated() {
		return
	}
	if p, why, ok := d.sinceSpan(m, ce, ind); ok {
		set(p, why)
		return
	}
	if p, why, ok := d.meetingDay(m); ok {
		set(p, why)
	}
}

// nextFigureAt returns where the figure after m in its sentence starts,
// or the sentence's end.
func (d *docDraft) nextFigureAt(m Mention) int {
	end := m.Sentence.End
	for _, o := range d.mentionsFrom(m.Span.End, end) {
		if o.Sentence == m.Sentence && o.Span.Start >= m.Span.End && o.Span.Start < end {
			end = o.Span.Start
			if d.indexed {
				break // in text order: the first is the nearest
			}
		}
	}
	return end
}

// parties returns a claim holding the parties a figure is drafted with:
// its sentence's, then the rules of draftwho.go.
func (d *docDraft) parties(m Mention, cs, ce int) claim {
	cl := claim{fieldNotes: map[string]string{}}
	cl.ind.Unit = m.Unit
	cl.ind.Entities, cl.ind.Counterpart, _, _ = d.entities(m, cs, ce, indicators.Flow)
	d.whoClaim(&cl, m, cs, ce)
	return cl
}

// partOpens are the words that open a breakdown of the figure before:
// "This included", "These include", "The total comprised". includedRe,
// includesRE (draftrelease_counts.go) and includesOpenRE
// (draftviews_parts.go) read them; match them with (?i).
const partOpens = `(?:this|these|that|those|it|the\s+total|the\s+amount)\s+(?:included|includes|include|comprised|comprises|consisted\s+of|consists\s+of)\b`

// includedRe opens a sentence that breaks down the figure before it:
// "This included", "These include".
var includedRe = lazyRegexp(`(?i)^` + partOpens)

// includedIn returns the figure a figure is part of, and where the
// figure's own words start: the last figure of the sentence before, for a
// sentence that opens "This included …", or the figure before it in its
// sentence, for one after ", including".
func (d *docDraft) includedIn(m Mention) (Mention, int, bool) {
	text := d.src.Text
	if includedRe.MatchString(strings.TrimSpace(text[m.Sentence.Start:m.Span.Start])) {
		prev, ok := d.mentionBeforeSentence(m)
		return prev, m.Sentence.Start, ok
	}
	before := strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " ")
	if !strings.HasSuffix(before, ", including") {
		return Mention{}, 0, false
	}
	prev, found := d.lastBeforeIn(m, func(o Mention) bool { return o.Unit.Kind == m.Unit.Kind })
	return prev, m.Sentence.Start + len(before) - len("including"), found
}

// sinceRe is a total's or a trend's start: "since 2006", "Since 1895,"
// (a record of the weather or of prices may start in the 1800s).
var sinceRe = lazyRegexp(`\b[Ss]ince ((?:1[89]|20)\d\d)\b`)

// recordYearsRe is the length of a trend's record before it: "Over the
// 118-year period of record,".
var recordYearsRe = lazyRegexp(`(?i)\b(?:over|across|during|in) the (\d{1,3})-year (?:period|record)\b`)

// trendPers are the times a trend's rate is per: "0.13°F per decade".
var trendPers = map[string]bool{"decade": true, "century": true, "year": true}

// sinceSpan returns the years a figure is counted or measured over from
// the start its own words name: a total when its period is not stated
// (whenRules), a trend once its year is (whenClaim). The genre's pattern: a total counted since a year ("Since 2006, … more
// than $2.5 billion", "trained … since 1970") with no period of its own
// runs from that year to the year the document was issued; a trend, a
// rate of change per decade or year over a long record, runs from its
// start to the year its paragraph reports — "Since 1895, … an increase
// of about 0.13°F per decade" in a paragraph of 2012 is 1895/2012, as is
// "Over the 118-year period of record, … about 0.16 inch per decade". The
// since must be in the figure's own part of its clause, before the next
// figure.
func (d *docDraft) sinceSpan(m Mention, ce int, ind *indicators.Indicator) (indicators.Period, string, bool) {
	trend := trendPers[ind.Unit.Per] && ind.Period.IsYear() // IsYear: no fiscal year
	end := ind.Period.From.Year
	switch {
	case trend:
	case ind.Period.IsStated() || m.Quantity.Direction != indicators.NoDirection || ind.Measure == indicators.Change || d.dateline.IsZero():
		return indicators.Period{}, "", false
	default:
		end = d.dateline.Year // the date the document speaks from, even a revision's
	}
	text := d.src.Text
	lo, hi := m.Sentence.Start, ce
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Sentence != m.Sentence || o.Span == m.Span {
			continue
		}
		if o.Span.End <= m.Span.Start {
			lo = max(lo, o.Span.End)
		} else if o.Span.Start < hi {
			hi = o.Span.Start
		}
	}
	if g := sinceRe.FindStringSubmatchIndex(text[lo:hi]); g != nil {
		y, _ := strconv.Atoi(text[lo+g[2] : lo+g[3]])
		if y >= end {
			return indicators.Period{}, "", false
		}
		p := indicators.Period{From: indicators.Date{Year: y}, To: indicators.Date{Year: end}}
		if trend {
			return p, fmt.Sprintf("%q: a trend since then, to %d, the year its figure reports", text[lo+g[0]:lo+g[1]], end), true
		}
		return p, fmt.Sprintf("%q: a total since then, to %d, the year the document was issued (%s)", text[lo+g[0]:lo+g[1]], end, d.dateline), true
	}
	if g := recordYearsRe.FindStringSubmatch(text[lo:hi]); g != nil && trend {
		if n, _ := strconv.Atoi(g[1]); n > 1 {
			p := indicators.Period{From: indicators.Date{Year: end - n + 1}, To: indicators.Date{Year: end}}
			return p, fmt.Sprintf("%q: a trend over the record's %d years to %d, the year its figure reports", g[0], n, end), true
		}
	}
	return indicators.Period{}, "", false
}

// meetingRe dates a decision by the meeting that took it: "At its meeting
// ending on 19 June 2024", "At its meeting on 3 May".
var meetingRe = lazyRegexp(`\b[Mm]eeting (?:ending |ended |held |concluded )?on (?:\w+day,? )?(\d{1,2} ` + monthNameRe + ` (?:19|20)\d\d|` + monthNameRe + ` \d{1,2},? (?:19|20)\d\d)`)

// meetingDay returns the day of the meeting a decision was taken at, for
// a figure of the meeting's sentence or a later one of its paragraph on
// the same line: the decision's own figures, the vote and the rate set
// ("At its meeting ending on 31 July 2024, the MPC voted by a majority of
// 5–4 to reduce Bank Rate … Four members preferred …"). A figure of a
// later line (a paragraph of its own in a page's text) reports the
// economy the decision weighed, of its own time or none (when45).
func (d *docDraft) meetingDay(m Mention) (indicators.Period, string, bool) {
	text := d.src.Text
	ps := max(paragraphStart(text, m.Sentence.Start), strings.LastIndexByte(text[:m.Sentence.Start], '\n')+1)
	g := meetingRe.FindAllStringSubmatchIndex(text[ps:m.Span.Start], -1)
	if g == nil {
		return indicators.Period{}, "", false
	}
	last := g[len(g)-1]
	f := strings.Fields(strings.ReplaceAll(text[ps+last[2]:ps+last[3]], ",", ""))
	if isMonth(f[1]) {
		f[0], f[1] = f[1], f[0]
	}
	y, err := strconv.Atoi(f[2])
	day, err2 := strconv.Atoi(f[1])
	if err != nil || err2 != nil {
		return indicators.Period{}, "", false
	}
	p := indicators.Period{From: indicators.Date{Year: y, Month: time.Month(monthNumber(f[0])), Day: day}}
	return p, fmt.Sprintf("%q: %s", text[ps+last[0]:ps+last[1]], meetingDayNote), true
}

// meetingDayNote ends the note of a figure meetingDay dates: countsAtADay
// reads it, a count of a decision's day being of what was done at the
// meeting (the members voting), no holding.
const meetingDayNote = "the day of the meeting whose decision the line reports"

// monthYearAtRe is a month and year: "January 2024".
var monthYearAtRe = lazyRegexp(`\b` + monthNameRe + ` ((?:19|20)\d\d)\b`)

// ownSegmentDate returns the period an item's own part of its
// parentheses gives, from the figure to the next figure, semicolon or
// closing parenthesis: "€45.3 million announced … at the end of January
// 2024" (2024-01); not stated when it names none, whatever another item
// names.
func (d *docDraft) ownSegmentDate(m Mention) (indicators.Period, string) {
	text := d.src.Text
	end := m.Sentence.End
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Span.Start >= m.Span.End && o.Span.Start < end {
			end = o.Span.Start
		}
	}
	seg := text[m.Span.End:end]
	if i := strings.IndexAny(seg, ";)"); i >= 0 {
		seg = seg[:i]
	}
	if g := monthYearAtRe.FindStringSubmatch(seg); g != nil {
		y, _ := strconv.Atoi(g[2])
		return indicators.Period{From: indicators.Date{Year: y, Month: time.Month(monthNumber(g[1]))}}, fmt.Sprintf("%q in the item's own words", g[0])
	}
	for _, r := range yearsIn(seg, 0) {
		if r.role == yearPeriod {
			return r.period, fmt.Sprintf("%q in the item's own words", seg[r.start:r.end])
		}
	}
	return indicators.NotStated, "an item of a list: no date in its own words (a date in another item's parentheses is not its)"
}

// pastYearsRe is an average or total over the years before now:
// "averaged over the past 50 years", "over the last 20 years".
var pastYearsRe = lazyRegexp(`\bover the (?:past|last) (\d{1,3}) years\b`)

// pastYears returns the span of "over the past N years" in a figure's
// own words after it, before the next figure, ending the year before the
// document's year.
func (d *docDraft) pastYears(m Mention) (indicators.Period, string, bool) {
	text := d.src.Text
	g := pastYearsRe.FindStringSubmatchIndex(text[m.Span.End:m.Sentence.End])
	if g == nil || m.Span.End+g[0] > d.nextFigureAt(m) {
		return indicators.Period{}, "", false
	}
	y, evidence := d.currentYear()
	n, _ := strconv.Atoi(text[m.Span.End+g[2] : m.Span.End+g[3]])
	if y == 0 || n == 0 {
		return indicators.Period{}, "", false
	}
	p := indicators.Period{From: indicators.Date{Year: y - n}, To: indicators.Date{Year: y - 1}}
	return p, fmt.Sprintf("%q: the %d years before %d, %s", text[m.Span.End+g[0]:m.Span.End+g[1]], n, y, evidence), true
}

// outlookTitleRe is an outlook's title over a span of years: "The Budget
// and Economic Outlook: 2025 to 2035".
var outlookTitleRe = lazyRegexp(`(?i)\b(?:outlook|projections?|forecasts?)\b[^\n]*?\b((?:19|20)\d\d) (?:to|through|–|-) (?:19|20)\d\d\b`)

// currentYear returns the year a document speaks from, and why: its
// issued date's, else the first year of an outlook's title, which
// projects from the current year on; 0 when neither says.
func (d *docDraft) currentYear() (int, string) {
	if !d.dateline.IsZero() {
		return d.dateline.Year, "the year the document was issued"
	}
	title := d.source.Title
	if g := outlookTitleRe.FindStringSubmatch(title); g != nil {
		y, _ := strconv.Atoi(g[1])
		return y, fmt.Sprintf("the first year of the outlook %q", title)
	}
	return 0, ""
}
