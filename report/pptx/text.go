package pptx

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// A TextError reports catalog text that cannot be written into a deck: a
// control character XML 1.0 cannot carry, or invalid UTF-8.
type TextError struct {
	Where  string // what the text is: `indicator "us-trade" quote`
	Offset int    // byte offset of the bad character in the text
	Rune   rune   // the character, or utf8.RuneError for invalid UTF-8
}

// Error says which item and field hold the text, and what is wrong with it.
func (e *TextError) Error() string {
	if e.Rune == utf8.RuneError {
		return fmt.Sprintf("pptx: %s: invalid UTF-8 at byte %d; save the catalog as UTF-8", e.Where, e.Offset)
	}
	return fmt.Sprintf("pptx: %s: control character U+%04X at byte %d cannot be written to a slide (XML 1.0 forbids it); remove it from the catalog", e.Where, e.Rune, e.Offset)
}

// checkText returns a *TextError, naming where, for the first character of
// s that XML 1.0 cannot carry, or for invalid UTF-8.
func checkText(where, s string) error {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return &TextError{Where: where, Offset: i, Rune: utf8.RuneError}
			}
		}
		if !indicators.IsXMLChar(r) {
			return &TextError{Where: where, Offset: i, Rune: r}
		}
	}
	return nil
}

// escaper writes text as XML character data or an attribute value: the
// markup characters become entities, and tab, newline and carriage return
// character references, so that attribute values keep them too. Document
// text is always data, never markup.
var escaper = strings.NewReplacer(
	"&", "&amp;",
	"<", "&lt;",
	">", "&gt;",
	`"`, "&quot;",
	"'", "&apos;",
	"\t", "&#x9;",
	"\n", "&#xA;",
	"\r", "&#xD;",
)

// esc returns s escaped for XML text or attributes.
func esc(s string) string { return escaper.Replace(s) }

// lines splits s at its line breaks (\n, \r\n or \r): a paragraph's lines,
// which a slide separates with <a:br/>.
func lines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Split(s, "\n")
}
