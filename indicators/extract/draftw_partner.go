package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// The two parties of a bilateral document (drafts34):
//
//	… farmers exporting to our sixth-largest trading partner → the
//	partner (KR) ranked among the home country's (US) partners: the
//	document's other party, counterpart its own country
//	the three rounds of tariff cuts and eliminations (under the
//	agreement) → both parties' (KR, US)

// ourRankRe is the home country's ranking of a partner: "our
// sixth-largest trading partner", "our 5th largest export market".
var ourRankRe = lazyRegexp(`(?i)^[\s-]*(?:largest|biggest)? ?(?:goods |services |agricultural |export |trading |two-way )*(?:trading partner|trade partner|partner|export market|market|customer|supplier)\b`)

// tariffCutRe names cuts of tariffs, which an agreement makes on both
// sides: "rounds of tariff cuts", "tariff reductions".
var tariffCutRe = lazyRegexp(`(?i)\btariff (?:cuts|reductions|eliminations)\b`)

// partnerClaim gives a rank the document's own country gives its partner
// ("our sixth-largest trading partner") the partner, with the home
// country as counterpart, and cuts of tariffs in a bilateral document
// both parties.
func (d *docDraft) partnerClaim(cl *claim, m Mention) {
	ind := &cl.ind
	home, partner := d.home(), d.partner()
	if home == "" || partner == "" {
		return
	}
	text := d.src.Text
	before := strings.ToLower(text[max(m.Sentence.Start, m.Span.Start-8):m.Span.Start])
	if ind.Measure == indicators.RankKind && strings.HasSuffix(strings.TrimRight(before, " "), "our") && ourRankRe.MatchString(text[m.Span.End:m.Sentence.End]) {
		if ps := countries(d.placesAt(text, m.Sentence.Start, m.Span.Start, m.Sentence.End)); slices.ContainsFunc(ps, func(p placeMention) bool { return p.code != home && p.code != partner }) {
			return // the sentence names another place: it may be the one ranked
		}
		ind.Entities, ind.Counterpart = []string{partner}, home
		delete(cl.fieldNotes, "entities")
		cl.fieldNotes["counterpart"] = fmt.Sprintf("%q: the document's partner, %s, ranked among the partners of %s", strings.TrimSpace(text[max(m.Sentence.Start, m.Span.Start-4):min(m.Sentence.End, m.Span.End+16)]), codeName(partner), codeName(home))
		declare(cl.fieldNotes, "counterpart", "counterpart/partnerClaim")
		return
	}
	if g := tariffCutRe.FindStringIndex(text[m.Span.End:d.nextFigureAt(m)]); g != nil && len(strings.Fields(text[m.Span.End:m.Span.End+g[0]])) <= 4 {
		ind.Entities, ind.Counterpart = []string{home, partner}, ""
		slices.Sort(ind.Entities)
		delete(cl.fieldNotes, "counterpart")
		cl.fieldNotes["entities"] = fmt.Sprintf("%q: cuts of a bilateral agreement, made by both parties", text[m.Span.End+g[0]:m.Span.End+g[1]])
		declare(cl.fieldNotes, "entities", "entities/partnerClaim")
	}
}
