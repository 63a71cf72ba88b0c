package extract

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Money paid at a rate (a wage, a fare, a fee per unit of time) is a
// level, the rate at a time, never a flow summed over a period:
//
//	The minimum wage for adults is £6.50 an hour → a level, GBP per hour
//	(money a month or a year, "$150 a month in fuel aid", is paid over
//	the span, a flow)
//	The NMW is a minimum amount per hour …. On the ASHE reference date
//	in April 2015 the NMW rates were:
//	  • £6.50 for employees aged 21 and over → a level, GBP per hour:
//	    the items of a list of rates are rates, at the base the lead-in's
//	    paragraph names
//
// An amount of millions per year ("£5 billion a year") is spending, a
// flow, and stays one.

// rateBaseRe finds the base of time a paragraph says its rates are
// quoted per: "a minimum amount per hour", "paid £x a week".
var rateBaseRe = lazyRegexp(`\b(?:per|an|a)\s+(hour|day|week|month)\b`)

// rateListRe finds the word "rate" or "rates" in a lead-in line.
var rateListRe = regexp.MustCompile(`(?i)\brates?\b`)

// moneyRateLevel makes an amount of money a level when it is quoted per
// hour ("£6.50 an hour": a wage or a price by the hour; "$150 a month in
// fuel aid" is money paid over the month, a flow) or is an item of a list its lead-in
// calls rates, in money per the base the lead-in's paragraph names.
func (d *docDraft) moneyRateLevel(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Unit.Kind != indicators.Money || ind.Measure == indicators.Change || ind.Measure == indicators.Level || m.Quantity.Direction != indicators.NoDirection || scaledAmount(m.Text) {
		return
	}
	if ind.Unit.Per == "hour" {
		ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("money per %s: a rate paid or charged, a level", ind.Unit.Per)
		declare(cl.fieldNotes, "measure", "measure/moneyRateLevel#1")
		return
	}
	text := d.src.Text
	line, start, ok := leadInOf(text, m.Span.Start)
	if !ok || !rateListRe.MatchString(line) || ind.Unit.Per != "" {
		return
	}
	ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("an item of a list of rates (%q): a rate, a level", strings.TrimSpace(line))
	declare(cl.fieldNotes, "measure", "measure/moneyRateLevel#2")
	if g := rateBaseRe.FindStringSubmatch(text[start:lineEnd(text, start)]); g != nil {
		ind.Unit.Per = g[1]
		cl.fieldNotes["unit"] = fmt.Sprintf("%s: %q in the paragraph that leads in the list of rates", ind.Unit, g[0])
		declare(cl.fieldNotes, "unit", "unit/moneyRateLevel")
	}
}
