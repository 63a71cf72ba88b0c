package extract

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/claimbook/claimbook/indicators"
)

// A share's part and whole (what19):
//
//	nearly 75% of all new woodland throughout the UK were established in
//	Scotland → GB-SCT's share of GB: the UK is in the share's "of"
//	phrase, the whole; Scotland, where the part lies, is the entity
//	Scotland accounted for nearly 60% of the UK total → GB-SCT, of GB
//	Scotland has created 73% (15,040 ha) of all new woodlands in the UK →
//	GB-SCT, of GB
//	London's share, 14% of England's homes → GB-LND, of GB-ENG
//
// The genre's pattern: a share's whole is what its "of" phrase names, so a
// place in that phrase is the counterpart; the share is of a place inside
// it that the sentence names — the clause's subject before the figure,
// else the place the part lies "in" after the whole. A place outside the
// whole ("20% of UK exports were sold in China") is no part of it.

// shareOfRe matches what stands between a share and a place inside its
// "of" phrase: "% of all new woodland throughout ", " of the ", " of the 250,000 people who immigrate to ".
var shareOfRe = lazyRegexp(`^(?:\s*(?:%|per ?cent|percent))?(?:\s*\([^()]*\))?\s+of\b(?:[^,;:()]|,\d)*$`)

// partOfWhole returns the entity and counterpart of a share m whose "of"
// phrase names a place: the other place, the part's, and the whole's.
func (d *docDraft) partOfWhole(m Mention, cs int, measure indicators.MeasureKind) ([]string, string, string, bool) {
	if measure != indicators.Share {
		return nil, "", "", false
	}
	text := d.src.Text
	var whole placeMention
	found := false
	for _, p := range countries(d.placesAt(text, m.Sentence.Start, m.Span.End, m.Sentence.End)) {
		if p.code != indicators.World && p.start-m.Span.End <= 80 && shareOfRe.MatchString(joinBroken(text[m.Span.End:p.start])) {
			whole, found = p, true
		}
		break
	}
	if !found {
		return nil, "", "", false
	}
	// The sentence's places and the whole's states and provinces, by
	// their ISO 3166-2 codes.
	parts := countries(d.placesAt(text, m.Sentence.Start, m.Sentence.Start, m.Sentence.End))
	for _, s := range subdivisionsIn(text[m.Sentence.Start:m.Sentence.End]) {
		// A state of the whole's own country: the whole says where the
		// name lies, so one name alone is read ("… to Canada … in
		// Ontario").
		if s.code == whole.code {
			if iso := isoSubdivision(s); iso != "" {
				parts = append(parts, placeMention{m.Sentence.Start + s.start, m.Sentence.Start + s.end, iso})
			}
		}
	}
	slices.SortFunc(parts, func(a, b placeMention) int { return a.start - b.start })
	var before, after []placeMention
	for _, p := range parts {
		switch {
		case p.start >= cs && p.end <= m.Span.Start:
			before = append(before, p)
		case p.start >= whole.end:
			after = append(after, p)
		}
	}
	// The clause's subject before the figure, nearest first.
	for i := len(before) - 1; i >= 0; i-- {
		if p := before[i]; placeWithin(p.code, whole.code) && !d.laterFigurePlace(m, p) {
			return []string{p.code}, whole.code, fmt.Sprintf("%s's share of %s, the whole the share's %q phrase names", text[p.start:p.end], text[whole.start:whole.end], "of"), true
		}
	}
	// Else where the part lies, after the whole: "… were established in
	// Scotland".
	for _, p := range after {
		if w := lastWord(text[max(m.Sentence.Start, p.start-12):p.start]); placeWithin(p.code, whole.code) && (w == "in" || w == "by") && !d.laterFigurePlace(m, p) {
			return []string{p.code}, whole.code, fmt.Sprintf("%q %s: its share of %s, the whole the share's %q phrase names", w, text[p.start:p.end], text[whole.start:whole.end], "of"), true
		}
	}
	return nil, "", "", false
}

// placeWithin reports whether place part lies inside place whole and is
// not it: a subdivision of its country ("GB-SCT" in "GB"), or a country
// or region in a UN M49 region.
func placeWithin(part, whole string) bool {
	if part == whole || part == "" || whole == "" {
		return false
	}
	if strings.HasPrefix(part, whole+"-") {
		return true
	}
	r, err := language.ParseRegion(whole)
	if err != nil || len(whole) != 3 {
		return false
	}
	c, err := language.ParseRegion(part)
	return err == nil && r.Contains(c)
}
