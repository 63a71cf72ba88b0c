package chart

import (
	"fmt"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"
)

// TestManyBarsKeepTheirTextSize: eight bars of one-line labels, the
// counts of a weekly release, keep their labels at full size on the PNG:
// the rows close up first, so that no label is set smaller than the
// slide's text. (The deck's shorter embedded chart still scales them
// down, less than before: 12.2 of 16.6 points, from 11.0.)
func TestManyBarsKeepTheirTextSize(t *testing.T) {
	var figs []fig
	for i := range 8 {
		figs = append(figs, fig{id: fmt.Sprintf("bar-%d", i), title: fmt.Sprintf("Previous week's level %d", i),
			stated: fmt.Sprintf("%d,000", 15+i*100), status: indicators.Fact, period: "2020", measure: indicators.Flow})
	}
	c := figCatalog(t, figs...)
	v, _ := c.View("all")
	for _, o := range []Options{{}, {Width: 1920, Height: 1080}} {
		s, err := NewSlide(c, v, &o)
		if err != nil {
			t.Fatalf("NewSlide: %v", err)
		}
		w, h := s.Options.size()
		s.Draw(draw.NewCanvas(new(recorder.Canvas), w, h))
		bs := s.body.(*Bars)
		fs, _, _, _, _ := bs.fit(s.Plot.DataCanvas(s.drawn))
		if got, want := fs.LabelStyle.Font.Size, bs.LabelStyle.Font.Size; got < want {
			t.Errorf("8 bars at %dx%d: labels set at %.1f, want %.1f", o.Width, o.Height, got, want)
		}
	}
}
