package extract

import "testing"

// TestDrafts64MonthBase: a change under a lead-in that compares two months
// takes the month it compares with as its base.
func TestDrafts64MonthBase(t *testing.T) {
	prices := "Fuel Prices: 2 May 2021\n\nPrices\n\nHighlights for April 2021 compared to March 2021:\n\n" +
		"  • Petrol prices up 1.4 pence per litre, driven by crude oil.\n"
	runFieldCases(t, []fieldCase{
		{"lead-in's month", prices, "1.4 pence per litre", map[string]string{"period": "2021-04", "base": "2021-03"}},
	})
}
