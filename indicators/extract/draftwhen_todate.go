package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A public-finance release's main points (drafts48, the kind of a
// statistics office's monthly public sector finances):
//
//	decreased by £6.6 billion to £54.3 billion in the current financial
//	year-to-date (April 2015 to October 2015) compared with the same
//	period in 2014 → both figures 2015-04/2015-10; the change's base
//	2014-04/2014-10
//	in the financial year to date (April to October 2015), in the first
//	seven months of the financial year → the same span
//	net debt at the end of October 2015 was £1,526.8 billion, equivalent
//	to 80.5% of GDP; an increase of £70.4 billion compared with October
//	2014 → each 2015-10, the change with base 2014-10

// toDateSpanRe is a span of months that runs to a month of a year, the
// first year written or not: "April 2015 to October 2015", "April to
// October 2015".
var toDateSpanRe = lazyRegexp(`\b` + monthNameRe + `(?: ((?:19|20)\d\d))? (?:to|-|–|through) ` + monthNameRe + ` ((?:19|20)\d\d)\b`)

// firstMonthsOfFYRe counts the months of a financial year to date: "the
// first seven months of the financial year".
var firstMonthsOfFYRe = lazyRegexp(`(?i)\bthe first (two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01]) months of the (?:current )?(?:financial|fiscal) year\b`)

// titleMonthRe is a release's own month closing its title line: "Public
// sector finances, UK: October 2015".
var titleMonthRe = lazyRegexp(`\b` + monthNameRe + ` ((?:19|20)\d\d)\s*$`)

// sameSpanBackRe names the same span a year back, the base of a change:
// "the same period in 2014", "the same period last year", "a year
// earlier".
var sameSpanBackRe = lazyRegexp(`(?i)\b(?:the same period (?:in ((?:19|20)\d\d)|(?:of )?last year|a year (?:earlier|ago|before))|(?:on|than|from) a year (?:earlier|ago|before))\b`)

// monthEndBeforeRe dates a stock by a month's end before its figure: "at
// the end of October 2015", "at end-March 2015", or by the day it names,
// "as at 31 March 2015". Groups: 1 the day, 2 the month, 3 the year.
var monthEndBeforeRe = lazyRegexp(`\b(?:at the end of |at end-|as at (?:(\d{1,2}) )?)` + monthNameRe + `,? ((?:19|20)\d\d)\b`)

// stockBaseMonthRe is the base of a change of a stock: "compared with
// October 2014".
var stockBaseMonthRe = lazyRegexp(`^[^;]{0,40}?\b(?:compared (?:with|to)|on|than|from) (?:the end of |end-)?` + monthNameRe + ` ((?:19|20)\d\d)\b`)

// toDateCue reports whether a sentence speaks of a financial year to
// date.
func toDateCue(lower string) bool {
	return strings.Contains(lower, "year-to-date") || strings.Contains(lower, "year to date") || strings.Contains(lower, "months of the financial year") || strings.Contains(lower, "months of the fiscal year")
}

// toDateSpan returns the span of months a sentence about a financial year
// to date names, and its words.
func (d *docDraft) toDateSpan(sent string) (indicators.Period, string, bool) {
	if g := toDateSpanRe.FindStringSubmatch(sent); g != nil {
		to, _ := strconv.Atoi(g[4])
		from := to
		if g[2] != "" {
			from, _ = strconv.Atoi(g[2])
		}
		p := indicators.Period{From: indicators.Date{Year: from, Month: time.Month(monthNumber(g[1]))}, To: indicators.Date{Year: to, Month: time.Month(monthNumber(g[3]))}}
		if p.From.Year > p.To.Year || p.From.Year == p.To.Year && p.From.Month >= p.To.Month || p.To.Year-p.From.Year > 1 {
			return indicators.Period{}, "", false
		}
		return p, g[0], true
	}
	g := firstMonthsOfFYRe.FindStringSubmatch(sent)
	if g == nil {
		return indicators.Period{}, "", false
	}
	n, _ := numberWord(g[1], monthsInWords)
	if n == 0 {
		n, _ = strconv.Atoi(g[1])
	}
	// The financial year runs from its first month (April, as UK releases
	// count: indicators.FinancialYearStart) of the year the release's month
	// falls in, or of the year before when that month is before it.
	line := d.src.Text[:lineEnd(d.src.Text, 0)]
	t := titleMonthRe.FindStringSubmatch(line)
	if t == nil {
		return indicators.Period{}, "", false
	}
	y, _ := strconv.Atoi(t[2])
	start := indicators.FinancialYearStart(nil)
	if time.Month(monthNumber(t[1])) < start {
		y--
	}
	from := indicators.Date{Year: y, Month: start}
	end := int(start) + n - 1
	to := indicators.Date{Year: y + (end-1)/12, Month: time.Month((end-1)%12 + 1)}
	return indicators.Period{From: from, To: to}, fmt.Sprintf("%s, the release's %s %s", g[0], t[1], t[2]), true
}

// yearBack returns p a year earlier.
func yearBack(p indicators.Period) indicators.Period {
	p.From.Year--
	if p.To.Year != 0 {
		p.To.Year--
	}
	return p
}

// toDateClaim dates a figure of a sentence about a financial year to date
// by the span of months it names, and gives a change the same span a year
// back as base where the sentence compares with it. A figure dated by a
// month of its own right after it keeps that month.
func (d *docDraft) toDateClaim(cl *claim, m Mention) {
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	lower := strings.ToLower(sent)
	if !toDateCue(lower) {
		return
	}
	ind := &cl.ind
	if ind.Period.IsStated() && ind.Period.From.Month != 0 && !ind.Period.IsSpan() && strings.Contains(cl.fieldNotes["period"], "after the figure") {
		return
	}
	span, words, ok := d.toDateSpan(sent)
	if !ok {
		return
	}
	ind.Period, cl.fieldNotes["period"] = span, fmt.Sprintf("%q: the financial year to date", words)
	declare(cl.fieldNotes, "period", "period/toDateClaim#1")
	if ind.Measure != indicators.Change {
		return
	}
	g := sameSpanBackRe.FindStringSubmatch(sent)
	if g == nil {
		return
	}
	base := yearBack(span)
	if g[1] != "" {
		y, _ := strconv.Atoi(g[1])
		base.From.Year, base.To.Year = y-(span.To.Year-span.From.Year), y
	}
	ind.Base = base
	cl.fieldNotes["period"] += fmt.Sprintf(", measured from %q", g[0])
	declare(cl.fieldNotes, "period", "period/toDateClaim#2")
}

// monthEndClaim dates each figure after "at the end of October 2015" in
// its sentence by that month, the stock's and its change's alike, and
// gives the change the month it is "compared with" as base. A figure
// dated by words of its own right after it, or one a comparison
// introduces, keeps its own date.
func (d *docDraft) monthEndClaim(cl *claim, m Mention) {
	text := d.src.Text
	before := text[m.Sentence.Start:m.Span.Start]
	if !strings.Contains(before, "end") && !strings.Contains(before, "as at") {
		return
	}
	loc := monthEndBeforeRe.FindAllStringSubmatchIndex(before, -1)
	if loc == nil {
		return
	}
	l := loc[len(loc)-1]
	if _, _, own := d.stockDate(m, nil); own {
		return
	}
	tail := strings.ToLower(strings.TrimSpace(before[max(0, len(before)-20):]))
	for _, w := range []string{"compared with", "compared to", "than", "from"} {
		if strings.HasSuffix(tail, w) {
			return
		}
	}
	y, _ := strconv.Atoi(before[l[6]:l[7]])
	ind := &cl.ind
	p := indicators.Period{From: indicators.Date{Year: y, Month: time.Month(monthNumber(before[l[4]:l[5]]))}}
	if l[2] >= 0 {
		if dp, ok := dayPeriod(y, p.From.Month, before[l[2]:l[3]]); ok {
			p = dp // "as at 30 June 2023": the day, as the figure's own words give it
		}
	}
	if ind.Measure == indicators.Flow && slices.ContainsFunc(strings.FieldsFunc(strings.ToLower(before[l[1]:]), func(r rune) bool { return !unicode.IsLetter(r) }), func(w string) bool { return slices.Contains(vocab.YearFlowWords, w) }) {
		// "at the end of June 2025 with a total annual income of £103
		// billion": a year's flow is not held at the stock's month.
		ind.Period, cl.fieldNotes["period"] = indicators.Period{}, fmt.Sprintf("a flow over a year (%s), not held at %q, the date of a stock before it in its sentence; write the year it covers by hand", strings.Join(vocab.YearFlowWords, " or "), before[l[0]:l[1]])
		declare(cl.fieldNotes, "period", "period/monthEndClaim#1")
		return
	}
	ind.Period, cl.fieldNotes["period"] = p, fmt.Sprintf("%q before the figure, in its sentence", before[l[0]:l[1]])
	declare(cl.fieldNotes, "period", "period/monthEndClaim#2")
	if ind.Measure != indicators.Change {
		return
	}
	if g := stockBaseMonthRe.FindStringSubmatch(text[m.Span.End:m.Sentence.End]); g != nil {
		by, _ := strconv.Atoi(g[2])
		ind.Base = indicators.Period{From: indicators.Date{Year: by, Month: time.Month(monthNumber(g[1]))}}
		cl.fieldNotes["period"] += fmt.Sprintf(", measured from %q", strings.TrimSpace(g[0]))
		declare(cl.fieldNotes, "period", "period/monthEndClaim#3")
	}
}

// reachedBaseRe is what a change "by £9.6 billion to £93.5 billion"
// compares with, later in its sentence: "compared with the previous
// financial year", "compared with October 2014", "compared with the same
// period in 2014".
var reachedBaseRe = lazyRegexp(`\bcompared (?:with|to) (?:(?:the )?(?:previous|preceding) (?:financial |fiscal )?year|(?:the )?same period (?:in ((?:19|20)\d\d)|last year|a year (?:earlier|ago))|a year (?:earlier|ago)|` + monthNameRe + ` ((?:19|20)\d\d))\b`)

// reachedBaseClaim gives a change that names the level it reaches ("fell
// by £9.6 billion to £93.5 billion … compared with the previous financial
// year") the base the sentence compares with after that level: the same
// period a year back, the year the same period is said to be in, or the
// month named when the change is a month's.
func (d *docDraft) reachedBaseClaim(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Measure != indicators.Change || ind.Base.IsStated() || !ind.Period.IsStated() {
		return
	}
	text := d.src.Text
	next := d.nextFigureAt(m)
	if next >= m.Sentence.End || strings.TrimSpace(text[m.Span.End:next]) != "to" {
		return
	}
	rest := text[next:m.Sentence.End]
	if i := strings.IndexByte(rest, ';'); i >= 0 {
		rest = rest[:i]
	}
	if !strings.Contains(rest, "compared") {
		return
	}
	g := reachedBaseRe.FindStringSubmatch(rest)
	if g == nil {
		return
	}
	p := ind.Period
	base := yearBack(p)
	switch {
	case g[1] != "":
		y, _ := strconv.Atoi(g[1])
		base.From.Year, base.To.Year = y-(p.To.Year-p.From.Year), y
		if p.To.Year == 0 {
			base.From.Year, base.To.Year = y, 0
		}
	case g[2] != "":
		if p.IsSpan() || p.From.Month == 0 {
			return
		}
		y, _ := strconv.Atoi(g[3])
		base = indicators.Period{From: indicators.Date{Year: y, Month: time.Month(monthNumber(g[2]))}}
	}
	ind.Base = base
	cl.fieldNotes["base"] = fmt.Sprintf("%q, after the level the change reaches: %s", g[0], base)
	declare(cl.fieldNotes, "base", "base/reachedBaseClaim")
}
