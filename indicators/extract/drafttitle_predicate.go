package extract

import (
	"strings"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// The restricted noun phrase. A figure's title is the head noun it counts
// or measures plus what restricts it in its own clause, less the time,
// the place and the figure: when the figure (with its noun) is the
// subject of its clause's verb, that predicate is what restricts it, made
// a modifier of the noun (sharePredicate): "22.4 million people claimed
// some combination of DWP benefits" → "People claiming some combination
// of DWP benefits", "23,834 children in Northern Ireland were known to
// social services" → "Children known to social services", "Nineteen
// states, stretching from Utah to Massachusetts, had annual temperatures
// which were record warm" → "States with annual temperatures which were
// record warm", "5.4 million people went to botanic gardens" → "People
// that went to botanic gardens", and a share with no whole named, "21%
// related to child protection investigations" → "Share related to child
// protection investigations". A relative clause restricts as a
// predicate does ("investments that have been made over the past year"
// → "Investments made"), the time is left out and the clause read on past
// it ("crimes committed during 1993 were against victims related to the
// offender" → "Crimes that were against victims related to the
// offender"), and a passive participle whose only complement was a time
// stays ("346,758 complaints were closed in FYE March 2023" →
// "Complaints closed", as hand catalogs write "Fires attended").
// ownPredicate reads the predicate once for every caller: countedNPOf (a
// count's noun), shareWholeTitle (a share's whole), titleWords' counted
// noun and countTitle; the older readers it covers (countPredicate,
// participialModifier, predicateOf, predicateTitle) are gone.

// irregularPasts are the lexicon's irregular past tenses
// (vocab.IrregularPasts).
var irregularPasts = stopSet(0, vocab.IrregularPasts...)

// verbParticles complete a phrasal verb ("carried out"): after a past
// in -ed they mark it a participle with no object.
var verbParticles = map[string]bool{"out": true, "up": true, "off": true, "down": true, "away": true, "back": true}

// ownPredicate returns the predicate that opens ws, the words right after
// a figure's noun phrase, made a modifier of that noun phrase: its verb
// is a form of be or have, an irregular past ("went") or a past in -ed
// that is no verb of change or of being ("rose", "remained": the figure
// is then a level, not the subject of a predicate). A past in -ed with an
// object ("claimed some combination") is the noun's doing ("claiming");
// one without ("carried out", "referred to") its passive participle, kept
// as written. The predicate stops before a time ("in August 2022"), a
// place, a figure or the clause's end (sharePredicate); "" when ws opens
// with no such verb or the predicate names nothing past its verb.
func ownPredicate(ws []string) string {
	ws, listCut := nextPartCut(ws)
	if len(ws) > 3 && haveWords[strings.ToLower(ws[0])] && strings.EqualFold(ws[1], "to") && strings.EqualFold(ws[2], "be") {
		// "had to be humanely destroyed": what was done to the noun,
		// as "were humanely destroyed".
		ws = append([]string{"were"}, ws[3:]...)
	}
	if len(ws) > 2 && relativeWords[strings.ToLower(ws[0])] {
		// "that were paid out in full": a relative clause restricts its
		// noun as a predicate does.
		ws = ws[1:]
	}
	if len(ws) > 2 && (leftAdverbs[strings.ToLower(ws[1])] || len(ws[1]) > 4 && strings.HasSuffix(strings.ToLower(ws[1]), "ly")) {
		// "had successfully launched", "are still on": the adverb left out.
		ws = append([]string{ws[0]}, ws[2:]...)
	}
	if len(ws) > 2 && haveWords[strings.ToLower(ws[0])] && strings.EqualFold(ws[1], "been") && isPastParticiple(strings.ToLower(strings.Trim(ws[2], ",.;:"))) {
		// "have been educated in the United States": a passive, its
		// copula understood.
		ws = append([]string{"were"}, ws[2:]...)
	}
	if len(ws) < 2 {
		return ""
	}
	lw := strings.ToLower(ws[0])
	if len(ws) > 2 && strings.EqualFold(ws[1], "to") && finiteVerbs[strings.ToLower(strings.Trim(ws[2], ",.;:"))] {
		return "" // "continued to increase": the change the figure states, no restriction
	}
	w1 := strings.ToLower(strings.Trim(ws[1], ",.;:"))
	object := !isPrep(w1) && !verbParticles[w1] && !strings.HasSuffix(w1, "ly") && !conjunctions[w1] && ws[1] == strings.TrimRight(ws[1], ",.;:")
	if occurrenceVerbs[lw] && strings.EqualFold(ws[1], "among") {
		ws[0], lw = "were", "were" // "cases occurred among adults": among adults
	}
	if comparandMarkers[lw] {
		return "" // "compared with 12 months earlier": a comparison, no restriction
	}
	if _, more := comparatives[w1]; more || w1 == "been" || w1 == "not" {
		return "" // "has more than doubled", "were not": a change or a negation, no restriction
	}
	if haveWords[lw] && linkVerbs[w1] {
		return "" // "has increased": an auxiliary of the change the figure states
	}
	switch {
	case copulaWords[lw] || haveWords[lw] || irregularPasts[lw]:
	case len(lw) > 3 && strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "eed") && lw != "aged" && !linkVerbs[lw] && (!edAdjectives[lw] || isPrep(strings.ToLower(ws[1]))):
		// ("died" of "people died that year while on a wait list": a
		// short past, an active one, "that died".)
		if !object && isPastParticiple(lw) {
			// "tests carried out", "children referred to social
			// services": the participle as it is, its copula understood.
			ws = append([]string{"were"}, ws...)
		}
	default:
		return ""
	}
	timed := len(ws) == 2 || listCut && len(ws) <= 3 // the participle alone, or cut at a time or the next part
	for i := 1; i < len(ws); i++ {
		if ws[i] == ";" {
			ws = ws[:i]
			timed = timed || i == 2 // "were destroyed;": the participle alone, at its clause's end
			break
		}
		if isPrep(strings.ToLower(ws[i])) && datedPhrase(ws[i+1:]) {
			// "closed in FYE March 2023", "committed during 1993 were
			// against victims": the time left out, the clause read on
			// past it unless it ends there.
			j := timeEnd(ws, i+1)
			if j == i+1 {
				continue // "per 1,000 children": a figure, which the clause reads
			}
			timed = true
			if j < len(ws) && !strings.ContainsAny(ws[j-1], ",.;:") && hasLetter(ws[j][:1]) {
				ws = append(ws[:i:i], ws[j:]...)
				i--
				continue
			}
			ws = ws[:i]
			break
		}
	}
	if len(ws) > 3 && copulaWords[strings.ToLower(ws[0])] && isPastParticiple(strings.ToLower(ws[1])) && (copulaWords[strings.ToLower(ws[2])] || haveWords[strings.ToLower(ws[2])]) {
		// "crimes committed during 1993 were against victims related
		// to the offender": the participle and its time were an aside,
		// the clause's own verb follows.
		ws = ws[2:]
	}
	if len(ws) < 2 {
		return ""
	}
	if pred := clausePredicate(ws, true); len(contentWords(pred)) >= 2 || strings.Contains(pred, " ") {
		return pred
	}
	if len(ws) == 3 && listCut && (leftAdverbs[strings.ToLower(ws[1])] || strings.HasSuffix(strings.ToLower(ws[1]), "ly")) {
		ws = []string{ws[0], ws[2]} // "were humanely destroyed"
	}
	if v := strings.ToLower(strings.Trim(ws[1], ",.;:")); timed && len(ws) == 2 && copulaWords[strings.ToLower(ws[0])] && isPastParticiple(v) && !linkVerbs[v] {
		// "complaints were closed in FYE March 2023", "fires attended":
		// the participle alone restricts what was done to the noun.
		return v
	}
	return "" // "that were": no restriction past the verb
}

// nextPartCut returns ws up to the next part of a list of parts ("were
// sold 1,650 were reclaimed and 5,820 had to be destroyed" → "were
// sold"): a figure followed by a verb of being or having, with the "and"
// or "or" before it; and whether it cut.
func nextPartCut(ws []string) ([]string, bool) {
	for i := 1; i+1 < len(ws); i++ {
		if !hasDigit(ws[i]) || !(copulaWords[strings.ToLower(ws[i+1])] || haveWords[strings.ToLower(ws[i+1])]) ||
			yearWord(strings.ToLower(strings.Trim(ws[i], ",.;:"))) || isPrep(strings.ToLower(ws[i-1])) {
			continue // "crimes committed during 1993 were against …": a time, no part
		}
		j := i
		if w := strings.ToLower(strings.Trim(ws[j-1], ",")); j > 1 && (w == "and" || w == "or") {
			j--
		}
		return ws[:j:j], true
	}
	return ws, false
}

// timeEnd returns where the time phrase that starts at ws[i] (the words
// after a preposition, datedPhrase) ends: past its article, modifiers,
// figures, months, nouns of time and a short capital abbreviation ("FYE
// March 2023"), and a word that ends in a stop; i itself when those words
// name no year, month or noun of time.
func timeEnd(ws []string, i int) int {
	from, time := i, false
	for ; i < len(ws); i++ {
		w := strings.Trim(ws[i], ",.;:")
		lw := strings.ToLower(w)
		named := monthNumber(lw) != 0 || timeNoun(lw) || yearWord(lw)
		_, spelled := vocab.LookupNumber(lw) // "the last three years"
		if !(named || spelled || hasDigit(lw) || timeModifiers[lw] || determiners[lw] || strings.ToUpper(w) == w && hasLetter(w) && len(w) <= 4) {
			break
		}
		time = time || named
		if strings.ContainsAny(ws[i], ",.;:") {
			i++
			break
		}
	}
	if !time {
		return from // "per 1,000 children": a figure, no time
	}
	return i
}

// restrictedTitle returns head, a noun phrase, restricted by pred
// (ownPredicate) as a title of at most 64 characters: the predicate cut
// back a word at a time to a content word, keeping at least two of its
// words ("claiming some"), or "".
func restrictedTitle(head, pred string) string {
	pw := strings.Fields(pred)
	if len(pw) == 0 {
		return ""
	}
	for n := len(pw); n >= min(2, len(pw)); n-- {
		kept := trimTitleWords(pw[:n])
		if len(kept) < 2 && (len(pw) > 1 || !isPastParticiple(strings.ToLower(kept[0]))) || len(kept) < n && determiners[strings.ToLower(pw[len(kept)])] {
			continue // "… with annual": the word that governs what was cut
		}
		if n < len(pw) && (isCapitalized(pw[n]) && isCapitalized(kept[len(kept)-1]) || pw[n] == "and" || pw[n] == "or") {
			continue // "in Northern [Ireland]", "by health [and social care]": a name or a pair cut in two
		}
		if _, number := vocab.LookupNumber(strings.ToLower(kept[len(kept)-1])); number || isPrepWord(strings.ToLower(kept[len(kept)-1])) {
			continue // "with one", "converting … into": no word a title ends on
		}
		if t := title(head + " " + strings.Join(kept, " ")); utf8Len(t) <= 64 && titleFault(t) == "" {
			return t
		}
	}
	return ""
}

// predicateAfterNP returns the predicate (ownPredicate) after a counted
// noun phrase whose words end at rest: right after it, past a phrase of
// places that entities carry ("in Northern Ireland were known"), or past
// an aside between commas ("states, stretching from Utah to
// Massachusetts, had").
func predicateAfterNP(rest []string) string {
	if len(rest) > 2 && dashes[rest[0]] {
		// "new woodland – roughly 30 million trees – were created": an
		// aside between dashes.
		for j := 1; j < len(rest) && j <= 8; j++ {
			if dashes[rest[j]] {
				rest = rest[j+1:]
				break
			}
		}
	}
	if p := ownPredicate(rest); p != "" {
		return p
	}
	if len(rest) > 2 && isPrep(strings.ToLower(rest[0])) {
		for j := 2; j < len(rest) && j <= 5; j++ {
			if onlyPlaces(strings.Join(rest[1:j], " ")) {
				if p := ownPredicate(rest[j:]); p != "" {
					return p
				}
			}
		}
	}
	return ""
}

// dashes set an aside apart when they stand as words of their own.
var dashes = map[string]bool{"–": true, "—": true, "-": true}

// asideEnd returns where the words after an aside between commas resume,
// when ws (the words after a noun that ended on a comma) open with one of
// up to eight words: a participle's or a preposition's ("stretching from
// Utah to Massachusetts,"); or 0.
func asideEnd(ws []string) int {
	if len(ws) < 3 {
		return 0
	}
	lw := strings.ToLower(ws[0])
	if !strings.HasSuffix(lw, "ing") && !isPrep(lw) {
		return 0
	}
	for i, w := range ws[:min(len(ws), 8)] {
		if strings.ContainsAny(w, ".;:") {
			return 0
		}
		if strings.HasSuffix(w, ",") {
			return i + 1
		}
	}
	return 0
}

// datedPhrase reports whether ws, the words after a preposition, name a
// time: a timePhrase, or a month or year within three words ("in FYE
// March 2023").
func datedPhrase(ws []string) bool {
	if len(ws) > 2 && determiners[strings.ToLower(ws[0])] && spanModifier(ws[1:]) > 0 {
		return false // "the 5 year war": a span that modifies a noun
	}
	if j := timeEnd(ws, 0); j > 0 && j+1 < len(ws) && trailingHedgeWord(ws[j], ws[j+1]) {
		return false // "12 weeks or less": a band of a span, no time
	}
	if timePhrase(ws) || timeEnd(ws, 0) > 0 {
		return true // "in the last three years"
	}
	for _, w := range ws[:min(len(ws), 3)] {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if yearWord(lw) || monthNumber(lw) != 0 {
			return true
		}
	}
	return false
}
