package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// Reference periods that end in a month, and what carries them
// (drafts34), in statistics releases, inventories and fact sheets:
//
//	In the year ended September 2005, … increased by 238,800 → the twelve
//	months ending that month, 2004-10/2005-09 ("the year to June 2019",
//	"the year ending …", "the 12 months to 30 June 2019" alike)
//	for the June quarter 2019 → 2019-Q2: the quarter ending that month
//	(Australian and New Zealand usage)
//	… over this period / During this period / the same period → the last
//	period stated before it
//	(a later figure naming no period) → the last period stated before it,
//	until another year is named
//	since the year ended September 1997, the highest since …, lowest
//	levels in 29 years → points of comparison: never the figure's
//	period, and they do not stop the one carried
//	0.8 per cent below emissions in 2000 → base 2000, with the clause's
//	period ("lower than", "above", "compared with", "since" alike)
//	up 3.8% between 2011 (pre-FTA) and 2013, up 3.1 percent – from $34.4
//	billion in 2011 to $35.4 billion in 2013 → period 2013, base 2011
//	up 27.1 percent to $5.1 billion → the level reached shares the
//	change's period
//	(a paragraph whose lead compares 2011 with 2013) → its later changes
//	and levels reached are 2013 on 2011 until another year is named

// An endingAt is a reference period written in a text: a year ending in a
// month, a quarter named by its last month, or a month a one-month change
// ends in.
type endingAt struct {
	start, end int
	period     indicators.Period
	words      string
	compared   bool // a point of comparison ("since the year ended …")
	// month is the month a twelve-month period ends in ("the year to
	// December 2019" → 2019-12), zero for a quarter or a financial year:
	// the time of a level or a rate the period ends at (periodOf).
	month indicators.Period
}

// endingMonths dates by the month its period ends in each figure of out
// that a year ending in a month dates (endingClaim) and that is no flow
// (endingAt.periodOf), once every rule has said what the figure is.
func (d *docDraft) endingMonths(out []claim) {
	for _, e := range d.endingsOf() {
		if !e.month.IsStated() {
			continue
		}
		q := strconv.Quote(e.words)
		for i := range out {
			cl := &out[i]
			if cl.skip != "" || cl.ind.Period != e.period || !strings.Contains(cl.fieldNotes["period"], q) {
				continue
			}
			if len(cl.ind.Provenance) == 0 {
				continue
			}
			carried := strings.Contains(cl.fieldNotes["period"], "the last period stated before it")
			if p := e.periodOf(&cl.ind, cl.ind.Provenance[0].Quote, carried); p != cl.ind.Period {
				cl.ind.Period = p
				what := cl.ind.Measure.String()
				if cl.ind.Measure == indicators.CountKind {
					what = "stock, people or things held at a date"
				}
				if cl.ind.Measure == indicators.Change && stockChange(&cl.ind, cl.ind.Provenance[0].Quote) {
					what = "change of a stock"
					if !cl.ind.Base.IsStated() {
						cl.ind.Base = indicators.Period{From: indicators.Date{Year: p.From.Year - 1, Month: p.From.Month}}
						cl.fieldNotes["base"] = fmt.Sprintf("%q: a change over the twelve months, from the month a year before", e.words)
						declare(cl.fieldNotes, "base", "base/endingMonths")
					}
				}
				cl.fieldNotes["period"] += fmt.Sprintf(": the %s the twelve months end in, for a %s", p, what)
				declare(cl.fieldNotes, "period", "period/endingMonths")
			}
		}
	}
}

// periodOf returns the time that e gives a figure ind of sentence sent.
// The genre's pattern: a year ending in a month is the period of what
// flows over it (journeys, passengers, net migration, a count of
// migrants, and their changes: "passenger numbers rose by 5% compared to
// the year ending September 2018"); a level, or the change or share of a
// price, an index, inflation or a rate over those twelve months, is of
// the month they end in — "house prices increased by 2.2% over the year to December
// 2019", "CPIH rose by 0.7% in the 12 months to February 2021", "the
// average price … was £252,000" under it are of 2019-12 and 2021-02. A
// stock is at a date, so a stock and the change of a stock over those
// twelve months are of the month too: "In the year to August 2022: …
// fell by 6.2% to 1.7 million claimants" is 2022-08 (its change on
// 2021-08), as "the number of prisoners rose by 3% in the year to June
// 2023" and "employees … in the 12 months to March 2024" are.
//
// A figure whose period was carried from another sentence (carried), which
// may have counted a flow ("approved 14,700 new dwellings … the rest
// (12,800 dwellings)"), keeps the span unless it is a level.
func (e endingAt) periodOf(ind *indicators.Indicator, sent string, carried bool) indicators.Period {
	if !e.month.IsStated() {
		return e.period
	}
	switch ind.Measure {
	case indicators.Level:
		if ind.Unit.Kind == indicators.Count && durationMonths[ind.Unit.Name] > 0 {
			return e.period // "8.1 days lost per person in the year ending March": a span of time averaged over the twelve months
		}
		if ind.Unit.Kind == indicators.Times {
			return e.period // "almost four times more than in the quarter ending June 2024": a multiple of what flowed over the span
		}
		return e.month
	case indicators.Stock:
		if !carried {
			return e.month
		}
	case indicators.CountKind:
		// a count countsByWhatTheyCount will make a stock, later
		if k, _, ok := nounMeasure(ind.Unit.Name); ok && k == indicators.Stock && heldInQuote(ind) && !carried {
			return e.month
		}
	case indicators.Change, indicators.Share:
		if ind.Measure == indicators.Change && !carried && stockChange(ind, sent) {
			return e.month
		}
		// A change of a rate is read at the month, as a price's is; a share
		// a sentence calls a rate ("the volunteer rate … 25.4 percent for
		// the year ending in September 2013") is of the people of the whole
		// twelve months (when45).
		if s := strings.ToLower(sent); priceCue(s) || hasPhrase(s, "inflation") || hasPhrase(s, "index") || ind.Measure == indicators.Change && hasPhrase(s, "rate") {
			return e.month
		}
	}
	return e.period
}

var (
	// yearEndingRe is a span named by its last month: "the year ended
	// September 2005", "the year to June 2019", "the 12 months to 30
	// June 2019", "the financial year ending (FYE) March 2023", "in FYE
	// March 2023", "the quarter ending 31 March 2025".
	yearEndingRe = lazyRegexp(`(?i)\b(?:(?:` + endingSpanRe + `) ` + endingWordRe + `(?: \(FYE\))?|FYE)(?: the)? (?:\d{1,2} )?` + monthNameRe + `(?: \d{1,2})?,? (?:((?:19|20)\d\d)(?:[1-9]\d?)?|(this year)\d?)\b`)
	// endingDayRe closes the words before an ending's month on its day:
	// "the year ending 31 ", "the year to 30th ".
	endingDayRe = lazyRegexp(`\d{1,2}(?:st|nd|rd|th)? $`)
	// monthStepRe is a change from one month to the next, dated by the
	// later: "between November 2019 and December 2019", "between January
	// and February 2020".
	monthStepRe = lazyRegexp(`\b[Bb]etween ` + monthNameRe + `(?: ((?:19|20)\d\d))? and ` + monthNameRe + `,? ((?:19|20)\d\d)\b`)
	// monthQuarterRe is a quarter named by its last month, the year after
	// "quarter" or before it: "the June quarter 2019", "the September
	// quarter of 2019", "the June 2023 quarter".
	monthQuarterRe = lazyRegexp(`\b(March|June|September|December) (?:quarter,?(?: of)? ((?:19|20)\d\d)|((?:19|20)\d\d) quarter)\b`)
	// comparedBeforeRe closes the words before a point of comparison:
	// "since the", "peak in the", "compared with", "lower than", "above
	// the revised".
	comparedBeforeRe = lazyRegexp(`(?i)\b(?:since|from|than(?: in)?|compared (?:with|to)|relative to|peak in|below|above|highest|lowest)(?: the)?(?: revised)? $`)
	// backPeriodRe points back to the last period stated: "over this
	// period", "During this period", "the same period", "Over this time".
	backPeriodRe = lazyRegexp(`(?i)\b(?:(?:this|that|the same)(?: (?:12|twelve|3|three)[- ]month)? period|(?:over|during|in) (?:this|that) time)\b`)
	// betweenYearsRe compares two years after a change: "between 2011
	// (pre-FTA) and 2013".
	betweenYearsRe = lazyRegexp(`(?i)^\s*between ((?:19|20)\d\d)(?: \([^()0-9]{0,20}\))? and ((?:19|20)\d\d)\b`)
	// fromToYearsRe compares two years after a change: "– from $34.4
	// billion in 2011 to $35.4 billion in 2013", "from 2011 to 2013".
	fromToYearsRe = lazyRegexp(`(?i)^[\s,–—-]{0,4}from (?:[^;]{0,30}?\bin )?((?:19|20)\d\d) to (?:[^;]{0,30}?\bin )?((?:19|20)\d\d)\b`)
	// leadComparisonRe is a sentence that compares two years.
	leadComparisonRe = lazyRegexp(`(?i)\b(?:between ((?:19|20)\d\d)(?: \([^()0-9]{0,20}\))? and ((?:19|20)\d\d)|from (?:[^;]{0,30}?\bin )?((?:19|20)\d\d) to (?:[^;]{0,30}?\bin )?((?:19|20)\d\d))\b`)
)

// endingsOf returns the reference periods ending in a month that the
// whole text names, in text order, read once.
func (d *docDraft) endingsOf() []endingAt {
	if d.endings != nil {
		return *d.endings
	}
	this := d.source.Issued.Year
	for _, dt := range []indicators.Date{d.dateline, d.addrDate} {
		if this == 0 {
			this = dt.Year
		}
	}
	out := endingsInYear(d.src.Text, this)
	d.endings = &out
	return out
}

// endingsIn returns the reference periods ending in a month that text
// names, in text order.
func endingsIn(text string) []endingAt { return endingsInYear(text, 0) }

// endingsInYear returns the reference periods ending in a month that text
// names, in text order, "this year" read as thisYear (the year the
// document was issued in; none where it is 0).
func endingsInYear(text string, thisYear int) []endingAt {
	var out []endingAt
	add := func(g []int, p, month indicators.Period) {
		before := text[max(0, g[0]-40):g[0]]
		compared := comparedBeforeRe.MatchString(before) || comparedTimeAt(text, g[0], g[1])
		out = append(out, endingAt{g[0], g[1], p, text[g[0]:g[1]], compared, month})
	}
	for _, g := range yearEndingRe.FindAllStringSubmatchIndex(text, -1) {
		mo := time.Month(monthNumber(text[g[2]:g[3]]))
		ys := g[4] // where its year starts
		y, _ := strconv.Atoi(text[max(0, ys):max(0, g[5])])
		if ys < 0 {
			// "in the 12 months to June this year": the year the
			// document was issued in, where it gives one.
			if thisYear == 0 {
				continue
			}
			ys, y = g[6], thisYear
		}
		p, month := yearEndingIn(text[g[0]:g[2]], y, mo), indicators.Period{}
		// "the year ending 31 March 2023": twelve months closed on a
		// month's last day are an accounting year, of no month; a quarter
		// is read as the release words it ("850,000 children covered in
		// the quarter to September 2024" is of 2024-Q3), a stock in it too.
		day := endingDayRe.MatchString(text[g[0]:g[2]]) || strings.Trim(text[g[3]:ys], " ,") != "" // "March 31, 2023"
		quarter := strings.Contains(strings.ToLower(text[g[0]:g[2]]), "quarter")
		// A rolling window of another length than a year ("the 24 months
		// to June 2018" of health and survey releases) counts what
		// happened over it ("adults who saw a dentist"): never its month.
		window := windowMonths(p) != 12 && monthsCount(strings.ToLower(text[g[0]:g[2]])) > 0
		if !p.Split && !p.Fiscal && !day && !quarter && !isQuarter(p) && !window {
			month = indicators.Period{From: indicators.Date{Year: y, Month: mo}}
		}
		if n, at := yearsTo(text[max(0, g[0]-40):g[0]]); n > 1 && !p.Split && !p.Fiscal {
			// "over the three-year period to the year ending March 2023":
			// the years up to that one, 2020-04/2023-03, never read at
			// its last month.
			g = append([]int{g[0] - at}, g[1:]...)
			if p.IsSpan() {
				p.From.Year -= n - 1
			} else {
				p = indicators.Period{From: indicators.Date{Year: y - n + 1}, To: indicators.Date{Year: y}}
			}
			month = indicators.Period{}
		}
		add(g, p, month)
	}
	for _, g := range monthStepsIn(text) {
		m1, m2 := monthNumber(text[g[2]:g[3]]), monthNumber(text[g[6]:g[7]])
		y2, _ := strconv.Atoi(text[g[8]:g[9]])
		y1 := y2
		if g[4] >= 0 {
			y1, _ = strconv.Atoi(text[g[4]:g[5]])
		}
		if y1*12+m1+1 != y2*12+m2 {
			continue // "between April and June 2021": a span of months, not one month's change
		}
		add(g, indicators.Period{From: indicators.Date{Year: y2, Month: time.Month(m2)}}, indicators.Period{})
	}
	for _, g := range monthQuarterRe.FindAllStringSubmatchIndex(text, -1) {
		mo := monthNumber(text[g[2]:g[3]])
		y, _ := strconv.Atoi(text[max(g[4], g[6]):max(g[5], g[7])]) // one of the two year groups matched
		add(g, indicators.QuarterPeriod(y, mo/3), indicators.Period{})
	}
	for i := 1; i < len(out); i++ { // a few; insertion sort keeps text order
		for j := i; j > 0 && out[j].start < out[j-1].start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// yearsToRe closes the words before a year ending in a month that make
// it the last of several: "over the three-year period to the", "in the
// 3 years to".
var yearsToRe = lazyRegexp(`(?i)\b(\d|` + smallNumberAlt() + `)[- ]years?(?: period)? (?:to|ending|ended)(?: the)? $`)

// yearsTo returns how many years a span ending where words end runs
// ("three-year period to the " 3), and how far back from their end its
// words start; 0 when words name none.
func yearsTo(words string) (int, int) {
	g := yearsToRe.FindStringSubmatchIndex(words)
	if g == nil {
		return 0, 0
	}
	w := strings.ToLower(words[g[2]:g[3]])
	n, err := strconv.Atoi(w)
	if err != nil {
		n, _ = smallNumber(w)
	}
	return n, len(words) - g[0]
}

// endingSpanRe names a span that a release names by the month it ends
// in (yearEndingRe, phraseEndingRe): a year, twelve months or a quarter,
// perhaps a financial or fiscal one, or any other count of months
// written in digits or as six, nine, eighteen or twenty-four ("the 24
// months to June 2018", as rolling windows of health and survey releases
// are named). "The three months to June 2031" of a monthly release is
// threeMonthsToRe's.
const endingSpanRe = `(?:financial |fiscal )?(?:year|quarter|12 months|twelve months|(?:12|twelve)[- ]month period)|(?:\d{1,2}|six|nine|eighteen|twenty-four) months`

// endingWordRe is the word that joins a span to the month it ends in:
// "ended", "ending", "ending in" ("the year ending in September 2013"),
// "to", "up to".
const endingWordRe = `(?:(?:ended|ending)(?:\s+in)?|up to|to)`

// yearEndingIn returns the year ending in month mo of year y that words
// (the words before the month) name, as the document's people write it:
// a financial year ending in March 2023 ("the financial year ending
// March 2023", "FYE March 2023") is the year across two, 2022/23, as UK
// and Australian statistics write it; a fiscal year ending in September
// 2023 the fiscal year its government names by its end, FY2023; any
// other year ending in a month the twelve months to it (twelveMonthsTo).
// A quarter ending in a month is the three months to it: "the quarter
// ending 31 March 2025" is 2025-Q1, "the quarter to April 2024"
// 2024-02/2024-04.
func yearEndingIn(words string, y int, mo time.Month) indicators.Period {
	w := strings.ToLower(words)
	if n := monthsCount(w); n > 0 && n != 12 {
		// "the 24 months to June 2018": the n months that end in June
		return indicators.MonthsTo(indicators.Date{Year: y, Month: mo}, n)
	}
	if strings.Contains(w, "quarter") {
		if mo%3 == 0 {
			return indicators.QuarterPeriod(y, int(mo)/3)
		}
		return indicators.MonthsTo(indicators.Date{Year: y, Month: mo}, 3)
	}
	switch {
	case mo == time.December:
		return indicators.YearPeriod(y)
	case strings.HasPrefix(w, "fiscal"):
		return indicators.FiscalYear(y)
	case strings.HasPrefix(w, "financial") || strings.Contains(w, "fye"):
		return indicators.SplitYear(y - 1)
	}
	return twelveMonthsTo(y, mo)
}

// twelveMonthsTo returns the twelve months ending in month mo of year y:
// the year to June 2019 is 2018-07/2019-06, the year to December 2019 the
// calendar year 2019.
func twelveMonthsTo(y int, mo time.Month) indicators.Period {
	if mo == time.December {
		return indicators.YearPeriod(y)
	}
	return indicators.MonthsTo(indicators.Date{Year: y, Month: mo}, 12)
}

// endingClaim dates a figure by a reference period ending in a month:
// its sentence's own, the one "this period" points back to, or the last
// one stated before it; a year the figure is compared with becomes its
// base. Then a change compared across two years, and the paragraph that
// goes on from one, are dated by the later year.
func (d *docDraft) endingClaim(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	text := d.src.Text
	own := text[m.Span.End:d.nextFigureAt(m)]
	if d.twoYearChange(cl, m, own) {
		return
	}
	if ind.Period.IsStated() && !d.endingFits(ind.Period, m) && !fromOutside(cl.fieldNotes["period"]) || strings.Contains(cl.fieldNotes["period"], "the quarter before") {
		// a period from outside the sentence ("of 2022" earlier in the
		// paragraph) yields to the sentence's own
		return // "the previous quarter’s decline of 0.5 per cent" (quarterClaim)
	}
	es := d.endingsOf()
	// The figure's own phrase: "up from 7.9 days in the year ending 31
	// March 2022" is of that year, whatever the sentence's first.
	for _, e := range es {
		if e.start < m.Span.End || e.end > m.Sentence.End {
			continue
		}
		w := strings.Fields(strings.ToLower(withoutParens(text[m.Span.End:e.start])))
		if len(w) > 0 && w[len(w)-1] == "the" {
			w = w[:len(w)-1]
		}
		if len(w) > 0 && len(w) <= 3 && slices.Contains(timeLeads, w[len(w)-1]) {
			if ind.Period != e.period {
				ind.Period, cl.fieldNotes["period"] = e.period, fmt.Sprintf("%q after the figure", e.words)
				declare(cl.fieldNotes, "period", "period/endingClaim#1")
			}
			return
		}
		break
	}
	// The sentence's own reference period.
	for _, e := range es {
		if e.start >= m.Sentence.Start && e.end <= m.Sentence.End && !e.compared && !afterBetween(text, m.Sentence.Start, e.start) {
			if ind.Period != e.period {
				ind.Period, cl.fieldNotes["period"] = e.period, fmt.Sprintf("%q in the sentence", e.words)
				declare(cl.fieldNotes, "period", "period/endingClaim#2")
			}
			return
		}
	}
	if e, w, ok := windowBack(es, text[m.Sentence.Start:m.Sentence.End], m.Sentence.Start); ok {
		ind.Period, cl.fieldNotes["period"] = e.period, fmt.Sprintf("%q: %q, the latest window of as many months stated before it", w, e.words)
		declare(cl.fieldNotes, "period", "period/endingClaim#3")
		return
	}
	if ind.Period.IsStated() {
		return
	}
	if p, why, ok := d.paragraphComparison(cl, m); ok {
		ind.Period, cl.fieldNotes["period"] = p, why
		declare(cl.fieldNotes, "period", "period/endingClaim#4")
		return
	}
	// The last one stated before the sentence, until another year is
	// named: what "this period" points back to.
	var last *endingAt
	for i := range es {
		if es[i].end <= m.Sentence.Start && !es[i].compared {
			last = &es[i]
		}
	}
	if last == nil {
		return
	}
	sent := text[m.Sentence.Start:m.Sentence.End]
	if d.yearNamedBetween(last.end, m.Span.Start) {
		// A year named since the last span: "this period" is then the
		// period of the last figure dated before the sentence, or none.
		if w := backPeriodRe.FindString(sent); w != "" {
			c := d.spans()
			if prev, ok := d.lastBefore(m.Sentence.Start, func(o Mention) bool { p, ok := c.drafted[o.Span.Start]; return ok && p.IsStated() }); ok {
				ind.Period, cl.fieldNotes["period"] = c.drafted[prev.Span.Start], fmt.Sprintf("%q: the period of %s, the last figure dated before it", w, strings.Join(strings.Fields(prev.Text), " "))
				declare(cl.fieldNotes, "period", "period/endingClaim#5")
			}
		}
		return
	}
	if w := backPeriodRe.FindString(sent); w != "" {
		ind.Period, cl.fieldNotes["period"] = last.period, fmt.Sprintf("%q: %q, the last period stated before it", w, last.words)
		declare(cl.fieldNotes, "period", "period/endingClaim#6")
		return
	}
	ind.Period, cl.fieldNotes["period"] = last.period, fmt.Sprintf("no period of its own: %q, the last period stated before it", last.words)
	declare(cl.fieldNotes, "period", "period/endingClaim#7")
}

// endingFits reports whether a period drafted from a year is only the
// year of a reference period of the figure's sentence, which then dates
// it more closely.
func (d *docDraft) endingFits(p indicators.Period, m Mention) bool {
	if !p.IsYear() {
		return false
	}
	for _, e := range d.endingsOf() {
		if e.start >= m.Sentence.Start && e.end <= m.Sentence.End && !e.compared && (e.period.To.Year == p.From.Year || e.period.From.Year == p.From.Year && !e.period.IsSpan()) {
			return true
		}
	}
	return false
}

// yearNamedBetween reports whether a year that dates figures, and is not
// a point of comparison, stands in text[from:to].
func (d *docDraft) yearNamedBetween(from, to int) bool {
	text := d.src.Text
	for _, r := range d.docYears() {
		if r.start < from || r.end > to || r.role != yearPeriod {
			continue
		}
		if comparedBeforeRe.MatchString(text[max(0, r.start-40):r.start]) || d.inEnding(r.start) {
			continue
		}
		return true
	}
	return false
}

// inEnding reports whether byte at lies in a reference period ending in
// a month.
func (d *docDraft) inEnding(at int) bool {
	_, ok := d.endingAround(at)
	return ok
}

// endingAround returns the reference period ending in a month that byte
// at lies in.
func (d *docDraft) endingAround(at int) (endingAt, bool) {
	for _, e := range d.endingsOf() {
		if at >= e.start && at < e.end {
			return e, true
		}
	}
	return endingAt{}, false
}

// twoYearChange dates a change compared across two years right after it
// ("up 3.8% between 2011 and 2013", "up 3.1 percent – from $34.4 billion
// in 2011 to $35.4 billion in 2013") by the later year, with the earlier
// as base.
func (d *docDraft) twoYearChange(cl *claim, m Mention, own string) bool {
	ind := &cl.ind
	if ind.Measure != indicators.Change {
		return false // its levels: fromToClaim
	}
	after := d.src.Text[m.Span.End:min(m.Sentence.End, m.Span.End+160)]
	g := betweenYearsRe.FindStringSubmatch(own)
	if g == nil {
		g = betweenYearsRe.FindStringSubmatch(after)
	}
	if g == nil {
		g = fromToYearsRe.FindStringSubmatch(strings.TrimLeft(after, " "))
	}
	if g == nil {
		return false
	}
	y1, _ := strconv.Atoi(g[1])
	y2, _ := strconv.Atoi(g[2])
	if y2 <= y1 {
		return false
	}
	ind.Period, ind.Base = indicators.YearPeriod(y2), indicators.YearPeriod(y1)
	cl.fieldNotes["period"] = fmt.Sprintf("%q: a change is dated by its later year, with base %d", strings.TrimSpace(strings.TrimLeft(g[0], " ,–—-")), y1)
	declare(cl.fieldNotes, "period", "period/twoYearChange")
	return true
}

// paragraphComparison returns the later year a paragraph's lead compares
// with an earlier one ("from $34.4 billion in 2011 to $35.4 billion in
// 2013"), for a change or a level a change reached ("up 27.1 percent to
// $5.1 billion") later in the paragraph, when no year is named between;
// a change gets the earlier year as its base.
func (d *docDraft) paragraphComparison(cl *claim, m Mention) (indicators.Period, string, bool) {
	ind := &cl.ind
	text := d.src.Text
	reached := strings.HasSuffix(strings.TrimRight(text[max(m.Sentence.Start, m.Span.Start-40):m.Span.Start], " "), " to") && d.changeRightBefore(m)
	if ind.Measure != indicators.Change && !reached {
		return indicators.Period{}, "", false
	}
	ps := paragraphStart(text, m.Sentence.Start)
	lead := text[ps:m.Sentence.Start]
	if ps >= m.Sentence.Start {
		lead = text[ps:m.Span.Start]
	}
	g := leadComparisonRe.FindStringSubmatchIndex(lead)
	if g == nil {
		return indicators.Period{}, "", false
	}
	i1, i2 := 2, 4
	if g[2] < 0 {
		i1, i2 = 6, 8
	}
	y1, _ := strconv.Atoi(lead[g[i1]:g[i1+1]])
	y2, _ := strconv.Atoi(lead[g[i2]:g[i2+1]])
	if y2 <= y1 || d.yearNamedBetween(ps+g[1], m.Span.Start) || strings.ContainsAny(text[m.Span.End:m.Sentence.End], "0123456789") && d.yearNamedBetween(m.Span.End, m.Sentence.End) {
		return indicators.Period{}, "", false
	}
	if ind.Measure == indicators.Change && !ind.Base.IsStated() {
		ind.Base = indicators.YearPeriod(y1)
	}
	return indicators.YearPeriod(y2), fmt.Sprintf("%q: the paragraph's lead compares %d with %d", strings.Join(strings.Fields(lead[g[0]:g[1]]), " "), y2, y1), true
}

// changeRightBefore reports whether a change stands right before a figure in
// its sentence: "up 27.1 percent to $5.1 billion".
func (d *docDraft) changeRightBefore(m Mention) bool {
	var prev *Mention
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Sentence == m.Sentence && o.Span.End <= m.Span.Start {
			o := o
			prev = &o
		}
	}
	if prev == nil {
		return false
	}
	gap := strings.Fields(strings.ToLower(d.src.Text[prev.Span.End:m.Span.Start]))
	return len(gap) == 1 && gap[0] == "to" && changeWordBefore(d.src.Text[max(m.Sentence.Start, prev.Span.Start-40):prev.Span.Start])
}

// changeWordBefore reports whether the words before a figure end on a
// word of change: "up", "gains of", "increased".
func changeWordBefore(s string) bool {
	w := strings.Fields(strings.ToLower(s))
	if len(w) == 0 {
		return false
	}
	last := strings.Trim(w[len(w)-1], ",;:–—-")
	if last == "of" && len(w) > 1 {
		last = w[len(w)-2]
	}
	switch last {
	case "up", "down", "increased", "decreased", "rose", "fell", "grew", "gains", "gain", "growth", "increase", "decrease", "by":
		return true
	}
	return false
}

// monthStepsIn returns monthStepRe's matches in text, as
// FindAllStringSubmatchIndex would, read only where "between " starts a
// word: the regexp has no literal to start from and would read every
// byte of the document.
func monthStepsIn(text string) [][]int {
	var out [][]int
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], "etween ") - 1 // "between", "Between" opening a sentence
		if i < 0 {
			if i == -2 {
				break
			}
			off++
			continue
		}
		if c := text[off+i]; c != 'b' && c != 'B' {
			off += i + 1
			continue
		}
		at := off + i
		off = at + 1
		if at > 0 && isWordByte(text[at-1]) {
			continue
		}
		g := monthStepRe.FindStringSubmatchIndex(text[at:min(len(text), at+96)])
		if g == nil || g[0] != 0 {
			continue
		}
		for k := range g {
			if g[k] >= 0 {
				g[k] += at
			}
		}
		out = append(out, g)
		off = g[1]
	}
	return out
}

// monthsCount returns the count of months words (lower case) open on
// ("24 months to", "six months ending"), or 0 when they open on another
// span or on a count of no more than one month or of more than five
// years.
func monthsCount(w string) int {
	word, rest, ok := strings.Cut(w, " ")
	if !ok || !strings.HasPrefix(rest, "months") {
		return 0
	}
	n, err := strconv.Atoi(word)
	if err != nil {
		n = map[string]int{"six": 6, "nine": 9, "eighteen": 18, "twenty-four": 24}[word]
	}
	if n < 2 || n > 60 {
		return 0
	}
	return n
}

// windowBackRe names a rolling window by its length alone, pointing back
// to the one the text has dated: "in the 24-month reporting period", "over
// the 12-month period".
var windowBackRe = lazyRegexp(`(?i)\bthe (\d{1,2}|six|nine|twelve|eighteen|twenty-four)[- ]month (?:reporting |rolling )?period\b`)

// windowBack returns the window of months that sentence sent (starting at
// from) points back to by its length alone ("the 24-month reporting
// period"): of es stated before the sentence, not as a point of
// comparison, the latest that runs as many months ("the 24 months up to
// June 2019", not the earlier window a sentence compares it with).
// That window is the figure's period, whatever a heading or the release's
// collection would give it. None where the sentence dates itself
// otherwise or no window of that length is stated.
func windowBack(es []endingAt, sent string, from int) (endingAt, string, bool) {
	g := windowBackRe.FindStringSubmatch(sent)
	if g == nil {
		return endingAt{}, "", false
	}
	n := monthsCount(strings.ToLower(g[1]) + " months")
	if strings.EqualFold(g[1], "twelve") {
		n = 12
	}
	var last *endingAt
	for i := range es {
		if es[i].end <= from && !es[i].compared && windowMonths(es[i].period) == n && (last == nil || !dateBefore(es[i].period.To, last.period.To)) {
			last = &es[i]
		}
	}
	if last == nil {
		return endingAt{}, "", false
	}
	return *last, g[0], true
}

// windowMonths returns how many months a span of months runs, or 0.
func windowMonths(p indicators.Period) int {
	if !p.IsSpan() || p.From.Month == 0 || p.To.Month == 0 {
		return 0
	}
	return p.MonthsSpanned()
}
