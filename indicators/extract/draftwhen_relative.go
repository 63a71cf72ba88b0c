package extract

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// Times counted from the day a statement is issued (when42):
//
//	(debated on 27 April 2022) … last month seeing the highest total
//	for any month on record, … over 1 million applications → 2022-03:
//	"last month" is the month before the issue month, for every figure
//	of a sentence that names no other time
//	staffing numbers have been increased by 500 since last April →
//	period 2022-04, base 2021-04: "last April" is the most recent April
//	strictly before the issue month; a change since it runs to the issue
//	month
//	42 applications have been expedited … since 31 March →
//	2022-03-31/2022-04-27: a total since a day of no year runs from the
//	latest such day before the issue date to that date

// issueRelativeRe is a time counted back from the issue date: "last
// month", "last April", "since last April", "since 31 March" (a day and
// month with no year). Group 1 is "since", group 2 "last", group 3
// "month" or a month's name, groups 4 and 5 the day and month of a date
// with no year. "This month" is not read: a release of May figures
// issued in June says it of May.
var issueRelativeRe = lazyRegexp(`(?i)\b(?:(since)\s+)?(?:(last)\s+(month|` + monthAlt + `)|(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthAlt + `))\b`)

// relativeCues are the words every match of issueRelativeRe holds, in
// the cases a sentence writes them: a sentence with none is not read.
var relativeCues = []string{"last", "Last", "LAST", "since", "Since", "SINCE"}

// A relativeTime is a time a sentence counts from its issue date.
type relativeTime struct {
	start, end int // byte offsets of its words in the text
	period     indicators.Period
	since      bool // a start: "since last April"
	words      string
}

// relativeTimes returns the times counted from issued that text[from:to]
// names, skipping a day or month a year follows ("31 March 2022", "last
// April 2021" is no relative time).
func relativeTimes(text string, from, to int, issued indicators.Date) []relativeTime {
	if issued.Month == 0 || !slices.ContainsFunc(relativeCues, func(c string) bool { return strings.Contains(text[from:to], c) }) {
		return nil
	}
	var out []relativeTime
	for _, g := range issueRelativeRe.FindAllStringSubmatchIndex(text[from:to], -1) {
		end := from + g[1]
		if rest := strings.TrimLeft(text[end:min(len(text), end+8)], " ,"); len(rest) >= 4 && (strings.HasPrefix(rest, "19") || strings.HasPrefix(rest, "20")) && isDigits(rest, 0, 4, len(rest)) {
			continue // "31 March 2022": a date with its year, the readers'
		}
		r := relativeTime{start: from + g[0], end: end, since: g[2] >= 0, words: text[from+g[0] : end]}
		issuedMonth := issued.Year*12 + int(issued.Month) - 1
		switch {
		case g[4] >= 0 && strings.EqualFold(text[from+g[6]:from+g[7]], "month"):
			n := issuedMonth - 1
			r.period = indicators.Period{From: indicators.Date{Year: n / 12, Month: time.Month(n%12 + 1)}}
		case g[4] >= 0:
			mo := monthNumber(text[from+g[6] : from+g[7]])
			y := issued.Year
			if mo >= int(issued.Month) {
				y-- // the most recent such month strictly before the issue month
			}
			r.period = indicators.Period{From: indicators.Date{Year: y, Month: time.Month(mo)}}
		default:
			day := 0
			for _, c := range text[from+g[8] : from+g[9]] {
				day = day*10 + int(c-'0')
			}
			mo := monthNumber(text[from+g[10] : from+g[11]])
			y := issued.Year
			if mo > int(issued.Month) || mo == int(issued.Month) && day >= issued.Day {
				y--
			}
			if !r.since {
				continue // "on 31 March": a day of an event, not a period
			}
			r.period = indicators.Period{From: indicators.Date{Year: y, Month: time.Month(mo), Day: day}}
		}
		out = append(out, r)
	}
	return out
}

// relativePeriod returns the period, base and evidence a time counted
// back from the issue date gives figure m: a total or change "since" such
// a time right after the figure runs from it to the issue date (a change
// is of the issue month, its base that time); a time with no "since" in
// a sentence that names no other time dates every figure of it.
func (d *docDraft) relativePeriod(m Mention, measure indicators.MeasureKind) (period, base indicators.Period, why string, ok bool) {
	text := d.src.Text
	issued := d.dateline
	rs := relativeTimes(text, m.Sentence.Start, m.Sentence.End, issued)
	if len(rs) != 1 {
		return indicators.Period{}, indicators.Period{}, "", false
	}
	r := rs[0]
	if r.since {
		between := text[m.Span.End:max(m.Span.End, r.start)]
		if r.start < m.Span.End || len(strings.Fields(between)) > atTimeMaxWords+4 || strings.ContainsAny(between, ",;:()") || d.figureBetween(m, m.Span.End, r.start) {
			return indicators.Period{}, indicators.Period{}, "", false
		}
		if measure == indicators.Change {
			at := indicators.Period{From: indicators.Date{Year: issued.Year, Month: issued.Month}}
			base := indicators.Period{From: indicators.Date{Year: r.period.From.Year, Month: r.period.From.Month}}
			if at == base {
				return indicators.Period{}, indicators.Period{}, "", false
			}
			return at, base, fmt.Sprintf("%q: a change from then to the issue month, %s (issued %s)", r.words, at, issued), true
		}
		to := indicators.Date{Year: issued.Year, Month: issued.Month, Day: issued.Day}
		if r.period.From.Day == 0 {
			to.Day = 0
		}
		if to.Day == 0 && issued.Day != 0 {
			to = indicators.Date{Year: issued.Year, Month: issued.Month}
		}
		if r.period.From == to {
			return indicators.Period{}, indicators.Period{}, "", false
		}
		return indicators.Period{From: r.period.From, To: to}, indicators.Period{}, fmt.Sprintf("%q: a total from then to the issue date, %s", r.words, issued), true
	}
	if len(timeRefsIn(text[m.Sentence.Start:m.Sentence.End], 0)) > 0 {
		return indicators.Period{}, indicators.Period{}, "", false // another time: which is the figure's is not known here
	}
	if b := strings.ToLower(tail(text[m.Sentence.Start:r.start], 24)); comparedBeforeRe.MatchString(b) || strings.HasSuffix(strings.TrimSpace(b), " on") {
		return indicators.Period{}, indicators.Period{}, "", false // "compared with last month": a comparand
	}
	return r.period, indicators.Period{}, fmt.Sprintf("%q: counted back from the issue date, %s", r.words, issued), true
}
