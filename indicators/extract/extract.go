package extract

import (
	"bufio"
	"fmt"
	"io"
	"math/bits"
	"strings"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// A Kind says what sort of quantity a mention is.
type Kind uint8

// The kinds of mention.
const (
	Number   Kind = iota // a bare number: "two of the world's largest economies"
	Currency             // an amount of money: "$279 billion"
	Percent              // a percentage or percentage points: "26 to 28 percent"
	Count                // a count of things: "30 countries"
	Measure              // a physical measure: "2 ℃", "500 MW"
	Ratio                // a multiple: "three times", "two-fold"
	Rank                 // a rank: "second largest" (only with Extractor.Ranks)
	numKinds
)

var kindNames = [...]string{"number", "currency", "percent", "count", "measure", "ratio", "rank"}

// String returns the kind's JSON name: "number", "currency", "percent",
// "count", "measure", "ratio" or "rank".
func (k Kind) String() string {
	if k < numKinds {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// ParseKind returns the kind named s, one of the names String returns.
func ParseKind(s string) (Kind, error) {
	for i, n := range kindNames {
		if n == s {
			return Kind(i), nil
		}
	}
	return 0, fmt.Errorf("extract: unknown kind %q", s)
}

// A Mention is one quantity stated in a text. Spans are byte offsets into
// the text given to Extract (or, for Stream, into the whole stream); use
// indicators.Runes for code point offsets (an indicators.RuneSpan).
type Mention struct {
	// Span covers the whole mention, hedge and unit included: "nearly $350
	// billion", "between 20 and 25 percent", "30 countries".
	Span indicators.Span
	// Text is the text of Span, verbatim.
	Text string
	Kind Kind
	// Quantity holds the value (or Low and High of a range) at full
	// magnitude with the digits as written, the hedge as a qualifier, the
	// direction of a change and the scale word as written.
	Quantity indicators.Quantity
	// Unit is the ISO 4217 currency for money, percent or percentage_point,
	// the counted noun in the singular for a count ("country"), a symbol for
	// a measure ("degC", "t", "MW"), times for a ratio, or the zero Unit;
	// for a rate, with its base in Unit.Per ("bbl per day", "USD per
	// month", "per 100,000 population"). An age is a count of years with
	// Quantity.Noun "years old" ("a 45-year-old", "aged 67").
	Unit indicators.Unit
	// Figure is the span of the figure without the hedge words or the base
	// of a rate: "$350 billion" in "nearly $350 billion", "$200" in "$200 a
	// month".
	Figure indicators.Span
	// Numbers are the spans of the numbers themselves, scale words included
	// but not currency signs or units: the value (or the low end) first and,
	// for a range, the high end second; the second is zero otherwise.
	Numbers [2]indicators.Span
	// Sentence is the span of the sentence the mention is in.
	Sentence indicators.Span
	// Year is the calendar year the sentence gives ("In 2014, …"), or 0.
	Year int
}

// An Extractor finds quantities in text. The zero value is ready to use and
// reports every kind but Rank.
type Extractor struct {
	// Ranks also reports ranks such as "second largest" as mentions of kind
	// Rank, as a draft catalog wants them.
	Ranks bool
}

// Extract returns the quantities stated in text, in order, with the zero
// Extractor.
func Extract(text string) []Mention {
	var e Extractor
	return e.Extract(text)
}

// Extract returns the quantities stated in text, in order. Spans never
// overlap.
func (e *Extractor) Extract(text string) []Mention {
	// Policy prose runs to one figure per 1–2 KB, tables and statistics to
	// one per few hundred bytes: a first block of one per KB holds all the
	// mentions of most documents; when it fills, the collector grows it
	// once to what the text read so far predicts for the whole.
	c := collector{out: make([]Mention, 0, len(text)/1024+4), size: len(text)}
	s := scanner{ranks: e.Ranks, col: &c}
	s.run(text, 0, true, nil)
	s.releaseFacts()
	return c.out
}

// A collector gathers mentions into one slice, grown from the density of
// mentions in the text read since it last grew rather than by doubling:
// each mention is copied about once when the first guess was short, where
// doubling copies them several times over and blocks joined at the end
// copy all of them.
type collector struct {
	out  []Mention
	size int // the length of the text in bytes
	// grownAt and grownN are the text offset and the number of mentions
	// when the slice last grew (zero before).
	grownAt, grownN int
}

// next returns the collector's next slot, for a mention that ends at
// pos (a byte offset of the text), to be filled in place.
func (c *collector) next(pos int) *Mention {
	if len(c.out) == cap(c.out) {
		c.grow(pos)
	}
	c.out = c.out[:len(c.out)+1]
	return &c.out[len(c.out)-1]
}

func (c *collector) add(m *Mention) {
	if len(c.out) == cap(c.out) {
		c.grow(m.Span.End)
	}
	c.out = append(c.out, *m)
}

// grow makes room for the mentions of the rest of the text, the bytes from
// pos on, at the density of those read since the last growth, plus an
// eighth; and at least doubles the room, so that growth stays geometric.
func (c *collector) grow(pos int) {
	n := len(c.out)
	est := n
	if read := pos - c.grownAt; read > 0 && pos < c.size {
		est += int(int64(n-c.grownN) * int64(c.size-pos) / int64(read))
	}
	est += est / 8
	out := make([]Mention, n, max(est, 2*n)+16)
	copy(out, c.out)
	c.out, c.grownAt, c.grownN = out, pos, n
}

// Stream reads text from r and calls fn with each quantity in order, as
// Extract would report it for the whole text, with spans counted in bytes
// from the start of the stream. Memory is bounded by the longest sentence
// (plus a 64 KiB read buffer). Each Mention's Text is its own copy. An
// error from fn stops the stream and is returned; so does an error from r,
// after the mentions of the sentences that ended before it.
func (e *Extractor) Stream(r io.Reader, fn func(Mention) error) error {
	return e.stream(r, false, func(m Mention, _ MentionRunes) error { return fn(m) })
}

// MentionRunes are the spans of a Mention counted in Unicode code points
// from the start of the text, as exports and the extract command show them
// (indicators.RuneSpan), where the Mention's own spans count bytes.
type MentionRunes struct {
	Span, Figure indicators.RuneSpan
	// Numbers[1] is zero but for a range, as in Mention.
	Numbers  [2]indicators.RuneSpan
	Sentence indicators.RuneSpan
}

// StreamRunes is Stream that also gives each Mention's spans in code
// points from the start of the stream; the Mention's spans stay in bytes.
func (e *Extractor) StreamRunes(r io.Reader, fn func(Mention, MentionRunes) error) error {
	return e.stream(r, true, fn)
}

func (e *Extractor) stream(r io.Reader, runes bool, fn func(Mention, MentionRunes) error) error {
	const chunk = 64 << 10
	br := bufio.NewReaderSize(r, chunk)
	buf := make([]byte, 0, 2*chunk)
	base := 0     // the byte offset of buf[0] in the stream
	runeBase := 0 // its code point offset
	// Over the chunk's text, two cursors that each only go forward, but
	// for the few bytes between the spans of one mention: one for the
	// sentences (each converted once), one for the mentions.
	var sentCur, cur runeCursor
	var sent indicators.Span
	var sentRunes indicators.RuneSpan
	s := scanner{ranks: e.Ranks}
	defer s.releaseFacts()
	var ferr error
	conv := func(sp indicators.Span) indicators.RuneSpan {
		if sp == (indicators.Span{}) {
			return indicators.RuneSpan{}
		}
		return indicators.RuneSpan{Start: runeBase + cur.offset(sp.Start-base), End: runeBase + cur.offset(sp.End-base)}
	}
	emit := func(m Mention) {
		if ferr == nil {
			m.Text = strings.Clone(m.Text)
			var mr MentionRunes
			if runes {
				if m.Sentence != sent {
					sent = m.Sentence
					sentRunes = indicators.RuneSpan{Start: runeBase + sentCur.offset(sent.Start-base), End: runeBase + sentCur.offset(sent.End-base)}
				}
				mr.Sentence = sentRunes
				mr.Span, mr.Figure = conv(m.Span), conv(m.Figure)
				mr.Numbers[0], mr.Numbers[1] = conv(m.Numbers[0]), conv(m.Numbers[1])
			}
			ferr = fn(m, mr)
		}
	}
	for {
		if cap(buf)-len(buf) < chunk {
			nb := make([]byte, len(buf), 2*cap(buf))
			copy(nb, buf)
			buf = nb
		}
		n, err := io.ReadFull(br, buf[len(buf):len(buf)+chunk])
		buf = buf[:len(buf)+n]
		eof := err == io.EOF || err == io.ErrUnexpectedEOF
		text := string(buf)
		if runes {
			sentCur, cur = runeCursor{text: text}, runeCursor{text: text}
			sent = indicators.Span{}
		}
		// On a read error, the sentences that ended before it still count.
		used := s.run(text, base, eof, emit)
		if ferr != nil {
			return ferr
		}
		if err != nil && !eof {
			return err
		}
		if eof {
			return nil
		}
		if runes {
			runeBase += cur.offset(used)
		}
		copy(buf, buf[used:])
		buf = buf[:len(buf)-used]
		base += used
	}
}

// A runeCursor converts byte offsets of text into code point offsets by
// counting from the offset it converted last: the spans of the mentions
// come in order, each near the one before, so the counting is short,
// where indicators.Runes searches its marks and counts from one for each
// offset. Offsets fall between the runes that ranging over text yields,
// as indicators.Runes counts them.
type runeCursor struct {
	text string
	b, r int // the byte offset converted last and its code point offset
}

// offset returns the code point offset of the byte offset b of text.
func (c *runeCursor) offset(b int) int {
	b = min(max(b, 0), len(c.text))
	if b >= c.b {
		c.r += runeCount(c.text, c.b, b)
	} else {
		c.r -= runeCount(c.text, b, c.b)
	}
	c.b = b
	return c.r
}

// runeCount is utf8.RuneCountInString(s[i:j]), which ranges over it a
// rune at a time: it reads eight bytes at a time, past j where s goes on,
// counts the ASCII bytes before the first that is not at once, and
// decodes that one as ranging does (a byte that is no UTF-8 is one rune).
// The two cursors of a stream count every byte of it, and most of a text
// is ASCII: at a rune at a time the command spent more on this count than
// on half the extraction.
func runeCount(s string, i, j int) int {
	n := 0
	for i < j {
		// Runs of 32 ASCII bytes, the most of a text, read at once.
		for ; i+32 <= j; i += 32 {
			b := s[i : i+32]
			if (load8(b, 0)|load8(b, 8)|load8(b, 16)|load8(b, 24))&hi != 0 {
				break
			}
			n += 32
		}
		if i == j {
			break
		}
		if i+8 > len(s) {
			// Fewer than eight bytes to the end of s.
			if s[i] < utf8.RuneSelf {
				i++
			} else {
				_, w := utf8.DecodeRuneInString(s[i:j])
				i += w
			}
			n++
			continue
		}
		m := load8(s, i) & hi
		if k := j - i; k < 8 {
			m &= 1<<(8*k) - 1 // the bytes before j
			if m == 0 {
				return n + k
			}
		} else if m == 0 {
			n += 8
			i += 8
			continue
		}
		a := bits.TrailingZeros64(m) >> 3 // ASCII bytes before the first that is not
		_, w := utf8.DecodeRuneInString(s[i+a : j])
		n += a + 1
		i += a + w
	}
	return n
}

// String describes m on one line: its text, kind, value (low..high for a
// range), qualifier, unit and direction, separated by " | ":
//
//	nearly $350 billion | currency | 350000000000 | nearly | USD
//	26 to 28 percent | percent | 26..28 | range | percent | down
func (m Mention) String() string {
	q := m.Quantity
	v := q.Value.String()
	if q.IsRange() {
		v = q.Low.String() + ".." + q.High.String()
	}
	u := m.Unit.String()
	if u == "" {
		u = "-"
	}
	s := m.Text + " | " + m.Kind.String() + " | " + v + " | " + q.Qualifier.String() + " | " + u
	if q.Direction != indicators.NoDirection {
		s += " | " + q.Direction.String()
	}
	return s
}
