package indicators

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// A Date is a calendar date; Month and Day may be zero for a year or a month
// alone. The zero value is no date.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// String returns d as ISO 8601: "2015", "2015-03", "2015-03-31"; "" for the
// zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	// Every export writes the period of every indicator: no fmt here.
	b := make([]byte, 0, len("-2006-01-02"))
	b = appendPadded(b, d.Year, 4)
	if d.Month != 0 {
		b = appendPadded(append(b, '-'), int(d.Month), 2)
		if d.Day != 0 {
			b = appendPadded(append(b, '-'), d.Day, 2)
		}
	}
	return string(b)
}

// appendPadded appends n as fmt's %0*d does with the given width.
func appendPadded(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
		width--
	}
	digits := 1
	for m := n; m >= 10; m /= 10 {
		digits++
	}
	for ; digits < width; digits++ {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// Long returns d as people write it: "28 April 2015", "April 2015", "2015".
func (d Date) Long() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return strconv.Itoa(d.Year)
	case d.Day == 0:
		return d.Month.String() + " " + strconv.Itoa(d.Year)
	}
	return strconv.Itoa(d.Day) + " " + d.Month.String() + " " + strconv.Itoa(d.Year)
}

// ParseDate parses an ISO 8601 date: "2015", "2015-03" or "2015-03-31".
func ParseDate(s string) (Date, error) {
	bad := fmt.Errorf("indicators: invalid date %q: write YYYY, YYYY-MM or YYYY-MM-DD", s)
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, bad
	}
	var n [3]int
	for i, p := range parts {
		if (i > 0 && len(p) != 2) || !allDigits(p) {
			return Date{}, bad
		}
		n[i], _ = strconv.Atoi(p)
	}
	d := Date{Year: n[0], Month: time.Month(n[1]), Day: n[2]}
	if len(parts) > 1 && (d.Month < 1 || d.Month > 12) {
		return Date{}, bad
	}
	if len(parts) > 2 {
		t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
		if d.Day < 1 || t.Day() != d.Day {
			return Date{}, fmt.Errorf("indicators: invalid date %q: no such day", s)
		}
	}
	return d, nil
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// before reports whether d starts before e.
func (d Date) before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// A Period is the time a figure refers to. The zero value is NotStated: the
// document did not say, and claimbook shows that rather than guessing. A
// target's year ("in 2025") is its Period; the indicator's Status says it
// is a target, and Indicator.Base holds a base year where one is stated.
type Period struct {
	// From is the year or date; for a span, its first year or date.
	From Date
	// To is the last year or date of a span, zero otherwise.
	To Date
}

// NotStated is the period of a figure whose document gives no time.
var NotStated = Period{}

// YearPeriod returns the period of a calendar year.
func YearPeriod(y int) Period { return Period{From: Date{Year: y}} }

// IsStated reports whether the document gave a period.
func (p Period) IsStated() bool { return !p.From.IsZero() }

// IsSpan reports whether p runs from one year or date to another.
func (p Period) IsSpan() bool { return !p.To.IsZero() }

// String returns p as ISO 8601 ("2014", "2015-03-31", "2010/2014"), or "not
// stated". ParsePeriod reads it back.
func (p Period) String() string {
	if !p.IsStated() {
		return "not stated"
	}
	if p.IsSpan() {
		return p.From.String() + "/" + p.To.String()
	}
	return p.From.String()
}

// Label returns p for a caption: "2014", "2010–2014", "year not stated".
func (p Period) Label() string {
	switch {
	case !p.IsStated():
		return "year not stated"
	case p.IsSpan():
		return p.From.Long() + "–" + p.To.Long()
	}
	return p.From.Long()
}

// ParsePeriod parses a period as String writes it: "2014", "2015-03-31",
// "2010/2014", or "not stated" (also the empty string).
func ParsePeriod(s string) (Period, error) {
	if s == "" || s == "not stated" {
		return NotStated, nil
	}
	from, to, span := strings.Cut(s, "/")
	f, err := ParseDate(from)
	if err != nil {
		return Period{}, fmt.Errorf("indicators: invalid period %q: write a year (2014), a date (2015-03-31), a span (2010/2014) or \"not stated\"", s)
	}
	p := Period{From: f}
	if span {
		t, err := ParseDate(to)
		if err != nil {
			return Period{}, fmt.Errorf("indicators: invalid period %q: write a year (2014), a date (2015-03-31), a span (2010/2014) or \"not stated\"", s)
		}
		if !f.before(t) {
			return Period{}, fmt.Errorf("indicators: invalid period %q: the span ends before it starts", s)
		}
		p.To = t
	}
	return p, nil
}
