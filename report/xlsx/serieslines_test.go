package xlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestSeriesRowsHoldWords: each row of the Series sheet is as tall as the
// wrapped text of its Source and Quote cells needs, each line 15 points,
// by the layout's measure of words wrapped in the column's width, which
// the Indicators sheet's rows already follow (s22p-dental: a Source
// of three lines in a row of two overprinted the next row; s22p-air's
// Quote cells ran into the next row).
func TestSeriesRowsHoldWords(t *testing.T) {
	tests := []struct{ name, short string }{
		{"bracketed source", "Welsh Government (Statistics for Wales) 2014"},
		{"short source", "Office"},
	}
	for _, tt := range tests {
		c := conflictCatalog(t)
		for i := range c.Sources {
			c.Sources[i].Short = tt.short
		}
		var buf bytes.Buffer
		if err := Write(&buf, c, nil); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows(SheetSeries)
		if err != nil {
			t.Fatal(err)
		}
		hdr := rows[0]
		for r, row := range rows[1:] {
			if len(row) == 0 || row[0] == "" {
				break // the table ends where the charts start
			}
			h, _ := f.GetRowHeight(SheetSeries, r+2)
			for c, v := range row {
				if c >= len(hdr) || (hdr[c] != "Source" && hdr[c] != "Quote") || v == "" {
					continue
				}
				col, _ := excelize.ColumnNumberToName(c + 1)
				w, _ := f.GetColWidth(SheetSeries, col)
				n := lines(v, w, false) // the layout's measure of words wrapped (layout.go)
				if h < float64(n)*15 {
					t.Errorf("%s: Series row %d is %.0f points high; its %s %q wraps to %d lines in column %s (width %v)", tt.name, r+2, h, hdr[c], v, n, col, w)
				}
			}
		}
		f.Close()
	}
}
