package chart

import (
	"testing"

	"gonum.org/v1/plot/vg"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/axis"
)

// TestFallAxisKeptAndWhole: a long fall's label that goes inside its bar
// leaves the axis at the ends axis.Range gives it, however often the
// slide is drawn (a deck draws it to test for a split, then for its
// image), and the lowest tick's label is drawn whole within the image
// (s31b-parking: "500,000" for −500,000 at the deck image's edge, on an
// axis widened twice for a fall of 267,535 labelled inside its bar).
func TestFallAxisKeptAndWhole(t *testing.T) {
	c := figCatalog(t,
		fig{id: "pcn", title: "Fall in penalty charge notices issued by London boroughs and TfL", stated: "267,535 penalty charge notices", period: "2015/16", measure: indicators.Change},
		fig{id: "appeals", title: "Change in appeals lodged with London Tribunals", stated: "5,266 appeals", period: "2015/16", measure: indicators.Change},
	)
	for i := range c.Indicators {
		c.Indicators[i].Quantity.Direction = indicators.Down
	}
	c.Indicators[0].Unit = indicators.MustParseUnit("penalty charge notice")
	v, _ := c.View("all")
	min, max, _ := axis.Range(-267535, 0)
	for _, o := range []*Options{nil, {Embed: true, Width: 1920, Height: 856, DPI: 144}} {
		s, err := NewSlide(c, v, o)
		if err != nil {
			t.Fatal(err)
		}
		for draw := 1; draw <= 2; draw++ {
			if _, err := s.Image(); err != nil {
				t.Fatal(err)
			}
			if s.Plot.X.Min != min || s.Plot.X.Max != max {
				t.Errorf("options %+v, drawing %d: axis %v to %v, want %v to %v (axis.Range)", o, draw, s.Plot.X.Min, s.Plot.X.Max, min, max)
			}
			if b := s.body.(*Bars).Bars[0]; !b.Inside {
				t.Errorf("options %+v, drawing %d: %q not inside its bar", o, draw, b.Value)
			}
			dc := s.Plot.DataCanvas(s.drawn)
			ticks := s.Plot.X.Tick.Marker.Ticks(s.Plot.X.Min, s.Plot.X.Max)
			first := ticks[0]
			x := dc.Min.X + vg.Length(s.Plot.X.Norm(first.Value))*(dc.Max.X-dc.Min.X)
			if left := x - s.Plot.X.Tick.Label.Width(first.Label)/2; left < 0 {
				t.Errorf("options %+v, drawing %d: tick label %q starts at %v, left of the image", o, draw, first.Label, left)
			}
		}
	}
}
