package chart

import (
	"testing"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// TestLabelThirdTier: where a low point's label meets a near point's
// above it and has no room below, it goes a tier higher rather than over
// the other (out45, s36g-strikes' deck, 1920×856: "5 work stoppages" of 2009
// printed over "39 work stoppages" of 2000 on an axis to 600).
func TestLabelThirdTier(t *testing.T) {
	tl, err := NewTimeline([]TimePoint{
		{X: 1952.5, Y: 470, Label: "470 work stoppages"},
		{X: 2000.5, Y: 39, Label: "39 work stoppages"},
		{X: 2009.5, Y: 5, Label: "5 work stoppages"},
		{X: 2023.5, Y: 33, Label: "33 work stoppages"},
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := draw.New(vgimg.New(1920, 360))
	trX := func(x float64) vg.Length { return vg.Length(270 + (x-1952.5)*20.5) }
	trY := func(y float64) vg.Length { return 8 + vg.Length(y)*0.58 }
	below, tier, beside := tl.placeLabels(c, trX, trY)
	var boxes []vg.Rectangle
	for i := range tl.Points {
		if beside[i].Side != 0 {
			continue
		}
		boxes = append(boxes, tl.labelBox(i, trX(tl.Points[i].X), trY, below[i], tier[i]))
	}
	for i := range boxes {
		for j := i + 1; j < len(boxes); j++ {
			a, b := boxes[i], boxes[j]
			// The boxes hold a gap of padding above the text: an overlap
			// within it leaves the texts apart.
			if min(a.Max.X, b.Max.X) > max(a.Min.X, b.Min.X) && min(a.Max.Y, b.Max.Y)-max(a.Min.Y, b.Min.Y) > tl.Gap {
				t.Errorf("labels %d and %d overprint: %v and %v (below %v, tier %v)", i, j, a, b, below, tier)
			}
		}
	}
}
