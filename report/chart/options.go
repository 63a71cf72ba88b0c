package chart

import (
	"fmt"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
)

// Default slide size and resolution.
const (
	DefaultWidth  = 1920 // pixels: 16:9
	DefaultHeight = 1080 // pixels
	DefaultDPI    = 96   // dots per inch; 1 point is 4/3 pixel
)

// Options says how a chart is rendered. A nil *Options, and every zero
// field, means the default: a 1920×1080 PNG at 96 DPI.
//
// Text is sized for a projected slide: at 1920×1080 and 96 DPI the title
// is 46 px and the smallest text (footer, notes) 22 px. Text scales with
// the shorter side of the image (so a 1440×1080 4:3 or a 1080×1080 square
// slide keeps the same sizes, and a 960×540 thumbnail halves them) and
// with DPI/96 (a higher DPI at the same pixel size gives larger text).
type Options struct {
	// Width and Height are the image size in pixels.
	Width, Height int
	// DPI is the resolution; it is rounded to a whole number for PNG.
	DPI float64
	// Format is "png" (the default) or "svg".
	Format string
	// Notes are drawn above the footer, after the chart view's own notes,
	// each starting "Note: ".
	Notes []string
	// Embed leaves out the title and the source footer, for an image
	// placed on a slide or page that carries both as its own text, as the
	// deck of report/pptx does; the subtitle, key, plot and notes stay.
	Embed bool
	// MinLabel is the least size, in points of the image, that a bar's
	// label may shrink to so that many bars fit the plot; 0 is no floor.
	// A bars view whose labels would have to be smaller than MinLabel is
	// drawn over several images by Parts, as a deck's floor for body text
	// asks (report/pptx.ChartMinLabel).
	MinLabel float64
}

// resolved returns a copy of opt with the defaults filled in, checked.
func (opt *Options) resolved() (Options, error) {
	var o Options
	if opt != nil {
		o = *opt
		o.Notes = append([]string(nil), opt.Notes...)
	}
	if o.Width == 0 && o.Height == 0 {
		o.Width, o.Height = DefaultWidth, DefaultHeight
	}
	if o.Width <= 0 || o.Height <= 0 {
		return o, fmt.Errorf("chart: invalid size %d×%d pixels: give both width and height, or neither", o.Width, o.Height)
	}
	if o.Width > 16384 || o.Height > 16384 {
		return o, fmt.Errorf("chart: size %d×%d pixels is too large (at most 16384 on a side)", o.Width, o.Height)
	}
	if o.DPI == 0 {
		o.DPI = DefaultDPI
	}
	if o.DPI < 1 || o.DPI > 2400 {
		return o, fmt.Errorf("chart: invalid DPI %g", o.DPI)
	}
	if !(o.MinLabel >= 0) || o.MinLabel > 1000 {
		return o, fmt.Errorf("chart: invalid least label size %g points", o.MinLabel)
	}
	switch o.Format {
	case "":
		o.Format = "png"
	case "png", "svg":
	case "pdf":
		return o, fmt.Errorf("chart: format \"pdf\" is not supported (gonum's PDF backend encodes text in code page 1252 only and cannot select the bold face of an embedded font): use \"png\" or \"svg\"")
	default:
		return o, fmt.Errorf("chart: unknown format %q: use \"png\" or \"svg\"", o.Format)
	}
	return o, nil
}

// size returns the canvas size in points.
func (o Options) size() (w, h vg.Length) {
	dpi := float64(int(o.DPI + 0.5))
	if o.Format == "svg" {
		dpi = o.DPI
	}
	return vg.Length(float64(o.Width) * 72 / dpi), vg.Length(float64(o.Height) * 72 / dpi)
}

// px returns the length, in points, of n pixels of a 1080-pixel slide at 96
// DPI, scaled to o.
func (o Options) px(n float64) vg.Length {
	short := min(o.Width, o.Height)
	return vg.Length(n * float64(short) / 1080 * 72 / 96)
}

// fontPx returns the theme font, bold or not, whose em is n pixels on a
// 1080-pixel slide.
func (o Options) fontPx(n float64, bold bool) font.Font {
	return sans(o.px(n), bold)
}
