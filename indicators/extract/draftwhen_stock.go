package extract

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// A statistics bulletin's main points (drafts40, the kind of a ministry's
// quarterly bulletin of offender statistics):
//
//	8,120 inmates as at 30 June 2031 → 2031-06: "as at" a day dates a
//	stock by its month
//	2,400 on licence at the end of March 2031 → 2031-03, which
//	stockMomentClaim makes 2031-03-31 once the figure is a stock
//	1,510 transfers between January and March 2031 → 2031-Q1: a span of
//	months right after the figure, a quarter when it is one
//	| This is a rise of 9% compared to the same period in 2030. → the
//	period of the figure before: "This is", "This represents" point back;
//	"compared to …", "than …", "on the same quarter in …" are its base

// stockDateRe is a date right after a figure that dates it: "as at 30
// June 2022", "on 30 June 2023", "as of June 30, 2023", "at the end of
// March 2022", "between January and March 2022". Groups: 1 the words
// before the date, 2 a day before the month, 3 the month, 4 a day after
// it, 5 the year; 6 and 7 the months between, 8 their year.
var stockDateRe = lazyRegexp(`^[^|;]{0,80}?\b(?:(` + stockAtWords + `|on|at) (?:(\d{1,2}) )?` + monthNameRe + `(?: (\d{1,2}),)? ((?:19|20)\d\d)|between ` + monthNameRe + ` and ` + monthNameRe + `,? ((?:19|20)\d\d))\b`)

// baseWordsRe opens what a figure is compared with, never its period.
var baseWordsRe = lazyRegexp(`\b(?:compared (?:to|with)|than|on the same|from the same)\b`)

// pointBackRe opens words that restate or change the figure before:
// "This is a rise of", "This represents", "This number increased".
var pointBackRe = lazyRegexp(`^(?:This|That) (?:is|was|represents|represented|number|figure|has|had)\b`)

// stockDate returns the period a date right after a figure gives it, in
// its own words before any comparison, and the words. The genre's
// pattern: a figure at a date ("16,600 officers on 30 June 2023", "8,120
// inmates as at 30 June 2031", "reserves as of March 31, 2024") is dated
// by that date, to the day when the date names one, else by its month; a
// flow only by "as at", "as of" or "at the end of". A figure is a flow
// when cl drafts it one or its counted noun names events (nounMeasure):
// "592,996 incidents" is one before countsByWhatTheyCount makes it so
// (fix17b). "on <day>" right after a verb of saying or publishing ("the
// Home Office said on 30 June 2023", "figures published on …") dates the
// saying, never the figure. cl may be nil: a figure read as no flow.
func (d *docDraft) stockDate(m Mention, cl *claim) (indicators.Period, string, bool) {
	flow := false
	if cl != nil {
		k, _, ok := nounMeasure(cl.ind.Unit.Name)
		flow = cl.ind.Measure == indicators.Flow || ok && k == indicators.Flow
	}
	text := d.src.Text
	end := d.nextFigureAt(m)
	own := text[m.Span.End:end]
	if i := baseWordsRe.FindStringIndex(own); i != nil {
		own = own[:i[0]]
	}
	for _, r := range timeRefsIn(text[m.Sentence.Start:end], m.Sentence.Start) {
		if r.start >= m.Span.End && r.phraseStart-m.Span.End < len(own) && (r.role == yearBase || r.role == yearCompared) {
			own = own[:max(0, r.phraseStart-m.Span.End)] // "up 2.1% on 31 March 2021": the base, no date of the figure
			break
		}
	}
	return dateAfter(own, flow)
}

// dateAfter returns the period the first date of words s gives a figure
// they follow, and the words (stockDate): a day, or a month, after "as
// at", "as of", "at the end of", "on" or "at", or the months "between" two
// months of a year; a flow only by "as at", "as of" or "at the end of".
func dateAfter(own string, flow bool) (indicators.Period, string, bool) {
	g := stockDateRe.FindStringSubmatch(own)
	if g == nil {
		return indicators.Period{}, "", false
	}
	words := strings.TrimSpace(g[0][strings.LastIndex(g[0], firstWordOf(g)):])
	if g[1] != "" {
		y, _ := strconv.Atoi(g[5])
		day, _ := strconv.Atoi(g[2] + g[4])
		if g[1] == "on" && day == 0 || (g[1] == "on" || g[1] == "at") && flow {
			// "up 2% on September 2016": a base, no date; "the deficit
			// was $3 billion on July 4, 2017": a flow is of no day;
			// "5.8 million claimants at December 2022" is at that month
			return indicators.Period{}, "", false
		}
		if g[1] == "on" && saidOnDay(g[0]) {
			return indicators.Period{}, "", false
		}
		dt := indicators.Date{Year: y, Month: time.Month(monthNumber(g[3])), Day: day}
		if day != 0 {
			if _, err := indicators.ParseDate(dt.String()); err != nil {
				return indicators.Period{}, "", false // "on 31 June 2023"
			}
		}
		return indicators.Period{From: dt}, words, true
	}
	y, _ := strconv.Atoi(g[8])
	from, to := time.Month(monthNumber(g[6])), time.Month(monthNumber(g[7]))
	if to < from {
		return indicators.Period{}, "", false
	}
	return indicators.Period{From: indicators.Date{Year: y, Month: from}, To: indicators.Date{Year: y, Month: to}}, words, true
}

// saidOnDay reports whether the word right before the last "on" in a
// stockDateRe match is a verb of saying or publishing (reportingVerbs):
// "the Home Office said on 30 June 2023" dates a statement.
func saidOnDay(match string) bool {
	i := strings.LastIndex(match, " on ")
	if i < 0 {
		return false
	}
	f := strings.Fields(match[:i])
	return len(f) > 0 && reportingVerbs[strings.ToLower(strings.Trim(f[len(f)-1], ","))]
}

// firstWordOf returns the words a stockDateRe match opens its date with.
func firstWordOf(g []string) string {
	if g[1] != "" {
		return g[1]
	}
	return "between"
}

// stockClaim dates a figure by a date right after it, or, when its words
// point back to the figure before ("This is a rise of 9%"), by that
// figure's date.
func (d *docDraft) stockClaim(cl *claim, m Mention) {
	if p, words, ok := d.stockDate(m, cl); ok {
		cl.ind.Period, cl.fieldNotes["period"] = p, fmt.Sprintf("%q right after the figure", words)
		declare(cl.fieldNotes, "period", "period/stockClaim#1")
		return
	}
	text := d.src.Text
	start := m.Sentence.Start
	if i := strings.LastIndexByte(text[start:m.Span.Start], '|'); i >= 0 {
		start += i + 1
	}
	lead := strings.TrimSpace(text[start:m.Span.Start])
	if !pointBackRe.MatchString(lead) {
		return
	}
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Span.Start >= m.Span.Start })
	if i == 0 {
		return
	}
	prev := d.mentions[i-1]
	if prev.Span.End > start && prev.Sentence.Start != m.Sentence.Start {
		return
	}
	if p, words, ok := d.stockDate(prev, cl); ok {
		cl.ind.Period, cl.fieldNotes["period"] = p, fmt.Sprintf("%q: the period of %s, %q, which this figure's words point back to", lead, strings.Join(strings.Fields(prev.Text), " "), words)
		declare(cl.fieldNotes, "period", "period/stockClaim#2")
	}
}

// A stock of counted things is dated by the moment its own words before
// it name, to the precision they give (when24), as stockDate reads a date
// after it: "At the end of 2018, there were 4,351 people on wait lists"
// → 2018-12-31 (a count at a year's end is at its last day, where a
// capacity or a rate "at the end of 2024" keeps its year or month:
// yearEndMonth), "On 31 March 2016 5,954 people were being treated" →
// 2016-03-31, "as at June 2015, 5 percent" → 2015-06. It runs once the
// measure is known (measureCounted), and replaces only a period that is
// not stated, that holds the moment ("2018" for the end of 2018), or that
// the figure took from no words of its own.

// endOfMonthDay returns the last day of the month p when words, which
// name it, count a stock "at the end of" that month (README: a stock
// counted "at the end of June 2004" is at 2004-06-30, as one "at the end
// of 2023" is at 2023-12-31); any other p is returned as it is.
func endOfMonthDay(p indicators.Period, words string) indicators.Period {
	if !strings.HasPrefix(strings.ToLower(words), "at the end of ") || p.IsSpan() || p.From.Month == 0 || p.From.Day != 0 {
		return p
	}
	last := time.Date(p.From.Year, p.From.Month+1, 0, 0, 0, 0, 0, time.UTC).Day()
	p.From.Day = last
	return p
}

// stockMomentClaim dates a stock of counted things by the moment the
// words of its sentence before it name: any period that holds the moment
// gives way to it, and one the figure took from no words of its own too
// when the moment is in its own words (ownPart).
func (d *docDraft) stockMomentClaim(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Measure != indicators.Stock || ind.Unit.Per != "" || !(ind.Unit.Kind == indicators.Count || ind.Unit.IsZero() && m.Kind == Number) {
		return
	}
	before := joinBroken(d.src.Text[m.Sentence.Start:m.Span.Start])
	if before != "" {
		before = strings.ToLower(before[:1]) + before[1:] // "On 31 March", "As at June" open their sentence
	}
	if w := strings.ToLower(cl.fieldNotes["period"]); strings.HasPrefix(w, `"at the end of `) && strings.HasSuffix(w, `" right after the figure`) {
		ind.Period = endOfMonthDay(ind.Period, w[1:]) // "10,606 people … at the end of June 2004"
	}
	var p indicators.Period
	var words string
	if g := yearEndRe.FindAllStringSubmatch(before, -1); g != nil { // "At the end of 2018, there were", "at end-2022"
		y, _ := strconv.Atoi(g[len(g)-1][1])
		p, words = indicators.Period{From: indicators.Date{Year: y, Month: time.December, Day: 31}}, g[len(g)-1][0]
	} else if q, w, ok := dateAfter(before, false); ok && !q.IsSpan() && !strings.Contains(strings.ToLower(before), "since "+strings.ToLower(w)) {
		p, words = q, w
	} else {
		return
	}
	p = endOfMonthDay(p, words)
	why := cl.fieldNotes["period"]
	fallback := strings.HasPrefix(why, "no year of its own") || strings.HasPrefix(why, "no date of its own") || strings.HasPrefix(why, "no period of its own")
	if ind.Period.IsStated() && !ind.Period.Contains(p) && !(fallback && strings.Contains(d.ownPart(m), strings.ToLower(words))) {
		return
	}
	ind.Period, cl.fieldNotes["period"] = p, fmt.Sprintf("%q before the count: things counted at that moment, a stock", words)
	declare(cl.fieldNotes, "period", "period/stockMomentClaim")
}
