package xlsx

import (
	"bytes"
	"testing"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/xuri/excelize/v2"
)

// TestChartDataBlock: the chart data has its own header in row 1 — the
// row every printed page repeats — right of the derived table, or from
// column A with no table when there are no derived figures; no chart data
// row sits under the table's header.
func TestChartDataBlock(t *testing.T) {
	noDerived := usjapan2015.Catalog()
	noDerived.Derived = nil
	tests := []struct {
		name      string
		derived   bool
		viewCell  string // where "Chart view" heads the chart data
		wantTable int
	}{
		{"with derived figures", true, "O1", 1},
		{"without derived figures", false, "A1", 0},
	}
	for _, tt := range tests {
		c := usjapan2015.Catalog()
		if !tt.derived {
			c = noDerived
		}
		book, _ := writeParts(t, c)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := f.GetCellValue(SheetDerived, tt.viewCell); got != "Chart view" {
			t.Errorf("%s: Derived!%s = %q, want %q", tt.name, tt.viewCell, got, "Chart view")
		}
		tables, err := f.GetTables(SheetDerived)
		if err != nil {
			t.Fatal(err)
		}
		if len(tables) != tt.wantTable {
			t.Errorf("%s: %d tables on Derived, want %d", tt.name, len(tables), tt.wantTable)
		}
		if tt.derived {
			// Below the table, column A holds nothing: no chart data
			// under the header "ID".
			last := len(c.Derived) + 1
			rows, _ := f.GetRows(SheetDerived)
			for r := last; r < len(rows); r++ {
				if len(rows[r]) > 0 && rows[r][0] != "" {
					t.Errorf("%s: Derived!A%d = %q under the table, want empty", tt.name, r+1, rows[r][0])
				}
			}
		}
	}
}
