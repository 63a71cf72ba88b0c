package chart

import (
	"testing"

	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"

	"github.com/claimbook/claimbook/indicators"
)

// TestDivergingBars: changes of estimates both ways from zero (s20n-
// population: births −4.1%, deaths +3.6%, natural increase −15.4%) are
// drawn on an axis to the data's extent, −20, not −25 for a label the
// green bar cannot hold in white (it goes across zero), and each bar is
// named at zero, a fall's name ending there and a rise's starting there,
// never at the plot's left edge far from a short bar (a rise's name too
// long to start there ends at the plot's right edge).
func TestDivergingBars(t *testing.T) {
	mk := func(id, stated string, d indicators.Direction) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		q.Direction = d
		return indicators.Indicator{ID: id, Title: id + " in Australia", Stated: stated, Quantity: q, Unit: u, Measure: indicators.Change,
			Status: indicators.Estimate, Period: indicators.YearPeriod(2023)}
	}
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{mk("Births", "4.1 per cent", indicators.Down), mk("Deaths", "3.6 per cent", indicators.Up),
			mk("Natural increase", "15.4 per cent", indicators.Down)},
		Views: []indicators.ChartView{{ID: "v", Title: "Changes in births, deaths and natural increase", Kind: indicators.Bars,
			Indicators: []string{"Births", "Deaths", "Natural increase"}}},
	}
	v, _ := c.View("v")
	for _, o := range fitSizes {
		s, err := NewSlide(c, v, &o)
		if err != nil {
			t.Fatal(err)
		}
		if s.Plot.X.Min != -20 {
			t.Errorf("%dx%d: axis from %v, want -20", o.Width, o.Height, s.Plot.X.Min)
		}
		w, h := s.Options.size()
		s.Draw(draw.NewCanvas(new(recorder.Canvas), w, h))
		dc := s.Plot.DataCanvas(s.drawn)
		zero := dc.X(s.Plot.X.Norm(0))
		bars := s.body.(*Bars)
		for i, row := range bars.boxes(dc, s.Plot) {
			b, name := bars.Bars[i], row[0]
			const slack = 3 // a glyph's side bearing
			switch {
			case b.End <= 0 && (name.Max.X < zero-slack || name.Max.X > zero+slack):
				t.Errorf("%dx%d: fall %q named from x %.1f to %.1f, want its name to end at zero (%.1f)", o.Width, o.Height, b.Label, name.Min.X, name.Max.X, zero)
			case b.End > 0 && (name.Min.X < zero-slack || name.Min.X > zero+slack) && name.Max.X < dc.Max.X-slack:
				// A rise's name too long to start at zero ends at the
				// plot's right edge.
				t.Errorf("%dx%d: rise %q named from x %.1f to %.1f, want its name to start at zero (%.1f) or end at the plot's edge (%.1f)", o.Width, o.Height, b.Label, name.Min.X, name.Max.X, zero, dc.Max.X)
			}
		}
	}
}
