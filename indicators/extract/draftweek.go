package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// The weeks of a weekly release (drafts50, a labour agency's weekly
// claims release):
//
//	TRANSMISSION … IS EMBARGOED UNTIL / 8:30 A.M. (Eastern) Thursday,
//	April 30, 2020 → issued 2020-04-30
//	In the week ending April 25, the advance figure … was 3,839,000 →
//	2020-04-19/2020-04-25: the seven days ending that day, the year the
//	release's date line's
//	The previous week's level was revised … to 4,442,000 → the week
//	before the paragraph's
//	The 4-week moving average was 5,033,250 → the four weeks ending on
//	the paragraph's week
//	the advance figure … was 3,839,000, a decrease of 603,000 → the
//	figures of the advance week (and averages over it) are estimates;
//	the previous week's revised ones are facts

// embargoLineRe is a release's embargo line and the date after it, with a
// time and a weekday between: "EMBARGOED UNTIL\n8:30 A.M. (Eastern)
// Thursday, April 30, 2020".
var embargoLineRe = lazyRegexp(`(?i)embargoed\s+until\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s*(?:\([a-z ]+\)\s*)?)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?` + monthNameRe + `\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b`)

// embargoDate returns the date of a release's embargo line in its
// opening (its first 1,000 bytes).
func embargoDate(text string) (indicators.Date, bool) {
	g := embargoLineRe.FindStringSubmatch(text[:min(len(text), 1000)])
	if g == nil {
		return indicators.Date{}, false
	}
	y, _ := strconv.Atoi(g[3])
	day, _ := strconv.Atoi(g[2])
	dt, err := indicators.ParseDate(fmt.Sprintf("%04d-%02d-%02d", y, monthNumber(g[1]), day))
	return dt, err == nil
}

// weekEndingRe is "the week ending April 25" (the year optional).
var weekEndingRe = lazyRegexp(`(?i)\bweek ending ` + monthNameRe + ` (\d{1,2})(?:,? ((?:19|20)\d\d))?\b`)

// movingAverageRe is "the 4-week moving average", "four-week average".
var movingAverageRe = lazyRegexp(`(?i)\b(\d{1,2}|two|three|four|five|six|eight|ten|twelve|thirteen)[- ]week (?:moving )?average\b`)

// weeksInWords is the most weeks movingAverageRe's words name:
// "thirteen-week average".
const weeksInWords = 13

// weeklyReads is what a weekly release's rules (drafts50) read of the whole document, once.
type weeklyReads struct {
	group  *[2]string // the group of countries the release is about and its words (docGroup)
	weekly *bool      // whether the text says "week ending" anywhere (isWeekly)
}

// isWeekly reports whether the text dates anything by "week ending",
// read once: the rules of weeks run only then.
func (d *docDraft) isWeekly() bool {
	if d.weeklyReads.weekly == nil {
		w := strings.Contains(strings.ToLower(d.src.Text), "week ending")
		d.weeklyReads.weekly = &w
	}
	return *d.weeklyReads.weekly
}

// weekOf is the last day of the week a figure's sentence (or, failing
// that, its paragraph before it) says it ends, with the words that say it.
func (d *docDraft) weekOf(m Mention) (time.Time, string, bool) {
	text := d.src.Text
	find := func(s string) []string {
		all := weekEndingRe.FindAllStringSubmatch(s, -1)
		if len(all) == 0 {
			return nil
		}
		return all[len(all)-1]
	}
	g := find(text[m.Sentence.Start:m.Sentence.End])
	if g == nil {
		g = find(text[paragraphStart(text, m.Sentence.Start):m.Sentence.Start])
	}
	if g == nil {
		return time.Time{}, "", false
	}
	y := d.dateline.Year
	if g[3] != "" {
		y, _ = strconv.Atoi(g[3])
	}
	if y == 0 {
		return time.Time{}, "", false
	}
	day, _ := strconv.Atoi(g[2])
	end := time.Date(y, time.Month(monthNumber(g[1])), day, 0, 0, 0, 0, time.UTC)
	if g[3] == "" && d.dateline.Month != 0 && end.After(time.Date(d.dateline.Year, d.dateline.Month, max(d.dateline.Day, 1), 0, 0, 0, 0, time.UTC)) {
		end = end.AddDate(-1, 0, 0) // "week ending December 26" in a release of January
	}
	return end, g[0], true
}

// daySpan is the span of days from the first to the last.
func daySpan(first, last time.Time) indicators.Period {
	date := func(t time.Time) indicators.Date {
		return indicators.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
	}
	return indicators.Period{From: date(first), To: date(last)}
}

// weekClaim dates a figure of a weekly release by the week its sentence
// or paragraph says it ends, a week earlier for "the previous week's",
// over N weeks for an N-week average; and makes the figures of a week
// the paragraph calls "advance" estimates.
func (d *docDraft) weekClaim(cl *claim, m Mention) {
	if !d.isWeekly() {
		return
	}
	end, ev, ok := d.weekOf(m)
	if !ok {
		return
	}
	text := d.src.Text
	ind := &cl.ind
	lead := strings.ToLower(text[m.Sentence.Start:m.Span.Start])
	why := fmt.Sprintf("%q: the seven days ending then", ev)
	if d.dateline.Year != 0 && !strings.Contains(ev, strconv.Itoa(end.Year())) {
		why += fmt.Sprintf(", in %d (the release's date line)", end.Year())
	}
	if strings.Contains(lead, "previous week") {
		end = end.AddDate(0, 0, -7)
		why += ", the week before it for \"the previous week's\""
	}
	weeks := 1
	para := strings.ToLower(text[paragraphStart(text, m.Sentence.Start):m.Span.Start])
	if g := movingAverageRe.FindStringSubmatch(lead); g != nil {
		weeks = weekCountOf(g[1])
		why += fmt.Sprintf(", over %q", g[0])
	} else if strings.Contains(lead, "average") {
		if all := movingAverageRe.FindAllStringSubmatch(para, -1); len(all) > 0 {
			g := all[len(all)-1]
			weeks = weekCountOf(g[1])
			why += fmt.Sprintf(", over the paragraph's %q", g[0])
		}
	}
	ind.Period = daySpan(end.AddDate(0, 0, 1-7*weeks), end)
	cl.fieldNotes["period"] = why
	declare(cl.fieldNotes, "period", "period/weekClaim")
	if ind.Measure != indicators.Change || !ind.Base.IsStated() {
		ind.Base = indicators.Period{}
	}
	// The status: the paragraph's "advance" figure is an estimate, and so
	// are the figures of its week; a revised earlier week's figure is a
	// fact.
	if !strings.Contains(para, "advance") {
		return
	}
	aEnd, _, _ := d.weekOf(m)
	switch {
	case ind.Period.To.Day == aEnd.Day() && ind.Period.To.Month == aEnd.Month() && ind.Status == indicators.Fact:
		ind.Status, cl.fieldNotes["status"] = indicators.Estimate, "\"advance\": the paragraph's figures of the advance week (and averages over it) are estimates"
		declare(cl.fieldNotes, "status", "status/weekClaim#1")
	case ind.Period.To.Day != aEnd.Day() && ind.Status == indicators.Estimate && strings.Contains(lead, "revised"):
		ind.Status, cl.fieldNotes["status"] = indicators.Fact, "a revised figure of the week before the advance week"
		declare(cl.fieldNotes, "status", "status/weekClaim#2")
	}
}

// weekCountOf reads a count of weeks written in digits or in words.
func weekCountOf(s string) int {
	if n, err := strconv.Atoi(s); err == nil && n > 0 {
		return n
	}
	if n, _ := numberWord(s, weeksInWords); n > 0 {
		return n
	}
	return 1
}
