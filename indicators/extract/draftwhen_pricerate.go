package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// Rates read at a month, in price-index releases (drafts43: a national
// statistics office's consumer price inflation bulletin):
//
//	CPIH rose by 6.2% in the 12 months to March 2022 → 2022-03: an annual
//	rate is a reading at the month the twelve months end, never the span
//	compared with a rise of 0.2% in March 2021 → 2021-03: a figure's own
//	"in <month> <year>" right after it is its month
//	The largest contributions to the annual rate in March 2022 came from
//	housing (1.49 percentage points …) → 2022-03: a month of the figure's
//	own sentence, even before it, beats one carried from an earlier one
//	On a monthly basis, CPI rose by 1.1% in March 2022 → base 2022-02,
//	the month before

var (
	// twelveMonthsToRe is an annual rate's month, right after the rate:
	// "in the 12 months to March 2022".
	twelveMonthsToRe = lazyRegexp(`^\s*(?:in|over) the (?:12|twelve) months (?:to|ending|ended)(?: the)? (?:\d{1,2} )?` + monthNameRe + `,? ((?:19|20)\d\d)\b`)
	// ownMonthRe is a figure's own month and year right after it: "in
	// March 2021".
	ownMonthRe = lazyRegexp(`^\s*in ` + monthNameRe + `,? ((?:19|20)\d\d)\b`)
	// inMonthYearRe is a month and year a sentence is about: "in March
	// 2022".
	inMonthYearRe = lazyRegexp(`\bin ` + monthNameRe + `,? ((?:19|20)\d\d)\b`)
	// monthlyBasisRe opens a month-on-month change.
	monthlyBasisRe = lazyRegexp(`(?i)\bon a monthly basis\b|\bmonth[- ]on[- ]month\b`)
)

// priceRateClaim dates a rate read at a month: an annual rate by the
// month its twelve months end, a figure by its own month right after
// it, one carried from an earlier sentence by its own sentence's month;
// a month-on-month change has the month before as base.
func (d *docDraft) priceRateClaim(cl *claim, m Mention) {
	ind := &cl.ind
	text := d.src.Text
	own := text[m.Span.End:d.nextFigureAt(m)]
	set := func(p indicators.Period, why string) {
		ind.Period, cl.fieldNotes["period"] = p, why
		declare(cl.fieldNotes, "period", "period/priceRateClaim")
	}
	monthOf := func(g []string) indicators.Period {
		y, _ := strconv.Atoi(g[2])
		return indicators.Period{From: indicators.Date{Year: y, Month: time.Month(monthNumber(g[1]))}}
	}
	rest := text[m.Span.End:m.Sentence.End] // "12 months" is a figure of its own
	switch {
	case m.Unit.Kind == indicators.Percent && twelveMonthsToRe.MatchString(rest):
		g := twelveMonthsToRe.FindStringSubmatch(rest)
		set(monthOf(g), fmt.Sprintf("%q: an annual rate read at the month its twelve months end", strings.TrimSpace(g[0])))
	case ownMonthRe.MatchString(own):
		g := ownMonthRe.FindStringSubmatch(own)
		if p := monthOf(g); !priceBaseWord(firstField(own[strings.Index(own, g[0])+len(g[0]):])) && ind.Period != p && (!ind.Period.IsStated() || ind.Period.From.Year == p.From.Year || ind.Period.From.Month != 0) && !ind.Period.UpTo {
			set(p, fmt.Sprintf("%q right after the figure: its own month", strings.TrimSpace(g[0])))
		}
	case strings.Contains(cl.fieldNotes["period"], "the last period stated before it") || strings.Contains(cl.fieldNotes["period"], "earlier in the paragraph"):
		before := text[m.Sentence.Start:m.Span.Start]
		if gs := inMonthYearRe.FindAllStringSubmatch(before, -1); gs != nil {
			g := gs[len(gs)-1]
			set(monthOf(g), fmt.Sprintf("%q earlier in the figure's own sentence", g[0]))
		}
	}
	if ind.Measure == indicators.Change && !ind.Base.IsStated() && ind.Period.From.Month != 0 && !ind.Period.IsSpan() && !ind.Period.UpTo &&
		monthlyBasisRe.MatchString(text[m.Sentence.Start:m.Sentence.End]) {
		b := ind.Period.From
		b.Day = 0
		if b.Month == time.January {
			b.Year, b.Month = b.Year-1, time.December
		} else {
			b.Month--
		}
		ind.Base, cl.fieldNotes["base"] = indicators.Period{From: b}, "a change on a monthly basis: the month before"
		declare(cl.fieldNotes, "base", "base/priceRateClaim")
	}
}
