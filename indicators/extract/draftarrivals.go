package extract

import (
	"fmt"
	"strings"
)

// An arrivals release (drafts40, the kind of a statistics office's
// monthly visitor-arrivals release):
//
//	Fewer visitor arrivals from Europe (the title) … Visitors from Fiji
//	were down 300 → the home country's, with Fiji: the market is the
//	counterpart only where the clause says "visitors / arrivals from X"
//	The total number of visitor arrivals was 98,000 → the home's alone:
//	a region in the title is no party to every figure
//	The largest changes were from: / • Samoa – up 400 → with Samoa, the
//	place an item names under a "from" lead-in

// arrivalsTitleRe is the title of a release about arrivals or visitors.
var arrivalsTitleRe = lazyRegexp(`(?i)\b(?:arrivals|visitors|tourism|tourists)\b`)

// fromMarketRe ends the words before a market's name: "Visitors from ",
// "arrivals from the ".
var fromMarketRe = lazyRegexp(`(?i)\b(?:visitors|visitor arrivals|arrivals|tourists|travellers|travelers) from (?:the )?$`)

// fromLeadRe ends a lead-in whose list items name markets: "The largest
// changes were from:".
var fromLeadRe = lazyRegexp(`(?i)\bfrom:\s*$`)

// arrivalsRelease reports whether the document is an arrivals release, by
// its title.
func (d *docDraft) arrivalsRelease() bool {
	return arrivalsTitleRe.MatchString(d.source.Title)
}

// arrivalsClaim sets the parties of a figure of an arrivals release: the
// home country, with the market its clause or its list item names as
// coming from, else none.
func (d *docDraft) arrivalsClaim(cl *claim, m Mention, home string) {
	ind := &cl.ind
	ind.Entities, ind.Counterpart = []string{home}, ""
	cl.fieldNotes["counterpart"] = fmt.Sprintf("%s, the release's home; no \"visitors from\" in the figure's words: no market", codeName(home))
	declare(cl.fieldNotes, "counterpart", "counterpart/arrivalsClaim#1")
	text := d.src.Text
	if code, why := arrivalsMarket(text, m.Sentence.Start, m.Span.Start); code != "" && code != home {
		ind.Counterpart, cl.fieldNotes["counterpart"] = code, why
		declare(cl.fieldNotes, "counterpart", "counterpart/arrivalsClaim#2")
	}
}

// arrivalsMarket returns the market a figure comes from: a place right
// after "visitors from" in its sentence before it, or the first place a
// list item names when the line before the list ends "from:".
func arrivalsMarket(text string, start, at int) (string, string) {
	before := text[start:at]
	for _, p := range placesIn(before, start) {
		if fromMarketRe.MatchString(text[max(start, p.start-40):p.start]) {
			return p.code, fmt.Sprintf("%q: the market visitors come from", snippet(text, max(start, p.start-14), p.end))
		}
	}
	ls := strings.LastIndexByte(text[:at], '\n') + 1
	if !isBulletLine(text[ls:at]) {
		return "", ""
	}
	// The lead-in: the first line above the list that is no item.
	lead := ""
	for e := ls - 1; e > 0; {
		s := strings.LastIndexByte(text[:e], '\n') + 1
		if l := text[s:e]; !isBulletLine(l) && strings.TrimSpace(l) != "" {
			lead = l
			break
		}
		e = s - 1
	}
	if !fromLeadRe.MatchString(lead) {
		return "", ""
	}
	if ps := placesIn(text[ls:at], ls); len(ps) > 0 {
		return ps[0].code, fmt.Sprintf("%q, an item under %q: the market visitors come from", strings.TrimSpace(text[ls:at]), strings.TrimSpace(lead[max(0, len(lead)-40):]))
	}
	return "", ""
}
