package extract

import (
	"strings"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A clause's openers. A writer ties a clause to the one before with a
// linking adverb ("Equally the number of …", "In addition, …", "As a
// result …") and sets a frame before its subject ("Further to the
// introduction of X in April 2013, …", "Following the review, …"); both
// say how or when the clause follows, never what its figure measures. A
// title begins past them, at the clause's own subject; and an adjective
// that weighs the figure ("a massive 89% increase", "a record 7,400") is
// no word of what is measured either. One reader each, for every reader of
// a subject (subject, leadSubject, sentenceSubject).

var (
	// connectivePhrases and framePhrases hold the lexicon's phrases, each
	// lower case with its words apart by one space.
	connectivePhrases = wordSet(vocab.Connectives)
	framePhrases      = wordSet(append(append([]string{}, vocab.FramePrepositions...), vocab.Prepositions...))
	// evaluatives are the lexicon's Evaluatives.
	evaluatives = wordSet(vocab.Evaluatives)
	// openerNext are the words a linking adverb without its comma may
	// stand before and still open the clause: a determiner or a pronoun.
	openerNext = stopSet(classArticles | classDemonstratives | classPossessives | classPronouns)
)

// frameReach is the most words a frame before a clause's subject spans,
// its comma's word included.
const frameReach = 16

// phraseAt returns how many words of ws, from i, spell a phrase of set
// (case and the marks around a word aside), the longest first, up to four
// words; and whether the last of them closes on a comma. 0 when none does.
func phraseAt(ws []string, i int, set map[string]bool) (int, bool) {
	for n := min(4, len(ws)-i); n > 0; n-- {
		p := make([]string, n)
		for k := range n {
			p[k] = strings.ToLower(strings.Trim(ws[i+k], ",;:()“”\"'"))
		}
		if set[strings.Join(p, " ")] {
			return n, strings.HasSuffix(ws[i+n-1], ",")
		}
	}
	return 0, false
}

// openerEnd returns the index of the first word of ws, a clause's words
// from its start, past its openers, repeated ("However, following the
// review, the number …"): a linking adverb or phrase, and a frame a
// preposition opens and a comma closes within frameReach words. A linking
// adverb without its comma is passed only before a determiner, a pronoun
// or a figure ("Equally the number", "Overall 62%"), so "Overall rate of
// …" keeps its adjective; a frame is no frame when a verb of its clause
// comes before its comma.
func openerEnd(ws []string) int {
	i := 0
	for i < len(ws) {
		if n, comma := phraseAt(ws, i, connectivePhrases); n > 0 && i+n < len(ws) {
			next := strings.ToLower(strings.Trim(ws[i+n], ",;:()“”\"'"))
			if comma || openerNext[next] || hasDigit(next) {
				i += n
				continue
			}
		}
		if n, _ := phraseAt(ws, i, framePhrases); n > 0 {
			if e := frameEnd(ws, i+n); e > 0 {
				i = e
				// A time with no comma may follow ("Further to X in
				// April 2013, for the year 2014/15 the number …"):
				// passed where a determiner opens the subject after it.
				if rest := pastFrame(ws[i:]); len(rest) < len(ws)-i && len(rest) > 0 && determiners[strings.ToLower(rest[0])] {
					i = len(ws) - len(rest)
				}
				continue
			}
		}
		break
	}
	return i
}

// frameEnd returns the index of the word after the comma that closes a
// frame whose words start at ws[from], or 0: none within frameReach words,
// a figure first, or a verb (the frame would be the clause itself; a
// capital makes "May" a month). A frame of time with no comma ("for the
// year 2014/15 the number …") is pastFrame's.
func frameEnd(ws []string, from int) int {
	for k := from; k < len(ws) && k < from+frameReach; k++ {
		w := strings.Trim(ws[k], ",;:()")
		if lw := strings.ToLower(w); lw == w && (auxiliaries[lw] || finiteVerbs[lw] || subjectEnds[lw]) {
			return 0
		}
		if hasDigit(w) && !timeDigits(ws, k) {
			return 0 // "over 2.1 million fewer workers": a figure, no frame
		}
		if strings.HasSuffix(ws[k], ",") {
			if k+1 < len(ws) {
				return k + 1
			}
			return 0
		}
	}
	return 0
}

// timeDigits reports whether ws[k], a word with a digit, writes a time
// rather than a figure: a year or a year across two ("At yearend 2022,",
// "For the 2020/21 year,", "At the end of June 2004,") or a day before
// its month ("At 31 March 2022,").
func timeDigits(ws []string, k int) bool {
	w := strings.Trim(ws[k], ",;:()")
	if yearWord(w) {
		return true
	}
	return len(w) <= 2 && k+1 < len(ws) && isMonth(strings.Trim(ws[k+1], ",;:()"))
}

// pastOpeners returns ws past its clause's openers (openerEnd).
func pastOpeners(ws []string) []string { return ws[openerEnd(ws):] }

// withoutEvaluative returns the words before a figure without the
// adjectives that weigh it and their article at their end ("A massive"
// before "89% increase", "a record" before "7,400"): what is left names
// what the figure measures, or nothing.
func withoutEvaluative(before []string) []string {
	n := len(before)
	for n > 0 && evaluatives[strings.ToLower(strings.Trim(before[n-1], ",;:()"))] && !strings.ContainsAny(before[n-1], ",;:") {
		n--
	}
	if n == len(before) {
		return before
	}
	if n > 0 && determiners[strings.ToLower(before[n-1])] {
		n--
	}
	return before[:n]
}

// quantityOfRE matches a quantity noun and the "of" that names what it
// counts: "the number of ", "the total of ".
var quantityOfRE = lazyRegexp(`(?i)\bthe (?:number|total|amount|proportion|share|level|value) of `)

// referredQuantity returns subj, a clause's subject, or, when subj is a
// quantity noun that names no thing of its own ("the number this year
// falling"), the noun phrase the last "the number of …" of the text
// before the clause names ("Meanwhile, the number of sailing boats from
// abroad continues to decline, with the number this year falling to …"),
// kept with what sets it apart, up to its verb.
func referredQuantity(before, subj string) string {
	f := strings.Fields(strings.ToLower(subj))
	if len(f) == 0 || !quantityNouns[f[0]] || len(f) > 1 && f[1] == "of" {
		return subj
	}
	locs := quantityOfRE.FindAllStringIndex(before, -1)
	if len(locs) == 0 {
		return subj
	}
	var keep []string
	for _, w := range strings.Fields(joinBroken(before[locs[len(locs)-1][1]:])) {
		tw := strings.Trim(w, ",;:()")
		if lw := strings.ToLower(tw); subjectEnds[lw] || finiteVerbs[lw] || hasDigit(lw) || len(keep) == frameReach {
			break
		}
		keep = append(keep, tw)
		if strings.ContainsAny(w, ",;:") {
			break
		}
	}
	if np := phrase(keep, 10); np != "" {
		return np
	}
	return subj
}
