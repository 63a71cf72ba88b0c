package xlsx

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestNativePercentInWordsAsSlide: the native chart's value labels, its
// chart data cells' formats, write a percentage stated in words in
// digits, as the slide beside it does (chart.percentsInDigits): "25%" for
// "a quarter" (s16g-lifeexp), "over 25%" for "over a quarter"
// (s15-births).
func TestNativePercentInWordsAsSlide(t *testing.T) {
	tests := []struct {
		stated []string
		want   []string
	}{
		{[]string{"72%", "15%", "a quarter"}, []string{"72%", "15%", "25%"}},
		{[]string{"over a quarter", "30%"}, []string{"over 25%", "30%"}},
	}
	for _, tc := range tests {
		c := &indicators.Catalog{}
		var ids []string
		for i, st := range tc.stated {
			q, u, err := indicators.ParseStatedAs(st, indicators.Share)
			if err != nil {
				t.Fatalf("ParseStatedAs(%q): %v", st, err)
			}
			id := string(rune('a' + i))
			c.Indicators = append(c.Indicators, indicators.Indicator{ID: id, Title: "Share " + id, Stated: st, Quantity: q, Unit: u,
				Measure: indicators.Share, Period: indicators.YearPeriod(2012)})
			ids = append(ids, id)
		}
		c.Views = []indicators.ChartView{{ID: "shares", Title: "Shares", Kind: indicators.Bars, Indicators: ids}}
		book, _ := writeParts(t, c)
		got := chartDataShown(t, book, false)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("chart data of %q shows %q, want %q among them", tc.stated, got, w)
			}
		}
	}
}
