package xlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestIndexUnitBook: the book names an index level by the model's rule
// (indicators.IndexPhrase) in its Unit columns, "index (1994=100)", and
// its reference in Base, "1994=100", never a bare "1994" (out23; the
// Philippine PPI of report/testdata/index, unit: index, base: 1994).
func TestIndexUnitBook(t *testing.T) {
	c, err := indicators.Load("../testdata/index/catalog.yaml")
	if err != nil {
		t.Fatal(err)
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
	for _, tc := range []struct{ sheet, col, want string }{
		{SheetIndicators, "Unit", "index (1994=100)"},
		{SheetIndicators, "Base", "1994=100"},
		{SheetSeries, "Unit", "index (1994=100)"},
	} {
		rows, _ := f.GetRows(tc.sheet)
		at := -1
		for h, r := range rows {
			for i, v := range r {
				if v == tc.col && at < 0 {
					at = i
					rows = rows[h+1:]
				}
			}
			if at >= 0 {
				break
			}
		}
		if at < 0 || len(rows) == 0 || len(rows[0]) <= at {
			t.Fatalf("%s: no %s column", tc.sheet, tc.col)
		}
		if got := rows[0][at]; got != tc.want {
			t.Errorf("%s %s = %q, want %q", tc.sheet, tc.col, got, tc.want)
		}
	}
}
