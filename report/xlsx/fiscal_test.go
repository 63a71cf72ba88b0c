package xlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestPeriodCells checks the Indicators sheet's period cells: a calendar
// year is a number, as spreadsheets sort and filter years; a fiscal year,
// a month or a span stays text, as the catalog writes it ("FY2020" is no
// 2020: the U.S. fiscal year began in October 2019).
func TestPeriodCells(t *testing.T) {
	periods := []string{"2014", "FY2020", "FY2024-25", "2024-Q3", "2010/2014"}
	c := &indicators.Catalog{}
	for i, s := range periods {
		p, err := indicators.ParsePeriod(s)
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
	var buf bytes.Buffer
	if err := Write(&buf, c, nil); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	col := ixPeriod + 1
	for i, want := range periods {
		cell, _ := excelize.CoordinatesToCellName(col, i+2)
		typ, err := f.GetCellType(SheetIndicators, cell)
		if err != nil {
			t.Fatal(err)
		}
		v, _ := f.GetCellValue(SheetIndicators, cell)
		number := typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset
		if v != want || number != (want == "2014") {
			t.Errorf("period cell %s = %q (number %v), want %q (number %v)", cell, v, number, want, want == "2014")
		}
	}
}
