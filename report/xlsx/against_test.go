package xlsx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestAgainstColumn: the Indicators sheet's Against column (the CSV's
// too) says what a change is set against when that is no earlier period,
// and prints where some row fills it: "3,700 people lower than forecast"
// printed with an empty Base read as a fall on the year (s20n-population);
// a book of no such change keeps it hidden.
func TestAgainstColumn(t *testing.T) {
	for _, tc := range []struct {
		name    string
		against indicators.Comparand
		visible bool
		cell    string
	}{
		{"against a forecast", indicators.AgainstForecast, true, "forecast"},
		{"from an earlier period", indicators.AgainstPeriod, false, ""},
	} {
		ind := indicatortest.Change(t, "pop-vs-forecast", "3,700 people", indicators.Down)
		ind.Against = tc.against
		c := &indicators.Catalog{Indicators: []indicators.Indicator{ind}}
		f := writtenBook(t, c)
		col := colLetter("Against")
		visible, err := f.GetColVisible(SheetIndicators, col)
		if err != nil {
			t.Fatal(err)
		}
		cell, _ := f.GetCellValue(SheetIndicators, col+"2")
		f.Close()
		if visible != tc.visible || cell != tc.cell {
			t.Errorf("%s: Against column visible %v, cell %q; want %v, %q", tc.name, visible, cell, tc.visible, tc.cell)
		}
	}
}
