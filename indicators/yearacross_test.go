package indicators_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestYearAcrossNotices checks that a period "2009-10", which reads as
// October 2009, gets a notice where its source writes "2009-10" as a year
// across two (the ABS sport survey's title line, a UK research release's
// "2006-07"), and none where the text names the month, where the period is
// the year across two already, or where the month is no next year's
// digits; where the text never writes it and no quote names the month,
// it gets one that says so (round P).
func TestYearAcrossNotices(t *testing.T) {
	const sport = "4177.0 - Participation in Sport and Physical Recreation, Australia, 2009-10 Quality Declaration\n\n" +
		"Overall, men and women had similar participation rates (65% and 63% respectively).\n"
	const research = "Further information is in Research and Experimental Development, Businesses, Australia, 2006–07 (cat. no. 8104.0).\n\n" +
		"Businesses spent $12 billion on R&D.\n"
	const monthly = "Retail sales, October 2009: 2009-10 data\n\nSales rose 2% in the month.\n"
	tests := []struct {
		name, text, period, quote string
		measure, stated           string
		want                      string // "" no notice
	}{
		{"the sport survey's title line writes 2009-10", sport, "2009-10", "men and women had similar participation rates (65% and 63% respectively)", "share", "65%",
			`period "2009-10" reads as October 2009, but source "doc" writes "2009-10", a year across two: write period: 2009/10 (FY2009-10 where the document calls it a fiscal year), or keep 2009-10 if the figure is of that month`},
		{"written across two already", sport, "2009/10", "men and women had similar participation rates (65% and 63% respectively)", "share", "65%", ""},
		{"a research release writes 2006–07 with a dash", research, "2006-07", "Businesses spent $12 billion on R&D.", "flow", "$12 billion",
			`period "2006-07" reads as July 2006, but source "doc" writes "2006-07", a year across two: write period: 2006/07 (FY2006-07 where the document calls it a fiscal year), or keep 2006-07 if the figure is of that month`},
		{"the text names the month in words", monthly, "2009-10", "Sales rose 2% in the month.", "change\n    direction: up", "2%", ""},
		{"a month that is no next year's digits", sport, "2009-06", "men and women had similar participation rates (65% and 63% respectively)", "share", "65%", ""},
		// Round P (s22p-volunteer): "2005-06" on a 2006 survey's figure
		// passed silently; a month no quote names takes a notice too.
		{"the text never writes it", research, "2009-10", "Businesses spent $12 billion on R&D.", "flow", "$12 billion",
			`period "2009-10" reads as October 2009, but no quote names October 2009: a year across two is written 2009/10 (FY2009-10 where the document calls it a fiscal year) and a calendar year alone (2010): write the figure's period as the document gives it, or keep 2009-10 if the figure is of that month`},
	}
	for _, tt := range tests {
		src := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n  - id: x\n    title: X\n    measure: %s\n    status: estimate\n    period: %q\n    stated: %q\n    provenance:\n      - source: doc\n        quote: %q\n",
			sha(tt.text), tt.measure, tt.period, tt.stated, tt.quote)
		text := tt.text
		c, err := indicators.Parse("c.yaml", []byte(src), func(string) ([]byte, error) { return []byte(text), nil })
		if err != nil {
			t.Fatalf("%s: Parse: %v", tt.name, err)
		}
		var got []string
		for _, e := range c.QuoteNotices() {
			msg := e.Error()
			if _, rest, ok := strings.Cut(msg, ": "); ok && strings.HasPrefix(msg, "c.yaml:") {
				msg = rest
			}
			if strings.Contains(msg, "reads as") {
				got = append(got, msg)
			}
		}
		switch {
		case tt.want == "" && len(got) > 0:
			t.Errorf("%s: QuoteNotices = %q, want none", tt.name, got)
		case tt.want != "" && (len(got) != 1 || got[0] != tt.want):
			t.Errorf("%s: QuoteNotices = %q, want [%q]", tt.name, got, tt.want)
		}
	}
}

// TestYearToNext checks the one reader of "YYYY to YYYY+1", a year across
// two in GOV.UK's words, and the spans it leaves to others.
func TestYearToNext(t *testing.T) {
	for _, c := range []struct {
		before, s string
		want      string // "" when false
		n         int
	}{
		{"in ", "2022 to 2023 tax year", "2022/23", 12},
		{"the tax year ", "2005 to 2006 to 4.8%", "2005/06", 12},
		{"statistics, ", "2020 to 2021", "2020/21", 12},
		{"from ", "2022 to 2023", "", 0},     // a span from one year to the next
		{"between ", "2022 to 2023", "", 0},  // likewise
		{"in ", "2022 to 2024", "", 0},       // no two years in a row
		{"in ", "2022 to 20234", "", 0},      // no year
		{"in ", "20221 to 2023", "", 0},      // no year
		{"in ", "2022 to 2023rd", "", 0},     // a word, no year
		{"in ", "2022 to March 2023", "", 0}, // a month's year
		{"", "1799 to 1800", "", 0},          // out of the years read
		{"ranked ", "2022 to 2023 levels", "2022/23", 12},
	} {
		p, n, ok := indicators.YearToNext(c.before, c.s)
		got := ""
		if ok {
			got = p.String()
		}
		if got != c.want || n != c.n {
			t.Errorf("YearToNext(%q, %q) = %q, %d, want %q, %d", c.before, c.s, got, n, c.want, c.n)
		}
	}
}
