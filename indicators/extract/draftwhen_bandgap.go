package extract

// A band that names a population is no figure with a time of its own:
// "There were 209,000 jobs with pay less than the NMW held by employees
// aged 16 and over in April 2015" dates the jobs by the month after the
// band, as "209,000 jobs … in April 2015" would.

// figureBetweenPastBands reports whether a figure other than m stands in
// text[from:to], past the age bands (ageBand) that say whose figure it
// is: those date nothing, so a time after one is still the figure's.
func (d *docDraft) figureBetweenPastBands(m Mention, from, to int) bool {
	for _, o := range d.mentionsWithin(from, to) {
		if o.Span != m.Span && o.Span.Start >= from && o.Span.End <= to && ageBand(d.src.Text, o) == "" {
			return true
		}
	}
	return false
}
