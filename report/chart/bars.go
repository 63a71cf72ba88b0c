package chart

import (
	"errors"
	"fmt"
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// A Tip says how the far end of a bar is drawn, following the hedge of its
// figure (DESIGN.md §2). Whatever the tip, the bar ends at its figure: a
// hedge never moves the end.
type Tip uint8

// The tips.
const (
	// Closed is a plain end: an exact figure, or "about X".
	Closed Tip = iota
	// Faded is an open end that fades from FadeFrom to End, with a dashed
	// line at End: "nearly X", "up to X", "less than X".
	Faded
	// Beyond is an arrow past End: "more than X", "at least X".
	Beyond
)

// A Bar is one row of a Bars plot.
type Bar struct {
	// Label names the row; it is drawn above the bar and wrapped to the
	// plot's width.
	Label string
	// Value is the figure as the document writes it ("nearly $350
	// billion"), drawn after the bar's end.
	Value string
	// Note, if set, is drawn under Value in NoteStyle: "target for 2025".
	Note string
	// Start and End are the bar's ends in data coordinates: 0 and the
	// figure for a point, the low and high ends for a range.
	Start, End float64
	// Range marks Start and End as the two ends of a range: the bar floats
	// and both ends get a cap.
	Range bool
	// Tip is how the far end is drawn.
	Tip Tip
	// FadeFrom is where a Faded tip starts to fade, between Start and End.
	FadeFrom float64
	// Commitment marks a target, pledge or intention: the bar is hatched
	// and outlined rather than solid.
	Commitment bool
	// EndLabels, if set, are drawn under Start and End.
	EndLabels [2]string
	// Mark draws the figure as a dot at End, with no bar: a rank is a
	// place, not an amount whose length could be compared.
	Mark bool
	// Color is the bar's colour.
	Color color.Color
}

// Bars is a plot.Plotter of horizontal bars, one row per Bar, top to
// bottom, each with its label above it (above the bar's start, for a
// floating range) and its value after it. The rows are packed from the
// top of the plot, Spacing apart, in the Height they need; hide the y
// axis. It implements
// plot.DataRanger and plot.GlyphBoxer, so value labels are never clipped.
type Bars struct {
	Bars []Bar

	// LabelStyle is the style of row labels, ValueStyle of value labels
	// and EndStyle of end labels.
	LabelStyle, ValueStyle, EndStyle, NoteStyle text.Style
	// Thickness is the largest bar thickness; bars are thinner only when
	// the rows do not fit.
	Thickness vg.Length
	// Spacing is the space between one row's bar (or end labels) and the
	// next row's label.
	Spacing vg.Length
	// Gap is the space between a label and its bar, and between a bar's
	// end and its value.
	Gap vg.Length
	// Outline is the outline of commitments and the caps of ranges; its
	// colour, if nil, is the bar's.
	Outline draw.LineStyle
	// Hatch is the style of the hatching of commitments, drawn every
	// HatchSpacing; its colour, if nil, is the bar's.
	Hatch        draw.LineStyle
	HatchSpacing vg.Length
	// Halo, if not nil, is filled behind labels so grid lines do not run
	// through them.
	Halo color.Color
}

var (
	_ plot.Plotter    = (*Bars)(nil)
	_ plot.DataRanger = (*Bars)(nil)
	_ plot.GlyphBoxer = (*Bars)(nil)
)

// NewBars returns a Bars plotter of a copy of bars, with the theme's
// styles at 1920×1080. It checks that every end is finite and no bar runs
// backwards.
func NewBars(bars []Bar) (*Bars, error) {
	if len(bars) == 0 {
		return nil, errors.New("chart: no bars")
	}
	for i, b := range bars {
		for _, v := range []float64{b.Start, b.End, b.FadeFrom} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("chart: bar %d (%q): end %v is not finite", i, b.Label, v)
			}
		}
		if b.Start > b.End {
			return nil, fmt.Errorf("chart: bar %d (%q) runs backwards, from %g to %g", i, b.Label, b.Start, b.End)
		}
	}
	register()
	o, _ := (*Options)(nil).resolved()
	bs := &Bars{Bars: append([]Bar(nil), bars...)}
	bs.style(o)
	return bs, nil
}

// style sets the theme's styles for o.
func (bs *Bars) style(o Options) {
	bs.LabelStyle = textStyle(o.fontPx(28, false), muted)
	bs.ValueStyle = textStyle(o.fontPx(32, true), ink)
	bs.EndStyle = textStyle(o.fontPx(24, false), muted)
	bs.EndStyle.XAlign = draw.XCenter
	bs.NoteStyle = textStyle(o.fontPx(24, false), muted)
	bs.Thickness = o.px(144)
	bs.Spacing = o.px(64)
	bs.Gap = o.px(12)
	bs.Outline = draw.LineStyle{Width: o.px(3)}
	bs.Hatch = draw.LineStyle{Width: o.px(2.5)}
	bs.HatchSpacing = o.px(14)
	bs.Halo = color.White
}

// halo fills the box of text txt of sty drawn with its baseline at y from x.
func (bs *Bars) halo(c draw.Canvas, sty text.Style, x, y vg.Length, txt string) {
	if bs.Halo == nil || txt == "" {
		return
	}
	e := sty.FontExtents()
	w := sty.Width(txt)
	x0 := x + vg.Length(sty.XAlign)*w
	pad := e.Descent / 2
	c.SetColor(bs.Halo)
	c.Fill(vg.Rectangle{Min: vg.Point{X: x0 - pad, Y: y - e.Descent}, Max: vg.Point{X: x0 + w + pad, Y: y + e.Ascent}}.Path())
}

// textStyle returns a left-aligned style of f in clr.
func textStyle(f font.Font, clr color.Color) text.Style {
	return text.Style{Color: clr, Font: f, XAlign: draw.XLeft, YAlign: draw.YBottom, Handler: handler}
}

// DataRange implements plot.DataRanger: x from the least Start to the
// greatest End, y from 0 to the number of bars.
func (bs *Bars) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = math.Inf(1), math.Inf(-1)
	for _, b := range bs.Bars {
		xmin = math.Min(xmin, b.Start)
		xmax = math.Max(xmax, b.End)
	}
	return xmin, xmax, 0, float64(len(bs.Bars))
}

// valueOffset returns the distance from a bar's end to its value label.
func (bs *Bars) valueOffset(b Bar, thick vg.Length) vg.Length {
	off := bs.Gap
	if b.Mark {
		off += thick * 0.35
	}
	if b.Tip == Beyond {
		off += arrowLength(thick)
	}
	return off
}

// valueWidth returns the width of a bar's value label and note.
func (bs *Bars) valueWidth(b Bar) vg.Length {
	return max(bs.ValueStyle.Width(b.Value), bs.NoteStyle.Width(b.Note))
}

func arrowLength(thick vg.Length) vg.Length { return thick * 0.6 }

// GlyphBoxes implements plot.GlyphBoxer: the value labels after the bars'
// ends, and the end labels, so that the plot leaves room for them.
func (bs *Bars) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	var boxes []plot.GlyphBox
	n := float64(len(bs.Bars))
	for i, b := range bs.Bars {
		y := p.Y.Norm(n - float64(i) - 0.5)
		w := bs.valueWidth(b)
		boxes = append(boxes, plot.GlyphBox{
			X: p.X.Norm(b.End), Y: y,
			Rectangle: vg.Rectangle{Min: vg.Point{X: bs.valueOffset(b, bs.Thickness)}, Max: vg.Point{X: bs.valueOffset(b, bs.Thickness) + w}},
		})
		for j, x := range []float64{b.Start, b.End} {
			if l := b.EndLabels[j]; l != "" {
				w := bs.EndStyle.Width(l)
				boxes = append(boxes, plot.GlyphBox{
					X: p.X.Norm(x), Y: y,
					Rectangle: vg.Rectangle{Min: vg.Point{X: -w / 2}, Max: vg.Point{X: w / 2}},
				})
			}
		}
	}
	return boxes
}

// row is the layout of one bar on a canvas.
type row struct {
	label      []string
	labelX     vg.Length // left of the label
	labelTop   vg.Length
	bar        vg.Rectangle // from Start to End
	fade       vg.Length    // x where a Faded tip starts
	endLabelsY vg.Length    // baseline of end labels
}

// rowParts returns the label of b wrapped to width, and the heights a row
// needs above its bar (label, gap, caps) and below it (caps, end labels).
func (bs *Bars) rowParts(b Bar, width vg.Length) (label []string, above, below vg.Length) {
	if b.Label != "" {
		label = wrap(b.Label, bs.LabelStyle, width)
		above = blockHeight(bs.LabelStyle, len(label)) + bs.Gap
	}
	var over vg.Length
	if b.Range {
		over = bs.Thickness * 0.18 // the caps stand out of the bar
	}
	above += over
	below = over
	if b.EndLabels != [2]string{} {
		below += bs.Gap/2 + blockHeight(bs.EndStyle, 1)
	}
	return label, above, below
}

// thickness returns the bar thickness for rows of the given heights
// above and below their bars in height: Thickness if they fit, thinner if
// not, but not under a quarter of it.
func (bs *Bars) thickness(height, fixed vg.Length) vg.Length {
	n := vg.Length(len(bs.Bars))
	return min(bs.Thickness, max((height-fixed-n*bs.Spacing)/n, bs.Thickness/4))
}

// Height returns the height the rows need on a canvas of the given
// width: each row's label, bar and end labels, Spacing between rows and
// half of it above the first and below the last.
func (bs *Bars) Height(width vg.Length) vg.Length {
	var fixed vg.Length
	for _, b := range bs.Bars {
		_, above, below := bs.rowParts(b, width)
		fixed += above + below
	}
	return fixed + vg.Length(len(bs.Bars))*(bs.Thickness+bs.Spacing)
}

// layout places the rows on c from the top, Spacing apart (half of it
// above the first), centred vertically if c is taller than Height. A
// floating bar's label starts above the bar, not at the axis.
func (bs *Bars) layout(c draw.Canvas, p *plot.Plot) []row {
	n := len(bs.Bars)
	rows := make([]row, n)
	xAt := func(x float64) vg.Length { return c.X(p.X.Norm(x)) }
	width := c.Max.X - c.Min.X
	height := c.Max.Y - c.Min.Y
	var fixed vg.Length
	aboves := make([]vg.Length, n)
	belows := make([]vg.Length, n)
	for i, b := range bs.Bars {
		rows[i].label, aboves[i], belows[i] = bs.rowParts(b, width)
		fixed += aboves[i] + belows[i]
	}
	thick := bs.thickness(height, fixed)
	used := fixed + vg.Length(n)*(thick+bs.Spacing)
	top := c.Max.Y - max((height-used)/2, 0) - bs.Spacing/2
	for i, b := range bs.Bars {
		r := &rows[i]
		r.labelTop = top
		r.labelX = c.Min.X
		if b.Range {
			// Above the bar's start, or ending with its value label if
			// it is too long for that.
			var lw vg.Length
			for _, l := range r.label {
				lw = max(lw, bs.LabelStyle.Width(l))
			}
			right := max(c.Max.X, xAt(b.End)+bs.valueOffset(b, thick)+bs.valueWidth(b))
			r.labelX = max(c.Min.X, min(xAt(b.Start), right-lw))
		}
		barTop := top - aboves[i]
		r.bar = vg.Rectangle{
			Min: vg.Point{X: xAt(b.Start), Y: barTop - thick},
			Max: vg.Point{X: xAt(b.End), Y: barTop},
		}
		r.fade = xAt(math.Min(math.Max(b.FadeFrom, b.Start), b.End))
		r.endLabelsY = barTop - thick - belows[i] + bs.EndStyle.FontExtents().Descent
		top = barTop - thick - belows[i] - bs.Spacing
	}
	return rows
}

// Plot implements plot.Plotter.
func (bs *Bars) Plot(c draw.Canvas, p *plot.Plot) {
	for i, r := range bs.layout(c, p) {
		b := bs.Bars[i]
		clr := b.Color
		if clr == nil {
			clr = Palette[i%len(Palette)]
		}
		le := bs.LabelStyle.FontExtents()
		for k, l := range r.label {
			bs.halo(c, bs.LabelStyle, r.labelX, r.labelTop-le.Ascent-vg.Length(k)*le.Height, l)
		}
		drawLines(c, bs.LabelStyle, r.labelX, r.labelTop, r.label)
		bs.drawBar(c, b, r, clr)
		thick := r.bar.Max.Y - r.bar.Min.Y
		vs := bs.ValueStyle
		mid := (r.bar.Min.Y + r.bar.Max.Y) / 2
		vx := r.bar.Max.X + bs.valueOffset(b, thick)
		if b.Note == "" {
			bs.halo(c, vs, vx, mid-vs.Font.Size*0.36, b.Value)
			fillBaseline(c, vs, vx, mid-vs.Font.Size*0.36, b.Value)
		} else {
			ny := mid - o8(vs) - bs.NoteStyle.Font.Size*0.73
			bs.halo(c, vs, vx, mid+o8(vs), b.Value)
			bs.halo(c, bs.NoteStyle, vx, ny, b.Note)
			fillBaseline(c, vs, vx, mid+o8(vs), b.Value)
			fillBaseline(c, bs.NoteStyle, vx, ny, b.Note)
		}
		// End labels centre under their ends, or are pushed apart, away
		// from each other, when they would touch.
		es := [2]text.Style{bs.EndStyle, bs.EndStyle}
		xs := [2]vg.Length{r.bar.Min.X, r.bar.Max.X}
		w0, w1 := bs.EndStyle.Width(b.EndLabels[0]), bs.EndStyle.Width(b.EndLabels[1])
		if (w0+w1)/2+bs.Gap > xs[1]-xs[0] {
			es[0].XAlign, es[1].XAlign = draw.XRight, draw.XLeft
			xs[0] += bs.Gap / 4
			xs[1] -= bs.Gap / 4
		}
		for j := range xs {
			bs.halo(c, es[j], xs[j], r.endLabelsY, b.EndLabels[j])
			fillBaseline(c, es[j], xs[j], r.endLabelsY, b.EndLabels[j])
		}
	}
}

// drawBar draws one bar's body, tip and caps.
func (bs *Bars) drawBar(c draw.Canvas, b Bar, r row, clr color.Color) {
	rect := r.bar
	thick := rect.Max.Y - rect.Min.Y
	outline := bs.Outline
	if outline.Color == nil {
		outline.Color = clr
	}
	hatch := bs.Hatch
	if hatch.Color == nil {
		hatch.Color = clr
	}
	if b.Mark {
		mid := (rect.Min.Y + rect.Max.Y) / 2
		c.SetColor(clr)
		c.Fill(circle(vg.Point{X: rect.Max.X, Y: mid}, thick*0.35))
		return
	}
	solidTo := rect.Max.X
	if b.Tip == Faded {
		solidTo = max(r.fade, rect.Min.X)
	}
	if b.Commitment {
		c.SetColor(withAlpha(clr, 0.16))
		c.Fill(rect.Path())
		if b.Tip == Faded {
			fadeRect(c, vg.Rectangle{Min: vg.Point{X: solidTo, Y: rect.Min.Y}, Max: rect.Max}, color.White, 0, 0.7)
		}
		hatchRect(c, rect, hatch, bs.HatchSpacing)
		// Outline: closed on three sides; the far end is dashed when the
		// figure is hedged.
		pts := []vg.Point{{X: rect.Max.X, Y: rect.Max.Y}, {X: rect.Min.X, Y: rect.Max.Y}, {X: rect.Min.X, Y: rect.Min.Y}, {X: rect.Max.X, Y: rect.Min.Y}}
		c.StrokeLines(outline, pts)
		end := outline
		if b.Tip != Closed {
			end.Dashes = []vg.Length{outline.Width * 2, outline.Width * 2}
		}
		c.StrokeLine2(end, rect.Max.X, rect.Min.Y, rect.Max.X, rect.Max.Y)
	} else {
		c.SetColor(clr)
		c.Fill(vg.Rectangle{Min: rect.Min, Max: vg.Point{X: solidTo, Y: rect.Max.Y}}.Path())
		if b.Tip == Faded {
			fadeRect(c, vg.Rectangle{Min: vg.Point{X: solidTo, Y: rect.Min.Y}, Max: rect.Max}, clr, 1, 0.2)
			end := draw.LineStyle{Color: clr, Width: bs.Outline.Width, Dashes: []vg.Length{bs.Outline.Width * 2, bs.Outline.Width * 2}}
			c.StrokeLine2(end, rect.Max.X, rect.Min.Y-thick*0.15, rect.Max.X, rect.Max.Y+thick*0.15)
		}
	}
	if b.Tip == Beyond {
		l := arrowLength(thick)
		x := rect.Max.X + l*0.15
		c.FillPolygon(withAlpha(clr, 0.55), []vg.Point{
			{X: x, Y: rect.Max.Y}, {X: x + l, Y: (rect.Min.Y + rect.Max.Y) / 2}, {X: x, Y: rect.Min.Y},
		})
	}
	if b.Range {
		caps := outline
		caps.Color = ink
		caps.Dashes = nil
		over := bs.Thickness * 0.18
		for _, x := range []vg.Length{rect.Min.X, rect.Max.X} {
			c.StrokeLine2(caps, x, rect.Min.Y-over, x, rect.Max.Y+over)
		}
	}
}

// withAlpha returns clr with its opacity multiplied by a.
func withAlpha(clr color.Color, a float64) color.Color {
	n := color.NRGBAModel.Convert(clr).(color.NRGBA)
	n.A = uint8(math.Round(float64(n.A) * a))
	return n
}

// fadeSteps is the number of strips a fade is drawn in.
const fadeSteps = 16

// fadeRect fills rect with clr whose opacity goes from a0 at the left to a1
// at the right, in strips.
func fadeRect(c draw.Canvas, rect vg.Rectangle, clr color.Color, a0, a1 float64) {
	w := rect.Max.X - rect.Min.X
	if w <= 0 {
		return
	}
	for k := 0; k < fadeSteps; k++ {
		x0 := rect.Min.X + w*vg.Length(k)/fadeSteps
		x1 := rect.Min.X + w*vg.Length(k+1)/fadeSteps
		a := a0 + (a1-a0)*(float64(k)+0.5)/fadeSteps
		c.SetColor(withAlpha(clr, a))
		c.Fill(vg.Rectangle{Min: vg.Point{X: x0, Y: rect.Min.Y}, Max: vg.Point{X: x1, Y: rect.Max.Y}}.Path())
	}
}

// hatchRect strokes 45° lines across rect every spacing, clipped to it.
func hatchRect(c draw.Canvas, rect vg.Rectangle, sty draw.LineStyle, spacing vg.Length) {
	if spacing <= 0 {
		return
	}
	h := rect.Max.Y - rect.Min.Y
	var lines [][]vg.Point
	// Lines x - y = d, from the bottom edge to the top edge.
	for d := rect.Min.X - h; d < rect.Max.X; d += spacing {
		x0, y0 := d, rect.Min.Y
		x1, y1 := d+h, rect.Max.Y
		if x0 < rect.Min.X {
			y0 += rect.Min.X - x0
			x0 = rect.Min.X
		}
		if x1 > rect.Max.X {
			y1 -= x1 - rect.Max.X
			x1 = rect.Max.X
		}
		if x1 > x0 {
			lines = append(lines, []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y1}})
		}
	}
	if len(lines) > 0 {
		c.StrokeLines(sty, lines...)
	}
}

// o8 is the half-gap around the middle of a bar between a value and its
// note.
func o8(vs text.Style) vg.Length { return vs.Font.Size * 0.12 }
