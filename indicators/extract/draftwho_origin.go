package extract

import (
	"fmt"
	"slices"
	"strings"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// An origin is not the subject (where37, s29z-foodhygiene): a place that
// enters a release only as where the things counted come from or go to
// is the other side of a flow, never the place of the release's figures:
//
//	about 10,000 taken from food imported from Japan (a Hong Kong
//	release that names no other place) → not JP for every figure: the
//	release's place (here its address's, HK), with Japan the other side
//	of the 10,000 alone
//	3% from the Republic of Ireland (of the students at Northern
//	Ireland's universities) → GB-NIR, with IE the other side
//	exports to Japan rose 4% → the exporter's, with Japan the other side
//	whisky exports from Scotland, visitors to Ireland → Scotland's,
//	Ireland's: the reporting side (vocab.OutwardFlows)
//	apart from London → an exception, no origin (vocab.ApartWords)

// otherSide reports whether the place p of text is named as the other
// side of a flow: the object of "from" in a clause with no word of an
// outward flow before it, or of "to" in a clause with one.
func otherSide(text string, p placeMention) bool {
	before := text[max(0, p.start-120):p.start]
	if i := strings.LastIndexAny(before, ",;:.()\n"); i >= 0 {
		before = before[i+1:]
	}
	// The place may close a longer name of the flow's other side: "from
	// the Republic of Ireland", "from other EU countries".
	f := strings.Fields(before)
	for k := 0; k < 4 && len(f) > 0; k++ {
		w := f[len(f)-1]
		if w != "the" && w != "of" && w != "other" && !isUpperWord(w) {
			break
		}
		f = f[:len(f)-1]
	}
	for i := range f {
		f[i] = strings.ToLower(f[i])
	}
	if len(f) < 2 {
		return false
	}
	outward := slices.ContainsFunc(f[:len(f)-1], func(w string) bool { return slices.Contains(vocab.OutwardFlows, w) })
	switch f[len(f)-1] {
	case "from":
		return !outward && !slices.Contains(vocab.ApartWords, f[len(f)-2])
	case "to":
		return outward
	}
	return false
}

// originClaim gives a figure whose only place is the other side of a
// flow its own clause names (otherSide) the release's place, with that
// place as its other side: "about 10,000 taken from food imported from
// Japan" in Hong Kong's release is HK's, from JP.
func (d *docDraft) originClaim(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	if len(ind.Entities) != 1 || ind.Counterpart != "" {
		return
	}
	text := d.src.Text
	ps := d.placesAt(text, m.Sentence.Start, cs, ce)
	if len(ps) == 0 || slices.ContainsFunc(ps, func(p placeMention) bool { return p.code != ind.Entities[0] || !otherSide(text, p) }) {
		return
	}
	c := d.context()
	if len(c.place) != 1 || c.place[0] == ind.Entities[0] {
		return
	}
	origin := ind.Entities[0]
	ind.Entities, ind.Counterpart = slices.Clone(c.place), origin
	cl.fieldNotes["counterpart"] = fmt.Sprintf("%q: %s is the other side of the flow, not the figure's place; %s", snippet(text, max(cs, ps[0].start-16), ps[0].end), codeName(origin), c.placeWhy)
	declare(cl.fieldNotes, "counterpart", "counterpart/originClaim")
	delete(cl.fieldNotes, "entities")
}
