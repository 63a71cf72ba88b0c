package xlsx

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestSeriesChartSaysCut: a chart cut to maxChartSeries series says so in
// its title; one of no more draws them all under the plain title (review
// fix15b: the cut was silent, "Series over time" over 6 of 8 series).
func TestSeriesChartSaysCut(t *testing.T) {
	tests := []struct {
		series int
		title  string
		drawn  int
	}{
		{6, "Series over time, as each source states them", 6},
		{8, "The first 6 of 8 series over time, as each source states them", 6},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.series), func(t *testing.T) {
			text := "A\n"
			var b strings.Builder
			for i := range tt.series {
				for _, year := range []int{2015, 2016} {
					id := fmt.Sprintf("s%d-%d", i, year)
					text += fmt.Sprintf("Claim %s: it was %d%%.\n", id, 10+i)
					fmt.Fprintf(&b, "  - {id: %s, title: T, measure: level, status: fact, stated: \"%d%%\", period: %d, series: s%d, provenance: [{source: a, quote: \"Claim %s: it was %d%%\"}]}\n",
						id, 10+i, year, i, id, 10+i)
				}
			}
			h := sha256.Sum256([]byte(text))
			y := fmt.Sprintf("claimbook: 1\nsources:\n  - {id: a, title: Rates, short: ONS, publisher: Office for National Statistics, issued: 2016-10-26, text: a.txt, sha256: %s}\nindicators:\n", hex.EncodeToString(h[:]))
			y += b.String() + "series:\n"
			for i := range tt.series {
				y += fmt.Sprintf("  - {id: s%d, title: Rate %d}\n", i, i)
			}
			c := indicatortest.ParseWithText(t, "c.yaml", y, text)
			_, parts := writeParts(t, c)
			var found []string
			for name, x := range parts {
				if !strings.HasPrefix(name, "xl/charts/chart") {
					continue
				}
				var title string
				title += drawingText(x)
				found = append(found, title)
				if title != tt.title {
					continue
				}
				if n := strings.Count(x, "<c:ser>") + strings.Count(x, "<ser>"); n != tt.drawn {
					t.Errorf("chart %q draws %d series, want %d", title, n, tt.drawn)
				}
			}
			if !slices.Contains(found, tt.title) {
				t.Errorf("chart titles = %q, want one %q", found, tt.title)
			}
		})
	}
}
