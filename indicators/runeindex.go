package indicators

import (
	"sort"
	"unicode/utf8"
)

// Runes converts between the byte offsets of one text (Span, the Go API)
// and its Unicode code point offsets (RuneSpan, what files, exports and
// the book show): the one converter of spans. NewRunes indexes the text
// once, in O(n); each conversion then costs O(log n + 64), so catalogs
// with many quotes into one long text, and extracts of long documents,
// stay linear. A Runes is safe for concurrent use.
type Runes struct {
	text  string
	ascii bool
	marks []int // marks[k] is the byte offset of code point k*runeMark
}

const runeMark = 64

// NewRunes returns a converter over text.
func NewRunes(text string) *Runes {
	x := &Runes{text: text, ascii: true}
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

// Offset returns the code point offset of byte offset b, clamped to the
// text.
func (x *Runes) Offset(b int) int {
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

// ByteOffset returns the byte offset of code point offset r, or false
// before the start or past the end of the text.
func (x *Runes) ByteOffset(r int) (int, bool) {
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

// Span returns the byte span s in code points; its ends are clamped to
// the text.
func (x *Runes) Span(s Span) RuneSpan {
	return RuneSpan{Start: x.Offset(s.Start), End: x.Offset(s.End)}
}

// Bytes returns the code point span r in bytes, or false if it is
// backwards or reaches past the end of the text.
func (x *Runes) Bytes(r RuneSpan) (Span, bool) {
	if r.Start < 0 || r.End < r.Start {
		return Span{}, false
	}
	a, ok1 := x.ByteOffset(r.Start)
	b, ok2 := x.ByteOffset(r.End)
	return Span{Start: a, End: b}, ok1 && ok2
}

// runeIndexes caches one Runes per source ID.
type runeIndexes map[string]*Runes

func (m runeIndexes) of(s *Source) *Runes {
	x, ok := m[s.ID]
	if !ok || x.text != s.Text {
		x = NewRunes(s.Text)
		m[s.ID] = x
	}
	return x
}
