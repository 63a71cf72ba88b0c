package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A national agency named only by its acronym or its web domain (drafts50,
// a labour department's weekly release, a defence ministry's bulletin):
//
//	Connect with DOL at https://blog.dol.gov → the U.S. Department of
//	Labor publishes ("DOL"), and every figure that names no place is the
//	United States'
//	… compares Ministry of Defence (MOD) spending … → the UK Ministry of
//	Defence ("MOD")

// agencyIssuer returns the first of publicBodies that the opening of
// text (its first 1,500 bytes) names: by its full name with its acronym
// in brackets ("Ministry of Defence (MOD)"), by its domain, or, for
// those whose acronym is no common word, by its acronym as a word.
func agencyIssuer(text string) (issuer, bool) {
	head := text[:min(len(text), 1500)]
	for _, b := range publicBodies {
		if b.opening == notInOpening {
			continue
		}
		ev := ""
		if b.opening == fullOnly && strings.Contains(head, b.name+" ("+b.short+")") {
			ev = b.name + " (" + b.short + ")"
		}
		for _, d := range b.domains {
			if ev == "" && hasDomain(head, d) {
				ev = d
			}
		}
		if ev == "" && b.opening == byAcronym && hasWord(head, b.short) {
			ev = b.short
		}
		if ev != "" {
			return issuer{b.name, b.short, b.code, ev, true}, true
		}
	}
	return issuer{}, false
}

// hasDomain reports whether s links to domain or one of its subdomains
// ("https://blog.dol.gov", "www.bls.gov/cpi").
func hasDomain(s, domain string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], domain)
		if i < 0 {
			return false
		}
		i += from
		end := i + len(domain)
		if (i == 0 || s[i-1] == '.' || s[i-1] == '/') && (end == len(s) || !isWordByte(s[end]) && s[end] != '-') {
			return true
		}
		from = end
	}
}

// isCapitalsLine reports whether a line is a heading set in capitals: at
// least three words, every letter upper case.
func isCapitalsLine(t string) bool {
	if len(strings.Fields(t)) < 3 || utf8.RuneCountInString(t) > 120 {
		return false
	}
	letters := 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 0
}

// capitalsTitleAfter returns, in title case, the first line of lines
// that is a heading set in capitals and no release's furniture.
func capitalsTitleAfter(lines []string) string {
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if !isCapitalsLine(t) || isBoilerplate(t) || releaseFurniture.MatchString(strings.ToLower(t)) || strings.Contains(strings.ToLower(t), "embargo") {
			continue
		}
		return titleCase(t)
	}
	return ""
}

// titleCaseSmall are the words a title in title case keeps lower case.
var titleCaseSmall = lessWords(stopSet(classArticles|classConjunctions|classPrepositions, "as"),
	"from") // as the list was written: no reason known

// titleCase writes a heading set in capitals in title case: "UNEMPLOYMENT
// INSURANCE WEEKLY CLAIMS" → "Unemployment Insurance Weekly Claims".
// Short words with no vowel ("GDP") and places' short forms ("UK", "EU")
// stay in capitals.
func titleCase(t string) string {
	f := strings.Fields(t)
	for i, w := range f {
		lw := strings.ToLower(w)
		switch {
		case i > 0 && titleCaseSmall[lw]:
			f[i] = lw
		case len(w) <= 4 && !strings.ContainsAny(lw, "aeiouy") || len(w) <= 3 && len(placesIn(w, 0)) > 0:
			// an acronym: "GDP", "UK"
		default:
			r := []rune(lw)
			r[0] = unicode.ToUpper(r[0])
			f[i] = string(r)
		}
	}
	return strings.Join(f, " ")
}
