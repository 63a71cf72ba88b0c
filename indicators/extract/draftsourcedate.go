package extract

import (
	"fmt"
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
var dayFirstReleaseRe = lazyRegexp(`(?i)\breleased at [0-9:.]+ ?[ap]\.?m\.? \((?:canberra time|aest|aedt)\) (\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b`)

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

// foreignMonths are month names of the languages European statistics
// offices date their releases in, lower case, by number (drafts43:
// Eurostat's German page "20. Juni 2017", a French "13 avril 2022").
var foreignMonths = map[string]int{
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
	"september": 9, "oktober": 10, "november": 11, "dezember": 12,
	"janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8, "septembre": 9,
	"octobre": 10, "novembre": 11, "décembre": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
	"ottobre": 10, "dicembre": 12,
}

// foreignDateLine returns the date of a line that is only a day-first
// date with a month in another language: "20. Juni 2017", "13 avril
// 2022", "1er mars 2022".
func foreignDateLine(line string) (indicators.Date, bool) {
	f := strings.Fields(line)
	if len(f) != 3 {
		return indicators.Date{}, false
	}
	day := strings.TrimSuffix(strings.TrimSuffix(f[0], "."), "er")
	mo := foreignMonths[strings.ToLower(strings.TrimSuffix(f[1], "."))]
	if mo == 0 || len(day) == 0 || len(day) > 2 || len(f[2]) != 4 {
		return indicators.Date{}, false
	}
	dt, err := indicators.ParseDate(fmt.Sprintf("%s-%02d-%02d", f[2], mo, atoiOr0(day)))
	return dt, err == nil
}

// nextReleaseRe is the label of a release's next date, on a line of its
// own: "Next release:", Welsh "Cyhoeddiad nesaf:" (drafts54).
var nextReleaseRe = lazyRegexp(`(?i)^(?:next (?:release|publication|update)(?: date)?|cyhoeddiad nesaf)\s*:?$`)

// afterNextRelease reports whether line l stands right under a line
// labelled as the next release's date, *prev being the last line that
// was not blank before it, which it then sets to l's.
func afterNextRelease(prev *string, l string) bool {
	t := strings.TrimSpace(l)
	if t == "" {
		return false
	}
	p := *prev
	*prev = t
	return nextReleaseRe.MatchString(p)
}
