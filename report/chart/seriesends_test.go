package chart

import (
	"slices"
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
			below, tier, beside := tl.placeLabels(c, trX, trY)
			centre := func(i int) vg.Length {
				if beside[i].Side != 0 {
					return beside[i].Y
				}
				b := tl.labelBox(i, trX(tl.Points[i].X), trY, below[i], tier[i])
				return (b.Min.Y + b.Max.Y) / 2
			}
			hi, lo := 2, 3
			if tt.ys[1] > tt.ys[0] {
				hi, lo = 3, 2
			}
			if got, want := centre(hi), centre(lo); got <= want {
				t.Errorf("%s, %v a unit, canvas %v high: the higher point's label centred at %v, not over the lower one's at %v", tt.name, scale, c.Max.Y, got, want)
			}
		}
	}
}

// TestEndLabelsBeside: where lines end close together, their labels go
// beside the dots, in the points' order, none overprinting another
// (s26w-taxgap: 4.9%, 4.8%, 4.7% and 3.0% at 2022/23 were printed on one
// another above and below the dots).
func TestEndLabelsBeside(t *testing.T) {
	ys := []float64{4.8, 4.9, 3.0, 13.9, 4.7}
	var pts []TimePoint
	for s, y := range ys {
		pts = append(pts, TimePoint{X: 2006, Y: y * 2, Label: "x", Series: s})
	}
	for s, y := range ys {
		pts = append(pts, TimePoint{X: 2023, Y: y, Label: "y", Series: s})
	}
	tl, err := NewTimeline(pts, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := draw.New(vgimg.New(1440, 600))
	trX := func(x float64) vg.Length { return vg.Length(100 + (x-2006)*70) }
	trY := func(y float64) vg.Length { return 50 + vg.Length(y)*30 }
	_, _, beside := tl.placeLabels(c, trX, trY)
	for i := len(ys); i < len(pts); i++ {
		if beside[i].Side != 1 {
			t.Fatalf("point %v at the last time: labels beside on side %d, want 1", pts[i].Y, beside[i].Side)
		}
		for j := len(ys); j < len(pts); j++ {
			if pts[i].Y > pts[j].Y && beside[i].Y-beside[j].Y < tl.labelHeight() {
				t.Errorf("label of %v centred at %v, of %v at %v: less than a label apart, or out of order", pts[i].Y, beside[i].Y, pts[j].Y, beside[j].Y)
			}
		}
	}
}

// TestStack: labels that would meet are moved apart as a run centred on
// their wants; labels apart stay at theirs; runs stay inside the canvas.
func TestStack(t *testing.T) {
	tests := []struct {
		wants, want []vg.Length
		lo, hi      vg.Length
	}{
		{[]vg.Length{100, 50}, []vg.Length{100, 50}, 0, 1000},
		{[]vg.Length{100, 98, 96}, []vg.Length{108, 98, 88}, 0, 1000},
		{[]vg.Length{15, 12}, []vg.Length{25, 15}, 15, 1000},
	}
	for _, tt := range tests {
		if got := stack(tt.wants, 10, tt.lo, tt.hi); !slices.Equal(got, tt.want) {
			t.Errorf("stack(%v, 10, %v, %v) = %v, want %v", tt.wants, tt.lo, tt.hi, got, tt.want)
		}
	}
}
