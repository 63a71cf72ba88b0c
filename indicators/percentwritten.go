package indicators

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// PercentWritten returns how every percentage c states is written: "%",
// "per cent" or "percent"; "" where they are written more ways than one,
// or c states none.
func (c *Catalog) PercentWritten() string {
	if c == nil {
		return ""
	}
	way := ""
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Unit.Kind != Percent || ind.Unit.Per != "" {
			continue
		}
		low := strings.ToLower(ind.Stated)
		w := ""
		switch {
		case strings.Contains(low, "%"):
			w = "%"
		case strings.Contains(low, "per cent"):
			w = "per cent"
		case strings.Contains(low, "percent"):
			w = "percent"
		default:
			continue // "three quarters", "a third": words of no sign
		}
		if way != "" && w != way {
			return ""
		}
		way = w
	}
	return way
}

// PercentAsWritten returns s, words Format wrote ("about 1.03 percent",
// "from 1.01 percent to 1.05 percent"), with every "percent" after a
// figure written as c's stated percentages write it (PercentWritten):
// "1.01 per cent" in a document of "43.4 per cent", "1.01%" beside "45%",
// so that a derived figure and what its inputs allow read in the
// document's one spelling, in the book, the deck and the exports alike
// (s32c-postal's Derived row said "about 1.03 per cent" beside "from 1.01
// percent"; derived.csv said "66.4 percent" of a document of "%"). A
// "percentage point" and a percent of no figure before it stay.
func (c *Catalog) PercentAsWritten(s string) string {
	way := c.PercentWritten()
	if way == "" || way == "percent" {
		return s
	}
	if way == "per cent" {
		way = " per cent"
	}
	var b strings.Builder
	for {
		i := strings.Index(s, " percent")
		if i < 0 {
			break
		}
		j := i + len(" percent")
		r, _ := utf8.DecodeRuneInString(s[j:])
		if i > 0 && s[i-1] >= '0' && s[i-1] <= '9' && !unicode.IsLetter(r) {
			b.WriteString(s[:i] + way)
		} else {
			b.WriteString(s[:j])
		}
		s = s[j:]
	}
	return b.String() + s
}
