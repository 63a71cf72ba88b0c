package chart

import (
	"cmp"
	"errors"
	"fmt"
	"image/color"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/axis"
	"github.com/claimbook/claimbook/report/internal/wording"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// conflictRed marks two sources that disagree.
var conflictRed = color.NRGBA{R: 0xC0, G: 0x1C, B: 0x1C, A: 0xFF}

// A TimePoint is one point of a Timeline: a figure of a series at a time,
// drawn with its hedge.
type TimePoint struct {
	// X is the time, in years, at the middle of the period
	// (indicators.Period.Middle): 2014.5 for the year 2014, 2014.29 for
	// April.
	X float64
	// Y is the figure as stated, in axis units; for a Range, Low and High
	// are its ends and Y is unused.
	Y, Low, High float64
	Range        bool
	// Tip is how the hedge is drawn: Faded (nearly, up to, less than) fades
	// the dot and a stroke down to FadeFrom; Beyond (more than, at least)
	// adds an arrow upwards.
	Tip      Tip
	FadeFrom float64
	// Hollow marks a target, pledge or intention: a ring, not a dot.
	Hollow bool
	// Label is the figure as stated; Source the source's short name.
	Label, Source string
	// Series is the index of the point's series, whose points a line
	// joins; Color is its colour.
	Series int
	Color  color.Color
	// OffLine leaves the point off its series' line: another point of the
	// same period (from a later source) is on it, and two points of one
	// period are not consecutive.
	OffLine bool
	// Apart marks a point whose period does not follow the period of its
	// series' point before it on the line (wording.Consecutive): the line
	// reaches it dotted, drawing no trend across periods the document
	// does not give.
	Apart bool
	// From and To, when To > From, are the ends of a span of time the
	// figure covers (an average over 2002-2012, a fiscal year): a
	// whisker across it, the point at its middle.
	From, To float64
}

// A Timeline is a plot.Plotter of series over a time axis: each point a
// dot (a ring for a commitment, a capped bar for a range, faded for
// "nearly", with an arrow for "more than"), its figure above and its
// source below; points of one period stand side by side; a line joins the
// points of each series not OffLine; Conflicts are boxed in red.
type Timeline struct {
	Points []TimePoint
	// Conflicts are pairs of indexes into Points that disagree.
	Conflicts [][2]int

	LabelStyle, SourceStyle text.Style
	Radius                  vg.Length // of a dot
	Dodge                   vg.Length // between points of one period
	Line                    draw.LineStyle
	Gap                     vg.Length
	// Reference, if not nil, is drawn as a dashed line across the plot
	// at its Value: an index's reference, 100, that its levels are read
	// against.
	Reference *Reference

	// dx is each point's offset from its period, in Dodge units; side is
	// where its labels go: -1 left, 0 above and below, +1 right; under is
	// whether a point beside others has its labels below it.
	dx    []float64
	side  []int
	under []bool
}

var (
	_ plot.Plotter    = (*Timeline)(nil)
	_ plot.DataRanger = (*Timeline)(nil)
	_ plot.GlyphBoxer = (*Timeline)(nil)
)

// NewTimeline returns a Timeline of a copy of points, which must be in
// time order, the points of one series and time next to each other, with the theme's styles at 1920×1080. It checks that every
// number is finite, the times never go back and every range runs upwards.
func NewTimeline(points []TimePoint, conflicts [][2]int) (*Timeline, error) {
	if len(points) == 0 {
		return nil, errors.New("chart: no points")
	}
	for i, p := range points {
		for _, v := range []float64{p.X, p.Y, p.Low, p.High, p.FadeFrom} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("chart: point %d (%q): %v is not finite", i, p.Label, v)
			}
		}
		if i > 0 && p.X < points[i-1].X {
			return nil, fmt.Errorf("chart: point %d (%q) is earlier than the one before it: give the points in time order", i, p.Label)
		}
		if p.Range && p.Low > p.High {
			return nil, fmt.Errorf("chart: point %d (%q) runs from %g down to %g", i, p.Label, p.Low, p.High)
		}
	}
	for _, cf := range conflicts {
		if cf[0] < 0 || cf[1] < 0 || cf[0] >= len(points) || cf[1] >= len(points) {
			return nil, fmt.Errorf("chart: conflict %v names no point", cf)
		}
	}
	register()
	o, _ := (*Options)(nil).resolved()
	t := &Timeline{Points: append([]TimePoint(nil), points...), Conflicts: append([][2]int(nil), conflicts...)}
	t.style(o)
	t.layout()
	return t, nil
}

func (t *Timeline) style(o Options) {
	t.LabelStyle = textStyle(o.fontPx(24, true), ink)
	t.LabelStyle.XAlign = draw.XCenter
	t.SourceStyle = textStyle(o.fontPx(22, false), muted)
	t.SourceStyle.XAlign = draw.XCenter
	t.Radius = o.px(12)
	t.Dodge = o.px(40)
	t.Line = draw.LineStyle{Width: o.px(3)}
	t.Gap = o.px(10)
}

// layout sets the dodge and label side of each point: points of one
// series and one time, or of one time and one figure, stand side by side, the first with its labels on
// the left and the last on the right.
func (t *Timeline) layout() {
	n := len(t.Points)
	t.dx, t.side, t.under = make([]float64, n), make([]int, n), make([]bool, n)
	for i := 0; i < n; {
		j := i
		// Points of two series at one time and one figure stand side by
		// side too: drawn on one spot, one hid the other (s17i-water:
		// Excellent and Poor, 17 each in 2015).
		for j < n && t.Points[j].X == t.Points[i].X && (t.Points[j].Series == t.Points[i].Series || t.Points[j].Y == t.Points[i].Y && !t.Points[j].Range && !t.Points[i].Range) {
			j++
		}
		// Points side by side: the first half labelled above, the rest
		// below; in each half the first to the left and the last to the
		// right, so that two, three or four never share a corner.
		k := j - i
		above := (k + 1) / 2
		for m := i; m < j; m++ {
			q := m - i
			t.dx[m] = float64(q) - float64(k-1)/2
			switch {
			case k == 1:
				t.side[m] = 0
			case q < above:
				t.side[m] = -1
				if q > 0 {
					t.side[m] = 1
				}
			default:
				t.under[m] = true
				t.side[m] = 1
				if q < k-1 {
					t.side[m] = -1
				}
			}
		}
		i = j
	}
}

// DataRange implements plot.DataRanger: the times, half a year either
// side, and the figures from 0 (or the lowest below it).
func (t *Timeline) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, xmax = math.Inf(1), math.Inf(-1)
	ymin, ymax = 0, 0
	for _, p := range t.Points {
		xmin, xmax = math.Min(xmin, p.X), math.Max(xmax, p.X)
		if p.To > p.From {
			xmin, xmax = math.Min(xmin, p.From), math.Max(xmax, p.To)
		}
		lo, hi := p.Y, p.Y
		if p.Range {
			lo, hi = p.Low, p.High
		}
		ymin, ymax = math.Min(ymin, math.Min(lo, p.FadeFrom)), math.Max(ymax, math.Max(hi, p.FadeFrom))
	}
	return xmin - t.xPad(xmax-xmin), xmax + t.xPad(xmax-xmin), ymin, ymax
}

// xPad returns the room left either side of the points on the time
// axis, whose points span width years: three quarters of the least step
// between two times, up to half a year, or 6% of the width if more, so
// that two months a month apart span the axis rather than sit in the
// middle tenth of a year-wide one (s15-prices); a single point, half a
// year.
func (t *Timeline) xPad(width float64) float64 {
	step := math.Inf(1)
	for i, p := range t.Points {
		for _, q := range t.Points[i+1:] {
			if d := math.Abs(p.X - q.X); d > 1e-9 {
				step = math.Min(step, d)
			}
		}
	}
	return math.Max(math.Min(0.5, step*0.75), width*0.06)
}

// ends returns the low and high figure a point spans.
func (p TimePoint) ends() (lo, hi float64) {
	if p.Range {
		return p.Low, p.High
	}
	return p.Y, p.Y
}

// GlyphBoxes implements plot.GlyphBoxer: the dots and their labels, so
// that no label is clipped at the plot's edges.
func (t *Timeline) GlyphBoxes(p *plot.Plot) []plot.GlyphBox {
	var out []plot.GlyphBox
	for i, pt := range t.Points {
		lo, hi := pt.ends()
		for _, y := range []float64{lo, hi} {
			lw, sw := t.LabelStyle.Width(pt.Label), t.SourceStyle.Width(pt.Source)
			w := max(lw, sw)
			lh := lineHeight(t.LabelStyle)
			if pt.Source != "" {
				lh += lineHeight(t.SourceStyle)
			}
			x0 := vg.Length(t.dx[i])*t.Dodge - w/2
			side := t.side[i]
			if side == 0 {
				side = t.endSide(i) // room beside, where the labels may go (besideLabels)
			}
			at := pt.X
			switch side {
			case -1:
				x0 = vg.Length(t.dx[i])*t.Dodge - t.Radius - t.Gap - w
			case 1:
				x0 = vg.Length(t.dx[i])*t.Dodge + t.Radius + t.Gap
			}
			if t.side[i] == 0 && side != 0 && pt.To > pt.From {
				// Beside its dot, past its whisker's end (besideLabels).
				at, x0 = pt.To, t.Gap
				if side < 0 {
					at, x0 = pt.From, -t.Gap-w
				}
			}
			out = append(out, plot.GlyphBox{
				X: p.X.Norm(at), Y: p.Y.Norm(y),
				Rectangle: vg.Rectangle{Min: vg.Point{X: x0, Y: -lh - t.Radius*2}, Max: vg.Point{X: x0 + w, Y: lh + t.Radius*2}},
			})
		}
	}
	return out
}

// stack returns the centres of labels h high that want to be centred
// at wants (highest first), none overlapping: labels that would meet
// form a run centred on the mean of its wants, as near each its own as
// the others allow, the runs kept between lo and hi where they fit.
func stack(wants []vg.Length, h, lo, hi vg.Length) []vg.Length {
	type run struct {
		from, n int
		top     vg.Length // the centre of its first label
	}
	var runs []run
	for k, w := range wants {
		runs = append(runs, run{k, 1, w})
		for len(runs) > 1 {
			a, b := runs[len(runs)-2], runs[len(runs)-1]
			if a.top-vg.Length(a.n-1)*h-b.top < h {
				// a's last label reaches b's first: one run of both.
				var sum vg.Length
				for _, w := range wants[a.from : b.from+b.n] {
					sum += w
				}
				n := a.n + b.n
				mean := sum / vg.Length(n)
				runs = append(runs[:len(runs)-2], run{a.from, n, mean + vg.Length(n-1)*h/2})
				continue
			}
			break
		}
	}
	ys := make([]vg.Length, len(wants))
	for _, r := range runs {
		top := min(r.top, hi)
		top = max(top, lo+vg.Length(r.n-1)*h)
		for k := 0; k < r.n; k++ {
			ys[r.from+k] = top - vg.Length(k)*h
		}
	}
	// Runs moved inside the canvas may meet the runs beside them: each
	// label at least h below the one above it, then above the one below.
	for k := 1; k < len(ys); k++ {
		ys[k] = min(ys[k], ys[k-1]-h)
	}
	for k := len(ys) - 2; k >= 0; k-- {
		ys[k] = max(ys[k], ys[k+1]+h)
	}
	return ys
}

// endSide returns the side beside its dot where point i's labels may
// go (besideLabels) and the plot keeps room for: +1 for a point at the
// last time, -1 at the first, where two points of that time lie within a
// tenth of the axis of each other, whose labels above and below may
// overprint; 0 otherwise.
func (t *Timeline) endSide(i int) int {
	first, last := t.Points[0].X, t.Points[len(t.Points)-1].X
	pt := t.Points[i]
	side := 0
	switch {
	case pt.X == last:
		side = 1
	case pt.X == first:
		side = -1
	default:
		return 0
	}
	_, _, ymin, ymax := t.DataRange()
	for j, o := range t.Points {
		for k, q := range t.Points[j+1:] {
			if o.X == pt.X && q.X == pt.X && t.side[j] == 0 && t.side[j+1+k] == 0 && math.Abs(mid(o)-mid(q)) <= (ymax-ymin)/10 {
				return side
			}
		}
	}
	return 0
}

// segments returns the pairs of points the lines join, as indexes into
// Points: consecutive points of a series that are on its line (not
// OffLine), and never two of one period.
func (t *Timeline) segments() [][2]int {
	var out [][2]int
	last := map[int]int{}
	for i, pt := range t.Points {
		if pt.OffLine {
			continue
		}
		j, ok := last[pt.Series]
		if ok && t.Points[j].X == pt.X {
			continue
		}
		if ok {
			out = append(out, [2]int{j, i})
		}
		last[pt.Series] = i
	}
	return out
}

// Plot implements plot.Plotter.
func (t *Timeline) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	at := func(i int) vg.Length { return trX(t.Points[i].X) + vg.Length(t.dx[i])*t.Dodge }
	if r := t.Reference; r != nil {
		y := trY(r.Value)
		c.StrokeLine2(r.line(t.Line.Width), c.Min.X, y, c.Max.X, y)
	}
	for _, seg := range t.segments() {
		j, i := seg[0], seg[1]
		ls := t.Line
		ls.Color = withAlpha(t.Points[i].Color, 0.45)
		if t.Points[i].Apart {
			ls.Dashes = []vg.Length{ls.Width, ls.Width * 4}
		}
		c.StrokeLine2(ls, at(j), trY(mid(t.Points[j])), at(i), trY(mid(t.Points[i])))
	}
	// Conflicts: a red dashed box around both points.
	for _, cf := range t.Conflicts {
		a, b := t.Points[cf[0]], t.Points[cf[1]]
		alo, ahi := a.ends()
		blo, bhi := b.ends()
		pad := t.Radius * 2
		box := vg.Rectangle{
			Min: vg.Point{X: min(at(cf[0]), at(cf[1])) - pad, Y: trY(math.Min(alo, blo)) - pad},
			Max: vg.Point{X: max(at(cf[0]), at(cf[1])) + pad, Y: trY(math.Max(ahi, bhi)) + pad},
		}
		d := draw.LineStyle{Color: conflictRed, Width: t.Line.Width, Dashes: []vg.Length{t.Line.Width * 3, t.Line.Width * 2}}
		c.StrokeLines(d, []vg.Point{box.Min, {X: box.Max.X, Y: box.Min.Y}, box.Max, {X: box.Min.X, Y: box.Max.Y}, box.Min})
	}
	below, tier, beside := t.placeLabels(c, trX, trY)
	ends := t.whiskerEnds(trX)
	for i, pt := range t.Points {
		x := at(i)
		lo, hi := pt.ends()
		r := t.Radius
		if pt.To > pt.From {
			// The span the figure covers: a whisker with end ticks.
			y := trY(mid(pt))
			ws := draw.LineStyle{Color: withAlpha(pt.Color, 0.7), Width: t.Line.Width}
			x0, x1 := ends[i][0], ends[i][1]
			c.StrokeLine2(ws, x0, y, x1, y)
			c.StrokeLine2(ws, x0, y-r, x0, y+r)
			c.StrokeLine2(ws, x1, y-r, x1, y+r)
		}
		switch {
		case pt.Range:
			bar := draw.LineStyle{Color: withAlpha(pt.Color, 0.55), Width: r * 1.2}
			c.StrokeLine2(bar, x, trY(lo), x, trY(hi))
			caps := draw.LineStyle{Color: pt.Color, Width: t.Line.Width}
			c.StrokeLine2(caps, x-r, trY(lo), x+r, trY(lo))
			c.StrokeLine2(caps, x-r, trY(hi), x+r, trY(hi))
		case pt.Hollow:
			dot := circle(vg.Point{X: x, Y: trY(pt.Y)}, r)
			c.SetColor(white)
			c.Fill(dot)
			c.SetLineStyle(draw.LineStyle{Color: pt.Color, Width: t.Line.Width * 1.3})
			c.Stroke(dot)
		default:
			clr := pt.Color
			if pt.Tip == Faded {
				// A stroke that fades toward zero, to where the wording
				// allows (down from a figure above zero, up from a fall
				// drawn below it), and a dot that is lighter than a plain
				// figure's.
				y0, y1 := trY(pt.FadeFrom), trY(pt.Y)
				if y0 < y1-r || y0 > y1+r {
					steps := 12
					h := (y1 - y0) / vg.Length(steps)
					for k := 0; k < steps; k++ {
						a := 0.05 + 0.4*float64(k)/float64(steps)
						c.StrokeLine2(draw.LineStyle{Color: withAlpha(pt.Color, a), Width: r * 1.2}, x, y0+vg.Length(k)*h, x, y0+vg.Length(k+1)*h)
					}
				}
				clr = withAlpha(pt.Color, 0.45)
			}
			c.SetColor(clr)
			c.Fill(circle(vg.Point{X: x, Y: trY(pt.Y)}, r))
			if pt.Tip == Faded {
				c.SetLineStyle(draw.LineStyle{Color: pt.Color, Width: t.Line.Width * 0.7, Dashes: []vg.Length{t.Line.Width, t.Line.Width}})
				c.Stroke(circle(vg.Point{X: x, Y: trY(pt.Y)}, r))
			}
			if pt.Tip == Beyond {
				y := trY(pt.Y) + r + t.Gap/2
				c.FillPolygon(pt.Color, []vg.Point{{X: x - r, Y: y}, {X: x, Y: y + r*1.6}, {X: x + r, Y: y}})
			}
		}
		top, bottom := t.labelEdges(i, trY)
		// Labels: the figure above and the source below, or both beside
		// the point when points of one period stand side by side.
		ls, ss := t.LabelStyle, t.SourceStyle
		lx := x
		switch t.side[i] {
		case -1:
			ls.XAlign, ss.XAlign, lx = draw.XRight, draw.XRight, x+r
		case 1:
			ls.XAlign, ss.XAlign, lx = draw.XLeft, draw.XLeft, x-r
		}
		lift := vg.Length(tier[i]) * t.labelHeight()
		top, bottom = top+lift, bottom-lift
		switch b := beside[i]; {
		case b.Side != 0:
			// Beside the dot, the figure's line centred at b.Y, with a
			// leader to it where the stack moved it off its dot.
			ls.XAlign, ss.XAlign = draw.XLeft, draw.XLeft
			if b.Side < 0 {
				ls.XAlign, ss.XAlign = draw.XRight, draw.XRight
			}
			from := x + vg.Length(b.Side)*r
			lx = x + vg.Length(b.Side)*(r+t.Gap)
			if pt.To > pt.From {
				// Past the end of its whisker, which struck "2,366
				// applications" through beside its dot (s34e-charities).
				if b.Side > 0 {
					lx = max(lx, ends[i][1]+t.Gap)
				} else {
					lx = min(lx, ends[i][0]-t.Gap)
				}
			}
			if y := trY(pt.Y); b.Y-y > r || y-b.Y > r {
				c.StrokeLine2(draw.LineStyle{Color: withAlpha(pt.Color, 0.7), Width: t.Line.Width / 2}, from, y, lx-vg.Length(b.Side)*t.Gap/3, b.Y)
			}
			y := b.Y - ls.FontExtents().Height/2 + ls.FontExtents().Descent
			fillBaseline(c, ls, lx, y, pt.Label)
			fillBaseline(c, ss, lx, y-ls.FontExtents().Descent-ss.FontExtents().Height, pt.Source)
		case below[i]:
			y := bottom - t.Gap - ls.FontExtents().Ascent
			fillBaseline(c, ls, lx, y, pt.Label)
			fillBaseline(c, ss, lx, y-ls.FontExtents().Descent-ss.FontExtents().Height, pt.Source)
		case pt.Source == "":
			fillBaseline(c, ls, lx, top+t.Gap+ls.FontExtents().Descent, pt.Label)
		default:
			y := top + t.Gap + ss.FontExtents().Descent
			fillBaseline(c, ss, lx, y, pt.Source)
			fillBaseline(c, ls, lx, y+ss.FontExtents().Ascent+ls.FontExtents().Descent+t.Gap/2, pt.Label)
		}
	}
}

// placeLabels says where each point's labels go: below it or above, and
// how many label heights further away. Points side by side go as layout
// says; a point alone goes in the first free place of above, below, and a
// label's height further up or down, free meaning clear of every label
// placed so far and inside the canvas (the least overlap if none is).
func (t *Timeline) placeLabels(c draw.Canvas, trX, trY func(float64) vg.Length) (below []bool, tier []int, beside []besideLabel) {
	at := func(i int) vg.Length { return trX(t.Points[i].X) + vg.Length(t.dx[i])*t.Dodge }
	n := len(t.Points)
	below, tier = make([]bool, n), make([]int, n)

	boxes := make([]vg.Rectangle, n)
	placed := make([]bool, n)
	for i := range t.Points {
		if t.side[i] != 0 {
			below[i] = t.under[i]
			boxes[i], placed[i] = t.labelBox(i, at(i), trY, below[i], 0), true
		}
	}
	// Points come in time order, so the labels that can meet one are
	// those of points less than reach apart on the time axis: the widest
	// label and the widest dodge. overlap looks only there, so that a
	// chart of many points stays quick.
	var reach vg.Length
	for i, pt := range t.Points {
		reach = max(reach, t.LabelStyle.Width(pt.Label), t.SourceStyle.Width(pt.Source), vg.Length(math.Abs(t.dx[i]))*t.Dodge)
	}
	reach = 2*reach + 2*(t.Radius+t.Gap)
	// A label on another point's whisker is struck through by it ("1,010
	// removals" on the whisker of "1,257 charities", s34e-charities): the
	// whiskers count as overlap too, a label on its own point's whisker
	// as much as on another's.
	ends := t.whiskerEnds(trX)
	for i, pt := range t.Points {
		if pt.To > pt.From {
			reach = max(reach, ends[i][1]-ends[i][0])
		}
	}
	whisker := func(a vg.Rectangle, j int) vg.Length {
		pt := t.Points[j]
		if pt.To <= pt.From {
			return 0
		}
		y, r := trY(mid(pt)), t.Radius
		w := min(a.Max.X, ends[j][1]) - max(a.Min.X, ends[j][0])
		h := min(a.Max.Y, y+r) - max(a.Min.Y, y-r)
		if w > 0 && h > 0 {
			return w * h
		}
		return 0
	}
	overlap := func(a vg.Rectangle, i int) vg.Length {
		var sum vg.Length
		if a.Min.Y < c.Min.Y || a.Max.Y > c.Max.Y {
			sum += (a.Max.X - a.Min.X) * (a.Max.Y - a.Min.Y)
		}
		x := trX(t.Points[i].X)
		sum += whisker(a, i)
		add := func(j int) bool {
			if trX(t.Points[j].X) < x-reach || trX(t.Points[j].X) > x+reach {
				return false
			}
			sum += whisker(a, j)
			if b := boxes[j]; placed[j] {
				w := min(a.Max.X, b.Max.X) - max(a.Min.X, b.Min.X)
				h := min(a.Max.Y, b.Max.Y) - max(a.Min.Y, b.Min.Y)
				if w > 0 && h > 0 {
					sum += w * h
				}
				// A label on the wrong side of the label of a point of its
				// time is as bad as one on top of it: "77%" over the 80%
				// point, "80%" under the 77% one (s23r-pensions' deck).
				if d := mid(t.Points[i]) - mid(t.Points[j]); t.Points[j].X == t.Points[i].X && d != 0 && (d > 0) != (a.Min.Y+a.Max.Y > b.Min.Y+b.Max.Y) {
					sum += (a.Max.X - a.Min.X) * (a.Max.Y - a.Min.Y)
				}
			}
			return true
		}
		for j := i - 1; j >= 0 && add(j); j-- {
		}
		for j := i + 1; j < n && add(j); j++ {
		}
		return sum
	}
	// Points of one time are placed highest first, so that where two
	// lines end close together the higher one's label goes above and the
	// lower one's below, each beside its own line (s23r-pensions: 80
	// above 77, not "77%" drawn at the 80% point).
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		pa, pb := t.Points[a], t.Points[b]
		if pa.X != pb.X {
			return cmp.Compare(pa.X, pb.X)
		}
		return cmp.Compare(mid(pb), mid(pa))
	})
	for _, i := range order {
		if t.side[i] != 0 {
			continue
		}
		best := vg.Length(-1)
		for _, cand := range [...]struct {
			below bool
			tier  int
		}{{false, 0}, {true, 0}, {false, 1}, {true, 1}, {false, 2}} {
			box := t.labelBox(i, at(i), trY, cand.below, cand.tier)
			if o := overlap(box, i); best < 0 || o < best {
				best, below[i], tier[i], boxes[i] = o, cand.below, cand.tier, box
				if o == 0 {
					break
				}
			}
		}
		placed[i] = true
	}
	return below, tier, t.besideLabels(c, at, trY)
}

// A besideLabel places a point's labels beside it, to the right (Side
// +1) or the left (-1) of its dot, the figure's line centred at Y; Side
// 0 leaves them above or below it.
type besideLabel struct {
	Side int
	Y    vg.Length
}

// besideLabels returns where the labels of the points at the first or
// the last time go beside their dots, outward, where two of them lie
// close (endSide) and their labels above and below may overprint:
// stacked in the points' order, each as near its dot as the others allow,
// inside the canvas, as a slope chart labels its ends (s26w-taxgap: 4.8%,
// 4.7% and 3.0% printed on one another at 2022/23); GlyphBoxes keeps
// the room for them. Points of other times keep their place.
func (t *Timeline) besideLabels(c draw.Canvas, at func(int) vg.Length, trY func(float64) vg.Length) []besideLabel {
	out := make([]besideLabel, len(t.Points))
	first, last := t.Points[0].X, t.Points[len(t.Points)-1].X
	h := t.labelHeight() + t.Gap/2
	for _, end := range []struct {
		x    float64
		side int
	}{{last, 1}, {first, -1}} {
		var group []int
		for i, pt := range t.Points {
			if pt.X == end.x && t.side[i] == 0 && t.endSide(i) == end.side {
				group = append(group, i)
			}
		}
		if len(group) < 2 || out[group[0]].Side != 0 {
			continue
		}
		slices.SortStableFunc(group, func(a, b int) int { return cmp.Compare(mid(t.Points[b]), mid(t.Points[a])) })
		wants := make([]vg.Length, len(group))
		for k, i := range group {
			wants[k] = trY(mid(t.Points[i]))
		}
		ys := stack(wants, h, c.Min.Y+h/2, c.Max.Y-h/2)
		for k, i := range group {
			out[i] = besideLabel{Side: end.side, Y: ys[k]}
		}
	}
	return out
}

// labelEdges returns the heights above and below point i's mark (its
// dot, range bar or arrow) where its labels may start; beyond the
// conflict box, if there is one, for points side by side.
func (t *Timeline) labelEdges(i int, trY func(float64) vg.Length) (top, bottom vg.Length) {
	pt := t.Points[i]
	lo, hi := pt.ends()
	r := t.Radius
	top, bottom = trY(hi)+r, trY(lo)-r
	switch {
	case pt.Range:
		top, bottom = trY(hi)+t.Gap/2, trY(lo)-t.Gap/2
	case !pt.Hollow && pt.Tip == Beyond:
		top = trY(pt.Y) + r + t.Gap/2 + r*1.6
	}
	if t.side[i] != 0 {
		top, bottom = max(top, trY(hi)+r*2), min(bottom, trY(lo)-r*2)
	}
	return top, bottom
}

// labelHeight is the height of a point's two labels, the figure and the
// source, with the gap between them.
func (t *Timeline) labelHeight() vg.Length {
	for _, pt := range t.Points {
		if pt.Source != "" {
			return t.LabelStyle.FontExtents().Height + t.SourceStyle.FontExtents().Height + t.Gap/2
		}
	}
	return t.LabelStyle.FontExtents().Height // no point names a source
}

// labelBox is the box point i's labels take with the point at x: above
// or below it, tier label heights further away, with a gap around.
func (t *Timeline) labelBox(i int, x vg.Length, trY func(float64) vg.Length, below bool, tier int) vg.Rectangle {
	pt := t.Points[i]
	w := max(t.LabelStyle.Width(pt.Label), t.SourceStyle.Width(pt.Source))
	var l vg.Length
	switch t.side[i] {
	case -1:
		l = x + t.Radius - w
	case 1:
		l = x - t.Radius
	default:
		l = x - w/2
	}
	top, bottom := t.labelEdges(i, trY)
	h, lift := t.labelHeight(), vg.Length(tier)*t.labelHeight()
	r := vg.Rectangle{Min: vg.Point{X: l - t.Gap, Y: top + lift}, Max: vg.Point{X: l + w + t.Gap, Y: top + lift + t.Gap + h}}
	if below {
		r.Min.Y, r.Max.Y = bottom-lift-t.Gap-h, bottom-lift
	}
	return r
}

func mid(p TimePoint) float64 {
	lo, hi := p.ends()
	return (lo + hi) / 2
}

// circle returns the path of a circle.
func circle(c vg.Point, r vg.Length) vg.Path {
	var p vg.Path
	p.Move(vg.Point{X: c.X + r, Y: c.Y})
	p.Arc(c, r, 0, 2*math.Pi)
	p.Close()
	return p
}

// YearTicks is a plot.Ticker for a time axis in years: a tick on every
// year, or every 2, 5, 10 … years when there are many, labelled "2014"
// at the middle of the year it names, where that year's point sits
// (indicators.Period.Middle): a year's label stands under its figure,
// and a month's or a quarter's point within the year it names.
//
// Given the years its points stand at (Points), it ticks those years
// where they are few (maxPointTicks), so that every point's year is
// read off the axis; otherwise its steps and the years of its first and
// last points, so that no end point stands between two labels (2013 and
// 2023 between the ticks 2014 … 2022, s16g-fire). A tick nearer than
// minTickGap of the axis to one kept, or a step's tick nearer than half a
// step, is dropped, the ends kept first.
type YearTicks struct {
	// Points are the calendar years of the chart's points (2014 for the
	// year 2014), in any order.
	Points []float64
}

// maxPointTicks is the most point years YearTicks ticks alone;
// minTickGap the least distance between two ticks, a share of the axis.
const (
	maxPointTicks = 8
	minTickGap    = 1.0 / 24
)

// Ticks implements plot.Ticker.
func (t YearTicks) Ticks(lo, hi float64) []plot.Tick {
	if !(hi > lo) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		return nil
	}
	// The years whose middles are on the axis, worked in years and
	// placed at their middles at the end.
	lo, hi = lo-0.5, hi-0.5
	var years []float64
	for _, y := range t.Points {
		if y >= lo && y <= hi && y == math.Trunc(y) && !slices.Contains(years, y) {
			years = append(years, y)
		}
	}
	slices.Sort(years)
	step := 1.0
	for _, s := range []float64{1, 2, 5, 10, 20, 50, 100} {
		step = s
		if (hi-lo)/s <= 10 {
			break
		}
	}
	var at []float64
	gap := (hi - lo) * minTickGap
	steps := !(len(years) > 0 && len(years) <= maxPointTicks)
	if !steps {
		at = years
	} else {
		for y := math.Ceil(lo/step) * step; y <= hi; y += step {
			at = append(at, y)
		}
		gap = max(gap, step/2)
	}
	// The ends first, then the rest in order, each kept if clear of
	// those kept: a step tick more than half a step from every other,
	// so that 2014, a step tick with no figure, never stands a year from
	// the first point's 2013 on an axis of two-year steps (review16a
	// item 20).
	var kept []float64
	if len(years) > 0 {
		kept = append(kept, years[0], years[len(years)-1])
	}
	near := func(k, y float64) bool { return k != y && (math.Abs(k-y) < gap || steps && math.Abs(k-y) <= gap) }
	for _, y := range at {
		if !slices.ContainsFunc(kept, func(k float64) bool { return near(k, y) }) && !slices.Contains(kept, y) {
			kept = append(kept, y)
		}
	}
	slices.Sort(kept)
	kept = slices.Compact(kept)
	ticks := make([]plot.Tick, len(kept))
	for i, y := range kept {
		ticks[i] = plot.Tick{Value: y + 0.5, Label: strconv.Itoa(int(y))}
	}
	return ticks
}

// periodTicks is a plot.Ticker for a time axis of quarters or halves: a
// tick at each point's time, labelled with its period ("Q4 2016"), every
// other one or fewer when there are many.
type periodTicks []plot.Tick

// Ticks implements plot.Ticker.
func (t periodTicks) Ticks(lo, hi float64) []plot.Tick {
	var in []plot.Tick
	for _, tk := range t {
		if tk.Value >= lo && tk.Value <= hi {
			in = append(in, tk)
		}
	}
	step := (len(in) + 9) / 10
	var out []plot.Tick
	for i, tk := range in {
		if i%max(step, 1) == 0 {
			out = append(out, tk)
		}
	}
	return out
}

// partOfYear returns "quarter" or "half-year" when p is one, else "".
func partOfYear(p indicators.Period) string {
	s := p.String()
	if len(s) != 7 || s[4] != '-' {
		return ""
	}
	switch s[5] {
	case 'Q':
		return "quarter"
	case 'H':
		return "half-year"
	}
	return ""
}

// timeAxis returns the ticker of a time axis for the periods ps: each
// period's label at its point when all are quarters, or all halves, of a
// year (a year's tick "2017" would stand at Q1 2017 and say nothing of
// Q4 2016), or when none is a calendar year a year axis could name
// (wording.PeriodTicks: "2013/14", "FY 2020", "YE Mar 2016"), or the
// years (YearTicks); and what the periods are, in the
// words of the whisker's key: "quarter", "half-year", "months" or
// "years".
func timeAxis(ps []indicators.Period) (plot.Ticker, string) {
	part := ""
	months := false
	for i, p := range ps {
		k := partOfYear(p)
		if i == 0 {
			part = k
		} else if k != part {
			part = ""
		}
		months = months || p.From.Month != 0 && !p.Fiscal
	}
	labels := wording.PeriodTicks(ps)
	named := len(ps) > 0 && !slices.Contains(labels, "")
	if part == "" && !named {
		if months {
			return YearTicks{}, "months"
		}
		var years []float64
		for _, p := range ps {
			if p.From.Month == 0 {
				years = append(years, float64(p.From.Year))
			}
			if p.IsSpan() && p.To.Month == 0 {
				years = append(years, float64(p.To.Year))
			}
		}
		return YearTicks{Points: years}, "years"
	}
	if part == "" {
		part = "years"
		if months {
			part = "months"
		}
	}
	var ticks periodTicks
	seen := map[float64]bool{}
	for i, p := range ps {
		x := timeOf(p)
		l := p.Label()
		if part == "years" || part == "months" {
			l = labels[i]
		}
		if !seen[x] {
			seen[x] = true
			ticks = append(ticks, plot.Tick{Value: x, Label: l})
		}
	}
	sort.Slice(ticks, func(i, j int) bool { return ticks[i].Value < ticks[j].Value })
	return ticks, part
}

// gapNote is the note under a series whose line crosses periods with no
// figure (TimePoint.Apart).
const gapNote = "A dotted line crosses periods the source gives no figure for; it shows no trend between its points."

// Kinds of figure over a span of time, as the whisker's key says them
// (spanKind).
const (
	spanTotal  = iota // a total or an average over the span
	spanChange        // a change measured over it
	spanWithin        // a level at some point within it: a peak, a low
)

// spanKind returns what the figures over a span among items are: changes
// if all are; a value at some time within its span where every figure
// over one says an extreme (wording.AtSomeTime: "the peak of 113.1 …
// during the 2008-09 recession" is neither an average nor a total over
// 2008–2009, s16g-insolvency); else a total or average.
func spanKind(items []item) int {
	var spans []item
	for _, it := range items {
		if it.period.IsSpan() {
			spans = append(spans, it)
		}
	}
	switch {
	case !slices.ContainsFunc(items, func(it item) bool { return it.measure != indicators.Change }):
		return spanChange
	case len(spans) > 0 && !slices.ContainsFunc(spans, func(it item) bool {
		return it.measure == indicators.Flow || !wording.AtSomeTime(it.title, it.quote)
	}):
		return spanWithin
	}
	return spanTotal
}

// whiskerKey is the key's words for the whisker of figures over a span of
// the periods what ("quarter", "years"; timeAxis), of the kind spanKind
// says. Of changes it says the period each change is measured in: a
// quarter's growth is neither an average nor a total over it (s15-gdp);
// of a level within a span, that the document does not say when in it.
func whiskerKey(what string, kind int) string {
	if kind == spanWithin {
		if what == "quarter" || what == "half-year" {
			return "Whisker: the " + what + " a figure is given for (at some time within it); the dot at its middle"
		}
		return "Whisker: the " + what + " a figure is given for (at some time within them); the dot at their middle"
	}
	if kind == spanChange {
		if what == "quarter" || what == "half-year" {
			return "Whisker: the " + what + " each change is measured in; the dot at its middle"
		}
		return "Whisker: the " + what + " each change is measured in; the dot at their middle"
	}
	if what == "quarter" || what == "half-year" {
		return "Whisker: the " + what + " a figure covers (an average or total over it); the dot at its middle"
	}
	return "Whisker: the " + what + " a figure covers (an average or total over them); the dot at their middle"
}

// whiskerEnds returns the x of the ends of each point's whisker (zero
// for a point of no span), drawn through trX: a whisker ends a radius
// short of the next one of its series where they would come closer than
// a diameter, so that the end ticks of neighbouring spans (rolling years,
// one ending where the next begins) never touch nor overlap.
func (t *Timeline) whiskerEnds(trX func(float64) vg.Length) [][2]vg.Length {
	ends := make([][2]vg.Length, len(t.Points))
	var spans []int
	for i, pt := range t.Points {
		if pt.To > pt.From {
			ends[i] = [2]vg.Length{trX(pt.From), trX(pt.To)}
			spans = append(spans, i)
		}
	}
	sort.SliceStable(spans, func(a, b int) bool { return t.Points[spans[a]].From < t.Points[spans[b]].From })
	for k, i := range spans {
		for _, j := range spans[k+1:] {
			if t.Points[j].Series != t.Points[i].Series {
				continue
			}
			if gap := ends[j][0] - ends[i][1]; gap < 2*t.Radius && gap > -2*t.Radius {
				m := (ends[i][1] + ends[j][0]) / 2
				ends[i][1], ends[j][0] = min(ends[i][1], m-t.Radius), max(ends[j][0], m+t.Radius)
			}
			break
		}
	}
	return ends
}

// timeOf returns where a period's point stands on a time axis, by the
// one rule the book's native charts and its Time axis column follow too:
// the middle of the time it covers (indicators.Period.Middle), so that a
// year and the quarters beside it sit as far apart as their middles are.
func timeOf(p indicators.Period) float64 { return p.Middle() }

// extentOf returns the time a period covers on a time axis, the ends of
// its whisker, halfway either side of timeOf: a fiscal or split span,
// whose months are not kept, covers its years from the first to the end
// of the last.
func extentOf(p indicators.Period) (from, to float64, ok bool) {
	if from, to, ok := p.Extent(); ok {
		return from, to, true
	}
	if !p.IsSpan() {
		return 0, 0, false
	}
	first, last := p, p
	first.To, last.From, last.To = indicators.Date{}, p.To, indicators.Date{}
	return first.Middle() - 0.5, last.Middle() + 0.5, true
}

// seriesChart lays out a view of kind series on s: the points of every
// series of the view, with a key that names the series and explains the
// hedges, conflicts as notes, and the sources in the footer.
func seriesChart(s *Slide, c *indicators.Catalog, v *indicators.ChartView) ([]string, error) {
	if len(v.Series) == 0 {
		return nil, fmt.Errorf("chart: view %q draws no series", v.ID)
	}
	all := c.SeriesPoints()
	index := map[string]int{}
	for i, sr := range c.Series {
		index[sr.ID] = i
	}
	type ref struct {
		sp  indicators.SeriesPoint
		ser int
	}
	var refs []ref
	var items []item
	for k, id := range v.Series {
		i, ok := index[id]
		if !ok {
			return nil, fmt.Errorf("chart: view %q: unknown series %q", v.ID, id)
		}
		for _, sp := range all[i] {
			ind := sp.Indicator
			refs = append(refs, ref{sp, k})
			it := item{id: ind.ID, title: ind.Title, label: wording.LabelOf(ind), q: ind.Quantity, u: ind.Unit,
				iv: ind.Interval(), status: ind.Status, measure: ind.Measure, period: ind.Period}
			it.lo, it.hi = ind.Quantity.Ends()
			if ind.Unit.Kind == indicators.Index {
				// An index keeps its reference: "Index (2015=100)".
				it.base = ind.Base
			}
			if len(ind.Provenance) > 0 {
				it.quote = ind.Provenance[0].Quote
			}
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return nil, fmt.Errorf("chart: view %q: its series have no points", v.ID)
	}
	// A fall of a series of changes is drawn below zero and labelled
	// "down", as a bar chart draws it: GDP's −0.5% quarter drawn at +0.5
	// read as growth picking up (s15-gdp).
	if err := signChanges(items); err != nil {
		return nil, fmt.Errorf("chart: view %q: %w", v.ID, err)
	}
	for _, it := range items[1:] {
		if !it.u.SharesAxis(items[0].u) {
			return nil, fmt.Errorf("chart: view %q: series of %s and %s cannot share an axis", v.ID, items[0].u, it.u)
		}
	}
	sc := scaleOf(items)
	div := math.Pow(10, float64(sc.Exp()))
	srcs := map[string]*indicators.Source{}
	for i := range c.Sources {
		srcs[c.Sources[i].ID] = &c.Sources[i]
	}
	var pts []TimePoint
	pos := map[string]int{} // indicator ID → index in pts, after sorting
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return timeOf(items[order[a]].period) < timeOf(items[order[b]].period) })
	whiskers := slices.ContainsFunc(items, func(it item) bool { return it.period.IsSpan() })
	var texts []string
	ratesShort := wording.RatesShort(barsOf(items))
	for _, i := range order {
		it, r := items[i], refs[i]
		// Every point's label says its unit alike, as a bar's does
		// ("506,235 incidents" beside "598,504 incidents"), however each
		// figure was stated (valueLabel); rates of one unit say their
		// figures alone under the subtitle that names it (rateFigure).
		label := valueLabel(it)
		if ratesShort {
			label = rateFigure(it)
		}
		tp := TimePoint{X: timeOf(it.period), Y: it.hi / div, Label: label, Series: r.ser, Color: Palette[r.ser%len(Palette)],
			Hollow: it.status.IsCommitment()}
		if whiskers {
			// Where one point covers a span, every point says the time
			// it covers, its dot at the middle as the key says: a year
			// beside quarters spans its year (s17i-courts).
			if from, to, ok := extentOf(it.period); ok {
				tp.From, tp.To = from, to
			}
		}
		if src, ok := srcs[r.sp.Source]; ok {
			tp.Source = src.ShortName()
		}
		if it.q.IsRange() {
			tp.Range, tp.Low, tp.High, tp.Y = true, it.lo/div, it.hi/div, it.hi/div
		}
		switch it.q.Qualifier {
		case indicators.Nearly, indicators.UpTo, indicators.LessThan:
			// The fade runs from the end of what the wording allows
			// nearer zero: the low end of a figure above zero, the high
			// end of a fall drawn below it (signChanges negated its
			// interval): "nearly 0.5 per cent" down fades from −0.4 to
			// −0.5, never across zero from +0.4.
			tp.Tip = Faded
			near, none := it.iv.Lo/div, math.Min(0, tp.Y)
			if it.signed && it.q.Direction == indicators.Down {
				near, none = it.iv.Hi/div, 0
			}
			tp.FadeFrom = none
			if !math.IsInf(near, 0) {
				tp.FadeFrom = near
			}
		case indicators.MoreThan, indicators.AtLeast:
			tp.Tip = Beyond
		}
		if !tp.Range && tp.Tip != Faded {
			tp.FadeFrom = tp.Y
		}
		if it.status.IsCommitment() {
			tp.Label += " (" + it.status.String() + ")"
		}
		pos[it.id] = len(pts)
		pts = append(pts, tp)
	}
	// The notes name each point's source; the points name it only where
	// the view has more than one: the footer names a single source once.
	names := make([]string, len(pts))
	for k := range pts {
		names[k] = pts[k].Source
	}
	if oneSource(names) {
		for k := range pts {
			pts[k].Source = ""
		}
	}
	for k := range pts {
		texts = append(texts, pts[k].Label, pts[k].Source)
	}
	// One point per period on the line: where sources state one period of
	// a series more than once, the latest source's figure (the last in
	// catalog order among equals); the note names it.
	type period struct {
		ser int
		x   float64
	}
	onLine := map[period]int{}          // → index in pts
	issued := map[int]indicators.Date{} // index in pts → its source's date
	for k, i := range order {
		if src, ok := srcs[refs[i].sp.Source]; ok {
			issued[k] = src.Dated()
		}
		kk := period{pts[k].Series, pts[k].X}
		j, ok := onLine[kk]
		if !ok {
			onLine[kk] = k
			continue
		}
		if later(issued[j], issued[k]) {
			pts[k].OffLine = true
			continue
		}
		pts[j].OffLine = true
		onLine[kk] = k
	}
	// The line joins consecutive periods only: a point after a gap is
	// reached by a dotted line, and a note says so.
	prev := map[int]int{} // series → index in pts of its last point on the line
	apart := false
	for k := range pts {
		if pts[k].OffLine {
			continue
		}
		if j, ok := prev[pts[k].Series]; ok && pts[j].X != pts[k].X &&
			!wording.Consecutive(items[order[j]].period, items[order[k]].period) {
			pts[k].Apart, apart = true, true
		}
		prev[pts[k].Series] = k
	}
	var chosen []string
	for k := range pts {
		if pts[k].OffLine {
			continue
		}
		for j := range pts {
			if j != k && pts[j].Series == pts[k].Series && pts[j].X == pts[k].X {
				chosen = append(chosen, items[order[k]].period.Label()+", "+names[k])
				break
			}
		}
	}
	// Points of two series or more at one period with one figure are
	// nudged apart, told apart by colour alone: a note names them
	// (s29z-foi: granted and withheld in full both 34% in 2023).
	type spot struct {
		x     float64
		label string
	}
	together := map[spot][]int{}
	var spots []spot
	for k := range pts {
		if sp := (spot{pts[k].X, pts[k].Label}); !pts[k].OffLine {
			if _, ok := together[sp]; !ok {
				spots = append(spots, sp)
			}
			together[sp] = append(together[sp], k)
		}
	}
	var alike []string
	for _, sp := range spots {
		var titles []string
		for _, k := range together[sp] {
			if sr, ok := c.SeriesByID(v.Series[pts[k].Series]); ok {
				titles = wording.AppendOnce(titles, sr.Title)
			}
		}
		if n := len(titles); n > 1 {
			alike = append(alike, wording.Dated(items[order[together[sp][0]]].period.Label(),
				wording.JoinAnd(titles)+map[bool]string{true: " are both ", false: " are all "}[n == 2]+sp.label+"."))
		}
	}
	var conflicts [][2]int
	inView := map[string]bool{}
	for _, id := range v.Series {
		inView[id] = true
	}
	for _, cf := range c.Conflicts() {
		if !inView[cf.Series] {
			continue
		}
		ia, ib := pos[cf.Indicators[0]], pos[cf.Indicators[1]]
		a, b := pts[ia], pts[ib]
		if cf.Revision {
			// No box: the later figure is the series' own, on the line.
			s.Notes = append(s.Notes, fmt.Sprintf("%s: %s said “%s”, the later %s says “%s” (a revised figure, or another reckoning); both are shown.",
				cf.Period.Label(), names[ia], a.Label, names[ib], b.Label))
			continue
		}
		conflicts = append(conflicts, [2]int{ia, ib})
		s.Notes = append(s.Notes, fmt.Sprintf("%s: %s says “%s”, %s says “%s”; the figures allow no common value, and both are shown.",
			cf.Period.Label(), names[ia], a.Label, names[ib], b.Label))
	}
	// What the points' notes and statuses say, each once and dated:
	// "2008: Provisional.", as the bars' slides say it.
	var said []wording.PointNote
	for _, r := range refs {
		said = append(said, wording.PointNoteOf(c, r.sp.Indicator))
	}
	s.Notes = append(s.Notes, wording.AllEstimatesUnsaid(wording.PointNotes(said), v.Notes)...)
	s.Notes = append(s.Notes, alike...)
	if apart {
		s.Notes = append(s.Notes, gapNote)
	}
	if len(chosen) > 0 {
		s.Notes = append(s.Notes, "Where sources state one period more than once, the line runs through the latest source's figure only ("+strings.Join(chosen, "; ")+").")
	}
	tl, err := NewTimeline(pts, conflicts)
	if err != nil {
		return nil, err
	}
	tl.style(s.Options)
	p := s.Plot
	grid := plotter.NewGrid()
	grid.Vertical.Color = nil
	grid.Horizontal = draw.LineStyle{Color: rule, Width: s.Options.px(1.5)}
	p.Add(grid, tl)
	s.body = tl
	_, _, ymin, ymax := tl.DataRange()
	const nticks = 5
	// Headroom for the labels over the highest point and under a lowest
	// below zero, as the book's native chart of the series has
	// (axis.SeriesRange).
	var step float64
	p.Y.Min, p.Y.Max, step = axis.SeriesRange(ymin, ymax)
	if index := indexOf(items); index != "" && sc == indicators.NoScale {
		// Index levels are read against their reference, 100: an axis
		// about them and 100, and a line at it, as their bars are drawn
		// (dots about 100), never from 0.
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, it := range items {
			lo, hi = math.Min(lo, it.lo), math.Max(hi, it.hi)
		}
		p.Y.Min, p.Y.Max, step = axis.IndexRange(lo, hi)
		tl.Reference = &Reference{Value: 100, Label: "Index reference: " + index, Color: muted}
	}
	format := tickFormat(items, sc)
	ticks := Ticks{Count: nticks, Format: format, Step: step}
	percentOnLast(&ticks, items, format)
	if sc != indicators.NoScale {
		// The subtitle says the scale ("£ million"): every tick is a
		// bare figure, never "£40 million" on the top one alone over
		// "£30", "£20" (s22p-dental).
		ticks.Format, ticks.Last = tickFormat(items, indicators.NoScale), nil
	}
	ticks.scaleWord(items, sc, p.Y.Max, step)
	o := s.Options
	p.Y.Tick.Marker = ticks
	p.Y.Tick.Label = textStyle(o.fontPx(24, false), muted)
	p.Y.Tick.Label.XAlign = draw.XRight
	p.Y.Tick.Length = 0
	p.Y.LineStyle.Width = 0
	p.Y.Padding = o.px(8)
	periods := make([]indicators.Period, len(items))
	for i, it := range items {
		periods[i] = it.period
	}
	ticker, spanWord := timeAxis(periods)
	p.X.Tick.Marker = ticker
	p.X.Tick.Label = textStyle(o.fontPx(24, false), muted)
	p.X.Tick.Label.XAlign = draw.XCenter
	p.X.Tick.Label.YAlign = draw.YTop
	// No axis line: the grid's rule at zero is the baseline, and a second
	// rule a few pixels under it read as a double line (s15-births).
	p.X.LineStyle = draw.LineStyle{}
	p.X.Tick.LineStyle = draw.LineStyle{Color: rule, Width: o.px(1.5)}
	p.X.Tick.Length = o.px(8)
	p.X.Padding = o.px(8)

	// The key: each series in its colour, then how hedges are drawn.
	var key []KeyEntry
	var hasFade, hasBeyond, hasRange, hasHollow, magnitudes []string
	hasSpan := false
	for k, id := range v.Series {
		sr, _ := c.SeriesByID(id)
		texts = append(texts, sr.Title)
		if len(v.Series) == 1 {
			// The view's title is of its one series: a key naming it
			// repeated the title (s21o-obesity).
			continue
		}
		key = append(key, KeyEntry{Swatch: MarkerSwatch, Text: sr.Title})
		s.KeyColors = append(s.KeyColors, Palette[k%len(Palette)])
	}
	for _, it := range items {
		switch {
		case it.q.IsRange() && indicators.IsOrderOfMagnitude(it.label):
			magnitudes = wording.AppendOnce(magnitudes, "“"+it.label+"”")
		case it.q.IsRange():
			hasRange = wording.AppendOnce(hasRange, "range")
		case it.q.Qualifier == indicators.Nearly || it.q.Qualifier == indicators.UpTo || it.q.Qualifier == indicators.LessThan:
			hasFade = wording.AppendOnce(hasFade, "“"+hedgeWord(it)+"”")
		case it.q.Qualifier == indicators.MoreThan || it.q.Qualifier == indicators.AtLeast:
			hasBeyond = wording.AppendOnce(hasBeyond, "“"+hedgeWord(it)+"”")
		}
		if it.status.IsCommitment() {
			hasHollow = wording.AppendOnce(hasHollow, it.status.String())
		}
		if it.period.IsSpan() {
			hasSpan = true
		}
	}
	if len(hasRange) > 0 {
		key = append(key, KeyEntry{Swatch: RangeSwatch, Text: "Bar: a range, both ends as stated"})
	}
	if len(magnitudes) > 0 {
		key = append(key, KeyEntry{Swatch: RangeSwatch, Text: magnitudeKey(magnitudes)})
	}
	if len(hasFade) > 0 {
		key = append(key, KeyEntry{Swatch: FadedSwatch, Text: "Faded: the source says " + joinOr(hasFade) + "; the figure is at most the dot"})
	}
	if len(hasBeyond) > 0 {
		key = append(key, KeyEntry{Swatch: ArrowSwatch, Text: "Arrow: the source says " + joinOr(hasBeyond) + "; the figure is above the dot"})
	}
	if len(hasHollow) > 0 {
		key = append(key, KeyEntry{Swatch: HollowSwatch, Text: "Ring: a " + joinOr(hasHollow) + ", not a reported figure"})
	}
	if hasSpan {
		key = append(key, KeyEntry{Swatch: SpanSwatch, Text: whiskerKey(spanWord, spanKind(items))})
	}
	if len(conflicts) > 0 {
		key = append(key, KeyEntry{Swatch: ConflictSwatch, Text: "Red box: sources disagree about one period"})
	}
	if r := tl.Reference; r != nil {
		key = append(key, KeyEntry{Swatch: ReferenceSwatch, Text: r.Label})
	}
	s.Key = key
	return texts, nil
}

// seriesSubtitle is "<place>; <unit>; <measures>, <first> to <last
// period>" (wording.SeriesSubtitle), the place where the title names none.
func seriesSubtitle(c *indicators.Catalog, v *indicators.ChartView) string {
	all := c.SeriesPoints()
	var bars []wording.Bar
	var srcs []string
	for i, sr := range c.Series {
		if !contains(v.Series, sr.ID) {
			continue
		}
		for _, sp := range all[i] {
			ind := sp.Indicator
			bars = append(bars, wording.PointBar(ind))
			srcs = append(srcs, sp.Source)
		}
	}
	// The place, as a bars chart's subtitle says it (wording.PlaceSaid):
	// a series chart pasted alone said no country (s22p-air: "Micrograms
	// per cubic metre, 1992 to 2008" beside the bars' "United Kingdom;
	// …").
	return wording.PlaceSaid(v.Title, wording.SeriesSubtitle(v.Title, bars, oneSource(srcs)), bars)
}

// oneSource reports whether the points of a view, whose sources are
// names, all come from one source (or none).
func oneSource(names []string) bool {
	for _, n := range names[min(1, len(names)):] {
		if n != names[0] {
			return false
		}
	}
	return true
}

// seriesIDs returns the indicators a series view draws, for its footer.
func seriesIDs(c *indicators.Catalog, v *indicators.ChartView) []string {
	all := c.SeriesPoints()
	var ids []string
	for _, id := range v.Series {
		for i, sr := range c.Series {
			if sr.ID == id {
				for _, sp := range all[i] {
					ids = append(ids, sp.Indicator.ID)
				}
			}
		}
	}
	return ids
}

// later reports whether a is a later date than b; a date not known is
// the earliest.
func later(a, b indicators.Date) bool {
	if a.Year != b.Year {
		return a.Year > b.Year
	}
	if a.Month != b.Month {
		return a.Month > b.Month
	}
	return a.Day > b.Day
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// newSeriesSlide is NewSlide for a view of kind series.
func newSeriesSlide(c *indicators.Catalog, v *indicators.ChartView, o Options) (*Slide, error) {
	s := newPlotSlide(o)
	s.Title = v.Title
	s.Subtitle = v.Subtitle
	if s.Subtitle == "" {
		s.Subtitle = seriesSubtitle(c, v)
	}
	s.Footer = c.SourceLine(seriesIDs(c, v))
	if o.Embed {
		// The deck's slide carries the title and source as text.
		s.Title, s.Footer = "", ""
	}
	s.Notes = append(s.Notes, v.Notes...)
	s.Notes = append(s.Notes, viewMarginNotes(c.ViewMargins(v))...) // margin20: what the labels' ± is
	texts, err := seriesChart(s, c, v)
	if err != nil {
		return nil, err
	}
	s.Notes = append(s.Notes, o.Notes...)
	if err := CheckText(append(texts, s.texts()...)...); err != nil {
		return nil, fmt.Errorf("chart: view %q: %w", v.ID, err)
	}
	return s, nil
}
