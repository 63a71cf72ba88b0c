package wording

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// WrittenSign returns how label, a figure of money in unit u as the
// document writes it, names its currency before the number where it
// writes the ISO code or "US$": "USD " for "USD 12.8 billion", "US$" for
// "about US$242 million"; "" for a label that writes a bare sign ("$12.8
// billion") or none.
func WrittenSign(label string, u indicators.Unit) string {
	if u.Kind != indicators.Money {
		return ""
	}
	code := u.Currency.String()
	for _, f := range strings.Fields(label) {
		switch {
		case f == code:
			return code + " "
		case strings.HasPrefix(f, code) && len(f) > len(code) && f[len(code)] >= '0' && f[len(code)] <= '9':
			return code + " " // "USD12.8"
		case code == "USD" && strings.HasPrefix(f, "US$"):
			return "US$"
		}
	}
	return ""
}

// codeWritten returns the ISO code every bar, money of one currency,
// writes before its figure ("USD 12.8 billion"), else "".
func codeWritten(bars []Bar) string {
	code := ""
	for _, b := range bars {
		s := WrittenSign(b.Label, b.Unit)
		if !strings.HasSuffix(s, " ") || b.Unit.Currency != bars[0].Unit.Currency {
			return ""
		}
		code = strings.TrimSpace(s)
	}
	return code
}

// WrittenSigns returns, per currency code, the sign the figures of c
// write before their numbers (WrittenSign) where they all write it one
// way: a book's number formats then say "USD 12.8 billion" as the
// document, the slides and the charts do, not "$12.8 billion". A
// currency written two ways, or with a bare sign, is left out.
func WrittenSigns(c *indicators.Catalog) map[string]string {
	signs := map[string]string{}
	mixed := map[string]bool{}
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Unit.Kind != indicators.Money {
			continue
		}
		code := ind.Unit.Currency.String()
		s := WrittenSign(ind.Label(), ind.Unit)
		if prev, ok := signs[code]; ok && prev != s || s == "" {
			mixed[code] = true
		}
		signs[code] = s
	}
	for code := range mixed {
		delete(signs, code)
	}
	return signs
}
