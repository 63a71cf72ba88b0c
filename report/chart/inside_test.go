package chart

import (
	"testing"

	"gonum.org/v1/plot/vg"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/axis"
)

// TestFallLabelInsideAxis: a fall's value label ("down 0.4 percent") is
// drawn right of the axis's low end, inside the plot, in the PNG and in
// the slide's image (Embed), never out in the margin against the frame;
// a rise's label ends short of the image's edge.
func TestFallLabelInsideAxis(t *testing.T) {
	c := figCatalog(t,
		fig{id: "mfg", title: "Manufacturing output change on the previous month", stated: "0.4 percent", period: "2011-04", measure: indicators.Change},
		fig{id: "ex", title: "Manufacturing output excluding motor vehicles", stated: "0.2 percent", period: "2011-04", measure: indicators.Change},
		fig{id: "mining", title: "Mining output change on the previous month", stated: "0.8 percent", period: "2011-04", measure: indicators.Change},
		fig{id: "util", title: "Utilities output change on the previous month", stated: "1.7 percent", period: "2011-04", measure: indicators.Change},
	)
	for i := range c.Indicators {
		c.Indicators[i].Quantity.Direction = indicators.Up
	}
	c.Indicators[0].Quantity.Direction = indicators.Down
	v, _ := c.View("all")
	for _, embed := range []bool{false, true} {
		o := &Options{}
		if embed {
			// As the deck draws it: report/pptx's ChartWidth, ChartHeight
			// and ChartDPI.
			o = &Options{Embed: true, Width: 1920, Height: 856, DPI: 144}
		}
		s, err := NewSlide(c, v, o)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Image(); err != nil {
			t.Fatal(err)
		}
		bs := s.body.(*Bars)
		dc := s.Plot.DataCanvas(s.drawn)
		x := func(v float64) vg.Length { return dc.Min.X + vg.Length(s.Plot.X.Norm(v))*(dc.Max.X-dc.Min.X) }
		n := 0
		for _, b := range bs.Bars {
			if !falls(b) {
				// A rise's label ends a margin short of the image's
				// edge, which a slide frames.
				if right := x(b.End) + bs.valueOffset(b, bs.Thickness) + bs.valueWidth(b); right > s.drawn.Max.X-bs.Gap/2 {
					t.Errorf("Embed %v: label %q ends at %v, against the edge %v", embed, b.Value, right, s.drawn.Max.X)
				}
				continue
			}
			n++
			if b.Across {
				// Right of zero (widen): inside the plot too.
				if x(b.End)+bs.Gap < dc.Min.X {
					t.Errorf("Embed %v: label %q across zero starts left of the plot", embed, b.Value)
				}
				continue
			}
			if left := x(b.Start) - bs.Gap - bs.valueWidth(b); left < dc.Min.X {
				t.Errorf("Embed %v: label %q starts at %v, left of the axis's low end %v (at %v)", embed, b.Value, left, dc.Min.X, s.Plot.X.Min)
			}
		}
		if n != 1 {
			t.Errorf("Embed %v: %d falls drawn, want 1", embed, n)
		}
	}
}

// TestFallLabelInsideBar: a fall whose label has no room left of it
// within the axis's ends (axis.Range) but fits inside its bar is labelled
// inside it, and the axis keeps those ends, −10% to 20% as the book's
// native chart of the view draws it, not widened to −15%.
func TestFallLabelInsideBar(t *testing.T) {
	c := figCatalog(t,
		fig{id: "y1", title: "Change in incidents on the previous year", stated: "1.0%", period: "2024", measure: indicators.Change},
		fig{id: "y5", title: "Change in incidents since 5 years ago", stated: "7.6%", period: "2024", measure: indicators.Change},
		fig{id: "y10", title: "Change in incidents since 10 years ago", stated: "18%", period: "2024", measure: indicators.Change},
		fig{id: "fires", title: "Change in fires on the previous year", stated: "7.4%", period: "2024", measure: indicators.Change},
	)
	for i := range c.Indicators {
		c.Indicators[i].Quantity.Direction = indicators.Up
	}
	c.Indicators[3].Quantity.Direction = indicators.Down
	v, _ := c.View("all")
	for _, o := range []*Options{nil, {Embed: true, Width: 1920, Height: 856, DPI: 144}} {
		s, err := NewSlide(c, v, o)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Image(); err != nil {
			t.Fatal(err)
		}
		min, max, _ := axis.Range(-7.4, 18)
		if s.Plot.X.Min != min || s.Plot.X.Max != max {
			t.Errorf("options %+v: axis %v to %v, want %v to %v (axis.Range)", o, s.Plot.X.Min, s.Plot.X.Max, min, max)
		}
		for _, b := range s.body.(*Bars).Bars {
			if got, want := b.Inside, falls(b); got != want {
				t.Errorf("options %+v: bar %q Inside = %v, want %v", o, b.Value, got, want)
			}
		}
	}
}
