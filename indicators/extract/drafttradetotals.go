package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// A country's own trade release (drafts52):
//
//	Offland Trade: May 2031 … the trade deficit widened by £0.8 billion →
//	a release whose title names trade and one country, the document's
//	home: a balance, exports or imports naming no partner in their part
//	of the sentence are the country's totals with the world (counterpart
//	WLD), never with a place named elsewhere in the document
//	… oil exported to Nordic countries, which fell by £2.1 billion → the
//	place after "to", "with" or "from" is the counterpart; the home
//	country the exporter
//	… a fall in imports of oil from outside the EU → "outside" or "non-"
//	names no party: the home country alone
//	…; widening by £1.5 billion → a change takes the parties of the
//	level it changes: the one-sided word before it in the sentence

// nationalTradeRelease returns the home country of a release whose title
// line names trade and that country only, or "".
func (d *docDraft) nationalTradeRelease() string {
	if d.natTrade != nil {
		return *d.natTrade
	}
	home := ""
	text := d.src.Text
	title, _, _ := strings.Cut(strings.TrimLeft(text, " \t\n"), "\n")
	if h := d.home(); h != "" && hasPhrase(strings.ToLower(title), "trade") {
		if cs := distinct(countries(placesIn(title, 0))); len(cs) == 1 && cs[0] == h {
			home = h
		}
	}
	d.natTrade = &home
	return home
}

// tradeTotalsClaim gives a one-sided figure of a national trade release
// its parties: the home country, and the world or the partner its own
// part of the sentence names.
func (d *docDraft) tradeTotalsClaim(cl *claim, m Mention, ce int) {
	home := d.nationalTradeRelease()
	if home == "" {
		return
	}
	text := d.src.Text
	end := max(ce, m.Span.End)
	w := firstPhrase(strings.ToLower(joinBroken(text[m.Sentence.Start:end])), oneSidedWords)
	if w == "" {
		return
	}
	lo, _ := semicolonPart(text, m)
	counterpart, why := indicators.World, fmt.Sprintf("%q, no partner named in its part of the sentence: %s's trade with the world, in %s's own trade release", w, home, home)
places:
	for _, p := range countries(d.placesAt(text, m.Sentence.Start, lo, end)) {
		if p.code == home || p.code == indicators.World {
			continue
		}
		before := strings.ToLower(lastWord(text[max(lo, p.start-16):p.start]))
		switch {
		case before == "outside" || strings.HasSuffix(strings.ToLower(text[max(lo, p.start-4):p.start]), "non-"):
			counterpart, why = "", fmt.Sprintf("%q before %s names no party: %s's trade alone", before, text[p.start:p.end], home)
		case slices.Contains([]string{"to", "with", "from"}, before):
			counterpart, why = p.code, fmt.Sprintf("%q before %s: %s's partner in %s's trade", before, text[p.start:p.end], p.code, home)
		default:
			return // a place of some other role: the sentence's rules stand
		}
		break places
	}
	cl.ind.Entities, cl.ind.Counterpart = []string{home}, counterpart
	delete(cl.fieldNotes, "entities")
	cl.fieldNotes["counterpart"] = why
	declare(cl.fieldNotes, "counterpart", "counterpart/tradeTotalsClaim")
	cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool {
		return strings.HasPrefix(n, "entities: ") || strings.HasPrefix(n, "counterpart: ")
	})
}
