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
//	the lowest in the North East (0.5%), followed by London (0.9%) → a
//	figure in brackets right after a place is that place's
//
//	England planted 4,550 ha, Wales 640 ha and Northern Ireland 430 ha →
//	each area is the nation named right before it: "Northern Ireland",
//	after "640 ha and", opens the next item, not 640's
//
// The genre's pattern: in a list of figures, a place belongs to the
// figure of its own item — the item's words reach from the place to the
// figure with no list break (a comma, a semicolon, "and", "or") between,
// whether the place follows its figure ("15.5% of adults in Wales") or
// opens the item ("Wales 640 ha").

// listBreakRe is what ends one item of a list of figures: a comma, a
// semicolon, a colon, a bracket, or "and", "or", "while", "whereas",
// "compared with".
var listBreakRe = lazyRegexp(`[,;:()]|\b(?:and|or|while|whereas|compared with)\b`)

// laterFigurePlace reports whether place p is the own place of another
// figure o of m's list (parallelFigures), not m's: p follows o within a
// short phrase with no list break between (o's words: "15.5% of adults in
// Wales"), with m not between them; or p opens o's item, standing right
// before o with no list break between, and a list break or o stands
// between m and p ("640 ha and Northern Ireland 430 ha").
func (d *docDraft) laterFigurePlace(m Mention, p placeMention) bool {
	text := d.src.Text
	for _, o := range d.sentenceMentions(m) {
		if o.Span == m.Span || !d.parallelFigures(m, o) {
			continue
		}
		if o.Span.End <= p.start && !(o.Span.End <= m.Span.Start && m.Span.Start < p.start) {
			if gap := text[o.Span.End:p.start]; len(gap) <= laterFigureGap && !listBreakRe.MatchString(gap) {
				return true
			}
			continue
		}
		if p.end <= o.Span.Start {
			gap := text[p.end:o.Span.Start]
			if strings.TrimSpace(gap) == "(" {
				gap = "" // "followed by the West Midlands (1.4%)": the figure in brackets is the place's
			}
			if len(gap) > laterFigureGap || listBreakRe.MatchString(gap) {
				continue
			}
			if m.Span.End <= p.start && listBreakRe.MatchString(text[m.Span.End:p.start]) || o.Span.End <= m.Span.Start {
				return true
			}
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

// laterItemPlace reports whether a place at byte at, after figure m,
// follows another figure of m's kind and unit first: the place closes
// that figure's item, not m's ("a £10m refurbishment of the Hull Tidal
// Barrier and a £1.1m sea defence … in Kent": Kent is the £1.1m's).
func (d *docDraft) laterItemPlace(m Mention, at int) bool {
	if at < m.Span.End {
		return false
	}
	for _, o := range d.sentenceMentions(m) {
		if o.Span.Start >= m.Span.End && o.Span.End <= at && o.Kind == m.Kind && o.Unit.Kind == m.Unit.Kind && o.Unit.Currency == m.Unit.Currency {
			return true
		}
	}
	return false
}
