package chart

import (
	"fmt"
	"image/color"
	"math"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// A Waffle is a plot.Plotter that draws a share as a 10×10 grid of cells,
// one per percent, filled in reading order, with the figure written large
// beside it. It implements plot.DataRanger: the grid spans 0 to 10 on both
// axes. Hide the plot's axes.
type Waffle struct {
	// Value is the share in percent, from 0 to 100: the cells up to it
	// are filled; a fraction of a cell is filled in part.
	Value float64
	// Tip is how the last cells are drawn: Faded cells from FadeFrom to
	// Value for "nearly X", a marked next cell for "more than X".
	Tip      Tip
	FadeFrom float64
	// Commitment marks a target, pledge or intention: filled cells are
	// hatched and outlined.
	Commitment bool

	// Label is the figure as the document writes it, Caption what it is a
	// share of; both are drawn to the right of the grid. A second line of
	// Caption, after "\n", is drawn smaller.
	Label, Caption           string
	LabelStyle, CaptionStyle text.Style

	Color, Empty color.Color
	// Gap is the space between cells as a fraction of a cell.
	Gap float64
	// Hatch is the hatching of commitments.
	Hatch        draw.LineStyle
	HatchSpacing vg.Length

	// Parts, when set, are the parts of one whole the grid draws in
	// their colours instead of Value, with a key beside it for Label and
	// Caption; Rest is the key's line for the cells no part fills ("The
	// rest, not stated: 1%"), empty when they fill the whole.
	Parts []WafflePart
	Rest  string
}

var (
	_ plot.Plotter    = (*Waffle)(nil)
	_ plot.DataRanger = (*Waffle)(nil)
)

// NewWaffle returns a waffle of value percent with the theme's styles at
// 1920×1080; value must be in [0, 100].
func NewWaffle(value float64, label, caption string) (*Waffle, error) {
	if !(value >= 0 && value <= 100) {
		return nil, fmt.Errorf("chart: share %v is not between 0 and 100 percent", value)
	}
	register()
	o, _ := (*Options)(nil).resolved()
	w := &Waffle{Value: value, FadeFrom: value, Label: label, Caption: caption}
	w.style(o)
	return w, nil
}

func (w *Waffle) style(o Options) {
	w.LabelStyle = textStyle(o.fontPx(120, true), Blue)
	w.CaptionStyle = textStyle(o.fontPx(40, false), ink)
	w.Color, w.Empty = Blue, track
	w.Gap = 0.14
	w.Hatch = draw.LineStyle{Color: Blue, Width: o.px(2.5)}
	w.HatchSpacing = o.px(12)
}

// DataRange implements plot.DataRanger.
func (w *Waffle) DataRange() (xmin, xmax, ymin, ymax float64) { return 0, 10, 0, 10 }

// Cells returns how many cells are filled solid, how many are faded (the
// hedge of "nearly X"), and the filled fraction of a partial cell.
func (w *Waffle) Cells() (solid, faded int, part float64) {
	v := math.Min(math.Max(w.Value, 0), 100)
	if w.Tip == Faded {
		from := math.Min(math.Max(w.FadeFrom, 0), v)
		solid = int(math.Floor(from))
		faded = int(math.Ceil(v)) - solid
		return solid, faded, 0
	}
	solid = int(math.Floor(v))
	return solid, 0, v - float64(solid)
}

// cellRect returns the rectangle of cell i (0 top left, reading order) in
// a grid of side size whose top left corner is at (x, top).
func (w *Waffle) cellRect(i int, x, top, size vg.Length) vg.Rectangle {
	cell := size / 10
	g := cell * vg.Length(w.Gap)
	cx := x + cell*vg.Length(i%10)
	cy := top - cell*vg.Length(i/10)
	return vg.Rectangle{Min: vg.Point{X: cx + g/2, Y: cy - cell + g/2}, Max: vg.Point{X: cx + cell - g/2, Y: cy - g/2}}
}

// Plot implements plot.Plotter.
func (w *Waffle) Plot(c draw.Canvas, _ *plot.Plot) {
	if len(w.Parts) > 0 {
		w.plotParts(c)
		return
	}
	size := min(c.Max.Y-c.Min.Y, (c.Max.X-c.Min.X)*0.5)
	x, top := c.Min.X, (c.Min.Y+c.Max.Y)/2+size/2
	solid, faded, part := w.Cells()
	fill := func(r vg.Rectangle, clr color.Color) {
		c.SetColor(clr)
		c.Fill(r.Path())
	}
	for i := 0; i < 100; i++ {
		r := w.cellRect(i, x, top, size)
		switch {
		case i < solid:
			if w.Commitment {
				fill(r, withAlpha(w.Color, 0.16))
				hatchRect(c, r, w.Hatch, w.HatchSpacing)
			} else {
				fill(r, w.Color)
			}
		case i < solid+faded:
			fill(r, w.Empty)
			fadeRect(c, r, w.Color, 0.65, 0.15)
			d := draw.LineStyle{Color: w.Color, Width: w.Hatch.Width, Dashes: []vg.Length{w.Hatch.Width * 2, w.Hatch.Width * 2}}
			c.StrokeLines(d, []vg.Point{r.Min, {X: r.Max.X, Y: r.Min.Y}, r.Max, {X: r.Min.X, Y: r.Max.Y}, r.Min})
		case i == solid && part > 0:
			fill(r, w.Empty)
			fill(vg.Rectangle{Min: r.Min, Max: vg.Point{X: r.Min.X + (r.Max.X-r.Min.X)*vg.Length(part), Y: r.Max.Y}}, w.Color)
		case i == solid && w.Tip == Beyond:
			fill(r, w.Empty)
			l := (r.Max.X - r.Min.X) * 0.5
			mx, my := (r.Min.X+r.Max.X)/2, (r.Min.Y+r.Max.Y)/2
			c.FillPolygon(w.Color, []vg.Point{{X: mx - l/2, Y: my + l/2}, {X: mx + l/2, Y: my}, {X: mx - l/2, Y: my - l/2}})
		default:
			fill(r, w.Empty)
		}
	}
	// The figure and caption, to the right, centred on the grid.
	tx := x + size + size*0.12
	width := c.Max.X - tx
	ls := w.LabelStyle
	for ls.Width(w.Label) > width && ls.Font.Size > 8 {
		ls.Font.Size *= 0.9
	}
	label := wrap(w.Label, ls, width)
	first, rest, _ := strings.Cut(w.Caption, "\n")
	caption := wrap(first, w.CaptionStyle, width)
	small := w.CaptionStyle
	small.Font.Size *= 0.7
	small.Color = muted
	more := wrap(rest, small, width)
	if rest == "" {
		more = nil
	}
	h := blockHeight(ls, len(label)) + size*0.06 + blockHeight(w.CaptionStyle, len(caption))
	if len(more) > 0 {
		h += size*0.05 + blockHeight(small, len(more))
	}
	ty := (c.Min.Y+c.Max.Y)/2 + h/2
	ty = drawLines(c, ls, tx, ty, label)
	ty = drawLines(c, w.CaptionStyle, tx, ty-size*0.06, caption)
	drawLines(c, small, tx, ty-size*0.05, more)
}

// A WafflePart is one of the parts of one whole a Waffle draws: a share
// in percent, its name and figure as the key beside the grid writes them,
// its colour, and whether the document hedges it ("about 60%"): a hedged
// part's cells are faded.
type WafflePart struct {
	Value        float64
	Name, Figure string
	Color        color.Color
	Hedged       bool
}

// partCells returns how many of the 100 cells each part fills: its value
// exactly, a part of a percent filling part of a cell, as the waffle of one
// share fills its last cell in part, never past the whole. Whole cells
// shared out by rounding drew two parts of 1.8% as two squares each, 4%
// where they are 3.6% (s27x-counciltax). The cells left are the rest of
// the whole the document does not state.
func partCells(parts []WafflePart) []float64 {
	cells := make([]float64, len(parts))
	room := 100.0
	for i, p := range parts {
		if math.IsNaN(p.Value) { // no squares for what is no number
			continue
		}
		cells[i] = min(max(p.Value, 0), room)
		room -= cells[i]
	}
	return cells
}

// plotParts draws w.Parts: each part's cells in reading order in its
// colour, faded where it is hedged, the rest empty; and to the right a
// key of a swatch, the name and the figure of each part, and of the rest
// when the parts fall short of the whole.
func (w *Waffle) plotParts(c draw.Canvas) {
	size := min(c.Max.Y-c.Min.Y, (c.Max.X-c.Min.X)*0.5)
	x, top := c.Min.X, (c.Min.Y+c.Max.Y)/2+size/2
	// Each cell is filled left to right by the parts that reach into
	// it, each as much of it as it fills, the rest of it empty.
	cells := partCells(w.Parts)
	starts := make([]float64, len(cells)) // where each part starts, in cells
	for k := 1; k < len(cells); k++ {
		starts[k] = starts[k-1] + cells[k-1]
	}
	for i := range 100 {
		r := w.cellRect(i, x, top, size)
		c.SetColor(w.Empty)
		c.Fill(r.Path())
		from := float64(i)
		for k, p := range w.Parts {
			lo, hi := max(starts[k], from), min(starts[k]+cells[k], from+1)
			if hi-lo < 1e-9 {
				continue
			}
			wd := r.Max.X - r.Min.X
			sub := vg.Rectangle{Min: vg.Point{X: r.Min.X + wd*vg.Length(lo-from), Y: r.Min.Y}, Max: vg.Point{X: r.Min.X + wd*vg.Length(hi-from), Y: r.Max.Y}}
			if p.Hedged {
				fadeRect(c, sub, p.Color, 0.65, 0.15)
				continue
			}
			c.SetColor(p.Color)
			c.Fill(sub.Path())
		}
	}
	tx := x + size + size*0.12
	sty := w.CaptionStyle
	type entry struct {
		clr          color.Color
		faded        bool
		name, figure string
	}
	var entries []entry
	for _, p := range w.Parts {
		entries = append(entries, entry{p.Color, p.Hedged, p.Name, p.Figure})
	}
	if w.Rest != "" {
		name, figure, _ := strings.Cut(w.Rest, ": ")
		entries = append(entries, entry{w.Empty, false, name, figure})
	}
	// Each entry on one line, or two where it is wider than the room
	// (entryLines); the font shrinks while the lines are higher than
	// the grid.
	sw := sty.Font.Size
	width := func() vg.Length { return c.Max.X - tx - sw*1.6 }
	height := func() (vg.Length, [][]string) {
		var h vg.Length
		var all [][]string
		for _, e := range entries {
			ls := entryLines(e.name, e.figure, sty, width())
			all = append(all, ls)
			h += sty.Font.Size*1.6 + vg.Length(len(ls)-1)*sty.FontExtents().Height
		}
		return h, all
	}
	h, lines := height()
	for h > size && sty.Font.Size > 8 {
		sty.Font.Size *= 0.9
		sw = sty.Font.Size
		h, lines = height()
	}
	line := sty.Font.Size * 1.6
	ty := (c.Min.Y+c.Max.Y)/2 + h/2
	for k, e := range entries {
		r := vg.Rectangle{Min: vg.Point{X: tx, Y: ty - line/2 - sw/2}, Max: vg.Point{X: tx + sw, Y: ty - line/2 + sw/2}}
		c.SetColor(e.clr)
		if e.faded {
			c.SetColor(w.Empty)
			c.Fill(r.Path())
			fadeRect(c, r, e.clr, 0.65, 0.15)
		} else {
			c.Fill(r.Path())
		}
		drawLines(c, sty, tx+sw*1.6, ty-(line-blockHeight(sty, 1))/2, lines[k])
		ty -= line + vg.Length(len(lines[k])-1)*sty.FontExtents().Height
	}
}

// entryLines returns a key entry "name: figure" in lines that fit width:
// one where it fits, else the name wrapped at a word onto a second line
// that ends with the figure (fitEntry), so that a part's name is cut
// only where two lines do not hold it ("Referred children whose needs
// were…" lost what set it apart, s18k-children).
func entryLines(name, figure string, sty text.Style, width vg.Length) []string {
	one := fitEntry(name, figure, sty, width)
	if !strings.Contains(one, "…") {
		return []string{one}
	}
	words := strings.Fields(name)
	k := 0 // the words of the first line, one at least left for the second
	for k+1 < len(words) && sty.Width(strings.Join(words[:k+1], " ")) <= width {
		k++
	}
	if k == 0 {
		return []string{one}
	}
	return []string{strings.Join(words[:k], " "), fitEntry(strings.Join(words[k:], " "), figure, sty, width)}
}

// fitEntry returns a key entry "name: figure" that fits width: where it
// is wider, the name is cut at a word with "…" and the figure kept, never
// cut with it ("Professional, scientific and technical…" lost its 17%,
// s16g-research); where the figure alone leaves no room for a word of the
// name, the entry is cut as one, figure and all: "Short" with a figure
// 837 points wide stood in a key of 200 (review16a item 19).
func fitEntry(name, figure string, sty text.Style, width vg.Length) string {
	if figure == "" {
		return fitWidth(name, sty, width)
	}
	tail := ": " + figure
	if sty.Width(name+tail) <= width {
		return name + tail
	}
	first, _, _ := strings.Cut(name, " ")
	if sty.Width(first+"…"+tail) > width {
		return fitWidth(name+tail, sty, width)
	}
	return fitWidth(name, sty, width-sty.Width(tail)) + tail
}

// fitWidth returns s, cut at a word with "…" where it is wider than
// width, or within a word where its first word is wider.
func fitWidth(s string, sty text.Style, width vg.Length) string {
	if sty.Width(s) <= width {
		return s
	}
	cut := strings.TrimRight(wrap(s, sty, width)[0], " ,;:")
	for r := []rune(cut); sty.Width(cut+"…") > width && len(r) > 0; {
		r = r[:len(r)-1]
		cut = strings.TrimRight(string(r), " ,;:")
	}
	return cut + "…"
}
