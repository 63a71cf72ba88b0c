package xlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestChartDataUnitOfOne: a Chart data row whose Value cell says its unit
// in the singular ("down 1 incident") leaves the Unit cell empty, as the
// rows of other figures do; it printed "down 1 incident incidents"
// (s27x-hatecrime).
func TestChartDataUnitOfOne(t *testing.T) {
	mk := func(id, title, stated string) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		q.Direction = indicators.Down
		return indicators.Indicator{ID: id, Title: title, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Change,
			Period: indicators.YearPeriod(2020), Base: indicators.YearPeriod(2019), Status: indicators.Fact}
	}
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{mk("racist", "Racist incidents", "188 incidents"), mk("faith", "Faith incidents", "1 incident")},
		Views:      []indicators.ChartView{{ID: "changes", Title: "Hate incidents", Kind: indicators.Bars, Indicators: []string{"racist", "faith"}}},
	}
	book, _ := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(SheetChartData)
	unit := -1
	for k, h := range rows[0] {
		if h == unitHeader {
			unit = k
		}
	}
	for _, r := range rows[1:] {
		if unit >= 0 && unit < len(r) && r[unit] != "" {
			t.Errorf("Chart data row %q has Unit %q beside a Value that says it", r[:unit], r[unit])
		}
	}
}
