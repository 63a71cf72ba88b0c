package xlsx

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/chart"
)

// TestNativeAxisAsSlide: the book's native chart of a view and the slide
// image of it end their value axes alike, by one rule (axis.Range), not
// a step or two further to fit the data labels (s11b-transport: 200
// against 150 for 119.3 million tonnes, −5% against −2% for a lowest
// −1%).
func TestNativeAxisAsSlide(t *testing.T) {
	mk := func(id, stated string, m indicators.MeasureKind, d indicators.Direction) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		q.Direction = d
		return indicators.Indicator{ID: id, Title: "Freight through ports, " + id, Stated: stated, Quantity: q, Unit: u, Measure: m, Period: indicators.YearPeriod(2019)}
	}
	tests := []struct {
		name     string
		inds     []indicators.Indicator
		min, max float64 // of the native axis, full magnitude
	}{
		{"tonnes", []indicators.Indicator{
			mk("total", "119.3 million tonnes", indicators.Flow, indicators.NoDirection),
			mk("inward", "77.7 million tonnes", indicators.Flow, indicators.NoDirection),
			mk("outward", "41.6 million tonnes", indicators.Flow, indicators.NoDirection),
		}, 0, 150e6},
		{"changes", []indicators.Indicator{
			mk("total", "6%", indicators.Change, indicators.Up),
			mk("inward", "10%", indicators.Change, indicators.Up),
			mk("outward", "1%", indicators.Change, indicators.Down),
		}, -0.02, 0.1}, // the fractions the cells hold (fractionView)
	}
	for _, tt := range tests {
		var ids []string
		for _, ind := range tt.inds {
			ids = append(ids, ind.ID)
		}
		c := &indicators.Catalog{Indicators: tt.inds, Views: []indicators.ChartView{{ID: "v", Title: "Freight", Kind: indicators.Bars, Indicators: ids}}}
		_, parts := writeParts(t, c)
		ax := regexp.MustCompile(`(?s)<valAx>.*?</valAx>`).FindString(parts["xl/charts/chart1.xml"])
		var got [2]float64
		for i, k := range []string{"min", "max"} {
			m := regexp.MustCompile(`<` + k + ` val="([^"]*)"`).FindStringSubmatch(ax)
			if m == nil {
				t.Fatalf("%s: native value axis has no %s: %s", tt.name, k, ax)
			}
			got[i], _ = strconv.ParseFloat(m[1], 64)
		}
		if got != [2]float64{tt.min, tt.max} {
			t.Errorf("native axis of %s = %v to %v, want %v to %v", tt.name, got[0], got[1], tt.min, tt.max)
		}
		s, err := chart.NewSlide(c, &c.Views[0], nil)
		if err != nil {
			t.Fatalf("chart.NewSlide(%s): %v", tt.name, err)
		}
		div := tt.max / s.Plot.X.Max
		if lo, hi := s.Plot.X.Min*div, s.Plot.X.Max*div; lo != got[0] || hi != got[1] {
			t.Errorf("slide axis of %s = %v to %v (full magnitude), native %v to %v", tt.name, lo, hi, got[0], got[1])
		}
	}
}
