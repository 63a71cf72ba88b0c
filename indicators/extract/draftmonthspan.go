package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Months of a year to date, in a dated release of monthly statistics
// (drafts28, a customs office's two-month trade release):
//
//	in the first two months of this year (issued 2020-03-07) →
//	2020-01/2020-02
//	during the period, during the January-February period, in the first
//	two months, or a later sentence naming no time at all → the same span
//	the same period last year → that span a year back: 2019-01/2019-02
//	80.6 percent of the companies have resumed work → the release's own
//	month (2020-03): a state as of the release

// monthsToDateRe finds a span of months: "the first two months of this
// year", "the first 2 months of 2019", "the January-February period",
// "January to March 2020", and a title's short months, "Jul to Sep 2021".
var monthsToDateRe = lazyRegexp(`(?i)\b(?:the\s+first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months(?:\s+of\s+(this\s+year|the\s+year|(?:19|20)\d\d))?|(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?)\.?\s*(?:-|–|to|through)\s*(feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?(?:,?\s+((?:19|20)\d\d))?)`)

// monthsInWords is the most months a count of months in words names:
// "the first eleven months".
const monthsInWords = 11

// samePeriodLastYear finds the span a year back: "the same period last
// year", "a year earlier", "the year-ago period".
var samePeriodLastYear = lazyRegexp(`(?i)\b(?:(?:the\s+)?same\s+period\s+(?:of\s+)?last\s+year|(?:the\s+)?same\s+period\s+a\s+year\s+(?:earlier|ago|before)|the\s+year-ago\s+period)\b`)

// thePeriod finds a back reference to the span already named.
var thePeriod = lazyRegexp(`(?i)\b(?:during|in|over|for)\s+the\s+(?:same\s+)?period\b`)

// presentPerfectRe finds a state as of now: "have resumed", "has
// reopened".
var presentPerfectRe = lazyRegexp(`(?i)\b(?:have|has)\s+(?:been\s+)?[a-z]+ed\b`)

// monthSpan returns the span of months s names at its first match and the
// match, with "this year" and a missing year read as year; ok is false
// when s names none.
func monthSpan(s string, year int) (indicators.Period, string, bool) {
	if !mayNameMonthSpan(s) {
		return indicators.Period{}, "", false
	}
	g := monthsToDateRe.FindStringSubmatch(s)
	if g == nil {
		return indicators.Period{}, "", false
	}
	from, to, y := time.January, time.Month(0), year
	if g[1] != "" {
		n, _ := numberWord(g[1], monthsInWords)
		if n == 0 {
			n, _ = strconv.Atoi(g[1])
		}
		to = time.Month(n)
		if n, err := strconv.Atoi(g[2]); err == nil {
			y = n
		}
	} else {
		from, to = time.Month(monthNumber(g[3])), time.Month(monthNumber(g[4]))
		if n, err := strconv.Atoi(g[5]); err == nil {
			y = n
		}
	}
	if y == 0 || from >= to {
		return indicators.Period{}, "", false
	}
	return indicators.Period{From: indicators.Date{Year: y, Month: from}, To: indicators.Date{Year: y, Month: to}}, g[0], true
}

// mayNameMonthSpan reports whether monthsToDateRe could match s: each of
// its matches holds "months" or a month that ends a span. Where s holds a
// letter a case-insensitive pattern folds to s or k ("ſ", the Kelvin
// sign), it says yes.
func mayNameMonthSpan(s string) bool {
	if strings.Contains(s, "ſ") || strings.Contains(s, "\u212a") {
		return true
	}
	lower := strings.ToLower(s)
	if strings.Contains(lower, "months") {
		return true
	}
	for _, m := range vocab.Months[1:] { // a span ends on February or later
		if strings.Contains(lower, m[:3]) {
			return true
		}
	}
	return false
}

// monthSpanOf is releaseSpan's answer for a document, read once: the
// span of months the release reports on, where its evidence stands, and
// why.
type monthSpanOf struct {
	span indicators.Period
	at   int
	why  string
	ok   bool
	// sections and sentences cache sectionPeriod and sentenceSpan by
	// the start of a sentence, heads headingPeriod by a heading's.
	sections, sentences, heads map[int]periodWhy
}

// comparedSpanRe is a comparison's words before the span of months it
// names in its clause: "When compared to the post-covid-19", "compared
// with the pre-pandemic period from".
var comparedSpanRe = lazyRegexp(`(?i)\b(?:compared (?:with|to)|in comparison (?:with|to)|than|against)\b[^,;:.]{0,40}$`)

// comparedSpan reports whether the span of months phrase, the first one
// sent names, is what a change is compared with: a comparison's words
// lead to it in its clause ("When compared to the July to September 2020
// period, orders decreased by 16%"). Such a span is the change's base,
// never its period, in a release of any kind.
func comparedSpan(sent, phrase string) bool {
	i := strings.Index(sent, phrase)
	return i > 0 && comparedSpanRe.MatchString(sent[:i])
}

// monthSpanClaim dates a figure of a release of months by the span its
// sentence names, the span of a heading above it, the release's span, or
// a year back from one of these. A date of its own, in the figure's
// clause, keeps the figure's period; a previous reading ("slowed to 3.4%
// from 3.5%") takes none of these spans.
func (d *docDraft) monthSpanClaim(cl *claim, m Mention) {
	text := d.src.Text
	ind := &cl.ind
	sent := text[m.Sentence.Start:m.Sentence.End]
	year := d.dateline.Year
	own, phrase, named := d.sentenceSpan(m.Sentence, year)
	if named && (coverageLine(text, m.Sentence.Start) || own.From.Year == 0) {
		named = false
	}
	var base indicators.Period
	if named && comparedSpan(sent, phrase) && d.isChange(cl, m) {
		base, named = own, false // "When compared to the July to September 2020 period, … decreased by 16%"
	}
	span, why, ok := own, fmt.Sprintf("%q in the sentence", phrase), named
	if !ok {
		span, why, ok = d.sectionPeriod(m.Sentence.Start)
	}
	if !ok {
		var at int
		span, at, why, ok = d.releaseSpan()
		ok = ok && m.Sentence.Start >= at && !d.dateline.IsZero()
		if ok {
			why = fmt.Sprintf("%s, the span of months the release reports (%s)", span, why)
		}
	}
	if !ok || coverageLine(text, m.Sentence.Start) {
		return
	}
	if base.IsStated() && base != span {
		defer func() {
			if ind.Period == span {
				ind.Base, cl.fieldNotes["base"] = base, fmt.Sprintf("%q: the span the change is compared with, not its period", phrase)
				declare(cl.fieldNotes, "base", "base/monthSpanClaim")
			}
		}()
	}
	if _, pwhy, prev := d.previousReading(m); prev {
		ind.Period, cl.fieldNotes["period"] = indicators.NotStated, pwhy
		declare(cl.fieldNotes, "period", "period/monthSpanClaim#1")
		return
	}
	// A year of its own, outside the span's words, dates the figure.
	for _, r := range yearsIn(sent, m.Sentence.Start) {
		if r.role == yearPeriod && !(named && strings.Contains(phrase, text[r.start:r.end])) && d.inOwnClause(m, r.start) {
			return
		}
	}
	if ind.Period.IsStated() && d.ownDated(m, ind.Period) {
		return
	}
	after := text[m.Span.End:d.nextFigureAt(m)]
	switch {
	case samePeriodLastYear.MatchString(after):
		back := indicators.Period{From: span.From, To: span.To}
		back.From.Year--
		if back.To.Year != 0 {
			back.To.Year--
		}
		ind.Period, cl.fieldNotes["period"] = back, fmt.Sprintf("%q: %s a year back", samePeriodLastYear.FindString(after), span)
		declare(cl.fieldNotes, "period", "period/monthSpanClaim#2")
	case named:
		ind.Period, cl.fieldNotes["period"] = span, why
		declare(cl.fieldNotes, "period", "period/monthSpanClaim#3")
	case presentPerfectRe.MatchString(after) && !thePeriod.MatchString(sent) && !d.dateline.IsZero():
		p := indicators.Period{From: indicators.Date{Year: d.dateline.Year, Month: d.dateline.Month}}
		ind.Period, cl.fieldNotes["period"] = p, fmt.Sprintf("%q: a state as of the release, %s", presentPerfectRe.FindString(after), p)
		declare(cl.fieldNotes, "period", "period/monthSpanClaim#4")
	default:
		if thePeriod.MatchString(sent) {
			why = fmt.Sprintf("%q: %s", thePeriod.FindString(sent), span)
		}
		ind.Period, cl.fieldNotes["period"] = span, why
		declare(cl.fieldNotes, "period", "period/monthSpanClaim#5")
	}
}
