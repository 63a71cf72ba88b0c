package chart

import (
	"fmt"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"
)

// fitSizes are the sizes bars are drawn at: the PNG's, the deck's
// (report/pptx.ChartWidth × ChartHeight at ChartDPI, embedded) and
// smaller and squarer slides.
var fitSizes = []Options{
	{},
	{Embed: true, Width: 1920, Height: 856, DPI: 144},
	{Width: 1280, Height: 720},
	{Width: 1440, Height: 1080},
	{Width: 1080, Height: 1080},
}

// fitFigs are bars of every shape, with short, long and wrapping labels.
var fitFigs = []fig{
	{title: "Brent crude oil price", stated: "45%", status: indicators.Fact},
	{title: "Indian tariff on UK whisky and gin by year ten of the deal, once every schedule of the agreement has been phased in", stated: "more than 90%", status: indicators.Pledge},
	{title: "Reduction", stated: "26-28%", status: indicators.Target},
	{title: "Share of Indian tariff lines with reduced tariffs on UK goods", stated: "nearly 12%", status: indicators.Fact},
	{title: "Automotive tariffs under the quota", stated: "10%", status: indicators.Pledge},
	{title: "Forecast West Texas Intermediate crude oil prices lower than the Brent price in 2015 and 2016", stated: "5%", status: indicators.Projection},
}

// TestBarsFit lays out views of 1 to 12 bars at every size the PNG and
// the deck draw, and checks every bar, value, note and label line is
// inside the plot, above its axis, and clear of every other.
func TestBarsFit(t *testing.T) {
	for n := 1; n <= 12; n++ {
		var figs []fig
		for i := range n {
			f := fitFigs[i%len(fitFigs)]
			f.id = fmt.Sprintf("bar-%d", i)
			f.title = fmt.Sprintf("%s %d", f.title, i)
			f.period = "2016"
			f.measure = indicators.Share
			figs = append(figs, f)
		}
		c := figCatalog(t, figs...)
		v, _ := c.View("all")
		for _, o := range fitSizes {
			t.Run(fmt.Sprintf("%d bars at %dx%d", n, o.Width, o.Height), func(t *testing.T) {
				s, err := NewSlide(c, v, &o)
				if err != nil {
					t.Fatalf("NewSlide: %v", err)
				}
				w, h := s.Options.size()
				s.Draw(draw.NewCanvas(new(recorder.Canvas), w, h))
				body := s.drawn
				dc := s.Plot.DataCanvas(body)
				rows := s.body.(*Bars).boxes(dc, s.Plot)
				const eps = 0.01
				type placed struct {
					name string
					r    vg.Rectangle
				}
				var all []placed
				for i, bx := range rows {
					for k, r := range bx {
						name := fmt.Sprintf("row %d box %d", i, k)
						if r.Min.X < body.Min.X-eps || r.Max.X > body.Max.X+eps {
							t.Errorf("%s spans x %.1f..%.1f, want inside the plot's %.1f..%.1f", name, r.Min.X, r.Max.X, body.Min.X, body.Max.X)
						}
						if r.Min.Y < dc.Min.Y-eps || r.Max.Y > dc.Max.Y+eps {
							t.Errorf("%s spans y %.1f..%.1f, want above the axis and inside %.1f..%.1f", name, r.Min.Y, r.Max.Y, dc.Min.Y, dc.Max.Y)
						}
						all = append(all, placed{name, r})
					}
				}
				for i := range all {
					for j := i + 1; j < len(all); j++ {
						a, b := all[i].r, all[j].r
						if a.Min.X < b.Max.X-eps && b.Min.X < a.Max.X-eps && a.Min.Y < b.Max.Y-eps && b.Min.Y < a.Max.Y-eps {
							t.Errorf("%s %v overlaps %s %v", all[i].name, a, all[j].name, b)
						}
					}
				}
			})
		}
	}
}

// TestFewBarsFillHeight: a chart of two or three bars takes the height
// of the slide, as one of six does, rather than leaving a quarter of it
// empty below its axis: the axis stands where the six bars' stands.
func TestFewBarsFillHeight(t *testing.T) {
	axisAt := func(n int, o Options) vg.Length {
		var figs []fig
		for i := range n {
			figs = append(figs, fig{id: fmt.Sprintf("bar-%d", i), title: fmt.Sprintf("Brent crude oil price %d", i), stated: fmt.Sprintf("%d%%", 40+i), period: "2016", measure: indicators.Share})
		}
		c := figCatalog(t, figs...)
		v, _ := c.View("all")
		s, err := NewSlide(c, v, &o)
		if err != nil {
			t.Fatalf("NewSlide: %v", err)
		}
		w, h := s.Options.size()
		s.Draw(draw.NewCanvas(new(recorder.Canvas), w, h))
		return s.drawn.Min.Y
	}
	for _, o := range fitSizes {
		full := axisAt(6, o)
		for _, n := range []int{2, 3} {
			if got := axisAt(n, o); got > full+1 {
				t.Errorf("%d bars at %dx%d: axis at y %.1f, want at most %.1f (where 6 bars put it)", n, o.Width, o.Height, got, full+1)
			}
		}
	}
}
