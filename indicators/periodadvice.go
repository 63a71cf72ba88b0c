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
// century", as NOAA's "20th century average": 1901/2000).
func periodAdvice(s string) string {
	words := strings.Fields(strings.ToLower(strings.NewReplacer(",", " ", ".", " ", "-", " ").Replace(s)))
	if len(words) < 2 {
		return ""
	}
	if adv := centuryAdvice(words); adv != "" {
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
	case "", "in", "during":
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

// monthWord returns the month a word names, in full or by its first three
// letters ("september", "sep", "sept"), or 0.
func monthWord(w string) time.Month {
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if w == name || w == name[:3] || w == "sept" && m == time.September {
			return m
		}
	}
	return 0
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
// the base is a period of its own, counted back from the period's year.
func relativeBase(s string, period Period) string {
	words := strings.Fields(strings.ToLower(s))
	if len(words) < 2 || !period.IsYear() {
		return ""
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
	return fmt.Sprintf("a base is a period: %q counted back from period %s is %d: write base: %d", s, period, period.From.Year-n, period.From.Year-n)
}
