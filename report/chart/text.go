package chart

import (
	"strings"

	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// wrap breaks s into lines no wider than width in sty, at spaces; a word
// wider than width is kept whole on its own line rather than cut. Existing
// line breaks are kept.
func wrap(s string, sty text.Style, width vg.Length) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		// A date wraps whole (indicators.DateWords): never "1 October" /
		// "2023)" (s18k-defence).
		words := indicators.DateWords(strings.Fields(para))
		if len(words) == 0 {
			lines = append(lines, "")
			continue
		}
		line := words[0]
		for _, w := range words[1:] {
			if sty.Width(line+" "+w) <= width {
				line += " " + w
				continue
			}
			lines = append(lines, line)
			line = w
		}
		lines = append(lines, line)
	}
	return lines
}

// wrapBalanced wraps s like wrap, in as few lines, but as even as they
// can be: the narrowest width that still gives that many lines, so that a
// title never leaves one word alone on its last line.
func wrapBalanced(s string, sty text.Style, width vg.Length) []string {
	lines := wrap(s, sty, width)
	if len(lines) < 2 {
		return lines
	}
	lo, hi := vg.Length(0), width
	for range 24 {
		m := (lo + hi) / 2
		if len(wrap(s, sty, m)) > len(lines) {
			lo = m
		} else {
			hi = m
		}
	}
	return wrap(s, sty, hi)
}

// wrapTitle wraps a slide's title at the width, as a reader expects a
// title to run, never at half of it ("Local areas in the UK's lowest and"
// / "highest fifth …", s16g-lifeexp), with no word alone on its last
// line: the word before it goes down with it, as the deck's titles do.
func wrapTitle(s string, sty text.Style, width vg.Length) []string {
	lines := wrap(s, sty, width)
	if n := len(lines); n >= 2 && !strings.Contains(lines[n-1], " ") {
		if i := strings.LastIndexByte(lines[n-2], ' '); i > 0 {
			if moved := lines[n-2][i+1:] + " " + lines[n-1]; sty.Width(moved) <= width {
				lines[n-2], lines[n-1] = lines[n-2][:i], moved
			}
		}
	}
	return lines
}

// wrapSource wraps a source line as wrapBalanced does, in as few lines,
// with its first break after a comma where one allows it
// (wording.SourceLines, as the slide's source box breaks it).
func wrapSource(s string, sty text.Style, width vg.Length) []string {
	return wording.SourceLines(s, float64(width),
		func(l string) float64 { return float64(sty.Width(l)) },
		func(l string) []string { return wrapBalanced(l, sty, width) })
}

// lineHeight returns the distance between baselines of sty's font.
func lineHeight(sty text.Style) vg.Length {
	return sty.FontExtents().Height
}

// blockHeight returns the height of n lines of sty from the top of the
// first to the bottom of the last.
func blockHeight(sty text.Style, n int) vg.Length {
	if n == 0 {
		return 0
	}
	e := sty.FontExtents()
	return e.Ascent + e.Descent + vg.Length(n-1)*e.Height
}

// fillBaseline draws one line of text with its baseline at y and x
// aligned as sty.XAlign says.
func fillBaseline(c draw.Canvas, sty text.Style, x, y vg.Length, s string) {
	if s == "" {
		return
	}
	sty.YAlign = draw.YBottom
	// text.Plain puts the baseline at pt.Y - Ascent + Size for one line.
	c.FillText(sty, vg.Point{X: x, Y: y - sty.Font.Size + sty.FontExtents().Ascent}, s)
}

// drawLines draws lines of sty with the top of the first line at top and
// x aligned as sty.XAlign says; it returns the y of the bottom of the last
// line (its descent).
func drawLines(c draw.Canvas, sty text.Style, x, top vg.Length, lines []string) vg.Length {
	e := sty.FontExtents()
	base := top - e.Ascent
	for _, l := range lines {
		fillBaseline(c, sty, x, base, l)
		base -= e.Height
	}
	return base + e.Height - e.Descent
}
