package extract

import (
	"fmt"
	"strings"
)

// A sentence that goes on in its paragraph (drafts52):
//
//	In the first quarter of 2031, the deficit widened by £0.8 billion.
//	The widening reflects a £2.7 billion fall in exports. → a sentence
//	with no date of its own takes the period of the main figure of the
//	sentence before it in the same paragraph or bullet, a quarter or a
//	month (a year is carried by the sentence rules of draft.go, which
//	leave a general fact undated)
//	… was £2.8 billion in May 2031, compared with £3.3 billion in April
//	2031. This reflects a deficit of £10.1 billion on goods → a sentence
//	that explains the one before takes the date of its main figure (May),
//	not that of its "compared with" reading (April)

// goesOnNote ends the note of a period read from the last date of the
// sentence before (draftmonthly.go).
const goesOnNote = ", as the sentence before, which this one goes on"

// paragraphPeriods dates the claims of out whose sentence states no date,
// or whose date was read from the end of the sentence before, by the
// main figure of the nearest earlier sentence of their paragraph.
func (d *docDraft) paragraphPeriods(out []claim) []claim {
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 {
			continue
		}
		at := cl.ind.Provenance[0].Span.Start
		main := func() int { return mainBefore(d.src.Text, out, i, at) }
		d.comparandYears(out, i, main)
		note := cl.fieldNotes["period"]
		undated := note == "no year for this figure" && !cl.ind.Period.IsStated()
		if !undated && !strings.HasSuffix(note, goesOnNote) {
			continue
		}
		mi := main()
		if mi < 0 {
			continue
		}
		m := &out[mi]
		p := m.ind.Period
		if p.From.Month == 0 || !undated && p == cl.ind.Period {
			continue // a year is carried by the rules of draft.go, a month or quarter here
		}
		cl.ind.Period = p
		cl.fieldNotes["period"] = fmt.Sprintf("no date of its own: %s, of %s, the main figure of the sentence before in its paragraph", m.ind.Stated, p)
		declare(cl.fieldNotes, "period", "period/paragraphPeriods")
	}
	d.refMonthPeriods(out)       // "Retail sales, Great Britain: February 2024" (drafts56)
	d.surveyMonthPeriods(out)    // "In April 2016 median weekly earnings …" (drafts60)
	d.surveyPlaces(out)          // "…, based on the APS." (drafts60)
	d.listLeadPeriods(out)       // "In 2022, … 22% … • Men … 7%" (drafts60)
	d.datedComparedReadings(out) // "… compared with the previous year (592,293)" (drafts62)
	d.pointBackPeriods(out)      // "This is 7.7 percent above the revised July rate" (drafts66)
	d.refYearPeriods(out)        // "Over the year to 2019 …" (drafts66)
	earlierReadings(out)         // "… twice the previous year (2,900 ha)" (when24)
	d.averageSpans(out)          // "…, compared to the long-term average of 346,289" (when27)
	d.splitYears(out)            // "the 12 months from 1 April 2019 to 31 March 2020" in a release of 2005/06's kind
	d.decidePeriods(out)         // the last word, by one precedence (draftwhen_decide.go)
	d.ownTimePeriods(out)        // "in the three months to May": a figure's own time beats a borrowed one (when45)
	d.comparisonBases(out)       // "which fell by £2.1 billion from the previous quarter": once every change is dated
	return out
}

// mainBefore returns the index in out of the main (first dated) figure of
// the nearest sentence before claim i, whose quote starts at at, in its
// paragraph; or -1.
func mainBefore(text string, out []claim, i, at int) int {
	ps := paragraphStart(text, at)
	main := -1
	for j := i - 1; j >= 0; j-- {
		o := &out[j]
		if o.skip != "" || len(o.ind.Provenance) == 0 {
			continue
		}
		os := o.ind.Provenance[0].Span.Start
		if os >= at {
			continue // the same sentence
		}
		if os < ps || main >= 0 && os != out[main].ind.Provenance[0].Span.Start {
			break
		}
		if o.ind.Period.IsStated() {
			main = j
		}
	}
	return main
}

// mentionStated returns the mention of the figure a claim states: the
// first in its quote's sentence whose words are its stated figure.
func (d *docDraft) mentionStated(cl *claim) (Mention, bool) {
	sp := cl.ind.Provenance[0].Span
	for _, m := range d.mentionsFrom(sp.Start, sp.End) {
		if m.Span.Start >= sp.Start && m.Span.End <= sp.End && strings.Join(strings.Fields(m.Text), " ") == cl.ind.Stated {
			return m, true
		}
	}
	return Mention{}, false
}
