package extract

import (
	"slices"
	"strings"
)

// Credit lines: a reposted release's or a wire story's lines that say
// where its text came from and when, above its lead (drafts28):
//
//	Source: press release, 6 April 2020 → issued 2020-04-06; no section,
//	no title
//	Updated: Mar 07,2020 → issued 2020-03-07 (no space after the comma)
//	Source: Xinhua → a credit line (publisher or wire), never a heading

// creditDate returns the date a credit line ends with ("Source: press
// release, 6 April 2020" → "6 April 2020"), and whether it has one.
func creditDate(line string) (string, bool) {
	rest, ok := creditRest(line)
	if !ok {
		return "", false
	}
	i := strings.LastIndex(rest, ",")
	if i < 0 {
		return "", false
	}
	d := strings.TrimSpace(commaSpaced(rest[i+1:]))
	f := strings.Fields(d)
	if len(f) == 3 && isDigit(f[0][0]) && len(f[0]) <= 2 && monthWritten(f[1]) && isDigit4(f[2]) {
		return d, true
	}
	// "Source: press release, March 7, 2020": the date after the last
	// comma but one.
	if j := strings.LastIndex(rest[:i], ","); j >= 0 {
		d = strings.TrimSpace(rest[j+1:])
		if f := strings.Fields(d); len(f) == 3 && monthWritten(f[0]) && isDigit(f[1][0]) && isDigit4(f[2]) {
			return d, true
		}
	}
	return "", false
}

// creditRest returns what follows "Source:" or "Credit:" on a short line
// of its own, and whether the line is one.
func creditRest(line string) (string, bool) {
	t := strings.TrimSpace(line)
	l := strings.ToLower(t)
	for _, p := range []string{"source:", "sources:", "credit:", "credits:"} {
		if strings.HasPrefix(l, p) {
			rest := strings.TrimSpace(t[len(p):])
			if len(strings.Fields(rest)) > 8 {
				return "", false
			}
			return rest, true
		}
	}
	return "", false
}

// isCreditLine reports whether a line says where a text came from
// ("Source: Xinhua", "Source: press release, 6 April 2020"): no heading.
func isCreditLine(line string) bool {
	if _, ok := creditRest(line); ok {
		return true
	}
	// "Updated:" read as a run-in heading: a date line's label.
	return slices.Contains(releasePrefixes, strings.ToLower(strings.TrimRight(strings.TrimSpace(line), " :")))
}

// commaSpaced puts a space after a comma that runs into a year ("Mar
// 07,2020" → "Mar 07, 2020").
func commaSpaced(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i])
		if s[i] == ',' && i+1 < len(s) && isDigit(s[i+1]) && i > 0 && isDigit(s[i-1]) && i+5 <= len(s) && isDigit4(s[i+1:i+5]) {
			b.WriteByte(' ')
		}
	}
	return b.String()
}
