package indicators

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
)

// jsonStream writes the JSON export as it goes, byte for byte what
// json.Encoder with SetIndent("", "  ") and SetEscapeHTML(false) writes of
// the whole document, without holding the model of every indicator or the
// document in memory. It writes the document's frame (its six lists) itself
// and each element of a list through one encoding/json Encoder, whose
// prefix indents the element to its depth: the element types of
// encode.go stay the one description of the contract.
type jsonStream struct {
	w   *bufio.Writer
	buf bytes.Buffer  // one element, as enc writes it
	enc *json.Encoder // into buf, indented for an element of a top-level list
	err error
	n   int // elements written in the current list
}

// elementIndent is the indentation of an element of a top-level list.
const elementIndent = "    "

func newJSONStream(w io.Writer) *jsonStream {
	s := &jsonStream{w: bufio.NewWriterSize(w, 64<<10)}
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetIndent(elementIndent, "  ")
	s.enc.SetEscapeHTML(false)
	return s
}

// open starts the top-level list name; first says whether it is the
// document's first member.
func (s *jsonStream) open(name string, first bool) {
	if first {
		s.w.WriteString("{\n  \"")
	} else {
		s.w.WriteString(",\n  \"")
	}
	s.w.WriteString(name)
	s.w.WriteString("\": [")
	s.n = 0
}

// element writes v as the next element of the open list.
func (s *jsonStream) element(v any) {
	if s.err != nil {
		return
	}
	if s.n > 0 {
		s.w.WriteByte(',')
	}
	s.w.WriteString("\n" + elementIndent)
	s.n++
	s.buf.Reset()
	if s.err = s.enc.Encode(v); s.err != nil {
		return
	}
	// Encode ends the value with a newline; the frame writes its own.
	s.w.Write(bytes.TrimSuffix(s.buf.Bytes(), []byte("\n")))
}

// close ends the open list.
func (s *jsonStream) close() {
	if s.n > 0 {
		s.w.WriteString("\n  ")
	}
	s.w.WriteByte(']')
}

// end ends the document and flushes it, returning the first error.
func (s *jsonStream) end() error {
	s.w.WriteString("\n}\n")
	if err := s.w.Flush(); s.err == nil {
		s.err = err
	}
	return s.err
}

// writeJSON writes the JSON export of c to w: the members of jsonCatalog
// (jsonwrite_test.go), in its order.
func writeJSON(w io.Writer, c *Catalog) error {
	s := newJSONStream(w)
	s.open("sources", true)
	for i := range c.Sources {
		s.element(sourceJSON(&c.Sources[i]))
	}
	s.close()
	s.open("indicators", false)
	runeSpan := c.RuneSpans().Of
	for i := range c.Indicators {
		s.element(indicatorJSON(&c.Indicators[i], runeSpan))
	}
	s.close()
	s.open("derived", false)
	for i := range c.Derived {
		d := &c.Derived[i]
		r, err := c.Compute(d.ID)
		s.element(derivedJSON(c, d, r, err == nil))
	}
	s.close()
	s.open("views", false)
	for i := range c.Views {
		s.element(viewJSON(&c.Views[i]))
	}
	s.close()
	m := c.seriesModel(c.SeriesPoints())
	s.open("series", false)
	for i := range m.series {
		s.element(&m.series[i])
	}
	s.close()
	s.open("conflicts", false)
	for i := range m.conflicts {
		s.element(&m.conflicts[i])
	}
	s.close()
	return s.end()
}
