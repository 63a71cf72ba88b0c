package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
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
	for _, suf := range ordinalSuffixes {
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

// foreignDateLine returns the date of a line that is only a day-first
// date with a month in another language: "20. Juni 2017", "13 avril
// 2022", "1er mars 2022".
func foreignDateLine(line string) (indicators.Date, bool) {
	f := strings.Fields(line)
	if len(f) != 3 {
		return indicators.Date{}, false
	}
	day := strings.TrimSuffix(strings.TrimSuffix(f[0], "."), "er")
	mo := vocab.ForeignMonths[strings.ToLower(strings.TrimSuffix(f[1], "."))]
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
