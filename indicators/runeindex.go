package indicators

import (
	"sort"
	"unicode/utf8"
)

// A runeIndex converts between byte and code point offsets in one text in
// O(log n + 64) per call, where RuneSpan and ByteSpan walk from the start.
// Catalogs with many quotes into one long text need it.
type runeIndex struct {
	text  string
	ascii bool
	marks []int // marks[k] is the byte offset of code point k*runeMark
}

const runeMark = 64

func newRuneIndex(text string) *runeIndex {
	x := &runeIndex{text: text, ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			x.ascii = false
			break
		}
	}
	if x.ascii {
		return x
	}
	n := 0
	for i := range text {
		if n%runeMark == 0 {
			x.marks = append(x.marks, i)
		}
		n++
	}
	return x
}

// runeOffset returns the code point offset of byte offset b.
func (x *runeIndex) runeOffset(b int) int {
	b = min(max(b, 0), len(x.text))
	if x.ascii {
		return b
	}
	k := sort.Search(len(x.marks), func(i int) bool { return x.marks[i] > b }) - 1
	if k < 0 {
		return 0
	}
	return k*runeMark + utf8.RuneCountInString(x.text[x.marks[k]:b])
}

// byteOffset returns the byte offset of code point offset r, or false past
// the end.
func (x *runeIndex) byteOffset(r int) (int, bool) {
	if r < 0 {
		return 0, false
	}
	if x.ascii {
		return r, r <= len(x.text)
	}
	k := r / runeMark
	if k >= len(x.marks) {
		if k == len(x.marks) && r%runeMark == 0 {
			// r may be the end of the text.
		} else {
			return 0, false
		}
		k = len(x.marks) - 1
	}
	if k < 0 {
		return 0, r == 0
	}
	b := x.marks[k]
	for n := k * runeMark; n < r; n++ {
		if b >= len(x.text) {
			return 0, false
		}
		_, size := utf8.DecodeRuneInString(x.text[b:])
		b += size
	}
	return b, true
}

func (x *runeIndex) runeSpan(s Span) Span {
	return Span{Start: x.runeOffset(s.Start), End: x.runeOffset(s.End)}
}

func (x *runeIndex) byteSpan(s Span) (Span, bool) {
	if s.Start < 0 || s.End < s.Start {
		return Span{}, false
	}
	a, ok1 := x.byteOffset(s.Start)
	b, ok2 := x.byteOffset(s.End)
	return Span{Start: a, End: b}, ok1 && ok2
}

// runeIndexes caches one runeIndex per source ID.
type runeIndexes map[string]*runeIndex

func (m runeIndexes) of(s *Source) *runeIndex {
	x, ok := m[s.ID]
	if !ok || x.text != s.Text {
		x = newRuneIndex(s.Text)
		m[s.ID] = x
	}
	return x
}

// A RuneCounter converts byte offsets of one text to Unicode code point
// offsets, as exports show spans. Each call costs the distance from the
// previous offset, so offsets that come in order (mentions, provenance)
// cost one pass over the text in all. The zero value counts in "".
type RuneCounter struct {
	text string
	b, r int
}

// NewRuneCounter returns a counter over text.
func NewRuneCounter(text string) *RuneCounter { return &RuneCounter{text: text} }

// Runes returns the code point offset of byte offset b, clamped to the
// text.
func (c *RuneCounter) Runes(b int) int {
	b = min(max(b, 0), len(c.text))
	if b >= c.b {
		c.r += utf8.RuneCountInString(c.text[c.b:b])
	} else {
		c.r -= utf8.RuneCountInString(c.text[b:c.b])
	}
	c.b = b
	return c.r
}
