package indicators

import (
	"time"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// FinancialYearStart returns the month a financial year across two
// calendar years starts in, by the one country of entities whose year it
// is (lexicon.FiscalYearEnds: April in the UK and Canada, July in
// Australia, October for the US federal year), and April, as UK releases
// count, where entities name no one country the table has or a country
// whose financial year is the calendar year.
func FinancialYearStart(entities []string) time.Month {
	if f, ok := fiscalYearEnd(entities); ok && f.Month != 12 {
		return time.Month(f.Month%12 + 1)
	}
	return time.Month(lexicon.FiscalYearEnds[0].Month%12 + 1)
}

// FinancialQuarter returns quarter q (1 to 4) of the financial year that
// starts in calendar year y and ends in the next ("2016-17 Q2", "Q2
// 2016/17", "the second quarter of 2016-17"), counted from start
// (FinancialYearStart): its three months, since a quarter of a year across
// two has no form of its own (2016-07/2016-09 for Q2 of a UK 2016-17). It
// returns NotStated for a q out of range.
func FinancialQuarter(y, q int, start time.Month) Period {
	if q < 1 || q > 4 || start < time.January || start > time.December {
		return NotStated
	}
	from := time.Date(y, start+time.Month(3*(q-1)), 1, 0, 0, 0, 0, time.UTC)
	to := from.AddDate(0, 2, 0)
	return Period{From: Date{Year: from.Year(), Month: from.Month()}, To: Date{Year: to.Year(), Month: to.Month()}}
}

// SameMonthsIn returns the months of p (a month or a span of months of
// less than a year) in another year the document names: in the calendar
// year y, or, where across is true, in the financial year that starts in
// y and starts in month start ("the same quarter of 2015-16" of
// 2016-07/2016-09 is 2015-07/2015-09; of 2017-01/2017-03, 2016-01/2016-03).
// A span across the new year in a calendar year is named by the year it
// ends in ("the same period in 2019" of 2022-12/2023-02 is 2018-12/2019-02).
// It returns NotStated for any other p.
func SameMonthsIn(p Period, y int, across bool, start time.Month) Period {
	if !p.IsStated() || p.From.Month == 0 || p.From.Day != 0 || p.Fiscal || p.Split || p.UpTo {
		return NotStated
	}
	if p.IsSpan() && (p.To.Month == 0 || p.To.Day != 0 || p.MonthsSpanned() > 12) {
		return NotStated
	}
	k := y - p.From.Year
	if !across && p.IsSpan() && p.To.Year != p.From.Year {
		k = y - p.To.Year // a span across the new year is named by the year it ends in, as "year ending June 2019" is
	}
	if across && p.From.Month < start {
		k++ // January to March of the 2015-16 year are in 2016
	}
	p.From.Year += k
	if p.IsSpan() {
		p.To.Year += k
	}
	return p
}
