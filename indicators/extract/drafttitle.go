package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// The words titles are made without: determiners and the like are dropped
// at a title's ends, verbs end a subject. One table each.
var (
	titleStop = map[string]bool{"a": true, "an": true, "the": true, "our": true, "its": true, "their": true, "his": true, "her": true,
		"this": true, "that": true, "these": true, "those": true, "currently": true, "now": true, "also": true, "and": true, "or": true,
		"of": true, "in": true, "to": true, "for": true, "with": true, "by": true, "at": true, "on": true, "from": true, "as": true,
		"some": true, "about": true, "which": true, "who": true, "while": true, "moreover": true, "today": true}
	subjectEnds = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true, "have": true, "had": true,
		"will": true, "would": true, "could": true, "can": true, "may": true, "shall": true, "should": true,
		"grew": true, "rose": true, "fell": true, "increased": true, "decreased": true, "declined": true, "reached": true, "totaled": true, "totalled": true,
		"valued": true, "supported": true, "supports": true, "support": true, "accounted": true, "accounting": true, "employed": true, "employs": true,
		"topped": true, "exceeded": true, "amounted": true, "stood": true, "made": true, "making": true, "provided": true, "provides": true,
		"according": true, "represented": true, "represents": true, "accumulated": true, "invested": true, "aims": true, "intends": true}
	// changeNouns name the change a verb before "by" makes: "reduce … by
	// 26 to 28 percent" is a reduction.
	changeNouns = map[string]string{"reduce": "Reduction in", "reduced": "Reduction in", "reducing": "Reduction in", "cut": "Cut in", "cutting": "Cut in",
		"lower": "Reduction in", "increase": "Increase in", "increased": "Increase in", "increasing": "Increase in", "raise": "Increase in", "raising": "Increase in",
		"boost": "Increase in", "expand": "Expansion of", "expanding": "Expansion of", "grow": "Growth of", "grew": "Growth of", "growing": "Growth of",
		"rose": "Rise in", "rise": "Rise in", "fell": "Fall in", "fall": "Fall in", "declined": "Decline in", "decline": "Decline in"}
	limitNouns = map[string]bool{"goal": true, "target": true, "limit": true, "threshold": true, "ceiling": true, "cap": true}
)

// titleFor names what a figure measures in plain words of its clause:
// "our two-way goods and services trade was $279 billion" → "Two-way
// goods and services trade". It returns "" when no words are found.
func titleFor(text string, m Mention, cs int, measure indicators.MeasureKind) string {
	_, ce := clauseOf(text, m)
	before := words(joinBroken(text[cs:m.Span.Start]))
	after := words(joinBroken(text[m.Span.End:ce]))
	subj := subject(before)
	switch {
	case measure == indicators.RankKind:
		noun := phrase(after, 6)
		if subj != "" && noun != "" {
			return title("Rank of " + subj + " as " + noun)
		}
	case len(after) > 1 && strings.EqualFold(after[0], "of") && m.Unit.String() == "percent":
		if np := phrase(after[1:], 6); np != "" {
			return title("Share of " + np)
		}
	case len(before) > 0 && strings.EqualFold(before[len(before)-1], "by"):
		for i := len(before) - 2; i >= 0; i-- {
			if n, ok := changeNouns[strings.ToLower(before[i])]; ok {
				if obj := phrase(before[i+1:len(before)-1], 8); obj != "" {
					return title(n + " " + obj)
				}
			}
		}
	case len(before) > 0 && strings.EqualFold(before[len(before)-1], "of"):
		if np := nounBefore(before[:len(before)-1]); np != "" {
			return title(np)
		}
	}
	if measure == indicators.Change {
		for _, w := range before {
			if n, ok := changeNouns[strings.ToLower(w)]; ok && subj != "" {
				return title(n + " " + subj)
			}
		}
		if len(after) > 0 {
			if n, ok := changeNouns[strings.ToLower(after[0])]; ok && subj != "" {
				return title(n + " " + subj)
			}
		}
	}
	if measure == indicators.CountKind {
		noun := strings.TrimSpace(text[max(m.Numbers[0].End, m.Numbers[1].End):m.Span.End])
		if noun != "" && !strings.ContainsAny(noun, "0123456789") {
			if rest := verbPhrase(before, 10, m.Sentence.Start == cs); rest != "" {
				return title(noun + " " + rest)
			}
			return title(noun)
		}
	}
	if len(after) > 0 && limitNouns[strings.ToLower(strings.Trim(after[0], ".,"))] {
		what := "Figure"
		switch m.Unit.String() {
		case "degC", "degF":
			what = "Temperature"
		}
		return title(what + " " + strings.ToLower(strings.Trim(after[0], ".,")))
	}
	if subj != "" {
		return title(subj)
	}
	if np := phrase(after, 6); np != "" {
		return title(np)
	}
	return ""
}

// words splits s into words.
func words(s string) []string { return strings.Fields(s) }

// subject returns the subject of a clause: its words up to the first verb
// that ends one, without a leading "In 2014" and determiners.
func subject(ws []string) string {
	var keep []string
	for _, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if subjectEnds[lw] {
			break
		}
		keep = append(keep, w)
	}
	return phrase(keep, 10)
}

// nounBefore returns the noun phrase that ends ws, back to a verb, a
// determiner or the clause's start: "has accumulated foreign direct
// investment in Japan" → "foreign direct investment in Japan".
func nounBefore(ws []string) string {
	i := len(ws)
	for i > 0 {
		lw := strings.ToLower(strings.Trim(ws[i-1], ",.;:"))
		if subjectEnds[lw] || lw == "with" || lw == "a" || lw == "an" || lw == "the" || lw == "our" || lw == "its" || lw == "their" ||
			strings.HasSuffix(lw, "ed") && lw != "united" {
			break
		}
		i--
	}
	return phrase(ws[i:], 10)
}

// phrase cleans words into a title phrase: no years or figures, no stop
// words at either end, at most n words.
func phrase(ws []string, n int) string {
	var keep []string
	for k := 0; k < len(ws); k++ {
		w := ws[k]
		lw := strings.ToLower(strings.Trim(w, ",.;:()"))
		// Drop "in 2022", "2014", "FY22".
		if hasDigit(w) {
			if len(keep) > 0 && (strings.EqualFold(keep[len(keep)-1], "in") || strings.EqualFold(keep[len(keep)-1], "by") || strings.EqualFold(keep[len(keep)-1], "for")) {
				keep = keep[:len(keep)-1]
			}
			if len(keep) > 0 {
				break
			}
			continue
		}
		if len(keep) == 0 && (titleStop[lw] || !hasLetter(w)) {
			continue
		}
		keep = append(keep, strings.Trim(w, ",;:()"))
		if len(keep) == n {
			break
		}
	}
	for len(keep) > 0 && (titleStop[strings.ToLower(keep[len(keep)-1])] || subjectEnds[strings.ToLower(keep[len(keep)-1])]) {
		keep = keep[:len(keep)-1]
	}
	return strings.Join(keep, " ")
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// title capitalizes the first letter of s and trims its end.
func title(s string) string {
	s = strings.TrimRight(strings.TrimSpace(s), ",.;:–—-")
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return ""
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// stopWord reports whether an id should not start or end with w.
func stopWord(w string) bool { return titleStop[w] }

// verbPhrase is phrase keeping a verb at its end ("the United States is
// to partner with"), with a first word lower-cased where only the start
// of the sentence capitalized it.
func verbPhrase(ws []string, n int, sentenceStart bool) string {
	var keep []string
	for _, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",.;:()"))
		if hasDigit(w) {
			break
		}
		if len(keep) == 0 && (titleStop[lw] && lw != "the" || !hasLetter(w)) {
			continue
		}
		keep = append(keep, strings.Trim(w, ",;:()"))
	}
	if len(keep) > n {
		keep = keep[len(keep)-n:]
	}
	if len(keep) > 0 && sentenceStart && len(placesIn(keep[0], 0)) == 0 {
		if r, sz := utf8.DecodeRuneInString(keep[0]); unicode.IsUpper(r) && strings.ToLower(keep[0][sz:]) == keep[0][sz:] {
			keep[0] = strings.ToLower(keep[0])
		}
	}
	return strings.Join(keep, " ")
}
