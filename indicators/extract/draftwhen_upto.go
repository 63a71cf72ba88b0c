package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// Running totals and the release's "now", in a dated release (drafts43:
// a relief agency's release on a sheltering programme):
//
//	Since the program became available, more than 19,000 individuals
//	have sheltered → ../2018-06-02: a total from a start the release does
//	not date, up to its issued day ("to date", "so far", "since March"
//	with no year alike; never "Overall," or "In total,", which sum across
//	groups, not up to a day)
//	As of May 31, the cost to FEMA is more than $77 million →
//	../2018-05-31: "as of" a day of no year is that day in the release's
//	year, the latest not after its issued day
//	To date, 1,979 FEMA applicants … continue to be housed → 2018-06: a
//	count of the present ("continue to", "are still") is as of the
//	release's month, whatever else the sentence says

var (
	// runningTotalRe is a running total's cue, in its sentence: words of
	// a time. "Overall,", "In total,", "altogether" and "all told" are
	// none: they sum across groups (totalCueBefore, draftviewparts.go),
	// as "Overall, men and women had similar participation rates (65% and
	// 63% respectively)" does (fixL).
	runningTotalRe = lazyRegexp(`(?i)\bto date\b|\bso far\b|\bcumulative(?:ly)?\b|\bsince the (?:[a-z]+ ){0,3}(?:program|programme|scheme|fund|initiative|project|operation|response|campaign|appeal|emergency|crisis|disaster|storms?|hurricanes?|floods?|outbreak)s? (?:began|begun|started|opened|was (?:launched|opened|set up)|became available|struck|hit|made landfall)\b|\bsince (?:the )?(?:start|beginning|launch|outset|onset) of the (?:[a-z]+ ){0,3}(?:program|programme|scheme|fund|initiative|project|operation|response|campaign|appeal|emergency|crisis|outbreak)\b`)
	// sinceMonthRe is "since March" or "since March 3": a start of no
	// year; its group 3 is the year when one follows.
	sinceMonthRe = lazyRegexp(`\b[Ss]ince (?:early |late |mid-)?` + monthNameRe + `(?: \d{1,2})?(,? (?:19|20)\d\d)?\b`)
	// asOfDayRe is "As of May 31" or "as of 31 May" of no year; its
	// groups are the month and day either way round, then a year.
	asOfDayRe = lazyRegexp(`(?i)\bas (?:of|at) (?:` + monthNameRe + ` (\d{1,2})|(\d{1,2}) ` + monthNameRe + `)(?:st|nd|rd|th)?(,? (?:19|20)\d\d)?\b`)
	// asOfTotalRe says that what the "as of" day reads is a total: "the
	// cost to FEMA is", "the total", "has spent".
	asOfTotalRe = lazyRegexp(`(?i)\b(?:cost|costs|total|totals|spent|spending|paid|disbursed|obligated|provided|expenditure|expenditures)\b`)
	// futureRe is a sentence's future: what a total will come to is no
	// total yet.
	futureRe = lazyRegexp(`(?i)\b(?:will|would|shall|(?:is|are) expected to|(?:plans?|aims?|intends?) to)\b`)
	// presentCountRe is a count of the present: "continue to be housed",
	// "are still in shelters", "remain in hotels".
	presentCountRe = lazyRegexp(`(?i)\b(?:continues?|continuing) to (?:be )?[a-z]+\b|\b(?:are|is|remain|remains) still\b|\bstill (?:housed|sheltered|sheltering|living|staying|in shelters?|in hotels?|displaced)\b|\bremains? (?:housed|sheltered|displaced|in shelters?|in hotels?)\b`)
)

// upToClaim dates a figure with no period of its own in a dated release
// by the release's own time: a count of the present by the release's
// month, a running total up to the issued day or the "as of" day.
func (d *docDraft) upToClaim(cl *claim, m Mention) {
	ind := &cl.ind
	if d.dateline.IsZero() || d.dateline.Day == 0 {
		return
	}
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	r := d.upToReads.upTo
	if r == nil || r.start != m.Sentence.Start {
		r = &upToRead{start: m.Sentence.Start}
		r.read(sent, d.dateline)
		d.upToReads.upTo = r
	}
	if ind.Period.IsStated() && (r.startMonth == 0 || ind.Period != r.monthPeriod(d.dateline, r.startMonth)) &&
		(r.asOf.IsZero() || ind.Period != r.monthPeriod(d.dateline, r.asOf.Month)) {
		// A period of its own; only the month of "since March" or "as
		// of 5 August" read as a month is none.
		return
	}
	count := m.Unit.Kind != indicators.Money && m.Unit.Kind != indicators.Percent && ind.Measure == indicators.CountKind
	switch {
	case count && r.present != "":
		p := d.releaseMonth()
		ind.Period, cl.fieldNotes["period"] = p, fmt.Sprintf("%q: a count of the present, as of the release's month, %s", r.present, p)
		declare(cl.fieldNotes, "period", "period/upToClaim#1")
	case !r.asOf.IsZero():
		ind.Period, cl.fieldNotes["period"] = indicators.UpToDate(r.asOf), fmt.Sprintf("%q: a running total up to that day, of the release's year", r.asOfWords)
		declare(cl.fieldNotes, "period", "period/upToClaim#2")
	case r.total != "":
		ind.Period, cl.fieldNotes["period"] = indicators.UpToDate(d.dateline), fmt.Sprintf("%q: a running total from a start the release does not date, up to its issued day", r.total)
		declare(cl.fieldNotes, "period", "period/upToClaim#3")
	}
}

// upToReads keeps what the rules of running totals and datelines (drafts43) read of a document, once, and
// of the sentence they last read, for all its figures.
type upToReads struct {
	upTo *upToRead  // the last sentence upToClaim read
	lead leadFigure // the last sentence's first figure with a period (draftwhen_quarterbase.go)
	// dateline is the place a release's dateline names (draftw_dateline.go).
	dateline   string
	datelineOK bool
	// sentence is the last sentence sentenceReads read (draftw_asylum.go).
	sentence *sentenceRead
	headAt   map[int]bool // where the headings start (draftwhen_quarterbase.go)
}

// An upToRead is what one sentence says of running totals, read once for
// all its figures.
type upToRead struct {
	start      int
	present    string          // a count-of-the-present cue
	total      string          // a running total's cue
	asOf       indicators.Date // the "as of" day of a total
	asOfWords  string
	startMonth time.Month // the month of "since March", of no year
}

// monthPeriod returns month mo as another rule reads it: of the issued
// day's year, or the year before when it comes after.
func (r *upToRead) monthPeriod(issued indicators.Date, mo time.Month) indicators.Period {
	y := issued.Year
	if mo > issued.Month {
		y--
	}
	return indicators.Period{From: indicators.Date{Year: y, Month: mo}}
}

// read reads sentence sent of a release issued on day issued.
func (r *upToRead) read(sent string, issued indicators.Date) {
	r.present = presentCountRe.FindString(sent)
	if futureRe.MatchString(sent) {
		return // "In total, the operation will benefit 170,000 homes": a target
	}
	if dayWordRe.MatchString(sent) && eventTodayRe.MatchString(sent) {
		return // "Today … announced that the conference had raised $14 billion to date": the event's
	}
	if w := runningTotalRe.FindString(sent); w != "" {
		r.total = strings.Trim(w, " ,")
	} else if g := sinceMonthRe.FindStringSubmatch(sent); g != nil && g[2] == "" {
		r.total, r.startMonth = g[0], time.Month(monthNumber(g[1]))
	}
	if g := asOfDayRe.FindStringSubmatch(sent); g != nil && g[5] == "" && asOfTotalRe.MatchString(sent) {
		mo, day := g[1], g[2]
		if mo == "" {
			mo, day = g[4], g[3]
		}
		n, _ := strconv.Atoi(day)
		if dt, ok := dayNotAfter(time.Month(monthNumber(mo)), n, issued); ok {
			r.asOf, r.asOfWords = dt, g[0]
		}
	}
}

// dayNotAfter returns day n of month mo in issued's year, or the year
// before when that day comes after issued.
func dayNotAfter(mo time.Month, n int, issued indicators.Date) (indicators.Date, bool) {
	y := issued.Year
	if mo > issued.Month || mo == issued.Month && n > issued.Day {
		y--
	}
	dt, err := indicators.ParseDate(fmt.Sprintf("%04d-%02d-%02d", y, mo, n))
	return dt, err == nil
}
