package chart

import (
	"fmt"
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"gonum.org/v1/plot/vg"
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

// TestOneMoreBarThinsLittle: a view of five bars is drawn with bars
// nearly as thick as one of four beside it in the deck (s13-vaccines:
// 36 pixels against 74 on the 1920×1080 PNG, half as thick), since the
// spaces between rows give way with the bars.
func TestOneMoreBarThinsLittle(t *testing.T) {
	thickness := func(n int) vg.Length {
		var figs []fig
		for i := range n {
			figs = append(figs, fig{id: fmt.Sprintf("bar-%d", i), title: fmt.Sprintf("UK coverage of vaccine %d at 24 months", i),
				stated: fmt.Sprintf("%d.4%%", 85+i), status: indicators.Fact, period: "2022-Q4", measure: indicators.Share})
		}
		c := figCatalog(t, figs...)
		v, _ := c.View("all")
		s, err := NewSlide(c, v, &Options{Width: 1920, Height: 1080})
		if err != nil {
			t.Fatalf("NewSlide(%d bars): %v", n, err)
		}
		w, h := s.Options.size()
		s.Draw(draw.NewCanvas(new(recorder.Canvas), w, h))
		_, th, _, _, _ := s.body.(*Bars).fit(s.Plot.DataCanvas(s.drawn))
		return th
	}
	four, five := thickness(4), thickness(5)
	if got := five / four; got < 0.7 {
		t.Errorf("bars of 5 rows %.1f thick, of 4 rows %.1f: ratio %.2f, want at least 0.70", five, four, got)
	}
}

// TestNoteOnce: one note on two bars of a view is drawn once
// (s13-vaccines: the percentage-point remark on both changes).
func TestNoteOnce(t *testing.T) {
	const note = "The document writes a change of coverage in percent; it is in percentage points."
	c := figCatalog(t,
		fig{id: "a", title: "Change in coverage at 12 months", stated: "0.1%", status: indicators.Fact, period: "2022", measure: indicators.Share},
		fig{id: "b", title: "Change in coverage at 24 months", stated: "0.6%", status: indicators.Fact, period: "2022", measure: indicators.Share})
	for i := range c.Indicators {
		c.Indicators[i].Notes = []indicators.Note{{Text: note}}
	}
	v, _ := c.View("all")
	s, err := NewSlide(c, v, nil)
	if err != nil {
		t.Fatalf("NewSlide: %v", err)
	}
	if got := s.Notes; !slices.Equal(got, []string{note}) {
		t.Errorf("NewSlide(two bars of one note).Notes = %q, want %q once", got, note)
	}
}
