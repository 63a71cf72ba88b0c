package chart

import (
	"testing"

	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"

	"github.com/claimbook/claimbook/indicators"
)

// TestFallLabelsDrawn: a fall's value label is drawn where its layout
// puts it, as the picture shows it: left of its bar (or inside it, or
// right of zero where widen says Across), and within the image; the
// error bar's place (margin20) moves a label only where a margin is
// drawn. It had put every fall's label right of zero: on construction's
// chart of falls, whose axis ends at zero, "down 8.0%" was cut to "dow"
// at the image's edge; on fisheries' changes, "down 27.6%" stood right of
// zero among the rises. Two kinds, at the sizes the book and the deck
// draw.
func TestFallLabelsDrawn(t *testing.T) {
	for _, tc := range []struct{ kind, view string }{
		{"construction", "real-changes"},
		{"fisheries", "changes-pct"},
	} {
		c, err := indicators.Load("../../testdata/kinds/" + tc.kind + "/catalog.yaml")
		if err != nil {
			t.Fatal(err)
		}
		v, ok := c.View(tc.view)
		if !ok {
			t.Fatalf("%s: no view %s", tc.kind, tc.view)
		}
		for _, o := range []Options{{}, {Width: 1920, Height: 1080}, {Embed: true, Width: 1600, Height: 900}} {
			s, err := NewSlide(c, v, &o)
			if err != nil {
				t.Fatal(err)
			}
			w, h := s.Options.size()
			rec := new(recorder.Canvas)
			s.Draw(draw.NewCanvas(rec, w, h))
			dc := s.Plot.DataCanvas(s.drawn)
			x := func(v float64) float64 { return float64(dc.X(s.Plot.X.Norm(v))) }
			bs := s.body.(*Bars)
			falls := 0
			for _, b := range bs.Bars {
				var at *recorder.FillString
				for _, a := range rec.Actions {
					if fs, ok := a.(*recorder.FillString); ok && fs.String == b.Value {
						at = fs
					}
				}
				if at == nil {
					t.Fatalf("%s %dx%d: %q is not drawn", tc.kind, o.Width, o.Height, b.Value)
				}
				left, right := float64(at.Point.X), float64(at.Point.X+bs.ValueStyle.Width(b.Value))
				if right > float64(w) || left < 0 {
					t.Errorf("%s %dx%d: %q drawn from x %.0f to %.0f, past the image's %.0f", tc.kind, o.Width, o.Height, b.Value, left, right, float64(w))
				}
				if !(b.End <= 0 && b.Start < 0) {
					continue
				}
				falls++
				switch {
				case b.Across && left < x(0):
					t.Errorf("%s %dx%d: %q across zero starts at %.0f, left of zero at %.0f", tc.kind, o.Width, o.Height, b.Value, left, x(0))
				case b.Inside && (left < x(b.Start) || left > x(b.End)):
					t.Errorf("%s %dx%d: %q inside its bar starts at %.0f, outside %.0f..%.0f", tc.kind, o.Width, o.Height, b.Value, left, x(b.Start), x(b.End))
				case !b.Across && !b.Inside && left >= x(b.Start):
					t.Errorf("%s %dx%d: fall %q starts at %.0f, not left of its bar at %.0f (zero at %.0f)", tc.kind, o.Width, o.Height, b.Value, left, x(b.Start), x(0))
				}
			}
			if falls == 0 {
				t.Errorf("%s: view %s draws no fall", tc.kind, tc.view)
			}
		}
	}
}
