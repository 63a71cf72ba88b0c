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
// long to start there ends there, never across zero: s25u-legalaid).
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
			case b.End > 0 && (name.Min.X < zero-slack || name.Min.X > zero+slack) && (name.Max.X < zero-slack || name.Max.X > zero+slack):
				// A rise's name too long to start at zero ends there.
				t.Errorf("%dx%d: rise %q named from x %.1f to %.1f, want its name to start or end at zero (%.1f)", o.Width, o.Height, b.Label, name.Min.X, name.Max.X, zero)
			}
		}
	}
}

// TestFallsLabelledAlike: on a chart of falls of 22% and 15% and rises of
// 1% (s25u-legalaid), no fall's value is written inside its bar while
// another's is outside, and no rise's long name runs across zero.
func TestFallsLabelledAlike(t *testing.T) {
	var inds []indicators.Indicator
	var ids []string
	for i, f := range []struct {
		stated string
		d      indicators.Direction
	}{{"22%", indicators.Down}, {"15%", indicators.Down}, {"1%", indicators.Up}, {"1%", indicators.Up}} {
		q, u, err := indicators.ParseStated(f.stated)
		if err != nil {
			t.Fatal(err)
		}
		q.Direction = f.d
		id := string(rune('a' + i))
		ids = append(ids, id)
		inds = append(inds, indicators.Indicator{ID: id, Title: "Representation orders granted, magistrates' court " + id, Stated: f.stated, Quantity: q, Unit: u,
			Measure: indicators.Change, Period: indicators.YearPeriod(2021), Base: indicators.YearPeriod(2019)})
	}
	c := &indicators.Catalog{Indicators: inds, Views: []indicators.ChartView{{ID: "v", Title: "Criminal legal aid, change on 2019", Kind: indicators.Bars, Indicators: ids}}}
	v, _ := c.View("v")
	for _, o := range fitSizes {
		s, err := NewSlide(c, v, &o)
		if err != nil {
			t.Fatal(err)
		}
		w, h := s.Options.size()
		s.Draw(draw.NewCanvas(new(recorder.Canvas), w, h))
		dc := s.Plot.DataCanvas(s.drawn)
		zero := dc.X(s.Plot.X.Norm(0))
		bars := s.body.(*Bars)
		if got := []bool{bars.Bars[0].Inside, bars.Bars[1].Inside}; got[0] != got[1] {
			t.Errorf("%dx%d: falls' labels inside = %v, want both alike", o.Width, o.Height, got)
		}
		for i, row := range bars.boxes(dc, s.Plot) {
			const slack = 3
			if name := row[0]; name.Min.X < zero-slack && name.Max.X > zero+slack {
				t.Errorf("%dx%d: %q named from x %.1f to %.1f, across zero (%.1f)", o.Width, o.Height, bars.Bars[i].Label, name.Min.X, name.Max.X, zero)
			}
		}
	}
}
