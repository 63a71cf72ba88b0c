package xlsx

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestHedgeOnceInCategory: a bar drawn as stated whose data label says its
// hedge and figure ("approximately 91%") leaves them out of its category
// (s16g-lifeexp: "… East Dorset (approximately 91%)" beside "approximately
// 91%"); a bar whose end fades ("nearly", the finances kind's "nearly
// US$2.7 billion") keeps its figure in its category beside the mark.
func TestHedgeOnceInCategory(t *testing.T) {
	mk := func(id, title, stated string) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		return indicators.Indicator{ID: id, Title: title, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Share, Period: indicators.YearPeriod(2012)}
	}
	tests := []struct {
		name, stated, label string
		inCategory          bool // the figure in the bar's category
	}{
		{"s16g-lifeexp, approximately", "approximately 91%", "approximately 91%", false},
		{"finances kind, nearly", "nearly 30%", "nearly 30%", true},
	}
	for _, tt := range tests {
		c := &indicators.Catalog{
			Indicators: []indicators.Indicator{mk("a", "Baby boys expected to reach 65, East Dorset", tt.stated), mk("b", "Baby girls expected to reach 65, Purbeck", "94%")},
			Views:      []indicators.ChartView{{ID: "survive", Title: "Expected to reach 65", Kind: indicators.Bars, Indicators: []string{"a", "b"}}},
		}
		f := writtenBook(t, c)
		rows, err := f.GetRows(SheetChartData)
		if err != nil {
			t.Fatal(err)
		}
		cat := strings.ReplaceAll(rows[1][1], "\n", " ")
		if got := strings.Contains(cat, tt.label); got != tt.inCategory {
			t.Errorf("%s: category %q says %q: %v, want %v", tt.name, cat, tt.label, got, tt.inCategory)
		}
		// The data label says it either way.
		shown := ""
		for i, v := range rows[1][2:] {
			if v != "" && !textHeader(rows[0][i+2]) {
				shown = v
			}
		}
		if !strings.HasPrefix(shown, strings.Fields(tt.label)[0]) {
			t.Errorf("%s: the value cell shows %q, want it to say %q", tt.name, shown, tt.label)
		}
	}
}
