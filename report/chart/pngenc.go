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

// encodePNG writes img as a PNG: RGB if it is opaque (as slides are),
// RGBA otherwise; every row filtered with "Sub"; the zlib stream
// compressed in pngSegments pieces at once, each ending in a sync flush, as
// pigz does. It is about four times faster than image/png at 1920×1080 and
// its output depends only on the pixels.
func encodePNG(img image.Image) []byte {
	b := img.Bounds()
	rgba, ok := img.(*image.RGBA)
	if !ok || rgba.Rect.Min != (image.Point{}) {
		rgba = image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
		draw.Draw(rgba, rgba.Rect, img, b.Min, draw.Src)
	}
	w, h := rgba.Rect.Dx(), rgba.Rect.Dy()
	opaque := rgba.Opaque()
	bpp := 4
	if opaque {
		bpp = 3
	}
	stride := 1 + w*bpp
	raw := make([]byte, stride*h)
	for y := 0; y < h; y++ {
		src := rgba.Pix[y*rgba.Stride : y*rgba.Stride+w*4]
		row := raw[y*stride : (y+1)*stride]
		row[0] = 1 // Sub
		out := row[1:]
		if opaque {
			for x := 0; x < w; x++ {
				copy(out[x*3:x*3+3], src[x*4:x*4+3])
			}
		} else {
			copy(out, src)
		}
		for i := len(out) - 1; i >= bpp; i-- {
			out[i] -= out[i-bpp]
		}
	}

	// Compress the rows in segments at once.
	var parts [pngSegments]bytes.Buffer
	var wg sync.WaitGroup
	rowsPer := (h + pngSegments - 1) / pngSegments
	for i := range parts {
		lo, hi := min(i*rowsPer, h)*stride, min((i+1)*rowsPer, h)*stride
		wg.Add(1)
		go func() {
			defer wg.Done()
			zw, _ := flate.NewWriter(&parts[i], flate.BestSpeed)
			zw.Write(raw[lo:hi])
			if i == pngSegments-1 {
				zw.Close()
			} else {
				zw.Flush()
			}
		}()
	}
	wg.Wait()

	var z bytes.Buffer
	z.Write([]byte{0x78, 0x01}) // zlib: deflate, 32K window, fastest
	for i := range parts {
		z.Write(parts[i].Bytes())
	}
	binary.Write(&z, binary.BigEndian, adler32.Checksum(raw))

	var out bytes.Buffer
	out.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8] = 8 // bit depth
	ihdr[9] = 6 // RGBA
	if opaque {
		ihdr[9] = 2 // RGB
	}
	writeChunk(&out, "IHDR", ihdr)
	writeChunk(&out, "IDAT", z.Bytes())
	writeChunk(&out, "IEND", nil)
	return out.Bytes()
}

func writeChunk(w *bytes.Buffer, typ string, data []byte) {
	var n [4]byte
	binary.BigEndian.PutUint32(n[:], uint32(len(data)))
	w.Write(n[:])
	crc := crc32.NewIEEE()
	crc.Write([]byte(typ))
	crc.Write(data)
	w.WriteString(typ)
	w.Write(data)
	binary.BigEndian.PutUint32(n[:], crc.Sum32())
	w.Write(n[:])
}
