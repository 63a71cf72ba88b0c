package wording

import (
	"math"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Thousands writes v as every output writes a number it draws or labels:
// its digits grouped in threes by commas, as the book's number formats
// ("#,##0") and indicators.Format group them ("12,500", "2.5", "−3,000"
// with the true minus sign). It is the one rule of a figure's thousands:
// a document's own grouping ("34 290") is written so too (CommaGroups),
// on a slide's tick, a bar, the deck and the book alike.
func Thousands(v float64) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if v < 0 {
		b.WriteString(indicators.MinusSign)
	}
	for i, d := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

// CommaGroups returns s with the thousands of its numbers grouped by
// commas where they are grouped by spaces ("34 290", with a space, a
// no-break or a thin space, as NCVER, the UN and Eurostat write them),
// as Thousands groups them: one grouping in every output, whose book's
// number formats write "34,290". A space before a group of three digits
// that ends its number is a separator only after one to three digits
// ("2014 300" stays two numbers).
func CommaGroups(s string) string {
	rs := []rune(s)
	digit := func(i int) bool { return i >= 0 && i < len(rs) && rs[i] >= '0' && rs[i] <= '9' }
	changed := false
	for i := 1; i+3 < len(rs); i++ {
		switch rs[i] {
		case ' ', '\u00a0', '\u202f', '\u2009':
		default:
			continue
		}
		if !digit(i-1) || !digit(i+1) || !digit(i+2) || !digit(i+3) || digit(i+4) {
			continue
		}
		k := i - 1
		for digit(k) {
			k--
		}
		if i-1-k > 3 {
			continue // "2014 300": a year, then a number
		}
		rs[i] = ','
		changed = true
	}
	if !changed {
		return s
	}
	return string(rs)
}
