package extract

import (
	"strings"
)

// Counted nouns: a count's title is its counted noun with the phrase
// that narrows it ("11,324 releases from sentences between January and
// March" → "Releases from sentences"), the figure and its hedge left out.

// countedPhraseStops end the phrase of a counted noun: a time or a cell's
// end.
var countedPhraseStops = stopSet(classCopulas, "between", "as", "at", "during", "since", "|", "this")

// countedPhrase returns the counted noun t after a figure (or ending
// stated, the figure as written) with its
// phrase ("releases from sentences between January …" → "Releases from
// sentences"), or "" when the words after the figure do not open with t
// and a preposition.
func countedPhrase(t, stated, after string) string {
	ws := strings.Fields(after)
	if f := strings.Fields(stated); len(ws) > 0 && len(f) > 1 && strings.EqualFold(f[len(f)-1], t) && isPrep(ws[0]) {
		ws = append([]string{t}, ws...) // "11,324 releases" stated with its noun
	}
	if len(ws) < 3 || !strings.EqualFold(strings.Trim(ws[0], ",.;:"), t) || !isPrep(ws[1]) {
		return ""
	}
	keep := []string{ws[0]}
	for _, w := range ws[1:] {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if countedPhraseStops[lw] || hasDigit(lw) || monthNumber(lw) > 0 {
			break
		}
		keep = append(keep, strings.Trim(w, ",.;:"))
		if strings.ContainsAny(w, ",.;:") {
			break
		}
	}
	for len(keep) > 1 && (isPrep(keep[len(keep)-1]) || titleStop[strings.ToLower(keep[len(keep)-1])]) {
		keep = keep[:len(keep)-1]
	}
	if len(keep) < 3 {
		return ""
	}
	return title(strings.Join(keep, " "))
}

// hedgeOpen are words that may open a count.
var hedgeOpen = map[string]bool{"more": true, "than": true, "over": true, "about": true, "nearly": true, "almost": true,
	"some": true, "around": true, "approximately": true, "at": true, "least": true, "roughly": true}

// countedNoun returns the noun of a count as stated ("40 states" →
// "states"), or "" for a bare number.
func countedNoun(stated string) string {
	var keep []string
	for _, w := range strings.Fields(stated) {
		lw := strings.ToLower(w)
		if hedgeOpen[lw] || hasDigit(lw) {
			continue
		}
		keep = append(keep, w)
	}
	return strings.Join(keep, " ")
}
