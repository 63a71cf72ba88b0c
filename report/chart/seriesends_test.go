package chart

import (
	"testing"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// TestEndLabelsStayWithTheirLine: where two lines end close together at
// one time, the higher point's label goes above the lower one's, whichever
// series comes first and where the plot's top leaves no room above the
// higher one (s23r-pensions: "77%" was drawn at the 80% point and "80%"
// at the 77% point, in the PNG and on the deck's shorter plot).
func TestEndLabelsStayWithTheirLine(t *testing.T) {
	tests := []struct {
		name string
		ys   [2]float64
	}{
		{"lower first", [2]float64{77, 80}},
		{"higher first", [2]float64{80, 77}},
		{"lower first, apart", [2]float64{60, 80}},
	}
	for _, tt := range tests {
		tl, err := NewTimeline([]TimePoint{
			{X: 2012, Y: 47, Label: "47%", Series: 0},
			{X: 2012, Y: 31, Label: "31%", Series: 1},
			{X: 2019, Y: tt.ys[0], Label: "a", Series: 0},
			{X: 2019, Y: tt.ys[1], Label: "b", Series: 1},
		}, nil)
		if err != nil {
			t.Fatal(err)
		}
		// Scales from a figure a point apart to 10 points apart.
		// A canvas with room over the points, and one whose top is just
		// over the higher one, whose label cannot go above it (the deck's
		// shorter plot).
		for k := 0; k < 20; k++ {
			scale := vg.Length(k%10 + 1)
			c := draw.New(vgimg.New(1920, 1080))
			if k >= 10 {
				c = draw.New(vgimg.New(1920, 100+vg.Length(max(tt.ys[0], tt.ys[1]))*scale+20))
			}
			trX := func(x float64) vg.Length { return vg.Length(100 + (x-2011)*200) }
			trY := func(y float64) vg.Length { return 100 + vg.Length(y)*scale }
			below, tier := tl.placeLabels(c, trX, trY)
			box := func(i int) vg.Rectangle {
				return tl.labelBox(i, trX(tl.Points[i].X), trY, below[i], tier[i])
			}
			hi, lo := 2, 3
			if tt.ys[1] > tt.ys[0] {
				hi, lo = 3, 2
			}
			if got, want := box(hi).Min.Y+box(hi).Max.Y, box(lo).Min.Y+box(lo).Max.Y; got <= want {
				t.Errorf("%s, %v a unit, canvas %v high: the higher point's label centred at %v, not over the lower one's at %v", tt.name, scale, c.Max.Y, got/2, want/2)
			}
		}
	}
}
