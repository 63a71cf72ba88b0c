package chart

import (
	"bytes"
	"fmt"
	"image"
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/claimbook/claimbook/report/internal/wording"
)

// A Swatch is the small picture before a key entry.
type Swatch uint8

// The swatches, matching how Bars and Waffle draw.
const (
	SolidSwatch     Swatch = iota // a reported figure
	HatchedSwatch                 // a target, pledge or intention
	FadedSwatch                   // "nearly", "up to": a fading end
	ArrowSwatch                   // "more than": an arrow past the end
	RangeSwatch                   // a range: a floating bar with both ends capped
	MarkerSwatch                  // a point of a series: a dot
	HollowSwatch                  // a target of a series: a ring
	ConflictSwatch                // two sources disagree: a dashed box
	SpanSwatch                    // a figure over a span of years: a whisker across it
	ReferenceSwatch               // a threshold or target across bars: a dashed line
)

// A KeyEntry explains one way of drawing, in the key under the subtitle.
type KeyEntry struct {
	Swatch Swatch
	Text   string
}

// A Slide is a chart laid out for a slide: title, subtitle and key above
// the plot; notes and the source footer below it. An empty Title or
// Footer is left out, with the space it would take.
type Slide struct {
	// Plot is the chart body; restyle it the gonum way. Its own Title is
	// left empty: the slide draws Title.
	Plot     *plot.Plot
	Title    string
	Subtitle string
	Key      []KeyEntry
	Notes    []string
	Footer   string

	// Options is the size, resolution and format.
	Options Options

	TitleStyle, SubtitleStyle, KeyStyle, NoteStyle, FooterStyle text.Style
	// KeyColor is the colour of the key's swatches.
	KeyColor draw.LineStyle
	// KeyColors, where set and not nil, colour the swatch of the key entry
	// of the same index instead: a series' own colour.
	KeyColors []color.Color
	// Margin is the space around the slide's content.
	Margin vg.Length

	body plot.Plotter // the Bars, Waffle or Card in Plot, for tests
	// items are the figures of the view, whose subtitle the slide says
	// when own is false: a part of a split view says its own bars'
	// (Parts).
	items []item
	own   bool
	// viewTitle is the view's title, which an embedded slide does not
	// draw but its parts' subtitles are written under, as the whole's
	// is: the deck's title says it (s19m-elections: "value as of
	// December 2021" under a title of December 2021).
	viewTitle string
	// drawn is the canvas the plot was last drawn on, for tests.
	drawn draw.Canvas
}

// newPlotSlide returns a slide for o around a new transparent plot whose
// text is drawn with the embedded fonts.
func newPlotSlide(o Options) *Slide {
	register()
	p := plot.New()
	p.BackgroundColor = nil
	p.TextHandler = handler
	p.Legend.TextStyle.Handler = handler
	return newSlide(p, o)
}

// newSlide returns a slide with the theme's styles for o.
func newSlide(p *plot.Plot, o Options) *Slide {
	s := &Slide{Plot: p, Options: o, Margin: o.px(64)}
	if o.Embed {
		// The slide around an embedded chart has margins of its own.
		// Tick labels centred on the axis ends need a little room.
		s.Margin = o.px(32)
	}
	s.TitleStyle = textStyle(o.fontPx(46, true), ink)
	s.SubtitleStyle = textStyle(o.fontPx(30, false), muted)
	s.KeyStyle = textStyle(o.fontPx(24, false), muted)
	s.NoteStyle = textStyle(o.fontPx(22, false), muted)
	s.FooterStyle = textStyle(o.fontPx(22, false), muted)
	s.KeyColor = draw.LineStyle{Color: muted, Width: o.px(2.5)}
	return s
}

// texts returns every string the slide draws outside its plotters.
func (s *Slide) texts() []string {
	out := []string{wording.YearDashes(s.Title), s.Subtitle, s.Footer}
	for _, k := range s.Key {
		out = append(out, k.Text)
	}
	for _, n := range s.Notes {
		out = append(out, "Note: "+n)
	}
	for _, ax := range []*plot.Axis{&s.Plot.X, &s.Plot.Y} {
		if ax.Tick.Marker != nil && ax.Tick.Label.Font.Size > 0 {
			for _, t := range ax.Tick.Marker.Ticks(ax.Min, ax.Max) {
				out = append(out, t.Label)
			}
		}
	}
	return out
}

// Draw draws the slide on c, starting with its white background.
func (s *Slide) Draw(c draw.Canvas) { s.draw(c, true) }

// draw draws the slide on c; background says whether to paint the white
// background first, which a canvas that starts white can skip.
func (s *Slide) draw(c draw.Canvas, background bool) {
	if background {
		c.SetColor(white)
		c.Fill(c.Rectangle.Path())
	}
	o := s.Options
	m := s.Margin
	left, right := c.Min.X+m, c.Max.X-m
	width := right - left
	padTop, padBottom := o.px(52), o.px(36)
	if o.Embed {
		padTop, padBottom = m, m
	}
	y := c.Max.Y - padTop

	// Header; an embedded chart has no title.
	if s.Title != "" {
		y = drawLines(c, s.TitleStyle, left, y, wrapTitle(wording.YearDashes(s.Title), s.TitleStyle, width))
		y -= o.px(14)
	}
	if s.Subtitle != "" {
		y = drawLines(c, s.SubtitleStyle, left, y, wrap(s.Subtitle, s.SubtitleStyle, width))
	}
	if len(s.Key) > 0 {
		y -= o.px(18)
		y = s.drawKey(c, left, right, y)
	}
	top := y - o.px(28)

	// Footer, from the bottom up.
	bottom := c.Min.Y + padBottom
	foot, nNotes := s.footLines(width)
	fh := blockHeight(s.FooterStyle, len(foot))
	var noteGap vg.Length
	if nNotes > 0 {
		noteGap = o.px(10)
		fh += noteGap
	}
	if len(foot) > 0 && s.Footer != "" || nNotes > 0 {
		ftop := bottom + fh
		drawLines(c, s.NoteStyle, left, ftop, foot[:nNotes])
		drawLines(c, s.FooterStyle, left, ftop-vg.Length(nNotes)*lineHeight(s.FooterStyle)-noteGap, foot[nNotes:])
		rule := draw.LineStyle{Color: rulerGrey, Width: o.px(1.5)}
		ry := ftop + o.px(18)
		c.StrokeLine2(rule, left, ry, right, ry)
		bottom = ry + o.px(24)
	}
	if top-bottom < o.px(40) {
		top = bottom + o.px(40) // crowded: let the plot overlap rather than vanish
	}
	body := draw.Canvas{Canvas: c.Canvas, Rectangle: vg.Rectangle{Min: vg.Point{X: left, Y: bottom}, Max: vg.Point{X: right, Y: top}}}
	if bs, ok := s.body.(*Bars); ok {
		// Every label fits the body (padFor); value labels stay between
		// the axis's ends where widening lets them, never out in the
		// margin against the frame.
		bs.width = right - left - s.Plot.Y.Padding - s.Plot.Y.Width/2
		bs.edge = max(0, m-o.px(8))
		bs.shrinkToFit(s.Plot)
		bs.widen(s.Plot, body)
	}
	if h, ok := s.body.(heighter); ok {
		// The plot takes the height its rows need and no more, so the
		// axis follows the last row; what is left over goes a third
		// above the plot and two thirds below (the optical centre).
		dc := s.Plot.DataCanvas(body)
		if bs, ok := h.(*Bars); ok {
			// Few rows grow to fill the height, as far as maxGrow.
			bs.growTo(dc.Max.X-dc.Min.X, dc.Max.Y-dc.Min.Y)
		}
		need := h.Height(dc.Max.X-dc.Min.X) + (top - bottom) - (dc.Max.Y - dc.Min.Y)
		if spare := top - bottom - need; spare > 0 {
			body.Max.Y = top - spare/3
			body.Min.Y = body.Max.Y - need
		}
	}
	s.drawn = body
	s.Plot.Draw(body)
}

// drawKey draws the key entries on one line (or more if they do not fit)
// with the top at y; it returns the y below.
func (s *Slide) drawKey(c draw.Canvas, left, right, top vg.Length) vg.Length {
	o := s.Options
	e := s.KeyStyle.FontExtents()
	sw := o.px(44)
	sh := o.px(24)
	x := left
	base := top - e.Ascent
	for i, k := range s.Key {
		var own color.Color
		if i < len(s.KeyColors) {
			own = s.KeyColors[i]
		}
		w := sw + o.px(12) + s.KeyStyle.Width(k.Text)
		if x > left && x+w > right {
			x = left
			base -= e.Height * 1.3
		}
		mid := base + s.KeyStyle.Font.Size*0.36
		r := vg.Rectangle{Min: vg.Point{X: x, Y: mid - sh/2}, Max: vg.Point{X: x + sw, Y: mid + sh/2}}
		s.drawSwatch(c, k.Swatch, r, own)
		fillBaseline(c, s.KeyStyle, x+sw+o.px(12), base, k.Text)
		x += w + o.px(40)
	}
	return base - e.Descent
}

func (s *Slide) drawSwatch(c draw.Canvas, sw Swatch, r vg.Rectangle, own color.Color) {
	clr := s.KeyColor.Color
	ls := s.KeyColor
	if own != nil {
		clr, ls.Color = own, own
	}
	switch sw {
	case SolidSwatch:
		c.SetColor(clr)
		c.Fill(r.Path())
	case HatchedSwatch:
		c.SetColor(withAlpha(clr, 0.16))
		c.Fill(r.Path())
		ls.Color = lineColor(ls.Color)
		hatchRect(c, r, draw.LineStyle{Color: ls.Color, Width: ls.Width * 0.8}, s.Options.px(9))
		c.StrokeLines(ls, []vg.Point{r.Min, {X: r.Max.X, Y: r.Min.Y}, r.Max, {X: r.Min.X, Y: r.Max.Y}, r.Min})
	case FadedSwatch:
		mid := r.Min.X + (r.Max.X-r.Min.X)*0.35
		c.SetColor(clr)
		c.Fill(vg.Rectangle{Min: r.Min, Max: vg.Point{X: mid, Y: r.Max.Y}}.Path())
		fadeRect(c, vg.Rectangle{Min: vg.Point{X: mid, Y: r.Min.Y}, Max: r.Max}, clr, 1, 0.2)
		d := ls
		d.Dashes = []vg.Length{ls.Width, ls.Width}
		c.StrokeLine2(d, r.Max.X, r.Min.Y-ls.Width*2, r.Max.X, r.Max.Y+ls.Width*2)
	case ArrowSwatch:
		mid := r.Min.X + (r.Max.X-r.Min.X)*0.6
		c.SetColor(clr)
		c.Fill(vg.Rectangle{Min: r.Min, Max: vg.Point{X: mid, Y: r.Max.Y}}.Path())
		c.FillPolygon(withAlpha(clr, 0.55), []vg.Point{{X: mid + ls.Width, Y: r.Max.Y}, {X: r.Max.X, Y: (r.Min.Y + r.Max.Y) / 2}, {X: mid + ls.Width, Y: r.Min.Y}})
	case RangeSwatch:
		in := (r.Max.X - r.Min.X) * 0.25
		rr := vg.Rectangle{Min: vg.Point{X: r.Min.X + in, Y: r.Min.Y + ls.Width}, Max: vg.Point{X: r.Max.X - in, Y: r.Max.Y - ls.Width}}
		c.SetColor(withAlpha(clr, 0.5))
		c.Fill(rr.Path())
		caps := ls
		caps.Color = ink
		c.StrokeLine2(caps, rr.Min.X, r.Min.Y, rr.Min.X, r.Max.Y)
		c.StrokeLine2(caps, rr.Max.X, r.Min.Y, rr.Max.X, r.Max.Y)
	case MarkerSwatch, HollowSwatch:
		mid := vg.Point{X: (r.Min.X + r.Max.X) / 2, Y: (r.Min.Y + r.Max.Y) / 2}
		rad := (r.Max.Y - r.Min.Y) / 2
		c.StrokeLine2(draw.LineStyle{Color: withAlpha(clr, 0.5), Width: ls.Width}, r.Min.X, mid.Y, r.Max.X, mid.Y)
		dot := circle(mid, rad)
		if sw == HollowSwatch {
			c.SetColor(white)
			c.Fill(dot)
			c.SetLineStyle(ls)
			c.Stroke(dot)
		} else {
			c.SetColor(clr)
			c.Fill(dot)
		}
	case SpanSwatch:
		mid := vg.Point{X: (r.Min.X + r.Max.X) / 2, Y: (r.Min.Y + r.Max.Y) / 2}
		rad := (r.Max.Y - r.Min.Y) / 2
		w := draw.LineStyle{Color: withAlpha(clr, 0.7), Width: ls.Width}
		c.StrokeLine2(w, r.Min.X, mid.Y, r.Max.X, mid.Y)
		c.StrokeLine2(w, r.Min.X, r.Min.Y, r.Min.X, r.Max.Y)
		c.StrokeLine2(w, r.Max.X, r.Min.Y, r.Max.X, r.Max.Y)
		c.SetColor(clr)
		c.Fill(circle(mid, rad*0.8))
	case ReferenceSwatch:
		mid := (r.Min.X + r.Max.X) / 2
		ref := Reference{Color: clr}
		c.StrokeLine2(ref.line(ls.Width), mid, r.Min.Y-ls.Width*2, mid, r.Max.Y+ls.Width*2)
	case ConflictSwatch:
		d := draw.LineStyle{Color: conflictRed, Width: ls.Width, Dashes: []vg.Length{ls.Width * 2, ls.Width * 1.5}}
		c.StrokeLines(d, []vg.Point{r.Min, {X: r.Max.X, Y: r.Min.Y}, r.Max, {X: r.Min.X, Y: r.Max.Y}, r.Min})
	}
}

// A heighter is a plotter that needs only so much height at a width.
type heighter interface {
	Height(width vg.Length) vg.Length
}

// Encode renders the slide as its Options say: PNG or SVG bytes.
func (s *Slide) Encode() ([]byte, error) {
	if err := CheckText(s.texts()...); err != nil {
		return nil, err
	}
	o := s.Options
	w, h := o.size()
	switch o.Format {
	case "svg":
		var buf bytes.Buffer
		cv := vgsvg.NewWith(vgsvg.UseWH(w, h), vgsvg.EmbedFonts(true))
		s.Draw(draw.New(cv))
		if _, err := cv.WriteTo(&buf); err != nil {
			return nil, fmt.Errorf("chart: write SVG: %v", err)
		}
		return buf.Bytes(), nil
	}
	img := getImage(o.Width, o.Height)
	defer putImage(img)
	if err := s.render(img); err != nil {
		return nil, err
	}
	return encodePNG(img), nil
}

// Image renders the slide to an image of Options.Width × Options.Height
// pixels.
func (s *Slide) Image() (image.Image, error) {
	img := image.NewRGBA(image.Rect(0, 0, s.Options.Width, s.Options.Height))
	if err := s.render(img); err != nil {
		return nil, err
	}
	return img, nil
}

// render draws the slide on img, which must be Options.Width ×
// Options.Height pixels; whatever img held before is painted over.
func (s *Slide) render(img *image.RGBA) error {
	o := s.Options
	cv := newImageCanvas(img, int(o.DPI+0.5))
	if b := cv.Image().Bounds(); b.Dx() != o.Width || b.Dy() != o.Height {
		return fmt.Errorf("chart: rendered %d×%d pixels, want %d×%d", b.Dx(), b.Dy(), o.Width, o.Height)
	}
	// vgimg has cleared img to white: the slide's background is there.
	s.draw(draw.New(newTextCanvas(cv)), false)
	return nil
}

// footLines returns the notes' lines and then the footer's: a note runs
// to the width, as a title does (wrapTitle), never balanced into lines
// of three fifths of it beside notes of one full line (s23q-food); the
// footer balanced (wrapSource), so that no year or lone word ends a
// source line. nNotes is how many are the notes'.
func (s *Slide) footLines(width vg.Length) (lines []string, nNotes int) {
	for _, n := range s.Notes {
		lines = append(lines, wrapTitle("Note: "+n, s.NoteStyle, width)...)
	}
	nNotes = len(lines)
	return append(lines, wrapSource(s.Footer, s.FooterStyle, width)...), nNotes
}
