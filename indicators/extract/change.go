package extract

import (
	"math"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// This file holds the readings of the drafts of U.S. government fact
// sheets (issue 11) that the phases call as small steps: a change and the
// level it reached, words of degree between a change and its figure,
// counted nouns behind an acronym compound or a suspended hyphen, and
// currencies named in two words.

// changeThenLevel reports whether "X to Y" of the candidate c, with the high
// end hn read, is a change and the level it reached rather than a range:
// after a word of change (and "by", or nothing) both ends are written in
// full, each with its own currency sign, scale or unit: "increased by $43.6
// billion to $419.2 billion", "rose $2 billion to $12 billion", "rose by 2
// million to 9 million people". ownCode says the high end has its own
// currency sign; k2 and j2 are the kind of the high end and the token after
// its unit.
//
// Documents of the genre write the range of a change with a bare low end
// that shares the high end's unit ("reduce emissions by 26 to 28 percent",
// "dropped by 1 to 1.5 degrees", "by 26-28 percent"); they repeat the sign
// and the scale when the second figure is another one, the level. So
// "between X and Y", "from X to Y" (fromRange, changeBefore) and a bare low
// end stay ranges, and so does a high end followed by a word of direction
// ("by 26% to 28% below 2005 levels": a level would not be below anything).
// Two percentages written in full stay a range when their ends lie close
// ("stocks rose 2% to 3%", "cut by 26% to 28%"): the change of a rate is
// mostly written in points ("rose 0.4 percentage points to 5.2%", a change
// and a level by their units). But where the second cannot be the high end
// of such a range (levelApart: "inflation rose 0.5 percent to 2.6
// percent", "fell 2.6 percent to 0.5 percent") it is the level the change
// reached.
//
// "cut spending by $26 billion to $28 billion", both ends in full after a
// verb of a target, reads either way. It is read as a change and a level,
// like every verb of change, by the rule above: a writer who meant a range
// of the cut would, in this genre, write "by $26 to $28 billion" or
// "between $26 billion and $28 billion", and one rule for all verbs keeps a
// past "cut" (a report of what was cut, and to what) right.
func (s *scanner) changeThenLevel(c *candidate, hn num, ownCode bool, k2 Kind, j2 int) bool {
	if !s.isLx(c.conn, lxTo) || c.between || s.isLx(c.i-1, lxFrom) || c.k1 == Percent && k2 == Percent && !levelApart(c.lo.val, hn.val) {
		return false
	}
	lowFull := (c.k1 != Number || c.lo.scale != 0) && (hn.scale == 0 || c.lo.scale != 0)
	highFull := ownCode || hn.scale != 0 || k2 != Number
	if !(lowFull && highFull || bareCountsApart(c, hn, k2) || s.bareAboveScaled(c, hn)) || s.directionAfter(j2, k2) != indicators.NoDirection {
		return false
	}
	return s.changeWordBefore(c.i, c.k1)
}

// bareCountsApart reports whether "X to Y" of the candidate c, with the high
// end hn of kind k2, are two bare counts that lie apart as a change lies
// from the level it reached (levelApart): "teacher numbers increased by 288
// to 52,247", "rose by 40 to 900 units". Neither end has a scale, and the
// high end is a bare number or a count, so no unit tells the two apart; the
// rule of numbers that tells two percentages apart tells them. Close counts
// stay the range of a change ("rose by 2 to 3 people"), and so does a bare
// low end before a percentage or a measure ("by 10 to 25 percent", "by 1 to
// 3 degrees"), which the genre writes as the range of a change.
func bareCountsApart(c *candidate, hn num, k2 Kind) bool {
	return c.k1 == Number && c.lo.scale == 0 && hn.scale == 0 && (k2 == Number || k2 == Count) && levelApart(c.lo.val, hn.val)
}

// bareAboveScaled reports whether the bare low end of "X to Y" of the
// candidate c keeps its own magnitude before a high end hn that has a
// scale: a range's low end written without the scale is read in it ("by 2
// to 3 million"), but one that cannot share it (vocab.SharesScale, by
// scaledLow: "rose by 130,000 to 12.6 million", "fell by 1,200 to 4.1
// thousand") is written in full, a figure of its own: the change, before
// the level it reached. Its low end lies well below the high end, under a
// tenth of it (130,000 beside 12.6 million), as a change lies below its
// level; one nearer it is a range written in full ("rise by 500,000 to 1
// million", review19).
func (s *scanner) bareAboveScaled(c *candidate, hn num) bool {
	if !(c.k1 == Number && c.lo.scale == 0 && !c.lo.word && hn.scale != 0 && scaledLow(s.toks, c.lo, hn).val == c.lo.val) {
		return false
	}
	f := func(d indicators.Decimal) float64 { return float64(d.Coef) * math.Pow10(int(d.Exp)) }
	return f(c.lo.val)*10 < f(hn.val) // hn.val holds its scale

}

// levelApart reports whether the second of two percentages after a word of
// change lies apart from the first as a level lies from its change, not as
// the high end of a range: at or below the first ("fell 2.6 percent to 0.5
// percent") or at least twice it ("rose 0.5 percent to 2.6 percent"). The
// ends of a range of a change lie within a factor of two ("2% to 3%",
// "26% to 28%").
func levelApart(lo, hi indicators.Decimal) bool {
	l, h := lo.Float64(), hi.Float64()
	return l > 0 && (h <= l || h >= 2*l)
}

// changeWordBefore reports whether a word of change stands before the
// figure that starts at token i, past its hedge and a word of degree: right
// before it ("rose", "rose just") or before its "by" ("increased by just",
// "cut spending by about"). A raise of money is no
// change ("aims to raise $26 billion to $28 billion" is a range of what it
// raises), and "up" after a verb it is a particle of ("made up") is none.
func (s *scanner) changeWordBefore(i int, kind Kind) bool {
	k := i - 1
	if _, hs := s.hedge(i); hs >= 0 {
		k = hs - 1
	}
	k = s.skipDegree(k)
	if s.isLx(k, lxBy) {
		// "cut spending by", "increased by": the verb and its object
		// before "by", as the direction is read.
		return s.directionBefore(k, kind) != indicators.NoDirection
	}
	if k < 0 || s.toks[k].kind != tWord || !s.flag(k, fUp|fDown) || s.isAnyLx(k, lxLower, lxHigher) {
		return false
	}
	if kind == Currency && s.isAnyLx(k, lxRaise, lxRaises, lxRaised, lxRaising) || s.isLx(k, lxUp) && s.isRole(k-1, rUpParticle) {
		return false
	}
	return true
}

// degreeByLast indexes lexicon.DegreeWords by their last word.
var degreeByLast = func() map[string][][]string {
	m := map[string][][]string{}
	for _, p := range vocab.DegreeWords {
		ws := strings.Fields(p)
		last := ws[len(ws)-1]
		m[last] = append(m[last], ws)
	}
	return m
}()

// skipDegree returns the token before a word of degree (lexicon.DegreeWords)
// that ends at token p, or p when none does: in "increased by just 1
// percent" the direction is read past "just".
func (s *scanner) skipDegree(p int) int {
	if p < 0 || p >= len(s.toks) || s.toks[p].kind != tWord {
		return p
	}
	t := &s.toks[p]
	if t.end-t.start > maxHedgeWord || !degreeFilter.mayFirst(t.end-t.start, lowerByte(s.text[t.start])) {
		return p
	}
	var buf [maxHedgeWord]byte
	for _, ws := range degreeByLast[string(lowerASCII(buf[:0], s.text[t.start:t.end]))] {
		if k := p - len(ws) + 1; s.wordsAt(k, ws) {
			return k - 1
		}
	}
	return p
}

// acronymCompound reads a modifier made of an acronym and a word in lower
// case at token *k ("HIV-positive", "COVID-related") and moves *k to its
// last word: "96,000 HIV-positive mothers" counts mothers.
func (s *scanner) acronymCompound(k *int) bool {
	toks, j := s.toks, *k
	if vocab.Acronym(s.tt(j)) != 1 || !(j+2 < len(toks) && s.dash(j+1) && s.attached(j+1) && s.attached(j+2) && toks[j+2].kind == tWord && asciiLower(s.tt(j+2))) {
		return false
	}
	j += 2
	for j+2 < len(toks) && s.dash(j+1) && s.attached(j+1) && s.attached(j+2) && toks[j+2].kind == tWord && asciiLower(s.tt(j+2)) {
		j += 2
	}
	if plural(s.tt(j)) {
		return false // "NGO-workers": no modifier the stated grammar reads
	}
	*k = j
	return true
}

// suspendedHyphen reports whether the word at token k ends in a suspended
// hyphen shared with a compound after "and", "or" or "to": "low- and
// middle-income countries", "small- to medium-sized firms".
func (s *scanner) suspendedHyphen(k int) bool {
	toks := s.toks
	return k+5 < len(toks) && s.dash(k+1) && s.attached(k+1) && s.isAnyLx(k+2, lxAnd, lxOr, lxTo) && toks[k+2].space &&
		toks[k+3].kind == tWord && toks[k+3].space && s.dash(k+4) && s.attached(k+4) && s.attached(k+5) && toks[k+5].kind == tWord
}

// currencyPairs maps the first word of a currency named in two words
// (lexicon.CurrencyNames: "tanzanian shillings", "kenya shillings") to its
// second word and the currency.
var currencyPairs = func() map[string]map[string]string {
	m := map[string]map[string]string{}
	for _, c := range vocab.CurrencyNames {
		first, second, ok := strings.Cut(c.Name, " ")
		if !ok || strings.ContainsAny(second, " .") || strings.Contains(first, ".") {
			continue
		}
		if m[first] == nil {
			m[first] = map[string]string{}
		}
		m[first][second] = c.Code
	}
	return m
}()

// currencyPair reads a currency named in two words at token j, whose
// seconds are currencyPairs of the word there in lower case (its facts):
// "850 billion Tanzanian shillings" is TZS, where "shillings" alone names
// four currencies.
func (s *scanner) currencyPair(seconds map[string]string, j int) (string, int) {
	if seconds == nil || j+1 >= len(s.toks) || s.toks[j+1].kind != tWord || !s.toks[j+1].space {
		return "", j
	}
	t := &s.toks[j+1]
	if t.end-t.start > maxHedgeWord {
		return "", j
	}
	var buf [maxHedgeWord]byte
	if c, ok := seconds[string(lowerASCII(buf[:0], s.text[t.start:t.end]))]; ok {
		return c, j + 2
	}
	return "", j
}

// hedgedHalf reports whether a hedge stands before "half" at token i: "by
// more than half", "nearly half", "over half the districts". A hedged
// "half" is a figure as "half of" is, the fraction 0.5 (as
// indicators.ParseStated reads "more than half").
func (s *scanner) hedgedHalf(i int) bool {
	_, hs := s.hedge(i)
	return hs >= 0
}

// partitive reads a counted noun after "of the" at token j: "four of the
// U.S. industry sectors" is a count of sectors, as indicators.ParseStated
// reads it (the phrase "of the U.S. industry sectors" is the noun). "three of
// the five countries" is none (a number stands where the noun would), and
// "two of the world's largest economies" none (no plural noun ends the
// phrase). After a scaled figure a possessive serves as "the": "35
// million of its Echo devices"; "four of our markets" stays a number, the
// draft titles it by its whole.
func (s *scanner) partitive(n num, j int) (indicators.Unit, int, bool) {
	if !s.isLx(j, lxOf) || !s.isLx(j+1, lxThe) && !(n.scale != 0 && s.isAny(j+1, vocab.Possessives...)) || n.val.Exp < 0 {
		return indicators.Unit{}, j, false
	}
	return s.countNoun(n, j+2)
}

// coordinated reports whether token k joins two coordinated phrases:
// "and", "or" or a comma.
func (s *scanner) coordinated(k int) bool {
	return s.isAnyLx(k, lxAnd, lxOr) || s.isByte(k, ',')
}

// coordinatedDirection returns the direction of the mention just before a
// figure coordinated with it after "and", "or" or a comma at token start,
// when "by" stood before that mention, or it was coordinated so itself,
// and both are of one kind: in "increased by 1.1% and 1.3% respectively"
// the verb governs both. The coordinator must follow that mention at once,
// after nothing but spaces.
func (s *scanner) coordinatedDirection(start int, kind Kind) indicators.Direction {
	if start < 1 || !s.lastBy || s.lastDir == indicators.NoDirection || kind != s.lastKind || !s.coordinated(start-1) {
		return indicators.NoDirection
	}
	k := start - 1
	if s.isByte(k-1, ',') && !s.isByte(k, ',') {
		if !s.lastCoord {
			return indicators.NoDirection // "fell by half, and over half the districts": a clause of its own
		}
		k-- // "by 2%, 3%, and 4%"
	}
	if from, to := s.lastEnd-s.base, s.toks[k].start; from < 0 || from > to || strings.TrimSpace(s.text[from:to]) != "" {
		return indicators.NoDirection
	}
	return s.lastDir
}
