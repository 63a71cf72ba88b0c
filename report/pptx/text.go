package pptx

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// A TextError is catalog text a slide cannot carry; it is the one
// indicators.TextError, with Output "pptx".
type TextError = indicators.TextError

// checkText returns a *TextError, naming where, for the first character of
// s that XML 1.0 cannot carry, or for invalid UTF-8.
func checkText(where, s string) error { return indicators.CheckOutputText("pptx", where, s) }

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
