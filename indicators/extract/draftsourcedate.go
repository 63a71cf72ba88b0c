package extract

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// A release's date lines (drafts37, the kinds of a minister's media
// release and a statistics office's release):
//
//	Tuesday, 11th May 2010 → issued 2010-05-11: a line that is only a
//	date is the dateline, never the title, whose day may be written
//	"11th"
//	Released at 11:30 AM (CANBERRA TIME) 06/02/2013 → issued 2013-02-06:
//	an Australian release writes the day first

// withoutOrdinal returns a day written with its ordinal suffix ("11th",
// "1st", "22nd", "3rd") without it; any other word as it is.
func withoutOrdinal(w string) string {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if d, ok := strings.CutSuffix(w, suf); ok && len(d) > 0 && len(d) <= 2 && isDigit(d[0]) && isDigit(d[len(d)-1]) {
			return d
		}
	}
	return w
}

// dayFirstReleaseRe is an Australian release line, whose numeric date
// writes the day first: "Released at 11:30 AM (CANBERRA TIME)
// 06/02/2013".
var dayFirstReleaseRe = regexp.MustCompile(`(?i)\breleased at [0-9:.]+ ?[ap]\.?m\.? \((?:canberra time|aest|aedt)\) (\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b`)

// dayFirstReleaseDate returns the date of a text's Australian release line
// in its first lines, day first, and the line's words.
func dayFirstReleaseDate(text string) (indicators.Date, string) {
	head := text[:min(len(text), 1000)]
	g := dayFirstReleaseRe.FindStringSubmatch(head)
	if g == nil {
		return indicators.Date{}, ""
	}
	dt, err := indicators.ParseDate(fmt.Sprintf("%s-%02d-%02d", g[3], atoiOr0(g[2]), atoiOr0(g[1])))
	if err != nil {
		return indicators.Date{}, ""
	}
	return dt, g[0]
}
