package xlsx

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestAroundKeptInChartData: the Chart data cell a native bar's label
// shows keeps "around" of "Around 340,000 households" beside bars of
// exact counts, as the slide and the Indicators sheet say it; it showed
// "340,000" (s27x-fuelpov).
func TestAroundKeptInChartData(t *testing.T) {
	mk := func(id, title, stated string) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		return indicators.Indicator{ID: id, Title: title, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Stock, Period: indicators.YearPeriod(2024), Status: indicators.Estimate}
	}
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{mk("all", "Households in fuel poverty", "Around 340,000 households"),
			mk("severe", "Households in severe fuel poverty", "63,000 households"), mk("risk", "Households at risk of fuel poverty", "215,000 households")},
		Views: []indicators.ChartView{{ID: "counts", Title: "Fuel poverty, Wales, 2024", Kind: indicators.Bars, Indicators: []string{"all", "severe", "risk"}}},
	}
	book, _ := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(SheetChartData, excelize.Options{RawCellValue: true})
	col := -1
	for k, h := range rows[0] {
		if h == "Value" {
			col = k
		}
	}
	if col < 0 {
		t.Fatalf("Chart data has no Value column: %q", rows[0])
	}
	cell, _ := excelize.CoordinatesToCellName(col+1, 2)
	v, _ := f.GetCellValue(SheetChartData, cell, excelize.Options{RawCellValue: true})
	id, _ := f.GetCellStyle(SheetChartData, cell)
	st, _ := f.GetStyle(id)
	if st.CustomNumFmt == nil {
		t.Fatalf("Chart data %s (%q) has no number format", cell, v)
	}
	x, _ := strconv.ParseFloat(v, 64)
	if x == 0 {
		x = 340000 // a formula's cell holds no value until a client computes it
	}
	if got := render(*st.CustomNumFmt, x); got != "around 340,000" && got != "Around 340,000" {
		t.Errorf("Chart data %s = %q (format %q), want %q", cell, got, *st.CustomNumFmt, "around 340,000")
	}
}
