package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Whose figures, in a country's trade release and an international
// body's release (drafts28):
//
//	China's foreign trade fell 11 percent → CN with the world (WLD): a
//	country's total trade, exports, imports or balance with no partner
//	named is with the whole world
//	Exports dipped 17.2 percent, the trade deficit stood at … after a
//	lead naming the reporting country → that country's, with WLD
//	trade with the European Union, the United States and Japan decreased
//	14.2 percent, 19.6 percent and 15.3 percent, respectively → both
//	parties, in order: [CN EU], [CN US], [CN JP]
//	the sector added 176 GW of capacity globally → WLD, over an earlier
//	figure's place
//	capacity expanded by 7.6% last year with Asia dominating growth → the
//	place after the figure is the next clause's figure's: an
//	international body's figure naming no place of its own is WLD
//	at least 70% in almost all regions, other than in Africa → no place:
//	places after "other than", "except", "excluding" are not the figure's

// tradeTotalRe finds the words of a country's trade with all partners.
var tradeTotalRe = lazyRegexp(`(?i)\b(?:foreign trade|external trade|total trade|overall trade|exports|imports|trade (?:deficit|surplus|balance))\b`)

// partnerCueRe finds words that name a trade's partner.
var partnerCueRe = lazyRegexp(`(?i)\b(?:partners?|trade with|trading with|exports? to|imports? from|shipments? to|with the)\b`)

// worldWordRe finds words that make a figure the world's: the world's
// phrases (vocab.WorldPhrases: "worldwide", "across the world") and its
// adjectives, "global" and "world's".
var worldWordRe = lazyRegexp(`(?i)\b(?:` + strings.Join(append(slices.Clone(vocab.WorldPhrases), "global", "world's"), "|") + `)\b`)

// exceptRe finds the words after which places are excluded ones.
var exceptRe = lazyRegexp(`(?i)\b(?:other than|except|excluding|apart from|outside)(?:\s+(?:in|for))?\s+(?:the\s+)?$`)

// internationalBodies name the bodies whose releases report the world's
// figures.
var internationalBodies = lazyRegexp(`\b(?:International Renewable Energy Agency|IRENA|International Energy Agency|IEA|International Monetary Fund|IMF|World Bank|World Trade Organization|WTO|OECD|United Nations|UNCTAD|International Labour Organization|ILO|Food and Agriculture Organization|FAO|World Health Organization|WHO)\b`)

// reporter returns the country the lead (the first sentence with a
// figure) names first, or "".
func (d *docDraft) reporter() string {
	if !d.memo.reporterOK {
		d.memo.reporter, d.memo.reporterOK = d.readReporter(), true
	}
	return d.memo.reporter
}

// readReporter is reporter, read afresh.
func (d *docDraft) readReporter() string {
	if len(d.mentions) == 0 {
		return ""
	}
	s := d.mentions[0].Sentence
	for _, p := range placesIn(d.src.Text[s.Start:s.End], s.Start) {
		if p.code != indicators.World && len(p.code) == 2 {
			// A place named above the lead ("The U.S.-Korea agreement")
			// makes the document about two parties, not one reporter.
			if slices.ContainsFunc(placesIn(d.src.Text[:s.Start], 0), func(q placeMention) bool { return q.code != p.code && q.code != indicators.World }) {
				return ""
			}
			return p.code
		}
	}
	return ""
}

// ownPlaces returns the places of a sentence that may be its figures':
// not those after "other than", "except" or "excluding".
func ownPlaces(text string, s indicators.Span) []placeMention {
	var out []placeMention
	for _, p := range placesIn(text[s.Start:s.End], s.Start) {
		lo := max(s.Start, p.start-40)
		if exceptRe.MatchString(text[lo:p.start]) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// worldClaim sets the parties by the rules of this file.
func (d *docDraft) worldClaim(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	set := func(es []string, cp, why string) {
		ind.Entities, ind.Counterpart = es, cp
		delete(cl.fieldNotes, "entities")
		delete(cl.fieldNotes, "counterpart")
		if cp != "" {
			cl.fieldNotes["counterpart"] = why
			declare(cl.fieldNotes, "counterpart", "counterpart/worldClaim")
		} else {
			cl.fieldNotes["entities"] = why
			declare(cl.fieldNotes, "entities", "entities/worldClaim")
		}
		cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "entities: ") })
	}
	note := cl.fieldNotes["entities"]
	own := ownPlaces(text, m.Sentence)
	// A place only after "other than", "except" or "excluding" is none of
	// the figure's.
	excepted := len(ind.Entities) == 1 && !slices.ContainsFunc(own, func(p placeMention) bool { return p.code == ind.Entities[0] })
	carried := len(ind.Entities) == 0 && note == "" || len(ind.Entities) == 1 && (strings.Contains(note, "goes on from") || excepted && strings.Contains(note, "after the figure"))
	if es, why, ok := d.respectivelyPair(m, own); ok {
		set(es, "", why)
		return
	}
	// A country's trade with no partner named: with the whole world.
	if rep := d.reporter(); rep != "" && ind.Counterpart == "" && ind.Measure != indicators.Share &&
		(len(ind.Entities) == 0 || slices.Equal(ind.Entities, []string{rep})) && !partnerCueRe.MatchString(sent) {
		others := slices.ContainsFunc(own, func(p placeMention) bool { return p.code != rep })
		if w := tradeTotalRe.FindString(text[cs:m.Span.Start]); w != "" && !others {
			set([]string{rep}, indicators.World, fmt.Sprintf("%q, no partner named: %s's with the whole world", w, rep))
			return
		}
	}
	before := ownPlacesBefore(own, m)
	subset := func() bool {
		// "the 57 lower-income countries supported by Gavi": a named
		// subset of the world's countries is no one code, and not the
		// world (drafts37).
		if len(countries(before)) > 0 || ind.Counterpart != "" {
			return false
		}
		if w := subsetRe.FindString(text[m.Span.End:d.nextFigureAt(m)]); w != "" {
			ind.Entities = nil
			delete(cl.fieldNotes, "entities")
			cl.notes = append(slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "entities: ") }),
				fmt.Sprintf("entities: none: %q after the figure is a group of countries, no one code, and not the world", w))
			return true
		}
		if w := d.leadSubset(); w != "" {
			ind.Entities = nil
			delete(cl.fieldNotes, "entities")
			cl.notes = append(slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "entities: ") }),
				fmt.Sprintf("entities: none: the document's lead speaks of %q, a named group of countries, not the world", w))
			return true
		}
		return false
	}
	// "globally", "worldwide" in the figure's sentence, no place of its own.
	if w := memo(&d.memo.world, sent, worldWord); carried && w != "" && subset() {
		return
	}
	if w := memo(&d.memo.world, sent, worldWord); carried && ind.Counterpart == "" && w != "" && len(countries(before)) == 0 {
		if !slices.Equal(ind.Entities, []string{indicators.World}) {
			set([]string{indicators.World}, "", fmt.Sprintf("%q in the sentence: the world's", w))
		}
		return
	}
	// An international body's figure that names no place before it.
	if carried && internationalBodies.MatchString(text[:min(len(text), 600)]) && len(countries(before)) == 0 && ind.Counterpart == "" {
		if subset() {
			return
		}
		if regionsRe.MatchString(text[m.Span.End:d.nextFigureAt(m)]) {
			set(nil, "", fmt.Sprintf("%q: many places, no one code", regionsRe.FindString(text[m.Span.End:d.nextFigureAt(m)])))
			return
		}
		set([]string{indicators.World}, "", "no place before the figure in an international body's release: the world's")
	}
}

// regionsRe finds plural places of no one code: "in almost all regions".
var regionsRe = lazyRegexp(`(?i)\b(?:all|most|many|several|other)\s+(?:regions|countries|economies|markets)\b`)

// ownPlacesBefore returns the places of own before the figure, and after
// it only those in its own clause before the next figure, not in a "with
// X …ing" clause that leads to another figure.
func ownPlacesBefore(own []placeMention, m Mention) []placeMention {
	var out []placeMention
	for _, p := range own {
		if p.start < m.Span.Start {
			out = append(out, p)
		}
	}
	return out
}

// respectivelyPair pairs the places of a list with the figures of a list
// closed by "respectively", in order: "trade with A, B and C decreased
// x, y and z, respectively". A place the gazetteer lacks still takes its
// figure, which then has no place.
func (d *docDraft) respectivelyPair(m Mention, own []placeMention) ([]string, string, bool) {
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	if !strings.Contains(strings.ToLower(sent), "respectively") {
		return nil, "", false
	}
	var figs []Mention
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Sentence == m.Sentence {
			figs = append(figs, o)
		}
	}
	// The figures of the list: the last run joined by commas and "and".
	for i := len(figs) - 1; i > 0; i-- {
		gap := strings.TrimSpace(text[figs[i-1].Span.End:figs[i].Span.Start])
		if gap != "," && gap != "and" && gap != ", and" {
			figs = figs[i:]
			break
		}
	}
	if len(figs) < 2 {
		return nil, "", false
	}
	first := figs[0].Span.Start
	// The list: the words after the last "with", "in" or "than in" before
	// the figures, up to the verb or comma that ends it.
	head := text[m.Sentence.Start:first]
	lo := -1
	for _, cue := range []string{" with ", " in ", " than "} {
		if i := strings.LastIndex(head, cue); i > lo {
			lo = i + len(cue)
		}
	}
	if lo < 0 {
		return nil, "", false
	}
	list := head[lo:]
	if i := strings.Index(list, ", where"); i >= 0 {
		list = list[:i]
	}
	items := splitList(list)
	if len(items) != len(figs) {
		return nil, "", false
	}
	k := slices.IndexFunc(figs, func(o Mention) bool { return o.Span == m.Span })
	if k < 0 {
		return nil, "", false
	}
	var es []string
	trade := strings.Contains(strings.ToLower(head), "trade with")
	if rep := d.reporter(); trade && rep != "" {
		es = append(es, rep)
	}
	ps := countries(placesIn(items[k], 0))
	if len(ps) > 0 && ps[0].code != indicators.World {
		es = append(es, ps[0].code)
	} else if !trade {
		return nil, fmt.Sprintf("%q, whose figure this is by \"respectively\", has no code: name it in the title", strings.TrimSpace(items[k])), true
	}
	return es, fmt.Sprintf("%q: the list's item %d, by \"respectively\"", strings.TrimSpace(items[k]), k+1), true
}

// splitList splits "A, B and C" into its items, or returns s alone.
func splitList(s string) []string {
	s = strings.TrimSpace(s)
	// Cut the verb after the list: "Japan decreased" → "Japan".
	f := strings.Fields(s)
	for i, w := range f {
		if i > 0 && isLowerWord(w) && !slices.Contains([]string{"and", "the", "of"}, w) {
			s = strings.Join(f[:i], " ")
			break
		}
	}
	var out []string
	for _, part := range strings.Split(s, ",") {
		for _, it := range strings.Split(part, " and ") {
			it = strings.TrimPrefix(strings.TrimSpace(it), "and ")
			if it != "" {
				out = append(out, it)
			}
		}
	}
	return out
}

// subsetRe names a group of the world's countries that is no one code:
// "lower-income countries", "countries supported by Gavi",
// "Gavi-supported countries".
var subsetRe = lazyRegexp(`\b(?:countries|economies|nations) (?:supported|funded|assisted|financed) by [A-Z]|\b[A-Z][A-Za-z]+-(?:supported|funded|eligible|assisted) (?:countries|economies|nations)\b|\b(?:lower|low|middle|upper-middle|lower-middle|high)(?:-| and middle-)income (?:countries|economies)\b`)

// leadSubset returns the named group of countries the document's lead
// (the first sentence with a figure) speaks of, or "".
func (d *docDraft) leadSubset() string {
	if len(d.mentions) == 0 {
		return ""
	}
	s := d.mentions[0].Sentence
	return subsetRe.FindString(d.src.Text[s.Start:s.End])
}

// planNouns follow a "global" that names a plan or a body, not the place
// of a figure: "the global strategy", "a global alliance".
var planNouns = map[string]bool{"strategy": true, "goal": true, "goals": true, "target": true, "targets": true, "plan": true,
	"initiative": true, "agenda": true, "alliance": true, "fund": true, "partnership": true, "framework": true,
	"programme": true, "program": true, "effort": true, "efforts": true, "campaign": true, "call": true, "leader": true, "leadership": true}

// worldWord returns the first word of a sentence that makes its figures
// the world's ("globally", "worldwide"), or "": a "global" before a
// noun of a plan or a body ("the global strategy") is none.
func worldWord(sent string) string {
	for _, g := range worldWordRe.FindAllStringIndex(sent, -1) {
		w := sent[g[0]:g[1]]
		if strings.EqualFold(w, "global") && planNouns[strings.ToLower(strings.Trim(firstField(sent[g[1]:]), ",.;:"))] {
			continue
		}
		return w
	}
	return ""
}
