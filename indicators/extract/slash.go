package extract

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Rates written short, as statistical outlooks write prices and flows:
// "$47/barrel", "$10/b", "$2.80/MMBtu", "$32/b to $73/b" (one range) and
// "9.2 million b/d". The short forms come from the lexicon tables that
// indicators.ParseStated reads (lexicon.RateBaseAbbreviations,
// lexicon.RateAbbreviations), so a mention's text reads back to its unit.
// A slash elsewhere is no base: "24/7", "1/2", "9/11", "9/9/2015",
// "and/or" stay as they are, and a gloss after the figure ("$47/barrel
// (b)") stays outside the span.

// slashBase reads the base of a rate written after a slash glued to a
// figure at token k ("/barrel", "/b", "/MMBtu"): the base as
// indicators.Unit.Per keeps it, in lower case with a short form spelt out
// ("barrel", "million btu"), and the token after it. The base is one word
// of letters glued to the slash, lower case unless the lexicon knows its
// short form ("/MMBtu", "/kWh"), with no letter, digit, slash or dash
// glued after it ("$47/b/d" is no rate a catalog can write).
func (s *scanner) slashBase(k int) (string, int, bool) {
	toks := s.toks
	if !s.isByte(k, '/') || !s.attached(k) || k+1 >= len(toks) || !s.attached(k+1) || toks[k+1].kind != tWord {
		return "", k, false
	}
	e := k + 2
	if e < len(toks) && s.attached(e) && (toks[e].kind != tSym || s.isByte(e, '/') || s.dash(e)) {
		return "", k, false
	}
	w := s.tt(k + 1)
	if len(w) > vocab.MaxNoun {
		return "", k, false
	}
	if full, ok := vocab.RateBaseAbbreviations[strings.ToLower(w)]; ok {
		return full, e, true
	}
	if !asciiLower(w) || w == "a" || w == "an" || w == "the" {
		return "", k, false
	}
	if lx := toks[k+1].lex(); lx != nil && (lx.class != wNone || lx.flags&(fFunction|fMonth|fWeekday|fPercent|fCurrency) != 0) {
		return "", k, false // "$5/million", "$5/or": no noun
	}
	return w, e, true
}

// rateAbbrevUnits are the units of lexicon.RateAbbreviations as
// indicators.ParseStated reads them: "b/d" is bbl per day.
var rateAbbrevUnits = func() map[string]indicators.Unit {
	m := make(map[string]indicators.Unit, len(vocab.RateAbbreviations))
	for short, full := range vocab.RateAbbreviations {
		_, u, err := indicators.ParseStated("2 " + full)
		if err != nil || u.Per == "" {
			panic("extract: lexicon rate abbreviation " + short + " reads as no rate")
		}
		m[short] = u
	}
	return m
}()

// rateAbbrevFirst holds the first bytes of lexicon.RateAbbreviations.
var rateAbbrevFirst = firstBytes(vocab.RateAbbreviations)

// maxRateAbbrevTokens is the most tokens a unit of
// lexicon.RateAbbreviations is cut into ("bbl", "/", "d").
const maxRateAbbrevTokens = 3

// rateAbbrev reads a unit of a rate written in one short form at token j
// ("b/d", "bbl/d", "bpd"; lexicon.RateAbbreviations): its unit, the
// mention's kind and the token after it. The form stands apart from the
// number and nothing but a mark of punctuation is glued after it.
func (s *scanner) rateAbbrev(j int) (indicators.Unit, Kind, int, bool) {
	toks := s.toks
	if j >= len(toks) || toks[j].kind != tWord || !toks[j].space || !rateAbbrevFirst[s.text[toks[j].start]|0x20] {
		return indicators.Unit{}, Number, j, false
	}
	e := j + 1
	for e < len(toks) && e < j+maxRateAbbrevTokens && s.attached(e) && (s.isByte(e, '/') || toks[e].kind == tWord && s.isByte(e-1, '/')) {
		e++
	}
	if e < len(toks) && s.attached(e) && (toks[e].kind != tSym || s.isByte(e, '/') || s.dash(e)) {
		return indicators.Unit{}, Number, j, false
	}
	u, ok := rateAbbrevUnits[strings.ToLower(s.text[toks[j].start:toks[e-1].end])]
	if !ok {
		return indicators.Unit{}, Number, j, false
	}
	k := Count
	if u.Kind == indicators.Measure {
		k = Measure
	}
	return u, k, e, true
}

// slashAfter reports whether a base after a slash may follow the figure
// of c at token j: money whose currency is written before the number,
// with the slash right after the number or its scale ("$47/b", "$1.2
// billion/year"), or right after a word for its hundredth ("16
// cents/gal"), as indicators.ParseStated reads it; not after the
// currency's name ("47 dollars/barrel").
func (c *candidate) slashAfter(j int) bool {
	return c.kind == Currency && (j == c.lo.end && !c.isRange || c.isRange && j == c.hi.end || c.sub)
}

// baseModifier reports how many tokens at m are a modifier that the base
// of a rate leaves out, "U.S." before its noun ("355 sentenced prisoners
// per 100,000 U.S. residents" is per 100,000 residents, as
// indicators.ParseStated reads it): 4 (its letters and stops), or 0.
func (s *scanner) baseModifier(m int) int {
	if s.dottedModifier(m) {
		return 4
	}
	return 0
}
