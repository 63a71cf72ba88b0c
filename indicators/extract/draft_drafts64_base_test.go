package extract

import "testing"

// TestDrafts64MonthBase: a change of one month takes the month "than in
// <month>" names, the month before for "on the month", the month its
// lead-in compares with; an annual growth rate of a month, the same month a
// year earlier.
func TestDrafts64MonthBase(t *testing.T) {
	money := "Savings and Loans - March 2021\n\nHousehold saving\n\n" +
		"Cash ISA deposits rose to 41,300 in March, 2.7% higher than in February. " +
		"Fixed-rate deposits fell by 1.6% on the month in March. " +
		"The annual growth rate of household deposits remained at 7.2% in March.\n"
	prices := "Fuel Prices: 2 May 2021\n\nPrices\n\nHighlights for April 2021 compared to March 2021:\n\n" +
		"  • Petrol prices up 1.4 pence per litre, driven by crude oil.\n"
	runFieldCases(t, []fieldCase{
		{"than in a month", money, "2.7%", map[string]string{"period": "2021-03", "base": "2021-02"}},
		{"on the month", money, "1.6%", map[string]string{"period": "2021-03", "base": "2021-02"}},
		{"annual growth rate", money, "7.2%", map[string]string{"period": "2021-03", "base": "2020-03"}},
		{"lead-in's month", prices, "1.4 pence per litre", map[string]string{"period": "2021-04", "base": "2021-03"}},
	})
	got := firstDraft(t, money, "7.2%")
	checkHow(t, got, "7.2%", "up", "")
}
