package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// A release that names no year at all (a government news service's
// monthly trade release: "The value of Hong Kong's total goods exports
// rose 18.2% year-on-year in February, … announced today") dates its
// months by the day it was issued: a month it names without a year is
// the latest such month up to that day, "February" in a release of 27
// March 2017 is 2017-02, and "the three-month period ending in February"
// the three months to it. A figure of a sentence that names no month
// takes the last month (or window) named before it in the text, as a
// reader of the release does ("The value of goods exports totalled $241.7
// billion" after the lead's February). A release that names a year
// anywhere is read as before: its months take that year's reading.

// yearlessWindowRe is a window of months named by its last month, with
// no year: "the three-month period ending in February", "the 12 months
// to June".
var yearlessWindowRe = lazyRegexp(`(?i)\b(\d{1,2}|two|three|four|six|nine|twelve)[- ]months?(?: period)? (?:ending|ended|up to|to)(?: in)? ` + monthNameRe + `\b`)

// yearlessMonthRe is a month named without a year, after a word of time:
// "in February", "for March", "during June".
var yearlessMonthRe = lazyRegexp(`\b(?:[Ii]n|[Ff]or|[Dd]uring|[Oo]f) ` + monthNameRe + `\b`)

// yearlessPeriod returns the period of figure m in a release that names
// no year and whose issue date (or the month its address writes) is
// known, and why: its sentence's window
// or month, else the last one named before its sentence.
func (d *docDraft) yearlessPeriod(m Mention) (indicators.Period, string, bool) {
	is := d.source.Issued
	for _, dt := range []indicators.Date{d.dateline, d.addrDate} {
		if is.Month == 0 {
			is = dt // the dateline's day, else the month its address writes
		}
	}
	text := d.src.Text
	if is.IsZero() || is.Month == 0 || yearDigitsRe.MatchString(text) {
		return indicators.Period{}, "", false
	}
	read := func(s string) (indicators.Period, string, bool) {
		if g := yearlessWindowRe.FindAllStringSubmatch(s, -1); g != nil {
			w := g[len(g)-1]
			n, err := strconv.Atoi(w[1])
			if err != nil {
				n, _ = smallNumber(strings.ToLower(w[1]))
				if strings.EqualFold(w[1], "twelve") {
					n = 12
				}
			}
			if n >= 2 {
				return indicators.MonthsTo(yearlessMonth(is, time.Month(monthNumber(w[2]))), n), w[0], true
			}
		}
		if g := yearlessMonthRe.FindAllStringSubmatch(s, -1); g != nil {
			w := g[len(g)-1]
			return indicators.Period{From: yearlessMonth(is, time.Month(monthNumber(w[1])))}, w[0], true
		}
		return indicators.Period{}, "", false
	}
	if p, w, ok := read(text[m.Sentence.Start:m.Sentence.End]); ok {
		return p, fmt.Sprintf("%q in the sentence, of a release that names no year, issued %s: the latest such month up to then", w, is), true
	}
	// The last sentence before it that names a month or a window.
	at := m.Sentence.Start
	for at > 0 {
		s := strings.LastIndexAny(text[:at-1], ".\n")
		if p, w, ok := read(text[s+1 : at]); ok {
			return p, fmt.Sprintf("no time of its own: %q, the last named before it, in a release that names no year, issued %s", w, is), true
		}
		at = s + 1
		if s < 0 {
			break
		}
	}
	return indicators.Period{}, "", false
}

// yearlessMonth returns the latest month mo up to the day is.
func yearlessMonth(is indicators.Date, mo time.Month) indicators.Date {
	if mo > is.Month {
		return indicators.Date{Year: is.Year - 1, Month: mo}
	}
	return indicators.Date{Year: is.Year, Month: mo}
}
