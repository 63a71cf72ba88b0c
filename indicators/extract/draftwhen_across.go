package extract

import (
	"strconv"

	"github.com/claimbook/claimbook/indicators"
)

// Quarters and months of a year across two, and the same months in
// another year (s29z-righttobuy, and any UK, Irish or Australian release
// that counts its quarters in financial years):
//
//	In 2016-17 Q2 local authorities sold … → 2016-07/2016-09: a quarter
//	of a financial year is its three months, from the month the year
//	starts (indicators.FinancialQuarter); "Q2 2016-17", "the second
//	quarter of 2016/17" and "2016-17 (Q2)" alike
//	In January to March 2016-17, … → 2017-01/2017-03: months written
//	with a year across two are that year's
//	… the 2,941 sold in the same quarter of 2015-16 → 2015-07/2015-09:
//	the months of the time the text spoke of before, in the year it
//	names (indicators.SameMonthsIn), where that time is a month or a span
//	of months; else the year, as before

// quarterAfterAcrossRe is a quarter's number after a year across two:
// "2016-17 Q2", "2016-17 (Q2)".
var quarterAfterAcrossRe = lazyRegexp(`^,? \(?[Qq]([1-4])\b\)?`)

// sameTimeBeforeRe closes the words before a year that names the months
// of another time in that year: "the same quarter of ", "the same period
// in ".
var sameTimeBeforeRe = lazyRegexp(`(?i)\bthe same (?:quarter|period|month|months) (?:of|in) $`)

// acrossBytes are the bytes of a time phrase around a year: before it
// and after it.
type acrossBytes struct{ before, after int }

// acrossMonths reads a quarter or months of the year across two that
// starts in year y, from the words before the year (before) and after it
// (after), and the bytes of its phrase on each side.
func acrossMonths(before, after string, y int) (indicators.Period, acrossBytes, bool) {
	var n acrossBytes
	var p indicators.Period
	if g := quarterAfterAcrossRe.FindStringSubmatch(after); g != nil {
		q, _ := strconv.Atoi(g[1])
		p, n.after = financialQuarter(y, q), len(g[0])
	}
	if ph, ok := yearPhraseBefore(before, y); ok {
		switch ph.kind {
		case quarterPhrase:
			p, n.before = financialQuarter(y, (int(ph.period.From.Month)+2)/3), ph.n
		case monthsPhrase:
			if mp := indicators.SameMonthsIn(ph.period, y, true, indicators.FinancialYearStart(nil)); mp.IsStated() {
				p, n.before = mp, ph.n
			}
		}
	}
	return p, n, p.IsStated()
}

// sameMonths moves a year r names as "the same quarter of 2015-16" to the
// months of the last month or span of months of earlier (refs read before
// it), where there is one.
func sameMonths(r *yearRef, earlier []yearRef) {
	for i := len(earlier) - 1; i >= 0; i-- {
		e := earlier[i]
		frame := e.period
		if frame.IsYear() && e.phrase.From.Month != 0 && frame.Contains(e.phrase) {
			frame = e.phrase // "In Q2 2024, …": the quarter the words name, whose year the reference keeps (when42)
		}
		if e.role == yearPeriod && frame.From.Month != 0 && frame.From.Day == 0 {
			sameMonthsOf(r, frame)
			return
		}
	}
}

// sameMonthsOf moves a year r names as "the same quarter of 2015-16" to
// the months of frame in that year, where frame is a month or a span of
// months.
func sameMonthsOf(r *yearRef, frame indicators.Period) {
	across := r.period.Split || r.period.Fiscal && r.period.Across
	if !across && !r.period.IsYear() {
		return
	}
	if p := indicators.SameMonthsIn(frame, r.period.From.Year, across, indicators.FinancialYearStart(nil)); p.IsStated() {
		r.period, r.phrase = p, p
	}
}

// sameInParagraph moves each year of refs (a sentence's) named "the same
// quarter of 2015-16" that its own sentence gave no months to, to the
// months of the last month or span of months its paragraph names before
// the sentence: "In 2016-17 Q2, … This is a decrease of 3% from the 2,941
// sold in the same quarter of 2015-16."
func (d *docDraft) sameInParagraph(refs []yearRef, sent indicators.Span) {
	for i := range refs {
		if p := refs[i].period; !refs[i].same || !p.IsYear() && !p.Split && !(p.Fiscal && p.Across) {
			continue // moved already, in its own sentence
		}
		if ps := paragraphStart(d.src.Text, sent.Start); ps < sent.Start {
			sameMonths(&refs[i], timeRefsIn(d.src.Text[ps:sent.Start], ps))
		}
	}
}

// acrossHolds reports whether p is a year across two (a financial year,
// "2031-32") whose months, counted from the month financial years start,
// hold the months of q.
func acrossHolds(p, q indicators.Period) bool {
	if !(p.Split || p.Fiscal && p.Across) || p.IsSpan() || q.From.Month == 0 || !q.IsSpan() {
		return false
	}
	first := financialQuarter(p.From.Year, 1).From
	last := financialQuarter(p.From.Year, 4).To
	at := func(d indicators.Date) int { return d.Year*12 + int(d.Month) }
	return at(q.From) >= at(first) && at(q.To) <= at(last)
}
