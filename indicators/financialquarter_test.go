package indicators_test

import (
	"strings"
	"testing"

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
// request", s29z-foi) is told the lower-case noun to write, which parses,
// and what stated keeps.
func TestUnitAcronymAdvice(t *testing.T) {
	tests := []struct{ in, want string }{
		{"FOI request", `write unit: request, and keep "FOI" in stated as the quote writes it ("FOI requests" after the figure reads as unit: request)`},
		{"NHS trust", `write unit: trust, and keep "NHS"`},
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
