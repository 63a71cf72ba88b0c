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
		{6, "Rates (percent)", 6}, // all of its view: titled as the view
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
			// One view draws them together (seriesTogether).
			y += "views:\n  - {id: rates, title: Rates, kind: series, series: ["
			for i := range tt.series {
				if i > 0 {
					y += ", "
				}
				y += fmt.Sprintf("s%d", i)
			}
			y += "]}\n"
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

// TestSeriesChartsAsViews: the Series sheet draws series together only
// where a view does; each other series has a chart of its own. Three
// two-point series of one unit were one chart titled by their three
// titles joined, two of their labels drawn over each other
// (s30a-missing), and two series of the same figures one line
// (s30a-ombudsman).
func TestSeriesChartsAsViews(t *testing.T) {
	for _, tt := range []struct {
		view  string // the series a view draws together, "" for none
		sizes []int  // the series each chart draws, sorted
	}{
		{"", []int{1, 1, 1}},
		{"s0, s1", []int{1, 2, 2}}, // and the view's own on the Charts sheet
	} {
		text := "A\n"
		var b strings.Builder
		for i := range 3 {
			for _, year := range []int{2015, 2016} {
				id := fmt.Sprintf("s%d-%d", i, year)
				text += fmt.Sprintf("Claim %s: it was 20 services.\n", id)
				fmt.Fprintf(&b, "  - {id: %s, title: T, measure: level, status: fact, stated: \"20 services\", period: %d, series: s%d, provenance: [{source: a, quote: \"Claim %s: it was 20 services\"}]}\n", id, year, i, id)
			}
		}
		h := sha256.Sum256([]byte(text))
		y := fmt.Sprintf("claimbook: 1\nsources:\n  - {id: a, title: Services, short: MPB, publisher: Bureau, issued: 2016-10-26, text: a.txt, sha256: %s}\nindicators:\n", hex.EncodeToString(h[:]))
		y += b.String() + "series:\n"
		for i := range 3 {
			y += fmt.Sprintf("  - {id: s%d, title: Services %d}\n", i, i)
		}
		if tt.view != "" {
			y += "views:\n  - {id: v, title: Services, kind: series, series: [" + tt.view + "]}\n"
		}
		c := indicatortest.ParseWithText(t, "c.yaml", y, text)
		_, parts := writeParts(t, c)
		var sizes []int
		for k := 1; ; k++ {
			x, ok := parts[fmt.Sprintf("xl/charts/chart%d.xml", k)]
			if !ok {
				break
			}
			if !strings.Contains(x, "scatterChart") && !strings.Contains(x, "lineChart") {
				continue
			}
			n := strings.Count(x, "<c:ser>") + strings.Count(x, "<ser>")
			if n == 1 && strings.Contains(x, "legendPos") {
				t.Errorf("view %q: a chart of one series has a legend, which its title says", tt.view)
			}
			sizes = append(sizes, n)
		}
		slices.Sort(sizes)
		if !slices.Equal(sizes, tt.sizes) {
			t.Errorf("view %q: the charts draw %v series, want %v", tt.view, sizes, tt.sizes)
		}
	}
}
