package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// The release's period, for a figure whose clause names no time: a
// statistical release is titled for the period it reports ("Births in
// England and Wales: 2013", "Police officer quarterly strength statistics:
// 30 June 2023", "Life Expectancy … by Local Areas: 2006-08 to 2010-12",
// "Public sector finances, UK: September 2017"), and a figure that names
// no time of its own, in its clause or around it, is of that period; an
// edition series ("2006-08 to 2010-12") reports its latest edition.

// titleDateRe is a day or a month closing a title line: "30 June 2023",
// "September 2017", "June 30, 2023"; a "year ending" month is the year's.
var titleDateRe = lazyRegexp(`(?i)(?:\b(ending|ended) )?(?:\b(\d{1,2}) )?\b` + monthNameRe + `(?: (\d{1,2}),)? ((?:19|20)\d\d)$`)

// exhibitTitleRe matches a title that names an exhibit by its number,
// "Table 2006-08", "Figure 3: 2024": its digits are no period.
var exhibitTitleRe = lazyRegexp(`^(?:` + exhibitNames + `)\s+\d`)

// titleYearLeadRe matches the end of the words before a title's closing
// years that make them the release's period: a separator ("Births in
// England and Wales: 2013", "…, 2013", "… – 2013") or a noun of a release
// ("Annual statistics 2023", "Road safety report 2023"). "Outlook
// 2024-2026" has neither (fix17b).
var titleYearLeadRe = lazyRegexp(`(?i)(?:[:,–—(]|\s-|\b(?:` + releaseNounAlt() + `))\s*$`)

// titleYearLead reports whether lead, the words of a title line before
// its closing years, makes them the release's period: titleYearLeadRe's
// separator or release noun, or a place the release covers ("England
// 2020/21", "Scotland 2023": a title block's place and period).
func titleYearLead(lead string) bool {
	if titleYearLeadRe.MatchString(lead) {
		return true
	}
	l := strings.TrimRight(lead, " ")
	ps := placesIn(l, 0)
	return len(ps) > 0 && ps[len(ps)-1].end == len(l)
}

// titlePeriodOf returns the period a release's title line closes on, and
// the words; false when the title closes on no time, is a date line
// ("April 25, 2014", "FOR IMMEDIATE RELEASE: Tuesday, June 18, 2024"), or on a span of more
// than three years (an outlook's horizon, "2025 to 2035", is no period of
// its figures).
func titlePeriodOf(title string) (indicators.Period, string, bool) {
	t := strings.TrimRight(title, " :")
	if t == "" || !isDigit(t[len(t)-1]) || isDateLine(t) || exhibitTitleRe.MatchString(t) {
		return indicators.Period{}, "", false
	}
	if rs := timeRefsIn(t, 0); len(rs) > 0 {
		// "General practice activity: January to March 2025": a span of
		// months closing the title is its period, not its last month.
		if r := rs[len(rs)-1]; r.end == len(t) && r.phrase.IsSpan() && r.phrase.From.Month != 0 && !yearEnding(r.phrase) && r.phraseStart < r.start {
			return r.phrase, t[r.phraseStart:r.end], true
		}
	}
	if g := titleDateRe.FindStringSubmatch(t); g != nil {
		y, _ := strconv.Atoi(g[5])
		mo := time.Month(monthNumber(g[3]))
		if g[1] != "" {
			if mo != time.December {
				return indicators.Period{}, "", false // "year ending March 2024": a financial year, read elsewhere
			}
			return indicators.YearPeriod(y), g[0], true
		}
		day, _ := strconv.Atoi(g[2] + g[4])
		dt := indicators.Date{Year: y, Month: mo, Day: day}
		if _, err := indicators.ParseDate(dt.String()); err != nil {
			return indicators.Period{}, "", false
		}
		return indicators.Period{From: dt}, g[0], true
	}
	if q, words, ok := quarterOf(t[max(0, len(t)-24):]); ok && strings.HasSuffix(t, words) {
		return q, words, true
	}
	refs := yearsIn(t, 0)
	if len(refs) == 0 {
		return indicators.Period{}, "", false
	}
	r := refs[len(refs)-1]
	lead := t[:r.start]
	if len(refs) >= 2 && strings.TrimSpace(t[refs[len(refs)-2].end:r.start]) == "to" {
		lead = t[:refs[len(refs)-2].start] // "…: 2006-08 to 2010-12": the words before the series
	}
	if r.end != len(t) || r.period.IsSpan() && r.period.To.Year-r.period.From.Year > 2 || !titleYearLead(lead) {
		return indicators.Period{}, "", false
	}
	if len(refs) >= 2 && !refs[len(refs)-2].period.IsSpan() && strings.TrimSpace(t[refs[len(refs)-2].end:r.start]) == "to" {
		return indicators.Period{}, "", false // "2025 to 2035"
	}
	return r.period, t[r.start:r.end], true
}

// closesOnSpan reports whether a heading closes on a span of years
// ("Outlook 2024-2026", "Table 2006-08"): when titlePeriodOf refuses it,
// its years are no period of the figures below (fix17b).
func closesOnSpan(h string) bool {
	t := strings.TrimRight(h, " :")
	refs := yearsIn(t, 0)
	return len(refs) > 0 && refs[len(refs)-1].end == len(t) && refs[len(refs)-1].period.IsSpan()
}
