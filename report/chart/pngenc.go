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
	clear bool   // every pixel seen was opaque
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

	// Filter and compress the rows of each segment at once: as RGB,
	// as slides are opaque, and again as RGBA if a pixel is not.
	opaque := true
	compress := func(i int, s *pngSegment, y0, y1 int) {
		s.zw.Reset(&s.out)
		s.out.Reset()
		stride := 1 + w*4
		if opaque {
			stride = 1 + w*3
		}
		if cap(s.row) < 1+w*4 {
			s.row = make([]byte, 1+w*4)
		}
		row := s.row[:stride]
		sum, rowSum := uint32(1), uint32(0)
		var last []byte
		s.clear = true
		for y := y0; y < y1; y++ {
			px := rgba.Pix[y*rgba.Stride : y*rgba.Stride+w*4]
			// Most rows of a slide repeat the row above (margins, bars):
			// their filtered bytes and checksum are those of the last.
			if last == nil || !bytes.Equal(px, last) {
				if opaque {
					if !filterSubRGB(row, px) {
						s.clear = false
						return
					}
				} else {
					filterSubRGBA(row, px)
				}
				rowSum = adler32.Checksum(row)
				last = px
			}
			s.zw.Write(row)
			sum = adler32Combine(sum, rowSum, stride)
		}
		s.sum, s.n = sum, (y1-y0)*stride
		if i == pngSegments-1 {
			s.zw.Close()
		} else {
			s.zw.Flush()
		}
	}
	run(compress)
	for _, s := range segs {
		opaque = opaque && s.clear
	}
	if !opaque {
		run(compress)
	}

	// The file, written once into a slice of its exact size.
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8] = 8 // bit depth
	ihdr[9] = 6 // RGBA
	if opaque {
		ihdr[9] = 2 // RGB
	}
	zlen := 2 + 4
	for _, s := range segs {
		zlen += s.out.Len()
	}
	out := make([]byte, 0, 8+(12+13)+(12+zlen)+12)
	out = append(out, "\x89PNG\r\n\x1a\n"...)
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

// filterSubRGB writes into row the PNG filter type "Sub" (1) and then
// src, a row of opaque RGBA pixels, as RGB, each byte less the byte of the
// pixel before. It reports false, and stops, at a pixel that is not
// opaque.
func filterSubRGB(row, src []byte) bool {
	row[0] = 1
	out := row[1:]
	if len(src) < 4 {
		return true
	}
	// Each pixel less the one before, four bytes at a time without
	// borrows between them (SWAR); the alpha byte is written and then
	// overwritten by the next pixel's red.
	const hi = 0x80808080
	prev := uint32(0xff000000)
	var alpha uint32 = 0xff000000
	for len(src) >= 8 && len(out) >= 4 {
		p := binary.LittleEndian.Uint32(src)
		alpha &= p
		d := ((p | hi) - (prev &^ hi)) ^ ((p ^ ^prev) & hi)
		binary.LittleEndian.PutUint32(out, d)
		prev = p
		src, out = src[4:], out[3:]
	}
	p := binary.LittleEndian.Uint32(src)
	alpha &= p
	d := ((p | hi) - (prev &^ hi)) ^ ((p ^ ^prev) & hi)
	out[0], out[1], out[2] = byte(d), byte(d>>8), byte(d>>16)
	return alpha == 0xff000000
}

// filterSubRGBA writes into row the PNG filter type "Sub" (1) and then
// src, a row of premultiplied RGBA pixels, as non-premultiplied RGBA, each
// byte less the byte of the pixel before.
func filterSubRGBA(row, src []byte) {
	row[0] = 1
	out := row[1:]
	// PNG's alpha is not premultiplied: convert as color.NRGBAModel does.
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
