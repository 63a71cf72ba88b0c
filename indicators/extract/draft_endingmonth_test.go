package extract

import "testing"

// TestEndingMonths: a year ending in a month dates what flows over it
// (journeys, net migration, a count of migrants) by the twelve
// months, and a level, a share or a rate in percent over those months by
// the month they end in (endingAt.periodOf; when88) — on a house price
// index (ONS), a consumer price bulletin (ONS), a migration bulletin
// (ONS) and a rail factsheet (DfT).
func TestEndingMonths(t *testing.T) {
	const (
		houseprices = "UK House Price Index: December 2019\n\n1. Main points\n\n" +
			"  • UK average house prices increased by 2.2% over the year to December 2019.\n\n" +
			"  • Average house prices increased over the year in England to £252,000 (2.2%), Wales to £166,000 (2.2%).\n\n" +
			"  • The lowest annual growth rate was in the South East of England (1.2%), followed by the West Midlands (1.4%).\n"
		prices = "Consumer price inflation, UK: February 2021\n\n1. Main points\n\n" +
			"  • The Consumer Prices Index including owner occupiers’ housing costs (CPIH) rose by 0.7% in the 12 months to February 2021, down from 0.9% to January.\n"
		migration = "Migration Statistics Quarterly Report: August 2016\n\n1. Main points\n\n" +
			"The reporting period for the International Passenger Survey data in this release covers the year ending March 2016 and therefore does not cover the period after the EU referendum.\n\n" +
			"Long-Term International Migration estimates in the year ending (YE) March 2016 were:\n\n" +
			"  • net migration = +327,000 (down 9,000 from YE March 2015 but not statistically significant), comprising +180,000 EU citizens\n"
		rail = "Rail factsheet: 2023\n\nRail statistics overview\n\n" +
			"  • 1,385 million passenger rail journeys were made in FYE March 2023, an increase of 39.9% on the previous year\n"
	)
	runFieldCases(t, []fieldCase{
		{name: "a rate over the year to a month is of the month", text: houseprices, stated: "2.2%", want: map[string]string{"period": "2019-12"}},
		{name: "a level under the year to a month is of the month", text: houseprices, stated: "£252,000", want: map[string]string{"period": "2019-12"}},
		{name: "an annual growth rate under it is of the month", text: houseprices, stated: "1.2%", want: map[string]string{"period": "2019-12"}},
		{name: "a 12-month rate is of the month it ends in", text: prices, stated: "0.7%", want: map[string]string{"period": "2021-02"}},
		{name: "a flow is of the twelve months", text: migration, stated: "327,000", want: map[string]string{"period": "2015-04/2016-03"}},
		{name: "a count over the year is of the twelve months", text: migration, stated: "180,000 EU citizens", want: map[string]string{"period": "2015-04/2016-03"}},
		{name: "a financial year ending in March is the year across two", text: rail, stated: "1,385 million passenger rail journeys", want: map[string]string{"period": "2022/23"}},
		{name: "and so is its rate of change", text: rail, stated: "39.9%", want: map[string]string{"period": "2022/23"}},
	})
}

// TestMonthStep: a change between one month and the next is dated by the
// later month, while a span of months stays a span (monthStepRe; when88)
// — on a house price index (ONS), a consumer price bulletin (ONS) and a
// ferry release.
func TestMonthStep(t *testing.T) {
	tests := []struct{ text, want string }{
		{"On a non-seasonally adjusted basis, average house prices in the UK increased by 0.3% between November 2019 and December 2019, 0.5 percentage points higher than the same period a year ago.", "2019-12"},
		{"prices fell by 0.5% between January and February 2020", "2020-02"},
		{"prices rose by 0.2% between December 2020 and January 2021", "2021-01"},
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
	if es := endingsIn("3.2 million passengers travelled between April and June 2021"); len(es) != 0 {
		t.Errorf("endingsIn(a span of months) = %v, want none", es)
	}
}
