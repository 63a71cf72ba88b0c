package extract

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
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

// perBefore matches the subject of a clause that names the base of the
// rate its figure is, before the figure: "consumption per meter per day
// in 2016 was", "the median price per tonne of lobster in 2016 was",
// "median consumption per meter per day in 2016 of" (group 1: up to four
// words after "per", which rateBase cuts). The figure completes the
// subject: a verb of being or reaching, or "of", right before it.
var perBefore = lazyRegexp(`\bper\s+([a-z]+(?:\s+[a-z]+){0,3})\b[^.;:()]{0,60}?\b(?:was|were|is|are|of|stood at|averaged|reached)\s*$`)

// isMeasureName reports whether words name a unit of measure ("tonne",
// "kilogram"), as the unit grammar verify reads them.
func isMeasureName(words string) bool {
	_, u, err := indicators.ParseStated("2 " + words)
	return err == nil && u.Kind == indicators.Measure
}

// rateBase returns the base of a rate the words after "per" name, up to
// a function word: "meter per day" of "meter per day in", "staff year"
// of "staff year in the", "tonne" of "tonne of cod", "dwelling" of
// "dwelling sold in"; "" for "cent".
func rateBase(words string) string {
	var base []string
	for i, w := range strings.Fields(words) {
		if w == "per" && i > 0 && base[len(base)-1] != "per" {
			base = append(base, w)
			continue
		}
		if headStops[w] || w == "cent" && i == 0 || len(base) == 2 && base[1] != "per" || len(base) == 1 && !durations[w] && !slices.Contains(vocab.RateNouns, w) {
			// A second noun is the span or population of a compound
			// base ("staff year", "patient day"), not a verb's
			// participle ("dwelling sold") or an adjective ("bed
			// per day due").
			break
		}
		base = append(base, w)
	}
	if len(base) > 0 && base[len(base)-1] == "per" {
		base = base[:len(base)-1]
	}
	return strings.Join(base, " ")
}

// changeByBefore matches the end of the words before a figure that is a
// change, with an adverb allowed between "by" and the figure: "rose by",
// "rose by just", "fell by only", "grew by a further".
var changeByBefore = lazyRegexp(`\b(` + changeByVerbs + `)\s+by(?:\s+(?:just|only|a\s+mere|a\s+further|another|a\s+modest|a\s+record|some|around|about|approximately|roughly|nearly|almost))?\s*$`)

// changeByVerbs are the verbs of change whose "by" a counted change
// follows, in any tense or as a participle ("rising by 11,008").
const changeByVerbs = `increased|increases|increasing|grew|grows|growing|rose|rises|risen|rising|climbed|climbing|jumped|fell|falls|fallen|falling|decreased|decreasing|declined|declining|dropped|dropping`

// gappedBy matches a figure's own words that open a coordinated clause
// and repeat only its noun and "by", the verb gapped: "and crimes by" in
// "incidents fell by 15 and crimes by 8" (a time may stand before "and"). changeByIn finds the gapped
// verb, the last verb of change with "by" before (group 1).
var (
	gappedBy   = lazyRegexp(`(?:^|\s)(?:and|or|but|while)\s+(?:[a-z/'-]+\s+){1,4}by\s*$`)
	changeByIn = lazyRegexp(`\b(` + changeByVerbs + `)\s+by\b[^;:]*$`)
)

// gappedChange returns the verb of change a coordinated clause with no
// verb of its own takes from the clause before it in its sentence (before,
// in lower case), for a figure whose own words are own; "" when none.
func gappedChange(own, before string) string {
	if !gappedBy.MatchString(own) || strings.Contains(own, "ed ") || hasVerb(strings.Fields(own)) {
		return ""
	}
	if g := changeByIn.FindStringSubmatch(strings.TrimSuffix(before, own)); g != nil {
		return g[1]
	}
	return ""
}

// numbersNoun matches "<noun> numbers" (the noun is what is counted:
// "pupil numbers") and "number(s) of <words> <plural noun>".
var numbersNoun = lazyRegexp(`\b([a-z]+)\s+numbers\b|\bnumbers?\s+of\s+(?:(?:[a-z-]+|\([a-z -]+\))\s+){0,3}?([a-z]+s)\b`)

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
	if ind.Unit.IsZero() && m.Kind == Count && m.Unit.Per != "" {
		// "from 50.8 to 43.4 deaths per million population": the rate the
		// extractor read off the range's other end.
		ind.Unit, cl.fieldNotes["unit"] = m.Unit, fmt.Sprintf("%s, the rate the range's other end writes; stated keeps the figure as written", m.Unit)
		declare(cl.fieldNotes, "unit", "unit/countedClaim#1")
	} else if p, ok := d.seriesPartner(m); ok && ind.Unit.IsZero() && p.Unit.Kind == indicators.Count && p.Unit.Per != "" && !durations[p.Unit.Per] {
		// "110.0 and 30.2 deaths per million population … respectively":
		// the rate the next figure's words write is both figures'.
		ind.Unit, cl.fieldNotes["unit"] = p.Unit, fmt.Sprintf("%s, the rate %s after \"and\" writes; stated keeps the figure as written", p.Unit, flatText(p.Text))
		declare(cl.fieldNotes, "unit", "unit/countedClaim#2")
		ind.Measure, cl.fieldNotes["measure"] = indicators.Level, "a count per "+p.Unit.Per+", a rate"
		declare(cl.fieldNotes, "measure", "measure/countedClaim#1")
		return
	}
	if u, ok := basisUnit(text, m, ind.Unit); ok {
		// "15 FTE officers": the extractor's noun, with the basis of
		// counting the figure's own words name.
		ind.Unit, cl.fieldNotes["unit"] = u, fmt.Sprintf("%s, the head noun of %q with its basis of counting", u.Name, flatText(m.Text))
		declare(cl.fieldNotes, "unit", "unit/countedClaim#3")
	}
	// "consumption per meter per day in 2016 was 351 litres": the base
	// of a rate said once before the figure; and the second end of "from
	// 342 litres per meter per day … to 358 litres" takes the first's.
	if u := ind.Unit; (u.Kind == indicators.Measure || u.Kind == indicators.Money || u.Kind == indicators.Count && u.Name != "") && u.Per == "" && ind.Measure != indicators.Change {
		before := strings.ToLower(joinBroken(text[cs:m.Span.Start]))
		if o, ok := d.fromEnd(m); ok && o.Unit.Per != "" && o.Unit.Kind == u.Kind && o.Unit.Name == u.Name {
			ind.Unit.Per, cl.fieldNotes["unit"] = o.Unit.Per, fmt.Sprintf("%s, the rate %s, the other end of \"from … to\", writes; stated keeps the figure as written", o.Unit, flatText(o.Text))
			declare(cl.fieldNotes, "unit", "unit/countedClaim#4")
		} else if g := perBefore.FindStringSubmatch(before); g != nil && rateBase(g[1]) != "" && (u.Kind != indicators.Count || !durations[u.Name] && !durations[strings.Fields(rateBase(g[1]))[0]]) &&
			(u.Kind != indicators.Money || !isMeasureName(rateBase(g[1]))) {
			// A count's base of time before it is an average's ("the
			// average number of beds occupied per day was 1,073": unit
			// bed), and days counted per staff year are days (the
			// hand catalogs'); any other base is the rate's ("the number
			// of items per kilogramme was 12.21": item per kilogramme),
			// a money's too where it is a thing counted ("the average
			// receipt per dwelling was £86,000": GBP per dwelling), not
			// a unit of measure, which a price is quoted in ("the median
			// price per tonne … was €6,761": EUR, as hand catalogs
			// write a price).
			ind.Unit.Per = rateBase(g[1])
			cl.fieldNotes["unit"] = fmt.Sprintf("%s, the base %q names before the figure; stated keeps the figure as written", ind.Unit, strings.TrimSpace(g[0]))
			declare(cl.fieldNotes, "unit", "unit/countedClaim#5")
		}
		if ind.Unit.Per != "" && ind.Measure != indicators.Level {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Level, "a rate per "+ind.Unit.Per+", a level"
			declare(cl.fieldNotes, "measure", "measure/countedClaim#2")
		}
	}
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
			declare(cl.fieldNotes, "measure", "measure/countedClaim#3")
			ind.Quantity.Direction = indicators.NoDirection
			bare = false // a rate's unit is no counted noun
		}
	}
	// The second end of "from A to B" counts what A counts.
	if bare && ind.Unit.IsZero() {
		if o, ok := d.fromEnd(m); ok {
			if u, ok := d.what.unitAt[o.Span.Start]; ok {
				ind.Unit, cl.fieldNotes["unit"] = u, fmt.Sprintf("%s, as %s, the other end of \"from … to\"; stated keeps the figure as written", u.Name, flatText(o.Text))
				declare(cl.fieldNotes, "unit", "unit/countedClaim#6")
			}
		}
	}
	// What the clause says a bare number counts.
	if bare && ind.Unit.IsZero() && !strings.Contains(strings.ToLower(m.Text), " in ") {
		if u, _, why, ok := d.countedNoun(m, cs); ok {
			ind.Unit, cl.fieldNotes["unit"] = u, why+"; stated keeps the figure as written"
			declare(cl.fieldNotes, "unit", "unit/countedClaim#7")
		}
	}
	// "a 26% increase (+79)", "fell by 3% (−1,204)": a count written with
	// its sign in brackets is a change; what it counts is read below.
	if bare && ind.Measure != indicators.Change {
		if dir, ok := signedCount(text, m); ok {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Change, "written with its sign in brackets: a change"
			declare(cl.fieldNotes, "measure", "measure/countedClaim#4")
			if dir == indicators.Up {
				d.setDirection(cl, dir, sent)
			}
		}
	}
	// "rose by just 7,139": a change, whatever the count.
	if (bare || ind.Unit.Kind == indicators.Count) && ind.Measure != indicators.Change {
		verb, why := "", ""
		if g := changeByBefore.FindStringSubmatch(own); g != nil {
			verb, why = g[1], fmt.Sprintf("%q: a counted change", strings.TrimSpace(changeByBefore.FindString(own)))
		} else if v := gappedChange(own, strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))); v != "" {
			verb, why = v, fmt.Sprintf("%q gapped from the clause before: a counted change", v+" by")
		}
		if verb != "" {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Change, why
			declare(cl.fieldNotes, "measure", "measure/countedClaim#5")
			dir := indicators.Up
			if downChanges[verb] || slices.Contains([]string{"falls", "fallen", "falling", "decreasing", "declining", "dropping"}, verb) {
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
			declare(cl.fieldNotes, "unit", "unit/countedClaim#8")
		} else if o, ok := d.countBefore(m); ok {
			u := d.what.unitAt[o.Span.Start]
			ind.Unit, cl.fieldNotes["unit"] = u, fmt.Sprintf("%s, as %s, the count this figure changes; stated keeps the figure as written", u.Name, flatText(o.Text))
			declare(cl.fieldNotes, "unit", "unit/countedClaim#9")
		}
	}
	// Last, a bare number in brackets counts what verify reads its quote
	// to count ("the number of referrals for females (24%; 4,088)"): the
	// unit its notice would ask for, so that no draft is told to write
	// one the drafter could have read.
	if bare && ind.Unit.IsZero() && inBrackets(text, m) {
		if u, w, ok := indicators.QuoteCount(sent, m.Text); ok {
			ind.Unit, cl.fieldNotes["unit"] = u, fmt.Sprintf("%s, what %q in the quote counts; stated keeps the figure as written", u.Name, w)
			declare(cl.fieldNotes, "unit", "unit/countedClaim#10")
		}
	}
	// "increased from 4% in 2019 to 8% in 2022": levels, not changes.
	if ind.Unit.Kind == indicators.Percent && ind.Unit.Per == "" && ind.Measure == indicators.Change && !strings.HasSuffix(strings.TrimSpace(own), "by") &&
		levelSeriesBefore.MatchString(strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))) {
		ind.Measure, cl.fieldNotes["measure"] = indicators.Share, "a level the sentence's change goes from or to, not the change: a share"
		declare(cl.fieldNotes, "measure", "measure/countedClaim#6")
		if n := d.rateNounOf(m); n != "" {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("a level of %q the sentence's change goes from or to, not the change", n)
			declare(cl.fieldNotes, "measure", "measure/countedClaim#7")
		} else if n := namedRateBefore(strings.ToLower(joinBroken(text[cs:m.Span.Start]))); n != "" {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("a level of %q the sentence's change goes from or to, not the change", n)
			declare(cl.fieldNotes, "measure", "measure/countedClaim#8")
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
			declare(cl.fieldNotes, "measure", "measure/countedClaim#9")
		}
	}
	if ind.Unit.Kind == indicators.Count && ind.Unit.Per == "" {
		if long, acr := d.spelledUnit(ind.Unit.Name, sent); long != "" && (!strings.Contains(ind.Stated, acr) || strings.Contains(ind.Stated, " "+acr)) {
			// "4,664,281 PCNs" after "Penalty Charge Notices (PCNs)":
			// the unit is what the acronym stands for, and stated the
			// figure alone, as verify reads "PCNs" as no such unit.
			ind.Unit, cl.fieldNotes["unit"] = indicators.CountOf(long), fmt.Sprintf("%s, what %s stands for in the text; stated keeps the figure as written", long, acr)
			declare(cl.fieldNotes, "unit", "unit/countedClaim#11")
			if k := strings.Index(ind.Stated, " "+acr); k > 0 {
				ind.Stated = ind.Stated[:k]
			}
		}
		if k := d.sharedKind(ind.Unit.Name); k != ind.Unit.Name {
			ind.Unit, cl.fieldNotes["unit"] = indicators.CountOf(k), fmt.Sprintf("%s, the kind every count of %s in the text shares", k, indicators.Plural(k[strings.LastIndexByte(k, ' ')+1:]))
			declare(cl.fieldNotes, "unit", "unit/countedClaim#12")
		} else if h, mods, ok := figurePhrase(text, m); ok && h == ind.Unit.Name && !slices.Contains(vocab.KindlessHeads, h) {
			if k := d.contrastedKind(h, mods); k != h {
				ind.Unit, cl.fieldNotes["unit"] = indicators.CountOf(k), fmt.Sprintf("%s, the kind that tells this count of %s apart from the text's labelled rows of them", k, indicators.Plural(h))
				declare(cl.fieldNotes, "unit", "unit/countedClaim#13")
			}
		}
	}
	if ind.Unit.Kind == indicators.Count && ind.Unit.Name != "" && ind.Unit.Per == "" {
		if d.what.unitAt == nil {
			d.what.unitAt = map[int]indicators.Unit{}
		}
		d.what.unitAt[m.Span.Start] = ind.Unit
	}
}

// signedCount returns the direction that the sign of bare number m says
// where it stands in brackets beside a figure, as releases write the
// change of that figure: a plus before it, which the mention leaves out
// ("a 26% increase (+79)"), or a minus it starts with ("(−1,204)",
// "(-3,000; -2.4%)"). A signed figure out of brackets may be a balance
// ("net migration = +327,000"), no change.
func signedCount(text string, m Mention) (indicators.Direction, bool) {
	dir, at := indicators.Down, m.Span.Start
	switch {
	case at > 0 && text[at-1] == '+':
		dir, at = indicators.Up, at-1
	case m.Quantity.Value.Sign() >= 0:
		return indicators.NoDirection, false
	}
	before := strings.TrimRight(text[m.Sentence.Start:at], " ")
	if strings.HasSuffix(before, "(") || strings.HasSuffix(before, ";") && strings.LastIndexByte(before, '(') > strings.LastIndexByte(before, ')') {
		return dir, true
	}
	return indicators.NoDirection, false
}

// inBrackets reports whether m follows another figure in one bracket,
// after ";" or ",": "(24%; 4,088)", a share and its count, as releases
// write a breakdown. (A number that opens a bracket is bracketRestates'.)
func inBrackets(text string, m Mention) bool {
	before := strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " +")
	open := strings.LastIndexByte(before, '(')
	return open >= 0 && open > strings.LastIndexByte(before, ')') && len(before)-open < 16 && strings.ContainsAny(before[open:], "0123456789") &&
		(strings.HasSuffix(before, ";") || strings.HasSuffix(before, ",")) && strings.Contains(text[m.Span.End:m.Sentence.End], ")")
}

// seriesPartner returns the figure right after bare number m that "and"
// alone joins it to ("110.0 and 30.2 deaths per million population for
// males and females respectively"): the words after the second are both
// figures'.
func (d *docDraft) seriesPartner(m Mention) (Mention, bool) {
	if m.Kind != Number {
		return Mention{}, false
	}
	for _, o := range d.sentenceMentions(m) {
		if o.Span.Start >= m.Span.End {
			return o, strings.TrimSpace(d.src.Text[m.Span.End:o.Span.Start]) == "and"
		}
	}
	return Mention{}, false
}

// sharedHeadPartner returns the figure after m in its sentence when at
// most two lower-case modifiers and "and" or "or" stand between ("1,772
// male and 880 female … deaths"): the two share the head noun after it.
func (d *docDraft) sharedHeadPartner(m Mention) (Mention, bool) {
	for _, o := range d.sentenceMentions(m) {
		if o.Span.Start < m.Span.End {
			continue
		}
		f := strings.Fields(d.src.Text[m.Span.End:o.Span.Start])
		if n := len(f); n < 2 || n > 3 || f[n-1] != "and" && f[n-1] != "or" {
			return Mention{}, false
		}
		for _, w := range f[:len(f)-1] {
			if !isLowerWord(w) || headStops[w] {
				return Mention{}, false
			}
		}
		return o, true
	}
	return Mention{}, false
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
			f := strings.Fields(g[0])
			if i := slices.Index(f, "of"); i >= 0 {
				one = kindlessNoun(f[i+1:len(f)-1], one) // "number of police services"
			}
			return one, g[0], true
		}
	}
	return "", "", false
}

// peopleAdjectives name people as a noun right after a number, alone or
// after an adverb: "2,001 seriously injured", "12 killed", "3,000
// homeless". headNounPhrase reads them as the counted noun.
var peopleAdjectives = map[string]bool{"injured": true, "killed": true, "wounded": true, "dead": true, "missing": true,
	"homeless": true, "unemployed": true, "displaced": true}

// headStops end the words of a noun phrase after a figure: prepositions,
// relative words and verbs' helpers, and words of its own ("its", "this",
// "thus", "us", "perhaps").
var headStops = stopSet(classPrepositions|classRelativePronouns|classConjunctions|classCopulas|classHaveForms,
	"across", "within", "under", "per", "since", "through", "over", "during", "as", "between", "among", "after", "before",
	"its", "this", "thus", "plus", "us", "always", "perhaps", "less", "does", "goes")

// headNounPhrase returns the counted noun of the noun phrase right after a
// bare number at byte from, in the singular, and where it ends: its first
// plural word ("57 lower-income countries supported by …" → country,
// "605,000 future cancer deaths averted" → death, "195 bus and coach user
// casualties" → casualty), none past a preposition or punctuation. At
// most four words are read, six when modifiers are joined by "and"; an
// aside in brackets among the modifiers is passed over ("965.0 million
// systemwide (domestic and international) scheduled service passengers"
// → passenger). A basis of counting among the modifiers is kept with the
// noun ("16,600 full-time equivalent (FTE) police officers", "52,247 FTE
// teachers" → full-time equivalent officer, full-time equivalent teacher).
func headNounPhrase(text string, from, limit int) (string, int, bool) {
	r := readHeadPhrase(text, from, limit)
	return r.noun, r.end, r.ok
}

// headRead is what readHeadPhrase read of the noun phrase after a
// figure: the counted noun as headNounPhrase returns it, where the phrase
// ends, and, where a plural head was found, that head in the singular
// and the lower-case words before it ("" where a name or a basis stood).
type headRead struct {
	noun string
	end  int
	ok   bool
	head string
	mods []string
}

// readHeadPhrase is headNounPhrase's reading, with the head and its
// modifiers kept for the readers of compound kinds (draftunit_kind.go).
func readHeadPhrase(text string, from, limit int) headRead {
	i := from
	basis, pre := "", "" // pre: a prefix whose hyphen a space broke ("de- ")
	adj, adjEnd := "", 0 // an adjective of people, the noun if no other follows
	var mods []string    // the lower-case words before the head, "" where a name or a basis stood
	for n := 0; n < 6 && i < limit; n++ {
		for i < limit && text[i] == ' ' {
			i++
		}
		if i < limit && text[i] == '(' {
			// An aside among the modifiers, with no figure of its own;
			// or, right after the number, the bracket that restates it
			// or its change ("6,600 (+7%) more people", "120 (15%) new
			// schools").
			if k := strings.IndexByte(text[i:limit], ')'); k > 0 && (n > 0 && !strings.ContainsAny(text[i:i+k], "0123456789.;") || n == 0 && k <= 24 && strings.ContainsAny(text[i:i+k], "0123456789")) {
				i += k + 1
				n--
				continue
			}
		}
		j := i
		for j < limit && text[j] != ' ' && text[j] != '\n' {
			j++
		}
		raw := text[i:j]
		w := strings.TrimRight(raw, ".,;:)")
		if n > 0 && (w == "and" || w == "or") && w == raw {
			// "195 bus and coach user casualties": modifiers joined
			// before the head.
			mods = append(mods, w)
			i = j
			continue
		}
		if w == raw && len(w) > 1 && strings.HasSuffix(w, "-") && slices.Contains(vocab.HyphenPrefixes, w[:len(w)-1]) && pre == "" {
			// "1,847 de- registrations": a hyphen broken by a space
			// after a prefix joins it to the next word
			// (lexicon.JoinHyphenBreaks).
			pre = w
			i = j
			n--
			continue
		}
		if basis == "" && w == raw && slices.Contains(vocab.CountingModifiers, w) {
			basis = w + " " // "17,004 potential victims": what is counted
			mods = append(mods, "")
			i = j
			continue
		}
		if w == "FTE" || w == "full-time" && strings.HasPrefix(text[j:limit], " equivalent") {
			basis = "full-time equivalent "
			if w == "full-time" {
				j += len(" equivalent")
			}
			mods = append(mods, "")
			i = j
			continue
		}
		if peopleAdjectives[w] && adj == "" && (n == 0 || strings.HasSuffix(text[i-3:i], "ly ")) {
			// "2,001 seriously injured": an adjective of people used as
			// their noun, unless a noun follows ("31,200 seriously
			// injured or killed (SIK) cyclists").
			adj, adjEnd = w, i+len(w)
		}
		if n < 3 && w == raw && pre == "" && properModifier(w) {
			// "650 UK Parliamentary constituencies", "32 Scottish local
			// authorities": a name's word modifies the head after it.
			mods = append(mods, "")
			i = j
			continue
		}
		if w == "" || !isLowerWord(w) || headStops[w] && !(adj != "" && (w == "or" || w == "and")) || n >= 4 && n < 6 && !strings.HasSuffix(w, "s") {
			return headRead{noun: adj, end: adjEnd, ok: adj != ""}
		}
		end := i + len(w)
		if vocab.MadePlural(w) || vocab.OtherPlural(w) {
			if h, e, ok := compoundHead(text, end, limit); ok && w == raw {
				// "385 firearms certificates": a plural noun modifies the
				// plural after it, the head.
				mods = append(mods, w)
				w, end = h, e
			}
			one := indicators.Singular(w)
			// The first plural noun is the head: the modifiers before it
			// are singular ("cancer deaths"), and a word after it may be
			// its verb ("children lives in"). The nouns right before it
			// that name its kind are kept with it ("penalty charge
			// notices"), no adjective ("public charging devices").
			if g := grammarNoun(text[from:end], pre+one); g != pre+one {
				return headRead{noun: basis + g, end: end, ok: true, head: one, mods: mods}
			}
			if slices.Contains(vocab.KindlessHeads, one) {
				return headRead{noun: basis + kindPrefix(mods) + pre + one, end: end, ok: true, head: pre + one, mods: mods}
			}
			return headRead{noun: basis + pre + one, end: end, ok: true, head: pre + one, mods: mods}
		}
		pre = ""
		if w != raw {
			return headRead{noun: adj, end: adjEnd, ok: adj != ""} // punctuation closes the phrase before a head noun
		}
		mods = append(mods, w)
		i = j
	}
	return headRead{noun: adj, end: adjEnd, ok: adj != ""}
}

// properModifier reports whether w is a word of a name or its adjective,
// capitalised ("UK", "Parliamentary", "Scottish"), that may stand before
// a counted noun; a plural name ("Catholics") may be the head itself.
func properModifier(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' || strings.HasSuffix(w, "s") {
		return false
	}
	for _, r := range w[1:] {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// kindNoun reports whether w, a lower-case word before a counted noun,
// is a noun that names the kind of thing counted ("penalty", "charge",
// "donor", "bathing", "bed" of "bed days"): no function word, no plural,
// no word of lexicon.LooseModifiers or Evaluatives (sizes, quantifiers,
// times) and no word with an adjective's ending ("electoral", "fixed")
// but the nouns that look so. A hyphened word is one where each of its
// parts is ("fly-tipping"; not "long-term", "low-income").
func kindNoun(w string) bool {
	if parts := strings.Split(w, "-"); len(parts) > 1 {
		for _, p := range parts {
			if !kindNoun(p) {
				return false
			}
		}
		return true
	}
	_, number := vocab.LookupNumber(w)
	_, scale := vocab.LookupScale(w)
	if number || scale || len(w) < 2 || !isLowerWord(w) || headStops[w] || auxiliaries[w] || vocab.MadePlural(w) || vocab.OtherPlural(w) ||
		slices.Contains(vocab.LooseModifiers, w) || slices.Contains(vocab.Evaluatives, w) || slices.Contains(vocab.Articles, w) ||
		slices.Contains(vocab.Demonstratives, w) || slices.Contains(vocab.Possessives, w) {
		return false
	}
	if slices.Contains(vocab.NounsLikeAdjectives, w) {
		return true
	}
	return !slices.ContainsFunc(vocab.AdjectiveEndings, func(e string) bool { return len(w) > len(e)+2 && strings.HasSuffix(w, e) })
}

// kindlessNoun returns one, a counted noun in the singular, with the
// nouns of its kind among mods, the words right before it, where it is a
// head that names no kind by itself (lexicon.KindlessHeads): the frame
// "number of" keeps them ("the number of emergency calls" counts
// emergency calls, "number of police services" police services), as a
// figure's own phrase does (headNounPhrase); any other head is counted
// alone.
func kindlessNoun(mods []string, one string) string {
	if !slices.Contains(vocab.KindlessHeads, one) {
		return one
	}
	return kindPrefix(mods) + one
}

// kindChain returns how many of the last words of mods name the kind of
// the head after them: the kind nouns right before it, with two joined
// by "and" or "or" ("nursing and midwifery professionals"), at most
// three nouns.
func kindChain(mods []string) int {
	n, nouns := 0, 0
	for k := len(mods) - 1; k >= 0 && nouns < 3; k-- {
		w := mods[k]
		if (w == "and" || w == "or") && nouns > 0 && k > 0 && kindNoun(mods[k-1]) {
			continue
		}
		if !kindNoun(w) {
			break
		}
		nouns++
		n = len(mods) - k
	}
	return n
}

// kindPrefix returns the words of mods kindChain keeps, each followed by
// a space, or "".
func kindPrefix(mods []string) string {
	n := kindChain(mods)
	if n == 0 {
		return ""
	}
	return strings.Join(mods[len(mods)-n:], " ") + " "
}

// sharedKind returns counted noun name (a head of lexicon.KindlessHeads
// with the nouns of its kind before it, "vehicle charging device") cut
// to the nouns of its kind that every phrase of the text counting that
// head writes: "public charging devices" and "electric vehicle charging
// devices" share "charging device"; "firearm notices" beside "shotgun
// notices" share only the head, the kinds being parts of one whole. A
// phrase whose noun before the nouns of its kind is a plural or "to"
// ("councils issue notices", "to issue notices") is a verb's object, and
// is not read.
func (d *docDraft) sharedKind(name string) string {
	f := strings.Fields(name)
	n := len(f)
	if n < 2 || !slices.Contains(vocab.KindlessHeads, f[n-1]) {
		return name
	}
	k := kindChain(f[:n-1])
	if k == 0 {
		return name
	}
	kind := f[n-1-k : n-1]
	text, plural := d.src.Text, indicators.Plural(f[n-1])
	for at := 0; ; {
		i := strings.Index(text[at:], plural)
		if i < 0 {
			break
		}
		i += at
		at = i + len(plural)
		if at < len(text) && unicode.IsLetter(rune(text[at])) {
			continue
		}
		before := strings.Fields(text[max(0, i-80):i])
		c := kindChain(before)
		if c == 0 || i > 0 && text[i-1] != ' ' {
			continue
		}
		if c < len(before) {
			if p := before[len(before)-c-1]; p == "to" || vocab.MadePlural(p) && isLowerWord(p) {
				continue
			}
		}
		kind = sharedSuffix(kind, before[len(before)-c:])
	}
	return strings.Join(slices.Concat(f[:n-1-k], kind, f[n-1:]), " ")
}

// spelledUnit returns the long form, singular and in lower case, of an
// acronym the text defines ("Penalty Charge Notices (PCNs)") where
// sentence writes it and counted noun name is the acronym ("pcn" of
// "4,664,281 PCNs"), and the acronym; else "".
func (d *docDraft) spelledUnit(name, sentence string) (long, acr string) {
	if strings.Contains(name, " ") || len(name) < 2 {
		return "", ""
	}
	up := strings.ToUpper(name)
	for _, a := range []string{up + "s", up} {
		if !strings.Contains(sentence, a) {
			continue
		}
		long := d.definedAs(a)
		if long == "" || strings.ContainsAny(long, "()") {
			continue
		}
		return indicators.Singular(strings.ToLower(long)), a
	}
	return "", ""
}

// sharedSuffix returns the last words a and b share.
func sharedSuffix(a, b []string) []string {
	k := 0
	for k < len(a) && k < len(b) && a[len(a)-1-k] == b[len(b)-1-k] {
		k++
	}
	return a[len(a)-k:]
}

// compoundHead returns the plural noun that stands right after a plural
// noun ending at byte from, one space between, and where it ends: the
// head of a compound whose modifier is plural, as releases write "385
// firearms certificates", "1,200 goods vehicles" (the verb after a plural
// subject takes no -s, so a plural after a plural is a noun). A stop word
// ("is", "this") or a plural that names no counted thing ("figures" of
// "12 sales figures": notCountedPlurals) is none.
func compoundHead(text string, from, limit int) (string, int, bool) {
	if from >= limit || text[from] != ' ' {
		return "", 0, false
	}
	i := from + 1
	j := i
	for j < limit && text[j] != ' ' && text[j] != '\n' {
		j++
	}
	w := strings.TrimRight(text[i:j], ".,;:)")
	if !isLowerWord(w) || headStops[w] || auxiliaries[w] || notCountedPlurals[w] || !vocab.MadePlural(w) {
		return "", 0, false
	}
	return w, i + len(w), true
}

// grammarNoun returns the counted noun of the words of a noun phrase
// after a figure, whose head noun the reader above found: the name the
// unit grammar verify reads a stated figure by (indicators.ParseStated)
// gives the whole phrase where it names more of it than the head alone,
// else head. The genre's pattern: a unit of measurement with the nouns
// that say what it counts is one unit ("43.5 billion vehicle kms" → vehicle
// km, "15.73 billion net tonne kilometres" → net tonne kilometre), so the
// drafter writes the unit verify accepts for the same quote; a modifier
// the grammar does not join ("57 low-income districts") stays apart.
func grammarNoun(words, head string) string {
	f := strings.Fields(words)
	if len(f) < 2 && !strings.Contains(words, "-") {
		return head
	}
	_, u, err := indicators.ParseStated("2 " + strings.Join(f, " "))
	last := head[strings.LastIndexAny(head, " -")+1:] // "vehicle-km" is read as vehicle km
	if err == nil && u.Kind == indicators.Count && u.Per == "" && strings.HasSuffix(u.Name, " "+last) && len(u.Name) >= len(head) {
		return u.Name
	}
	return head
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

// countedNoun reads what a bare count counts from its own clause, as
// releases of every kind write it (drafts77): the unit of a figure is the
// thing it counts — the head noun its number quantifies ("57 low-income
// districts"), or the noun phrase a bracketed number restates ("one in
// four patients (4.5 million)", "57.7 per cent (11.3 million) of
// attendances"), or else the head of the subject of the clause the number
// completes ("Net migration was 7,000 lower", "The number of people
// sleeping rough … is 4,667"), or the noun it is "of" ("a population of
// 5.3 million"). A plural noun counts its singular; a noun
// of people in the mass (migration, employment) counts persons
// (subjectUnits). A number after "rate of" is a rate, whose unit is no
// head noun; it reports false.
//
// Where its own clause names nothing, a bare number counts what the
// figure it parallels counts: the first item's of a list of bracketed
// items ("Colombians (9 300 asylum applicants) and Peruvians (4 100)",
// listItemUnit), or the figure it is joined to by "and" as the subject of
// its own verb ("7,027 households participated …, and 5,048 have found
// …", joinedCountUnit).
func (d *docDraft) countedNoun(m Mention, cs int) (u indicators.Unit, phrase, why string, ok bool) {
	if u, phrase, why, ok := d.countedNounOwn(m, cs); ok {
		return u, phrase, why, true
	}
	for _, read := range []func(Mention) (indicators.Unit, string, bool){d.listItemUnit, d.subListUnit, d.joinedCountUnit, d.wholeUnit} {
		if u, why, ok := read(m); ok {
			return u, "", why, true
		}
	}
	return indicators.Unit{}, "", "", false
}

// subListUnit returns what a bare figure that opens an item of a sub-list
// counts: what the figure of the line the list hangs from counts, where
// that line leads in with a colon ("• 1,160 recommendations made for:"
// over "• 386 for personal redress", "• 644 for learning"): the items
// are parts of the lead-in's count, as releases break a total down.
func (d *docDraft) subListUnit(m Mention) (indicators.Unit, string, bool) {
	text := d.src.Text
	ls := strings.LastIndexByte(text[:m.Span.Start], '\n') + 1
	if strings.Trim(text[ls:m.Span.Start], " \t\u00a0•◦▪·*-–") != "" {
		return indicators.Unit{}, "", false // the figure does not open its item
	}
	ps := parentBullet(text, ls)
	if ps < 0 {
		return indicators.Unit{}, "", false
	}
	pe := lineEnd(text, ps)
	if !strings.HasSuffix(strings.TrimSpace(text[ps:pe]), ":") {
		return indicators.Unit{}, "", false
	}
	for _, o := range d.mentionsWithin(ps, pe) {
		if o.Span.End <= pe && o.Kind == Count && o.Unit.Kind == indicators.Count && o.Unit.Name != "" && o.Unit.Per == "" {
			return o.Unit, fmt.Sprintf("%s, what %s of the line the list hangs from counts", o.Unit.Name, flatText(o.Text)), true
		}
	}
	return indicators.Unit{}, "", false
}

// wholeUnit returns what the whole counts for a bare count among the
// parts a list lead or a part lead opens after it in its sentence
// (listLeads, partLeads): "Around 340,000 households … were in fuel
// poverty, including 63,000 (5%) in severe fuel poverty and 215,000 (16%)
// at risk" (household), as a total and its parts take one unit.
func (d *docDraft) wholeUnit(m Mention) (indicators.Unit, string, bool) {
	text := d.src.Text
	o, ok := d.lastBeforeIn(m, func(o Mention) bool {
		return o.Kind == Count && o.Unit.Kind == indicators.Count && o.Unit.Name != "" && o.Unit.Per == "" && !slices.Contains(vocab.Durations, o.Unit.Name)
	})
	if !ok {
		return indicators.Unit{}, "", false
	}
	between := " " + strings.ToLower(joinBroken(text[o.Span.End:m.Span.Start]))
	if u := d.countedUnitOf(o); !u.IsZero() {
		o.Unit = u // the whole's unit as drafted ("stray dog"), not only its head
	}
	for _, lead := range slices.Concat(listLeads, partLeads) {
		if strings.Contains(between, " "+lead+" ") || strings.Contains(between, " "+lead+",") {
			return o.Unit, fmt.Sprintf("%s, what %s, the whole %q lists the parts of, counts", o.Unit.Name, flatText(o.Text), lead), true
		}
	}
	if strings.Contains(between, ", with ") && !strings.Contains(between, "compared") {
		// "304,000 vulnerable households …, with 46,000 (4%) in …"
		return o.Unit, fmt.Sprintf("%s, what %s, the whole \", with\" lists the parts of, counts", o.Unit.Name, flatText(o.Text)), true
	}
	if shareOfPart.MatchString(text[m.Span.End:m.Sentence.End]) {
		// "195,000 lower income households …, 56,000 (24%) in severe
		// fuel poverty": a part given with its share of the whole.
		return o.Unit, fmt.Sprintf("%s, what %s counts, the whole the share after the figure is of", o.Unit.Name, flatText(o.Text)), true
	}
	return indicators.Unit{}, "", false
}

// shareOfPart matches a share in brackets right after a bare count: the
// count is a part of a whole, given with its share of it ("56,000 (24%)").
var shareOfPart = lazyRegexp(`^ \(\d[\d.]*\s?(?:%|per ?cent)\)`)

// countedNounOwn is countedNoun's reading of the figure's own clause.
func (d *docDraft) countedNounOwn(m Mention, cs int) (u indicators.Unit, phrase, why string, ok bool) {
	text := d.src.Text
	if noun, end, ok := headNounPhrase(text, m.Span.End, m.Sentence.End); ok {
		np := flatText(text[m.Span.Start:end])
		return indicators.CountOf(noun), np, fmt.Sprintf("%s, the head noun of %q", noun, np), true
	}
	if noun, label, ok := d.labelUnit(m); ok {
		// "Taxi driver licences - 21,681:": the label names what the
		// figure after it counts.
		return indicators.CountOf(noun), label, fmt.Sprintf("%s, what the label %q before the figure counts", noun, label), true
	}
	if o, ok := d.sharedHeadPartner(m); ok {
		// "1,772 male and 880 female drug poisoning deaths": the head noun
		// after the last of figures joined by "and" is every figure's.
		if o.Unit.Kind == indicators.Count && o.Unit.Name != "" && o.Unit.Per == "" {
			np := flatText(text[m.Span.Start:o.Span.End])
			return o.Unit, np, fmt.Sprintf("%s, the noun the figures of %q share", o.Unit.Name, np), true
		}
		if noun, end, ok := headNounPhrase(text, o.Span.End, o.Sentence.End); ok {
			np := flatText(text[m.Span.Start:end])
			return indicators.CountOf(noun), np, fmt.Sprintf("%s, the head noun the figures of %q share", noun, np), true
		}
	}
	if u, why, ok := d.countedNounAround(m); ok {
		return u, "", why, true
	}
	lo := m.Sentence.Start
	for _, o := range d.sentenceMentions(m) {
		if o.Span.End <= m.Span.Start && o.Span.End > lo {
			lo = o.Span.End // the words of this figure, not of the one before
		}
	}
	before := joinBroken(text[lo:m.Span.Start])
	bw := strings.Fields(strings.ToLower(before))
	if n := len(bw); n >= 2 && bw[n-2] == "rate" && bw[n-1] == "of" {
		return indicators.Unit{}, "", "", false
	}
	if n := len(bw); n >= 2 && bw[n-1] == "of" && !strings.HasPrefix(strings.TrimLeft(text[m.Span.End:m.Sentence.End], " "), ")") {
		// "a population of 5.3 million", "residents of": the noun the
		// number is "of".
		if u, ok := countedWord(bw[n-2]); ok {
			return u, bw[n-2] + " of", fmt.Sprintf("%s, what %q counts", u.Name, bw[n-2]+" of"), true
		}
	}
	if o, ok := d.bracketRestates(m); ok {
		// "1430 venues (1470)", "4,351 people on wait lists (2,890
		// active …)": a bare number that opens a bracket restates or
		// breaks down the counted figure whose words the bracket follows.
		u := d.countedUnitOf(o)
		return u, flatText(o.Text), fmt.Sprintf("%s, as %s, the figure the bracket follows", u.Name, flatText(o.Text)), true
	}
	if strings.HasSuffix(strings.TrimSpace(before), "(") && strings.HasPrefix(strings.TrimLeft(text[m.Span.End:m.Sentence.End], " "), ")") {
		// A number in brackets restates the words before the bracket,
		// or, after a share, the whole the share is "of"; else, below,
		// the subject of the clause the bracket ends ("the most new
		// motor vehicles were registered in the second quarter
		// (486,592)").
		np := strings.TrimSuffix(strings.TrimSpace(before), "(")
		if u, w, ok := phraseCounted(np, lo == m.Sentence.Start); ok && !isChangeNoun(u.Name) {
			return u, w, fmt.Sprintf("%s, what %q before the bracket counts", u.Name, w), true
		}
		if f := strings.Fields(np); len(f) > 1 {
			// "Decreases were also seen in levels of homophobic incidents
			// (9)": a change is no thing counted; the category the
			// bracket follows is.
			if u, ok := countedWord(f[len(f)-1]); ok && !isChangeNoun(u.Name) {
				w := strings.Join(f[len(f)-2:], " ")
				return u, w, fmt.Sprintf("%s, the category %q the bracket follows", u.Name, w), true
			}
		}
		rest := strings.ToLower(joinBroken(text[m.Span.End:m.Sentence.End]))
		rest = strings.TrimPrefix(strings.TrimLeft(rest, " "), ")")
		if f := strings.Fields(rest); len(f) > 1 && f[0] == "of" && lo > m.Sentence.Start {
			if u, w, ok := phraseCounted(strings.Join(f[1:min(len(f), 5)], " "), false); ok {
				return u, w, fmt.Sprintf("%s, the whole %q the share before the bracket is of", u.Name, w), true
			}
			return indicators.Unit{}, "", "", false
		}
	}
	if u, sw, ok := d.subjectCounted(m, cs); ok {
		return u, sw, fmt.Sprintf("%s, what %q, the clause's subject, counts", u.Name, sw), true
	}
	if n := len(bw); n > 1 && (bw[n-1] == "than" || (bw[n-2] == "than" || bw[n-2] == "from") && bw[n-1] == "the") {
		// "91,400 reported cycle accidents …, 6% lower than the 97,100",
		// "1.13 million fly-tipping incidents, an increase of 16% from
		// the 980,000 reported": the figure compared counts what the
		// count before it counts.
		if o, ok := d.countBefore(m); ok {
			u := d.what.unitAt[o.Span.Start]
			return u, flatText(o.Text), fmt.Sprintf("%s, as %s, the count it is compared with", u.Name, flatText(o.Text)), true
		}
	}
	if n := len(bw); n > 0 && moveEnds[strings.TrimLeft(bw[n-1], "(")] || strings.HasSuffix(strings.TrimSpace(before), "(") {
		// A level a move goes from or reaches, or a bracket after the
		// clause, counts what the move counts: "the number of DCD
		// organs …, from 42 in 2009 to 222 in 2018", "Female fatalities
		// rose by 7 (14%) to 58", "first degree enrolments increased by
		// 1% (from 40,615 to 40,845)"; not where a figure before it
		// counts something else ("The number of students and 5,000
		// teachers rose to 40,000").
		if noun, ev, ok := d.numbersNounOf(m); ok && !d.otherCountBefore(m, noun) {
			return indicators.CountOf(noun), ev, fmt.Sprintf("%s, from %q in the sentence, what the move counts", noun, ev), true
		}
		if u, sw, ok := d.subjectCounted(m, m.Sentence.Start); ok {
			return u, sw, fmt.Sprintf("%s, what %q, the subject that moved, counts", u.Name, sw), true
		}
	}
	// "a small decrease in the number of funded registrations … from
	// 96,549": the number of what the clause names before the figure,
	// with no other count between.
	if lo <= cs {
		if u, w, ok := phraseCounted(joinBroken(text[cs:m.Span.Start]), false); ok && strings.HasPrefix(w, "number") {
			return u, w, fmt.Sprintf("%s, what %q before the figure counts", u.Name, w), true
		}
	}
	// "The number of nights spent … increased by 11.5% …, up from
	// 19.701 million to 21.968 million": a figure in a later clause with
	// no noun of its own counts what the sentence's subject counts.
	if cs > m.Sentence.Start {
		u, sw, ok := d.subjectCounted(m, m.Sentence.Start)
		if ok && strings.HasPrefix(sw, "number") {
			return u, sw, fmt.Sprintf("%s, what %q, the sentence's subject, counts", u.Name, sw), true
		}
	}
	// "rising from 1,132 in 2023 to 1,318 in 2024 - an increase of 186
	// people": a level of a move counts the one noun the sentence's
	// counts after it count.
	if n := len(bw); n == 0 || bw[n-1] != "from" && bw[n-1] != "to" {
		return indicators.Unit{}, "", "", false
	}
	var one indicators.Unit
	for _, o := range d.sentenceMentions(m) {
		if o.Span.Start < m.Span.End || o.Kind != Count || o.Unit.Kind != indicators.Count || o.Unit.Name == "" || o.Unit.Per != "" || slices.Contains(vocab.Durations, o.Unit.Name) {
			continue
		}
		if one.Name != "" && one != o.Unit {
			return indicators.Unit{}, "", "", false
		}
		one = o.Unit
	}
	if one.Name != "" {
		return one, "", fmt.Sprintf("%s, what every other count of the sentence counts", one.Name), true
	}
	return indicators.Unit{}, "", "", false
}

// subjectCounted returns what the subject of the clause a number
// completes counts, and the subject's words: the words from the clause's
// start up to its verb ("was", "=", "rose"), read by phraseCounted. A
// subject with a figure of its own ("The number of students and 5,000
// teachers rose to 40,000"; an age, "residents 12 years old", is none),
// or a noun counted between the verb and the
// number ("… reflected in the fall of public sector workers by 39,000"),
// is not what the number counts.
func (d *docDraft) subjectCounted(m Mention, cs int) (indicators.Unit, string, bool) {
	text := d.src.Text
	was := wordsOf(text, cs, m.Span.Start)
	if len(was) > 1 && strings.Trim(was[0].w, "•*-–") == "" {
		was = was[1:] // a bullet
	}
	if len(was) > 0 && headStops[strings.ToLower(was[0].w)] {
		// "Over the same period, first degree enrolments increased …":
		// a phrase that opens the sentence before a comma is no subject.
		for k, wa := range was[:len(was)-1] {
			if numberOfVerbs[strings.ToLower(wa.w)] {
				break
			}
			if strings.HasSuffix(wa.w, ",") {
				was, cs = was[k+1:], was[k+1].at
				break
			}
		}
	}
	for k := len(was) - 2; k >= 0; k-- {
		if reportingVerbs[strings.ToLower(was[k].w)] && strings.ToLower(was[k+1].w) == "that" && k+2 < len(was) {
			// "Civil Service Statistics shows that employment stood at
			// 510,080": the reported clause's subject, not the source's.
			was, cs = was[k+2:], was[k+2].at
			break
		}
	}
	for i, wa := range was {
		w := strings.ToLower(strings.Trim(wa.w, ",;:()“”\"'"))
		if w != "=" && !numberOfVerbs[w] {
			continue
		}
		if i == 0 || headStops[strings.ToLower(strings.Trim(was[0].w, "•*"))] {
			break // "of attendances were for patients under 40": no subject
		}
		for _, o := range d.sentenceMentions(m) {
			if o.Span.Start >= cs && o.Span.End <= wa.at && !slices.Contains(vocab.Durations, o.Unit.Name) {
				return indicators.Unit{}, "", false
			}
		}
		for _, bw := range was[i+1:] {
			if _, ok := countedWord(strings.Trim(bw.w, ",;:()“”\"'")); ok {
				return indicators.Unit{}, "", false
			}
		}
		return phraseCounted(joinBroken(text[cs:wa.at]), strings.TrimSpace(text[m.Sentence.Start:cs]) == "")
	}
	return indicators.Unit{}, "", false
}

// phraseCounted returns what a noun phrase counts, and its words read:
// the first plural after "number of", or another frame's "of"
// (lexicon.FrameNouns: "the number of people estimated …" counts persons,
// "other types of adoptions" adoptions), else the head before its first preposition, a plural
// noun or a noun of people in the mass ("net migration", "immigration of
// EU citizens"), else the last plural noun it ends on ("one in four
// patients").
func phraseCounted(np string, opens bool) (indicators.Unit, string, bool) {
	// Words in capitals are names, not what is counted ("The United
	// States and Japan are two of …", "Colombians (9 300 asylum
	// applicants) and Peruvians (4 100)"), but for the first word of a
	// phrase that opens its sentence.
	var ws []string
	for _, w := range strings.Fields(np) {
		if w = strings.Trim(w, ",;:()“”\"'•*+-"); w == "" {
			continue
		}
		if lw := strings.ToLower(w); lw != w && (len(ws) > 0 || !opens) {
			w = "(" + lw + ")" // a name: no noun counted, but a word of the phrase
		} else {
			w = lw
		}
		ws = append(ws, w)
	}
	for i := 0; i+2 < len(ws); i++ {
		if vocab.IsFrameNoun(ws[i]) && ws[i+1] == "of" {
			// The first plural is the head: a participle before it
			// modifies it ("the number of funded registrations"); a frame
			// counts nothing itself ("other types of adoptions" counts
			// adoptions, lexicon.FrameNouns).
			for j, w := range ws[i+2:] {
				if numberOfEnds[w] {
					break
				}
				if u, ok := countedWord(w); ok {
					if u.Per == "" {
						u = indicators.CountOf(kindlessNoun(ws[i+2:i+2+j], u.Name))
					}
					return u, strings.Join(ws[i:min(len(ws), i+4)], " "), true
				}
			}
			return indicators.Unit{}, "", false
		}
	}
	if n := len(ws); n >= 2 && ws[n-1] == "numbers" && !notCountedNouns[ws[n-2]] {
		// "teacher numbers": the noun before counts.
		if one := indicators.Singular(ws[n-2]); one == ws[n-2] && indicators.Plural(one) != one && isLowerWord(one) {
			return indicators.CountOf(one), ws[n-2] + " numbers", true
		}
	}
	head := ws
	if len(ws) > 2 && ws[0] == "there" && auxiliaries[ws[1]] {
		// "There were more cancers diagnosed in men (167,281)": the
		// noun an existential clause introduces is what it counts, not
		// the group a preposition names after it.
		head = ws[2:]
		if head[0] == "more" || head[0] == "fewer" || head[0] == "less" {
			head = head[1:]
		}
	}
	for i, w := range head {
		if headStops[w] {
			head = head[:i]
			break
		}
	}
	for k := len(head) - 1; k >= 0 && k >= len(head)-2; k-- {
		if u, ok := countedWord(head[k]); ok {
			return u, strings.Join(head, " "), true
		}
	}
	if len(ws) > 0 {
		if u, ok := countedWord(ws[len(ws)-1]); ok {
			return u, strings.Join(ws, " "), true
		}
	}
	return indicators.Unit{}, "", false
}

// notCountedPlurals are plural nouns that name no counted thing: the
// number of them is a level or an amount, not a count of them
// (countedWord).
var notCountedPlurals = map[string]bool{"numbers": true, "levels": true, "figures": true, "rates": true, "prices": true, "sales": true,
	"borrowings": true, "earnings": true, "savings": true, "receipts": true, "exports": true, "imports": true, "totals": true, "costs": true,
	"flows": true, "balances": true, "deposits": true, "lendings": true, "assets": true, "liabilities": true, "emissions": true}

// countedWord returns what a lower-case word counts as the head of a
// noun phrase: a plural noun its singular, a noun of people in the mass
// (subjectUnits, "people") persons.
func countedWord(w string) (indicators.Unit, bool) {
	if headStops[w] || auxiliaries[w] {
		return indicators.Unit{}, false
	}
	if u, ok := subjectUnit(w); ok {
		return u, true
	}
	if w == "people" {
		return indicators.CountOf("person"), true
	}
	if vocab.MadePlural(w) && isLowerWord(w) && !notCountedPlurals[w] {
		return indicators.CountOf(indicators.Singular(w)), true
	}
	return indicators.Unit{}, false
}

// basisUnit returns counted noun u with the basis of counting that the
// figure's own words put before it, as headNounPhrase reads them: "16,234
// FTE police officers" counts full-time equivalent officers, not heads.
// The genre's pattern: a modifier that changes what one counts (a basis,
// "full-time equivalent") stays with the counted noun.
func basisUnit(text string, m Mention, u indicators.Unit) (indicators.Unit, bool) {
	if u.Kind != indicators.Count || u.Name == "" || u.Per != "" || strings.Contains(u.Name, " ") {
		return indicators.Unit{}, false
	}
	at := strings.IndexAny(m.Text, "0123456789")
	if at < 0 {
		return indicators.Unit{}, false
	}
	for at < len(m.Text) && strings.IndexByte("0123456789,.", m.Text[at]) >= 0 {
		at++ // past the number: "about 16,000"
	}
	noun, _, ok := headNounPhrase(text, m.Span.Start+at, m.Span.End)
	if !ok || noun == u.Name || !strings.HasSuffix(noun, " "+u.Name) {
		return indicators.Unit{}, false
	}
	return indicators.CountOf(noun), true
}

// otherCountBefore reports whether a figure before m in its sentence
// counts a noun other than noun by its own words ("5,000 teachers").
func (d *docDraft) otherCountBefore(m Mention, noun string) bool {
	_, ok := d.lastBeforeIn(m, func(o Mention) bool {
		u := d.countedUnitOf(o)
		return o.Kind == Count && !u.IsZero() && u.Name != noun
	})
	return ok
}

// moveEnds are the words before a level that a move goes from or reaches.
var moveEnds = map[string]bool{"from": true, "to": true}

// countedUnitOf returns what figure o counts, as drafted (unitAt) or as
// its own words name it, or the zero Unit: a counted noun with no base
// and no span of time.
func (d *docDraft) countedUnitOf(o Mention) indicators.Unit {
	if u, ok := d.what.unitAt[o.Span.Start]; ok {
		return u
	}
	if o.Kind == Count && o.Unit.Kind == indicators.Count && o.Unit.Name != "" && o.Unit.Per == "" && !slices.Contains(vocab.Durations, o.Unit.Name) {
		return o.Unit
	}
	return indicators.Unit{}
}

// bracketRestates returns the counted figure a bare number restates or
// breaks down when the number opens a bracket that follows that figure's
// own words: "1430 venues (1470)", "365 operators (374 at 31 March
// 2010)", "4,351 people on wait lists (2,890 active and 1,461 on hold)",
// "20,800 more than they released that year (448,400)". Only the
// figure's words stand between it and the bracket: no other bracket and
// no break of the sentence (";", ":", a dash).
func (d *docDraft) bracketRestates(m Mention) (Mention, bool) {
	text := d.src.Text
	before := strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " ")
	if !strings.HasSuffix(before, "(") || !strings.Contains(text[m.Span.End:m.Sentence.End], ")") {
		return Mention{}, false
	}
	o, ok := d.lastBeforeIn(m, nil)
	if !ok || o.Span.End > len(before)+m.Sentence.Start-1 {
		return Mention{}, false
	}
	between := text[o.Span.End : m.Sentence.Start+len(before)-1]
	if strings.ContainsAny(between, "();:–—\n") || strings.Contains(between, " - ") || d.countedUnitOf(o).IsZero() {
		return Mention{}, false
	}
	return o, true
}
