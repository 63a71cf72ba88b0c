package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Date lines that abbreviate (drafts40, the kinds of a housing agency's
// newswire release and a statistics office's web release):
//
//	Jul 16, 2025 → issued 2025-07-16: a line under the title that is only
//	a date, its month cut to three letters, is the dateline, never a
//	heading
//	Published: Fri 9 Aug 2019 10:56 AM → issued 2019-08-09: a weekday
//	and a time of day around the date are no part of it

// shortWeekdays are the weekdays a date line may write, in short.
var shortWeekdays = map[string]bool{"mon": true, "tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true,
	"fri": true, "sat": true, "sun": true}

// abbrevDateLine returns the date of a line that is only a date, perhaps
// with a weekday before it and a time of day after it: "Jul 16, 2025",
// "Fri 9 Aug 2019 10:56 AM", "Friday, 9 August 2019"; ok is false for
// any other line.
func abbrevDateLine(l string) (indicators.Date, bool) {
	f := strings.Fields(strings.TrimSpace(l))
	if len(f) > 0 {
		w := strings.ToLower(strings.TrimSuffix(f[0], ","))
		if weekdays[w] || shortWeekdays[strings.TrimSuffix(w, ".")] {
			f = f[1:]
		}
	}
	if len(f) >= 4 && len(f) <= 5 && isClock(f[3]) {
		f = f[:3] // "10:56 AM", "10:56am", "10:56"
	}
	if len(f) != 3 {
		return indicators.Date{}, false
	}
	d, m, y := strings.TrimSuffix(f[0], ","), f[1], f[2]
	if shortMonth(f[0]) != 0 {
		m, d = f[0], strings.TrimSuffix(f[1], ",")
	}
	month := shortMonth(strings.TrimSuffix(m, ","))
	day, err1 := strconv.Atoi(withoutOrdinal(d))
	year, err2 := strconv.Atoi(y)
	if month == 0 || err1 != nil || err2 != nil || year < 1900 || year > 2100 {
		return indicators.Date{}, false
	}
	dt, err := indicators.ParseDate(fmt.Sprintf("%04d-%02d-%02d", year, month, day))
	if err != nil {
		return indicators.Date{}, false
	}
	return dt, true
}

// isClock reports whether w is a time of day: "10:56", "10:56am".
func isClock(w string) bool {
	w = strings.TrimRight(strings.ToLower(w), "apm.")
	h, mm, ok := strings.Cut(w, ":")
	return ok && len(h) >= 1 && len(h) <= 2 && len(mm) == 2 && isDigit(h[0]) && isDigit(mm[0]) && isDigit(mm[1])
}
