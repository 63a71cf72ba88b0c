package wording

import (
	"strconv"
	"time"

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

// Consecutive reports whether period b follows period a with no period
// between them the document could have given: 2022 then 2023, 2008–2009
// then 2010, March then April 2020, one day then the next. A line of a
// series joins only consecutive periods (and snapshots a regular step
// apart, snapshotStep); 2013 then 2018 leaves four years
// unsaid, and a line across them drew a rise the document never stated
// (s16g-fire). It is the one rule of a joined line: the PNG's line
// (chart's series points) and the book's native charts
// (xlsx's seriesBlock.joined) both read it.
func Consecutive(a, b indicators.Period) bool {
	if !a.IsStated() || !b.IsStated() {
		return false
	}
	if a.From.Day != 0 || a.To.Day != 0 || b.From.Day != 0 {
		_, end := dayBounds(a)
		start, _ := dayBounds(b)
		return start <= end+1 || snapshotStep(a, b)
	}
	_, end := monthBounds(a)
	start, _ := monthBounds(b)
	return start <= end+1
}

// snapshotStep reports whether days a and b are a stock's snapshots one
// step of a regular cadence apart: the same day of the month, or the
// month's last, a month, a quarter or a year later (31 March 2010 then 31
// March 2011; 31 March then 30 June), the
// cadence such releases count at, so that no date between them is one the
// document could have given (s20n-gambling: operators, venues and
// machines at 31 March 2010 and 2011 were two unjoined dots).
func snapshotStep(a, b indicators.Period) bool {
	if a.IsSpan() || b.IsSpan() || a.UpTo || b.UpTo || a.From.Day == 0 || b.From.Day == 0 || a.From.Month == 0 || b.From.Month == 0 {
		return false
	}
	monthEnd := func(d indicators.Date) bool {
		return d.Day == time.Date(d.Year, time.Month(d.Month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
	}
	if a.From.Day != b.From.Day && !(monthEnd(a.From) && monthEnd(b.From)) {
		return false
	}
	months := (b.From.Year-a.From.Year)*12 + int(b.From.Month) - int(a.From.Month)
	return months == 1 || months == 3 || months == 12
}

// sameLength reports whether periods a and b are of one kind and length,
// so that one may stand as the other's previous (Previous): two calendar
// years, two quarters, two fiscal years, two days; never a year beside a
// month of the year before ("850 million passengers" in 2023 beside "800
// million in December 2022"), nor a fiscal year beside a calendar one.
func sameLength(a, b indicators.Period) bool {
	if a.Fiscal != b.Fiscal || a.Across != b.Across || a.Split != b.Split || a.UpTo != b.UpTo ||
		(a.From.Day == 0) != (b.From.Day == 0) || (a.From.Month == 0) != (b.From.Month == 0) {
		return false
	}
	bounds := monthBounds
	if a.From.Day != 0 || a.To.Day != 0 || b.To.Day != 0 {
		bounds = dayBounds
	}
	af, al := bounds(a)
	bf, bl := bounds(b)
	return al-af == bl-bf
}

// monthBounds returns the first and last month of p, counted from year 0.
func monthBounds(p indicators.Period) (first, last int) {
	at := func(d indicators.Date, end bool) int {
		if d.Month == 0 {
			if end {
				return d.Year*12 + 11
			}
			return d.Year * 12
		}
		return d.Year*12 + int(d.Month) - 1
	}
	first = at(p.From, false)
	if p.IsSpan() {
		return first, at(p.To, true)
	}
	return first, at(p.From, true)
}

// dayBounds returns the first and last day of p, counted in days from
// 1 January of year 0 (a proleptic count that only needs to order days).
func dayBounds(p indicators.Period) (first, last int) {
	at := func(d indicators.Date, end bool) int {
		m, day := int(d.Month), d.Day
		switch {
		case m == 0 && end:
			m, day = 12, 31
		case m == 0:
			m, day = 1, 1
		case day == 0 && end:
			day = time.Date(d.Year, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		case day == 0:
			day = 1
		}
		return int(time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	}
	first = at(p.From, false)
	if p.IsSpan() {
		return first, at(p.To, true)
	}
	return first, at(p.From, true)
}
