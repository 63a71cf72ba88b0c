package indicators

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"unicode/utf8"
)

// jsonWriter writes the JSON export as it goes, byte for byte what
// json.Encoder with SetIndent("", "  ") and SetEscapeHTML(false) writes of
// jsonModel, without building the model of every indicator or the whole
// document in memory: a large catalog's export costs a buffer, not a copy
// of the catalog and two of its text.
type jsonWriter struct {
	w   io.Writer
	buf []byte
	err error
	tmp bytes.Buffer // for the items written through encoding/json
}

const jsonFlushAt = 64 << 10

func (j *jsonWriter) flush() {
	if j.err == nil && len(j.buf) > 0 {
		_, j.err = j.w.Write(j.buf)
	}
	j.buf = j.buf[:0]
}

func (j *jsonWriter) maybeFlush() {
	if len(j.buf) >= jsonFlushAt {
		j.flush()
	}
}

func (j *jsonWriter) raw(s string) { j.buf = append(j.buf, s...) }

func (j *jsonWriter) indent(depth int) {
	j.buf = append(j.buf, '\n')
	for range depth {
		j.buf = append(j.buf, ' ', ' ')
	}
}

// field starts the member name of an object at depth, after a comma
// unless it is the first.
func (j *jsonWriter) field(depth int, name string, first bool) {
	if !first {
		j.buf = append(j.buf, ',')
	}
	j.indent(depth)
	j.buf = append(j.buf, '"')
	j.buf = append(j.buf, name...)
	j.buf = append(j.buf, '"', ':', ' ')
}

func (j *jsonWriter) str(s string) { j.buf = appendJSONString(j.buf, s) }

func (j *jsonWriter) strPtr(s *string) {
	if s == nil {
		j.raw("null")
		return
	}
	j.str(*s)
}

func (j *jsonWriter) number(n *json.Number) {
	if n == nil {
		j.raw("null")
		return
	}
	j.raw(string(*n))
}

// strings writes a list of strings at depth.
func (j *jsonWriter) strings(depth int, list []string) {
	if list == nil {
		j.raw("null")
		return
	}
	if len(list) == 0 {
		j.raw("[]")
		return
	}
	j.raw("[")
	for i, s := range list {
		if i > 0 {
			j.buf = append(j.buf, ',')
		}
		j.indent(depth + 1)
		j.str(s)
	}
	j.indent(depth)
	j.raw("]")
}

// list writes n items at depth, each with item(i), which writes the item
// at depth+1.
func (j *jsonWriter) list(depth, n int, item func(i int)) {
	if n == 0 {
		j.raw("[]")
		return
	}
	j.raw("[")
	for i := range n {
		if i > 0 {
			j.buf = append(j.buf, ',')
		}
		j.indent(depth + 1)
		item(i)
		j.maybeFlush()
	}
	j.indent(depth)
	j.raw("]")
}

// value writes v through encoding/json, indented for depth: for the few
// items of a catalog (sources, derived indicators, views).
func (j *jsonWriter) value(depth int, v any) {
	if j.err != nil {
		return
	}
	j.tmp.Reset()
	enc := json.NewEncoder(&j.tmp)
	prefix := make([]byte, 2*depth)
	for i := range prefix {
		prefix[i] = ' '
	}
	enc.SetIndent(string(prefix), "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		j.err = err
		return
	}
	j.buf = append(j.buf, bytes.TrimSuffix(j.tmp.Bytes(), []byte("\n"))...)
}

// writeJSON writes the JSON export of c to w.
func writeJSON(w io.Writer, c *Catalog) error {
	j := &jsonWriter{w: w, buf: make([]byte, 0, jsonFlushAt+4096)}
	runeSpan := c.RuneSpans().Of
	j.raw("{")
	j.field(1, "sources", true)
	j.list(1, len(c.Sources), func(i int) {
		s := &c.Sources[i]
		j.value(2, jsonSource{ID: s.ID, Title: s.Title, Publisher: s.Publisher, Short: s.Short,
			Issued: s.Issued.String(), URL: s.URL, SHA256: s.SHA256, Accessed: s.Accessed.String(), Citation: s.Citation})
	})
	j.field(1, "indicators", false)
	j.list(1, len(c.Indicators), func(i int) { j.indicator(2, &c.Indicators[i], runeSpan) })
	j.field(1, "derived", false)
	j.list(1, len(c.Derived), func(i int) {
		d := &c.Derived[i]
		r, err := c.Compute(d.ID)
		j.value(2, derivedJSON(d, r, err == nil))
	})
	j.field(1, "views", false)
	j.list(1, len(c.Views), func(i int) {
		v := &c.Views[i]
		j.value(2, jsonView{ID: v.ID, Title: v.Title, Subtitle: v.Subtitle, Kind: v.Kind.String(), Indicators: nonNil(v.Indicators), Series: v.Series, Notes: v.Notes})
	})
	m := c.seriesModel(c.SeriesPoints())
	j.field(1, "series", false)
	j.list(1, len(m.series), func(i int) { j.series(2, &m.series[i]) })
	j.field(1, "conflicts", false)
	j.list(1, len(m.conflicts), func(i int) {
		cf := &m.conflicts[i]
		j.raw("{")
		j.field(3, "series", true)
		j.str(cf.Series)
		j.field(3, "period", false)
		j.str(cf.Period)
		j.field(3, "indicators", false)
		j.strings(3, cf.Indicators)
		j.field(3, "note", false)
		j.str(cf.Note)
		j.indent(2)
		j.raw("}")
	})
	j.indent(0)
	j.raw("}\n")
	j.flush()
	return j.err
}

// indicator writes what jsonModel makes of ind, at depth.
func (j *jsonWriter) indicator(depth int, ind *Indicator, runeSpan func(Provenance) RuneSpan) {
	d := depth + 1
	q := &ind.Quantity
	j.raw("{")
	j.field(d, "id", true)
	j.str(ind.ID)
	j.field(d, "title", false)
	j.str(ind.Title)
	j.field(d, "entities", false)
	j.strings(d, nonNil(ind.Entities))
	j.field(d, "counterpart", false)
	j.str(ind.Counterpart)
	j.field(d, "measure", false)
	j.str(ind.Measure.String())
	j.field(d, "status", false)
	j.str(ind.Status.String())
	value, low, high := quantityNumbers(*q)
	j.field(d, "value", false)
	j.number(value)
	j.field(d, "low", false)
	j.number(low)
	j.field(d, "high", false)
	j.number(high)
	j.field(d, "qualifier", false)
	j.str(q.Qualifier.String())
	j.field(d, "direction", false)
	j.str(q.Direction.String())
	j.field(d, "unit", false)
	j.str(ind.Unit.String())
	j.field(d, "scale", false)
	j.str(q.Scale.String())
	j.field(d, "stated", false)
	j.str(ind.Stated)
	if q.Noun != "" {
		j.field(d, "noun", false)
		j.str(q.Noun)
	}
	if q.Hedge != "" {
		j.field(d, "hedge", false)
		j.str(q.Hedge)
	}
	j.field(d, "period", false)
	if ind.Period.IsStated() {
		j.str(ind.Period.String())
	} else {
		j.raw("null")
	}
	j.field(d, "provenance", false)
	j.list(d, len(ind.Provenance), func(i int) {
		p := ind.Provenance[i]
		r := runeSpan(p)
		pd := d + 2
		j.raw("{")
		j.field(pd, "source", true)
		j.str(p.Source)
		j.field(pd, "section", false)
		j.strings(pd, nonNil(p.Section))
		j.field(pd, "quote", false)
		j.str(p.Quote)
		j.field(pd, "start", false)
		j.buf = strconv.AppendInt(j.buf, int64(r.Start), 10)
		j.field(pd, "end", false)
		j.buf = strconv.AppendInt(j.buf, int64(r.End), 10)
		j.indent(d + 1)
		j.raw("}")
	})
	if ind.Description != "" {
		j.field(d, "description", false)
		j.str(ind.Description)
	}
	if ind.Denominator != "" {
		j.field(d, "denominator", false)
		j.str(ind.Denominator)
	}
	if ind.Base.IsStated() {
		if b := ind.Base.String(); b != "" {
			j.field(d, "base", false)
			j.str(b)
		}
	}
	if a := ind.Announced.String(); a != "" {
		j.field(d, "announced", false)
		j.str(a)
	}
	if len(ind.Notes) > 0 {
		j.field(d, "notes", false)
		j.list(d, len(ind.Notes), func(i int) {
			n := &ind.Notes[i]
			nd := d + 2
			j.raw("{")
			j.field(nd, "text", true)
			j.str(n.Text)
			if n.Context {
				j.field(nd, "context", false)
				j.raw("true")
			}
			if n.Source != "" {
				j.field(nd, "source", false)
				j.str(n.Source)
			}
			j.indent(d + 1)
			j.raw("}")
		})
	}
	if ind.Series != "" {
		j.field(d, "series", false)
		j.str(ind.Series)
	}
	j.indent(depth)
	j.raw("}")
}

// series writes a series of the export, at depth.
func (j *jsonWriter) series(depth int, s *jsonSeries) {
	d := depth + 1
	j.raw("{")
	j.field(d, "id", true)
	j.str(s.ID)
	j.field(d, "title", false)
	j.str(s.Title)
	j.field(d, "unit", false)
	j.str(s.Unit)
	j.field(d, "measure", false)
	j.str(s.Measure)
	j.field(d, "points", false)
	if s.Points == nil {
		j.raw("null")
	} else {
		j.list(d, len(s.Points), func(i int) {
			p := &s.Points[i]
			pd := d + 2
			j.raw("{")
			j.field(pd, "indicator", true)
			j.str(p.Indicator)
			j.field(pd, "source", false)
			j.str(p.Source)
			j.field(pd, "period", false)
			j.strPtr(p.Period)
			j.field(pd, "value", false)
			j.number(p.Value)
			j.field(pd, "low", false)
			j.number(p.Low)
			j.field(pd, "high", false)
			j.number(p.High)
			j.field(pd, "qualifier", false)
			j.str(p.Qualifier)
			j.field(pd, "stated", false)
			j.str(p.Stated)
			j.indent(d + 1)
			j.raw("}")
		})
	}
	j.indent(depth)
	j.raw("}")
}

// appendJSONString appends s as encoding/json writes a string without
// HTML escaping.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
