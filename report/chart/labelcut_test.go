package chart

import (
	"fmt"
	"image/color"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"
)

// inkCanvas records, as a slide is drawn, every string with the box its
// glyphs take and its colour, and every filled area with its colour: what
// a reader sees, measured on the canvas, not as the layout meant it.
type inkCanvas struct {
	recorder.Canvas
	clr   color.Color
	texts []inked
	fills []inked
}

type inked struct {
	s   string
	box vg.Rectangle
	clr color.Color
}

func (c *inkCanvas) SetColor(clr color.Color) { c.clr = clr; c.Canvas.SetColor(clr) }

func (c *inkCanvas) FillString(f font.Face, pt vg.Point, s string) {
	e := f.Extents()
	c.texts = append(c.texts, inked{s: s, clr: c.clr, box: vg.Rectangle{
		Min: vg.Point{X: pt.X, Y: pt.Y - e.Descent},
		Max: vg.Point{X: pt.X + f.Width(s), Y: pt.Y + e.Ascent},
	}})
}

func (c *inkCanvas) Fill(p vg.Path) {
	var r vg.Rectangle
	for i, pc := range p {
		if pc.Type != vg.MoveComp && pc.Type != vg.LineComp {
			continue
		}
		if i == 0 {
			r = vg.Rectangle{Min: pc.Pos, Max: pc.Pos}
		}
		r.Min.X, r.Min.Y = min(r.Min.X, pc.Pos.X), min(r.Min.Y, pc.Pos.Y)
		r.Max.X, r.Max.Y = max(r.Max.X, pc.Pos.X), max(r.Max.Y, pc.Pos.Y)
	}
	c.fills = append(c.fills, inked{box: r, clr: c.clr})
}

func within(in, out vg.Rectangle) bool {
	const eps = 0.01
	return in.Min.X >= out.Min.X-eps && in.Max.X <= out.Max.X+eps && in.Min.Y >= out.Min.Y-eps && in.Max.Y <= out.Max.Y+eps
}

func isWhite(clr color.Color) bool {
	r, g, b, _ := clr.RGBA()
	return r > 0xf000 && g > 0xf000 && b > 0xf000
}

// checkBarLabels draws s at its size and reports every bar whose value
// label is not drawn once, whole, on the canvas, in ink that shows
// (white text only on a bar's colour), and every fall's label off the
// falling side of zero (unless widen set it across zero).
func checkBarLabels(t *testing.T, name string, s *Slide) {
	t.Helper()
	w, h := s.Options.size()
	ic := &inkCanvas{}
	s.Draw(draw.NewCanvas(ic, w, h))
	bs, ok := s.body.(*Bars)
	if !ok {
		return
	}
	canvas := vg.Rectangle{Max: vg.Point{X: w, Y: h}}
	dc := s.Plot.DataCanvas(s.drawn)
	zero := dc.X(s.Plot.X.Norm(0))
	for _, b := range bs.Bars {
		var got []inked
		for _, tx := range ic.texts {
			if tx.s == b.Value {
				got = append(got, tx)
			}
		}
		if len(got) == 0 {
			t.Errorf("%s: the label %q of bar %q is not drawn", name, b.Value, b.ID)
			continue
		}
		tx := got[0]
		if !within(tx.box, canvas) {
			t.Errorf("%s: the label %q of bar %q runs off the canvas: %v on %v", name, b.Value, b.ID, tx.box, canvas)
		}
		if isWhite(tx.clr) {
			on := false
			// Across the bar's length, about its middle: the font's
			// ascent may stand a hair over a thin bar.
			mid := (tx.box.Min.Y + tx.box.Max.Y) / 2
			for _, f := range ic.fills {
				on = on || !isWhite(f.clr) && tx.box.Min.X >= f.box.Min.X && tx.box.Max.X <= f.box.Max.X && mid > f.box.Min.Y && mid < f.box.Max.Y
			}
			if !on {
				t.Errorf("%s: the white label %q of bar %q is on no bar", name, b.Value, b.ID)
			}
		}
		if falls(b) && !b.Across && tx.box.Max.X > zero+0.01 {
			t.Errorf("%s: the label %q of the fall %q ends at %.1f, right of zero at %.1f", name, b.Value, b.ID, tx.box.Max.X, zero)
		}
	}
}

// TestBarLabelsShow: every bar's value label is drawn whole on the canvas
// at every size the PNG and the deck draw, a fall's at its bar's end on the
// falling side: all falls (s19m-elections' changes: "dow" at the right
// edge, nothing on the slide; s19m-disease's: a white "down 15.9%" on
// white), all rises and mixed, here and in every bars view of every kind.
func TestBarLabelsShow(t *testing.T) {
	for _, c := range []struct {
		name string
		figs []fig
		down []bool
	}{
		{"all falls, two (s19m-elections)", []fig{
			fig{id: "parl", title: "Percentage change in UK Parliamentary electoral registrations", stated: "0.7%", period: "2021-12", measure: indicators.Change},
			fig{id: "lg", title: "Percentage change in UK local government electoral registrations", stated: "0.4%", period: "2021-12", measure: indicators.Change},
		}, []bool{true, true}},
		{"all falls, three (s19m-disease)", []fig{
			fig{id: "chl", title: "Change in chlamydia diagnoses", stated: "8.8%", period: "2024", measure: indicators.Change},
			fig{id: "gon", title: "Change in gonorrhoea diagnoses", stated: "15.9%", period: "2024", measure: indicators.Change},
			fig{id: "syp", title: "Change in infectious syphilis diagnoses", stated: "13.0%", period: "2024", measure: indicators.Change},
		}, []bool{true, true, true}},
		{"all rises", []fig{
			{id: "a", title: "Change in enrolments", stated: "5%", period: "2022", measure: indicators.Change},
			{id: "b", title: "Change in postgraduate enrolments", stated: "12.5%", period: "2022", measure: indicators.Change},
		}, []bool{false, false}},
		{"mixed", []fig{
			{id: "a", title: "Change in production", stated: "0.2%", period: "2018-10", measure: indicators.Change},
			fig{id: "b", title: "Change in turnover", stated: "1.9%", period: "2018-10", measure: indicators.Change},
			fig{id: "c", title: "Change in exports", stated: "0.1%", period: "2018-10", measure: indicators.Change},
		}, []bool{false, true, true}},
	} {
		cat := figCatalog(t, c.figs...)
		for i := range c.figs {
			if c.down[i] {
				cat.Indicators[i].Quantity.Direction = indicators.Down
			} else {
				cat.Indicators[i].Quantity.Direction = indicators.Up
			}
		}
		v, _ := cat.View("all")
		for _, o := range fitSizes {
			s, err := NewSlide(cat, v, &o)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			checkBarLabels(t, fmt.Sprintf("%s at %dx%d", c.name, o.Width, o.Height), s)
		}
	}
	kinds, err := filepath.Glob(filepath.Join("..", "..", "testdata", "kinds", "*", "catalog.yaml"))
	if err != nil || len(kinds) == 0 {
		t.Fatalf("no kinds: %v", err)
	}
	for _, path := range kinds {
		if _, err := os.Stat(path); err != nil {
			continue
		}
		cat, err := indicators.Load(path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		kind := filepath.Base(filepath.Dir(path))
		for i := range cat.Views {
			v := &cat.Views[i]
			if v.Kind != indicators.Bars && v.Kind != indicators.RangeChart {
				continue
			}
			for _, o := range fitSizes {
				parts, err := Parts(cat, v, &o)
				if err != nil {
					continue // refused views have their own tests
				}
				for k, s := range parts {
					checkBarLabels(t, fmt.Sprintf("%s %s part %d at %dx%d", kind, v.ID, k+1, o.Width, o.Height), s)
				}
			}
		}
	}
}
