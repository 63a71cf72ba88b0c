package extract

// A release of one year's results may name, once, a span of years it
// pools for other figures ("measures of childcare … for the combined
// years 2008-12 are provided"), then go back to its year: "Working (by
// Employed Persons) in 2012 --Employed persons worked an average of 7.7
// hours …. More hours were worked … on weekdays than on weekend
// days--8.0 hours compared with 5.7 hours." A figure with no time of its
// own after both is of the single year the text went on to, not of the
// span it named before.

// yearAfterSpan returns the last single year of the span r, as a period
// of the text, named after r and before byte to: the year the text went
// on to after naming the span; false when r is no span of years or no
// such year follows it.
func (d *docDraft) yearAfterSpan(r yearRef, to int) (yearRef, bool) {
	p := r.period
	if !p.IsSpan() || p.From.Month != 0 || r.end >= to {
		return yearRef{}, false
	}
	var out yearRef
	ok := false
	for _, y := range timeRefsIn(d.src.Text[r.end:to], r.end) {
		if y.role == yearPeriod && !y.same && y.period.IsYear() && y.period.From.Year >= p.From.Year && y.period.From.Year <= p.To.Year {
			out, ok = y, true
		}
	}
	return out, ok
}
