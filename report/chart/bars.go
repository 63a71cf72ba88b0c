package chart

import (
	"errors"
	"fmt"
	"github.com/claimbook/claimbook/report/internal/axis"
	"image/color"
	"math"
	"slices"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/claimbook/claimbook/report/internal/wording"
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
	// ID is the indicator the bar draws, if any: Slide.Claims lists it,
	// so that a deck can say which slide of a split view holds a claim.
	ID string
	// Joined draws the bar right under the one before, without the
	// space between rows: the bars of one measure across groups
	// (grouped bars), named once by the first bar's Label, told apart by
	// their colours and the key.
	Joined bool
	// Inside draws the value label inside the far end of a fall's bar,
	// in white, where it has no room left of the bar within the axis:
	// the axis then keeps the ends axis.Range gives it, as the book's
	// native chart of the view does (its label inside the bar too),
	// rather than widening for the label. widen sets it.
	Inside bool
	// Margin is the half-width of the figure's stated margin in data
	// coordinates (indicators.Margin), drawn as an error bar across End
	// (drawMargin); 0 for none.
	Margin float64
	// Across draws the value label of a fall right of zero, beside the
	// bar's zero end, where it has no room left of the bar nor inside
	// it: the row holds no other bar there, and the axis keeps the ends
	// axis.Range gives it (s14-tourism: one bar at −43,000 drew an axis
	// to −200,000 for its label). widen sets it.
	Across bool

	// group is the period and base of the bar's figure: Parts keeps the
	// bars of one group on one slide where it can.
	group string
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
	// Reference, if not nil, is drawn as a dashed line across the rows
	// at its value: a threshold or target the bars are read against.
	Reference *Reference

	// floor is the least size LabelStyle shrinks to (Options.MinLabel);
	// 0 is minScale of it.
	floor vg.Length
	// all, where set, are the bars of the whole view of which Bars are a
	// part (Parts): the axis is widened and padded for all of them, so
	// that every part has the same axis.
	all []Bar
	// overflow reports, on the copy fit returns, that the rows do not fit
	// the canvas at the least size floor allows.
	overflow bool
	// width, where set, is the width of the canvas the plot pads its
	// data area in (the slide's body less the hidden y axis): GlyphBoxes
	// then gives the padding that fits every label (padFor).
	width vg.Length
	// edge is how far left of that canvas the lowest tick's label may
	// reach: the slide's margin less a gap from the image's edge.
	edge vg.Length
	// axis is the value axis (min, max, step) before widen first changed
	// it, which every later drawing starts from: a slide drawn twice (a
	// deck's split test, then its image) widened twice, to −500,000 for
	// a fall of 267,535 (s31b-parking).
	axis *[3]float64
	// full are the sizes of ValueStyle and NoteStyle before shrinkToFit.
	full [2]font.Length

	// grow is how much farther apart than Spacing a slide draws few rows,
	// to fill its height (Slide.Draw); 0 is 1. The bars keep their
	// thickness, which sets their arrows' length and so the plot's width.
	grow vg.Length
}

// maxGrow is the most a slide grows the spaces between few rows to fill
// its height: two bars fill a slide rather than leave a quarter of it
// empty below the axis.
const maxGrow = 3

// grown returns the factor of grow, at least 1.
func (bs *Bars) grown() vg.Length { return max(1, bs.grow) }

// growTo sets grow to the largest factor up to maxGrow at which the rows
// at width need at most height.
func (bs *Bars) growTo(width, height vg.Length) {
	bs.grow = 1
	if bs.Height(width) >= height {
		return
	}
	lo, hi := vg.Length(1), vg.Length(maxGrow)
	bs.grow = hi
	if bs.Height(width) <= height {
		return
	}
	for range 30 {
		bs.grow = (lo + hi) / 2
		if bs.Height(width) <= height {
			lo = bs.grow
		} else {
			hi = bs.grow
		}
	}
	bs.grow = lo
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
		off += arrowLength(thick) * 1.15 // the arrow starts 0.15 of it past the end
	}
	return off
}

// valueWidth returns the width of a bar's value label and note.
func (bs *Bars) valueWidth(b Bar) vg.Length {
	return max(bs.ValueStyle.Width(b.Value), bs.NoteStyle.Width(b.Note))
}

func arrowLength(thick vg.Length) vg.Length { return thick * 0.6 }

// GlyphBoxes implements plot.GlyphBoxer: the value labels after the bars'
// ends, with a gap's margin beyond them so that none touches the edge of
// the image (a slide frames it), and the end labels, so that the plot
// leaves room for them.
func (bs *Bars) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	var boxes []plot.GlyphBox
	n := float64(len(bs.Bars))
	for i, b := range bs.Bars {
		y := p.Y.Norm(n - float64(i) - 0.5)
		w := bs.valueWidth(b)
		switch {
		case falls(b) && b.Inside:
			// Inside the bar's far end: it needs no room outside.
		case falls(b) && b.Across:
			// Right of zero, where a rise's label would be.
			boxes = append(boxes, plot.GlyphBox{
				X: p.X.Norm(b.End), Y: y,
				Rectangle: vg.Rectangle{Min: vg.Point{X: bs.Gap}, Max: vg.Point{X: 2*bs.Gap + w}},
			})
		case falls(b):
			// Left of the bar's far end, below zero.
			boxes = append(boxes, plot.GlyphBox{
				X: p.X.Norm(b.Start), Y: y,
				Rectangle: vg.Rectangle{Min: vg.Point{X: -2*bs.Gap - w}, Max: vg.Point{X: -bs.Gap}},
			})
		default:
			boxes = append(boxes, plot.GlyphBox{
				X: p.X.Norm(b.End + b.Margin), Y: y, // after an error bar (margin20)
				Rectangle: vg.Rectangle{Min: vg.Point{X: bs.valueOffset(b, bs.Thickness)}, Max: vg.Point{X: bs.valueOffset(b, bs.Thickness) + w + bs.Gap}},
			})
		}
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
	if bs.all != nil {
		// The value labels of the bars on the view's other parts pad the
		// axis as they would on one slide: every part has the same axis.
		whole := *bs
		whole.Bars, whole.all = bs.all, nil
		for _, g := range whole.GlyphBoxes(p) {
			g.Y = 0.5
			boxes = append(boxes, g)
		}
	}
	if bs.width > 0 {
		return padFor(boxes, tickBoxes(p), bs.width, bs.edge)
	}
	return boxes
}

// tickBoxes returns the boxes of the x axis's tick labels, centred on
// their ticks: gonum pads the right end for them, and padFor the left
// where the first's left half is wider than the slide's margin holds
// (Bars.edge).
func tickBoxes(p *plot.Plot) []plot.GlyphBox {
	var out []plot.GlyphBox
	if p.X.Tick.Marker == nil {
		return nil
	}
	for _, t := range p.X.Tick.Marker.Ticks(p.X.Min, p.X.Max) {
		if t.Label == "" {
			continue
		}
		w := p.X.Tick.Label.Width(t.Label)
		out = append(out, plot.GlyphBox{X: p.X.Norm(t.Value), Y: 0, Rectangle: vg.Rectangle{Min: vg.Point{X: -w / 2}, Max: vg.Point{X: w / 2}}})
	}
	return out
}

// padFor returns the two boxes, at the plot's left and right ends, that
// make gonum pad a data area of a canvas width wide so that every one of
// boxes fits in it, and ticks too, the left ones to edge beyond it, with
// the widest data area that does (pads): "−500,000" at a deck image's
// left edge read "500,000" (s31b-parking). gonum's padding fits only the box farthest out
// on each side of the unpadded area, and a fall's label left of its bar
// ran off the image's left edge once the right side was padded for a
// rise's label (testdata/kinds/defence at 1080×1080).
func padFor(boxes, ticks []plot.GlyphBox, width, edge vg.Length) []plot.GlyphBox {
	pl, pr, d := pads(boxes, ticks, width, edge)
	if d <= 0 {
		return boxes // nothing fits: gonum's own padding
	}
	return []plot.GlyphBox{
		{X: 0, Y: 0.5, Rectangle: vg.Rectangle{Min: vg.Point{X: -pl}}},
		{X: 1, Y: 0.5, Rectangle: vg.Rectangle{Max: vg.Point{X: pr}}},
	}
}

// pads returns the paddings pl and pr of the widest data area d, of a
// canvas width wide, in which every one of boxes fits, and ticks, which
// may reach edge beyond its left end; d ≤ 0 where none does.
//
// With the area's left end pl in and its right end pr in, of width
// d = width − pl − pr, box i at x_i fits when pl ≥ −min_i − x_i·d and
// pr ≥ max_i − (1 − x_i)·d; d + pl(d) + pr(d) is convex in d, so the
// largest d at which it is at most width is found by halving.
func pads(boxes, ticks []plot.GlyphBox, width, edge vg.Length) (pl, pr, d vg.Length) {
	at := func(d vg.Length) (pl, pr vg.Length) {
		for k, b := range append(boxes[:len(boxes):len(boxes)], ticks...) {
			if b.Size().X <= 0 {
				continue
			}
			x := vg.Length(b.X)
			if k < len(boxes) {
				pl = max(pl, -b.Min.X-x*d)
			} else {
				pl = max(pl, -b.Min.X-x*d-edge)
			}
			pr = max(pr, b.Max.X-(1-x)*d)
		}
		return pl, pr
	}
	fits := func(d vg.Length) bool { pl, pr := at(d); return d+pl+pr <= width }
	lo, hi := vg.Length(0), width
	if !fits(lo) {
		return 0, 0, 0
	}
	for range 40 {
		if fits(hi) {
			break
		}
		m := (lo + hi) / 2
		if fits(m) {
			lo = m
		} else {
			hi = m
		}
	}
	if fits(hi) {
		lo = hi
	}
	pl, pr = at(lo)
	return pl, pr, lo
}

// shrinkToFit sets the value labels and notes smaller, a tenth at a
// time, down to the floor the labels keep (Options.MinLabel, else
// minScale of their size), while padding the plot for them would leave
// its bars less than a third of its width: two long labels either side of
// zero ("up 0.15 percentage points", "down 7.4 percentage points") on a
// square slide had no room at all, and ran off it.
func (bs *Bars) shrinkToFit(p *plot.Plot) {
	if bs.width <= 0 {
		return
	}
	// From the sizes before the first draw: a slide drawn twice is drawn
	// alike.
	if bs.full == [2]font.Length{} {
		bs.full = [2]font.Length{bs.ValueStyle.Font.Size, bs.NoteStyle.Font.Size}
	}
	bs.ValueStyle.Font.Size, bs.NoteStyle.Font.Size = bs.full[0], bs.full[1]
	least := bs.ValueStyle.Font.Size * minScale
	if f := font.Length(bs.floor); f > least {
		least = f
	}
	width := bs.width
	for range 20 {
		bs.width = 0 // the boxes themselves
		_, _, d := pads(bs.GlyphBoxes(p), tickBoxes(p), width, bs.edge)
		bs.width = width
		if d >= width/3 || bs.ValueStyle.Font.Size*0.9 < least {
			return
		}
		bs.ValueStyle.Font.Size *= 0.9
		bs.NoteStyle.Font.Size *= 0.9
	}
}

// axisBars returns the bars the axis is set for: those of the whole view
// when bs is a part of it, else bs.Bars.
func (bs *Bars) axisBars() []Bar {
	if bs.all != nil {
		return bs.all
	}
	return bs.Bars
}

// falls reports whether bar b is drawn below zero, from zero down to its
// figure, and closed: its value goes left of it, on the falling side of
// zero, not right of zero among the rises.
func falls(b Bar) bool {
	return b.End <= 0 && b.Start < 0 && b.Tip == Closed && !b.Mark && !b.Range
}

// valueX returns the x where the value label (and note) of bar b, drawn
// in row r, starts: after its end (and its error bar), or for a fall left
// of its start, inside its start or across zero as widen placed it.
func (bs *Bars) valueX(b Bar, r row) vg.Length {
	rect := r.bar
	if falls(b) && b.Inside {
		return rect.Min.X + bs.Gap
	}
	if falls(b) && b.Across {
		return rect.Max.X + bs.Gap
	}
	if falls(b) {
		return rect.Min.X - bs.Gap - bs.valueWidth(b)
	}
	return max(rect.Max.X+bs.valueOffset(b, rect.Max.Y-rect.Min.Y), bs.marginEnd(b, r)+bs.Gap)
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

// valueBaselines returns the baselines of a bar's value and note, drawn
// about the bar's middle mid.
func (bs *Bars) valueBaselines(b Bar, mid vg.Length) (value, note vg.Length) {
	vs := bs.ValueStyle
	if b.Note == "" {
		return mid - vs.Font.Size*0.36, 0
	}
	// The value's line over the note's, the pair centred on mid.
	ve, ne := vs.FontExtents(), bs.NoteStyle.FontExtents()
	value = mid + (ve.Descent+ne.Ascent+ne.Descent-ve.Ascent)/2
	return value, value - ve.Descent - ne.Ascent
}

// valueReach returns how far a bar's value (and note) reach above and
// below the bar's middle.
func (bs *Bars) valueReach(b Bar) (up, down vg.Length) {
	v, n := bs.valueBaselines(b, 0)
	e := bs.ValueStyle.FontExtents()
	up, down = v+e.Ascent, -(v - e.Descent)
	if b.Note != "" {
		down = -(n - bs.NoteStyle.FontExtents().Descent)
	}
	return max(up, 0), max(down, 0)
}

// band returns the height of a row's bar at thickness thick, with room
// for its value and note, which are centred on it and may be taller.
func (bs *Bars) band(b Bar, thick vg.Length) vg.Length {
	up, down := bs.valueReach(b)
	return max(thick, 2*max(up, down))
}

// Height returns the height the rows need on a canvas of the given
// width: each row's label, bar and end labels, Spacing between rows and
// half of it above the first and below the last.
func (bs *Bars) Height(width vg.Length) vg.Length {
	var h vg.Length
	g := bs.grown()
	for i, b := range bs.Bars {
		_, above, below := bs.rowParts(b, width)
		h += above + bs.band(b, bs.Thickness) + below + bs.after(i, bs.Spacing*g)
	}
	return h
}

// joinedSpace is the space between joined bars (Bar.Joined), as a part
// of the space between rows.
const joinedSpace = 0.1

// after returns the space below row i, of rows spacing apart: less
// above a bar joined to it.
func (bs *Bars) after(i int, spacing vg.Length) vg.Length {
	if i+1 < len(bs.Bars) && bs.Bars[i+1].Joined {
		return spacing * joinedSpace
	}
	return spacing
}

// scaled returns a copy of bs with its text, bars and spaces f times
// their size.
func (bs *Bars) scaled(f float64) *Bars {
	s := *bs
	for _, st := range []*text.Style{&s.LabelStyle, &s.ValueStyle, &s.EndStyle, &s.NoteStyle} {
		st.Font.Size = st.Font.Size * font.Length(f)
	}
	k := vg.Length(f)
	s.Thickness *= k
	s.Spacing *= k * bs.grown()
	s.grow = 1
	s.Gap *= k
	return &s
}

// minScale is the least a Bars is scaled down to fit its canvas; below
// it, the rows overflow rather than become unreadable.
const minScale = 0.25

// fit returns bs as it is drawn on c, with the bar thickness and spacing
// that let its rows fit c's height: thinner bars first (down to a quarter
// of Thickness), then closer rows (down to a third of Spacing), then
// smaller text, bars and spaces, as little as needed; with each row's
// wrapped label and its height above and below its bar.
func (bs *Bars) fit(c draw.Canvas) (fs *Bars, thick vg.Length, labels [][]string, aboves, belows []vg.Length) {
	width := c.Max.X - c.Min.X
	height := c.Max.Y - c.Min.Y
	n := len(bs.Bars)
	labels = make([][]string, n)
	aboves = make([]vg.Length, n)
	belows = make([]vg.Length, n)
	for f := 1.0; ; f *= 0.95 {
		fs = bs.scaled(f) // a copy, even at f = 1
		var fixed vg.Length
		for i, b := range fs.Bars {
			labels[i], aboves[i], belows[i] = fs.rowParts(b, width)
			fixed += aboves[i] + belows[i]
		}
		// total is the height of the rows with bars tu and spaces su times
		// their full size.
		total := func(tu, su vg.Length) vg.Length {
			h := fixed
			for i := range fs.Bars {
				h += fs.after(i, fs.Spacing*su)
			}
			for _, b := range fs.Bars {
				h += fs.band(b, fs.Thickness*tu)
			}
			return h
		}
		// largest returns the largest u in [lo, 1] with fits(u).
		largest := func(lo vg.Length, fits func(u vg.Length) bool) vg.Length {
			hi := vg.Length(1)
			if fits(hi) {
				return hi
			}
			for range 30 {
				m := (lo + hi) / 2
				if fits(m) {
					lo = m
				} else {
					hi = m
				}
			}
			return lo
		}
		// Bars and the spaces between rows give way together, down to
		// half, so that one more row thins the bars a little, never by
		// half at once (s13-vaccines: 5 bars drawn half as thick as 4 on
		// the slide beside them); then the bars alone, then the spaces.
		const minThick, minSpacing, together = 0.25, 0.12, 0.5
		tu, su := vg.Length(1), vg.Length(1)
		switch {
		case total(1, 1) <= height:
		case total(together, together) <= height:
			tu = largest(together, func(u vg.Length) bool { return total(u, u) <= height })
			su = tu
		case total(minThick, together) <= height:
			su = together
			tu = largest(minThick, func(u vg.Length) bool { return total(u, together) <= height })
		default:
			tu = minThick
			su = largest(minSpacing, func(u vg.Length) bool { return total(minThick, u) <= height })
		}
		next := f * 0.95
		least := next < minScale || bs.floor > 0 && bs.LabelStyle.Font.Size*font.Length(next) < bs.floor
		if total(tu, su) <= height || least {
			fs.overflow = total(tu, su) > height
			fs.Spacing *= su
			return fs, fs.Thickness * tu, labels, aboves, belows
		}
	}
}

// layout places the rows on c from the top, Spacing apart (half of it
// above the first), centred vertically if c is taller than they need,
// with bars and text scaled down as fit says if c is shorter. A floating
// bar's label starts above the bar, not at the axis.
func (bs *Bars) layout(c draw.Canvas, p *plot.Plot) []row {
	_, rows := bs.place(c, p)
	return rows
}

// place is layout, and returns the scaled Bars too.
func (bs *Bars) place(c draw.Canvas, p *plot.Plot) (*Bars, []row) {
	fs, thick, labels, aboves, belows := bs.fit(c)
	n := len(bs.Bars)
	rows := make([]row, n)
	xAt := func(x float64) vg.Length { return c.X(p.X.Norm(x)) }
	height := c.Max.Y - c.Min.Y
	used := vg.Length(0)
	bands := make([]vg.Length, n)
	for i, b := range fs.Bars {
		bands[i] = fs.band(b, thick)
		used += aboves[i] + bands[i] + belows[i] + fs.after(i, fs.Spacing)
	}
	top := c.Max.Y - max((height-used)/2, 0) - fs.Spacing/2
	// Bars that fall from zero are named at zero, above the bar: a
	// fall's name ending there, a rise's beside it starting there, never
	// at the plot's left edge, far from a short bar near zero
	// (s20n-population: "Births in Australia" at −20, its bar at −4.1;
	// s35f-productivity: two falls on an axis to −1.4%, named at its left
	// end while their bars ended at zero on its right).
	atZero := slices.ContainsFunc(fs.Bars, falls)
	// Which side of zero a rise's name stands is decided from the axis
	// alone, never from the room its words take on this canvas: the deck's
	// image sets the same words larger on a narrower canvas, and a name
	// that started at zero in the PNG ended there on the slide, switching
	// sides (round AG; s22p-nursing's rises). A rise's name starts at
	// zero where the axis reaches as far right of zero as left of it,
	// and ends there, as a fall's does, where the falls' side is the
	// longer (s25u-legalaid: rises of 1% under falls of 22%;
	// s30a-adoption: up 12% beside down 64%), the side with more room
	// for a name.
	risesRight := p.X.Max >= -p.X.Min
	for i, b := range fs.Bars {
		r := &rows[i]
		r.label = labels[i]
		r.labelTop = top
		r.labelX = c.Min.X
		if atZero && !b.Range && !b.Mark && p.X.Min < 0 {
			var lw vg.Length
			for _, l := range r.label {
				lw = max(lw, fs.LabelStyle.Width(l))
			}
			// A name longer than its side's room is moved in just
			// enough to stay on the canvas, on its side.
			if falls(b) || !risesRight {
				r.labelX = max(c.Min.X, xAt(0)-lw)
			} else {
				r.labelX = max(c.Min.X, min(xAt(0), c.Max.X-lw))
			}
		}
		if b.Range {
			// Above the bar's start, or ending with its value label if
			// it is too long for that.
			var lw vg.Length
			for _, l := range r.label {
				lw = max(lw, fs.LabelStyle.Width(l))
			}
			right := max(c.Max.X, xAt(b.End)+fs.valueOffset(b, thick)+fs.valueWidth(b))
			r.labelX = max(c.Min.X, min(xAt(b.Start), right-lw))
		}
		barTop := top - aboves[i] - (bands[i]-thick)/2
		r.bar = vg.Rectangle{
			Min: vg.Point{X: xAt(b.Start), Y: barTop - thick},
			Max: vg.Point{X: xAt(b.End), Y: barTop},
		}
		r.fade = xAt(math.Min(math.Max(b.FadeFrom, b.Start), b.End))
		bottom := top - aboves[i] - bands[i] - belows[i]
		r.endLabelsY = bottom + fs.EndStyle.FontExtents().Descent
		top = bottom - fs.after(i, fs.Spacing)
	}
	return fs, rows
}

// boxes returns, row by row, the boxes of what Plot draws on c: the
// label's lines, the bar with its tip and caps, the value, the note and
// the end labels, for tests of the layout.
func (bs *Bars) boxes(c draw.Canvas, p *plot.Plot) [][]vg.Rectangle {
	fs, rows := bs.place(c, p)
	var out [][]vg.Rectangle
	textBox := func(sty text.Style, x, base vg.Length, s string) vg.Rectangle {
		e := sty.FontExtents()
		w := sty.Width(s)
		x0 := x + vg.Length(sty.XAlign)*w
		return vg.Rectangle{Min: vg.Point{X: x0, Y: base - e.Descent}, Max: vg.Point{X: x0 + w, Y: base + e.Ascent}}
	}
	for i, r := range rows {
		b := fs.Bars[i]
		var bx []vg.Rectangle
		le := fs.LabelStyle.FontExtents()
		for k, l := range r.label {
			bx = append(bx, textBox(fs.LabelStyle, r.labelX, r.labelTop-le.Ascent-vg.Length(k)*le.Height, l))
		}
		bar := r.bar
		thick := bar.Max.Y - bar.Min.Y
		if b.Tip == Beyond {
			bar.Max.X += arrowLength(thick) * 1.15
		}
		if b.Mark {
			rad := thick * 0.35
			mid := (bar.Min.Y + bar.Max.Y) / 2
			bar = vg.Rectangle{Min: vg.Point{X: bar.Max.X - rad, Y: mid - rad}, Max: vg.Point{X: bar.Max.X + rad, Y: mid + rad}}
		}
		if b.Range {
			over := fs.Thickness * 0.18
			bar.Min.Y -= over
			bar.Max.Y += over
		}
		bx = append(bx, bar)
		vx := fs.valueX(b, r)
		vb, nb := fs.valueBaselines(b, (r.bar.Min.Y+r.bar.Max.Y)/2)
		bx = append(bx, textBox(fs.ValueStyle, vx, vb, b.Value))
		if b.Note != "" {
			bx = append(bx, textBox(fs.NoteStyle, vx, nb, b.Note))
		}
		es, xs := fs.endLabels(b, r)
		for j, x := range xs {
			if l := b.EndLabels[j]; l != "" {
				bx = append(bx, textBox(es[j], x, r.endLabelsY, l))
			}
		}
		out = append(out, bx)
	}
	return out
}

// endLabels returns the styles and x of a row's end labels: centred
// under their ends, or pushed apart, away from each other, when they
// would touch.
func (bs *Bars) endLabels(b Bar, r row) ([2]text.Style, [2]vg.Length) {
	es := [2]text.Style{bs.EndStyle, bs.EndStyle}
	xs := [2]vg.Length{r.bar.Min.X, r.bar.Max.X}
	w0, w1 := bs.EndStyle.Width(b.EndLabels[0]), bs.EndStyle.Width(b.EndLabels[1])
	if (w0+w1)/2+bs.Gap > xs[1]-xs[0] {
		es[0].XAlign, es[1].XAlign = draw.XRight, draw.XLeft
		xs[0] += bs.Gap / 4
		xs[1] -= bs.Gap / 4
	}
	return es, xs
}

// Plot implements plot.Plotter.
func (bs *Bars) Plot(c draw.Canvas, p *plot.Plot) {
	fs, rows := bs.place(c, p)
	r := bs.Reference
	if r == nil || len(rows) == 0 {
		fs.draw(c, rows)
		return
	}
	// Under the labels, whose halos break it where they cross; over
	// the bars it crosses, so that each reads against it.
	// Each run of rows it crosses is one line, from the first row's
	// label to the last row's bar.
	x := c.X(p.X.Norm(r.Value))
	line := r.line(bs.Outline.Width)
	for i := 0; i < len(rows); i++ {
		if !r.crosses(i) {
			continue
		}
		top, bottom := rows[i].labelTop, rows[i].bar.Min.Y
		for ; i < len(rows) && r.crosses(i); i++ {
			top, bottom = max(top, rows[i].labelTop, rows[i].bar.Max.Y), min(bottom, rows[i].bar.Min.Y)
		}
		c.StrokeLine2(line, x, bottom, x, top)
	}
	fs.draw(c, rows)
	for i, rw := range rows {
		if r.crosses(i) && x > rw.bar.Min.X && x < rw.bar.Max.X {
			c.StrokeLine2(line, x, rw.bar.Min.Y, x, rw.bar.Max.Y)
		}
	}
}

// draw draws rows laid out by place.
func (bs *Bars) draw(c draw.Canvas, rows []row) {
	for i, r := range rows {
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
		vs := bs.ValueStyle
		mid := (r.bar.Min.Y + r.bar.Max.Y) / 2
		bs.drawMargin(c, b, r)
		vx := bs.valueX(b, r)
		vy, ny := bs.valueBaselines(b, mid)
		if falls(b) && b.Inside {
			vs.Color, _ = insideOn(b.Color)
		} else {
			bs.halo(c, vs, vx, vy, b.Value)
		}
		fillBaseline(c, vs, vx, vy, b.Value)
		if b.Note != "" {
			bs.halo(c, bs.NoteStyle, vx, ny, b.Note)
			fillBaseline(c, bs.NoteStyle, vx, ny, b.Note)
		}
		es, xs := bs.endLabels(b, r)
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
	// Lines keep 3:1 against white and the bar's faint ground: a darker
	// shade of its colour where that is too light (wording.StatusLine).
	line := lineColor(clr)
	outline := bs.Outline
	if outline.Color == nil {
		outline.Color = line
	}
	hatch := bs.Hatch
	if hatch.Color == nil {
		hatch.Color = line
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
		hatchRect(c, rect, hatch, bs.HatchSpacing)
		if b.Tip == Faded {
			// The hatching fades too, as the key's fading end does: white
			// over it, not under it.
			fadeRect(c, vg.Rectangle{Min: vg.Point{X: solidTo, Y: rect.Min.Y}, Max: rect.Max}, color.White, 0, 0.85)
		}
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
			end := draw.LineStyle{Color: line, Width: bs.Outline.Width, Dashes: []vg.Length{bs.Outline.Width * 2, bs.Outline.Width * 2}}
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

// lineColor returns the colour of the lines that draw a bar of colour
// clr (its outline, hatching and dashed end): clr, or a darker shade of it
// that keeps wording.MinLineContrast against white and against the faint
// ground of a hatched bar, as wording.StatusLine does for a status.
func lineColor(clr color.Color) color.Color {
	n := color.NRGBAModel.Convert(clr).(color.NRGBA)
	hex := fmt.Sprintf("%02X%02X%02X", n.R, n.G, n.B)
	r, g, b := wording.RGB(wording.Shade(hex, wording.MinLineContrast, "FFFFFF", wording.Tint(hex, wording.HatchGround)))
	return color.NRGBA{R: r, G: g, B: b, A: n.A}
}

// insideOn returns the colour of a value label inside the end of a solid
// bar of colour clr (the first of the Palette if nil), white or the
// ink (wording.InsideLabel), and whether it reads there at WCAG's 4.5:1
// for text.
func insideOn(clr color.Color) (color.Color, bool) {
	if clr == nil {
		clr = Palette[0]
	}
	n := color.NRGBAModel.Convert(clr).(color.NRGBA)
	c, ok := wording.InsideLabel(fmt.Sprintf("%02X%02X%02X", n.R, n.G, n.B))
	if c == "FFFFFF" {
		return color.White, ok
	}
	return hexColor(c), ok
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

// widen places the value label of every fall that has no room left of
// its bar within the axis (a label left of the lowest tick ran out into
// the margin, against the slide's frame): inside the bar where the bar
// holds it; else on the falling side with the axis extended below zero
// by whole ticks, at most three, of a finer step where the ticks stay
// few, while the falls fill axis.WidenFill of the part below zero; else
// right of zero beside the bar (Across), where its row has nothing,
// rather than the axis growing more: widening drew one bar at −43,000 on
// an axis to −200,000 for its label (s14-tourism). A bar whose row has
// more than its value (a note, end labels) only widens the axis. (A rise's label may pass the last
// gridline: the glyph boxes keep it clear of the frame.)
func (bs *Bars) widen(p *plot.Plot, body draw.Canvas) {
	t, ok := p.X.Tick.Marker.(Ticks)
	if !ok || !(p.X.Max > p.X.Min) {
		return
	}
	if bs.axis == nil {
		bs.axis = &[3]float64{p.X.Min, p.X.Max, t.Step}
	}
	setAxis := func(a [3]float64) {
		p.X.Min, p.X.Max, t.Step = a[0], a[1], a[2]
		p.X.Tick.Marker = t
	}
	setAxis(*bs.axis)
	for i := range bs.Bars {
		bs.Bars[i].Inside, bs.Bars[i].Across = false, false // as on a first drawing
	}
	n := t.Count
	if n <= 0 {
		n = 5
	}
	step := t.Step
	if step <= 0 {
		step = axis.NiceStep((p.X.Max - p.X.Min) / float64(n-1))
	}
	// place returns where the falls' labels go on the axis as it is,
	// and whether one has no place there (out) and whether one goes
	// inside beside a fall labelled outside (mixed); apply sets it.
	place := func(lo float64) (out, mixed bool, apply func()) {
		dc := p.DataCanvas(body)
		x := func(v float64) vg.Length { return dc.Min.X + vg.Length(p.X.Norm(v))*(dc.Max.X-dc.Min.X) }
		// A fall's label with no room left of its bar goes inside it
		// where the bar holds it (a solid bar, white on its colour, as
		// the native chart writes it): the axis keeps its ends.
		outside := func(b Bar) bool { return x(b.Start)-bs.Gap-bs.valueWidth(b) < dc.Min.X }
		fits := func(b Bar) bool {
			_, reads := insideOn(b.Color)
			return !b.Commitment && b.Note == "" && reads && x(b.End)-x(b.Start) >= bs.valueWidth(b)+2*bs.Gap
		}
		// The axis grows below zero while its falls fill
		// axis.WidenFill of the part below zero; a label it would grow
		// for past that goes across zero, where its row has room.
		lowest := 0.0
		for _, b := range bs.axisBars() {
			lowest = min(lowest, b.Start)
		}
		acrossOK := func(b Bar) bool { return bs.across(b) && lowest > lo*axis.WidenFill }
		// Nor does one fall's label go inside, white, beside falls
		// labelled outside in black, which read as emphasis
		// (s25u-legalaid): the axis grows for it first. One inside in
		// the ink reads as the others do.
		white := func(b Bar) bool { c, _ := insideOn(b.Color); return c == color.White }
		in, beside := false, false
		for _, b := range bs.axisBars() {
			out = out || falls(b) && outside(b) && !fits(b) && !acrossOK(b)
			in = in || falls(b) && outside(b) && fits(b) && white(b)
			beside = beside || falls(b) && !outside(b)
		}
		return out, in && beside, func() {
			for i, b := range bs.Bars {
				bs.Bars[i].Inside = falls(b) && outside(b) && fits(b)
				bs.Bars[i].Across = falls(b) && outside(b) && !fits(b) && acrossOK(b)
			}
		}
	}
	// needed says whether a label had no place but a wider axis.
	needed := false
	var lo0 float64
	for round := range 3 {
		// A widening takes a finer step where the ticks stay few (−3%
		// at a step of 1%, not −4% at 2%), so that the bars lose no
		// more width than the label needs.
		next := step
		if fine := axis.NiceStep(step / 2); fine < step && (p.X.Max-p.X.Min)/fine < 9 {
			next = fine
		}
		lo := math.Floor((p.X.Min-next)/next+1e-9) * next
		if round == 0 {
			lo0 = lo
		}
		out, mixed, apply := place(lo)
		needed = needed || out
		if !out && !(mixed && round < 2) {
			if mixed && !needed && round > 0 {
				// Grown for a label that still goes inside: the axis
				// keeps its ends, not −400,000 for a fall of 267,535
				// labelled inside its bar all the same (s31b-parking).
				setAxis(*bs.axis)
				_, _, apply = place(lo0)
			}
			apply()
			return
		}
		step = next
		p.X.Min = lo
		p.X.Max = math.Ceil(p.X.Max/step-1e-9) * step
		t.Step = step
		p.X.Tick.Marker = t
	}
}

// across reports whether a fall's value label may be drawn right of
// zero: a closed bar that ends at zero, with no note under its label and
// no end labels, so that nothing else of its row is there.
func (bs *Bars) across(b Bar) bool {
	return b.End == 0 && b.Note == "" && b.EndLabels == [2]string{}
}
