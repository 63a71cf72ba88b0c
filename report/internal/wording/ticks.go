package wording

import (
	"strconv"

	"github.com/claimbook/claimbook/indicators"
)

// PeriodTicks returns how a time axis names each of the periods ps of one
// chart, in their order: "" for a calendar year a year axis ticks by its
// number ("2014"), and every other period by its short label, never a
// calendar year's number: a year across two ("2013/14"), a fiscal year
// ("FY 2020"), a quarter ("Q4 2016"), a month ("Jan 2021"), a rolling year ("YE Mar
// 2016"). Among rolling years a calendar year is the twelve months it is,
// "YE Dec 2015" (as is January to December), so that no year ending in a month stands beside a bare
// year on one axis.
func PeriodTicks(ps []indicators.Period) []string {
	rolling := false
	for _, p := range ps {
		rolling = rolling || p.IsRollingYear()
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		switch {
		case !p.IsStated():
		case p.IsYear() && rolling:
			out[i] = "YE Dec " + strconv.Itoa(p.From.Year)
		case p.IsTwelveMonths() && p.From.Month == 1 && rolling:
			out[i] = "YE Dec " + strconv.Itoa(p.To.Year)
		case p.IsYear():
		case p.From.Month != 0 && p.From.Day == 0 && !p.IsSpan() && !p.Fiscal && !p.UpTo:
			// A month short, "Jan 2021": "January 2021" beside
			// "February 2021" overprinted at a month apart (s15-prices).
			out[i] = p.From.Month.String()[:3] + " " + strconv.Itoa(p.From.Year)
		default:
			out[i] = p.ShortLabel()
		}
	}
	return out
}
