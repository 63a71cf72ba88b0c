package extract

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Titles of a monthly release's lead and its key facts (drafts42): a
// title that is only the counted noun ("Units"), a place ("Montreal"),
// the source "according to" names, a frame ("Among X's big three
// cities, …") or a clause that ends on its verb ("… multi-unit starts
// drove") names nothing the figure measures. The figure's own noun phrase
// does ("the 40% decrease in Toronto's housing starts"), else its
// sentence's subject ("The rural starts monthly SAAR estimate was …").

// figureNounRE matches a change noun right after a figure and what it is
// in: "% year-over-year decrease in Toronto's housing starts".
var figureNounRE = lazyRegexp(`^(?:%|\s*(?:percent|per cent))?\s+(?:(?:year-over-year|year-on-year|month-over-month|monthly|annual|quarterly)\s+)?(increase|decrease|rise|fall|drop|decline|gain)\s+in\s+`)

// nounPhraseStops end the noun phrase a figure's change is in.
var nounPhraseStops = map[string]bool{"compared": true, "from": true, "this": true, "last": true, "since": true, "over": true,
	"to": true, "than": true, "with": true, "on": true, "at": true, "for": true, "and": true, "but": true, "driven": true, "due": true,
	"year-over-year": true, "year-on-year": true}

// sourceRE matches the source a lead sentence names: "according to
// Canada Mortgage and Housing Corporation (CMHC)".
var sourceRE = lazyRegexp(`(?i)according to ([^.,;]+)`)

// namesNothing reports whether t, the title drafted for a figure of
// sentence, names nothing it measures: one word, the source "according
// to" names, a leading frame ("Among …") kept mid-title, or a clause's
// verb at its end.
func namesNothing(t, sentence string) bool {
	f := strings.Fields(t)
	if len(f) == 0 {
		return false
	}
	if len(f) == 1 {
		return true
	}
	if g := sourceRE.FindStringSubmatch(sentence); g != nil {
		src := strings.Fields(g[1])
		if len(src) > 3 {
			src = src[:3]
		}
		if strings.Contains(strings.ToLower(t), strings.ToLower(strings.Join(src, " "))) {
			return true
		}
	}
	if e := datelineEnd(sentence); e > 0 && strings.Contains(sentence[:e], changeNounCut(t)) {
		return true // "LISBON, March", "Change in LISBON, March": the dateline's
	}
	for _, w := range f[1:] {
		if w == "Among" {
			return true
		}
	}
	last := strings.ToLower(strings.Trim(f[len(f)-1], ",.;:"))
	return danglingVerbs[last]
}

// danglingVerbs cannot end a title: the verb of the clause it was cut
// from.
var danglingVerbs = stopSet(classCopulas,
	"drove", "drives", "posted", "recorded", "reported", "saw", "had", "has", "rose", "fell", "grew", "rises",
	"falls")

// frameTitle returns the title of a figure whose drafted title t names
// nothing (namesNothing), and why; "" when t stands.
func (d *docDraft) frameTitle(m Mention, t string, measure indicators.MeasureKind) (string, string) {
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	if !namesNothing(t, sent) {
		return "", ""
	}
	start := m.Sentence.Start + bulletPrefix(sent)
	start += datelineEnd(text[start:m.Span.Start])
	subj := shortSubject(leadSubject(text[start:m.Span.Start]))
	if strings.Contains(subj, ",") || len(strings.Fields(subj)) > 8 {
		subj = ""
	}
	after := text[m.Span.End:min(m.Sentence.End, m.Span.End+160)]
	if loc := figureNounRE.FindStringSubmatchIndex(after); loc != nil {
		// "the 40% year-over-year decrease in Toronto's housing starts":
		// the noun phrase the figure sits in.
		var np []string
		for _, w := range strings.Fields(after[loc[1]:]) {
			lw := strings.ToLower(strings.Trim(w, ",.;:"))
			if nounPhraseStops[lw] || hasDigit(lw) || monthNumber(lw) > 0 {
				break
			}
			np = append(np, strings.Trim(w, ",.;:"))
			if strings.ContainsAny(w, ",.;:") {
				break
			}
		}
		if len(np) > 0 {
			what := strings.Join(np, " ")
			if subj != "" && nameOnly(subj) && !strings.Contains(what, subj) {
				what += " in " + subj // "Vancouver recorded a 74% increase in starts"
			}
			return shorten(title(after[loc[2]:loc[3]])+" in "+what, 64), "the noun phrase the figure sits in"
		}
	}
	if subj == "" || nameOnly(subj) || len(strings.Fields(subj)) < 2 || timePhrase(strings.Fields(subj)) || monthNumber(strings.Fields(subj)[0]) != 0 {
		return "", "" // "The year ending March 2023: 46,560 applications": a time is no subject
	}
	if measure == indicators.Change || changedBefore(text[start:m.Span.Start]) {
		return changeIn(subj, ""), "the subject of the change, not its source or unit"
	}
	return shorten(title(subj), 64), "the sentence's subject, not its unit or a frame"
}

// changedBefore reports whether the words before a figure end on a change
// verb and an opening parenthesis: "increased (".
func changedBefore(before string) bool {
	b := strings.TrimSpace(before)
	if !strings.HasSuffix(b, "(") {
		return false
	}
	f := strings.Fields(strings.TrimSuffix(b, "("))
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "increased", "decreased", "rose", "fell", "grew", "declined", "flat", "dropped", "unchanged":
		return true
	}
	return false
}

// changeNounCut returns t without an opening "Change in", "Increase in"
// or "Decrease in": what the change is of.
func changeNounCut(t string) string {
	for _, p := range []string{"Change in ", "Increase in ", "Decrease in ", "Rise in ", "Fall in "} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			return rest
		}
	}
	return t
}

// datelineRE matches a news release's dateline before its lead: "OTTAWA,
// ON, July 16, 2025 /CNW/ - ".
var datelineRE = lazyRegexp(`^[^.]{0,80}?\b\d{4}\b[^.]{0,20}? [-–—] `)

// datelineReach is the most bytes a match of datelineRE spans: 80 and 20
// runes of at most 4 bytes, the year, and a dash of at most 3 bytes
// between spaces. datelineEnd hands the pattern no more, as the
// backtracker's work grows with its whole input.
const datelineReach = 80*4 + 4 + 20*4 + 5

// datelineEnd returns where the lead after a dateline starts in s, or 0.
func datelineEnd(s string) int {
	if loc := datelineRE.FindStringIndex(s[:min(len(s), datelineReach)]); loc != nil {
		return loc[1]
	}
	return 0
}

// shortSubject cuts a long subject at its second preposition: "total
// monthly SAAR of housing starts for all areas in Canada" → "total
// monthly SAAR of housing starts".
func shortSubject(s string) string {
	f := strings.Fields(s)
	if len(f) <= 6 {
		return s
	}
	n := 0
	for i, w := range f {
		if i > 0 && (isPrep(w) || w == "of") {
			if n++; n == 2 {
				return strings.Join(f[:i], " ")
			}
		}
	}
	return s
}

// nameOnly reports whether s is a place or a name alone: "Vancouver",
// "England and Wales".
func nameOnly(s string) bool {
	if onlyPlaces(s) {
		return true
	}
	f := strings.Fields(s)
	if len(f) > 3 {
		return false
	}
	for _, w := range f {
		if w != "and" && (w == "" || w[0] < 'A' || w[0] > 'Z') {
			return false
		}
	}
	return true
}

// leadSubject returns the subject a sentence opens with, before its verb:
// "Among Canada's big three cities, Vancouver recorded a" → "Vancouver";
// "The rural starts monthly SAAR estimate was" → "rural starts monthly
// SAAR estimate". A leading frame ("Among …,") is dropped.
func leadSubject(s string) string {
	ws := pastOpeners(strings.Fields(joinBroken(s)))
	var keep []string
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		content := len(keep) > 0 && !(len(keep) == 1 && titleStop[strings.ToLower(keep[0])])
		if danglingVerbs[lw] || finiteVerbs[lw] && content || hasDigit(lw) || strings.ContainsAny(w, "$€£%(") ||
			i > 0 && strings.HasSuffix(lw, "ed") && !strings.Contains(lw, "-") || strings.HasSuffix(w, ",") && i == 0 {
			break
		}
		keep = append(keep, strings.Trim(w, ",;:"))
		if strings.HasSuffix(w, ",") {
			break
		}
	}
	for len(keep) > 0 && isPrep(keep[len(keep)-1]) {
		keep = keep[:len(keep)-1]
	}
	for len(keep) > 0 && titleStop[strings.ToLower(keep[0])] {
		keep = keep[1:]
	}
	return strings.Join(keep, " ")
}
