package xlsx

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// TestGapRunsOfSeveral: on a native chart of several series, each series
// with a gap joins its consecutive points in its own colour, unnamed in
// the legend, as the slide's image does (s22p-air: urban and rural ozone
// of 1992 (1987), 2007 and 2008 were unjoined dots beside the two-point
// series' lines).
func TestGapRunsOfSeveral(t *testing.T) {
	tests := []struct {
		name   string
		series map[string][]string // series ID: its years, in order
		runs   int
	}{
		{"two with gaps, one joined", map[string][]string{"a": {"1992", "2007", "2008"}, "b": {"1987", "2007", "2008"}, "c": {"2007", "2008"}}, 2},
		{"all joined", map[string][]string{"a": {"2006", "2007", "2008"}, "b": {"2007", "2008"}}, 0},
	}
	for _, tt := range tests {
		c := &indicators.Catalog{Sources: []indicators.Source{{ID: "src", Title: "Air quality"}}}
		for _, id := range []string{"a", "b", "c"} {
			years, ok := tt.series[id]
			if !ok {
				continue
			}
			c.Series = append(c.Series, indicators.Series{ID: id, Title: "Concentration " + id})
			for _, y := range years {
				q, u, err := indicators.ParseStated("20 µg per cubic metre")
				if err != nil {
					t.Fatal(err)
				}
				per, err := indicators.ParsePeriod(y)
				if err != nil {
					t.Fatal(err)
				}
				c.Indicators = append(c.Indicators, indicators.Indicator{ID: id + y, Title: "Concentration " + id, Stated: "20 µg per cubic metre", Quantity: q, Unit: u,
					Measure: indicators.Level, Period: per, Series: id, Status: indicators.Fact,
					Provenance: []indicators.Provenance{{Source: "src", Quote: "20 µg per cubic metre", Span: indicators.Span{Start: -1, End: -1}}}})
			}
		}
		// One view draws them together (seriesTogether), so one chart does.
		v := indicators.ChartView{ID: "ozone", Title: "Ozone", Kind: indicators.SeriesKind}
		for _, sr := range c.Series {
			v.Series = append(v.Series, sr.ID)
		}
		c.Views = append(c.Views, v)
		_, parts := writeParts(t, c)
		xml := parts["xl/charts/chart1.xml"] // the Series sheet's chart of them all
		if !strings.Contains(xml, "<scatterChart>") {
			t.Fatalf("%s: chart1 is no scatter chart", tt.name)
		}
		if got := strings.Count(xml, "<legendEntry>"); got != tt.runs {
			t.Errorf("%s: %d legend entries deleted, want %d, one a run's line", tt.name, got, tt.runs)
		}
		for k := range tt.runs {
			line := `<a:solidFill><a:srgbClr val="` + wording.PaletteColor(k) + `"></a:srgbClr></a:solidFill></a:ln>`
			if !strings.Contains(xml, line) {
				t.Errorf("%s: no run's line in colour %s", tt.name, wording.PaletteColor(k))
			}
		}
	}
}
