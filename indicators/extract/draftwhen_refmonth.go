package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
)

// A monthly release's reference month (drafts66, the kind of the HUD and
// Census Bureau's monthly release of new residential construction):
//
//	HUD AND CENSUS BUREAU REPORT RESIDENTIAL CONSTRUCTION ACTIVITY IN
//	AUGUST 2019 → a title in capitals names its month as a title in
//	lower case does
//	… jointly announced the following new residential sales statistics
//	for June 2024 → the lead names it where the title does not
//	… in August were at a rate of 919,000 → 2019-08, the reference
//	month, even after "… above the August 2018 rate of 1,267,000": a
//	"Month YYYY" a change is compared with is a base, and never dates
//	the months of later sentences

// leadRefMonthRe is a release's lead naming the month its statistics are
// of: "the following new residential construction statistics for August
// 2019", "figures for May 2024" (a lead that names sales, not statistics,
// for its month is leadMonthRe's, draftadvance.go).
var leadRefMonthRe = lazyRegexp(`\b(?:statistics|estimates|figures|data) for ` + monthNameRe + ` ((?:19|20)\d\d)\b`)

// leadRefMonth returns the month a release's lead, its first 600 bytes,
// says its statistics are of, and the words; zero when it names none.
func leadRefMonth(text string) (indicators.Date, string) {
	g := leadRefMonthRe.FindStringSubmatch(text[:min(len(text), 600)])
	if g == nil {
		return indicators.Date{}, ""
	}
	y, _ := strconv.Atoi(g[2])
	return indicators.Date{Year: y, Month: time.Month(monthNumber(g[1]))}, g[0]
}

// monthsCased returns a title set in capitals with its month names
// written as a date writes them ("IN AUGUST 2019" → "IN August 2019"),
// so that the month patterns, which read capitalised names, read it; any
// other title as it is.
func monthsCased(title string) string {
	if !isCapitalsLine(title) {
		return title
	}
	ws := strings.Fields(title)
	for i, w := range ws {
		if monthNumber(strings.ToLower(w)) != 0 && len(w) > 2 {
			rs := []rune(strings.ToLower(w))
			rs[0] = unicode.ToUpper(rs[0])
			ws[i] = string(rs)
		}
	}
	return strings.Join(ws, " ")
}

// comparedMonthYear reports whether the "Month YYYY" at byte at of text
// is one a change is compared with: a base.
func comparedMonthYear(text string, at int) bool {
	return comparedBeforeRe.MatchString(text[max(0, at-40):at])
}
