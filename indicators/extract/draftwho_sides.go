package extract

import (
	"fmt"

	"github.com/claimbook/claimbook/indicators"
)

// The other side of a flow written as "foreign" (what18):
//
//	Landings by Irish vessels in foreign ports increased by 13.8% → [IE]
//	with the world (WLD): the landings cross from Ireland's vessels to
//	ports anywhere abroad
//	Landings by foreign vessels in Ireland decreased by 27.6% → [IE]/WLD:
//	the reporting side is Ireland, where they land
//	223.4 million passengers on international flights to and from the
//	United States → [US]/WLD; Foreign airlines carried 6.1 percent more
//	passengers to and from the United States → [US]/WLD
//
// The genre's pattern: a flow between two places — goods landed, people
// carried, visitors arriving — has the reporting side as its entity and
// the other side as its counterpart; where the other side is written
// "foreign", "international" or "overseas", it is the world — for the
// reporting side, the document's own country, only:
//
//	International passengers to Mexico numbered 31 million (a U.S.
//	release) → [MX], no counterpart: Mexico is a side named, not the
//	reporting one, and the world is not its other side

// foreignSideRe finds the other side of a flow written as any place
// abroad: a carrier, a port, a flight or its passengers that are
// "foreign", "international" or "overseas". A stock held abroad is no
// flow: "direct investment position abroad" and "international students
// in the United States" are one country's, with no counterpart.
var foreignSideRe = lazyRegexp(`\b(?:[Ff]oreign|[Ii]nternational|[Oo]verseas) (?:ports?|vessels?|fleets?|airlines?|flights?|carriers?|airports?|passengers?)\b`)

// wholeFlowRe marks a figure that counts both sides together: "systemwide
// (domestic and international)", "passengers on domestic flights".
var wholeFlowRe = lazyRegexp(`\b(?:[Dd]omestic|[Ss]ystemwide|[Ii]nland)\b`)

// ownSide returns the document's own country, the reporting side of its
// flows: placesCountry, else its home party (home).
func (d *docDraft) ownSide() string {
	if c := d.placesCountry(); c != "" {
		return c
	}
	return d.home()
}

// foreignSideClaim gives a figure of the document's own country
// (ownSide) alone, with no counterpart, the world as its counterpart when its own clause (cs to ce, up to the
// next figure) writes the flow's other side as foreign (foreignSideRe)
// and names no domestic side with it (wholeFlowRe).
func (d *docDraft) foreignSideClaim(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	if len(ind.Entities) != 1 || ind.Counterpart != "" || !isCountry(ind.Entities[0]) {
		return
	}
	text := d.src.Text
	lo, hi := max(cs, m.Sentence.Start), max(m.Span.End, min(ce, m.Sentence.End, d.nextFigureAt(m)))
	own := text[lo:hi]
	g := foreignSideRe.FindStringIndex(own)
	if g == nil || wholeFlowRe.MatchString(own) || ind.Entities[0] != d.ownSide() {
		return // another country's figure: "passengers to Mexico" in a U.S. release is the U.S.'s flow, Mexico its other side
	}
	ind.Counterpart = indicators.World
	cl.fieldNotes["counterpart"] = fmt.Sprintf("the other side of the flow is written %q: the world", own[g[0]:g[1]])
	declare(cl.fieldNotes, "counterpart", "counterpart/foreignSideClaim")
}
