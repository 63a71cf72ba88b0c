package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// The header of releases met in drafts30 (an OCHA press release, an IMF
// press release, a national statistics office's bulletin):
//
//	(Geneva, 21 June 2017): A record 141 million people … → issued
//	2017-06-21: a dateline that opens the lead's paragraph
//	Washington, DC – June 29, 2026: The Executive Board … below summary
//	bullets → issued 2026-06-29
//	Release date: / 21 January 2020 → "Release date:" is a label, never
//	the title
//	Nôl i'r tabl cynnwys, Back to table of contents, Print this page →
//	navigation links, no headings
//	Source: Office for National Statistics – Labour Force Survey (every
//	source line naming the office) → the office publishes

// inlineDatelineRe is a dateline that opens a paragraph, with its place
// and date, before a colon or a dash: "(Geneva, 21 June 2017):",
// "Washington, DC – June 29, 2026:", "LONDON, 3 May 2021 —".
var inlineDatelineRe = lazyRegexp(`^\(?[A-Z][\p{L}.'’ -]{1,30}?(?:, [A-Z][\p{L}.]{1,20})?\s*(?:,|[—–-])\s*(\d{1,2} ` + monthNameRe + `,? (?:19|20)\d\d|` + monthNameRe + ` \d{1,2},? (?:19|20)\d\d)\)?\s*[:—–-]\s`)

// inlineDatelineReach is how far into a text a paragraph's dateline may
// stand: below a headline, a notice and a few summary bullets.
const inlineDatelineReach = 4000

// inlineDateline returns the date of the first paragraph in the opening
// of text that starts with a dateline, and that dateline.
func inlineDateline(text string) (indicators.Date, string) {
	head := text[:min(len(text), inlineDatelineReach)]
	for off := 0; off < len(head); off = lineEnd(head, off) + 1 {
		line := strings.TrimLeft(head[off:lineEnd(head, off)], " \t\ufeff")
		g := inlineDatelineRe.FindStringSubmatch(line)
		if g == nil {
			continue
		}
		f := strings.Fields(strings.ReplaceAll(g[1], ",", ""))
		if !isMonth(f[0]) {
			f[0], f[1] = f[1], f[0] // "21 June 2017"
		}
		dt, err := indicators.ParseDate(fmt.Sprintf("%s-%02d-%02d", f[2], monthNumber(f[0]), atoiOr0(f[1])))
		if err == nil {
			return dt, strings.TrimSpace(strings.TrimRight(strings.TrimSpace(g[0]), ":—–-"))
		}
	}
	return indicators.Date{}, ""
}

// atoiOr0 returns the number s writes in ASCII digits, or 0.
func atoiOr0(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// navLinks are the words of a web page's navigation links, lower case:
// they stand alone on a line between a page's sections, no heading.
var navLinks = map[string]bool{"back to table of contents": true, "nôl i'r tabl cynnwys": true, "nôl i’r tabl cynnwys": true,
	"print this page": true, "print this article": true, "share": true, "share this": true, "share this article": true,
	"table of contents": true, "contents": true, "download this chart": true, "download this table": true}

// callToAction matches a lower-case line that opens as a link or a call
// to action of a web page does ("Download the report", "Download data
// tables", "Read more about …", "View all statistics", "See also …",
// "Find out more", "Back to top", "Click here to …"): it tells the reader
// where to go, and names nothing a figure below it measures.
var callToAction = lazyRegexp(`^(?:download|read more|view|see also|find out more|back to top|click here)\b`)

// isNavLink reports whether a line is a navigation link of a web page
// ("Back to table of contents", Welsh "Nôl i'r tabl cynnwys", "Print
// this page", "Share") or a call to action (callToAction): never a
// section heading.
func isNavLink(line string) bool {
	l := strings.ToLower(strings.TrimRight(strings.TrimSpace(line), " .:|»›>"))
	return navLinks[l] || callToAction.MatchString(l)
}

// sourceLinePublisher returns the statistics office that every "Source:"
// line of text names first ("Source: Office for National Statistics –
// Labour Force Survey"), with its short name and the line; "" when a
// source line names another body or none names one.
func sourceLinePublisher(text string) (name, short, evidence string) {
	for l := range strings.Lines(text) {
		t := strings.TrimSpace(l)
		rest, ok := strings.CutPrefix(t, "Source:")
		if !ok {
			rest, ok = strings.CutPrefix(t, "Sources:")
		}
		if !ok {
			continue
		}
		rest = strings.TrimSpace(rest)
		found := false
		for _, b := range publicBodies {
			if !b.credits {
				continue
			}
			n := ""
			for _, bn := range append([]string{b.name}, b.also...) {
				if n == "" && strings.HasPrefix(rest, bn) {
					n = bn
				}
			}
			if n == "" && b.short != "" && hasWord(rest[:min(len(rest), len(b.short)+1)], b.short) {
				n = b.name
			}
			if n != "" {
				if name != "" && name != n {
					return "", "", ""
				}
				name, short, evidence, found = n, b.short, t, true
				break
			}
		}
		if !found {
			return "", "", ""
		}
	}
	return name, short, evidence
}
