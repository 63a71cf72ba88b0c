package extract

import "strings"

// A GOV.UK statistics page's title block (drafts64):
//
//	Commentary - Company Insolvency Statistics December 2024 → the title
//	Published 21 January 2025
//	Released                → a label of the page's metadata, never the
//	21 January 2025           title ("Next release", "Media enquiries"
//	Next release              and "Statistical enquiries" alike)

// publishedRe is the line under a page's title that dates it:
// "Published 21 January 2025", "Published on 02 March 2020".
var publishedRe = lazyRegexp(`^Published(?: on)? \d{1,2} ` + monthNameRe + ` (?:19|20)\d\d$`)

// publishedTitle returns the text's first line when the line
// right after it is "Published <date>" and it reads as a title (a few
// words, no final stop, no label or date); or "".
func publishedTitle(text string) string {
	if !strings.Contains(text[:min(len(text), 2000)], "Published") {
		return ""
	}
	lines := strings.SplitN(text, "\n", 13)
	for i, l := range lines[:min(12, len(lines))] {
		if !publishedRe.MatchString(strings.TrimSpace(l)) {
			continue
		}
		if i == 0 || strings.TrimSpace(strings.Join(lines[:i-1], "")) != "" {
			return "" // the title is the text's first line
		}
		t := strings.TrimSpace(lines[i-1])
		if t == "" || len(strings.Fields(t)) > 16 || strings.ContainsAny(t[len(t)-1:], ".,;:!?") || isGovukLabel(t) || isDateLine(t) {
			return ""
		}
		return t
	}
	return ""
}
