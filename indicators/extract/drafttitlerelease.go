package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// Titles of a statistical release's amounts, whose sentences name what is
// spent before a purpose, a relative clause or a list of industries:
//
//	Expenditures by foreign direct investors to acquire, establish, or
//	expand U.S. businesses totaled $296.4 billion → Expenditures by foreign
//	direct investors
//	Planned total expenditures, which include …, were $318.1 billion →
//	Planned total expenditures
//	concentrated in manufacturing, which accounted for 67.4 percent of total
//	expenditures, or $199.7 billion → Expenditures in manufacturing
//	expenditures were largest in chemical manufacturing ($142.3 billion) →
//	Expenditures in chemical manufacturing
//	Expenditures were up 8.7 percent from … → Increase in expenditures by
//	foreign direct investors (the sentence before names whose)

var (
	// "NOUN by AGENTS to VERB …, totaled": the purpose is cut.
	byAgentsRe = lazyRegexp(`\b([A-Z][a-z]+ by [a-z][a-z ]+?) to [a-z]+,? [^;]*?\b(?:totaled|were|was|reached) $`)
	// "Planned total expenditures, which include …, were": the subject
	// before its relative clause.
	beforeWhichRe = lazyRegexp(`(?:^|\. |In (?:19|20)\d\d, )([A-Z][a-z]+(?: [a-z]+){0,5}), which [^.;]*?, (?:were|was|totaled|reached) $`)
	// "in manufacturing, which accounted for 67.4 percent of total
	// expenditures, or": the whole's noun in the part.
	shareAmountRe = lazyRegexp(`\bin ([a-z][a-z ]+?), which accounted for [0-9.]+ percent of (?:total |all )?([a-z]+), or $`)
	// "expenditures were largest in chemical manufacturing (": the amount
	// in parentheses after what it was spent in.
	spentInRe = lazyRegexp(`(?i)\b(expenditures|spending|outlays|investments?)\b.*(?:\bin|\) and) ([a-z][^()$]*?) \( ?$`)
)

// releaseTitle returns the title of an amount by the shapes above, or "".
func (d *docDraft) releaseTitle(m Mention, measure indicators.MeasureKind, depth int) string {
	if m.Kind != Currency && measure != indicators.Change {
		return ""
	}
	text := d.src.Text
	m, _ = reportedFrom(text, m, m.Sentence.Start)
	before := strings.Join(strings.Fields(text[m.Sentence.Start:m.Span.Start]), " ") + " "
	if measure != indicators.Change && measure != indicators.Share {
		if g := shareAmountRe.FindStringSubmatch(before); g != nil {
			return capitalize(g[2]) + " in " + g[1]
		}
		if g := byAgentsRe.FindStringSubmatch(before); g != nil {
			return g[1]
		}
		if g := beforeWhichRe.FindStringSubmatch(before); g != nil {
			return g[1]
		}
		if g := spentInRe.FindStringSubmatch(before); g != nil {
			return capitalize(strings.ToLower(g[1])) + " in " + g[2]
		}
	}
	// "Expenditures were up 8.7 percent from $272.8 billion": a bare noun
	// that the sentence before names in full.
	f := strings.Fields(before)
	if len(f) < 2 || depth > 2 || strings.ToLower(f[1]) != "were" && strings.ToLower(f[1]) != "was" {
		return ""
	}
	prev, ok := d.figureBefore(m)
	if !ok {
		return ""
	}
	pt := d.releaseTitle(prev, indicators.Flow, depth+1)
	if pt == "" || !strings.EqualFold(strings.Fields(pt)[0], f[0]) {
		return ""
	}
	if measure == indicators.Change {
		switch m.Quantity.Direction {
		case indicators.Up:
			return "Increase in " + lowerFirst(pt)
		case indicators.Down:
			return "Decrease in " + lowerFirst(pt)
		}
		return ""
	}
	return pt
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// listMarker reports whether w is a list marker that opens a line rather
// than a word of a subject: a bullet or dash ("•", "–", "-", "*", "▪") or
// a number of a numbered list ("1.", "2)", "(iii)").
func listMarker(w string) bool {
	if w == "" {
		return false
	}
	if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return true
	}
	t := strings.Trim(w, "().")
	if t == "" || len(t) > 4 || t == w {
		return false
	}
	for _, r := range t {
		if !unicode.IsDigit(r) && !strings.ContainsRune("ivxlc", r) {
			return false
		}
	}
	return true
}
