package xlsx

import (
	"html"
	"strings"
	"unicode"
)

// literalTx is the literal name of a chart series, <tx><v>words</v></tx>,
// its straight double quotes written as typographic ones (“Modern”).
//
// The rule: a series name reaches the legend whole in every client.
// LibreOffice (7.4) reads a literal name into a quoted string of its own
// without doubling the quotes inside, so it cut s19m-industry's
// `Production in the "Modern" sector` at its quote and both entries read
// "Production in the"; doubling them in the file would print twice in
// Excel, which reads the literal as it stands. A typographic quote is no
// delimiter to either, and is how the document itself writes the name
// (The “Modern” Sector).
func literalTx(words string) string {
	return `<tx><v>` + html.EscapeString(curlyQuotes(words)) + `</v></tx>`
}

// curlyQuotes turns each straight double quote of s into an opening
// quote where it starts a word (at the start, after a space or an opening
// bracket or dash) and a closing one elsewhere.
func curlyQuotes(s string) string {
	if !strings.Contains(s, `"`) {
		return s
	}
	var b strings.Builder
	prev := ' '
	for _, r := range s {
		if r == '"' {
			if unicode.IsSpace(prev) || strings.ContainsRune("([{–—-/", prev) {
				r = '“'
			} else {
				r = '”'
			}
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}
