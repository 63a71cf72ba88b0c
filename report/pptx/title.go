package pptx

import (
	"strings"
	"sync"

	"codeberg.org/go-fonts/dejavu/dejavusans"
	"codeberg.org/go-fonts/dejavu/dejavusansbold"
	"codeberg.org/go-fonts/liberation/liberationsansbold"
	"codeberg.org/go-fonts/liberation/liberationsansregular"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// titleFont is the face a slide title is measured in: the wider of
// Liberation Sans Bold, whose widths are Arial's, the deck theme's font,
// as PowerPoint shows it and LibreOffice does in its stead, and DejaVu
// Sans Bold, which LibreOffice sets where neither is installed: measured
// in Liberation alone, a title's line filled the box, wrapped again in
// DejaVu, and the title gained a line and overlapped the chart (review16a
// item 16: "…exports to the European Union" 989 pt wide in a box of 888).
var titleFont = face{
	sync.OnceValues(func() (*sfnt.Font, error) { return sfnt.Parse(liberationsansbold.TTF) }),
	sync.OnceValues(func() (*sfnt.Font, error) { return sfnt.Parse(dejavusansbold.TTF) }),
}

// bodyFont is the face a slide's plain text (its source line) is
// measured in: the wider of Liberation Sans and DejaVu Sans, as titleFont.
var bodyFont = face{
	sync.OnceValues(func() (*sfnt.Font, error) { return sfnt.Parse(liberationsansregular.TTF) }),
	sync.OnceValues(func() (*sfnt.Font, error) { return sfnt.Parse(dejavusans.TTF) }),
}

// A face gives the fonts text may be set in; it is measured at the
// widest of them.
type face []func() (*sfnt.Font, error)

// textPoints is the width of s in the title font at size points, or -1 if
// the font cannot be read.
func textPoints(s string, size float64) float64 { return facePoints(titleFont, s, size) }

// facePoints is the width of s in the widest font of fc at size points,
// or -1 if a font cannot be read.
func facePoints(fc face, s string, size float64) float64 {
	most := 0.0
	for _, f := range fc {
		w := fontPoints(f, s, size)
		if w < 0 {
			return -1
		}
		most = max(most, w)
	}
	return most
}

// fontPoints is the width of s in font fn at size points, or -1 if the
// font cannot be read.
func fontPoints(fn func() (*sfnt.Font, error), s string, size float64) float64 {
	f, err := fn()
	if err != nil {
		return -1
	}
	var buf sfnt.Buffer
	ppem := fixed.Int26_6(size * 64)
	var w fixed.Int26_6
	prev, hasPrev := sfnt.GlyphIndex(0), false
	for _, r := range s {
		g, err := f.GlyphIndex(&buf, r)
		if err != nil {
			return -1
		}
		if hasPrev {
			if k, err := f.Kern(&buf, prev, g, ppem, font.HintingNone); err == nil {
				w += k
			}
		}
		adv, err := f.GlyphAdvance(&buf, g, ppem, font.HintingNone)
		if err != nil {
			return -1
		}
		w += adv
		prev, hasPrev = g, true
	}
	return float64(w) / 64
}

// balanceTitle returns title with line breaks where it wraps in a box
// width points wide at size points: at the box's width, as a reader
// expects a slide's title to run, never at half of it, but with no word
// ("2022") alone on its last line: the words before it go down with it,
// as few as make two ("July to" / "September 2022"). A date is never
// split ("31" / "March 2015", s18k-children): its day, month and year
// wrap as one word. A title that fits on one line in Arial's widths
// (liberationFont), the theme's font, or that already has its own
// breaks, is returned as it is: broken where it would wrap in the wider
// DejaVu Sans, it ran two-thirds of the slide's width and wrapped
// "Northern / Ireland" where it fitted one line (s18k-children); a
// renderer that sets it in DejaVu wraps it at the box's width itself,
// in two lines at the deck's size (deckTitleSize).
func balanceTitle(title string, size, width float64) string {
	if strings.ContainsAny(title, "\r\n") || facePoints(titleFont, title, size) < 0 {
		return title
	}
	if facePoints(liberationFont, title, size) <= width {
		return title
	}
	lines := wrapIn(titleFont, indicators.DateWords(strings.Fields(title)), size, width)
	if len(lines) < 2 {
		return title
	}
	last, prev := strings.Fields(lines[len(lines)-1]), strings.Fields(lines[len(lines)-2])
	if len(last) == 1 && len(prev) > 1 {
		moved := prev[len(prev)-1] + " " + last[0]
		if facePoints(titleFont, moved, size) <= width {
			lines[len(lines)-2] = strings.Join(prev[:len(prev)-1], " ")
			lines[len(lines)-1] = moved
		}
	}
	return strings.Join(lines, "\n")
}

// liberationFont is Liberation Sans Bold alone, Arial's widths: the
// face a title is shown in where the theme's font or its stand-in is.
var liberationFont = titleFont[:1]

// balanceSource returns a slide's source line balanced as a title is
// (balanceTitle), in the plain face of the source box at size points:
// wrapped greedily, a source line may leave its date's year ("2023")
// alone on its last line. Its first break falls after a comma where one
// allows as few lines (wording.SourceLines, as the chart's footer breaks
// it): the document's title whole on a line after its publisher, never
// "…, 2017" / "Traffic Data for …" (s16g-air).
func balanceSource(source string, size, width float64) string {
	if strings.ContainsAny(source, "\r\n") {
		return balance(bodyFont, source, size, width)
	}
	return strings.Join(wording.SourceLines(source, width,
		func(l string) float64 { return facePoints(bodyFont, l, size) },
		func(l string) []string { return strings.Split(balance(bodyFont, l, size, width), "\n") }), "\n")
}

// balance returns text with line breaks where it would wrap in face at
// size points in a box width points wide, its lines as even as whole
// words allow (balanceTitle).
func balance(fc face, text string, size, width float64) string {
	if strings.ContainsAny(text, "\r\n") || facePoints(fc, text, size) < 0 {
		return text
	}
	words := strings.Fields(text)
	n := len(wrapIn(fc, words, size, width))
	if n <= 1 || n > 3 {
		return text
	}
	// The narrowest box that wraps the title into as many lines: its lines
	// are as even as whole words allow.
	lo, hi := 0.0, width
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if len(wrapIn(fc, words, size, mid)) <= n {
			hi = mid
		} else {
			lo = mid
		}
	}
	return strings.Join(wrapIn(fc, words, size, hi), "\n")
}

// wrapWords wraps words greedily into lines no wider than width points
// at size points, as a text box does; a word wider than the box is a line
// of its own.
func wrapWords(words []string, size, width float64) []string {
	return wrapIn(titleFont, words, size, width)
}

// wrapIn wraps words greedily as wrapWords does, in face.
func wrapIn(fc face, words []string, size, width float64) []string {
	var lines []string
	line := ""
	for _, w := range words {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if line != "" && facePoints(fc, try, size) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		line = try
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
