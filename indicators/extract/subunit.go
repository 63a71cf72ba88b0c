package extract

import (
	"strings"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Cents and pence are money: "16 cents" is US$0.16, "85 cents/gal" US$0.85
// per gallon, "50 pence" and "164p" £0.50 and £1.64, "12 euro cents"
// €0.12, read from the table indicators.ParseStated reads
// (lexicon.Subunits). The figure is shifted by two places at full
// magnitude, with the digits as written; a price in pence and one in
// pounds then compare and chart together. A bare "cents" is in US dollars,
// as a bare "$" is.

// subunitCodes are lexicon.Subunits of one word, by word.
var subunitCodes = func() map[string]string {
	m := map[string]string{}
	for _, sub := range vocab.Subunits {
		if !strings.Contains(sub.Word, " ") {
			m[sub.Word] = sub.Code
		}
	}
	return m
}()

// subunitFilter is the keyFilter of subunitCodes, and subunitFirstFilter
// that of the first words of the subunits of two words ("euro").
var (
	subunitFilter      = newKeyFilter(subunitCodes)
	subunitFirstFilter = func() *keyFilter {
		var f keyFilter
		for _, sub := range vocab.Subunits {
			if first, _, two := strings.Cut(sub.Word, " "); two {
				f.add(first)
			}
		}
		return &f
	}()
)

// subunitAt reads a word for a currency's hundredth at token j, written
// apart from the number ("cents", "pence", "euro cents") or, for pence,
// glued to it ("164p"): the currency's code and the token after it, or ""
// when none stands there.
func (s *scanner) subunitAt(j int) (string, int) {
	toks := s.toks
	if j >= len(toks) || toks[j].kind != tWord {
		return "", j
	}
	if !toks[j].space {
		if s.isLx(j, lxP) && s.pence(j) {
			return "GBP", j + 1 // "164p"
		}
		return "", j
	}
	t := s.tt(j)
	if !subunitFilter.mayFirst(len(t), t[0]|0x20) && !subunitFirstFilter.mayFirst(len(t), t[0]|0x20) {
		return "", j
	}
	// The word's facts hold the subunits of two words whose first word
	// it is, in the lexicon's order, and its code as a subunit of one.
	f := s.facts(j)
	subs, code, ok := f.subunits, f.subunit, f.bits&factSubunit != 0
	for _, sub := range subs {
		// The words of two ("euro cents"), one after the other.
		_, rest, _ := strings.Cut(sub.Word, " ")
		if j+1 < len(toks) && toks[j+1].space && strings.EqualFold(s.tt(j+1), rest) {
			return sub.Code, j + 2
		}
	}
	if ok {
		return code, j + 1
	}
	return "", j
}

// subunitAfter reports whether the figure's currency was read from a word
// for its hundredth at token j, so that the figure is in hundredths: no
// currency was written before the number, and the unit read at j is money.
func (s *scanner) subunitAfter(code string, k Kind, j int) bool {
	if code != "" || k != Currency {
		return false
	}
	c, _ := s.subunitAt(j)
	return c != ""
}
