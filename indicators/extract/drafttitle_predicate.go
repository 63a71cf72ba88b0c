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
// protection investigations". ownPredicate reads the predicate once;
// countedNPOf (a count's noun) and shareWholeTitle (a share's whole) add
// it, never a unit word or a heading alone.

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
	if len(ws) < 2 {
		return ""
	}
	lw := strings.ToLower(ws[0])
	if len(ws) > 2 && strings.EqualFold(ws[1], "to") && finiteVerbs[strings.ToLower(strings.Trim(ws[2], ",.;:"))] {
		return "" // "continued to increase": the change the figure states, no restriction
	}
	w1 := strings.ToLower(strings.Trim(ws[1], ",.;:"))
	object := !isPrep(w1) && !verbParticles[w1] && !strings.HasSuffix(w1, "ly") && !conjunctions[w1] && ws[1] == strings.TrimRight(ws[1], ",.;:")
	if _, more := comparatives[w1]; more || w1 == "been" || w1 == "not" {
		return "" // "has more than doubled", "were not": a change or a negation, no restriction
	}
	if haveWords[lw] && isPastParticiple(w1) {
		return "" // "has risen": an auxiliary
	}
	switch {
	case copulaWords[lw] || haveWords[lw] || irregularPasts[lw]:
	case len(lw) > 4 && strings.HasSuffix(lw, "ed") && !linkVerbs[lw] && (!edAdjectives[lw] || isPrep(strings.ToLower(ws[1]))):
		if !object {
			// "tests carried out", "children referred to social
			// services": the participle as it is, its copula understood.
			ws = append([]string{"were"}, ws...)
		}
	default:
		return ""
	}
	for i := 1; i < len(ws); i++ {
		if ws[i] == ";" || isPrep(strings.ToLower(ws[i])) && datedPhrase(ws[i+1:]) {
			ws = ws[:i]
			break
		}
	}
	if len(ws) < 2 {
		return ""
	}
	pred := sharePredicate(ws)
	if len(contentWords(pred)) < 2 && !strings.Contains(pred, " ") {
		return "" // "recorded", "that were": no restriction past the verb
	}
	return pred
}

// restrictedTitle returns head, a noun phrase, restricted by pred
// (ownPredicate) as a title of at most 64 characters: the predicate cut
// back a word at a time to a content word, keeping at least two of its
// words ("claiming some"), or "".
func restrictedTitle(head, pred string) string {
	pw := strings.Fields(pred)
	for n := len(pw); n >= 2; n-- {
		kept := trimTitleWords(pw[:n])
		if len(kept) < 2 || len(kept) < n && determiners[strings.ToLower(pw[len(kept)])] {
			continue // "… with annual": the word that governs what was cut
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
	if timePhrase(ws) {
		return true
	}
	for _, w := range ws[:min(len(ws), 3)] {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if yearWord(lw) || monthNumber(lw) != 0 {
			return true
		}
	}
	return false
}
