package extract

import "strings"

// A figure's own place in a list of figures (what88):
//
//	13.9% of adults in England smoked, 15.5% of adults in Wales, 15.4% of
//	adults in Scotland and 15.6% of adults in Northern Ireland → each share
//	is its own nation's: "Wales" is the place of 15.5%, not the
//	counterpart of 13.9%
//	Average house prices increased … in England to £252,000 (2.2%), Wales
//	to £166,000 (2.2%) → Wales is the place of £166,000
//	a budget of US$534.8 million for a … program … in Kenya → Kenya, after
//	no other figure, is still the budget's other side
//	committing $200 million over five years to train more than 420,000
//	teachers in Africa → Africa is the amount's other side too: an amount
//	and a count are no list
//
// The genre's pattern: a place named right after another figure of the
// same list in the sentence, with only that figure's own words between them and the figure
// drafted not between, belongs to that figure.

// laterFigurePlace reports whether place p stands within a short phrase
// right after another figure of m's sentence (at most laterFigureGap
// bytes, no clause break between), with m not between them, and so is
// that figure's place, not m's.
func (d *docDraft) laterFigurePlace(m Mention, p placeMention) bool {
	text := d.src.Text
	for _, o := range d.sentenceMentions(m) {
		if o.Span == m.Span || o.Span.End > p.start || o.Span.End <= m.Span.Start && m.Span.Start < p.start || !d.parallelFigures(m, o) {
			continue
		}
		gap := text[o.Span.End:p.start]
		if len(gap) <= laterFigureGap && !strings.ContainsAny(gap, ",;:()") {
			return true
		}
	}
	return false
}

// laterFigureGap is the longest run of words between a figure and the
// place that is its own ("% of adults in ", " to £166,000 in ").
const laterFigureGap = 40

// ownPlaces drops from places those that are another figure's own
// (laterFigurePlace), unless that would drop them all.
func (d *docDraft) ownPlaces(m Mention, places []placeMention) []placeMention {
	var out []placeMention
	for _, p := range places {
		if !d.laterFigurePlace(m, p) {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return places
	}
	return out
}

// parallelFigures reports whether figures m and o of one sentence are
// items of one list: of one kind and unit ("13.9% … 15.5%", "£252,000 …
// £166,000"), each item of that kind from the first to the second at
// most laterFigureGap bytes and no semicolon after the one before.
// "$200 million … to train more than 420,000 teachers in Africa" are no
// list: an amount and what it pays for.
func (d *docDraft) parallelFigures(m, o Mention) bool {
	same := func(x Mention) bool {
		return x.Kind == m.Kind && x.Unit.Kind == m.Unit.Kind && x.Unit.Currency == m.Unit.Currency
	}
	if !same(o) {
		return false
	}
	a, b := m, o
	if o.Span.Start < m.Span.Start {
		a, b = o, m
	}
	end := a.Span.End
	for _, x := range d.sentenceMentions(m) {
		if x.Span.Start < a.Span.End || x.Span.Start > b.Span.Start || !same(x) {
			continue
		}
		if between := d.src.Text[end:x.Span.Start]; len(between) > laterFigureGap || strings.Contains(between, ";") {
			return false
		}
		end = x.Span.End
	}
	return true
}
