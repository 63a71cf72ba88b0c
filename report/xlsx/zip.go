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
// It also finishes three parts, which it keeps uncompressed (they are
// small as excelize writes them) and writes on Close, compressing as it
// goes, so that what it adds is never held in memory:
//
//   - xl/workbook.xml gets the book's defined names, written by names:
//     excelize's SetDefinedName checks every existing name for a
//     duplicate, which is quadratic in the number of names.
//   - [Content_Types].xml gets its <Default> elements sorted.
//   - The parts in edit, small parts such as charts, are rewritten whole
//     by their edit function: what excelize cannot say (legendEntry).
//   - The parts in splice, worksheets that excelize wrote with their header
//     row only, get their data rows, written by the splice function, just
//     before </sheetData>; what comes before them is first rewritten by
//     the part's head function, if any (what excelize's stream writer
//     cannot say: outlineLevelCol).
//
// The kept parts are compressed at flate.BestSpeed: a book is mostly
// inline strings, which level 1 shrinks to about a tenth; higher levels
// gain a few percent for several times the time.
type canonZip struct {
	w        io.Writer
	modified time.Time
	parts    []*part
	fw       *flate.Writer                      // the compressor of every part (flateWriter)
	names    func(w io.Writer) error            // writes <definedName> elements
	splice   map[string]func(w io.Writer) error // part name → writes its <row> elements
	edit     map[string]func([]byte) []byte     // part name → the part as it is to be written
	head     map[string]func([]byte) []byte     // spliced part name → its head (up to </sheetData>) as it is to be written
	parallel bool                               // make the rows and names on a goroutine of their own (pipe)
	err      error
}

// A part is one file of the package.
type part struct {
	name     string
	buf      bytes.Buffer // compressed bytes
	fw       *flate.Writer
	crc      uint32
	size     uint64
	finished bool
	raw      *bytes.Buffer // a part finished on Close, uncompressed
}

// zipEpoch is the timestamp of every part when no stamp is asked for: the
// earliest time a zip file can record.
var zipEpoch = time.Date(1980, time.January, 1, 0, 0, 0, 0, time.UTC)

// compressLevel is the flate level of every part.
const compressLevel = flate.BestSpeed

func newCanonZip(w io.Writer, stamp time.Time, names func(io.Writer) error) *canonZip {
	z := &canonZip{w: w, modified: zipEpoch, names: names, splice: map[string]func(io.Writer) error{}}
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
	if name == "xl/workbook.xml" || name == "[Content_Types].xml" || z.splice[name] != nil || z.edit[name] != nil {
		p.raw = new(bytes.Buffer)
		z.parts = append(z.parts, p)
		return p.raw, nil
	}
	fw, err := z.flateWriter(&p.buf)
	if err != nil {
		return nil, err
	}
	p.fw = fw
	z.parts = append(z.parts, p)
	return p, nil
}

// flateWriter returns the one compressor of z, reset to write to w. Parts
// are compressed one after the other, so one compressor does for all, and
// a book does not allocate some 700 KB of compressor state per part.
func (z *canonZip) flateWriter(w io.Writer) (*flate.Writer, error) {
	if z.fw == nil {
		fw, err := flate.NewWriter(w, compressLevel)
		if err != nil {
			return nil, err
		}
		z.fw = fw
		return fw, nil
	}
	z.fw.Reset(w)
	return z.fw, nil
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
	if p.raw != nil {
		return nil // on Close
	}
	return p.fw.Close()
}

// finish writes the uncompressed part p, finished, to w.
func (z *canonZip) finish(w io.Writer, p *part) error {
	src := p.raw.Bytes()
	bw := &bufWriter{w: w}
	switch {
	case p.name == "[Content_Types].xml":
		bw.Write(sortContentTypes(src))
	case z.edit[p.name] != nil:
		bw.Write(z.edit[p.name](src))
	case p.name == "xl/workbook.xml":
		// The names go after the <sheets> element, where the schema puts
		// <definedNames>, or into the <definedNames> excelize wrote.
		at, openTag, closeTag := -1, "", ""
		if i := bytes.Index(src, []byte("<definedNames>")); i >= 0 {
			at = i + len("<definedNames>")
		} else if i := bytes.Index(src, []byte("</sheets>")); i >= 0 {
			at, openTag, closeTag = i+len("</sheets>"), "<definedNames>", "</definedNames>"
		}
		if at < 0 || z.names == nil {
			bw.Write(src)
			break
		}
		bw.Write(src[:at])
		bw.WriteString(openTag)
		if err := bw.flush(); err != nil {
			return err
		}
		if err := z.pipe(w, z.names); err != nil {
			return err
		}
		bw.WriteString(closeTag)
		bw.Write(src[at:])
	default:
		at := bytes.Index(src, []byte("</sheetData>"))
		if at < 0 {
			return zipError("xlsx: internal error: no </sheetData> in " + p.name)
		}
		head := src[:at]
		if h := z.head[p.name]; h != nil {
			head = h(head)
		}
		bw.Write(head)
		if err := bw.flush(); err != nil {
			return err
		}
		if err := z.pipe(w, z.splice[p.name]); err != nil {
			return err
		}
		bw.Write(src[at:])
	}
	return bw.flush()
}

// Close writes the parts, sorted by name, to the underlying writer.
func (z *canonZip) Close() error {
	if err := z.finishLast(); err != nil {
		return err
	}
	parts := z.parts
	sort.SliceStable(parts, func(i, j int) bool { return parts[i].name < parts[j].name })
	seen := 0
	for _, p := range parts {
		if z.splice[p.name] != nil {
			seen++
		}
	}
	if seen != len(z.splice) {
		return zipError("xlsx: internal error: a streamed sheet was not written by excelize")
	}
	zw := zip.NewWriter(z.w)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return z.flateWriter(w)
	})
	for i, p := range parts {
		if i > 0 && parts[i-1].name == p.name {
			continue // excelize never writes a part twice; keep the first
		}
		h := &zip.FileHeader{
			Name:         p.name,
			Method:       zip.Deflate,
			ModifiedDate: uint16(z.modified.Day() + int(z.modified.Month())<<5 + (z.modified.Year()-1980)<<9),
			ModifiedTime: uint16(z.modified.Second()/2 + z.modified.Minute()<<5 + z.modified.Hour()<<11),
		}
		if p.raw != nil {
			// Compressed as it is written, sizes and CRC in a data
			// descriptor after it.
			fw, err := zw.CreateHeader(h)
			if err != nil {
				return err
			}
			if err := z.finish(fw, p); err != nil {
				return err
			}
			p.raw = nil
			continue
		}
		h.Modified = z.modified
		h.CRC32 = p.crc
		h.CompressedSize64 = uint64(p.buf.Len())
		h.UncompressedSize64 = p.size
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

// pipe is produce(w), with a goroutine of its own if z.parallel.
func (z *canonZip) pipe(w io.Writer, produce func(io.Writer) error) error {
	if !z.parallel {
		return produce(w)
	}
	return pipe(w, produce)
}

// pipe runs produce on a goroutine of its own and writes what it produces
// to w from this one, so that making the XML of a big part and compressing
// it overlap on two CPUs. The bytes are the same as produce(w) writes; at
// most pipeBufs buffers of pipeBuf bytes are in flight.
func pipe(w io.Writer, produce func(io.Writer) error) error {
	full := make(chan []byte, pipeBufs)
	free := make(chan []byte, pipeBufs)
	for range pipeBufs {
		free <- make([]byte, 0, pipeBuf)
	}
	stop := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		cw := &chanWriter{full: full, free: free, stop: stop, buf: <-free}
		err := produce(cw)
		if err == nil {
			err = cw.send()
		}
		close(full)
		done <- err
	}()
	var werr error
	for b := range full {
		if werr == nil {
			if _, werr = w.Write(b); werr != nil {
				close(stop)
			}
		}
		free <- b[:0]
	}
	perr := <-done
	if werr != nil {
		return werr
	}
	return perr
}

const (
	pipeBuf  = 64 << 10
	pipeBufs = 4
)

// A chanWriter is the producing end of a pipe.
type chanWriter struct {
	full, free chan []byte
	stop       chan struct{}
	buf        []byte
}

const errPipeStopped = zipError("xlsx: writing the book failed")

func (c *chanWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		k := min(len(p), cap(c.buf)-len(c.buf))
		c.buf = append(c.buf, p[:k]...)
		p = p[k:]
		if len(c.buf) == cap(c.buf) {
			if err := c.send(); err != nil {
				return 0, err
			}
			c.buf = <-c.free
		}
	}
	return n, nil
}

// send hands the buffer to the writing end.
func (c *chanWriter) send() error {
	select {
	case <-c.stop:
		return errPipeStopped
	default:
	}
	if len(c.buf) > 0 {
		c.full <- c.buf
	}
	c.buf = nil
	return nil
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

// sortContentTypes sorts the <Default> elements of [Content_Types].xml
// and puts them first.
func sortContentTypes(src []byte) []byte {
	defs := defaultRE.FindAll(src, -1)
	rest := defaultRE.ReplaceAll(src, nil)
	sort.Slice(defs, func(i, j int) bool { return bytes.Compare(defs[i], defs[j]) < 0 })
	if i := bytes.Index(rest, []byte("<Types")); i >= 0 {
		if j := bytes.IndexByte(rest[i:], '>'); j >= 0 {
			at := i + j + 1
			var out []byte
			out = append(out, rest[:at]...)
			out = append(out, bytes.Join(defs, nil)...)
			return append(out, rest[at:]...)
		}
	}
	return src
}
