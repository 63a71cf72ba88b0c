package xlsx

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
	"github.com/claimbook/claimbook/report/chart"
)

// TestSeriesAxisAsSlide: every native chart of a series (the Charts
// sheet's view and the Series sheet's chart) ends its value axis where
// the slide's image of the series ends its own, by one rule
// (axis.SeriesRange), in the same steps: s16g-fire's incidents read
// 700,000 at the book's top and 800,000 on the slide beside it.
func TestSeriesAxisAsSlide(t *testing.T) {
	tests := []struct {
		name           string
		c              *indicators.Catalog
		min, max, step float64
	}{
		{"s16g-fire incidents", indicatortest.FlowSeries(t, "s16g-fire", []string{"529,167 incidents@2013", "578,150 incidents@2018", "628,034 incidents@2022", "592,996 incidents@2023"}, ""), 0, 800000, 200000},
		// Another kind: testdata/kinds/births' total fertility rate.
		{"births kind fertility rate", indicatortest.FlowSeries(t, "births", []string{"1.94@2012", "1.49@2022", "1.44@2023"}, ""), 0, 3, 1},
	}
	num := func(ax, k string) float64 {
		m := regexp.MustCompile(`<` + k + ` val="([^"]*)"`).FindStringSubmatch(ax)
		if m == nil {
			t.Fatalf("value axis has no %s: %s", k, ax)
		}
		v, _ := strconv.ParseFloat(m[1], 64)
		return v
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, parts := writeParts(t, tt.c)
			n := 0
			for name, xml := range parts {
				if !strings.HasPrefix(name, "xl/charts/chart") {
					continue
				}
				axes := regexp.MustCompile(`(?s)<valAx>.*?</valAx>`).FindAllString(xml, -1)
				if len(axes) == 0 {
					continue
				}
				n++
				y := axes[len(axes)-1] // a scatter chart's second value axis is its Y
				if got := [3]float64{num(y, "min"), num(y, "max"), num(y, "majorUnit")}; got != [3]float64{tt.min, tt.max, tt.step} {
					t.Errorf("%s: native value axis = %v to %v by %v, want %v to %v by %v", name, got[0], got[1], got[2], tt.min, tt.max, tt.step)
				}
			}
			if n < 2 {
				t.Errorf("%d native series charts, want 2 (Charts and Series sheets)", n)
			}
			s, err := chart.NewSlide(tt.c, &tt.c.Views[0], nil)
			if err != nil {
				t.Fatalf("chart.NewSlide: %v", err)
			}
			if s.Plot.Y.Min != tt.min || s.Plot.Y.Max != tt.max {
				t.Errorf("slide axis = %v to %v, want %v to %v", s.Plot.Y.Min, s.Plot.Y.Max, tt.min, tt.max)
			}
		})
	}
}
