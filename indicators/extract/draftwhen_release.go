package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// A monthly release's months (drafts40, the kind of a housing agency's
// monthly release titled for its month):
//
//	Starts for May 2031 … flat in May (12,400 units) compared to April
//	(12,300 units) → 2031-05, 2031-04: a month right before a figure's
//	parenthesis is its month, of the release's year
//	up 14% year-over-year …, with 900 units in May, compared to 800 units
//	in May 2030 → the 14% is 2031-05: a year-over-year change is of the
//	month its sentence names, not of the month it compares with
//	a 8% year-over-year decrease compared to May 2030 → 2031-05: a year
//	after the month it compares with
//	a 74% increase this month; the monthly estimate was 2,100 units →
//	2031-05, the release's month
//	The year-to-date total was 52,000, up 4% from the same period in 2030
//	→ both 2031-01/2031-05: year-to-date runs from January to the
//	release's month; "the same period in 2030" is the base

// releaseTitleMonthRe is a release's title that names its month: "Housing
// starts for June 2025", "Retail sales: March 2031".
var releaseTitleMonthRe = lazyRegexp(`(?:\bfor|\bin|\bof|:|,|–|-) ` + monthNameRe + ` ((?:19|20)\d\d)\s*$`)

// titledMonth returns the month a monthly release's title names, and the
// title; zero when the title names none.
func (d *docDraft) titledMonth() (indicators.Date, string) {
	r := d.statReleaseOf()
	return r.month, r.title
}

// monthParenRe ends the words before a figure in parentheses right after
// a month: "compared to May (".
var monthParenRe = lazyRegexp(`\b` + monthNameRe + `(?: ((?:19|20)\d\d))? \($`)

// yoyRe is a change over a year: "year-over-year", "year on year".
var yoyRe = lazyRegexp(`(?i)\byear[- ](?:over|on)[- ]year\b`)

// comparedMonthRe is the month a change compares with: "compared to June
// 2024", "compared with June".
var comparedMonthRe = lazyRegexp(`\b(?:compared (?:to|with)|from|than|over) ` + monthNameRe + `(?: ((?:19|20)\d\d))?\b`)

// inMonthRe is a month a sentence dates its figures by: "in June",
// "recorded in June".
var inMonthRe = lazyRegexp(`\bin ` + monthNameRe + `\b( (?:19|20)\d\d\b)?`)

// ytdRe is a total from the year's start: "year-to-date", "year to date".
var ytdRe = lazyRegexp(`(?i)\byear[- ]to[- ]date\b`)

// releaseMonthClaim dates a figure of a monthly release by the months its
// own words name, where the rules before found no period, or only a
// bare year, or the month it is compared with.
func (d *docDraft) releaseMonthClaim(cl *claim, m Mention) {
	ref, title := d.titledMonth()
	if ref.IsZero() {
		return
	}
	ind := &cl.ind
	text := d.src.Text
	bare := !ind.Period.IsStated() || ind.Period == indicators.YearPeriod(ind.Period.From.Year)
	set := func(p indicators.Period, why string) {
		ind.Period, cl.fieldNotes["period"] = p, why
		declare(cl.fieldNotes, "period", "period/releaseMonthClaim")
	}
	month := func(name, year string) indicators.Date {
		mo := time.Month(monthNumber(name))
		if year != "" {
			y, _ := strconv.Atoi(strings.TrimSpace(year))
			return indicators.Date{Year: y, Month: mo}
		}
		y := ref.Year
		if mo > ref.Month {
			y--
		}
		return indicators.Date{Year: y, Month: mo}
	}
	// Its own words: from the figure before it in its sentence (or the
	// sentence's start) to the next.
	from := m.Sentence.Start
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Span.End <= m.Span.Start && o.Span.End > from {
			from = o.Span.End
		}
	}
	own := text[from:d.nextFigureAt(m)]
	before := text[m.Sentence.Start:m.Span.Start]
	if g := monthParenRe.FindStringSubmatch(before); g != nil && bare {
		dt := month(g[1], g[2])
		set(indicators.Period{From: dt}, fmt.Sprintf("%q right before the figure's parenthesis, of %d by the release's title %q", strings.TrimSuffix(g[0], " ("), dt.Year, title))
		return
	}
	if ytdRe.MatchString(text[m.Sentence.Start:m.Span.End]) && (bare || sameIn(own, ind.Period)) {
		p := indicators.Period{From: indicators.Date{Year: ref.Year, Month: time.January}, To: ref}
		set(p, fmt.Sprintf("year-to-date in the release for %s: %s", ref.Long(), p))
		return
	}
	if yoyRe.MatchString(own) {
		c := comparedMonthRe.FindStringSubmatch(own)
		compared := indicators.Period{}
		if c != nil {
			compared = indicators.Period{From: month(c[1], c[2])}
		}
		sentence := text[m.Sentence.Start:m.Sentence.End]
		if bare || (c != nil && ind.Period == compared) || comparedLater(text[m.Span.End:m.Sentence.End], ind.Period) {
			for _, g := range inMonthRe.FindAllStringSubmatchIndex(sentence, -1) {
				if comparedMonthRe.MatchString(sentence[max(0, g[0]-14):g[1]]) {
					continue
				}
				dt := month(sentence[g[2]:g[3]], strings.TrimSpace(sentence[max(g[4], 0):max(g[5], 0)]))
				set(indicators.Period{From: dt}, fmt.Sprintf("a year-over-year change, of the month its sentence names (%q)", sentence[g[0]:g[1]]))
				return
			}
			if c != nil && c[2] != "" {
				dt := month(c[1], c[2])
				dt.Year++
				set(indicators.Period{From: dt}, fmt.Sprintf("a year-over-year change %q: the month a year after", c[0]))
				return
			}
		}
	}
	if bare && (hasPhrase(strings.ToLower(own), "this month") || hasPhrase(strings.ToLower(own), "monthly")) {
		set(indicators.Period{From: ref}, fmt.Sprintf("the month of the release %q", title))
	}
}

// sameIn reports whether a figure's period is the year of "the same
// period in <year>" in its own words: a base, never its period.
func sameIn(own string, p indicators.Period) bool {
	i := strings.Index(own, "same period in ")
	if i < 0 || !p.IsStated() {
		return false
	}
	y, _ := strconv.Atoi(strings.Trim(firstField(own[i+len("same period in "):]), ".,;:)"))
	return p == indicators.YearPeriod(y)
}

// comparedLater reports whether a month-year period is the one the rest
// of a figure's sentence compares with, after "compared to" or "compared
// with": "…, compared to 20,509 units in June 2024" (a base).
func comparedLater(rest string, p indicators.Period) bool {
	if p.From.Month == 0 || p.IsSpan() {
		return false
	}
	i := max(strings.Index(rest, "compared to "), strings.Index(rest, "compared with "))
	return i >= 0 && strings.Contains(rest[i:], fmt.Sprintf("%s %d", p.From.Month, p.From.Year))
}
