package chart

import (
	"strings"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/claimbook/claimbook/indicators"
)

// marginNotes returns the note a chart of items gives their stated
// margins (indicators.Margin), or nil for none: what the ± of their
// labels measures, and for bars that the whiskers draw it.
func marginNotes(items []item, bars bool) []string {
	var kinds []string
	for _, it := range items {
		if d := it.q.Margin.Describe(); d != "" && !strings.Contains(strings.Join(kinds, "\x00"), d) {
			kinds = append(kinds, d)
		}
	}
	if len(kinds) == 0 {
		return nil
	}
	n := "± " + strings.Join(kinds, ", ") + ", as the document states it with each figure"
	if bars {
		n += "; drawn as error bars"
	}
	return []string{n}
}

// viewMarginNotes returns the note of a chart whose labels give margins
// of the kinds given (Catalog.ViewMargins) and that draws no error bars
// (a series chart), or nil for none.
func viewMarginNotes(kinds []string) []string {
	if len(kinds) == 0 {
		return nil
	}
	return []string{"± " + strings.Join(kinds, ", ") + ", as the document states it with each figure"}
}

// marginOf returns the half-width of it's stated margin in the chart's
// units (full magnitude over div), or 0 where it states none or is drawn
// as no amount (a range, a rank).
func marginOf(it item, div float64) float64 {
	if it.q.Margin.IsZero() || it.q.IsRange() || it.u.Kind == indicators.Rank {
		return 0
	}
	return it.q.Margin.HalfWidth.Float64() / div
}

// drawMargin draws bar b's margin as an error bar across its end, a
// line from End − Margin to End + Margin with a cap at each end, in the
// value label's ink, and returns the x where it ends on the right, after
// which the value label goes, and true; false where b has no margin
// drawn, whose label stays where valueX puts it: a fall's left of its
// bar or inside it, never pushed right of zero past the axis's end
// (s18k-construction: every fall's "down 8.0%" cut to "dow" at the
// image's edge).
func (bs *Bars) drawMargin(c draw.Canvas, b Bar, r row) (vg.Length, bool) {
	if b.Margin <= 0 || b.End == b.Start || falls(b) {
		return 0, false
	}
	perUnit := (r.bar.Max.X - r.bar.Min.X) / vg.Length(b.End-b.Start)
	w := vg.Length(b.Margin) * perUnit
	x0, x1 := r.bar.Max.X-w, r.bar.Max.X+w
	mid := (r.bar.Min.Y + r.bar.Max.Y) / 2
	capH := (r.bar.Max.Y - r.bar.Min.Y) * 0.3
	line := draw.LineStyle{Color: bs.ValueStyle.Color, Width: bs.Outline.Width}
	c.StrokeLine2(line, x0, mid, x1, mid)
	c.StrokeLine2(line, x0, mid-capH, x0, mid+capH)
	c.StrokeLine2(line, x1, mid-capH, x1, mid+capH)
	return x1, true
}
