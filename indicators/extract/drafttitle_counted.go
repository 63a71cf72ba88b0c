package extract

import (
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// The counted noun phrase. A bare count states how many of something
// there are, and the something is written right after the figure: its
// title is that noun with its modifiers and the phrase that narrows it,
// never the head noun alone ("195 bus and coach user casualties" → "Bus
// and coach user casualties", "741.6 million passengers on domestic
// flights" → "Passengers on domestic flights"), and a count per some base
// is the rate of that noun ("52 violent victimizations per 1,000 persons"
// → "Violent victimization rate"). A figure whose own modifier is a
// segment shared with a sibling ("1,772 male and 880 female drug
// poisoning deaths") keeps its segment before the shared head ("Male
// drug poisoning deaths"). countedNP reads it once for every genre; the
// rules that named one count's noun (a unit word alone, a segment alone,
// a placeholder) are mended through it (countedTitle).

// countedNP returns the noun phrase figure m counts, read from its own
// words and the words after it, with " rate" for a count per a base, or
// "" when no noun follows the figure.
func (d *docDraft) countedNP(m Mention) string { return d.countedPhrase(m, true) }

// countedHead returns countedNP's noun phrase without the predicate
// that restricts it (ownPredicate): the whole a part or a share of it
// narrows in its own words ("People" of "22.4 million people claimed
// …", whose part is "People of State Pension Age").
func (d *docDraft) countedHead(m Mention) string { return d.countedPhrase(m, false) }

// countedPhrase is countedNP, with the restricting predicate when
// restrict is set.
func (d *docDraft) countedPhrase(m Mention, restrict bool) string {
	if m.Kind != Number && m.Kind != Count && m.Kind != Measure {
		return "" // money, a percentage, a multiple or a rank measures no noun after it
	}
	text := d.src.Text
	// The words the figure states past its number ("168 fatalities"),
	// then the clause's words after it.
	var ws []string
	number := false // past the figure's number: its hedge ("estimated", "less than") is no modifier
	for _, w := range strings.Fields(m.Text) {
		if m.Kind == Measure {
			break // "26.57 inches": the unit, not what is measured
		}
		lw := strings.ToLower(w)
		_, spelled := vocab.LookupNumber(lw) // "Nineteen states"
		_, scale := vocab.LookupScale(lw)
		switch {
		case !number:
			number = hasDigit(lw) || spelled
		case len(ws) == 0 && (scale || spelled):
		case lw == "per" && m.Unit.Per != "" && !hasDigit(m.Unit.Per):
			number = false // "4.4 days per staff year were lost to …": the base is the unit's, the predicate after it (the words to the span's end are read past)
		default:
			ws = append(ws, w)
		}
	}
	end := min(m.Sentence.End, m.Span.End+200)
	for _, w := range measuredWords(text[m.Span.End:end]) {
		if len(ws) > 0 && (w == "," || w == ".") {
			ws[len(ws)-1] += w // "Nineteen states, stretching …": the comma ends the figure's noun
			continue
		}
		ws = append(ws, w)
	}
	if m.Kind == Measure && len(ws) > 1 && ws[0] == "of" {
		// "15,000 hectares (ha) of new woodland": the measure word
		// before "of" measures the noun after it, a mass noun too.
		return countedNPWith(ws[1:], restrict, true)
	}
	return countedNPWith(ws, restrict, false)
}

// countedNPOf returns the counted noun phrase that opens ws, the words
// after a figure: its modifiers and head ("violent victimizations"), a
// modifier coordinated past a sibling figure ("male and 880 female drug
// poisoning deaths" → "male drug poisoning deaths"), one prepositional
// phrase that narrows it up to a time, a figure or a verb ("on domestic
// flights"), and for a count per a base " rate" ("Violent victimization
// rate") or, past the narrowing phrase, the base ("Cases of exclusion per
// 1,000 pupils"); "" when ws opens on no noun.
func countedNPOf(ws []string) string { return countedNPWith(ws, true, false) }

// countedNPWith is countedNPOf, with the predicate of the noun's own
// clause (predicateAfterNP) when restrict is set, and a head that need
// be no counted plural when mass is (what a measure's "of" names).
func countedNPWith(ws []string, restrict, mass bool) string {
	var np []string
	i, aside := 0, 0
	for i < len(ws) {
		w := ws[i]
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if lw == "and" && len(np) > 0 && i+1 < len(ws) {
			// "bus and coach user casualties", "male and 880 female
			// drug poisoning deaths": a coordinated modifier, or a
			// sibling figure's, whose head is shared.
			j := i + 1
			sibling := hasDigit(ws[j])
			if sibling {
				j += 2 // past the sibling's figure and its own modifier
			}
			if sibling && afterHead(np) {
				break // "46,560,452 Parliamentary electoral registrations and 48,844,292 local …": a sibling of its own head
			}
			if j < len(ws) && npWord(ws[j]) && !strings.HasSuffix(ws[i-1], ",") {
				if !sibling {
					np = append(np, "and")
				}
				i = j
				continue
			}
			break
		}
		if !npWord(w) || irregularPasts[lw] || strings.HasSuffix(lw, "ed") && (i+1 == len(ws) || !npWord(ws[i+1]) || afterHead(np)) {
			// "registered in 2011", "farmers received payments": after
			// the head noun an -ed word is the verb; a modifier only
			// before it ("registered voters")
			break
		}
		if strings.HasSuffix(w, ",") && listGoesOn(ws[i+1:]) {
			np = append(np, strings.TrimRight(w, ".;:")) // "cars, vans and trucks": a list kept whole
			i++
			continue
		}
		np = append(np, strings.Trim(w, ",.;:"))
		i++
		if strings.ContainsAny(w, ",.;:") {
			// "Nineteen states, stretching …": the phrase ends, and its
			// predicate may follow the aside.
			if a := asideEnd(ws[i:]); strings.HasSuffix(w, ",") && a > 0 {
				aside = i + a
			}
			i = len(ws)
		}
	}
	if len(np) == 0 {
		return ""
	}
	if _, ok := countedWord(strings.ToLower(np[len(np)-1])); !ok && !mass {
		return "" // "There", "Slightly": no noun a figure counts
	}
	rest := ws[i:]
	if len(rest) > 2 && occurrenceVerbs[strings.ToLower(rest[0])] && strings.EqualFold(rest[1], "among") {
		// "900 cholera cases occurred among adults": the group the
		// verb of occurrence names narrows the noun.
		rest = rest[1:]
	}
	if len(rest) > 1 && strings.EqualFold(rest[0], "per") && (hasDigit(rest[1]) || strings.EqualFold(rest[1], "million") || strings.EqualFold(rest[1], "thousand")) {
		// "52 violent victimizations per 1,000 persons": a rate.
		np[len(np)-1] = vocab.Singular(np[len(np)-1])
		return cleanCounted(append(np, "rate"), nil)
	}
	narrow := narrowingPhrase(rest)
	if after := rest[len(narrow):]; len(narrow) > 0 && len(after) > 2 && strings.EqualFold(after[0], "per") && hasDigit(after[1]) {
		// "21.6 cases of exclusion per 1,000 pupils": a noun counted
		// through its of-phrase keeps its base.
		narrow = append(narrow, "per", after[1], strings.Trim(after[2], ",.;:"))
	}
	if aside > 0 {
		rest = ws[aside:]
	}
	if len(narrow) > 0 && strings.HasSuffix(rest[len(narrow)-1], ",") {
		restrict = false // "victims of rape, attempted rape …": a list, no predicate
	}
	if pred := predicateAfterNP(rest[len(narrow):]); restrict && pred != "" && !slices.Contains(narrow, "per") {
		// "people claimed some combination of DWP benefits": the
		// predicate of the count's own clause restricts its noun.
		if t := restrictedTitle(strings.Join(append(np, narrow...), " "), pred); t != "" {
			return t
		}
	}
	return cleanCounted(np, narrow)
}

// afterHead reports whether np, a counted phrase so far, ends on a
// counted plural noun, its head ("farmers", "households").
func afterHead(np []string) bool {
	if len(np) == 0 {
		return false
	}
	_, ok := countedWord(strings.ToLower(np[len(np)-1]))
	return ok
}

// listGoesOn reports whether ws, the words after a comma in a counted
// phrase, carry on a coordinated list of nouns to its last item: "vans
// and trucks", "vans, buses or trucks".
func listGoesOn(ws []string) bool {
	for i, w := range ws {
		lw := strings.ToLower(w)
		if (lw == "and" || lw == "or") && i > 0 {
			return i+1 < len(ws) && npWord(ws[i+1])
		}
		if !npWord(w) || strings.ContainsAny(w, ".;:") {
			return false
		}
	}
	return false
}

// occurrenceVerbs state that what a figure counts happened, and a
// group after them narrows it: "occurred among adults", "were among
// children".
var occurrenceVerbs = map[string]bool{"occurred": true, "were": true, "was": true}

// npWord reports whether w may stand in a counted noun phrase
// before its head: a word with a letter that is no stop word,
// preposition, verb or number.
func npWord(w string) bool {
	lw := strings.ToLower(strings.Trim(w, ",.;:"))
	if lw == "" || !hasLetter(lw) || hasDigit(lw) || titleStop[lw] || isPrep(lw) || stopWord(lw) {
		return false
	}
	if copulaWords[lw] || haveWords[lw] || subjectEnds[lw] && !edAdjectives[lw] || finiteVerbs[lw] || countedPhraseStops[lw] {
		return false
	}
	if _, ok := vocab.LookupNumber(lw); ok {
		return false
	}
	return !strings.ContainsAny(w, "()[]“”\"%$€£")
}

// countedPhraseStops end the phrase of a counted noun: a time or a cell's
// end.
var countedPhraseStops = stopSet(classCopulas, "between", "as", "at", "during", "since", "|", "this")

// narrowingPhrase returns the prepositional phrase that opens ws and
// narrows a counted noun ("on domestic flights", "to and from the United
// States", "among adults"): up to a time, a figure, a verb or a clause break; none when
// it names a time or is no phrase of at least two words.
func narrowingPhrase(ws []string) []string {
	if len(ws) < 2 {
		return nil
	}
	p := strings.ToLower(ws[0])
	if p != "on" && p != "in" && p != "of" && p != "to" && p != "from" && p != "with" && p != "among" {
		return nil
	}
	if timePhrase(ws[1:]) {
		return nil
	}
	out := []string{ws[0]}
	for k, w := range ws[1:] {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		coordinated := k+2 < len(ws) && strings.EqualFold(ws[k+2], "and") // "to and from"
		if hasDigit(lw) || monthNumber(lw) > 0 || copulaWords[lw] || haveWords[lw] || countedPhraseStops[lw] ||
			subjectEnds[lw] && !edAdjectives[lw] || finiteVerbs[lw] || strings.HasSuffix(lw, "ed") && !edAdjectives[lw] || strings.ContainsAny(w, "()") {
			break
		}
		if len(out) > 1 && timeModifiers[lw] && timePhrase(ws[k+1:]) {
			break // "in Wales last year": the time is the period's, never the title's
		}
		if isPrep(lw) && len(out) > 1 && !strings.EqualFold(out[len(out)-1], "and") && !coordinated && lw != "and" {
			break // one phrase: "on international flights to and from the U.S."
		}
		if abbreviated(w) {
			out = append(out, w) // "the U.S.": its dots end no phrase
			continue
		}
		out = append(out, strings.Trim(w, ",.;:"))
		if strings.ContainsAny(w, ",.;:") || len(out) > 8 {
			break
		}
	}
	for len(out) > 1 && (titleStop[strings.ToLower(out[len(out)-1])] || isPrep(out[len(out)-1])) {
		out = out[:len(out)-1]
	}
	if obj := out[1:]; len(out) < 2 || onlyPlaces(strings.Join(obj, " ")) || len(obj) == 2 && strings.EqualFold(obj[0], "the") {
		return nil // "in the US", "in the region": a place, which entities carry
	}
	return out
}

// nounNarrowed returns the one-word title t with the phrase that
// narrows it (narrowingPhrase) where the words after its figure open with
// t, or the figure as stated ends with it ("11,324 releases from
// sentences between January …" → "Releases from sentences", "double
// access to power in sub-Saharan Africa" → "Access to power"); "" when no
// such phrase follows.
func nounNarrowed(t, stated, after string) string {
	ws := strings.Fields(after)
	if f := strings.Fields(stated); len(f) > 1 && strings.EqualFold(f[len(f)-1], t) {
		ws = append([]string{t}, ws...) // "11,324 releases" stated with its noun
	}
	if len(ws) < 3 || !strings.EqualFold(strings.Trim(ws[0], ",.;:"), t) {
		return ""
	}
	if narrow := narrowingPhrase(ws[1:]); len(narrow) > 1 {
		return title(strings.Join(append([]string{ws[0]}, narrow...), " "))
	}
	return ""
}

// abbreviated reports whether w is an abbreviation with its dots
// ("U.S.", "U.K."), whose final dot ends no phrase.
func abbreviated(w string) bool {
	return strings.HasSuffix(w, ".") && strings.Count(w, ".") > 1 && !strings.Contains(w, "..")
}

// cleanCounted joins a counted noun phrase and its narrowing phrase as a
// title of at most 72 characters, the noun phrase alone of at most 60,
// or "".
func cleanCounted(np, narrow []string) string {
	if t := title(strings.Join(append(np, narrow...), " ")); len(narrow) > 0 && utf8Len(t) <= 72 {
		return t
	}
	if t := title(strings.Join(np, " ")); utf8Len(t) <= 60 && !onlyPlaces(t) {
		return t
	}
	return ""
}

// countedTitle returns countedNP's title of count m when it mends the
// current title cur: a placeholder, a title with a fault (titleFault), a
// place alone ("London"), or one whose every word
// it holds and says more ("Bus" of "Bus and coach user casualties",
// "Same-sex marriages" of "Marriages of same-sex couples"); or "".
func (d *docDraft) countedTitle(m Mention, measure indicators.MeasureKind, cur string) string {
	switch measure {
	case indicators.Change, indicators.Share:
		return "" // a change's or a share's noun is its unit, not what it measures
	}
	np := d.countedNP(m)
	if np == "" || wordsWithin(np, cur) {
		return "" // cur says as much or more: "Towns that opened their first public clinic"
	}
	weak := isFallbackTitle(cur) || titleFault(cur) != "" || onlyPlaces(cur)
	if weak || len(contentWords(np)) > len(contentWords(cur)) && wordsWithin(cur, np) {
		return np
	}
	return ""
}

// The changed noun phrase. A change states how much something moved, and
// the something is the noun phrase of the figure's clause it changes,
// not the noun after the change: the count it restates in parentheses
// ("an increase of 366 FTE police officers (+2.3%)"), the count an
// appositive change follows ("1,385 million passenger rail journeys
// were made …, an increase of 39.9%", "168 fatalities: 7 (or 4%) more
// than 2018"), or the subject of the sentence's verb ("the number of
// companies on the effective register has more than doubled"). Its title
// is "Change in <that noun phrase>", read by the same counted-noun parse
// (countedNPOf); changedTitle mends a change's placeholder with it.

// changedNP returns the noun phrase change m changes, or "": the
// counted noun of the figure it restates in parentheses or of the
// sentence's nearest figure before it that counts a noun, else the
// sentence's subject when it is a counted noun phrase.
func (d *docDraft) changedNP(m Mention) string {
	if p, ok := d.figureBeforeParen(m); ok {
		if np := d.countedNP(p); np != "" {
			return np
		}
	}
	for i := len(d.mentions) - 1; i >= 0; i-- {
		p := d.mentions[i]
		if p.Sentence != m.Sentence || p.Span.Start >= m.Span.Start {
			continue
		}
		if np := d.countedNP(p); np != "" {
			return np
		}
	}
	return subjectNPOf(measuredWords(d.src.Text[m.Sentence.Start:m.Span.Start]))
}

// subjectNPOf returns the counted noun phrase that is the subject of a
// sentence opening ws, past an opening phrase of time or place ("In
// 2019, …"), a determiner and a "number of" that only counts it ("The
// number of DSL Internet connections continued …" → "DSL Internet
// connections"); or "".
func subjectNPOf(ws []string) string {
	if len(ws) > 0 && isPrep(strings.ToLower(ws[0])) {
		for i, w := range ws {
			if strings.HasSuffix(w, ",") {
				ws = ws[i+1:]
				break
			}
		}
	}
	for len(ws) > 0 && (determiners[strings.ToLower(ws[0])] || quantityNouns[strings.ToLower(ws[0])]) {
		ws = ws[1:]
		if len(ws) > 0 && strings.EqualFold(ws[0], "of") {
			ws = ws[1:]
		}
	}
	return countedNPOf(ws)
}

// The change's own words. Where a change's own words after its figure
// name what changed — a comparative before a counted noun ("carried 3.0
// percent more passengers on domestic flights") or a noun of change
// narrowed by "in" ("a 3.0 percent rise from 2016 in the number of
// passengers on domestic flights") — that noun phrase is what the change
// is of, whatever the sentence's subject (the carrier, a frame, the
// release): the title is "Change in <it>".

// ownChangedNP returns the noun phrase the words right after change m
// say it changes, or "".
func (d *docDraft) ownChangedNP(m Mention) string {
	end := min(m.Sentence.End, m.Span.End+200)
	return ownChangedNPOf(measuredWords(d.src.Text[m.Span.End:end]))
}

// ownChangedNPOf returns the noun phrase ws, the words after a change's
// figure, say it changes: the counted noun after a comparative ("more
// passengers on domestic flights"), or what a noun of change is "in"
// past its base ("rise from 2016 in the number of passengers …"); or "".
func ownChangedNPOf(ws []string) string {
	if len(ws) < 2 {
		return ""
	}
	lw := strings.ToLower(ws[0])
	if _, ok := comparatives[lw]; ok { // "3.0 percent more passengers"
		return countedNPOf(ws[1:])
	}
	if !isChangeNoun(lw) {
		return ""
	}
	// Past the change's base: "from 2016", "since 2018", "on the year".
	i := 1
	for i < len(ws) && i < 6 && !strings.EqualFold(ws[i], "in") {
		if strings.ContainsAny(ws[i], ",;:.") {
			return ""
		}
		i++
	}
	if i >= len(ws) || !strings.EqualFold(ws[i], "in") || timePhrase(ws[i+1:]) {
		return ""
	}
	return subjectNPOf(ws[i+1:])
}

// changedTitle returns "Change in <what changed>" for change m: what its
// own words after the figure say it changes (ownChangedNP) when the
// current title cur names none of it; else changedNP when it mends cur, a
// placeholder, a title with a fault (titleFault) or a place alone; or "".
func (d *docDraft) changedTitle(m Mention, measure indicators.MeasureKind, cur string) string {
	if measure != indicators.Change {
		return ""
	}
	if np := d.ownChangedNP(m); np != "" && !sharesContent(cur, np) {
		return "Change in " + lowerName(np)
	}
	if !(isFallbackTitle(cur) || titleFault(cur) != "" || onlyPlaces(cur)) {
		return ""
	}
	np := d.changedNP(m)
	if np == "" {
		return ""
	}
	return "Change in " + lowerName(np)
}
