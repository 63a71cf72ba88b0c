package extract

import (
	"strings"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// An organisation's line under a title (drafts40, the kind of a housing
// agency's newswire release):
//
//	Housing starts for June 2025 / Canada Mortgage and Housing
//	Corporation (CMHC) / Jul 16, 2025 → the title, the publisher (short
//	name CMHC) and the issued date: the name between the title and the
//	date line is no heading and no title

// orgLineRe is a line that is only an organisation's name and its short
// name: "Canada Mortgage and Housing Corporation (CMHC)".
var orgLineRe = lazyRegexp(`^((?:[A-Z][\w&'’.-]*|and|of|for|the|on|de|du|des) )*(?:` + strings.Join(vocab.BodyWords, "|") + `)(?: (?:of|for) (?:the )?[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*)? \(([A-Z][A-Za-z]{1,9})\)$`)

// orgLine returns the name and the short name of a line that is only an
// organisation's name with its short name in parentheses; ok is false
// for any other line.
func orgLine(t string) (name, short string, ok bool) {
	g := orgLineRe.FindStringSubmatch(strings.TrimSpace(t))
	if g == nil {
		return "", "", false
	}
	name = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t), "("+g[2]+")"))
	return name, g[2], true
}

// orgUnderTitle returns the organisation whose line stands between a
// text's first line and a date line right under it, with the line as
// evidence; all are "" when the text's top is not so.
func orgUnderTitle(text string) (name, short, evidence string) {
	var ls []string
	for _, l := range strings.SplitN(text, "\n", 12) {
		if t := strings.TrimSpace(strings.Trim(l, "\ufeff\r")); t != "" {
			ls = append(ls, t)
		}
		if len(ls) == 3 {
			break
		}
	}
	if len(ls) < 3 || !isDateLine(ls[2]) {
		return "", "", ""
	}
	if name, short, ok := orgLine(ls[1]); ok {
		return name, short, ls[1]
	}
	return "", "", ""
}

// saidTodayRe is a lead that names its publisher as the body that speaks:
// "…, Stats NZ said today." (drafts40).
var saidTodayRe = lazyRegexp(`, ((?:[A-Z][\w&'’.-]*)(?: (?:[A-Z][\w&'’.-]*|of|and|for|the))*) said today\b`)

// saidTodayPublisher returns the body a text's first paragraph with a
// figure says speaks today, and the words that say so; "" when none.
func saidTodayPublisher(text string) (name, evidence string) {
	head := text[:min(len(text), 1200)]
	g := saidTodayRe.FindStringSubmatch(head)
	if g == nil || len(placesIn(g[1], 0)) > 0 && !strings.Contains(g[1], " ") {
		return "", ""
	}
	return g[1], strings.TrimPrefix(g[0], ", ")
}
