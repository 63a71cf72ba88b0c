package extract

import (
	"fmt"
	"slices"
	"strings"
)

// A place that says where the people counted come from (drafts52,
// who28): a release about one country breaks its figures down by the
// nationality, citizenship, birthplace or ethnic group of the people it
// counts; the place those words name is what the people are, and the
// figure stays the release's.
//
//	Over a quarter (26.5%) of births were to mothers born outside the UK →
//	"born outside the UK", "born in Italy", "non-UK born", "of Pakistani
//	origin" describe the people counted, their origin: the figure is of
//	the document's place (docContext, doc20: "Persons born in Australia …
//	(66% and 56% respectively)" in a release of Australia's), else of the
//	places of the figure before it in the document
//	the most common nationality referred was Albanian (24%; 4,052) and
//	third was Vietnamese (6%; 991) → not AL, not VN: the places after a
//	word of a breakdown by origin are its categories
//	+180,000 EU citizens, -43,000 British citizens (drafts76); adults from
//	the Indian ethnic group; White Irish; Black African → people
//
// A place the people are in stays theirs ("nationalities of people
// living in Wales"), and so does a place whose residents, vessels or
// firms are a side of a flow ("Irish residents made 2.1 million trips
// abroad", "Japanese companies employed 650,000 U.S. workers"): no word
// of origin names those.

var (
	// originBeforeRe ends the words before a place of origin: "born
	// outside the", "born in", "citizens of", "non-", "White", "Black".
	originBeforeRe = lazyRegexp(`(?:(?i:\bborn (?:outside|in|abroad in)(?: the)?|\b(?:citizens?|nationals?|natives?|nationality|citizenship) of(?: the)?|\bnon-)|\b(?:White|Black|Mixed|Asian))\s*$`)
	// originAfterRe opens the words after a place of origin: " origin",
	// "-born", " citizens", " nationals", " ethnic group".
	originAfterRe = lazyRegexp(`^(?:-born\b| born\b| origin\b| descent\b| heritage\b|\s+(?:citizens?|nationals?|nationality|citizenship|ethnic(?:ity| groups?| backgrounds?)?)\b)`)
	// originWordRe names a breakdown of people by origin, whose places,
	// later in its sentence, are its categories: "the most common
	// nationality referred was UK".
	originWordRe = lazyRegexp(`\b(?:[Nn]ationalit(?:y|ies)|[Cc]itizenships?|countr(?:y|ies) of (?:birth|origin)|[Ee]thnic(?:ity|ities| groups?))\b`)
	// locativeBeforeRe ends the words before a place people are in:
	// "living in", "across", "to the".
	locativeBeforeRe = lazyRegexp(`\b(?:in|across|throughout|within|into|to|at) (?:the )?$`)
)

// peopleOrigin reports whether the place p of a sentence that starts at
// sentStart names where the people counted come from — their
// nationality, citizenship, birthplace or ethnic group — not the place
// of its figures.
func peopleOrigin(text string, sentStart int, p placeMention) bool {
	before := text[max(sentStart, p.start-40):p.start]
	return originAfterRe.MatchString(text[p.end:min(len(text), p.end+24)]) || originBeforeRe.MatchString(before) ||
		!locativeBeforeRe.MatchString(before) && originWordRe.MatchString(text[sentStart:p.start])
}

// originCues are the words one of which a sentence that names people's
// origin holds (peopleOrigin's patterns), looked for before its places.
var originCues = []string{"born", "non-", " origin", " descent", " heritage", "itizen", "ational", "thnic", "atives of", "White ", "Black ", "Mixed ", "Asian ", "of birth"}

// originCue reports whether s holds one of originCues.
func originCue(s string) bool {
	return slices.ContainsFunc(originCues, func(c string) bool { return strings.Contains(s, c) })
}

// originPlaces gives each claim of out whose only places are the origin
// of the people it counts the document's place, else the places of the
// nearest claim before it.
func (d *docDraft) originPlaces(out []claim) []claim {
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 || len(cl.ind.Entities) != 1 {
			continue
		}
		q := cl.ind.Provenance[0].Quote
		if !originCue(q) {
			continue
		}
		ps := countries(placesIn(q, 0))
		origin, other := "", false
		for _, p := range ps {
			if peopleOrigin(q, 0, p) {
				origin = p.code
			} else {
				other = true
			}
		}
		if origin == "" || other || !slices.Equal(cl.ind.Entities, []string{origin}) {
			continue
		}
		if c := d.context(); len(c.place) > 0 {
			cl.ind.Entities, cl.ind.Counterpart = slices.Clone(c.place), ""
			delete(cl.fieldNotes, "counterpart")
			cl.fieldNotes["entities"] = fmt.Sprintf("%s is where the people counted come from, not what the figure is of: the document's place, %s", origin, c.placeWhy)
			declare(cl.fieldNotes, "entities", "entities/originPlaces#1")
			continue
		}
		for j := i - 1; j >= 0; j-- {
			o := &out[j]
			if o.skip != "" || len(o.ind.Entities) == 0 || slices.Contains(o.ind.Entities, origin) {
				continue
			}
			cl.ind.Entities, cl.ind.Counterpart = slices.Clone(o.ind.Entities), ""
			delete(cl.fieldNotes, "counterpart")
			cl.fieldNotes["entities"] = fmt.Sprintf("%s is where the people counted come from, not what the figure is of: the places of %s before it", origin, strings.Join(strings.Fields(o.ind.Stated), " "))
			declare(cl.fieldNotes, "entities", "entities/originPlaces#2")
			break
		}
	}
	return out
}
