package chart

import (
	"fmt"
	"image/color"
	"strings"
	"sync"
	"unicode"

	"github.com/claimbook/claimbook/report/internal/wording"

	"codeberg.org/go-fonts/dejavu/dejavusans"
	"codeberg.org/go-fonts/dejavu/dejavusansbold"
	stdfnt "golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
)

// Typeface is the typeface the charts are drawn in: DejaVu Sans, embedded
// in the binary and registered in gonum's font.DefaultCache under this name
// (variant "Sans", regular and bold) the first time a chart is made. DejaVu
// covers Latin, Greek, Cyrillic and the symbols documents use (–, ’, €, ℃,
// ₂); it has no CJK glyphs, so Japanese text is reported as an error.
const Typeface font.Typeface = "DejaVu"

// Okabe–Ito colours, distinguishable under the common colour-vision
// deficiencies (Okabe and Ito, "Color Universal Design", 2008): the
// palette the book and the deck draw in too, read from its one definition.
var (
	Blue       = hexColor(wording.Palette[0])
	Vermillion = hexColor(wording.Palette[1])
	Green      = hexColor(wording.Palette[2])
	Purple     = hexColor(wording.Palette[3])
	Orange     = hexColor(wording.Palette[4])
	SkyBlue    = hexColor(wording.Palette[5])
)

// Palette is the order in which bars take their colours: the Okabe–Ito
// colours that keep a contrast of at least 3:1 against white first.
var Palette = []color.Color{Blue, Vermillion, Green, Purple, Orange, SkyBlue}

// hexColor returns the opaque colour of RGB hex (wording.Palette).
func hexColor(hex string) color.NRGBA {
	r, g, b := wording.RGB(hex)
	return color.NRGBA{R: r, G: g, B: b, A: 0xFF}
}

// Greys of the theme.
var (
	ink   = color.NRGBA{R: 0x1A, G: 0x1A, B: 0x1A, A: 0xFF} // titles, values
	muted = color.NRGBA{R: 0x4D, G: 0x4D, B: 0x4D, A: 0xFF} // subtitles, labels, footer
	rule  = color.NRGBA{R: 0xD9, G: 0xD9, B: 0xD9, A: 0xFF} // grid lines
	track = color.NRGBA{R: 0xEB, G: 0xEB, B: 0xEB, A: 0xFF} // empty waffle cells
)

var (
	registerOnce sync.Once
	regularFace  *opentype.Font
	boldFace     *opentype.Font
	handler      text.Handler
)

// register parses the embedded fonts and adds them to font.DefaultCache.
// Adding a new typeface leaves gonum's default (Liberation Serif) as it was
// for other users of the cache.
func register() {
	registerOnce.Do(func() {
		var err error
		if regularFace, err = opentype.Parse(dejavusans.TTF); err != nil {
			panic("chart: parse DejaVu Sans: " + err.Error())
		}
		if boldFace, err = opentype.Parse(dejavusansbold.TTF); err != nil {
			panic("chart: parse DejaVu Sans Bold: " + err.Error())
		}
		font.DefaultCache.Add(font.Collection{
			{Font: font.Font{Typeface: Typeface, Variant: "Sans"}, Face: regularFace},
			{Font: font.Font{Typeface: Typeface, Variant: "Sans", Weight: stdfnt.WeightBold}, Face: boldFace},
		})
		handler = text.Plain{Fonts: font.DefaultCache}
	})
}

// sans returns the theme's font at size points, bold or not.
func sans(size font.Length, bold bool) font.Font {
	f := font.Font{Typeface: Typeface, Variant: "Sans", Size: size}
	if bold {
		f.Weight = stdfnt.WeightBold
	}
	return f
}

// A GlyphError reports text that the chart font cannot draw.
type GlyphError struct {
	Text    string // the text, as it would have been drawn
	Missing []rune // the characters without a glyph, each once, in order
}

// Error names the characters the font cannot draw.
func (e *GlyphError) Error() string {
	var chars, codes []string
	for _, r := range e.Missing {
		chars = append(chars, fmt.Sprintf("%q", string(r)))
		codes = append(codes, fmt.Sprintf("U+%04X", r))
	}
	return fmt.Sprintf("chart: font %s Sans has no glyph for %s (%s) in %q",
		Typeface, strings.Join(chars, ", "), strings.Join(codes, ", "), e.Text)
}

// checkGlyphs returns a *GlyphError if the face lacks a glyph for a
// character of s; spaces and control characters are not drawn and need
// none.
func checkGlyphs(face *opentype.Font, s string) error {
	var buf sfnt.Buffer
	var missing []rune
	for _, r := range s {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			continue
		}
		if i, err := face.GlyphIndex(&buf, r); err == nil && i != 0 {
			continue
		}
		dup := false
		for _, m := range missing {
			dup = dup || m == r
		}
		if !dup {
			missing = append(missing, r)
		}
	}
	if len(missing) > 0 {
		return &GlyphError{Text: s, Missing: missing}
	}
	return nil
}

// CheckText reports whether the chart font can draw every character of
// each string, in regular and in bold; the error is a *GlyphError naming
// the missing characters.
func CheckText(strs ...string) error {
	register()
	for _, s := range strs {
		if err := checkGlyphs(regularFace, s); err != nil {
			return err
		}
		if err := checkGlyphs(boldFace, s); err != nil {
			return err
		}
	}
	return nil
}

var (
	white     = color.White
	rulerGrey = color.NRGBA{R: 0xBF, G: 0xBF, B: 0xBF, A: 0xFF}
)
