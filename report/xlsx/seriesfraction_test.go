package xlsx

import (
	"fmt"
	"math"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestSeriesPercentFraction: the Series sheet holds a percent as the
// fraction it is, as the Indicators sheet does (storedPercent: one rule
// for both), and each Value cell holds the number its Indicators row
// holds, so that a formula reads either alike (the Series sheet held 14.7
// beside the Indicators sheet's 0.147); a count stays as stated.
func TestSeriesPercentFraction(t *testing.T) {
	tests := []struct {
		kind      string
		fractions int // the Value cells that hold a fraction, at least
	}{
		{"smoking", 2},
		{"houseprices", 1},
		{"births", 1},
	}
	for _, tt := range tests {
		c, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", tt.kind, "catalog.yaml"))
		if err != nil {
			t.Fatalf("%s: %v", tt.kind, err)
		}
		f := writtenBook(t, c)
		rowOf := map[string]int{}
		for r := 2; ; r++ {
			id, _ := f.GetCellValue(SheetIndicators, fmt.Sprintf("A%d", r))
			if id == "" {
				break
			}
			rowOf[id] = r
		}
		fractions := 0
		for r := 2; ; r++ {
			id, _ := f.GetCellValue(SheetSeries, fmt.Sprintf("B%d", r))
			if id == "" {
				break
			}
			ind, ok := c.Indicator(id)
			if !ok || ind.Quantity.IsRange() || rowOf[id] == 0 {
				continue
			}
			got, _ := f.GetCellValue(SheetSeries, fmt.Sprintf("H%d", r), excelize.Options{RawCellValue: true})
			want, _ := f.GetCellValue(SheetIndicators, fmt.Sprintf("%s%d", colLetter("Value"), rowOf[id]), excelize.Options{RawCellValue: true})
			gv, _ := strconv.ParseFloat(got, 64)
			wv, _ := strconv.ParseFloat(want, 64)
			if gv != wv {
				t.Errorf("%s: Series!H%d (%s) = %s, want %s as Indicators holds it", tt.kind, r, id, got, want)
			}
			if storedPercent(ind.Unit, ind.Quantity.Scale) {
				fractions++
				// A fall is held below zero: its magnitude is the fraction.
				if stated := ind.Quantity.Value.Float64(); math.Abs(math.Abs(gv*100)-stated) > 1e-9 {
					t.Errorf("%s: Series!H%d (%s) = %v, want the fraction of %v%%", tt.kind, r, id, gv, stated)
				}
			}
		}
		if fractions < tt.fractions {
			t.Errorf("%s: %d Series Value cells of percents, want at least %d", tt.kind, fractions, tt.fractions)
		}
	}
}
