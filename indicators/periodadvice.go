package indicators

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// periodAdvice says what to write for a period s written in words that
// catalogs do not take but releases use, or "" if s is none of them: a
// financial year by the month it ends ("FYE March 2018", "financial year
// ending June 2022": the year across two that ends then, 2017/18,
// 2021/22), a year ending a month ("year ending September 2024": the
// twelve months 2023-10/2024-09), the end of a month or year ("end of
// September 2017": its last day, 2017-09-30) and a season ("autumn 2024",
// which has no form of its own: the year, with the season in a note) and
// a month in words ("September 2017": 2017-09) and a century ("20th
// century", as NOAA's "20th century average": 1901/2000); and a period
// written the document's way that has a form of its own (writtenAdvice).
func periodAdvice(s string) string {
	words := strings.Fields(strings.ToLower(strings.NewReplacer(",", " ", ".", " ", "-", " ").Replace(s)))
	if adv := writtenAdvice(s, words); adv != "" {
		return adv
	}
	if len(words) < 2 {
		return ""
	}
	if adv := centuryAdvice(words); adv != "" {
		return adv
	}
	if adv := quarterAdvice(words); adv != "" {
		return adv
	}
	if adv := yearEndAdvice(words); adv != "" {
		return adv
	}
	y, err := strconv.Atoi(words[len(words)-1])
	if err != nil || y < 1000 || y > 9999 {
		return ""
	}
	head := words[:len(words)-1]
	last := head[len(head)-1]
	lead := strings.Join(head[:len(head)-1], " ")
	lead = strings.TrimPrefix(strings.TrimPrefix(lead, "at "), "the ")
	if seasonWord(last) && lead == "" {
		return fmt.Sprintf("a season has no period of its own: write %d and say %q in a note (or, where the document gives the months, write them as a span such as %d-09/%d-11)", y, s, y, y)
	}
	if h := strings.TrimPrefix(strings.TrimPrefix(strings.Join(head, " "), "at "), "the "); h == "end of" {
		return fmt.Sprintf("a stock at the end of a year is at its last day: write %d-12-31", y)
	}
	m := monthWord(last)
	if m == 0 {
		return ""
	}
	lastDay := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
	switch lead {
	case "", "in", "during", "as at", "as of", "at":
		return fmt.Sprintf("write a month as its year and number: write %d-%02d", y, int(m))
	case "end of", "the end of":
		return fmt.Sprintf("a stock at the end of a month is at its last day: write %d-%02d-%02d", y, int(m), lastDay)
	case "fye", "fy ending", "fy ended", "financial year ending", "financial year ended", "financial year to",
		"fiscal year ending", "fiscal year ended", "fiscal year to":
		if m == time.December {
			return fmt.Sprintf("a financial year that ends in December is the calendar year: write %d", y)
		}
		split := SplitYear(y - 1)
		return fmt.Sprintf("a financial year ending %s %d runs across two calendar years: write %s (as UK releases write it; %s with a hyphen as Australian releases do), %d-%02d/%d-%02d (its twelve months, labelled \"year ending %s %d\"), or FY%s where the document calls it fiscal",
			m, y, split, fiscalName(y-1, true, "-"), y-1, int(m)%12+1, y, int(m), m, y, fiscalName(y-1, true, "-"))
	case "year ending", "year ended", "year to", "ye", "12 months ending", "12 months to", "twelve months ending", "twelve months to":
		if m == time.December {
			return fmt.Sprintf("the year ending December is the calendar year: write %d", y)
		}
		return fmt.Sprintf("a year ending a month is its twelve months: write %d-%02d/%d-%02d (labelled \"year ending %s %d\"), or the year across two (%s) where the document means a financial year",
			y-1, int(m)+1, y, int(m), m, y, SplitYear(y-1))
	}
	return ""
}

// yearEndAdvice says what to write for the end of a financial year in
// words ("end of the financial year 2018-19", "end of FY2020"): its last
// day, by the country whose year it is (lexicon.FiscalYearEnds); "" for
// any other words, lower case, a hyphen read as a space.
func yearEndAdvice(words []string) string {
	w := strings.Join(words, " ")
	w = strings.TrimPrefix(strings.TrimPrefix(w, "at "), "the ")
	rest, ok := strings.CutPrefix(w, "end of ")
	if !ok {
		return ""
	}
	rest = strings.TrimPrefix(rest, "the ")
	year := ""
	for _, pre := range []string{"financial year ", "fiscal year ", "fy ", "fy"} {
		if r, ok := strings.CutPrefix(rest, pre); ok && year == "" {
			year = r
		}
	}
	y1, y2, two := strings.Cut(strings.Replace(year, "/", " ", 1), " ")
	y, err := strconv.Atoi(y1)
	if err != nil || y < 1000 || y > 9999 {
		return ""
	}
	p := FiscalYear(y)
	if two {
		if n, err := strconv.Atoi(y2); err != nil || n != (y+1)%100 && n != y+1 {
			return ""
		}
		p = SplitYear(y)
	}
	days := fiscalEndDays(p)
	if days == "" {
		return ""
	}
	return fmt.Sprintf("a stock at the end of a financial year is at its last day, the day its country's financial year %s ends: write %s", p, days)
}

// quarterAdvice says what to write for a quarter named by the month it
// ends, as Australian and New Zealand releases name them: "June 2023
// quarter", "the June quarter 2023", "quarter ending June 2023", "three
// months to June 2023" are 2023-Q2 (round N, s20n-population); a quarter
// ending another month is its three months, 2023-03/2023-05. words are
// lower case; "" when they name no such quarter.
func quarterAdvice(words []string) string {
	w := slices.Clone(words)
	if len(w) > 0 && w[0] == "the" {
		w = w[1:]
	}
	var m time.Month
	var y int
	year := func(s string) int {
		if n, err := strconv.Atoi(s); err == nil && n >= 1000 && n <= 9999 {
			return n
		}
		return 0
	}
	switch {
	case len(w) == 3 && monthWord(w[0]) != 0 && year(w[1]) > 0 && w[2] == "quarter": // "june 2023 quarter"
		m, y = monthWord(w[0]), year(w[1])
	case len(w) == 3 && monthWord(w[0]) != 0 && w[1] == "quarter" && year(w[2]) > 0: // "june quarter 2023"
		m, y = monthWord(w[0]), year(w[2])
	case len(w) >= 4 && year(w[len(w)-1]) > 0 && monthWord(w[len(w)-2]) != 0:
		switch strings.Join(w[:len(w)-2], " ") {
		case "quarter ending", "quarter ended", "quarter to", "three months ending", "three months ended", "three months to", "3 months ending", "3 months to":
			m, y = monthWord(w[len(w)-2]), year(w[len(w)-1])
		}
	}
	if m == 0 {
		return financialQuarterAdvice(w)
	}
	if m%3 == 0 {
		return fmt.Sprintf("a quarter named by the month it ends is its calendar quarter: write %d-Q%d (labelled \"Q%d %d\")", y, int(m)/3, int(m)/3, y)
	}
	from := time.Date(y, m-2, 1, 0, 0, 0, 0, time.UTC)
	return fmt.Sprintf("a quarter ending %s is its three months: write %d-%02d/%d-%02d", m, from.Year(), int(from.Month()), y, int(m))
}

// financialQuarterAdvice says what to write for a quarter of a year across
// two ("2016-17 Q2", "Q2 2016/17", "FY2016-17-Q2": s29z-righttobuy), which
// has no period of its own: its three months (FinancialQuarter), counted
// from April as UK financial years are, since the words carry no place;
// or "".
func financialQuarterAdvice(w []string) string {
	var q int
	var rest []string
	for _, t := range w {
		t = strings.TrimPrefix(t, "fy")
		if n, ok := strings.CutPrefix(t, "q"); ok && len(n) == 1 && n[0] >= '1' && n[0] <= '4' {
			q = int(n[0] - '0')
			continue
		}
		rest = append(rest, strings.Split(t, "/")...)
	}
	if q == 0 || len(rest) != 2 || len(rest[0]) != 4 || len(rest[1]) != 2 {
		return ""
	}
	y, err := strconv.Atoi(rest[0])
	if next, err2 := strconv.Atoi(rest[1]); err != nil || err2 != nil || next != (y+1)%100 {
		return ""
	}
	start := FinancialYearStart(nil)
	p := FinancialQuarter(y, q, start)
	return fmt.Sprintf("a quarter of a year across two has no period of its own: write its three months, %s for Q%d of a financial year from %s (%s to %s %d), and say %q in a note (the outputs label calendar quarters)", p.From.String()+"/"+p.To.String(), q, start, p.From.Month, p.To.Month, p.To.Year, "Q"+strconv.Itoa(q)+" "+rest[0]+"-"+rest[1])
}

// monthWord returns the month a word names, in full or by its first three
// letters ("september", "sep", "sept"), or 0.
func monthWord(w string) time.Month {
	return time.Month(lexicon.MonthNumber(w))
}

// seasonWord reports whether w names a season ("autumn", "fall").
func seasonWord(w string) bool {
	switch w {
	case "spring", "summer", "autumn", "fall", "winter":
		return true
	}
	return false
}

// centuryAdvice says what to write for a century in words ("20th century",
// "the twentieth-century average"), or "": its hundred years, 1901/2000 for
// the 20th, as NOAA counts the "20th century average" it gives anomalies
// against.
func centuryAdvice(words []string) string {
	if words[0] == "the" {
		words = words[1:]
	}
	if len(words) < 2 || words[1] != "century" || len(words) > 3 || len(words) == 3 && words[2] != "average" {
		return ""
	}
	n := 0
	if d, ok := digitOrdinal(words[0]); ok {
		n = int(d.value)
	} else if i := slices.Index(ordinalWords, words[0]); i > 0 {
		n = i
	} else if words[0] == "twentieth" {
		n = 20
	}
	if n < 1 || n > 21 {
		return ""
	}
	adv := fmt.Sprintf("a century is its hundred years: write %d/%d", (n-1)*100+1, n*100)
	if n == 20 {
		adv += " (NOAA's \"20th century average\" is of 1901 to 2000)"
	}
	return adv
}

// relativeBase says what to write for a base written as the document
// words it relative to the period ("10 years ago", "five years earlier",
// "the previous year", as fire, crime and NHS releases compare), or "":
// the base is a period of its own, counted back from the period's year,
// of the period's kind: the same quarter, month or day of the year
// before ("the previous year" of 2022-Q3 is 2021-Q3).
func relativeBase(s string, period Period) string {
	words := strings.Fields(strings.ToLower(s))
	if len(words) < 2 || !period.IsStated() || period.UpTo {
		return ""
	}
	// "the same period in 2019": period moved to 2019 (inYear: a span
	// across years is named by the year it ends in).
	if w := slices.DeleteFunc(slices.Clone(words), func(w string) bool { return w == "the" }); len(w) == 4 && w[0] == "same" &&
		slices.Contains([]string{"period", "quarter", "month", "time", "year"}, w[1]) && (w[2] == "in" || w[2] == "of" || w[2] == "last") {
		if y, err := strconv.Atoi(w[3]); err == nil && y < period.From.Year+1 {
			if base := inYear(period, y); base.IsStated() {
				return fmt.Sprintf("a base is a period: %q of period %s is %s: write base: %s", s, period, base, base)
			}
		}
	}
	n := 0
	switch strings.Join(words, " ") {
	case "a year ago", "one year ago", "the previous year", "previous year", "the year before", "last year", "a year earlier", "the preceding year":
		n = 1
	default:
		if len(words) != 3 || words[1] != "years" && words[1] != "year" || !slices.Contains([]string{"ago", "earlier", "before", "previously"}, words[2]) {
			return ""
		}
		if v, err := strconv.Atoi(words[0]); err == nil {
			n = v
		} else if num, ok := lexicon.LookupNumber(words[0]); ok && !num.Plural && num.Value > 0 && num.Value < 100 {
			n = int(num.Value)
		}
	}
	if n <= 0 || n >= period.From.Year {
		return ""
	}
	base := period
	base.From.Year -= n
	if base.IsSpan() {
		base.To.Year -= n
	}
	if base.From.Month == time.February && base.From.Day == 29 {
		return "" // no 29 February that year
	}
	return fmt.Sprintf("a base is a period: %q counted back from period %s is %s: write base: %s", s, period, base, base)
}

// writtenAdvice says what to write for a period s (words, its lower-case
// words split at spaces, commas, points and hyphens) written as a
// document writes one that the catalog writes its own way, or "" for
// any other: a quarter or half-year ("Q3 2022", "2022 Q3", "third
// quarter of 2022": 2022-Q3), a day in words ("30 June 2023", "June 30,
// 2023": 2023-06-30) and a fiscal year with a space or slash ("FY
// 2022-23", "FY 2022/23": FY2022-23). Each names the form to write, so
// that "period: Q3 2022" is told "write 2022-Q3", never the list of
// every form.
func writtenAdvice(s string, words []string) string {
	var ws []string
	for _, w := range words {
		ws = append(ws, strings.Fields(strings.ReplaceAll(w, "/", " "))...)
	}
	words = ws
	year := func(w string) int {
		if y, err := strconv.Atoi(w); err == nil && len(w) == 4 && y >= 1000 {
			return y
		}
		return 0
	}
	// One word, "2022q3" or "q3/2022" once split.
	if len(words) == 1 && len(words[0]) == 6 && year(words[0][:4]) > 0 {
		words = []string{words[0][:4], words[0][4:]}
	}
	say := func(what string, p Period) string {
		if p.String() == s {
			return ""
		}
		return fmt.Sprintf("%s: write %s", what, p)
	}
	switch len(words) {
	case 2:
		y, part := year(words[0]), words[1]
		if y == 0 {
			y, part = year(words[1]), words[0]
		}
		if y > 0 && len(part) == 2 && (part[0] == 'q' && part[1] >= '1' && part[1] <= '4' || part[0] == 'h' && (part[1] == '1' || part[1] == '2')) {
			n := int(part[1] - '0')
			if part[0] == 'q' {
				return say("a quarter is written with its year first", QuarterPeriod(y, n))
			}
			return say("a half-year is written with its year first", HalfPeriod(y, n))
		}
		if words[0] == "fy" && y > 0 {
			return say("a fiscal year is FY and its year, with no space", FiscalYear(y))
		}
	case 3, 4:
		// "third quarter 2022", "3rd quarter of 2022".
		if n := ordinalOf(words[0]); n >= 1 && n <= 4 && words[1] == "quarter" {
			if y := year(words[len(words)-1]); y > 0 && (len(words) == 3 || words[2] == "of") {
				return say("a quarter is written with its year first", QuarterPeriod(y, n))
			}
		}
		if len(words) == 4 {
			return ""
		}
		// "fy 2022 23": the budget year 2022-23.
		if y := year(words[1]); words[0] == "fy" && y > 0 {
			if n, err := strconv.Atoi(words[2]); err == nil && len(words[2]) == 2 && n == (y+1)%100 {
				return say("a fiscal year across two calendar years is FY and both its years, with no space", FiscalYearAcross(y))
			}
		}
		// "30 june 2023", "june 30 2023".
		y := year(words[2])
		m, day := monthWord(words[1]), words[0]
		if m == 0 {
			m, day = monthWord(words[0]), words[1]
		}
		d, err := strconv.Atoi(day)
		if y == 0 || m == 0 || err != nil || d < 1 || d > time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() {
			return ""
		}
		return say("a day is its year, month and day in numbers", Period{From: Date{Year: y, Month: m, Day: d}})
	}
	return ""
}

// ordinalOf returns the number an ordinal word names ("third", "3rd"),
// or 0.
func ordinalOf(w string) int {
	if d, ok := digitOrdinal(w); ok {
		return int(d.value)
	}
	if i := slices.Index(ordinalWords, w); i > 0 {
		return i
	}
	return 0
}
