package extract

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// A DraftSource is the document a draft catalog is made from.
type DraftSource struct {
	// ID is the source's slug; "source" if empty.
	ID string
	// Title is the document's title; a placeholder if empty.
	Title string
	// TextPath is written as the source's "text" field. indicators.Load
	// reads it relative to the catalog file's directory, so give the path
	// of the text as seen from where the catalog will be saved.
	TextPath string
	// Text is the document's exact text, which the spans index.
	Text string
}

// WriteDraft writes a draft catalog of src in the catalog format of
// indicators.Load: the source with its SHA-256, and one indicator per
// quantity the Extractor finds (ranks included), each with the document's
// wording as "stated", its unit, direction, period (the sentence's year, or
// "not stated"), and a provenance whose quote is the mention's sentence,
// with its code point span and the headings above it as its section. IDs
// and titles are placeholders for the analyst to replace. A mention whose
// wording indicators.ParseStated cannot read back exactly is written as a
// comment, so that the draft loads and verifies clean as written.
func WriteDraft(w io.Writer, src DraftSource) error {
	bw := bufio.NewWriter(w)
	id := src.ID
	if id == "" {
		id = "source"
	}
	title := src.Title
	if title == "" {
		title = "TODO: title of " + src.TextPath
	}
	sum := sha256.Sum256([]byte(src.Text))
	fmt.Fprintf(bw, "# Draft catalog made by claimbook extract from %s.\n", src.TextPath)
	fmt.Fprintf(bw, "# Replace the TODO ids and titles; add entities, measure and status; delete what is not a claim.\n")
	fmt.Fprintf(bw, "# Spans (start, end) count Unicode code points into the text, end exclusive.\n")
	fmt.Fprintf(bw, "claimbook: %d\n\nsources:\n", indicators.FormatVersion)
	fmt.Fprintf(bw, "  - id: %s\n    title: %s\n    text: %s\n    sha256: %s\n\nindicators:\n", id, yamlQuote(title), yamlQuote(src.TextPath), hex.EncodeToString(sum[:]))
	e := Extractor{Ranks: true}
	heads := headings(src.Text)
	ri := indicators.NewRuneCounter(src.Text)
	n := 0
	for _, m := range e.Extract(src.Text) {
		q, u, err := indicators.ParseStated(m.Text)
		if err == nil {
			err = sameQuantity(m, q)
		}
		if err == nil && q.Qualifier == indicators.Exact {
			if h := indicators.HedgeBefore(src.Text[m.Sentence.Start:m.Span.Start]); h != "" {
				err = fmt.Errorf("after %q, which the catalog would read as a hedge", h)
			}
		}
		if err != nil {
			fmt.Fprintf(bw, "  # not drafted: %s (%v)\n", strings.ReplaceAll(m.Text, "\n", " "), err)
			continue
		}
		n++
		quote := src.Text[m.Sentence.Start:m.Sentence.End]
		fmt.Fprintf(bw, "  - id: todo-%03d\n", n)
		fmt.Fprintf(bw, "    title: %s\n", yamlQuote("TODO: name the figure "+strings.ReplaceAll(m.Text, "\n", " ")))
		fmt.Fprintf(bw, "    stated: %s\n", yamlQuote(m.Text))
		if !u.IsZero() {
			fmt.Fprintf(bw, "    unit: %s\n", yamlQuote(u.String()))
		}
		if d := m.Quantity.Direction; d != indicators.NoDirection {
			if indicators.DirectionWord(src.Text[m.Sentence.Start:m.Sentence.End], d) != "" {
				fmt.Fprintf(bw, "    direction: %s\n", d)
			} else {
				fmt.Fprintf(bw, "    # direction: %s (the catalog knows no word for it in the quote)\n", d)
			}
		}
		if m.Year != 0 {
			fmt.Fprintf(bw, "    period: \"%d\"\n", m.Year)
		} else {
			fmt.Fprintf(bw, "    period: not stated\n")
		}
		fmt.Fprintf(bw, "    provenance:\n      - source: %s\n", id)
		if sec := sectionOf(heads, m.Sentence.Start); len(sec) > 0 {
			var qs []string
			for _, h := range sec {
				qs = append(qs, yamlQuote(h))
			}
			fmt.Fprintf(bw, "        section: [%s]\n", strings.Join(qs, ", "))
		}
		fmt.Fprintf(bw, "        quote: %s\n", yamlQuote(quote))
		fmt.Fprintf(bw, "        start: %d\n        end: %d\n", ri.Runes(m.Sentence.Start), ri.Runes(m.Sentence.End))
	}
	if n == 0 {
		fmt.Fprintf(bw, "  []\n")
	}
	return bw.Flush()
}

// sameQuantity reports how the quantity read back from a mention's wording
// differs from the mention's own, if it does.
func sameQuantity(m Mention, q indicators.Quantity) error {
	a := m.Quantity
	if a.Qualifier != q.Qualifier || !a.Value.Equal(q.Value) || !a.Low.Equal(q.Low) || !a.High.Equal(q.High) {
		return fmt.Errorf("the wording reads back as %s", indicators.Format(q, indicators.Unit{}, indicators.Style{}))
	}
	return nil
}

// A heading is a line that stands alone as a title, with its level: 1 for a
// plain heading, 2 for one numbered as a list ("b. Space").
type heading struct {
	at    int // byte offset of the line
	level int
	text  string
}

// headings finds the lines of text that look like headings: short, alone
// between blank lines, starting with a capital letter and not ending like a
// sentence.
func headings(text string) []heading {
	var out []heading
	lines := strings.SplitAfter(text, "\n")
	off := 0
	prevBlank := true
	for i, l := range lines {
		at := off
		off += len(l)
		t := strings.TrimSpace(strings.TrimRight(l, "\r\n"))
		t = strings.TrimFunc(t, func(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' })
		blank := t == ""
		nextBlank := i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == ""
		isHead := !blank && prevBlank && nextBlank
		prevBlank = blank
		if !isHead || utf8.RuneCountInString(t) > 120 || startsBullet(t, 0) || strings.HasPrefix(t, "•") {
			continue
		}
		level := 1
		if k := skipMarker(t, 0, len(t), true); k > 0 {
			t = strings.TrimFunc(t[k:], func(r rune) bool { return unicode.IsSpace(r) })
			level = 2
		}
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			continue
		}
		if strings.ContainsAny(t[len(t)-1:], ".,;:!?") {
			continue
		}
		j := strings.Index(text[at:], t)
		if j < 0 {
			continue
		}
		out = append(out, heading{at: at + j, level: level, text: t})
	}
	return out
}

// sectionOf returns the heading path above byte offset at: the nearest
// plain heading and, if one follows it, the nearest numbered one.
func sectionOf(hs []heading, at int) []string {
	var top, sub string
	for _, h := range hs {
		if h.at >= at {
			break
		}
		if h.level == 1 {
			top, sub = h.text, ""
		} else {
			sub = h.text
		}
	}
	var out []string
	if top != "" {
		out = append(out, top)
	}
	if sub != "" {
		out = append(out, sub)
	}
	return out
}

// yamlQuote writes s as a YAML double-quoted scalar.
func yamlQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f || r == 0x85 || r == 0x2028 || r == 0x2029 || r == 0xfeff || r == utf8.RuneError:
			b.WriteString(`\u` + strconv.FormatInt(0x10000+int64(r), 16)[1:])
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
