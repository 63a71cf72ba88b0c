package extract

import (
	"strings"
)

// Lenders and international bodies, drafts30 (an IDB loan approval
// reposted under its date line, an IMF review release, an OCHA appeal
// release):
//
//	the Inter-American Development Bank, the African Development Bank,
//	the Asian Infrastructure Investment Bank → no place: a demonym that
//	names a multilateral lender is no country's
//	September 22, 2023 / The IDB approved a $100 million program to
//	support the vulnerable population in El Salvador → a lender's lead
//	below its date line; "to support / help / finance … in <country>"
//	names the country as "for … in" does

// lenderNameAfterRe follows a place's name in a multilateral lender's
// name: " Development Bank", " Infrastructure Investment Bank".
var lenderNameAfterRe = lazyRegexp(`^(?: (?:Infrastructure|Development|Investment|Reconstruction|Monetary|Finance|Financial))+ (?:Bank|Fund|Corporation)\b`)

// inLenderName reports whether the place s[i:j] is part of a multilateral
// lender's name ("Inter-American Development Bank", "Asian
// Infrastructure Investment Bank"): the bank is no country's.
func inLenderName(s string, i, j int) bool {
	if strings.HasSuffix(s[:i], "Inter-") || strings.HasSuffix(s[:i], "Pan-") {
		return true
	}
	rest := s[j:]
	if !strings.HasPrefix(rest, " ") {
		return false // the pattern opens on a space; it need not read the rest of a long text to say no
	}
	// The pattern reads only letters and spaces: it needs the run of them
	// and the one byte after, for its closing \b, not the rest of the text.
	e := 0
	for e < len(rest) && (rest[e] == ' ' || rest[e] >= 'a' && rest[e] <= 'z' || rest[e] >= 'A' && rest[e] <= 'Z') {
		e++
	}
	return lenderNameAfterRe.MatchString(rest[:min(len(rest), e+1)])
}

// lenderPurposeRe is the purpose a lender's lead names after the amount:
// "a $100 million program to support the vulnerable population in".
var lenderPurposeRe = lazyRegexp(`\b(?:to|that will|which will) (?:support|help|finance|fund|assist|strengthen|improve|protect|benefit|expand|boost)\b`)

// skipDateLines returns where text starts past blank lines and date
// lines ("September 22, 2023") above a release's lead.
func skipDateLines(text string) int {
	at := 0
	for at < len(text) {
		e := lineEnd(text, at)
		t := strings.TrimSpace(strings.Trim(text[at:e], "\ufeff\r"))
		if t != "" && !isDateLine(t) && !isDateLine(strings.TrimSuffix(t, ".")) {
			return at + strings.Index(text[at:e], t[:1])
		}
		at = e + 1
	}
	return len(text)
}
