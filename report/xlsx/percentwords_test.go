package xlsx

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestNativePercentInWordsAsSlide: the native chart's value labels, its
// chart data cells' formats, write a proportion in words as the slide
// beside it does (wording.WordsKept): "a quarter" beside "72%"
// (s16g-lifeexp), "over a quarter" (s15-births), never digits more
// precise than the words (s26w-language).
func TestNativePercentInWordsAsSlide(t *testing.T) {
	tests := []struct {
		stated []string
		want   []string
	}{
		{[]string{"72%", "15%", "a quarter"}, []string{"72%", "15%", "a quarter"}},
		{[]string{"over a quarter", "30%"}, []string{"over a quarter", "30%"}},
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
