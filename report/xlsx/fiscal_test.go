package xlsx

import (
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestPeriodCells checks the Indicators sheet's period cells: a calendar
// year is text, as every period and base cell is (one type to filter
// and sort by, s23q-unions); a fiscal year,
// a month or a span stays text ("FY2020" is no 2020: the U.S. fiscal
// year began in October 2019), written as the cover and the charts write
// it ("FY 2024–25", "July 2008–June 2014"); the CSV keeps the codes.
func TestPeriodCells(t *testing.T) {
	periods := []struct{ code, want string }{
		{"2014", "2014"}, {"FY2020", "FY 2020"}, {"FY2024-25", "FY 2024–25"}, {"2024-Q3", "Q3 2024"},
		{"2010/2014", "2010–2014"}, {"2008-07/2014-06", "July 2008–June 2014"}, {"2019-09/2019-11", "September–November 2019"},
		{"not stated", "not stated"},
	}
	c := &indicators.Catalog{}
	for i, pp := range periods {
		p, err := indicators.ParsePeriod(pp.code)
		if err != nil {
			t.Fatal(err)
		}
		q, u, err := indicators.ParseStated("$216 million")
		if err != nil {
			t.Fatal(err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{
			ID: "aid-" + string(rune('a'+i)), Title: "Aid", Measure: indicators.Flow,
			Stated: "$216 million", Quantity: q, Unit: u, Period: p,
		})
	}
	f := writtenBook(t, c)
	col := ixPeriod + 1
	for i, pp := range periods {
		want := pp.want
		cell, _ := excelize.CoordinatesToCellName(col, i+2)
		typ, err := f.GetCellType(SheetIndicators, cell)
		if err != nil {
			t.Fatal(err)
		}
		v, _ := f.GetCellValue(SheetIndicators, cell)
		// Text, a year too, as Base and the Derived sheet's periods are:
		// a filter or sort reads one type (s23q-unions).
		if number := typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset; v != want || number {
			t.Errorf("period cell %s (%s) = %q (number %v), want %q (text)", cell, pp.code, v, number, want)
		}
	}
}

// TestBaseCells: the Indicators sheet writes a change's base period as
// it writes periods ("FY 2010–11"), where the CSV keeps "FY2010-11".
func TestBaseCells(t *testing.T) {
	q, u, err := indicators.ParseStated("2.5%")
	if err != nil {
		t.Fatal(err)
	}
	base, err := indicators.ParsePeriod("FY2010-11")
	if err != nil {
		t.Fatal(err)
	}
	c := &indicators.Catalog{Indicators: []indicators.Indicator{{ID: "growth", Title: "Growth", Measure: indicators.Change,
		Stated: "2.5%", Quantity: q, Unit: u, Period: indicators.YearPeriod(2012), Base: base}}}
	f := writtenBook(t, c)
	cell, _ := excelize.CoordinatesToCellName(ixBase+1, 2)
	if got, want := cellValue(t, f, cell), "FY 2010–11"; got != want {
		t.Errorf("base cell %s = %q, want %q", cell, got, want)
	}
}
