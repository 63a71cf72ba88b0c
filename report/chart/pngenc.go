package chart

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/adler32"
	"hash/crc32"
	"image"
	"image/draw"
	"sync"
)

// pngSegments is how many pieces the image data is compressed in, in
// parallel. It is fixed, so the bytes do not depend on the machine.
const pngSegments = 8

// A pngSegment is the reusable state of the compression of one piece of
// the image: a flate writer (about 1 MB of tables, so worth keeping), its
// output and a row buffer.
type pngSegment struct {
	zw    *flate.Writer
	out   bytes.Buffer
	row   []byte
	sum   uint32 // Adler-32 of the filtered rows
	n     int    // their length in bytes
	clear bool   // every pixel is opaque
}

var pngSegmentPool = sync.Pool{New: func() any {
	zw, _ := flate.NewWriter(nil, flate.BestSpeed)
	return &pngSegment{zw: zw}
}}

// encodePNG writes img as a PNG: RGB if it is opaque (as slides are),
// RGBA otherwise; every row filtered with "Sub"; the zlib stream
// compressed in pngSegments pieces at once, each ending in a sync flush, as
// pigz does. Its output depends only on the pixels.
func encodePNG(img image.Image) []byte {
	b := img.Bounds()
	rgba, ok := img.(*image.RGBA)
	if !ok || rgba.Rect.Min != (image.Point{}) {
		rgba = image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
		draw.Draw(rgba, rgba.Rect, img, b.Min, draw.Src)
	}
	w, h := rgba.Rect.Dx(), rgba.Rect.Dy()
	rowsPer := (h + pngSegments - 1) / pngSegments
	var segs [pngSegments]*pngSegment
	for i := range segs {
		segs[i] = pngSegmentPool.Get().(*pngSegment)
	}
	defer func() {
		for _, s := range segs {
			s.out.Reset()
			pngSegmentPool.Put(s)
		}
	}()
	run := func(f func(i int, s *pngSegment, y0, y1 int)) {
		var wg sync.WaitGroup
		for i, s := range segs {
			y0, y1 := min(i*rowsPer, h), min((i+1)*rowsPer, h)
			wg.Go(func() { f(i, s, y0, y1) })
		}
		wg.Wait()
	}

	// Is it opaque? Each segment looks at its rows.
	run(func(_ int, s *pngSegment, y0, y1 int) {
		s.clear = true
		for y := y0; y < y1 && s.clear; y++ {
			px := rgba.Pix[y*rgba.Stride : y*rgba.Stride+w*4]
			for x := 3; x < len(px); x += 4 {
				if px[x] != 0xff {
					s.clear = false
					break
				}
			}
		}
	})
	opaque := true
	for _, s := range segs {
		opaque = opaque && s.clear
	}
	bpp := 4
	if opaque {
		bpp = 3
	}
	stride := 1 + w*bpp

	// Filter and compress the rows of each segment at once.
	run(func(i int, s *pngSegment, y0, y1 int) {
		s.zw.Reset(&s.out)
		if cap(s.row) < stride {
			s.row = make([]byte, stride)
		}
		row := s.row[:stride]
		sum := adler32.New()
		for y := y0; y < y1; y++ {
			filterSub(row, rgba.Pix[y*rgba.Stride:y*rgba.Stride+w*4], opaque)
			s.zw.Write(row)
			sum.Write(row)
		}
		s.sum, s.n = sum.Sum32(), (y1-y0)*stride
		if i == pngSegments-1 {
			s.zw.Close()
		} else {
			s.zw.Flush()
		}
	})

	// The file, written once into a slice of its exact size.
	zlen := 2 + 4
	for _, s := range segs {
		zlen += s.out.Len()
	}
	out := make([]byte, 0, 8+(12+13)+(12+zlen)+12)
	out = append(out, "\x89PNG\r\n\x1a\n"...)
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8] = 8 // bit depth
	ihdr[9] = 6 // RGBA
	if opaque {
		ihdr[9] = 2 // RGB
	}
	out = appendChunk(out, "IHDR", ihdr)

	out = binary.BigEndian.AppendUint32(out, uint32(zlen))
	start := len(out)
	out = append(out, "IDAT"...)
	out = append(out, 0x78, 0x01) // zlib: deflate, 32K window, fastest
	sum := uint32(1)              // the Adler-32 of nothing
	for _, s := range segs {
		out = append(out, s.out.Bytes()...)
		sum = adler32Combine(sum, s.sum, s.n)
	}
	out = binary.BigEndian.AppendUint32(out, sum)
	out = binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(out[start:]))

	return appendChunk(out, "IEND", nil)
}

// filterSub writes into row the PNG filter type "Sub" (1) and then src, a
// row of premultiplied RGBA pixels, as RGB if opaque and as
// non-premultiplied RGBA if not, each byte less the byte of the pixel
// before.
func filterSub(row, src []byte, opaque bool) {
	row[0] = 1
	out := row[1:]
	if !opaque {
		// PNG's alpha is not premultiplied: convert as color.NRGBAModel
		// does.
		for k := 0; k+3 < len(src); k += 4 {
			switch a := uint32(src[k+3]); a {
			case 0xff:
				copy(out[k:k+4], src[k:k+4])
			case 0:
				out[k], out[k+1], out[k+2], out[k+3] = 0, 0, 0, 0
			default:
				a *= 0x101
				for j := k; j < k+3; j++ {
					out[j] = byte(uint32(src[j]) * 0x101 * 0xffff / a >> 8)
				}
				out[k+3] = src[k+3]
			}
		}
		for i := len(out) - 1; i >= 4; i-- {
			out[i] -= out[i-4]
		}
		return
	}
	var r, g, b byte
	for j, k := 0, 0; k+3 < len(src); j, k = j+3, k+4 {
		r1, g1, b1 := src[k], src[k+1], src[k+2]
		out[j], out[j+1], out[j+2] = r1-r, g1-g, b1-b
		r, g, b = r1, g1, b1
	}
}

// adler32Combine returns the Adler-32 checksum of the concatenation of two
// byte strings from their checksums a and b and the length n of the second
// (zlib's adler32_combine).
func adler32Combine(a, b uint32, n int) uint32 {
	const base = 65521
	rem := uint32(n % base)
	s1 := a & 0xffff
	s2 := rem * s1 % base
	s1 += (b & 0xffff) + base - 1
	s2 += (a >> 16) + (b >> 16) + base - rem
	if s1 >= base {
		s1 -= base
	}
	if s1 >= base {
		s1 -= base
	}
	if s2 >= base<<1 {
		s2 -= base << 1
	}
	if s2 >= base {
		s2 -= base
	}
	return s2<<16 | s1
}

func appendChunk(out []byte, typ string, data []byte) []byte {
	out = binary.BigEndian.AppendUint32(out, uint32(len(data)))
	start := len(out)
	out = append(out, typ...)
	out = append(out, data...)
	return binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(out[start:]))
}
