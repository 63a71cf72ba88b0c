package chart

import (
	"bytes"
	"hash/adler32"
	"image"
	"image/color"
	"image/png"
	"testing"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

func TestAdler32Combine(t *testing.T) {
	data := make([]byte, 200000)
	for i := range data {
		data[i] = byte(i*7 + i/251)
	}
	for _, cut := range []int{0, 1, 5552, 65521, 65522, 100000, len(data)} {
		a, b := data[:cut], data[cut:]
		got := adler32Combine(adler32.Checksum(a), adler32.Checksum(b), len(b))
		if want := adler32.Checksum(data); got != want {
			t.Errorf("cut at %d: adler32Combine = %08x, want %08x", cut, got, want)
		}
	}
}

// TestEncodePNG checks that encodePNG round-trips through image/png,
// opaque (RGB) and not (RGBA), with fewer rows than segments, and from a
// sub-image.
func TestEncodePNG(t *testing.T) {
	for _, tt := range []struct {
		w, h  int
		alpha bool // translucent pixels throughout
		last  bool // one translucent pixel, the last
	}{{1, 1, false, false}, {7, 3, false, false}, {33, 17, true, false}, {640, 361, false, false}, {301, 200, true, false}, {2, 1, false, true}, {150, 97, false, true}} {
		img := image.NewRGBA(image.Rect(0, 0, tt.w, tt.h))
		for y := range tt.h {
			for x := range tt.w {
				a := uint8(0xff)
				if tt.alpha {
					a = uint8(x * y)
				}
				if tt.last && x == tt.w-1 && y == tt.h-1 {
					a = 0x80
				}
				img.Set(x, y, color.NRGBA{R: uint8(x), G: uint8(y * 3), B: uint8(x ^ y), A: a})
			}
		}
		srcs := []image.Image{img}
		if tt.h > 1 {
			srcs = append(srcs, img.SubImage(image.Rect(0, 1, tt.w, tt.h)))
		}
		for _, src := range srcs {
			got, err := png.Decode(bytes.NewReader(encodePNG(src)))
			if err != nil {
				t.Fatalf("%d×%d: decode: %v", tt.w, tt.h, err)
			}
			b := src.Bounds()
			if got.Bounds().Dx() != b.Dx() || got.Bounds().Dy() != b.Dy() {
				t.Fatalf("%d×%d: decoded %v", tt.w, tt.h, got.Bounds())
			}
			for y := range b.Dy() {
				for x := range b.Dx() {
					if g, w := color.NRGBAModel.Convert(got.At(x, y)), color.NRGBAModel.Convert(src.At(b.Min.X+x, b.Min.Y+y)); g != w {
						t.Fatalf("%d×%d: pixel (%d, %d) = %v, want %v", tt.w, tt.h, x, y, g, w)
					}
				}
			}
		}
	}
}

// TestPooledRendersRepeat checks that renders on a reused canvas and
// encoder give the same bytes as the first, whatever was drawn between.
func TestPooledRendersRepeat(t *testing.T) {
	c := usjapan2015.Catalog()
	first := map[string][]byte{}
	for round := range 3 {
		for i := range c.Views {
			v := &c.Views[i]
			b, err := PNG(c, v, nil)
			if err != nil {
				t.Fatal(err)
			}
			if round == 0 {
				first[v.ID] = b
			} else if !bytes.Equal(b, first[v.ID]) {
				t.Errorf("view %q: render %d differs from the first", v.ID, round+1)
			}
		}
	}
}

// BenchmarkEncodePNG encodes a rendered 1920×1080 slide.
func BenchmarkEncodePNG(b *testing.B) {
	img, err := slideOf(b, "investment-stocks").Image()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		encodePNG(img)
	}
}

// BenchmarkRender draws a 1920×1080 slide without encoding it.
func BenchmarkRender(b *testing.B) {
	s := slideOf(b, "investment-stocks")
	img := image.NewRGBA(image.Rect(0, 0, s.Options.Width, s.Options.Height))
	for b.Loop() {
		if err := s.render(img); err != nil {
			b.Fatal(err)
		}
	}
}
