package indicators

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// The words of a figure's label, where a chart, a slide or a cell shows
// it alone: the report packages (report/chart, report/xlsx) read these so
// that a label says the same everywhere.

// DollarSign returns the sign readers of a country write for the currency
// code where documents write a bare "$" ("NZ$" for NZD), and whether it
// has one (lexicon.DollarSigns).
func DollarSign(code string) (string, bool) {
	s, ok := lexicon.DollarSigns[code]
	return s, ok
}

// CurrencyLabel returns label, a figure of unit u as the document writes
// it, with its currency named where the document writes a bare "$" for a
// currency other than the U.S. dollar: the country's letters go before the
// document's "$" ("$1.8 billion" of NZD is "NZ$1.8 billion"), or, for a
// currency without such a sign, its code after the figure ("$5 million
// (FJD)"). The document's characters are kept; other labels are returned
// as they are.
func CurrencyLabel(label string, u Unit) string {
	if u.Kind != Money || u.Currency.String() == "USD" {
		return label
	}
	code := u.Currency.String()
	sign, ok := lexicon.DollarSigns[code]
	var b strings.Builder
	bare := false
	for i := 0; i < len(label); i++ {
		if label[i] == '$' && !letterBefore(label, i) && !letterAfter(label, i+1) {
			bare = true
			if ok {
				b.WriteString(strings.TrimSuffix(sign, "$"))
			}
		}
		b.WriteByte(label[i])
	}
	switch {
	case !bare:
		return label
	case !ok:
		return label + " (" + code + ")"
	}
	return b.String()
}

// letterBefore reports whether the character of s before byte i is a
// letter ("NZ$", "US$").
func letterBefore(s string, i int) bool {
	r, n := utf8.DecodeLastRuneInString(s[:i])
	return n > 0 && unicode.IsLetter(r)
}

// letterAfter reports whether the character of s at byte i is a letter
// ("$US55").
func letterAfter(s string, i int) bool {
	r, n := utf8.DecodeRuneInString(s[i:])
	return n > 0 && unicode.IsLetter(r)
}

// FallLabel returns the label of a decrease drawn below zero so that a
// reader of the label alone sees the fall: with the document's own word
// before the figure in quote ("down 0.2 percent", "fell 3 percent"), or
// "down" when the quote has no word of a fall right before it. A label
// that has a minus sign or a word of a fall already is returned as it is.
func FallLabel(label, quote string) string {
	if strings.HasPrefix(label, "-") || strings.HasPrefix(label, "−") || DirectionWord(label, Down) != "" {
		return label
	}
	if w := OwnDirectionWord(label, quote, Down); w != "" {
		return w + " " + label
	}
	return "down " + label
}

// OwnDirectionWord returns, in lower case, the word right before label in
// quote when it is a word of direction d ("fell" in "exports fell 3
// percent" for a fall, "rose" for a rise), or "": the document's own word
// for a change, which a label of the change may say.
func OwnDirectionWord(label, quote string, d Direction) string {
	i := strings.Index(quote, " "+label)
	if i < 0 {
		return ""
	}
	before := quote[:i]
	word := before
	if k := strings.LastIndexFunc(before, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		_, n := utf8.DecodeRuneInString(before[k:])
		word = before[k+n:]
	}
	if word != "" && strings.EqualFold(DirectionWord(word, d), word) {
		return strings.ToLower(word)
	}
	return ""
}
