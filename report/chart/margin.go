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

// marginEnd returns the x where bar b's error bar ends on the right, in
// row r, after which a rise's value label goes; the bar's end where b has
// no margin or falls (a fall's label goes left of its bar, never after
// zero: margin20 pushed every fall's label right of zero, where white
// inside-labels vanished on the white ground, s19m-disease).
func (bs *Bars) marginEnd(b Bar, r row) vg.Length {
	if b.Margin <= 0 || b.End == b.Start || falls(b) {
		return r.bar.Max.X
	}
	perUnit := (r.bar.Max.X - r.bar.Min.X) / vg.Length(b.End-b.Start)
	return r.bar.Max.X + vg.Length(b.Margin)*perUnit
}

// drawMargin draws bar b's margin as an error bar across its end, a
// line from End − Margin to End + Margin with a cap at each end, in the
// value label's ink.
func (bs *Bars) drawMargin(c draw.Canvas, b Bar, r row) {
	x1 := bs.marginEnd(b, r)
	if x1 <= r.bar.Max.X {
		return
	}
	x0 := 2*r.bar.Max.X - x1
	mid := (r.bar.Min.Y + r.bar.Max.Y) / 2
	capH := (r.bar.Max.Y - r.bar.Min.Y) * 0.3
	line := draw.LineStyle{Color: bs.ValueStyle.Color, Width: bs.Outline.Width}
	c.StrokeLine2(line, x0, mid, x1, mid)
	c.StrokeLine2(line, x0, mid-capH, x0, mid+capH)
	c.StrokeLine2(line, x1, mid-capH, x1, mid+capH)
}
