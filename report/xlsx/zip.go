package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"io/fs"
	"regexp"
	"sort"
	"time"

	"github.com/xuri/excelize/v2"
)

// A canonZip is the excelize.ZipWriter of the book. excelize writes the
// parts of a package in an order that varies between runs (the streamed
// sheets come out of a map); canonZip compresses each part as it arrives,
// keeps it, and on Close writes all of them sorted by name with one fixed
// timestamp, so that the same book is the same bytes.
//
// It also finishes xl/workbook.xml: excelize's SetDefinedName checks every
// existing name for a duplicate, which is quadratic in the number of names,
// so the book's defined names are written here, in one pass, by names.
type canonZip struct {
	w        io.Writer
	modified time.Time
	parts    []*part
	names    func(w io.Writer) error // writes <definedName> elements
	err      error
}

// A part is one compressed file of the package.
type part struct {
	name     string
	buf      bytes.Buffer // compressed bytes
	fw       *flate.Writer
	crc      uint32
	size     uint64
	finished bool
	workbook *bytes.Buffer // xl/workbook.xml or [Content_Types].xml, uncompressed, to be finished
}

// zipEpoch is the timestamp of every part when no stamp is asked for: the
// earliest time a zip file can record.
var zipEpoch = time.Date(1980, time.January, 1, 0, 0, 0, 0, time.UTC)

func newCanonZip(w io.Writer, stamp time.Time, names func(io.Writer) error) *canonZip {
	z := &canonZip{w: w, modified: zipEpoch, names: names}
	if !stamp.IsZero() {
		z.modified = stamp.UTC()
	}
	return z
}

var _ excelize.ZipWriter = (*canonZip)(nil)

// Create starts a new part; the previous one is finished.
func (z *canonZip) Create(name string) (io.Writer, error) {
	if err := z.finishLast(); err != nil {
		return nil, err
	}
	p := &part{name: name}
	if name == "xl/workbook.xml" || name == "[Content_Types].xml" {
		p.workbook = new(bytes.Buffer)
		z.parts = append(z.parts, p)
		return p.workbook, nil
	}
	fw, err := flate.NewWriter(&p.buf, flate.BestSpeed)
	if err != nil {
		return nil, err
	}
	p.fw = fw
	z.parts = append(z.parts, p)
	return p, nil
}

// Write compresses b into the part.
func (p *part) Write(b []byte) (int, error) {
	p.crc = crc32.Update(p.crc, crc32.IEEETable, b)
	p.size += uint64(len(b))
	return p.fw.Write(b)
}

// AddFS is not used by excelize when it writes a new book.
func (z *canonZip) AddFS(fs.FS) error { return errAddFS }

type zipError string

func (e zipError) Error() string { return string(e) }

const errAddFS = zipError("xlsx: internal error: AddFS is not supported")

func (z *canonZip) finishLast() error {
	if len(z.parts) == 0 {
		return nil
	}
	p := z.parts[len(z.parts)-1]
	if p.finished {
		return nil
	}
	p.finished = true
	if p.workbook != nil && p.name == "[Content_Types].xml" {
		return finishContentTypes(p)
	}
	if p.workbook != nil {
		return z.finishWorkbook(p)
	}
	return p.fw.Close()
}

// finishWorkbook puts the defined names into xl/workbook.xml and compresses
// it. The names go after the <sheets> element, where the schema puts
// <definedNames>, or into the <definedNames> excelize wrote.
func (z *canonZip) finishWorkbook(p *part) error {
	src := p.workbook.Bytes()
	fw, err := flate.NewWriter(&p.buf, flate.BestSpeed)
	if err != nil {
		return err
	}
	p.fw = fw
	at, openTag, closeTag := -1, "", ""
	if i := bytes.Index(src, []byte("<definedNames>")); i >= 0 {
		at = i + len("<definedNames>")
	} else if i := bytes.Index(src, []byte("</sheets>")); i >= 0 {
		at, openTag, closeTag = i+len("</sheets>"), "<definedNames>", "</definedNames>"
	}
	if at < 0 || z.names == nil {
		if _, err := p.Write(src); err != nil {
			return err
		}
		return fw.Close()
	}
	bw := &bufWriter{w: p}
	bw.Write(src[:at])
	bw.WriteString(openTag)
	if err := z.names(bw); err != nil {
		return err
	}
	bw.WriteString(closeTag)
	bw.Write(src[at:])
	if err := bw.flush(); err != nil {
		return err
	}
	return fw.Close()
}

// Close writes the parts, sorted by name, to the underlying writer.
func (z *canonZip) Close() error {
	if err := z.finishLast(); err != nil {
		return err
	}
	parts := z.parts
	sort.SliceStable(parts, func(i, j int) bool { return parts[i].name < parts[j].name })
	zw := zip.NewWriter(z.w)
	for i, p := range parts {
		if i > 0 && parts[i-1].name == p.name {
			continue // excelize never writes a part twice; keep the first
		}
		h := &zip.FileHeader{
			Name:               p.name,
			Method:             zip.Deflate,
			Modified:           z.modified,
			ModifiedDate:       uint16(z.modified.Day() + int(z.modified.Month())<<5 + (z.modified.Year()-1980)<<9),
			ModifiedTime:       uint16(z.modified.Second()/2 + z.modified.Minute()<<5 + z.modified.Hour()<<11),
			CRC32:              p.crc,
			CompressedSize64:   uint64(p.buf.Len()),
			UncompressedSize64: p.size,
		}
		fw, err := zw.CreateRaw(h)
		if err != nil {
			return err
		}
		if _, err := fw.Write(p.buf.Bytes()); err != nil {
			return err
		}
		p.buf = bytes.Buffer{} // let the memory go
	}
	z.parts = nil
	return zw.Close()
}

// bufWriter batches small writes to w and keeps the first error.
type bufWriter struct {
	w   io.Writer
	buf []byte
	err error
}

func (b *bufWriter) Write(p []byte) (int, error) {
	b.buf = append(b.buf, p...)
	if len(b.buf) >= 64<<10 {
		b.flush()
	}
	return len(p), b.err
}

func (b *bufWriter) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	if len(b.buf) >= 64<<10 {
		b.flush()
	}
	return len(s), b.err
}

func (b *bufWriter) flush() error {
	if b.err == nil && len(b.buf) > 0 {
		_, b.err = b.w.Write(b.buf)
	}
	b.buf = b.buf[:0]
	return b.err
}

// defaultRE matches the <Default> elements of [Content_Types].xml, which
// excelize writes in map order.
var defaultRE = regexp.MustCompile(`<Default [^>]*?(/>|></Default>)`)

// finishContentTypes sorts the <Default> elements of [Content_Types].xml
// and puts them first, and compresses the part.
func finishContentTypes(p *part) error {
	src := p.workbook.Bytes()
	defs := defaultRE.FindAll(src, -1)
	rest := defaultRE.ReplaceAll(src, nil)
	sort.Slice(defs, func(i, j int) bool { return bytes.Compare(defs[i], defs[j]) < 0 })
	var out []byte
	if i := bytes.Index(rest, []byte("<Types")); i >= 0 {
		if j := bytes.IndexByte(rest[i:], '>'); j >= 0 {
			at := i + j + 1
			out = append(out, rest[:at]...)
			out = append(out, bytes.Join(defs, nil)...)
			out = append(out, rest[at:]...)
		}
	}
	if out == nil {
		out = src
	}
	fw, err := flate.NewWriter(&p.buf, flate.BestSpeed)
	if err != nil {
		return err
	}
	p.fw = fw
	if _, err := p.Write(out); err != nil {
		return err
	}
	return fw.Close()
}
