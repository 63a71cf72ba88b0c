package xlsx

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestChartDataUnit: each bar of the chart data says its unit once, so
// that a row pasted from it keeps what it counts (s21o-traffic: "7.1
// billion" with no "vehicle kms"): by its Value cell's format where that
// says it, else in a Unit cell beside it; a Unit column no row needs is
// left out ("33,000 fly-tipping incidents" beside "fly-tipping
// incidents", s24s-flytipping), nor a currency its sign says. Its
// header says so (unitHeader): a blank cell is no missing figure.
func TestChartDataUnit(t *testing.T) {
	tests := []struct {
		name   string
		stated []string
		unit   string
		want   []string
	}{
		{"counts of a noun", []string{"7.1 billion", "9.7 billion"}, "vehicle km", []string{"vehicle kms", "vehicle kms"}},
		{"percentages", []string{"16%", "22%"}, "", nil}, // "16%" says it
		// "€25.06" says the euro: never "€25.06 EUR" (s25u-paygap), nor
		// "GBP" beside "£1,200" where "16%" has no Unit cell (s25u-cyber).
		{"euros", []string{"€25.06", "€27.73"}, "", nil},
		{"pounds", []string{"£1,200", "£10,830"}, "", nil},
		// The document's words say a proportion, no unit: never "about
		// one-seventh percent" (s30a-roads).
		{"a proportion in words", []string{"about one-seventh", "15%"}, "", nil},
		{"rates", []string{"10.3", "9.2"}, "death per 100,000 population", []string{"deaths per 100,000 population", "deaths per 100,000 population"}},
	}
	for _, tt := range tests {
		c := &indicators.Catalog{}
		var ids []string
		for i, st := range tt.stated {
			q, u, err := indicators.ParseStatedAs(st, indicators.Share)
			if err != nil {
				t.Fatal(err)
			}
			if tt.unit != "" {
				if u, err = indicators.ParseUnit(tt.unit); err != nil {
					t.Fatal(err)
				}
			}
			id := string(rune('a' + i))
			c.Indicators = append(c.Indicators, indicators.Indicator{ID: id, Title: "Figure " + id, Stated: st, Quantity: q, Unit: u,
				Measure: indicators.Level, Period: indicators.YearPeriod(2012)})
			ids = append(ids, id)
		}
		c.Views = []indicators.ChartView{{ID: "v", Title: "Figures", Kind: indicators.Bars, Indicators: ids}}
		f := writtenBook(t, c)
		rows, err := f.GetRows(SheetChartData)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		col := slices.Index(rows[0], unitHeader)
		if col < 0 && tt.want != nil {
			t.Fatalf("%s: chart data header %q has no Unit column", tt.name, rows[0])
		}
		if col >= 0 && tt.want == nil {
			t.Errorf("%s: chart data header %q has a Unit column its Value cells say", tt.name, rows[0])
		}
		var got []string
		for _, r := range rows[1:] {
			if col >= 0 && col < len(r) {
				got = append(got, r[col])
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: chart data units %q, want %q", tt.name, got, tt.want)
		}
	}
}
