package extract

import (
	"fmt"
	"slices"
	"strings"
)

// A place that says where the people counted come from (drafts52):
//
//	Over a quarter (26.5%) of births were to mothers born outside the UK →
//	"born outside the UK", "born in Italy", "non-UK born", "of Pakistani
//	origin" describe the people counted, their origin: the figure is of
//	the document's place (docContext, doc20: "Persons born in Australia …
//	(66% and 56% respectively)" in a release of Australia's), else of the
//	places of the figure before it in the document

// originBeforeRe ends the words before a place of origin: "born outside
// the", "born in", "non-".
var originBeforeRe = lazyRegexp(`(?i)(?:\bborn (?:outside|in|abroad in)(?: the)?|\bnon-)\s*$`)

// originAfterRe opens the words after a place of origin: " origin",
// "-born", " born".
var originAfterRe = lazyRegexp(`^(?:-born\b| born\b| origin\b| descent\b)`)

// originPlaces gives each claim of out whose only places are the origin
// of the people it counts the document's place, else the places of the
// nearest claim before it.
func (d *docDraft) originPlaces(out []claim) []claim {
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 || len(cl.ind.Entities) == 0 {
			continue
		}
		q := cl.ind.Provenance[0].Quote
		if !strings.Contains(q, "born") && !strings.Contains(q, "non-") && !strings.Contains(q, " origin") && !strings.Contains(q, " descent") {
			continue
		}
		ps := countries(placesIn(q, 0))
		origin, other := "", false
		for _, p := range ps {
			if originBeforeRe.MatchString(q[:p.start]) || originAfterRe.MatchString(q[p.end:]) {
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
			break
		}
	}
	return out
}
