package xlsx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestChartDataAxisLabels: every row of the chart data holds a figure or
// says it holds none: the rows of grouped bars' axis labels say "axis
// label, no figure" where a figure would stand (s16g-fire: "Fire-related
// fatalities" and "Fatal fires" with an empty Value read as missing
// figures); ungrouped bars (the smoking kind's shares) have no such row.
// Those rows, and the bars in the order grouped bars' chart reads them,
// are on the hidden Chart layout sheet: the Chart data sheet holds one
// row a bar, to be summed (s25v-animals: 18 rows, 12 hidden, for 6 bars).
func TestChartDataAxisLabels(t *testing.T) {
	mk := func(id, title, stated string, year int) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		return indicators.Indicator{ID: id, Title: title, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Flow, Period: indicators.YearPeriod(year)}
	}
	tests := []struct {
		name  string
		inds  []indicators.Indicator
		notes int // rows that say they hold an axis label
	}{
		{"s16g-fire, fatalities and fatal fires by year", []indicators.Indicator{
			mk("f22", "Fire-related fatalities", "257 fatalities", 2022), mk("ff22", "Fatal fires", "238 fires", 2022),
			mk("f23", "Fire-related fatalities", "269 fatalities", 2023), mk("ff23", "Fatal fires", "250 fires", 2023),
		}, 2},
		{"smoking kind, one bar each", []indicators.Indicator{
			mk("m", "Men who smoke", "13%", 2023), mk("w", "Women who smoke", "10%", 2023),
		}, 0},
	}
	for _, tt := range tests {
		var ids []string
		for _, ind := range tt.inds {
			ids = append(ids, ind.ID)
		}
		c := &indicators.Catalog{Indicators: tt.inds, Views: []indicators.ChartView{{ID: "v", Title: "Fatalities", Kind: indicators.Bars, Indicators: ids}}}
		f := writtenBook(t, c)
		rows, err := f.GetRows(SheetChartData)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := len(rows)-1, len(tt.inds); got != want {
			t.Errorf("%s: Chart data has %d rows under its header, want %d, one a bar", tt.name, got, want)
		}
		if tt.notes > 0 {
			layout, err := f.GetRows(SheetChartLayout)
			if err != nil {
				t.Fatal(err)
			}
			rows = append(rows, layout[1:]...)
			if v, err := f.GetSheetVisible(SheetChartLayout); err != nil || v {
				t.Errorf("%s: sheet %q visible %v (%v), want hidden", tt.name, SheetChartLayout, v, err)
			}
		}
		notes := 0
		for r, row := range rows[1:] {
			figures := 0
			for _, v := range row[min(len(row), 2):] {
				if v != "" {
					figures++
				}
			}
			if figures == 0 {
				t.Errorf("%s: Chart data row %d %q holds no figure and does not say why", tt.name, r+2, row)
			}
			if len(row) > 2 && row[2] == axisLabelNote {
				notes++
			}
		}
		if notes != tt.notes {
			t.Errorf("%s: %d rows say %q, want %d", tt.name, notes, axisLabelNote, tt.notes)
		}
	}
}
