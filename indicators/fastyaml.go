package indicators

import (
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// fastYAML parses the plain block YAML that catalogs are written in —
// block mappings and sequences, plain and quoted one-line scalars, one-line
// flow sequences of scalars, comments — into the node tree yaml.v3 gives
// for it (kind, style, tag, value, line and column; not comments), several
// times faster and with a fraction of its allocations. It declines
// (ok false) anything else: anchors, tags, block scalars, multi-line
// scalars, flow mappings, documents markers, tabs, any doubt and every
// error, which the caller then leaves to yaml.v3, so that messages and
// positions stay yaml.v3's. FuzzFastYAML holds it to that.
func fastYAML(src string) (top *yaml.Node, ok bool) {
	if !fastChars(src) {
		return nil, false
	}
	p := &fastParser{src: src}
	defer func() {
		if r := recover(); r != nil {
			if _, declined := r.(fastDecline); !declined {
				panic(r)
			}
			top, ok = nil, false
		}
	}()
	p.at = 0
	p.content()
	if p.eof || p.indent != 0 {
		return nil, false
	}
	top = p.blockMapping(0, p.start)
	if !p.eof {
		return nil, false
	}
	return top, true
}

// fastDecline is the panic value with which the parser gives up.
type fastDecline struct{}

func decline() { panic(fastDecline{}) }

// fastChars reports whether src holds only characters the fast parser
// takes: printable ASCII and newlines, and printable non-ASCII characters
// that YAML reads as neither a line break nor a byte order mark.
func fastChars(src string) bool {
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			return false
		case r < 0xa0, r == 0x2028, r == 0x2029, r >= 0xd800 && r < 0xe000, r == 0xfeff, r == 0xfffe, r == 0xffff:
			return false
		}
		i += n
	}
	return true
}

// fastParser reads src one content line (not blank, not only a comment)
// at a time.
type fastParser struct {
	src string
	at  int // where the next line starts
	// The current content line: src[start:end], its number (from 1) and
	// its indentation in spaces.
	start, end, num, indent int
	eof                     bool
	lineNum                 int // number of the line starting at at, minus one
	depth                   int

	nodes []yaml.Node  // allocated a slab at a time
	kids  []*yaml.Node // the same for Content slices
	stack []*yaml.Node // the children of the collections being read
}

// content moves to the next content line at or after p.at.
func (p *fastParser) content() {
	for {
		if p.at >= len(p.src) {
			p.eof = true
			p.start, p.end = len(p.src), len(p.src)
			return
		}
		p.lineNum++
		s := p.at
		e := strings.IndexByte(p.src[s:], '\n')
		if e < 0 {
			e = len(p.src)
		} else {
			e += s
		}
		p.at = e + 1
		i := s
		for i < e && p.src[i] == ' ' {
			i++
		}
		if i == e || p.src[i] == '#' {
			continue
		}
		if i == s && e-s >= 3 && (p.src[s:s+3] == "---" || p.src[s:s+3] == "...") {
			decline() // a document marker
		}
		p.start, p.end, p.num, p.indent = s, e, p.lineNum, i-s
		return
	}
}

// col returns the column (from 1, in characters) of byte offset i of the
// current line.
func (p *fastParser) col(i int) int {
	line := p.src[p.start:i]
	for j := 0; j < len(line); j++ {
		if line[j] >= utf8.RuneSelf {
			return 1 + utf8.RuneCountInString(line)
		}
	}
	return 1 + len(line)
}

func (p *fastParser) node(kind yaml.Kind, style yaml.Style, tag, value string, line, col int) *yaml.Node {
	if len(p.nodes) == cap(p.nodes) {
		p.nodes = make([]yaml.Node, 0, 1024)
	}
	p.nodes = p.nodes[:len(p.nodes)+1]
	n := &p.nodes[len(p.nodes)-1]
	n.Kind, n.Style, n.Tag, n.Value, n.Line, n.Column = kind, style, tag, value, line, col
	return n
}

// children moves the nodes pushed since mark into a Content slice.
func (p *fastParser) children(mark int) []*yaml.Node {
	k := len(p.stack) - mark
	if cap(p.kids)-len(p.kids) < k {
		p.kids = make([]*yaml.Node, 0, max(4096, k))
	}
	out := p.kids[len(p.kids) : len(p.kids)+k : len(p.kids)+k]
	copy(out, p.stack[mark:])
	p.kids = p.kids[:len(p.kids)+k]
	clear(p.stack[mark:])
	p.stack = p.stack[:mark]
	return out
}

func (p *fastParser) enter() {
	if p.depth++; p.depth > 64 {
		decline()
	}
}

// isEntry reports whether a block sequence entry ("- " or a lone "-")
// starts at i on the current line.
func (p *fastParser) isEntry(i int) bool {
	return i < p.end && p.src[i] == '-' && (i+1 == p.end || p.src[i+1] == ' ')
}

// blockMapping reads a block mapping whose keys stand at indentation n,
// the first at byte offset at of the current line.
func (p *fastParser) blockMapping(n, at int) *yaml.Node {
	p.enter()
	m := p.node(yaml.MappingNode, 0, "!!map", "", p.num, p.col(at))
	mark := len(p.stack)
	for {
		k, after := p.key(at)
		p.stack = append(p.stack, k)
		p.stack = append(p.stack, p.value(n, after))
		if p.eof || p.indent < n {
			break
		}
		if p.indent > n || p.isEntry(p.start+n) {
			decline()
		}
		at = p.start + n
	}
	m.Content = p.children(mark)
	p.depth--
	return m
}

// blockSequence reads a block sequence whose entries stand at
// indentation n, starting on the current line.
func (p *fastParser) blockSequence(n int) *yaml.Node {
	p.enter()
	s := p.node(yaml.SequenceNode, 0, "!!seq", "", p.num, p.col(p.start+n))
	mark := len(p.stack)
	for {
		i := p.start + n
		if !p.isEntry(i) {
			decline()
		}
		k := i + 1
		for k < p.end && p.src[k] == ' ' {
			k++
		}
		if k == p.end || p.src[k] == '#' || p.isEntry(k) {
			decline() // an empty entry, or a sequence in a sequence
		}
		var item *yaml.Node
		if p.isKey(k) {
			item = p.blockMapping(k-p.start, k)
		} else {
			item = p.scalarLine(k)
			if !p.eof && p.indent > n {
				decline()
			}
		}
		p.stack = append(p.stack, item)
		if p.eof || p.indent < n {
			break
		}
		if p.indent > n {
			decline()
		}
		if !p.isEntry(p.start + n) {
			break // the mapping this sequence is a value of goes on
		}
	}
	s.Content = p.children(mark)
	p.depth--
	return s
}

// value reads the value of a mapping entry whose keys stand at
// indentation n; its ':' ends before byte offset after.
func (p *fastParser) value(n, after int) *yaml.Node {
	i := after
	for i < p.end && p.src[i] == ' ' {
		i++
	}
	if i == p.end || p.src[i] == '#' {
		// Nothing on this line: a nested block, or null.
		line, col := p.num, p.col(after)
		p.content()
		switch {
		case !p.eof && p.indent > n:
			if p.isEntry(p.start + p.indent) {
				return p.blockSequence(p.indent)
			}
			return p.blockMapping(p.indent, p.start+p.indent)
		case !p.eof && p.indent == n && p.isEntry(p.start+n):
			return p.blockSequence(n)
		}
		return p.node(yaml.ScalarNode, 0, "!!null", "", line, col)
	}
	v := p.scalarLine(i)
	if !p.eof && p.indent > n {
		decline() // a scalar going on over lines, or an error
	}
	return v
}

// scalarLine reads the scalar or flow sequence at i, which must end the
// current line (but for a comment), and moves to the next content line.
func (p *fastParser) scalarLine(i int) *yaml.Node {
	var v *yaml.Node
	switch p.src[i] {
	case '[':
		v, i = p.flowSequence(i)
	case '"', '\'':
		v, i = p.quoted(i)
	default:
		v, i = p.plain(i, false)
	}
	p.lineEnd(i)
	p.content()
	return v
}

// lineEnd checks that only spaces and a comment follow i on the line.
func (p *fastParser) lineEnd(i int) {
	j := i
	for j < p.end && p.src[j] == ' ' {
		j++
	}
	if j < p.end && (p.src[j] != '#' || j == i) {
		decline()
	}
}

// isKey reports whether a mapping key (a scalar, then ':' and a space or
// the end of the line) starts at i.
func (p *fastParser) isKey(i int) bool {
	switch p.src[i] {
	case '"', '\'':
		end, ok := p.quotedEnd(i)
		return ok && end < p.end && p.src[end] == ':' && (end+1 == p.end || p.src[end+1] == ' ')
	}
	for j := i; j < p.end; j++ {
		switch p.src[j] {
		case '#':
			if p.src[j-1] == ' ' {
				return false
			}
		case ':':
			if j+1 == p.end || p.src[j+1] == ' ' {
				return true
			}
		}
	}
	return false
}

// key reads the mapping key at i and returns it and the offset after its
// ':'.
func (p *fastParser) key(i int) (*yaml.Node, int) {
	var k *yaml.Node
	var end int
	switch p.src[i] {
	case '"', '\'':
		k, end = p.quoted(i)
	default:
		j := i
		for ; j < p.end; j++ {
			if c := p.src[j]; c == ':' && (j+1 == p.end || p.src[j+1] == ' ') || c == '#' && p.src[j-1] == ' ' {
				break
			}
		}
		if j == p.end || p.src[j] != ':' {
			decline()
		}
		k, end = p.plain(i, true)
		if end != j {
			decline()
		}
	}
	if end >= p.end || p.src[end] != ':' || end+1 < p.end && p.src[end+1] != ' ' || end-i > 1000 {
		decline()
	}
	return k, end + 1
}

// plainStart declines a plain scalar at i that YAML would read as
// something else: an indicator ("#", "[", "&", "'", …) or "- ".
func (p *fastParser) plainStart(i int) {
	c := p.src[i]
	if strings.IndexByte("#,[]{}&*!|>'\"%@`?:", c) >= 0 || c == '-' && (i+1 == p.end || p.src[i+1] == ' ') {
		decline()
	}
}

// plain reads a plain scalar at i: in a block, up to a comment or the end
// of the line (a key up to its ':'); in a flow sequence (flow), up to ','
// or ']'. It returns the scalar and the offset after it.
func (p *fastParser) plain(i int, isKey bool) (*yaml.Node, int) {
	p.plainStart(i)
	j := i
	for ; j < p.end; j++ {
		c := p.src[j]
		if c == '#' && p.src[j-1] == ' ' {
			break
		}
		if c == ':' && (j+1 == p.end || p.src[j+1] == ' ') {
			if !isKey {
				decline() // "a: b" as a value is an error
			}
			break
		}
	}
	e := j
	for e > i && p.src[e-1] == ' ' {
		e--
	}
	if isKey && e != j {
		decline() // "key :": leave it to yaml.v3
	}
	v := p.src[i:e]
	return p.node(yaml.ScalarNode, 0, plainTag(v), v, p.num, p.col(i)), e
}

// flowPlain reads a plain scalar in a flow sequence.
func (p *fastParser) flowPlain(i int) (*yaml.Node, int) {
	p.plainStart(i)
	j := i
	for ; j < p.end; j++ {
		c := p.src[j]
		if c == ',' || c == ']' {
			break
		}
		if c == ':' || c == '?' || c == '[' || c == '{' || c == '}' || c == '#' && p.src[j-1] == ' ' {
			decline() // yaml.v3 reads these otherwise in a flow
		}
	}
	if j == p.end {
		decline()
	}
	e := j
	for e > i && p.src[e-1] == ' ' {
		e--
	}
	v := p.src[i:e]
	return p.node(yaml.ScalarNode, 0, plainTag(v), v, p.num, p.col(i)), e
}

// flowSequence reads a one-line flow sequence of scalars at i ('[').
func (p *fastParser) flowSequence(i int) (*yaml.Node, int) {
	s := p.node(yaml.SequenceNode, yaml.FlowStyle, "!!seq", "", p.num, p.col(i))
	mark := len(p.stack)
	j := i + 1
	for {
		for j < p.end && p.src[j] == ' ' {
			j++
		}
		if j == p.end {
			decline()
		}
		if p.src[j] == ']' && len(p.stack) == mark {
			j++
			break
		}
		var v *yaml.Node
		if c := p.src[j]; c == '"' || c == '\'' {
			v, j = p.quoted(j)
		} else {
			v, j = p.flowPlain(j)
		}
		p.stack = append(p.stack, v)
		for j < p.end && p.src[j] == ' ' {
			j++
		}
		if j == p.end {
			decline()
		}
		if p.src[j] == ']' {
			j++
			break
		}
		if p.src[j] != ',' {
			decline()
		}
		j++
		k := j
		for k < p.end && p.src[k] == ' ' {
			k++
		}
		if k < p.end && p.src[k] == ']' {
			decline() // a trailing comma
		}
	}
	s.Content = p.children(mark)
	return s, j
}

// quotedEnd returns the offset after the one-line quoted scalar at i.
func (p *fastParser) quotedEnd(i int) (int, bool) {
	q := p.src[i]
	for j := i + 1; j < p.end; j++ {
		switch c := p.src[j]; {
		case c == q && q == '\'' && j+1 < p.end && p.src[j+1] == '\'':
			j++
		case c == q:
			return j + 1, true
		case c == '\\' && q == '"':
			j++
		}
	}
	return 0, false
}

// quoted reads the one-line quoted scalar at i.
func (p *fastParser) quoted(i int) (*yaml.Node, int) {
	end, ok := p.quotedEnd(i)
	if !ok {
		decline()
	}
	raw := p.src[i+1 : end-1]
	style := yaml.DoubleQuotedStyle
	var v string
	if p.src[i] == '\'' {
		style = yaml.SingleQuotedStyle
		v = strings.ReplaceAll(raw, "''", "'")
	} else {
		v = unescapeDouble(raw)
	}
	return p.node(yaml.ScalarNode, style, "!!str", v, p.num, p.col(i)), end
}

// unescapeDouble reads the escapes of a double-quoted scalar, declining
// those it does not know. "\/", which YAML 1.2 and JSON allow, yaml.v3
// refuses: it is declined, so that yaml.v3 says so.
func unescapeDouble(raw string) string {
	if strings.IndexByte(raw, '\\') < 0 {
		return raw
	}
	var b strings.Builder
	b.Grow(len(raw))
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		i++
		if i == len(raw) {
			decline()
		}
		width := 0
		switch raw[i] {
		case '0':
			b.WriteByte(0)
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'v':
			b.WriteByte('\v')
		case 'f':
			b.WriteByte('\f')
		case 'r':
			b.WriteByte('\r')
		case 'e':
			b.WriteByte(0x1b)
		case '"', '\\':
			b.WriteByte(raw[i])
		case 'x':
			width = 2
		case 'u':
			width = 4
		case 'U':
			width = 8
		default:
			decline()
		}
		if width == 0 {
			continue
		}
		if i+1+width > len(raw) {
			decline()
		}
		r := rune(0)
		for _, h := range raw[i+1 : i+1+width] {
			switch {
			case h >= '0' && h <= '9':
				r = r<<4 | (h - '0')
			case h >= 'a' && h <= 'f':
				r = r<<4 | (h - 'a' + 10)
			case h >= 'A' && h <= 'F':
				r = r<<4 | (h - 'A' + 10)
			default:
				decline()
			}
		}
		if r >= 0xd800 && r <= 0xdfff || r > 0x10ffff {
			decline()
		}
		b.WriteRune(r)
		i += width
	}
	return b.String()
}

// plainTag is the tag yaml.v3 resolves a plain scalar to: "!!str",
// "!!int", "!!float", "!!bool", "!!null", "!!timestamp" or "!!merge".
func plainTag(v string) string {
	c := v[0]
	switch {
	case c >= '1' && c <= '9' && len(v) <= 18:
		digits := true
		for i := 1; i < len(v); i++ {
			if v[i] < '0' || v[i] > '9' {
				digits = false
				break
			}
		}
		if digits {
			return "!!int"
		}
	case c >= '0' && c <= '9', c == '+', c == '-', c == '.', c == '~', c == '<':
	case strings.IndexByte("yYnNtTfFoO", c) >= 0:
	default:
		return "!!str" // yaml.v3 resolves nothing else that starts so
	}
	return (&yaml.Node{Kind: yaml.ScalarNode, Value: v}).ShortTag()
}
