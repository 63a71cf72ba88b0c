package chart

import (
	"image"
	"image/color"
	"math"
	"sync"

	"git.sr.ht/~sbinet/gg"

	xfont "golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/vgimg"
)

// textCanvas is a vgimg canvas that draws unrotated text straight onto its
// image with a cached font face, which is several times faster than
// vgimg's FillString (a new face and a resampling transform per string).
// Rotated, translated or scaled text goes to vgimg as before.
type textCanvas struct {
	*vgimg.Canvas
	img   *image.RGBA
	dpi   float64
	clr   color.Color
	moved bool // a Rotate, Translate or Scale is in effect
	stack []textState
	faces map[faceKey]xfont.Face
}

type textState struct {
	clr   color.Color
	moved bool
}

type faceKey struct {
	f    *opentype.Font
	size font.Length
}

// newTextCanvas wraps cv, which draws on an RGBA image.
func newTextCanvas(cv *vgimg.Canvas) *textCanvas {
	return &textCanvas{Canvas: cv, img: cv.Image().(*image.RGBA), dpi: cv.DPI(), clr: color.Black, faces: map[faceKey]xfont.Face{}}
}

// newImageCanvas returns a vgimg canvas that draws straight on img (which
// vgimg.NewWith would copy), cleared to white.
func newImageCanvas(img *image.RGBA, dpi int) *vgimg.Canvas {
	ctx := gg.NewContextForRGBA(img)
	ctx.SetLineCapButt()
	ctx.InvertY()
	return vgimg.NewWith(vgimg.UseImageWithContext(img, ctx), vgimg.UseDPI(dpi))
}

// imagePool holds the RGBA canvases of finished PNG renders, to draw the
// next slide of the same size on without allocating (and clearing) 8 MB.
var imagePool sync.Pool

// getImage returns an RGBA image of w×h pixels, from the pool if it has
// one of that size. Its pixels are left as they were.
func getImage(w, h int) *image.RGBA {
	if img, ok := imagePool.Get().(*image.RGBA); ok && img.Rect.Dx() == w && img.Rect.Dy() == h {
		return img
	}
	return image.NewRGBA(image.Rect(0, 0, w, h))
}

// putImage returns img to the pool; the caller must not use it again.
func putImage(img *image.RGBA) { imagePool.Put(img) }

func (c *textCanvas) SetColor(clr color.Color) {
	c.clr = clr
	c.Canvas.SetColor(clr)
}

func (c *textCanvas) Rotate(r float64) {
	c.moved = true
	c.Canvas.Rotate(r)
}

func (c *textCanvas) Translate(pt vg.Point) {
	c.moved = true
	c.Canvas.Translate(pt)
}

func (c *textCanvas) Scale(x, y float64) {
	c.moved = true
	c.Canvas.Scale(x, y)
}

func (c *textCanvas) Push() {
	c.stack = append(c.stack, textState{c.clr, c.moved})
	c.Canvas.Push()
}

func (c *textCanvas) Pop() {
	if n := len(c.stack); n > 0 {
		c.clr, c.moved = c.stack[n-1].clr, c.stack[n-1].moved
		c.stack = c.stack[:n-1]
	}
	c.Canvas.Pop()
}

// FillString implements vg.Canvas.
func (c *textCanvas) FillString(f font.Face, pt vg.Point, s string) {
	if c.moved || f.Face == nil || f.Font.Size <= 0 {
		c.Canvas.FillString(f, pt, s)
		return
	}
	key := faceKey{f.Face, f.Font.Size}
	face, ok := c.faces[key]
	if !ok {
		var err error
		of, err := opentype.NewFace(f.Face, &opentype.FaceOptions{Size: f.Font.Size.Points(), DPI: c.dpi, Hinting: xfont.HintingNone})
		if err != nil {
			c.Canvas.FillString(f, pt, s)
			return
		}
		face = &kernedFace{Face: of, f: f.Face, ppem: f.Font.Size.Points() * c.dpi / 72}
		c.faces[key] = face
	}
	_, h := c.Size()
	x := pt.X.Dots(c.dpi)
	y := h.Dots(c.dpi) - pt.Y.Dots(c.dpi)
	d := xfont.Drawer{
		Dst:  c.img,
		Src:  image.NewUniform(c.clr),
		Face: face,
		Dot:  fixed.Point26_6{X: fixed.Int26_6(x * 64), Y: fixed.Int26_6(y * 64)},
	}
	d.DrawString(s)
}

// kernedFace is an opentype face with kerning at its size. The opentype
// package's Face.Kern returns kerning in font units, as if the face were
// one unit per pixel (a few pixels, whatever the size: far too much for
// small text, too little for large); gonum measures text with kerning
// scaled to the size, so text drawn with it would not have the width that
// gonum aligns it by.
type kernedFace struct {
	xfont.Face
	f    *opentype.Font
	buf  sfnt.Buffer
	ppem float64 // pixels per em
}

// Kern implements font.Face.
func (k *kernedFace) Kern(r0, r1 rune) fixed.Int26_6 {
	g0, err0 := k.f.GlyphIndex(&k.buf, r0)
	g1, err1 := k.f.GlyphIndex(&k.buf, r1)
	if err0 != nil || err1 != nil {
		return 0
	}
	upem := k.f.UnitsPerEm()
	// With ppem set to the units per em, Kern gives font units.
	units, err := k.f.Kern(&k.buf, g0, g1, fixed.Int26_6(upem), xfont.HintingNone)
	if err != nil {
		return 0
	}
	return fixed.Int26_6(math.Round(float64(units) * k.ppem * 64 / float64(upem)))
}
