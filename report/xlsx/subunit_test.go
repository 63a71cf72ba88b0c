package xlsx

import (
	"bytes"
	"html"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestNativeChartInSubunit: a native chart of prices stated in pence
// ("3.6 pence per litre") draws them in pence, as the slide beside it
// does: its data labels say "3.6 pence per litre", its axis "0 1 2 3 4"
// with no pound sign, never "£0.036 per litre" over ticks of £0.01.
func TestNativeChartInSubunit(t *testing.T) {
	c := &indicators.Catalog{}
	for _, st := range []string{"3.6 pence per litre", "2.2 pence per litre"} {
		ind := indicatortest.Change(t, "p"+st[:1], st, indicators.Up)
		c.Indicators = append(c.Indicators, ind)
	}
	c.Views = []indicators.ChartView{{ID: "fuel", Title: "Pump prices", Kind: indicators.Bars, Indicators: []string{"p3", "p2"}}}
	book, parts := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(SheetChartData)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for r := 2; r <= len(rows); r++ {
		last := len(rows[0])
		for last > 1 && textHeader(rows[0][last-1]) {
			last-- // the figures' column is before the Unit, Period and Base columns
		}
		cell, _ := excelize.CoordinatesToCellName(last, r)
		v, _ := f.GetCellValue(SheetChartData, cell, excelize.Options{RawCellValue: true})
		st, _ := f.GetCellStyle(SheetChartData, cell)
		style, _ := f.GetStyle(st)
		x, err := strconv.ParseFloat(v, 64)
		if err != nil || style.CustomNumFmt == nil {
			continue
		}
		got = append(got, displayText(x, *style.CustomNumFmt))
	}
	for _, want := range []string{"3.6 pence per litre", "2.2 pence per litre"} {
		if !slices.Contains(got, want) {
			t.Errorf("chart data shows %q, want %q among them", got, want)
		}
	}
	xml := parts["xl/charts/chart1.xml"]
	for _, m := range regexp.MustCompile(`<c:valAx>.*?<c:numFmt formatCode="([^"]*)"|<valAx>.*?<numFmt formatCode="([^"]*)"`).FindAllStringSubmatch(xml, -1) {
		if f := html.UnescapeString(m[1] + m[2]); regexp.MustCompile(`£`).MatchString(f) {
			t.Errorf("value axis format = %q, want ticks in pence, with no pound sign", f)
		}
	}
	if !regexp.MustCompile(`Pence per litre`).MatchString(xml) {
		t.Errorf("the chart does not say \"Pence per litre\":\n%s", xml)
	}
}
