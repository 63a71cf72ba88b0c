package indicators

import (
	"fmt"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// IsXMLChar reports whether XML 1.0 can carry r: tab, line feed, carriage
// return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF. The workbook
// is XML, so this is the rule for every string a catalog holds; a source
// text may hold other characters (pdftotext's form feeds) between its
// quotes.
func IsXMLChar(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r >= 0x20 && r <= 0xD7FF:
		return true
	case r >= 0xE000 && r <= 0xFFFD:
		return true
	case r >= 0x10000 && r <= utf8.MaxRune:
		return true
	}
	return false
}

// A CharError is a character of a string that XML 1.0, and so the
// workbook, cannot carry.
type CharError struct {
	Rune   rune // the character, or -1 for a byte that is not UTF-8
	Byte   byte // the byte, when Rune is -1
	Offset int  // its byte offset in the string
}

// Error returns "indicators: U+000C form feed at byte 12 is a character
// XML 1.0 cannot carry".
func (e *CharError) Error() string {
	return fmt.Sprintf("indicators: %s at byte %d is a character XML 1.0 cannot carry", e.Name(), e.Offset)
}

// Name names the character: "U+000C form feed", "U+FFFE (not a
// character)", or "byte 0xFF (not UTF-8)".
func (e *CharError) Name() string {
	if e.Rune < 0 {
		return fmt.Sprintf("byte 0x%02X (not UTF-8)", e.Byte)
	}
	return charName(e.Rune)
}

// CheckText returns nil when XML 1.0 can carry every character of s, or a
// *CharError for the first one it cannot (invalid UTF-8 included).
func CheckText(s string) error {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x80 {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return &CharError{Rune: -1, Byte: c, Offset: i}
		}
		if !IsXMLChar(r) {
			return &CharError{Rune: r, Offset: i}
		}
		i += n
	}
	return nil
}

// A TextError is catalog text that an output cannot carry: a *CharError
// with the output and the place of the text, so that both reports say the
// same thing the same way.
type TextError struct {
	Output string // the output that refused the text: "xlsx", "pptx"
	Where  string // what the text is: `indicator "us-trade" quote`
	CharError
}

// Error returns "xlsx: indicator \"us-trade\" quote: U+0007 bell at byte 3
// cannot be written (XML 1.0 forbids it); remove it from the catalog", or,
// for a byte that is not UTF-8, asks for the catalog in UTF-8.
func (e *TextError) Error() string {
	if e.Rune < 0 {
		return fmt.Sprintf("%s: %s: %s at byte %d; save the catalog as UTF-8", e.Output, e.Where, e.Name(), e.Offset)
	}
	return fmt.Sprintf("%s: %s: %s at byte %d cannot be written (XML 1.0 forbids it); remove it from the catalog", e.Output, e.Where, e.Name(), e.Offset)
}

// Unwrap returns the *CharError.
func (e *TextError) Unwrap() error { return &e.CharError }

// CheckOutputText is CheckText for an output: nil, or a *TextError naming
// output and where for the first character of s XML 1.0 cannot carry.
func CheckOutputText(output, where, s string) error {
	if err := CheckText(s); err != nil {
		return &TextError{Output: output, Where: where, CharError: *err.(*CharError)}
	}
	return nil
}

var c0Names = [...]string{"null", "start of heading", "start of text", "end of text", "end of transmission",
	"enquiry", "acknowledge", "bell", "backspace", "tab", "line feed", "line tabulation", "form feed",
	"carriage return", "shift out", "shift in", "data link escape", "device control one", "device control two",
	"device control three", "device control four", "negative acknowledge", "synchronous idle",
	"end of transmission block", "cancel", "end of medium", "substitute", "escape", "file separator",
	"group separator", "record separator", "unit separator"}

// charName returns "U+000C form feed", or "U+FFFE (not a character)".
func charName(r rune) string {
	switch {
	case r >= 0 && int(r) < len(c0Names):
		return fmt.Sprintf("U+%04X %s", r, c0Names[r])
	case r >= 0xD800 && r <= 0xDFFF:
		return fmt.Sprintf("U+%04X (a surrogate)", r)
	case r == 0xFFFE || r == 0xFFFF:
		return fmt.Sprintf("U+%04X (not a character)", r)
	}
	return fmt.Sprintf("U+%04X", r)
}

// charProblem says what is wrong with a string field, and what to do, or
// returns "".
func charProblem(field, s string) string {
	err := CheckText(s)
	if err == nil {
		return ""
	}
	name := err.(*CharError).Name()
	switch field {
	case "":
		return fmt.Sprintf("a field name holds %s, which the workbook cannot carry: retype the name", name)
	case "quote":
		return fmt.Sprintf("quote holds %s, which the workbook cannot carry: end the quote before the character, or remove it from the text and re-pin the sha256", name)
	}
	return fmt.Sprintf("%q holds %s, which the workbook cannot carry: remove it, or write a space in its place", field, name)
}

// checkChars checks every string of a decoded file, keys included; field
// is the key n is the value of, or "" at the top.
func (d *decoder) checkChars(n *yaml.Node, field string) {
	switch n.Kind {
	case yaml.ScalarNode:
		if msg := charProblem(field, n.Value); msg != "" {
			d.errorf(n, ErrValue, "%s", msg)
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if CheckText(k.Value) != nil {
				d.errorf(k, ErrValue, "%s", charProblem("", k.Value))
				continue
			}
			d.checkChars(n.Content[i+1], k.Value)
		}
	case yaml.SequenceNode, yaml.DocumentNode:
		for _, c := range n.Content {
			d.checkChars(c, field)
		}
	}
}

// chars checks every string of a catalog built in Go.
func (v *verifier) chars() {
	c := v.c
	check := func(key, where, field, s string) {
		if msg := charProblem(field, s); msg != "" {
			v.add(key, where, ErrValue, "%s", msg)
		}
	}
	for _, s := range c.Sources {
		key, where := "sources/"+s.ID, fmt.Sprintf("source %q", s.ID)
		for _, f := range [][2]string{{"id", s.ID}, {"title", s.Title}, {"publisher", s.Publisher}, {"short", s.Short}, {"url", s.URL},
			{"citation", s.Citation}, {"issued_from", s.IssuedFrom}, {"text", s.TextPath}, {"sha256", s.SHA256}} {
			check(key, where, f[0], f[1])
		}
	}
	for _, ind := range c.Indicators {
		key, where := "indicators/"+ind.ID, fmt.Sprintf("indicator %q", ind.ID)
		for _, f := range [][2]string{{"id", ind.ID}, {"title", ind.Title}, {"description", ind.Description},
			{"counterpart", ind.Counterpart}, {"stated", ind.Stated}, {"denominator", ind.Denominator}} {
			check(key, where, f[0], f[1])
		}
		for _, e := range ind.Entities {
			check(key, where, "entities", e)
		}
		for _, n := range ind.Notes {
			check(key, where, "notes", n.Text)
			check(key, where, "source", n.Source)
		}
		for j, p := range ind.Provenance {
			pkey, pwhere := fmt.Sprintf("%s/provenance/%d", key, j), fmt.Sprintf("%s, provenance %d", where, j+1)
			check(pkey, pwhere, "source", p.Source)
			for _, h := range p.Section {
				check(pkey, pwhere, "section", h)
			}
			check(pkey+"/quote", pwhere, "quote", p.Quote)
		}
	}
	for _, dv := range c.Derived {
		key, where := "derived/"+dv.ID, fmt.Sprintf("derived %q", dv.ID)
		for _, f := range [][2]string{{"id", dv.ID}, {"title", dv.Title}, {"description", dv.Description}} {
			check(key, where, f[0], f[1])
		}
		for _, in := range dv.Inputs {
			check(key, where, "inputs", in)
		}
	}
	for _, vw := range c.Views {
		key, where := "views/"+vw.ID, fmt.Sprintf("view %q", vw.ID)
		for _, f := range [][2]string{{"id", vw.ID}, {"title", vw.Title}, {"subtitle", vw.Subtitle}} {
			check(key, where, f[0], f[1])
		}
		for _, in := range vw.Indicators {
			check(key, where, "indicators", in)
		}
		for _, n := range vw.Notes {
			check(key, where, "notes", n)
		}
	}
}

// FoldMarks returns s with its letters' accents and other combining marks
// removed ("Côte d’Ivoire" → "Cote d’Ivoire", "São Tomé" → "Sao Tome"),
// so that ids made from names stay readable ASCII slugs.
func FoldMarks(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
	if err != nil {
		return s
	}
	return out
}
