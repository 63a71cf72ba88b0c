package xlsx

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestSignedChartData checks the chart data of a view of changes that go
// both ways: a decrease is the negated defined name, a decreasing range
// an invisible base to minus its low end and then minus its length, so
// that spreadsheets stack both below zero; a view of decreases alone
// draws them as stated.
func TestSignedChartData(t *testing.T) {
	mk := func(id, stated string, d indicators.Direction) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		q.Direction = d
		return indicators.Indicator{ID: id, Title: id, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Change, Period: indicators.YearPeriod(2013)}
	}
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{
			mk("exports", "1 percent", indicators.Up), mk("imports", "15 percent", indicators.Down),
			mk("target", "26 to 28 percent", indicators.Down),
		},
		Views: []indicators.ChartView{
			{ID: "both", Kind: indicators.Bars, Indicators: []string{"exports", "imports", "target"}},
			{ID: "down", Kind: indicators.Bars, Indicators: []string{"imports", "target"}},
		},
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
	rows, err := f.GetRows(SheetDerived, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	type cellWant struct{ base, stated string }
	want := map[string][]cellWant{
		"both": {{"", "=EXPORTS"}, {"", "=-IMPORTS"}, {"=-TARGET_LOW", "=TARGET_LOW-TARGET_HIGH"}},
		"down": {{"", "=IMPORTS"}, {"=TARGET_LOW", "=TARGET_HIGH-TARGET_LOW"}},
	}
	got := map[string][]cellWant{}
	for i, r := range rows {
		if len(r) < cdStated || (r[cdView-1] != "both" && r[cdView-1] != "down") {
			continue
		}
		formula := func(col int) string {
			cell, _ := excelize.CoordinatesToCellName(col, i+1)
			fm, _ := f.GetCellFormula(SheetDerived, cell)
			if fm == "" {
				return ""
			}
			return "=" + fm
		}
		got[r[cdView-1]] = append(got[r[cdView-1]], cellWant{formula(cdBase), formula(cdStated)})
	}
	for view, w := range want {
		if g := got[view]; len(g) != len(w) {
			t.Errorf("view %s: chart data %v, want %v", view, g, w)
			continue
		}
		for k := range w {
			if got[view][k] != w[k] {
				t.Errorf("view %s, row %s: base and stated %q, want %q", view, strconv.Itoa(k+1), got[view][k], w[k])
			}
		}
	}
}
