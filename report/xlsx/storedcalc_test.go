package xlsx

import (
	"bytes"
	"math"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestFormulasComputeCached: in the book of every tracked catalog, each
// formula of the Derived and Chart data sheets, computed over the defined
// names (which hold a percent as a fraction and a fall below zero), gives
// the value cached beside it, the figure the model computed.
func TestFormulasComputeCached(t *testing.T) {
	checked := 0
	for _, path := range trackedCatalogs(t) {
		buf, ok := bookOf(t, path)
		if !ok {
			continue
		}
		f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		for _, sheet := range []string{SheetDerived, SheetChartData} {
			if idx, _ := f.GetSheetIndex(sheet); idx < 0 {
				continue
			}
			rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			for r, row := range rows {
				for col := range row {
					cell, _ := excelize.CoordinatesToCellName(col+1, r+1)
					formula, _ := f.GetCellFormula(sheet, cell)
					if formula == "" {
						continue
					}
					cached, err1 := strconv.ParseFloat(row[col], 64)
					got, err := f.CalcCellValue(sheet, cell, excelize.Options{RawCellValue: true})
					if err1 != nil || err != nil {
						t.Errorf("%s %s!%s =%s: cached %q, computed %q (%v)", path, sheet, cell, formula, row[col], got, err)
						continue
					}
					v, err := strconv.ParseFloat(got, 64)
					if err != nil || math.Abs(v-cached) > 1e-6*math.Max(1, math.Abs(cached)) {
						t.Errorf("%s %s!%s =%s computes %q, cached %v", path, sheet, cell, formula, got, cached)
					}
					checked++
				}
			}
		}
		f.Close()
	}
	if checked == 0 {
		t.Error("no formula checked")
	}
	t.Logf("%d formulas checked", checked)
}
