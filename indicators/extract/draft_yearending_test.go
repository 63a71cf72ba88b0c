package extract

import "testing"

// TestEndingsInFinancialYear: a year ending in a month is held as the
// document's people write it — a financial year ending in March as the
// year across two (2022/23), a fiscal year by the year that ends it
// (FY2023), any other twelve months as their months (yearEndingIn) — on
// a rail factsheet (DfT), a public finances bulletin (ONS), a migration
// bulletin (ONS), a U.S. agency's financial statement and a police
// recorded crime bulletin (ONS).
func TestEndingsInFinancialYear(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Coverage is for the financial year ending (FYE) March 2023 and includes comparisons", "2022/23"},
		{"1,385 million passenger rail journeys were made in FYE March 2023, an increase of 39.9%", "2022/23"},
		{"will be £58.3 billion during the financial year ending March 2018, an increase of £12.6 billion", "2017/18"},
		{"The reporting period for the International Passenger Survey data in this release covers the year ending March 2016", "2015-04/2016-03"},
		{"net cost of operations for the fiscal year ended September 30, 2023 was $1.2 billion", "FY2023"},
		{"Police recorded crime rose by 7% in the year ending December 2019", "2019"},
		{"6.1 million offences in the 12 months to June 2019", "2018-07/2019-06"},
	}
	for _, tt := range tests {
		es := endingsIn(tt.text)
		if len(es) == 0 {
			t.Errorf("endingsIn(%q) found no period, want %s", tt.text, tt.want)
			continue
		}
		if got := es[0].period.String(); got != tt.want {
			t.Errorf("endingsIn(%q)[0] = %s, want %s", tt.text, got, tt.want)
		}
	}
}
