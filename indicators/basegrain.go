package indicators

import (
	"fmt"
	"time"
)

// monthSpan returns the number of months period p spans where it is
// written in months ("2017-02" is 1, "2016-09/2016-11" and "2024-Q3" 3),
// and false for a period of another grain: a year, a day, a fiscal or
// split year, a running total.
func monthSpan(p Period) (int, bool) {
	if !p.IsStated() || p.UpTo || p.Fiscal || p.Split || p.From.Month == 0 || p.From.Day != 0 {
		return 0, false
	}
	if !p.IsSpan() {
		return 1, true
	}
	if p.To.Month == 0 || p.To.Day != 0 {
		return 0, false
	}
	n := p.MonthsSpanned()
	return n, n > 0
}

// MonthsTo returns the span of n months that ends with the month of d:
// MonthsTo(2019-06, 24) is 2017-07/2019-06 ("the 24 months to June
// 2019"), as verify's advice and the drafts write a rolling window.
func MonthsTo(d Date, n int) Period {
	t := time.Date(d.Year, d.Month, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 1-n, 0)
	return Period{From: Date{Year: t.Year(), Month: t.Month()}, To: Date{Year: d.Year, Month: d.Month}}
}

// baseGrainNotices gives a notice, of kind ErrMismatch, at the period of
// each change whose period and base are both written in months but span
// a different number of them ("Comparing the three-month period ending in
// February with the preceding three months" written period: 2017-02 with
// base: 2016-09/2016-11, s34e-trade's slip, which the outputs print "from
// September–November 2016 to February 2017"): a change compares two
// periods of one length, so one of the two is misread. Beside a period
// of one month it offers the period of the base's length that ends in
// that month; else the base of the period's length that ends in the
// base's last month.
func (c *Catalog) baseGrainNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Measure != Change || !ind.Base.IsStated() {
			continue
		}
		np, okp := monthSpan(ind.Period)
		nb, okb := monthSpan(ind.Base)
		if !okp || !okb || np == nb {
			continue
		}
		fix := fmt.Sprintf("write base: %s, the %s to %s, or the base the quote names, of %s", MonthsTo(lastMonth(ind.Base), np), months(np), Period{From: lastMonth(ind.Base)}.Label(), months(np))
		if np == 1 {
			// A one-month period beside a base of several: the period
			// is the likelier slip ("the three-month period ending in
			// February" written 2017-02).
			fix = fmt.Sprintf("if the figure is of the %s to %s, write period: %s; else write the base the quote names, of one month", months(nb), Period{From: lastMonth(ind.Period)}.Label(), MonthsTo(lastMonth(ind.Period), nb))
		}
		c.addField(&l, ind.ID, "period", ErrMismatch, fmt.Sprintf("period %s spans %s, but base %s spans %s: a change compares two periods of one length: %s", ind.Period, months(np), ind.Base, months(nb), fix))
	}
	return l
}

// lastMonth returns the last month of p, a period written in months.
func lastMonth(p Period) Date {
	if p.IsSpan() {
		return p.To
	}
	return p.From
}

// months says n months in words for a message: "one month", "3 months".
func months(n int) string {
	if n == 1 {
		return "one month"
	}
	return fmt.Sprintf("%d months", n)
}
