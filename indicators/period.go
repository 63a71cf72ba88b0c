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

// Years returns when d starts as a number of years, for a time axis: 2014
// for 2014, 2014.25 for April 2014, a day as its fraction of 365.25 days.
func (d Date) Years() float64 {
	x := float64(d.Year)
	if d.Month > 0 {
		x += float64(d.Month-1) / 12
	}
	if d.Day > 0 {
		x += float64(d.Day-1) / 365.25
	}
	return x
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
	// Fiscal marks a fiscal year, named as its government names it: the
	// U.S. "FY 2020" is From 2020 ("FY2020"). Its months differ from one
	// government to another and are not kept; a chart places it at From.
	// A span of fiscal years ("FY2008-09/FY2013-14", "FY2020/FY2024") has
	// To: the year that names the last of them.
	Fiscal bool
	// Across marks fiscal years that run across two calendar years and
	// are named by both: a budget year "2024-25" is From 2024, Fiscal and
	// Across ("FY2024-25").
	Across bool
	// UpTo marks a running total from a start the document does not give
	// up to and including From: "to date", "so far" or "since the program
	// began" in a release of 2 June 2018 is "../2018-06-02", an open start
	// as ISO 8601-2 writes it, labelled "to 2 June 2018". It has no To and
	// is no fiscal year.
	UpTo bool
	// Split marks a year across two calendar years named as the document
	// names it: a school or academic year (autumn to summer), a crop or
	// farm accounting year, or a financial year the document does not call
	// fiscal, as UK and education statistics write them: "the 2018/19
	// school year" and Defra's "In 2021/22" are From 2018 and 2021, Split
	// ("2018/19", "2021/22"), labelled so, never the two calendar years
	// "2018–2019". Its months differ from one document to another and are
	// not kept. It has no To, and is no fiscal year ("FY2024-25" stays
	// Fiscal and Across); a chart places it at From, as it does a fiscal
	// year.
	Split bool
	// Dash marks a Split year the document writes with a hyphen, as
	// Australian and many UK releases write a financial year ("2021-22"):
	// String writes it "2021-22" and Label "2021–22", as the document
	// does, where a Split year without it is "2021/22" in both. It is the
	// same kind of year; only its written form differs.
	Dash bool
	// Quarters marks a span of months the document writes in calendar
	// quarters ("above 17,100 between Q2 of 2009 and Q4 of 2021"), which
	// the catalog writes "2009-Q2/2021-Q4": String writes it so and Label
	// "Q2 2009–Q4 2021", never "April 2009–December 2021". A period made
	// of quarters is labelled in quarters everywhere it is written, but
	// for twelve of them, a (rolling) year ("2023-Q3/2024-Q2" is "year
	// ending June 2024"). Only its written form differs from the span of
	// the same months.
	Quarters bool
}

// NotStated is the period of a figure whose document gives no time.
var NotStated = Period{}

// YearPeriod returns the period of a calendar year.
func YearPeriod(y int) Period { return Period{From: Date{Year: y}} }

// FiscalYear returns the fiscal year named by year y ("FY2020").
func FiscalYear(y int) Period { return Period{From: Date{Year: y}, Fiscal: true} }

// FiscalYearAcross returns the fiscal year that starts in year y and ends
// in the next, named by both ("2024-25", "FY2024-25").
func FiscalYearAcross(y int) Period {
	return Period{From: Date{Year: y}, Fiscal: true, Across: true}
}

// FiscalYears returns the span of the fiscal years from the one year
// from names to the one year to names, to after from: FiscalYears(2020,
// 2024, false) is "FY2020/FY2024", FiscalYears(2008, 2013, true) the six
// budget years "FY2008-09/FY2013-14". It returns NotStated when to is not
// after from.
func FiscalYears(from, to int, across bool) Period {
	if to <= from {
		return NotStated
	}
	return Period{From: Date{Year: from}, To: Date{Year: to}, Fiscal: true, Across: across}
}

// SplitYear returns the year across two calendar years that starts in
// year y and ends in the next, a school, academic, crop or farm year
// ("2018/19", "2021/22").
func SplitYear(y int) Period { return Period{From: Date{Year: y}, Split: true} }

// UpToDate returns the period of a running total up to and including d
// from a start the document does not give ("../2018-06-02"), or NotStated
// for the zero Date.
func UpToDate(d Date) Period {
	if d.IsZero() {
		return NotStated
	}
	return Period{From: d, UpTo: true}
}

// IsYear reports whether p is one calendar year ("2014"), not a fiscal
// year, a month, a day, a span or a running total up to a year.
func (p Period) IsYear() bool {
	return p.IsStated() && !p.IsSpan() && !p.Fiscal && !p.UpTo && !p.Split && p.From.Month == 0
}

// IsStated reports whether the document gave a period.
func (p Period) IsStated() bool { return !p.From.IsZero() }

// IsSpan reports whether p runs from one year or date to another.
func (p Period) IsSpan() bool { return !p.To.IsZero() }

// QuarterPeriod returns the period of quarter q (1 to 4) of year y: the
// months it spans, which String writes "2024-Q3". It returns NotStated for
// a q out of range.
func QuarterPeriod(y, q int) Period {
	if q < 1 || q > 4 {
		return NotStated
	}
	m := time.Month(3*q - 2)
	return Period{From: Date{Year: y, Month: m}, To: Date{Year: y, Month: m + 2}}
}

// HalfPeriod returns the period of half h (1 or 2) of year y: the months it
// spans, which String writes "2024-H2". It returns NotStated for an h out
// of range.
func HalfPeriod(y, h int) Period {
	if h < 1 || h > 2 {
		return NotStated
	}
	m := time.Month(6*h - 5)
	return Period{From: Date{Year: y, Month: m}, To: Date{Year: y, Month: m + 5}}
}

// part returns 'Q' and the quarter, or 'H' and the half, when p spans
// exactly the months of a calendar quarter or half-year; 0 otherwise.
func (p Period) part() (kind byte, n int) {
	f, t := p.From, p.To
	if f.Day != 0 || t.Day != 0 || f.Month == 0 || t.Month == 0 || f.Year != t.Year {
		return 0, 0
	}
	switch {
	case t.Month-f.Month == 2 && f.Month%3 == 1:
		return 'Q', int(f.Month+2) / 3
	case t.Month-f.Month == 5 && f.Month%6 == 1:
		return 'H', int(f.Month+5) / 6
	}
	return 0, 0
}

// String returns p as ISO 8601 ("2014", "2015-03-31", "2010/2014"), a
// running total up to a date as ISO 8601-2 writes an open start
// ("../2018-06-02"), a calendar quarter or half-year as "2024-Q3" or
// "2024-H2", or "not stated". ParsePeriod reads it back.
func (p Period) String() string {
	if !p.IsStated() {
		return "not stated"
	}
	if p.UpTo {
		return "../" + p.From.String()
	}
	if p.Split {
		return fiscalName(p.From.Year, true, p.splitSep("-"))
	}
	if p.Fiscal {
		if p.IsSpan() {
			return "FY" + fiscalName(p.From.Year, p.Across, "-") + "/FY" + fiscalName(p.To.Year, p.Across, "-")
		}
		return "FY" + fiscalName(p.From.Year, p.Across, "-")
	}
	if k, n := p.part(); k != 0 {
		return p.From.String()[:4] + "-" + string(k) + strconv.Itoa(n)
	}
	if p.Quarters {
		return quarterOf(p.From, "-") + "/" + quarterOf(p.To, "-")
	}
	if p.IsSpan() {
		return p.From.String() + "/" + p.To.String()
	}
	return p.From.String()
}

// Same reports whether p and q are one period, however the document
// writes it: a year across two with a hyphen ("2021-22", Dash) is the
// one written with a slash ("2021/22").
func (p Period) Same(q Period) bool {
	p.Dash, q.Dash = false, false
	return p == q
}

// quarter returns the calendar quarter, 1 to 4, of d's month.
func quarter(d Date) int { return (int(d.Month) + 2) / 3 }

// quarterOf writes the quarter of d with its year, as String writes it
// (sep "-": "2009-Q2") or as Label does (sep " ": "Q2 2009").
func quarterOf(d Date, sep string) string {
	q := "Q" + strconv.Itoa(quarter(d))
	if sep == "-" {
		return strconv.Itoa(d.Year) + "-" + q
	}
	return q + sep + strconv.Itoa(d.Year)
}

// splitSep returns what stands between the two years of a Split year:
// dash if the document writes them with a hyphen (Dash) and the second
// cannot read as a month ("2011-12" is December 2011: "2011/12"), else "/".
func (p Period) splitSep(dash string) string {
	if yy := (p.From.Year + 1) % 100; p.Dash && (yy < 1 || yy > 12) {
		return dash
	}
	return "/"
}

// fiscalName writes the years of the fiscal year y names: "2020", or, for
// one across two years, "2024" sep "25".
func fiscalName(y int, across bool, sep string) string {
	if across {
		return strconv.Itoa(y) + sep + fmt.Sprintf("%02d", (y+1)%100)
	}
	return strconv.Itoa(y)
}

// Label returns p for a caption: "2014", "2010–2014", "12–18 April 2020",
// "April–October 2015", "Q3 2024", a half-year in its months as releases
// write it ("January–June 2020"; we write halves in months, though some releases say "H1 2020"),
// "FY 2020", "FY 2024–25", a year across two (a school or farm year) as
// the document writes it
// ("2018/19"), "to 2 June 2018" (a running total), "year not
// stated", and a rolling year (twelve months not on the calendar year,
// "2023-10/2024-09") as statistics releases write it, "year ending
// September 2024".
func (p Period) Label() string {
	switch k, n := p.part(); {
	case !p.IsStated():
		return "year not stated"
	case p.IsRollingYear():
		return "year ending " + p.To.Long()
	case p.UpTo:
		return "to " + p.From.Long()
	case p.Split:
		return fiscalName(p.From.Year, true, p.splitSep("–"))
	case p.Fiscal && p.IsSpan():
		return "FY " + fiscalName(p.From.Year, p.Across, "–") + " to FY " + fiscalName(p.To.Year, p.Across, "–")
	case p.Fiscal:
		return "FY " + fiscalName(p.From.Year, p.Across, "–")
	case k == 'Q':
		return "Q" + strconv.Itoa(n) + " " + strconv.Itoa(p.From.Year)
	case p.Quarters && p.From.Year == p.To.Year:
		return "Q" + strconv.Itoa(quarter(p.From)) + "–" + quarterOf(p.To, " ")
	case p.Quarters:
		return quarterOf(p.From, " ") + "–" + quarterOf(p.To, " ")
	case p.IsSpan():
		return spanLabel(p.From, p.To)
	}
	return p.From.Long()
}

// IsRollingYear reports whether p is a rolling year: twelve whole months
// that do not start in January ("2023-10/2024-09", the year ending
// September 2024).
func (p Period) IsRollingYear() bool {
	return p.IsTwelveMonths() && p.From.Month > 1
}

// MonthsSpanned counts the months from p.From's month to p.To's, both
// counted ("2016-09/2016-11" is 3, "2012-10/2013-09" 12): the one
// arithmetic of a span's length in months. It reads the months alone, so
// it means what it says only where both ends are written in months; the
// callers check that as their rule needs.
func (p Period) MonthsSpanned() int {
	return (p.To.Year-p.From.Year)*12 + int(p.To.Month) - int(p.From.Month) + 1
}

// IsTwelveMonths reports whether p is a span of twelve whole months,
// January to December included ("2023-10/2024-09", "2024-01/2024-12"); a
// fiscal year or an "up to" span is not one.
func (p Period) IsTwelveMonths() bool {
	f, t := p.From, p.To
	if p.Fiscal || p.UpTo || f.Day != 0 || t.Day != 0 || f.Month == 0 || t.Month == 0 {
		return false
	}
	return t.Year*12+int(t.Month)-(f.Year*12+int(f.Month)) == 11
}

// ShortLabel returns p where space is short, a table's period column or
// an axis tick: a rolling year as "YE Sep 2024"; any other period as
// Label writes it.
func (p Period) ShortLabel() string {
	if p.IsRollingYear() {
		return "YE " + p.To.Month.String()[:3] + " " + strconv.Itoa(p.To.Year)
	}
	return p.Label()
}

// RangeLabel returns the periods from first to last for a caption, every
// caption of two periods (a series' span, a change from its base): "2014
// to 2024" as Label writes each, and rolling years ending in one month
// named once, "years ending September 2014 to 2024". A running total up
// to a date ends a range at its date, the range's "to" saying its own
// ("FY 2028 to 2030", never "FY 2028 to to 2030"); one that starts it is
// no point to run from, and the two are joined by "and" ("to 2 June 2018
// and Q3 2018"). It returns first's Label when last is first.
func RangeLabel(first, last Period) string {
	switch {
	case first == last:
		return first.Label()
	case first.UpTo:
		return first.Label() + " and " + last.Label()
	case last.UpTo:
		return first.Label() + " to " + last.From.Long()
	case first.IsRollingYear() && last.IsRollingYear() && first.To.Month == last.To.Month:
		return "years ending " + first.To.Long() + " to " + strconv.Itoa(last.To.Year)
	}
	return first.Label() + " to " + last.Label()
}

// spanLabel writes a span of dates as a caption says it, the year or the
// month and year once when both ends share them: "12–18 April 2020", "29
// March–25 April 2020", "April–October 2015", "2010–2014"; ends of
// different precision or years in full, "March 2019–10 April 2020".
func spanLabel(f, t Date) string {
	switch {
	case f.Year != t.Year || (f.Month == 0) != (t.Month == 0) || (f.Day == 0) != (t.Day == 0) || f.Month == 0:
		return f.Long() + "–" + t.Long()
	case f.Day == 0:
		return f.Month.String() + "–" + t.Long()
	case f.Month == t.Month:
		return strconv.Itoa(f.Day) + "–" + t.Long()
	}
	return strconv.Itoa(f.Day) + " " + f.Month.String() + "–" + t.Long()
}

// ParsePeriod parses a period as String writes it: "2014", "2015-03-31",
// "2010/2014", a quarter or half-year "2024-Q3", "2024-H2" (the same as
// "2024-07/2024-09" and "2024-07/2024-12"), a running total up to a date
// "../2018-06-02", or "not stated" (also the empty string). A span may
// name quarters or halves at its ends, "2023-Q3/2024-Q2" (String writes
// it "2023-07/2024-06", "2023-Q3/2023-Q4" as the half "2023-H2"), and a
// year across two calendar years "2018/19" (SplitYear: a school, academic,
// crop or farm year), its second year in two digits; "2018/2019" stays a
// span of two calendar years.
func ParsePeriod(s string) (Period, error) {
	if s == "" || s == "not stated" {
		return NotStated, nil
	}
	if rest, ok := strings.CutPrefix(s, "../"); ok {
		d, err := ParseDate(rest)
		if err != nil || rest == "" {
			return Period{}, fmt.Errorf("indicators: invalid period %q: a running total up to a date is \"../\" and the date it runs to (../2018-06-02, ../2018-05, ../2018)", s)
		}
		return UpToDate(d), nil
	}
	if adv := periodAdvice(s); adv != "" {
		return Period{}, fmt.Errorf("indicators: invalid period %q: %s", s, adv)
	}
	if strings.HasPrefix(s, "FY") {
		return parseFiscal(s)
	}
	if p, ok := parsePart(s); ok {
		return p, nil
	}
	if p, err, ok := parseSplit(s); ok {
		return p, err
	}
	from, to, span := strings.Cut(s, "/")
	f, err := ParseDate(from)
	fp, fromPart := parsePart(from)
	if fromPart && span {
		// A span of quarters or halves, "2023-Q3/2024-Q2": from the first
		// month of the one to the last of the other.
		f, err = fp.From, nil
	}
	if err != nil {
		return Period{}, fmt.Errorf("indicators: invalid period %q: write a year (2014), a month (2024-10), a date (2015-03-31), a span (2010/2014, 2023-Q3/2024-Q2), a quarter (2024-Q3), a fiscal year (FY2020), a year across two calendar years, school, academic, crop or farm (2018/19), a running total up to a date (../2018-06-02) or \"not stated\"", s)
	}
	p := Period{From: f}
	if span {
		t, err := ParseDate(to)
		tp, toPart := parsePart(to)
		if toPart {
			t, err = tp.To, nil
		}
		if err != nil {
			return Period{}, fmt.Errorf("indicators: invalid period %q: write a year (2014), a month (2024-10), a date (2015-03-31), a span (2010/2014, 2023-Q3/2024-Q2), a quarter (2024-Q3), a fiscal year (FY2020), a year across two calendar years, school, academic, crop or farm (2018/19) or \"not stated\"", s)
		}
		if !f.before(t) {
			return Period{}, fmt.Errorf("indicators: invalid period %q: the span ends before it starts", s)
		}
		p.To = t
		if k, _ := p.part(); k == 0 && !p.IsTwelveMonths() && fromPart && toPart && isQuarter(fp) && isQuarter(tp) {
			p.Quarters = true // "2009-Q2/2021-Q4", as the document counts it
		}
	}
	return p, nil
}

// isQuarter reports whether p is one calendar quarter.
func isQuarter(p Period) bool {
	k, _ := p.part()
	return k == 'Q'
}

// parseSplit reads a year across two calendar years, "2018/19"; ok says
// s was written as one, or as one the way documents write it ("2018-19",
// "SY2016-17", "AY2019/20", "2018/19 school year", "2021/22 crop year"),
// and err then says the exact form to write.
func parseSplit(s string) (p Period, err error, ok bool) {
	t := s
	for _, pre := range []string{"SY", "AY", "SY ", "AY "} {
		t = strings.TrimPrefix(t, pre)
	}
	for _, post := range []string{" school year", " academic year", " crop year", " farm year", " financial year"} {
		t = strings.TrimSuffix(t, post)
	}
	if len(t) != 7 || t[4] != '/' && t[4] != '-' || !allDigits(t[:4]) || !allDigits(t[5:]) {
		return Period{}, nil, false
	}
	y, _ := strconv.Atoi(t[:4])
	next, _ := strconv.Atoi(t[5:])
	if t[4] == '-' && t == s && (next >= 1 && next <= 12 || next != (y+1)%100) {
		return Period{}, nil, false // "2015-03" is a month; "2015-31" no period at all
	}
	p = SplitYear(y)
	p.Dash = t[4] == '-'
	write := p.String()
	switch {
	case next != (y+1)%100:
		return Period{}, fmt.Errorf("indicators: invalid period %q: a year across two calendar years (school, academic, crop or farm year) runs into the next year: write %s", s, write), true
	case t != s:
		return Period{}, fmt.Errorf("indicators: invalid period %q: write the year across two calendar years as %s", s, write), true
	}
	return p, nil, true
}

// parsePart reads a calendar quarter or half-year, "2024-Q3" or "2024-H2".
func parsePart(s string) (Period, bool) {
	if len(s) != 7 || s[4] != '-' || !allDigits(s[:4]) || !(s[5] == 'Q' && s[6] >= '1' && s[6] <= '4' || s[5] == 'H' && s[6] >= '1' && s[6] <= '2') {
		return Period{}, false
	}
	y, _ := strconv.Atoi(s[:4])
	if s[5] == 'Q' {
		return QuarterPeriod(y, int(s[6]-'0')), true
	}
	return HalfPeriod(y, int(s[6]-'0')), true
}

// parseFiscal reads a fiscal year as String writes it: "FY2020", or
// "FY2024-25" for one that starts in 2024 and ends in 2025; or a span of
// them, "FY2020/FY2024", "FY2008-09/FY2013-14".
func parseFiscal(s string) (Period, error) {
	if from, to, span := strings.Cut(s, "/"); span {
		f, err := parseFiscal(from)
		if err != nil {
			return Period{}, err
		}
		if !strings.HasPrefix(to, "FY") {
			return Period{}, fmt.Errorf("indicators: invalid period %q: a span of fiscal years names both in fiscal years: write %s/FY and the last year", s, from)
		}
		t, err := parseFiscal(to)
		switch {
		case err != nil:
			return Period{}, err
		case f.IsSpan() || t.IsSpan():
			return Period{}, fmt.Errorf("indicators: invalid period %q: write one span of fiscal years, the first and the last (FY2008-09/FY2013-14)", s)
		case f.Across != t.Across:
			return Period{}, fmt.Errorf("indicators: invalid period %q: both ends of a span of fiscal years are named alike, by one year (FY2020/FY2024) or by two (FY2008-09/FY2013-14)", s)
		case t.From.Year <= f.From.Year:
			return Period{}, fmt.Errorf("indicators: invalid period %q: the span ends before it starts", s)
		}
		return FiscalYears(f.From.Year, t.From.Year, f.Across), nil
	}
	bad := fmt.Errorf("indicators: invalid period %q: write a fiscal year as FY and the year that names it (FY2020), or both years of one that runs across two (FY2024-25)", s)
	y, next, across := strings.Cut(s[2:], "-")
	if len(y) != 4 || !allDigits(y) {
		return Period{}, bad
	}
	n, _ := strconv.Atoi(y)
	if !across {
		return FiscalYear(n), nil
	}
	if len(next) != 2 || !allDigits(next) {
		return Period{}, bad
	}
	if m, _ := strconv.Atoi(next); m != (n+1)%100 {
		return Period{}, fmt.Errorf("indicators: invalid period %q: a fiscal year runs into the next year: write FY%d-%02d", s, n, (n+1)%100)
	}
	return FiscalYearAcross(n), nil
}

// days returns the first and last days of p, each Date in full (year,
// month and day), and ok: a year runs from 1 January to 31 December, a
// month from its first day to its last, a span from the first day of its
// start to the last of its end. A fiscal or split year (whose months are
// not kept), a running total up to a date (whose start is not given) or
// a period not stated has no days: ok is false.
func (p Period) days() (first, last Date, ok bool) {
	if !p.IsStated() || p.Fiscal || p.Split || p.UpTo {
		return Date{}, Date{}, false
	}
	end := p.To
	if end.IsZero() {
		end = p.From
	}
	first, last = p.From, end
	if first.Month == 0 {
		first.Month = time.January
	}
	if first.Day == 0 {
		first.Day = 1
	}
	if last.Month == 0 {
		last.Month = time.December
	}
	if last.Day == 0 {
		last.Day = time.Date(last.Year, last.Month+1, 0, 0, 0, 0, 0, time.UTC).Day()
	}
	return first, last, true
}

// Contains reports whether every day of q is a day of p: "2015-06"
// contains "2015-06-30" and "2022" contains "2022-Q3", but "2022-Q3" does
// not contain "2022-Q4". A period contains itself (as Same has it); a
// fiscal or split year, a running total or a period not stated contains
// only itself.
func (p Period) Contains(q Period) bool {
	if p.Same(q) {
		return true
	}
	pf, pl, ok := p.days()
	qf, ql, qok := q.days()
	return ok && qok && !qf.before(pf) && !pl.before(ql)
}

// Middle returns where p sits on a time axis, in years, by one rule for
// every kind of period: the middle of the time it covers, so that a year
// and a quarter or a month or a day on one axis are as far apart as their
// middles are (a stock is dated by the day or period it is at, and sits
// there by the same rule). 2014 is 2014.5, 2022-Q3 2022.625, June 2015 2015.458, 30
// June 2015 (a day, its noon) 2015.495, a span the middle of its first
// and last days. A fiscal year named by one year, whose months are not
// kept, sits at the middle of that year; a year across two (a school or
// budget year, "2024-25") at the turn of its two years; a running total
// up to a date where the date it names sits, as that date alone would
// ("to 2030" at 2030.5, beside the year 2030, never past its tick at
// 2031). A period not stated is 0.
func (p Period) Middle() float64 {
	switch {
	case !p.IsStated():
		return 0
	case p.UpTo:
		return Period{From: p.From}.Middle()
	case p.Split || p.Fiscal && p.Across:
		first, last := p.From.Year+1, p.From.Year+1
		if p.IsSpan() {
			last = p.To.Year + 1
		}
		return float64(first+last) / 2
	case p.Fiscal:
		end := p.From.Year
		if p.IsSpan() {
			end = p.To.Year
		}
		return float64(p.From.Year+end+1) / 2
	}
	first, last, _ := p.days()
	return (dayYears(first, 0) + dayYears(last, 1)) / 2
}

// Extent returns the time p covers on a time axis, in years, by the rule
// Middle places it by: from the start of its first day to the end of its
// last, so that 2014 is 2014 to 2015 and 2022-Q3 2022.5 to 2022.75, and
// Middle is halfway between. A period whose days are not kept (a fiscal
// or split year, a running total) or not stated has none: ok is false.
func (p Period) Extent() (from, to float64, ok bool) {
	first, last, ok := p.days()
	if !ok {
		return 0, 0, false
	}
	return dayYears(first, 0), dayYears(last, 1), true
}

// dayYears returns the start of day d, a Date in full, plus after days,
// in years: the year and the fraction of its days before then, so that 1
// January is the year itself and the day after 31 December the next.
func dayYears(d Date, after int) float64 {
	t := time.Date(d.Year, d.Month, d.Day+after, 0, 0, 0, 0, time.UTC)
	n := time.Date(t.Year()+1, time.January, 0, 0, 0, 0, 0, time.UTC).YearDay()
	return float64(t.Year()) + float64(t.YearDay()-1)/float64(n)
}
