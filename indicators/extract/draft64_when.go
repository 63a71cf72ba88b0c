package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// Periods and bases of a statistics release (drafts64):
//
//	Highlights for the 3 month period December to February 2019,
//	compared to the same period a year earlier include:
//	  • … fell by 4.8% → period 2018-12/2019-02 (a span of months across
//	    the new year starts the year before), base 2017-12/2018-02 (the
//	    same span a year back, for a change)
//	The total in 2024 was 5% lower than in 2023 → period 2024, base 2023:
//	the year after "than (in)", "from", "compared with" or "on" is the
//	base, never the period; the period is the sentence's other year, else
//	the heading's ("Annual summary for 2024")
//	the peak of 113.1 seen during the 2008-09 recession → 2008/2009
//	… has more than doubled (the year before it in an "even though"
//	clause) → the heading's year
//	a peak of 10.9% in late 2016 → 2016-H2 ("early 2016" → 2016-H1)
//	the £4.3 billion average seen over the past six months (a figure of
//	January 2020) → 2019-08/2020-01; the £1.1 billion average seen since
//	July 2018 → 2018-07/2020-01

// drafts64LeadInBase gives a change under a lead-in line that compares
// with "the same period a year earlier" the lead-in's period a year back,
// and one under a lead-in line that compares with "the previous quarter"
// (month, year) the period before its own.
func (d *docDraft) drafts64LeadInBase(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Measure != indicators.Change || ind.Base.IsStated() || !ind.Period.IsStated() {
		return
	}
	line, _, ok := leadInOf(d.src.Text, m.Span.Start)
	if !ok {
		return
	}
	if !samePeriodLastYear.MatchString(line) {
		// "In comparison with the previous quarter:": the base its words
		// name, counted back from the change's own period.
		if base, w, ok := baseOfWords(line, ind.Period); ok {
			ind.Base = base
			cl.fieldNotes["base"] = fmt.Sprintf("%q in the lead-in line above the list: %s", strings.TrimSpace(w), base)
		}
		return
	}
	lp, _, ok := leadInPeriod(line)
	if !ok || lp != ind.Period {
		return
	}
	ind.Base = lp
	ind.Base.From.Year--
	if ind.Base.To.Year != 0 {
		ind.Base.To.Year--
	}
	cl.fieldNotes["base"] = fmt.Sprintf("%q in the lead-in line: its period a year back", strings.TrimSpace(samePeriodLastYear.FindString(line)))
}

// drafts64WhenClaim runs this file's rules after whenClaim's others.
func (d *docDraft) drafts64WhenClaim(cl *claim, m Mention, cs, ce int) {
	d.drafts64LeadInBase(cl, m)
	d.drafts64ComparedYear(cl, m)
	if !cl.ind.Period.IsStated() {
		return
	}
	d.drafts64MonthBase(cl, m)
	d.drafts64Concessive(cl, m)
	d.drafts64Spans(cl, m)
}

var (
	// drafts64YearRe is a year.
	drafts64YearRe = lazyRegexp(`\b(?:19|20)\d\d\b`)
	// drafts64HalfRe is a half of a year in words: "late 2016".
	drafts64HalfRe = lazyRegexp(`^\W{0,3}(?:[a-z]+ ){0,3}?in (late|early) ((?:19|20)\d\d)\b`)
	// drafts64MultipleRe is a present-perfect change: "has more than
	// doubled".
	drafts64MultipleRe = lazyRegexp(`\b(?:has|have) (?:more than |almost |nearly |roughly |about )?(?:doubled|tripled|trebled|quadrupled|halved)\b`)
	// drafts64ConcessiveRe opens a concessive clause.
	drafts64ConcessiveRe = lazyRegexp(`(?i)\b(?:even though|although|though|despite)\b`)
	// drafts64AverageRe is an average over a span that ends at the
	// figure's month: "average seen over the past six months", "average
	// since July 2018".
	drafts64AverageRe = lazyRegexp(`^\s*(?:monthly )?average (?:seen |recorded )?(?:over the (?:past|last|previous) (two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) months|since ` + monthNameRe + ` ((?:19|20)\d\d))\b`)
)

// drafts64HeadingYear returns the one year named by the nearest heading
// above byte at that names any.
func (d *docDraft) drafts64HeadingYear(at int) (int, string) {
	for _, h := range slices.Backward(d.headsAbove(at)) {
		ys := drafts64YearRe.FindAllString(h.text, -1)
		if len(ys) == 1 {
			y, _ := strconv.Atoi(ys[0])
			return y, h.text
		}
		if len(ys) > 1 {
			return 0, ""
		}
	}
	return 0, ""
}

// drafts64ComparedYear moves a figure dated by the time it is compared
// with, or by none, to the sentence's other time, else the heading's
// year, and makes the compared time a change's base. The times are
// yearsIn's, whatever their form ("than in 2030", "compared with
// 2020/21", "on Q3 2021"): a year across two is no year and its first
// year.
func (d *docDraft) drafts64ComparedYear(cl *claim, m Mention) {
	ind := &cl.ind
	text := d.src.Text
	if ind.Period.IsSpan() || ind.Period.From.Month != 0 || ind.Period.Fiscal {
		return
	}
	refs := timeRefsIn(text[m.Sentence.Start:m.Sentence.End], m.Sentence.Start)
	var cmp *yearRef
	for i := range refs {
		if r := &refs[i]; r.start >= m.Span.End && r.role == yearBase && !strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[max(m.Span.End, r.phraseStart-8):r.phraseStart])), "since") {
			if len(strings.Fields(text[m.Span.End:r.phraseStart])) <= 10 {
				cmp = r
			}
			break
		}
	}
	if cmp == nil || ind.Period.IsStated() && ind.Period != cmp.period {
		return
	}
	var other indicators.Period
	why := ""
	for _, r := range refs {
		if r.role != yearPeriod || r.period == cmp.period || r.start >= cmp.start {
			continue
		}
		lead := strings.ToLower(strings.TrimRight(text[max(m.Sentence.Start, r.phraseStart-8):r.phraseStart], " "))
		if strings.HasSuffix(lead, " in") || lead == "in" || strings.HasSuffix(lead, "during") {
			other, why = r.period, fmt.Sprintf("%q in the sentence", strings.TrimSpace(text[r.phraseStart-3:r.end]))
			break
		}
	}
	if !other.IsStated() && cmp.period.IsYear() {
		if hy, h := d.drafts64HeadingYear(m.Sentence.Start); hy != 0 && indicators.YearPeriod(hy) != cmp.period {
			other, why = indicators.YearPeriod(hy), fmt.Sprintf("%d in the heading %q", hy, h)
		}
	}
	if !other.IsStated() {
		return
	}
	w := comparedWordsAt(text, max(m.Span.End, cmp.phraseStart-16), cmp.phraseStart, cmp.end)
	ind.Period = other
	cl.fieldNotes["period"] = fmt.Sprintf("%s; %q is what it is compared with", why, w)
	if ind.Measure == indicators.Change && (!ind.Base.IsStated() || ind.Base == ind.Period) {
		ind.Base = cmp.period
		cl.fieldNotes["base"] = fmt.Sprintf("%q: the time it is compared with", w)
	}
}

// drafts64Concessive dates a present-perfect change with no year of its
// own ("has more than doubled") by the heading's year, where the year it
// took came from an "even though" clause before it.
func (d *docDraft) drafts64Concessive(cl *claim, m Mention) {
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	if !drafts64MultipleRe.MatchString(sent) || drafts64YearRe.MatchString(sent) {
		return
	}
	ps := strings.LastIndexByte(text[:m.Sentence.Start], '\n') + 1
	before := text[ps:m.Sentence.Start]
	ys := drafts64YearRe.FindAllStringIndex(before, -1)
	if len(ys) == 0 {
		return
	}
	last := ys[len(ys)-1]
	if y, _ := strconv.Atoi(before[last[0]:last[1]]); cl.ind.Period != indicators.YearPeriod(y) {
		return
	}
	ss := strings.LastIndex(before[:last[0]], ". ") + 1
	if !drafts64ConcessiveRe.MatchString(before[ss:last[0]]) {
		return
	}
	if hy, h := d.drafts64HeadingYear(m.Sentence.Start); hy != 0 {
		cl.ind.Period = indicators.YearPeriod(hy)
		cl.fieldNotes["period"] = fmt.Sprintf("%d in the heading %q: the year before is a concessive clause's", hy, h)
	}
}

// drafts64Spans reads an episode of two years, a half of a year in words
// and an average over the months up to the figure's.
func (d *docDraft) drafts64Spans(cl *claim, m Mention) {
	ind := &cl.ind
	text := d.src.Text
	after := text[m.Span.End:m.Sentence.End]
	if g := drafts64HalfRe.FindStringSubmatch(after); g != nil {
		y, _ := strconv.Atoi(g[2])
		if ind.Period == indicators.YearPeriod(y) {
			h := 2
			if g[1] == "early" {
				h = 1
			}
			ind.Period = indicators.HalfPeriod(y, h)
			cl.fieldNotes["period"] = fmt.Sprintf("%q: the year's %s half", strings.TrimSpace(g[0]), map[int]string{1: "first", 2: "second"}[h])
			return
		}
	}
	if g := drafts64AverageRe.FindStringSubmatch(after); g != nil && !ind.Period.IsSpan() && ind.Period.From.Month != 0 && ind.Period.From.Day == 0 {
		end := ind.Period.From
		var from indicators.Date
		if g[1] != "" {
			n, ok := numberWord(g[1], 12)
			if !ok {
				n, _ = strconv.Atoi(g[1])
			}
			if n < 2 {
				return
			}
			k := end.Year*12 + int(end.Month) - 1 - (n - 1)
			from = indicators.Date{Year: k / 12, Month: time.Month(k%12 + 1)}
		} else {
			y, _ := strconv.Atoi(g[3])
			from = indicators.Date{Year: y, Month: time.Month(monthNumber(g[2]))}
		}
		if from.Year*12+int(from.Month) >= end.Year*12+int(end.Month) {
			return
		}
		ind.Period = indicators.Period{From: from, To: end}
		cl.fieldNotes["period"] = fmt.Sprintf("%q up to the figure's month", strings.TrimSpace(g[0]))
	}
}

var (
	// drafts64ThanMonthRe is a month compared with, no year given: "4.4%
	// higher than in December".
	drafts64ThanMonthRe = lazyRegexp(`^\W{0,3}(?:higher|lower|more|less|above|below|up|down)(?: than)?(?: in)? ` + monthNameRe + `\b(?:,|\.|$| and)`)
	// drafts64OnMonthRe is a change on the month before: "rose on the
	// month", "up 3.6 pence per litre on month".
	drafts64OnMonthRe = lazyRegexp(`\bon (?:the )?(?:previous )?month\b`)
	// drafts64LeadComparedRe is the month a lead-in compares with:
	// "compared to March 2019".
	drafts64LeadComparedRe = lazyRegexp(`\bcompared (?:to|with) ` + monthNameRe + ` ((?:19|20)\d\d):?\s*$`)
	// drafts64AnnualRateRe names an annual growth rate.
	drafts64AnnualRateRe = lazyRegexp(`(?i)\b(?:annual|twelve-month|12-month) (?:growth )?rate\b`)
)

// drafts64MonthBase gives a change of one month its base: the month a
// "than in <month>" names, the month before for "on the month", the month
// its lead-in compares with, and for an annual growth rate the same month
// a year earlier (and up, for a positive rate).
func (d *docDraft) drafts64MonthBase(cl *claim, m Mention) {
	ind := &cl.ind
	p := ind.Period
	if p.IsSpan() || p.From.Month == 0 || p.From.Day != 0 || ind.Base.IsStated() {
		return
	}
	text := d.src.Text
	after := text[m.Span.End:m.Sentence.End]
	monthBefore := func(mo time.Month) indicators.Period {
		y := p.From.Year
		if mo >= p.From.Month {
			y--
		}
		return indicators.Period{From: indicators.Date{Year: y, Month: mo}}
	}
	set := func(b indicators.Period, why string) {
		ind.Base, cl.fieldNotes["base"] = b, why
	}
	own := text[m.Sentence.Start:d.nextFigureAt(m)]
	change := ind.Measure == indicators.Change || m.Quantity.Direction != indicators.NoDirection
	switch {
	case change && drafts64ThanMonthRe.MatchString(after):
		g := drafts64ThanMonthRe.FindStringSubmatch(after)
		set(monthBefore(time.Month(monthNumber(g[1]))), fmt.Sprintf("%q: the month it is compared with", strings.TrimSpace(g[0])))
	case change && drafts64OnMonthRe.MatchString(own) && strings.Contains(text[m.Sentence.Start:m.Sentence.End], p.From.Month.String()):
		// Only where the sentence names its month: a month carried from
		// another sentence is set after these rules.
		prev := p.From.Month - 1
		if prev == 0 {
			prev = time.December
		}
		set(monthBefore(prev), fmt.Sprintf("%q: the month before", drafts64OnMonthRe.FindString(own)))
	case strings.Contains(m.Text, "%") && drafts64AnnualRateRe.MatchString(text[m.Sentence.Start:m.Span.Start]) && m.Quantity.Value.Sign() >= 0 && ind.Measure != indicators.Share:
		set(indicators.Period{From: indicators.Date{Year: p.From.Year - 1, Month: p.From.Month}}, "an annual growth rate: the same month a year earlier")
		if ind.Quantity.Direction == indicators.NoDirection && m.Quantity.Value.Sign() > 0 {
			ind.Quantity.Direction = indicators.Up
		}
	case change:
		if line, _, ok := leadInOf(text, m.Span.Start); ok {
			if g := drafts64LeadComparedRe.FindStringSubmatch(strings.TrimSpace(line)); g != nil {
				y, _ := strconv.Atoi(g[2])
				set(indicators.Period{From: indicators.Date{Year: y, Month: time.Month(monthNumber(g[1]))}}, fmt.Sprintf("%q in the lead-in line", strings.TrimSuffix(g[0], ":")))
			}
		}
	}
}
