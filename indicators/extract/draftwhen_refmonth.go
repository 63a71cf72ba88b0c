package extract

import (
	"fmt"
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

// A report named for a month with no year, its year in its release's date
// (s29z-foodhygiene, and any monthly report whose title or lead names its
// month alone):
//
//	CFS announces food safety report for November (the title), released
//	31 December 2020 → 2020-11, the November before the release
//	… released the findings of its food safety report for last month,
//	released 31 December 2020 → 2020-11
//	the same with no year anywhere in the text → no period, and a note on
//	each undated figure saying where the month is and what year to write

// reportNouns matches the noun a report names itself by, in any case:
// "report", "figures", "statistics".
const reportNouns = `(?i:report|statistics|figures|data|results|bulletin|update|summary|findings|return)s?`

var (
	// reportForMonthRe is a report named for a month: "food safety report
	// for November", "figures for March" (a year after it is read by the
	// month rules, never here).
	reportForMonthRe = lazyRegexp(`\b` + reportNouns + ` (?i:for|of) ` + monthNameRe + `\b`)
	// reportLastMonthRe is a report named for the month before its
	// release: "its food safety report for last month".
	reportLastMonthRe = lazyRegexp(`(?i)\b` + reportNouns + ` (?:for|of) (?:the )?(?:last|previous|preceding) month\b`)
)

// reportMonth returns the month a report is named for where neither its
// title nor its lead gives the month's year (the title's "report for
// November", the lead's "report for last month"), the words that name it,
// and the month with its year where the release's date gives one: the
// latest such month before that date. mo is 0 when the report names no
// month so.
func (d *docDraft) reportMonth() (mo time.Month, at indicators.Date, words string) {
	// The release's date: its dateline's, else the date its address
	// writes (where37's addrDate: a text whose dateline has no year,
	// "today (December 31)", s29z-foodhygiene).
	released, said := d.dateline, "released "+d.dateline.Long()
	if released.IsZero() && d.addrDate.Year != 0 && d.addrDate.Month != 0 {
		released, said = d.addrDate, "released "+d.addrDate.Long()+" (the date its address writes)"
	}
	if g := reportForMonthRe.FindStringSubmatchIndex(d.source.Title); g != nil && !yearFollows(d.source.Title[g[1]:]) {
		mo, words = time.Month(monthNumber(d.source.Title[g[2]:g[3]])), fmt.Sprintf("%q in the title", d.source.Title[g[0]:g[1]])
	} else if w := reportLastMonthRe.FindString(d.src.Text[:min(len(d.src.Text), 600)]); w != "" && !released.IsZero() {
		at = addMonths(indicators.Date{Year: released.Year, Month: released.Month}, -1)
		return at.Month, at, fmt.Sprintf("%q in the lead, %s", w, said)
	}
	if mo == 0 || released.IsZero() {
		return mo, indicators.Date{}, words
	}
	at = indicators.Date{Year: released.Year, Month: mo}
	if mo >= released.Month {
		at.Year-- // a report comes out after its month
	}
	return mo, at, fmt.Sprintf("%s, %s", words, said)
}

// yearFollows reports whether s opens with a year, perhaps after a comma:
// "November 2020", "November, 2020".
func yearFollows(s string) bool {
	y, n := readYear(strings.TrimLeft(s, ", "))
	return y != 0 && n > 0
}
