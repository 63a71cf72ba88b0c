package chart

import (
	"image/color"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// A Reference is a threshold or target drawn across the bars of a chart
// as a dashed line at its value, so that each bar reads against it ("NATO
// guideline 2%" beside the UK's 2.29%), not as a bar of its own.
type Reference struct {
	// Value is where the line stands, in the plot's units.
	Value float64
	// Label names it in the key: "NATO guideline 2%".
	Label string
	// Color is the line's colour; nil is the key's grey.
	Color color.Color
	// Rows are the bars the line crosses, by index; nil is every bar.
	// A 2% of GDP guideline crosses the shares of GDP, not a share of
	// world spending beside them.
	Rows []int
	// ID is the indicator the line draws, if any (Slide.Claims).
	ID string
}

// crosses reports whether r is drawn across row i.
func (r *Reference) crosses(i int) bool {
	if r.Rows == nil {
		return true
	}
	for _, j := range r.Rows {
		if j == i {
			return true
		}
	}
	return false
}

// line returns the dashed style of r's line, width wide.
func (r *Reference) line(width vg.Length) draw.LineStyle {
	clr := r.Color
	if clr == nil {
		clr = muted
	}
	width = max(width*1.5, 2)
	return draw.LineStyle{Color: lineColor(clr), Width: width, Dashes: []vg.Length{width * 4, width * 2.5}}
}

// referenceOf returns the index of the one target or threshold among
// items that the others can be read against, or -1, and the rows it
// crosses among the others (wording.Reference).
func referenceOf(items []item) (int, []int) {
	figs := make([]wording.RefFigure, len(items))
	for i, it := range items {
		figs[i] = wording.RefFigure{Derived: it.computed != "", Range: it.q.IsRange(), Low: it.lo,
			Commitment: it.status.IsCommitment(), Threshold: it.measure == indicators.Threshold, Unit: it.u, Whole: denomOf(it)}
	}
	return wording.Reference(figs)
}
