package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// What a counted figure counts and whether it is a level or a change, as a
// statistics office's release, a programme page and a government's
// announcement write them (drafts38):
//
//	the number of pupils … rose from 1,204 to 1,310 → both ends count pupils
//	…, an increase of 106 → the change counts what the figure before counted
//	where pupil numbers rose by 60 (4.1%) → pupils, a change; so is the
//	bracketed restatement "rose by 3.0% (45)" and "a small decrease of 12"
//	in a sentence that names pupil numbers
//	rose by just 40 → a change: an adverb may stand between "by" and the figure
//	45 rural districts supported by … → districts, the head noun after it
//	coverage increased from 12% in 2018 to 20% in 2021 and 31% in 2022 →
//	levels of the coverage, not changes; only "by 8%" would be one
//	9.2 infections prevented per 1,000 people treated → a rate, a level
//	a rail line stretching over 1,200 kilometres → the line's length, a
//	stock; kilometres built or travelled in a period are a flow

// changeByBefore matches the end of the words before a figure that is a
// change, with an adverb allowed between "by" and the figure: "rose by",
// "rose by just", "fell by only", "grew by a further".
var changeByBefore = lazyRegexp(`\b(increased|increases|grew|grows|rose|rises|risen|climbed|jumped|fell|falls|fallen|decreased|declined|dropped)\s+by(?:\s+(?:just|only|a\s+mere|a\s+further|another|a\s+modest|a\s+record|some|around|about|approximately|roughly|nearly|almost))?\s*$`)

// numbersNoun matches "<noun> numbers" (the noun is what is counted:
// "pupil numbers") and "number(s) of <words> <plural noun>".
var numbersNoun = lazyRegexp(`\b([a-z]+)\s+numbers\b|\bnumbers?\s+of\s+(?:[a-z-]+\s+){0,2}?([a-z]+s)\b`)

// notCountedNouns stand before "numbers" without naming what is counted:
// "record numbers", "large numbers".
var notCountedNouns = map[string]bool{"record": true, "large": true, "small": true, "high": true, "low": true, "big": true, "huge": true,
	"growing": true, "increasing": true, "rising": true, "falling": true, "declining": true, "greater": true, "higher": true, "lower": true,
	"similar": true, "equal": true, "these": true, "those": true, "the": true, "their": true, "our": true, "its": true, "total": true,
	"overall": true, "such": true, "both": true, "even": true, "odd": true, "whole": true, "real": true, "raw": true, "round": true,
	"random": true, "phone": true, "telephone": true, "serial": true, "account": true, "headline": true, "official": true, "final": true,
	"preliminary": true, "revised": true, "trade": true}

// levelSeriesBefore matches the words between a change verb and a
// percentage that is one of the levels the verb goes through: "increased
// from", "rose from 4% in 2019 to", "grew from 4% to 8% and".
var levelSeriesBefore = lazyRegexp(`\b(?:increased|increasing|rose|rising|grew|growing|climbed|jumped|fell|falling|decreased|declined|dropped|went|moved|improved|expanded)\s+from\s+(?:(?:[^.;()]|\.\d){0,60}?\s)?(?:from|to|and|,)\s*$|\b(?:increased|increasing|rose|rising|grew|growing|climbed|jumped|fell|falling|decreased|declined|dropped|went|moved|improved|expanded)\s+from\s*$`)

// perRateAfter matches the words after a figure that make it a rate: "per
// 1,000 children", "deaths averted per 100,000 people", "per capita".
var perRateAfter = lazyRegexp(`^\s*(?:[a-z-]+\s+){0,3}?per\s+(?:\d[\d,.]*|capita|head|person|inhabitant|household|hundred|thousand|million)\b`)

// lengthCues say that a distance is the extent of a route or network: a
// stock, its length at a time.
var lengthCues = []string{"stretching", "stretches", "stretch", "spanning", "spans", "long", "length", "in length", "extends", "extending", "covering",
	"network of", "route of", "line of"}

// distanceFlowCues say that a distance is built, sealed or travelled in a
// period: a flow.
var distanceFlowCues = []string{"built", "build", "building", "constructed", "construct", "construction", "sealed", "seal", "laid", "lay", "paved",
	"upgraded", "travelled", "traveled", "driven", "flown", "walked", "added", "add", "new", "a year", "per year", "annually", "each year", "every year"}

// distanceUnits are the units of a length.
var distanceUnits = map[string]bool{"km": true, "m": true, "mi": true, "kilometre": true, "kilometer": true, "mile": true}

// countedClaim sets what a counted figure counts and whether it is a change
// or a level by the rules of this file; it runs after every other rule of
// what a figure is.
func (d *docDraft) countedClaim(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	bare := m.Kind == Number && !isFraction(m)
	counted := bare || ind.Unit.Kind == indicators.Count
	if !counted && ind.Unit.Kind != indicators.Percent && m.Kind != Measure {
		return
	}
	own := d.ownPart(m)

	// A rate per N is a level.
	if counted && ind.Measure != indicators.Change {
		after := strings.ToLower(joinBroken(text[m.Span.End:min(m.Sentence.End, m.Span.End+120)]))
		if g := perRateAfter.FindString(after); g != "" {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("%q after the figure: a rate, a level", strings.TrimSpace(g))
			ind.Quantity.Direction = indicators.NoDirection
			bare = false // a rate's unit is no counted noun
		}
	}
	// The second end of "from A to B" counts what A counts.
	if bare && ind.Unit.IsZero() {
		if o, ok := d.fromEnd(m); ok {
			if u, ok := d.what.unitAt[o.Span.Start]; ok {
				ind.Unit, cl.fieldNotes["unit"] = u, fmt.Sprintf("%s, as %s, the other end of \"from … to\"; stated keeps the figure as written", u.Name, flatText(o.Text))
			}
		}
	}
	// The head noun after a bare number: "57 low-income districts".
	if bare && ind.Unit.IsZero() && !strings.Contains(strings.ToLower(m.Text), " in ") {
		if noun, end, ok := headNounPhrase(text, m.Span.End, m.Sentence.End); ok {
			ind.Unit, cl.fieldNotes["unit"] = indicators.CountOf(noun), fmt.Sprintf("%s, the head noun of %q; stated keeps the figure as written", noun, flatText(text[m.Span.Start:end]))
		}
	}
	// "rose by just 7,139": a change, whatever the count.
	if (bare || ind.Unit.Kind == indicators.Count) && ind.Measure != indicators.Change {
		if g := changeByBefore.FindStringSubmatch(own); g != nil {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("%q: a counted change", strings.TrimSpace(changeByBefore.FindString(own)))
			dir := indicators.Up
			if downChanges[g[1]] || g[1] == "falls" || g[1] == "fallen" {
				dir = indicators.Down
			}
			d.setDirection(cl, dir, sent)
		}
	}
	// A change of a count counts what its sentence's "<noun> numbers" or
	// the figure it changes counts.
	if bare && ind.Unit.IsZero() && ind.Measure == indicators.Change {
		if noun, ev, ok := d.numbersNounOf(m); ok {
			ind.Unit, cl.fieldNotes["unit"] = indicators.CountOf(noun), fmt.Sprintf("%s, from %q in the sentence: the change counts them; stated keeps the figure as written", noun, ev)
		} else if o, ok := d.countBefore(m); ok {
			u := d.what.unitAt[o.Span.Start]
			ind.Unit, cl.fieldNotes["unit"] = u, fmt.Sprintf("%s, as %s, the count this figure changes; stated keeps the figure as written", u.Name, flatText(o.Text))
		}
	}
	// "increased from 4% in 2019 to 8% in 2022": levels, not changes.
	if ind.Unit.Kind == indicators.Percent && ind.Unit.Per == "" && ind.Measure == indicators.Change && !strings.HasSuffix(strings.TrimSpace(own), "by") &&
		levelSeriesBefore.MatchString(strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))) {
		ind.Measure, cl.fieldNotes["measure"] = indicators.Share, "a level the sentence's change goes from or to, not the change: a share"
		if n := d.rateNounOf(m); n != "" {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("a level of %q the sentence's change goes from or to, not the change", n)
		} else if n := namedRateBefore(strings.ToLower(joinBroken(text[cs:m.Span.Start]))); n != "" {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("a level of %q the sentence's change goes from or to, not the change", n)
		}
		ind.Quantity.Direction = indicators.NoDirection
		// Its title, shared by every point of the series, is
		// repairTitle's (drafttitle_measured.go).
	}
	// The length of a route is a stock.
	if m.Kind == Measure && distanceUnits[ind.Unit.String()] && ind.Measure == indicators.Flow {
		clause := strings.ToLower(joinBroken(text[cs:ce]))
		if c := firstPhrase(clause, lengthCues); c != "" && firstPhrase(clause, distanceFlowCues) == "" {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Stock, fmt.Sprintf("%q: the length of a route or network, a stock", c)
		}
	}
	if ind.Unit.Kind == indicators.Count && ind.Unit.Name != "" && ind.Unit.Per == "" {
		if d.what.unitAt == nil {
			d.what.unitAt = map[int]indicators.Unit{}
		}
		d.what.unitAt[m.Span.Start] = ind.Unit
	}
}

// fromEnd returns the figure A of "from A to B" when m is B.
func (d *docDraft) fromEnd(m Mention) (Mention, bool) {
	text := d.src.Text
	prev, found := d.lastBeforeIn(m, nil)
	if !found {
		return Mention{}, false
	}
	between := strings.Fields(strings.ToLower(text[prev.Span.End:m.Span.Start]))
	if len(between) == 0 || between[len(between)-1] != "to" || len(between) > 3 {
		return Mention{}, false
	}
	bw := strings.Fields(strings.ToLower(text[max(m.Sentence.Start, prev.Span.Start-12):prev.Span.Start]))
	if len(bw) == 0 || bw[len(bw)-1] != "from" {
		return Mention{}, false
	}
	return prev, true
}

// countBefore returns the nearest figure before m in its sentence that
// counts a noun (drafted so), with only changes of it between.
func (d *docDraft) countBefore(m Mention) (Mention, bool) {
	var best Mention
	found := false
	for _, o := range d.sentenceMentions(m) {
		if o.Span.End > m.Span.Start {
			break
		}
		if _, ok := d.what.unitAt[o.Span.Start]; ok {
			best, found = o, true
		}
	}
	return best, found
}

// numbersNounOf returns the noun that "<noun> numbers" or "the number of
// <noun>" before m in its sentence counts, in the singular, and the words
// it read it from.
func (d *docDraft) numbersNounOf(m Mention) (string, string, bool) {
	before := strings.ToLower(joinBroken(d.src.Text[m.Sentence.Start:m.Span.Start]))
	all := numbersNoun.FindAllStringSubmatch(before, -1)
	for k := len(all) - 1; k >= 0; k-- {
		g := all[k]
		switch {
		case g[1] != "" && !notCountedNouns[g[1]] && isLowerWord(g[1]):
			w := g[1]
			if one := indicators.Singular(w); one != w {
				continue // "students numbers" is no English
			}
			if indicators.Plural(w) == w {
				continue
			}
			return w, g[0], true
		case g[2] != "":
			one := indicators.Singular(g[2])
			if one == g[2] || indicators.Plural(one) != g[2] {
				continue
			}
			return one, g[0], true
		}
	}
	return "", "", false
}

// headStops end the words of a noun phrase after a figure: prepositions,
// relative words and verbs' helpers, and words of its own ("its", "this",
// "thus", "us", "perhaps").
var headStops = stopSet(classPrepositions|classRelativePronouns|classConjunctions|classCopulas|classHaveForms,
	"across", "within", "under", "per", "since", "through", "over", "during", "as",
	"its", "this", "thus", "plus", "us", "always", "perhaps", "less")

// headNounPhrase returns the counted noun of the noun phrase right after a
// bare number at byte from, in the singular, and where it ends: its first
// plural word ("57 lower-income countries supported by …" → country,
// "605,000 future cancer deaths averted" → death), none past a
// preposition or punctuation. At most four words are read.
func headNounPhrase(text string, from, limit int) (string, int, bool) {
	i := from
	for n := 0; n < 4 && i < limit; n++ {
		for i < limit && text[i] == ' ' {
			i++
		}
		j := i
		for j < limit && text[j] != ' ' && text[j] != '\n' {
			j++
		}
		raw := text[i:j]
		w := strings.TrimRight(raw, ".,;:)")
		if w == "" || !isLowerWord(w) || headStops[w] {
			return "", 0, false
		}
		end := i + len(w)
		if one := indicators.Singular(w); one != w && indicators.Plural(one) == w && !strings.HasSuffix(w, "ss") {
			// The first plural noun is the head: the modifiers before it
			// are singular ("cancer deaths"), and a word after it may be
			// its verb ("children lives in").
			return one, end, true
		}
		if w != raw {
			return "", 0, false // punctuation closes the phrase before a head noun
		}
		i = j
	}
	return "", 0, false
}

// namedRateRE matches a rate the words name: "the birth rate", "the
// recycling rate". Group 1 is the word before "rate".
var namedRateRE = lazyRegexp(`\b([a-z-]+)\s+rate\b`)

// namedRateBefore returns the last "<noun> rate" of the lower-case words
// before a figure, growth's aside (a growth rate is a change), or "": one
// statistic named a rate takes one measure, a level, as recordRate's
// (drafts68).
func namedRateBefore(before string) string {
	all := namedRateRE.FindAllStringSubmatch(before, -1)
	if len(all) == 0 || all[len(all)-1][1] == "growth" {
		return ""
	}
	return all[len(all)-1][0]
}
