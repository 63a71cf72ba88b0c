package indicators_test

import (
	"strings"
	"testing"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// TestFinancialQuarterAdvice checks that a quarter of a financial year
// written as the document does ("2016-17 Q2", s29z-righttobuy) is told its
// three months, which then parse, and that the quarters and fiscal years
// the model has keep parsing.
func TestFinancialQuarterAdvice(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2016-17 Q2", "write its three months, 2016-07/2016-09 for Q2 of a financial year from April (July to September 2016)"},
		{"Q3 2016/17", "write its three months, 2016-10/2016-12"},
		{"FY2016-17-Q4", "write its three months, 2017-01/2017-03"},
		{"2016-18 Q2", "write a year"}, // no year across two: the general advice
		{"2024-Q3", ""},
		{"2023-Q3/2024-Q2", ""},
		{"FY2024-25", ""},
	}
	for _, tc := range tests {
		_, err := indicators.ParsePeriod(tc.in)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
			t.Errorf("ParsePeriod(%q) error = %q, want one holding %q", tc.in, got, tc.want)
		}
		if tc.want == "" {
			continue
		}
		if i := strings.Index(got, "months, "); i >= 0 {
			months, _, _ := strings.Cut(got[i+len("months, "):], " ")
			if _, err := indicators.ParsePeriod(months); err != nil {
				t.Errorf("ParsePeriod(%q), the advice of %q: %v", months, tc.in, err)
			}
		}
	}
}

// TestUnitAcronymAdvice checks that a unit led by an acronym ("FOI
// request", s29z-foi) or a name ("All London licence") is told the lower-case noun to write, which parses,
// and what stated keeps.
func TestUnitAcronymAdvice(t *testing.T) {
	tests := []struct{ in, want string }{
		{"FOI request", `write unit: request, and keep "FOI" in stated as the quote writes it ("FOI requests" after the figure reads as unit: request)`},
		{"NHS trust", `write unit: trust, and keep "NHS"`},
		// A name that says which kind (s32c-taxis) is told alike.
		{"All London licence", `write unit: licence, and keep "All London" in stated as the quote writes it ("All London licences" after the figure reads as unit: licence) or in the title`},
		{"Suburban licence", `write unit: licence, and keep "Suburban"`},
		{"English Heritage site", `write unit: site, and keep "English Heritage"`},
	}
	for _, tc := range tests {
		_, err := indicators.ParseUnit(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseUnit(%q) error = %v, want one holding %q", tc.in, err, tc.want)
		}
	}
	if _, u, err := indicators.ParseStated("70,475 FOI requests"); err != nil || u.String() != "request" {
		t.Errorf("ParseStated(%q) unit = %v, %v, want request", "70,475 FOI requests", u, err)
	}
}

// TestFinancialQuarter checks the months of a quarter of a year across
// two, counted from the month its country's financial year starts
// (lexicon.FiscalYearEnds), April where no one country is known.
func TestFinancialQuarter(t *testing.T) {
	tests := []struct {
		y, q     int
		entities []string
		want     string
	}{
		{2016, 2, nil, "2016-Q3"},                // UK releases' "2016-17 Q2": July to September 2016
		{2016, 4, []string{"GB-ENG"}, "2017-Q1"}, // January to March 2017
		{2016, 2, []string{"AU"}, "2016-Q4"},     // Australia's year starts in July
		{2016, 1, []string{"US"}, "2016-Q4"},     // the US federal year starts in October
		{2016, 1, []string{"IE"}, "2016-Q2"},     // a calendar financial year: April, as UK releases count
		{2016, 1, []string{"GB", "AU"}, "2016-Q2"},
		{2016, 5, nil, "not stated"},
	}
	for _, tc := range tests {
		if got := indicators.FinancialQuarter(tc.y, tc.q, indicators.FinancialYearStart(tc.entities)).String(); got != tc.want {
			t.Errorf("FinancialQuarter(%d, %d, %v) = %s, want %s", tc.y, tc.q, tc.entities, got, tc.want)
		}
	}
}

// TestSameMonthsIn checks "the same quarter of 2015-16" and "the same
// period in 2019": the months of a time moved to the year named.
func TestSameMonthsIn(t *testing.T) {
	tests := []struct {
		p      string
		y      int
		across bool
		want   string
	}{
		{"2016-Q3", 2015, true, "2015-Q3"},
		{"2017-Q1", 2015, true, "2016-Q1"},                 // January to March of 2015-16 are in 2016
		{"2016-12/2017-02", 2015, true, "2015-12/2016-02"}, // a span across the new year
		{"2023-Q3", 2020, false, "2020-Q3"},
		{"2022-12/2023-02", 2019, false, "2018-12/2019-02"}, // named by the year it ends in
		{"2023-06", 2022, false, "2022-06"},
		{"2023", 2022, false, "not stated"}, // a year has no months to move
		{"2023-06-30", 2022, false, "not stated"},
		{"2022-07/2023-07", 2020, false, "not stated"}, // more than a year
	}
	for _, tc := range tests {
		p, err := indicators.ParsePeriod(tc.p)
		if err != nil {
			t.Fatal(err)
		}
		if got := indicators.SameMonthsIn(p, tc.y, tc.across, time.April).String(); got != tc.want {
			t.Errorf("SameMonthsIn(%s, %d, %v, April) = %s, want %s", tc.p, tc.y, tc.across, got, tc.want)
		}
	}
}
