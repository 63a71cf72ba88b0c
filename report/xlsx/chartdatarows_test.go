package xlsx

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestChartDataRowsHoldWrappedCells checks every kind's Chart data sheet:
// a row is as tall as its longest wrapped cell, the unit column too.
// LibreOffice draws a row with no height at one line, and a wrapped unit
// ("penalty charge notices", "unoccupied dwellings") printed over the
// row below in its PDF (s31b-parking D3:D4, s31b-emptyhomes D13:D14).
func TestChartDataRowsHoldWrappedCells(t *testing.T) {
	files, err := filepath.Glob("../../testdata/kinds/*/catalog.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no kinds: %v", err)
	}
	for _, file := range files {
		c, err := indicators.Load(file)
		if err != nil {
			t.Fatalf("Load(%q): %v", file, err)
		}
		var buf bytes.Buffer
		if err := Write(&buf, c, nil); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		f, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		kind := filepath.Base(filepath.Dir(file))
		rows, _ := f.GetRows(SheetChartData)
		for r := 2; r <= len(rows); r++ {
			h, _ := f.GetRowHeight(SheetChartData, r)
			for col, v := range rows[r-1] {
				cell, _ := excelize.CoordinatesToCellName(col+1, r)
				id, _ := f.GetCellStyle(SheetChartData, cell)
				st, _ := f.GetStyle(id)
				if v == "" || st == nil || st.Alignment == nil || !st.Alignment.WrapText {
					continue
				}
				name, _ := excelize.ColumnNumberToName(col + 1)
				w, _ := f.GetColWidth(SheetChartData, name)
				if n := lines(v, w, false); float64(n*lineHeight) > h+0.01 {
					t.Errorf("%s: %s!%s %q takes %d lines, its row is %v points tall", kind, SheetChartData, cell, v, n, h)
				}
			}
		}
		f.Close()
	}
}
