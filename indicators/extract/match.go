package extract

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// num is a number as parsed from tokens [start, end).
type num struct {
	val        indicators.Decimal
	scale      indicators.Scale
	start, end int
	word       bool // written in words
	plainInt   bool // digits only: no separator, point or scale
	ndigits    int  // digits of a plain integer
}

func (s *scanner) tt(i int) string { return s.text[s.toks[i].start:s.toks[i].end] }

// is reports whether token i is the word or symbol w (ASCII case folded).
func (s *scanner) is(i int, w string) bool {
	if uint(i) >= uint(len(s.toks)) {
		return false
	}
	t := &s.toks[i]
	return t.end-t.start == len(w) && sameFirst(s.text[t.start], w[0]) && eqFold(s.text[t.start:t.end], w)
}

// sameFirst is a cheap test before eqFold: false when the byte c cannot
// fold to w0. Setting bit 0x20 maps 'A'–'Z' onto 'a'–'z' and keeps equal
// bytes equal, so it never turns away a match.
func sameFirst(c, w0 byte) bool { return c|0x20 == w0|0x20 }

// eqFold is strings.EqualFold for a lower-case ASCII w; other runes must
// match exactly.
func eqFold(t, w string) bool {
	if len(t) != len(w) {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// isAny is is for several words.
func (s *scanner) isAny(i int, ws ...string) bool {
	if uint(i) >= uint(len(s.toks)) {
		return false
	}
	t := &s.toks[i]
	tw := s.text[t.start:t.end]
	for _, w := range ws {
		if len(tw) == len(w) && sameFirst(tw[0], w[0]) && eqFold(tw, w) {
			return true
		}
	}
	return false
}

func (s *scanner) attached(i int) bool { return i > 0 && i < len(s.toks) && !s.toks[i].space }

func (s *scanner) flag(i int, f uint32) bool {
	// lexEntries[0], no entry, has no flags.
	return i >= 0 && i < len(s.toks) && lexEntries[s.toks[i].lx].flags&f != 0
}

func (s *scanner) class(i int) wordClass {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tWord {
		return wNone
	}
	return lexEntries[s.toks[i].lx].class // wNone for no entry
}

func isDash(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && n > 0 && vocab.IsDash(r)
}

func (s *scanner) dash(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].sym&symDash != 0
}

// cmpValues is a.Cmp(b), answered from the coefficients when the
// exponents agree, as they do for most pairs of figures the rules compare:
// Cmp compares strings of digits, which it allocates.
func cmpValues(a, b indicators.Decimal) int {
	if a.Exp == b.Exp {
		return cmp.Compare(a.Coef, b.Coef)
	}
	return a.Cmp(b)
}

// digitsValue parses a number token into a Decimal: digits with
// separators (commas or typographic spaces, skipped), a decimal point and an
// exponent ("1.3e6"). It also returns the count of digits.
func digitsValue(lit string) (indicators.Decimal, int, bool) {
	if v, ok := plainDigits(lit); ok {
		return indicators.Decimal{Coef: v}, len(lit), true
	}
	return separatedDigitsValue(lit)
}

// separatedDigitsValue is digitsValue for any number token, read byte by
// byte.
func separatedDigitsValue(lit string) (indicators.Decimal, int, bool) {
	if len(lit) > 0 && lit[0] >= 0x80 { // every sign of vulgar
		if v, ok := vulgarValue[lit]; ok {
			return v, 1, true
		}
	}
	var coef int64
	n, exp, sig := 0, 0, 0
	frac := false
	for i := 0; i < len(lit); i++ {
		c := lit[i]
		switch {
		case c == '.':
			frac = true
			continue
		case c == 'e' || c == 'E':
			e, err := strconv.Atoi(strings.TrimPrefix(lit[i+1:], "+"))
			if err != nil || e > 200 || e < -200 {
				return indicators.Decimal{}, 0, false
			}
			exp += e
			i = len(lit)
			continue
		case c < '0' || c > '9':
			continue
		}
		n++
		if frac {
			exp--
		}
		if sig == 0 && c == '0' {
			continue
		}
		sig++
		if sig > indicators.MaxDecimalDigits {
			return indicators.Decimal{}, 0, false
		}
		coef = coef*10 + int64(c-'0')
	}
	if exp < -indicators.MaxDecimalExp || exp+min(sig, indicators.MaxDecimalDigits) > indicators.MaxDecimalExp {
		return indicators.Decimal{}, 0, false // ".000…0" past what a figure keeps, as indicators.ParseDecimal says
	}
	return indicators.Decimal{Coef: coef, Exp: int32(exp)}, n, true
}

// vulgar holds the single-character fractions of lexicon.VulgarFractions
// by their text, and vulgarValue their values as indicators keeps a
// fraction (fracOf).
// They are made before any init, which the lexicon's reads
// (initRuneTokens).
var vulgar, vulgarValue = func() (map[string]vocab.VulgarFraction, map[string]indicators.Decimal) {
	v, x := map[string]vocab.VulgarFraction{}, map[string]indicators.Decimal{}
	for _, f := range vocab.VulgarFractions {
		v[string(f.Sign)] = f
		x[string(f.Sign)] = fracOf(f.Numerator, f.Denominator)
	}
	return v, x
}()

// plainDigits returns the value of lit when it is a run of at most
// indicators.MaxDecimalDigits ASCII digits, most numbers of prose ("2015",
// "30"): what digitsValue reads of it with no separator, point or
// exponent to look for.
func plainDigits(lit string) (int64, bool) {
	if len(lit) == 0 || len(lit) > indicators.MaxDecimalDigits {
		return 0, false
	}
	var v int64
	for i := 0; i < len(lit); i++ {
		d := lit[i] - '0'
		if d > 9 {
			return 0, false
		}
		v = v*10 + int64(d)
	}
	return v, true
}

// fracOf returns the fraction n/d as indicators.ParseStated keeps one:
// the float64 quotient rounded to 15 significant digits, exact when it
// terminates ("5-1/4" is 21/4, 5.25).
func fracOf(n, d int64) indicators.Decimal { return fracDecimal(float64(n) / float64(d)) }

// fracDecimal returns n/d rounded to 15 significant digits, exact when the
// fraction terminates.
func fracDecimal(f float64) indicators.Decimal {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'g', 15, 64), 64)
	d, _ := indicators.DecimalFromFloat(v)
	return d
}

// A fractionMemo holds eight answers of fracDecimal, each at the slot
// its argument's bits hash to (have marks the slots filled).
type fractionMemo struct {
	have uint8
	bits [8]uint64
	val  [8]indicators.Decimal
}

// fraction is fracDecimal(f), answered from s.fracs when it was asked
// before: the same answer, with no float formatted or parsed again.
func (s *scanner) fraction(f float64) indicators.Decimal {
	b := math.Float64bits(f)
	k := (b ^ b>>52 ^ b>>29) & 7
	m := &s.fracs
	if m.have>>k&1 != 0 && m.bits[k] == b {
		return m.val[k]
	}
	v := fracDecimal(f)
	m.have |= 1 << k
	m.bits[k], m.val[k] = b, v
	return v
}

func (s *scanner) scaleWord(i int) indicators.Scale {
	if s.class(i) == wScale {
		return s.toks[i].lex().scale
	}
	return indicators.NoScale
}

// suffixScale reads a scale letter attached to digits: "1.2bn", "$3B", "5m".
func suffixScale(w string, money bool) (indicators.Scale, bool) {
	if len(w) > 1 && len(w) <= 3 {
		if sc, ok := vocab.LookupScale(strings.ToLower(w)); ok && sc.Abbrev {
			return indicators.Scale(sc.Exp / 3), true
		}
		return 0, false
	}
	for _, l := range vocab.ScaleLetters {
		if l.Letter == w {
			return indicators.Scale(l.Exp / 3), money || !l.MoneyOnly
		}
	}
	return 0, false
}

// parseNum parses a number at token i: digits with an optional scale, or
// number words. money says a currency sign came first.
func (s *scanner) parseNum(i int, money bool) (num, bool) {
	toks := s.toks
	if i >= len(toks) {
		return num{}, false
	}
	t := toks[i]
	if t.kind == tWord {
		return s.parseWords(i)
	}
	if t.kind != tNum || t.multiDot {
		return num{}, false
	}
	v, nd, ok := digitsValue(s.tt(i))
	if !ok {
		return num{}, false
	}
	r := num{val: v, start: i, end: i + 1, plainInt: !t.comma && !t.dot, ndigits: nd}
	j, ok := s.digitFraction(&r, i+1)
	if !ok {
		return num{}, false
	}
	j = s.wholeAndVulgar(&r, j)
	s.digitScale(&r, v, j, money)
	return r, true
}

// digitFraction extends the digits r with a fraction written in digits:
// "2/3", a mixed number "10 1/2". It returns the token after r and false
// when the digits are no number ("9/11", "3/15": a date).
func (s *scanner) digitFraction(r *num, j int) (int, bool) {
	toks, v := s.toks, r.val
	if j+1 < len(toks) && s.isByte(j, '/') && s.attached(j) && toks[j+1].kind == tNum && s.attached(j+1) {
		if !r.plainInt || toks[j+1].comma || toks[j+1].dot || s.isByte(j+2, '/') || s.isByte(j+2, '-') {
			return j, false
		}
		d, _, _ := digitsValue(s.tt(j + 1))
		a, b := float64(v.Coef), float64(d.Coef)
		if b == 0 || a >= b || b > 1000 || a > 1 && b > 10 && b != 100 && b != 1000 {
			return j, false // "9/11", "3/15": a date, not a fraction
		}
		r.val, r.end, r.plainInt = fracDecimal(a/b), j+2, false
		return j + 2, true
	}
	if e, ok := s.mixedFraction(r, j); ok {
		return e, true
	}
	return j, true
}

// mixedFraction extends the whole number r with a fraction in digits
// after a space or a hyphen at token j, as central banks write rates:
// "5 1/4", "5-1/4 to 5-1/2 percent". As indicators.ParseStated reads one
// (mixedFraction there), the whole number has at most nine digits and the
// fraction is proper, its numerator and denominator of one or two digits
// without a leading zero and not followed by another "/", "." or ",":
// "5-1/4" is never a range, which would run down from 5 to 0.25. After a
// hyphen the whole number has at most three digits: "2014-15/16" is a
// year and a fiscal year. It returns the token after the fraction.
func (s *scanner) mixedFraction(r *num, j int) (int, bool) {
	toks := s.toks
	if !r.plainInt || r.ndigits > 9 || j+2 >= len(toks) {
		return j, false
	}
	k := j // the numerator's token
	switch {
	case toks[j].kind == tNum && toks[j].space:
	case r.ndigits <= 3 && s.isByte(j, '-') && s.attached(j) && toks[j+1].kind == tNum && s.attached(j+1):
		k = j + 1 // "2014-15/16" stays a year (yearFirst)
	default:
		return j, false
	}
	if k+2 >= len(toks) || !s.isByte(k+1, '/') || !s.attached(k+1) || !s.attached(k+2) || toks[k+2].kind != tNum {
		return j, false
	}
	a, b := s.tt(k), s.tt(k+2)
	if len(a) > 2 || len(b) > 2 || a[0] == '0' || b[0] == '0' || toks[k].comma || toks[k].dot || toks[k+2].comma || toks[k+2].dot {
		return j, false
	}
	if e := k + 3; e < len(toks) && s.attached(e) && (s.isByte(e, '/') || s.isByte(e, '.') || s.isByte(e, ',')) {
		return j, false // "5-1/4/2020", "5 1/4.5"
	}
	n, _ := plainDigits(a)
	d, _ := plainDigits(b)
	if d < 2 || n >= d {
		return j, false
	}
	r.val = fracOf(r.val.Coef*d+n, d)
	r.end, r.plainInt = k+3, false
	return k + 3, true
}

// wholeAndVulgar extends a whole number with a fraction sign glued to it:
// "2¼".
func (s *scanner) wholeAndVulgar(r *num, j int) int {
	toks := s.toks
	if r.plainInt && j < len(toks) && !toks[j].space && toks[j].kind == tNum {
		if f, ok := vulgar[s.tt(j)]; ok && r.val.Exp == 0 {
			r.val = fracOf(r.val.Coef*f.Denominator+f.Numerator, f.Denominator)
			r.end, r.plainInt = j+1, false
			j++
		}
	}
	return j
}

// digitScale reads the scale after the digits r, which were v as written,
// at token j: a glued or hyphenated scale ("1.2bn", "$1.2-billion"), a
// scale word ("5 million", "4 thousand 3 hundred and 21"), an Indian
// scale ("35 lakh"), "dozen" or "hundred".
func (s *scanner) digitScale(r *num, v indicators.Decimal, j int, money bool) {
	toks := s.toks
	if s.gluedScale(r, j, money) {
		return
	}
	cl, sc := s.class(j), indicators.NoScale // the class asked once: scaleWord's, "dozen" and "hundred" below
	if cl == wScale {
		sc = toks[j].lex().scale
	}
	if sc != indicators.NoScale && toks[j].space {
		s.scaleWordAfter(r, j, sc, money)
	} else if s.isRole(j, rIndianScale) && toks[j].space {
		// "100 crore", "35 lakh": 10^7 and 10^5, kept at full magnitude;
		// "2.5 lakh crore" is 2.5×10^12. The role bit spares the
		// comparisons with each scale for the other words.
		e := indianScale(s.tt(j))
		r.val.Exp += int32(e)
		r.end, r.plainInt = j+1, false
		if e == 5 && indianScale(s.tokAt(j+1)) == 7 {
			r.val.Exp += 7
			r.end = j + 2
		}
	} else if cl == wDozen && toks[j].space {
		r.val.Coef *= 12
		r.end, r.plainInt = j+1, false
	} else if cl == wHundred && s.isLx(j, lxHundred) {
		s.hundredAfter(r, v, j)
	}
}

// gluedScale reads a scale glued to the digits at token j: a scale word
// after a hyphen ("$1.2-billion", "a 1.5-million-strong") or letters
// ("1.2bn", "$3B", "5m").
func (s *scanner) gluedScale(r *num, j int, money bool) bool {
	toks := s.toks
	if s.dash(j) && s.attached(j) && s.attached(j+1) && s.scaleWord(j+1) != 0 && !strings.HasSuffix(s.tt(j+1), "s") {
		sc := s.scaleWord(j + 1)
		r.val.Exp += int32(sc.Exp())
		r.scale, r.end, r.plainInt = sc, j+2, false
		return true
	}
	if j >= len(toks) || toks[j].kind != tWord || toks[j].space || !money && s.partLabel(r.start) {
		return false
	}
	m := s.tt(j) == "m" && (s.millionsOf(j+1) || (s.millionWordIn() || toks[r.start].dot) && !s.dimensionAdjective(j+1) && !s.dash(j+1))
	if sc, ok := suffixScale(s.tt(j), money || m); ok {
		r.val.Exp += int32(sc.Exp())
		r.scale, r.end, r.plainInt = sc, j+1, false
		return true
	}
	return false
}

// partLabel reports whether the digits at token i number a part of a
// document (lexicon.DocumentParts), alone or in a list that one opens
// ("Table 1b", "Tables 1A, 1B and 5", "Chart 1A and 1B"): a letter glued
// to them labels the part ("1b"), never a scale ("1bn" of an amount).
func (s *scanner) partLabel(i int) bool {
	toks := s.toks
	for k, n := i-1, 0; k >= 0 && n < 24; k, n = k-1, n+1 {
		switch {
		case toks[k].kind == tWord && s.flag(k, fIdent) && vocab.IsDocumentPart(s.tt(k)):
			return k < i-1 || toks[k].upper || !s.isAnyLx(k-1, lxThe, lxA, lxThis)
		case toks[k].kind == tNum, s.isRole(k, rJoin), toks[k].kind == tWord && !toks[k].space && len(s.tt(k)) == 1:
		default:
			return false
		}
	}
	return false
}

// scaleWordAfter reads the scale word sc at token j after the digits r:
// "5 million", "4 thousand 3 hundred and 21", "5 and a half million";
// "millions of" is left to the counted noun.
func (s *scanner) scaleWordAfter(r *num, j int, sc indicators.Scale, money bool) {
	toks := s.toks
	if s.isLx(j+1, lxOf) && strings.HasSuffix(strings.ToLower(s.tt(j)), "s") {
		return
	}
	r.val.Exp += int32(sc.Exp())
	r.scale, r.end, r.plainInt = sc, j+1, false
	// "4 thousand 3 hundred and 21"
	if k := r.end; k+1 < len(toks) && toks[k].kind == tNum && !toks[k].comma && !toks[k].dot && toks[k].space &&
		(s.class(k+1) == wHundred && s.isLx(k+1, lxHundred) || s.scaleWord(k+1) != 0 && s.scaleWord(k+1) < sc) && r.val.Exp >= 0 && r.val.Exp <= 12 && r.val.Coef < 1e6 {
		if n2, ok := s.parseNum(k, money); ok && n2.val.Exp >= 0 && n2.val.Float64() < math.Pow10(sc.Exp()) {
			a := r.val.Coef * pow10(int(r.val.Exp))
			b := n2.val.Coef * pow10(int(n2.val.Exp))
			r.val = indicators.Decimal{Coef: a + b}
			r.end, r.scale = n2.end, 0
		}
	}
	s.andFraction(r)
}

// hundredAfter reads "hundred" at token j after the digits r (v as
// written): "3 hundred", "3 hundred and 21", "5 hundred million".
func (s *scanner) hundredAfter(r *num, v indicators.Decimal, j int) {
	toks := s.toks
	r.val.Coef *= 100
	r.end, r.plainInt = j+1, false
	if s.isLx(j+1, lxAnd) && j+2 < len(toks) && v.Exp == 0 {
		var add indicators.Decimal
		ok := false
		if toks[j+2].kind == tNum && !toks[j+2].comma && !toks[j+2].dot {
			add, _, ok = digitsValue(s.tt(j + 2))
			if ok {
				r.end = j + 3
			}
		} else if c := s.class(j + 2); c == wDigit || c == wTeen || c == wTens {
			if n, ok2 := s.parseWords(j + 2); ok2 && n.val.Exp == 0 {
				add, ok, r.end = n.val, true, n.end
			}
		}
		if ok && add.Coef < 100 && s.class(r.end) != wHundred && s.scaleWord(r.end) == 0 {
			r.val.Coef += add.Coef
		} else {
			r.end = j + 1
		}
	}
	if sc := s.scaleWord(j + 1); sc != indicators.NoScale && r.end == j+1 {
		r.val.Exp += int32(sc.Exp())
		r.scale, r.end = sc, j+2
	}
}

// perCent returns the token after "cent" or "-cent" at k (after "per"), or 0.
func (s *scanner) perCent(k int) int {
	if s.dash(k) && s.attached(k) {
		k++
	}
	if s.is(k, "cent") {
		return k + 1
	}
	return 0
}

// millionWordIn reports whether the sentence writes "million" (or "mn")
// as a word: then a figure such as "7.8m" in it is millions too ("7.6
// million, down from 7.8m"), not metres. A decimal ("to 1.1m") is read as
// millions anyway, as British releases write them, unless a dimension
// follows ("2.5m high", "a 1.5m-wide path").
func (s *scanner) millionWordIn() bool {
	for k := range s.toks {
		if s.toks[k].space && s.scaleWord(k) == indicators.Million {
			return true
		}
	}
	return false
}

// dimensionAdjective reports whether token k says a length is measured:
// "5m high", "10m wide".
func (s *scanner) dimensionAdjective(k int) bool {
	return s.isAny(k, "high", "tall", "long", "wide", "deep", "thick", "above", "below", "across", "away")
}

// millionsOf reports whether the words at k count something in millions
// after "3m" (British news style: "3m jobs", "2.4m households"), rather
// than measure metres ("5m high"), directly or after "of" and a
// possessive, as partitive reads them ("35m of its Echo devices").
func (s *scanner) millionsOf(k int) bool {
	if s.isLx(k, lxOf) && s.isAny(k+1, vocab.Possessives...) {
		_, _, ok := s.countNoun(num{val: indicators.Decimal{Coef: 2}}, k+2) // a count above one
		return ok
	}
	if k >= len(s.toks) || s.toks[k].kind != tWord || !s.toks[k].space || s.toks[k].upper {
		return false
	}
	w := s.tt(k)
	if !asciiLower(w) || !plural(w) || s.toks[k].lex() != nil {
		return false
	}
	_, unit := measureByFirst[w]
	return !unit
}

// parseWords parses a number written in words: "twenty-five", "one hundred
// and six", "a dozen", "half a million", "two-thirds", "three quarters
// billion".
func (s *scanner) parseWords(i int) (num, bool) {
	j, article, ok := s.wordArticle(i)
	if !ok {
		return num{}, false
	}
	if s.isLx(j, lxHalf) || s.isLx(j, lxQuarter) {
		return s.halfOrQuarter(i, j, article)
	}
	if article {
		if r, ok := s.articleFraction(i, j); ok {
			return r, true
		}
	}
	acc, end, ok := s.wordValue(j, article)
	if !ok {
		return num{}, false
	}
	value := acc.total + acc.cur
	r := num{start: i, end: end, word: true, val: indicators.Decimal{Coef: value}}
	if acc.last == wScale {
		if e := acc.lastScale.Exp(); value%pow10(e) == 0 {
			r.val = indicators.Decimal{Coef: value / pow10(e), Exp: int32(e)}
		}
		r.scale = acc.lastScale
	}
	// Decimals in words: "five point five", "two hundred point zero three".
	if s.isRole(end, rPoint) && acc.last != wScale {
		if d, k, ok := s.wordDecimals(end + 1); ok {
			nd := d.nd
			r.val = indicators.Decimal{Coef: value*pow10(nd) + d.v, Exp: int32(-nd)}
			r.end = k
			return r, true
		}
	}
	if s.wordFraction(&r, value, end, acc.last) {
		return r, true
	}
	s.andFraction(&r)
	return r, true
}

// wordArticle reads "a" or "an" before a number word at token i ("a
// dozen", "a third of", "a million") and returns the token after it; it
// reports false when the article starts no number ("a third country").
func (s *scanner) wordArticle(i int) (j int, article, ok bool) {
	if !s.isAnyLx(i, lxA, lxAn) {
		return i, false, true
	}
	c := s.class(i + 1)
	if !articleBefore(c) {
		return i, false, false
	}
	if c == wFrac && !s.isLx(i+2, lxOf) && s.scaleWord(i+2) == 0 && !s.isLx(i+1, lxHalf) && !(i+2 == len(s.toks) || s.isAny(i+2, ".", ",", ";", ")", "(")) && !s.verbAt(i+2) && !(s.isLx(i-1, lxBy) && (s.isAny(i+2, vocab.Prepositions...) || s.isAny(i+2, "over", "since", "between", "compared", "and"))) {
		return i, false, false // "a third country" is an ordinal; "a third (6.9 million)", "fell by a third over" are fractions
	}
	if c == wScale && strings.HasSuffix(s.tt(i+1), "s") {
		return i, false, false
	}
	return i + 1, true, true
}

// halfOrQuarter reads "half" or "quarter" at token j (after the number's
// first token i): "half a million", "half a dozen", "half of", "a
// quarter".
func (s *scanner) halfOrQuarter(i, j int, article bool) (num, bool) {
	d := 2.0
	if s.isLx(j, lxQuarter) {
		d = 4
	}
	if s.flag(i-1, fOrdinal) {
		return num{}, false // "the first half of 2015"
	}
	if d == 4 && !article && s.quarterOfTime(i-1) {
		return num{}, false // "the same quarter of the previous year"
	}
	k := j + 1
	if s.isAnyLx(k, lxA, lxAn) && (s.class(k+1) == wScale || s.isLx(k+1, lxDozen)) {
		k++
	} else if o := s.ofAScale(k); o > k {
		k = o // "a quarter of a million hectares": 250,000 hectares
	}
	if s.isLx(k, lxDozen) {
		return num{val: indicators.Decimal{Coef: 6}, start: i, end: k + 1, word: true}, true
	}
	if sc := s.scaleWord(k); sc != indicators.NoScale && !strings.HasSuffix(s.tt(k), "s") {
		v := s.fraction(1 / d)
		v.Exp += int32(sc.Exp())
		return num{val: v, scale: sc, start: i, end: k + 1, word: true}, true
	}
	if article && d == 2 || s.isLx(j+1, lxOf) || s.isAnyLx(i-1, lxIn, lxBy) && d == 2 || article && (s.verbAt(j+1) || s.isLx(i-1, lxBy)) || d == 2 && s.hedgedHalf(i) {
		return num{val: s.fraction(1 / d), start: i, end: j + 1, word: true}, true
	}
	return num{}, false
}

// ofAScale returns the token of the scale word after "of a" at token k
// ("a quarter of a million", "a third of a billion"), or k: a fraction of
// a scale word is one figure, the fraction of that number, never a share
// of "a million …" (ParseStated reads it so too).
func (s *scanner) ofAScale(k int) int {
	if s.isLx(k, lxOf) && s.isAnyLx(k+1, lxA, lxAn) && s.class(k+2) == wScale && !strings.HasSuffix(s.tt(k+2), "s") {
		return k + 2
	}
	return k
}

// quarterTimeWords are the words before "quarter" that make it a quarter
// of a year, not a fourth: "the quarter", "the same quarter of the
// previous year", "last quarter", "each quarter".
var quarterTimeWords = []string{"the", "same", "previous", "last", "next", "each", "every", "this", "that",
	"current", "preceding", "prior", "corresponding", "final", "fiscal", "calendar", "latest", "coming", "following"}

// quarterOfTime reports whether the word at token p, right before
// "quarter", makes it a time: one of quarterTimeWords, an ordinal ("first
// quarter") or a year ("the 2015 quarter").
func (s *scanner) quarterOfTime(p int) bool {
	if p < 0 {
		return false
	}
	if s.toks[p].kind == tNum {
		return s.yearAt(p)
	}
	return s.flag(p, fOrdinal) || s.isAny(p, quarterTimeWords...)
}

// articleFraction reads a fraction after an article at token j: "a third
// (million)", "a twenty-first".
func (s *scanner) articleFraction(i, j int) (num, bool) {
	if s.class(j) == wFrac {
		d := s.toks[j].lex().val
		r := num{val: s.fraction(1 / float64(d)), start: i, end: j + 1, word: true}
		k := j + 1
		if o := s.ofAScale(k); o > k {
			k = o // "a third of a million"
		}
		if sc := s.scaleWord(k); sc != 0 {
			r.val.Exp += int32(sc.Exp())
			r.scale, r.end = sc, k+1
		}
		return r, true
	}
	if s.class(j) == wTens {
		if d := s.compoundDenominator(j); d > 0 {
			e := j + 2
			if s.dash(j + 1) {
				e++
			}
			return num{val: s.fraction(1 / float64(d)), start: i, end: e, word: true}, true
		}
	}
	return num{}, false
}

// wordAcc is the value of number words read so far: total holds the
// completed scales, cur the part below the last scale, small the last
// units and tens.
type wordAcc struct {
	total, cur, small int64
	last              wordClass
	lastScale         indicators.Scale
}

// wordValue reads number words from token j on and returns their value
// and the token after them.
func (s *scanner) wordValue(j int, article bool) (wordAcc, int, bool) {
	var acc wordAcc
	if article {
		acc.cur = 1
	}
	start, end := j, j
	for j < len(s.toks) {
		c := s.class(j)
		if c == wNone || c == wFrac {
			break
		}
		next, ok := s.wordStep(acc, c, j, article)
		if !ok || next.total > 1e17 || next.cur > 1e17 {
			if j == start {
				return acc, end, false
			}
			break
		}
		acc = next
		if c == wScale {
			acc.small = 0
		}
		acc.last = c
		end = j + 1
		j = s.wordConnector(acc.last, j+1)
	}
	return acc, end, end != start
}

// wordStep adds the number word at token j, of class c, to acc and reports
// whether it may follow the words before it.
func (s *scanner) wordStep(acc wordAcc, c wordClass, j int, article bool) (wordAcc, bool) {
	v := s.toks[j].lex().val
	n := acc
	last, cur := acc.last, acc.cur
	// strings.HasSuffix(strings.ToLower(w), "s") without the copy: only
	// "s" and "S" lower to "s".
	w := s.tt(j)
	plural := w != "" && w[len(w)-1]|0x20 == 's'
	ok := true
	switch c {
	case wDigit:
		ok = last == wNone && !article || last == wTens || last == wHundred || last == wScale
		n.cur += v
		n.small += v
	case wTeen, wTens:
		ok = last == wNone && !article || last == wHundred || last == wScale
		if c == wTens && last != wNone && !ok && s.compoundDenominator(j) > 0 {
			ok = true
		}
		n.cur += v
		n.small = v
	case wHundred:
		ok = last != wHundred && last != wScale && cur < 100 && (!plural || cur > 0 && !s.isLx(j+1, lxOf))
		n.cur = max(cur, 1) * 100
		n.small = 0
	case wDozen:
		ok = last != wDozen && (last != wNone || article)
		if acc.small > 0 && cur > acc.small {
			n.cur = cur - acc.small + acc.small*12 // "three hundred and two dozens"
		} else {
			n.cur = max(cur, 1) * 12
		}
	case wScale:
		sc := s.toks[j].lex().scale
		ok = (last != wNone || article) && (acc.lastScale == 0 || sc < acc.lastScale) && (!plural || !s.isLx(j+1, lxOf))
		n.total += max(cur, 1) * pow10(sc.Exp())
		n.cur, n.lastScale = 0, sc
	}
	return n, ok
}

// wordConnector skips a connector at token j between number words whose
// last is of class last: "twenty-five", "one hundred and six".
func (s *scanner) wordConnector(last wordClass, j int) int {
	if j+1 < len(s.toks) && s.dash(j) && last == wTens && s.class(j+1) == wDigit {
		return j + 1
	}
	if !s.isLx(j, lxAnd) || last != wHundred && last != wScale {
		return j
	}
	if c2 := s.class(j + 1); c2 == wDigit || c2 == wTeen || c2 == wTens {
		k := j + 2
		if c2 == wTens && s.dash(k) && s.class(k+1) == wDigit {
			k += 2
		}
		if s.class(k) != wFrac {
			return j + 1
		}
	}
	return j
}

// wordDigits are the digits after "point": their value and how many.
type wordDigits struct {
	v  int64
	nd int
}

// wordDecimals reads the digits after "point" from token k: "five", "zero
// three", "twenty-five". It returns them, the token after them and
// whether there were any.
func (s *scanner) wordDecimals(k int) (wordDigits, int, bool) {
	toks := s.toks
	var d wordDigits
	for k < len(toks) && d.nd < 12 {
		c := s.class(k)
		if c == wDigit {
			d.v = d.v*10 + toks[k].lex().val
			d.nd++
			k++
			continue
		}
		if (c == wTeen || c == wTens) && d.nd == 0 {
			v := toks[k].lex().val
			k++
			if c == wTens && s.dash(k) && s.class(k+1) == wDigit {
				v += toks[k+1].lex().val
				k += 2
			} else if c == wTens && s.class(k) == wDigit {
				v += toks[k].lex().val
				k++
			}
			d.v, d.nd = v, 2
		}
		break
	}
	return d, k, d.nd > 0
}

// wordFraction reads a fraction that ends the number words before token
// end, whose value is value: a compound denominator ("three
// twenty-firsts", "one hundred thirty fifths" is 100/35, "one hundred and
// thirty fifths" 130/5) or a denominator ("two-thirds", "three fifths
// billion").
func (s *scanner) wordFraction(r *num, value int64, end int, last wordClass) bool {
	toks := s.toks
	if tj := end - 1; s.class(tj) == wTens && !s.isLx(tj-1, lxAnd) {
		if d := s.compoundDenominator(tj); d > 0 {
			numer := value - toks[tj].lex().val
			e := tj + 2
			if s.dash(tj + 1) {
				e++
			}
			if numer > 0 {
				r.val, r.end, r.scale = s.fraction(float64(numer)/float64(d)), e, 0
				return true
			}
		}
	}
	k := end
	if s.dash(k) && s.class(k+1) == wFrac {
		k++
	}
	if s.class(k) != wFrac || last == wScale || value <= 0 || k == end && !toks[k].space {
		return false
	}
	d := toks[k].lex().val
	if value != 1 && !strings.HasSuffix(s.tt(k), "s") && !s.isLx(k, lxHalf) && !s.isLx(k, lxQuarter) {
		return false
	}
	r.val, r.end = s.fraction(float64(value)/float64(d)), k+1
	if sc := s.scaleWord(k + 1); sc != indicators.NoScale {
		r.val.Exp += int32(sc.Exp())
		r.scale, r.end = sc, k+2
	}
	return true
}

// verbAt reports whether token k is a verb that makes the words before it
// a subject: "a third disagreed", "a quarter were".
func (s *scanner) verbAt(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tWord || s.toks[k].upper {
		return false
	}
	w := s.tt(k)
	if len(w) > 4 && strings.HasSuffix(w, "ed") {
		switch w {
		case "hundred", "hundreds", "speed", "breed", "sacred", "kindred":
			return false
		}
		return true
	}
	switch w {
	case "is", "are", "was", "were", "have", "has", "had", "will", "would", "could", "may", "might", "said", "say", "says",
		"agree", "agreed", "live", "lives", "lack", "lacks", "remain", "remains", "support", "supports", "want", "wants",
		"saw", "felt", "thought", "got", "paid", "spent", "lost", "took", "did", "made", "went", "do", "can":
		return true
	}
	return false
}

// ordinalUnits are the ordinals that end a compound denominator.
var ordinalUnits = map[string]int64{"first": 1, "firsts": 1, "second": 2, "seconds": 2, "third": 3, "thirds": 3, "fourth": 4,
	"fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
	"ninth": 9, "ninths": 9}

// compoundDenominator reads "twenty-first", "twenty fifths", "thirty-fifths"
// at the tens word j and returns the denominator, or 0.
func (s *scanner) compoundDenominator(j int) int64 {
	if s.class(j) != wTens {
		return 0
	}
	k := j + 1
	if s.dash(k) && s.attached(k) {
		k++
	}
	if k >= len(s.toks) {
		return 0
	}
	u, ok := ordinalUnits[strings.ToLower(s.tt(k))]
	if !ok {
		return 0
	}
	return s.toks[j].lex().val + u
}

// andFraction extends a number with "and a half", "and three fifths":
// "one and a half", "two million and a quarter".
func (s *scanner) andFraction(r *num) {
	toks := s.toks
	if !s.isLx(r.end, lxAnd) {
		return
	}
	k := r.end + 1
	var f float64
	switch {
	case s.isAnyLx(k, lxA, lxOne) && s.isAnyLx(k+1, lxHalf, lxQuarter, lxThird, lxFourth, lxFifth):
		f = 1 / float64(toks[k+1].lex().val)
		k += 2
	default:
		// "two and fifty-four hundredths", "three and one fourth".
		c := s.class(k)
		if c != wDigit && c != wTeen && c != wTens {
			return
		}
		n, ok := s.parseWords(k)
		if ok && n.scale != 0 && n.scale < r.scale && s.wasFraction(num{end: n.end - 1}) {
			// "one billion and three quarters million"
			r.val = fracDecimal(r.val.Float64() + n.val.Float64())
			r.end, r.plainInt = n.end, false
			return
		}
		if !ok || n.scale != 0 || n.val.Exp >= 0 || n.val.Coef <= 0 || !s.wasFraction(n) {
			return
		}
		f = n.val.Float64()
		k = n.end
	}
	if f >= 1 {
		return
	}
	if sc := s.scaleWord(k); sc != 0 && r.scale != 0 && sc < r.scale {
		// "one billion and a half million"
		r.val = fracDecimal(r.val.Float64() + f*math.Pow10(sc.Exp()))
		r.end, r.plainInt = k+1, false
		return
	}
	if sc := s.scaleWord(k); sc != 0 && r.scale == 0 {
		// "five and a half million"
		r.val = fracDecimal(r.val.Float64() + f)
		r.val.Exp += int32(sc.Exp())
		r.scale, r.end, r.plainInt = sc, k+1, false
		return
	} else if sc != 0 {
		return // "one billion and a half million" is not ours to read
	}
	unit := math.Pow10(r.scale.Exp())
	r.val = fracDecimal(r.val.Float64() + f*unit)
	r.end, r.plainInt = k, false
}

// wasFraction reports whether the word number n ended in a denominator.
func (s *scanner) wasFraction(n num) bool { return s.class(n.end-1) == wFrac }

// ratioOf extends a number with "over 3", "out of three", "in twenty-one",
// and the word "one" with "of" and a number: "one in five" is 0.2, "one of
// four mission concepts" 0.25.
func (s *scanner) ratioOf(r *num) {
	k := r.end
	over := s.isLx(k, lxOver)
	switch {
	case over, s.isLx(k, lxIn) && r.val.Exp == 0 && r.val.Coef > 0 && r.val.Coef < 10:
		k++
	case s.isLx(k, lxOf) && r.word && r.end == r.start+1 && s.isLx(r.start, lxOne):
		k++
	case s.is(k, "out") && s.isLx(k+1, lxOf):
		k += 2
	default:
		return
	}
	if !over && s.isLx(k, lxEvery) {
		k++ // "one in every five", "2 out of every 5"
	}
	if r.scale != 0 || r.val.Exp < 0 || k >= len(s.toks) {
		return
	}
	if s.toks[k].kind != tNum && s.class(k) == wNone || !s.toks[k].space {
		return // "1 in2" is a square inch, not one in two
	}
	d, ok := s.parseNum(k, false)
	if !ok || d.val.Sign() <= 0 || d.val.Exp < 0 || s.yearAt(k) && s.toks[k].kind == tNum {
		return
	}
	if !over && cmpValues(d.val, r.val) <= 0 {
		return
	}
	// Only a bare ratio: "1 in 5 children" keeps the noun out of it, but
	// "over 3 percent" is not a ratio.
	if lx := s.lexAt(d.end); lx != nil && lx.flags&fPercent != 0 || s.isByte(d.end, '%') {
		return
	}
	if _, unit := measuresFirst(s.tokAt(d.end)); unit {
		return
	}
	r.val = fracDecimal(r.val.Float64() / d.val.Float64())
	r.end, r.plainInt, r.word = d.end, false, r.word && d.word
}

func (s *scanner) tokAt(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.tt(i)
}

func pow10(e int) int64 {
	p := int64(1)
	for ; e > 0; e-- {
		p *= 10
	}
	return p
}

// yearAt reports whether the number token i is a calendar year (or the
// start of a span of years such as "2014-15"). It is asked of every
// four-digit number twice (the year rule and sentenceYear), so the value is
// read from the four bytes and the unit after it, a token's bits, is asked
// before the currency before it, a map.
//
// The answer for a four-digit number is remembered for the sentence
// (s.yearSeen): the year rule, yearFirst and sentenceYear each ask it.
func (s *scanner) yearAt(i int) bool {
	t := &s.toks[i]
	if t.kind != tNum || t.comma || t.dot || t.end-t.start != 4 {
		return false
	}
	// The answer remembered first: it is set only for four digits from
	// 1800 to 2150.
	if i < len(s.yearSeen) && s.yearSeen[i]>>1 == s.toksGen && s.toksGen != 0 {
		return s.yearSeen[i]&1 != 0
	}
	if v, ok := fourDigits(s.text[t.start:t.end]); !ok || v < 1800 || v > 2150 {
		return false
	}
	year := s.readYear(i)
	if s.toksGen != 0 {
		if i >= len(s.yearSeen) {
			s.yearSeen = append(s.yearSeen, make([]uint64, len(s.toks)-len(s.yearSeen))...)
		}
		s.yearSeen[i] = s.toksGen << 1
		if year {
			s.yearSeen[i] |= 1
		}
	}
	return year
}

// readYear is yearAt for a number of four digits from 1800 to 2150 at
// token i: whether nothing around it makes it an amount.
func (s *scanner) readYear(i int) bool {
	// Followed by a unit that makes it an amount.
	k := i + 1
	if s.isByte(k, '%') || s.flag(k, fPercent) || s.scaleWord(k) != 0 || s.isLx(k, lxPer) && s.is(k+1, "cent") {
		return false
	}
	return !s.isCurrencyBefore(i) && !s.countBeforeNoun(i)
}

// fourDigits returns the value of w when it is four ASCII digits.
func fourDigits(w string) (int, bool) {
	if len(w) != 4 {
		return 0, false
	}
	a, b, c, d := w[0]-'0', w[1]-'0', w[2]-'0', w[3]-'0'
	if max(a, b, c, d) > 9 {
		return 0, false
	}
	return int(a)*1000 + int(b)*100 + int(c)*10 + int(d), true
}

func (s *scanner) isCurrencyBefore(i int) bool {
	if i == 0 {
		return false
	}
	p := s.tt(i - 1)
	if len(p) <= 8 {
		var buf [8]byte
		for k := 0; k < len(p); k++ {
			c := p[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[k] = c
		}
		if len(p) > 0 && currencySignFilter.mayFirst(len(p), buf[0]) {
			if _, ok := currencySigns[string(buf[:len(p)])]; ok {
				return true
			}
		}
	}
	if s.flag(i-1, fCurrency) && len(p) == 3 && p == strings.ToUpper(p) {
		return true
	}
	return false
}

// sentenceYear returns the calendar year the sentence gives: the first year
// after "in", else after "by", "for", "during", "of", "through" or
// "until", else the first year. Years inside names ("post-2015", "COP21")
// do not count.
//
// A year is a number token of four bytes, and tokenize sets the bit of
// each in s.fours, so the years are looked for among those only, in
// order, where a scan of every candidate (s.cands) tested each word and
// number that may start a figure.
func (s *scanner) sentenceYear() int {
	first, pref := 0, 0
	for w, b := range s.fours {
		for ; b != 0; b &= b - 1 {
			i := w<<6 + bits.TrailingZeros64(b)
			if !s.yearAt(i) {
				continue // yearAt reads four digits only
			}
			if i > 0 && !s.toks[i].space {
				p := i - 1
				if s.dash(p) {
					if s.is(p-1, "mid") {
						continue
					}
					if p > 0 && s.toks[p-1].kind == tWord && s.attached(p) {
						continue // post-2015, pre-2020
					}
					if p > 0 && s.toks[p-1].kind == tNum {
						continue // 2014-2015: the first counts
					}
				} else if s.toks[p].kind == tWord && !s.flag(p, fDateWord) {
					continue
				}
			}
			if s.isRole(i+1, rLetterS) && s.attached(i+1) || s.isByte(i+1, '\'') && s.isRole(i+2, rLetterS) {
				continue // the 1990s
			}
			v, _ := fourDigits(s.tt(i))
			if first == 0 {
				first = v
			}
			if s.isLx(s.yearLead(i), lxIn) {
				return v
			}
			if pref == 0 && s.isAnyLx(i-1, lxBy, lxFor, lxDuring, lxOf, lxThrough, lxUntil, lxYear, lxFy) {
				pref = v
			}
		}
	}
	if pref != 0 {
		return pref
	}
	return first
}

// yearLead returns the token before the year at token i and what dates it
// within the year: "in" in "in March 2023", "in Q3 2023", "in 5 June 2024".
func (s *scanner) yearLead(i int) int {
	k := i - 1
	switch {
	case s.flag(k, fMonth) && s.toks[k].upper:
		k--
		if k >= 0 && s.toks[k].kind == tNum && !s.toks[k].comma && !s.toks[k].dot && s.toks[k].end-s.toks[k].start <= 2 {
			k-- // "5 June 2024"
		}
	case k >= 1 && s.toks[k].kind == tNum && s.attached(k) && s.isAny(k-1, "q", "h") && s.toks[k-1].upper:
		k -= 2 // "Q3 2023"
	}
	return k
}

// startsFigure reports whether token i can begin a figure: false where
// try would stop at once (a dash before no number, "to" before "$5", "a"
// before no number word), so that match spares the call.
func (s *scanner) startsFigure(i int) bool {
	t := &s.toks[i]
	switch t.kind {
	case tNum:
		return !s.dayOfMonth(i)
	case tSym:
		if t.sym&symCurrency != 0 {
			return true
		}
		// A sign starts a figure only where symbolBefore takes it: before
		// an attached number, "−5", "+12.5".
		toks := s.toks
		if !(i+1 < len(toks) && toks[i+1].kind == tNum && !toks[i+1].space && signOpens(s.text, toks, i)) {
			return false
		}
		if t.sym&(symDash|symMinus) != 0 {
			return !(i > 0 && toks[i-1].kind == tNum) || t.tab
		}
		return s.text[t.start] == '+' && (toks[i+1].dot || toks[i+1].comma || t.tab || s.signedChangeCloses(i+1))
	case tWord:
		if st := lexStarts[t.lx]; st&startAlways != 0 || st&startRank != 0 && s.ranks {
			return true
		}
		// A word before "$" starts a figure only where wordBefore reads
		// them as one currency: "US$", "C$ 5", "MXN$".
		toks := s.toks
		if i+1 < len(toks) && toks[i+1].kind == tSym && s.text[toks[i+1].start] == '$' && (!toks[i+1].space || s.isRole(i, rSpacedSign)) {
			return true
		}
		// mayStartWord, read from its table: most words end here.
		switch startShapes[min(t.end-t.start, shapeLongest)][s.text[t.start]] {
		case shapeNo:
			return false
		case shapeLastD:
			if s.text[t.end-1]|0x20 != 'd' {
				return false
			}
		}
		return s.wordStartsFigure(i, s.text[t.start:t.end])
	}
	return false
}

// dayOfMonth reports whether the number at token i is a day or a year
// right after the name of a month, with a comma, a semicolon, a closing
// parenthesis, a full stop before a space or the sentence's end after it:
// "on December 27, 2019", "(June 2024)". The exclusion rule
// date-month-before (monthBefore) sets such a number aside, and no phase
// or rule before it reads it otherwise: a plain number of one to four
// digits with no leading zero (leading-zero) and a space before it (no
// glued rule), after a word (no rule of a sign before), with nothing after
// it that a scale, a fraction, a rank, a vote or a ratio would read. So
// try, which would read it through the phases to the exclusions (a third
// of the numbers it sets aside are these), is spared: it would answer
// nothing and go on at the next token.
func (s *scanner) dayOfMonth(i int) bool {
	toks := s.toks
	t := &toks[i]
	if !t.space || t.comma || t.dot || t.multiDot || t.end-t.start > 4 || s.text[t.start] == '0' || !s.monthBefore(i) {
		return false
	}
	e := i + 1
	if e == len(toks) {
		return true
	}
	switch toks[e].ch {
	case ',', ';', ')':
		return true
	case '.':
		return e+1 == len(toks) || toks[e+1].space
	}
	return false
}

// startShapes holds mayStartWord by the length of the word (shapeLongest
// for that many bytes or more) and its first byte: shapeNo, shapeYes, or
// shapeLastD when it depends on the last byte being 'd' ("…fold").
var startShapes = func() (t [shapeLongest + 1][256]uint8) {
	for n := 1; n <= shapeLongest; n++ {
		for c := range 256 {
			first, rest := string([]byte{byte(c)}), strings.Repeat("x", n-1)
			switch {
			case mayStartWord(first + rest):
				t[n][c] = shapeYes
			case n >= 7 && mayStartWord(first+rest[:n-2]+"d"):
				t[n][c] = shapeLastD
			}
		}
	}
	return t
}()

// shapeLongest is the length from which mayStartWord no longer tells
// lengths apart: "several" has seven letters, "negative" eight.
const shapeLongest = 9

// The values of startShapes.
const (
	shapeNo = iota
	shapeYes
	shapeLastD
)

// lexStarts holds, by lexIndex, whether a known word starts a figure
// whatever follows it: a number word, a currency or a verb of multiplying
// (startAlways), or an ordinal, when ranks are asked for (startRank).
var lexStarts [1 << 16]uint8 // a lexIndex has 16 bits: no bounds to check

const (
	startAlways = 1 << iota
	startRank
)

// plainNumbers holds, by lexIndex, true for a number word that starts a
// figure only as a number ("two", "twenty", "half"): an entry of a
// number's class (wDigit, wTeen, wTens, wFrac) that is no currency, verb
// of multiplying or ordinal, none of whose keys start a figure by their
// letters (lettersMayStart). Of try's readers only numberPhase reads such
// a word at its start: wordFigure's start at an ordinal, a verb of
// multiplying, "hundreds", "dozens", a scale or a word of lettersMayStart
// ("tens", "twice", "…fold"), and wordBefore at a currency, a word before
// "$" or a word of lettersMayStart ("minus", "u", "MEUR").
var plainNumbers [1 << 16]bool

// lexMayStart holds, by lexIndex, 1 when a word of ASCII letters with
// that entry may start a figure (its entry does, by lexStarts, or its
// letters in some case do, by lettersMayStart) and 0 when it never does;
// lexMayStart[0], no entry, is 2: the word's shape decides.
var lexMayStart [1 << 16]uint8

func initStarts() {
	for i := 1; i < len(lexEntries); i++ {
		lx := &lexEntries[i]
		if lx.class != wNone || lx.cur != "" || lx.flags&fMult != 0 {
			lexStarts[i] |= startAlways
		}
		if lx.flags&fOrdinal != 0 {
			lexStarts[i] |= startRank
		}
		switch lx.class {
		case wDigit, wTeen, wTens, wFrac:
			plainNumbers[i] = lx.cur == "" && lx.flags&(fMult|fOrdinal) == 0
		}
	}
	lexMayStart[0] = 2
	for k := range lexicon {
		x := lookupIndex(k)
		letters := lettersMayStart(k)
		if x != 0 && (lexStarts[x] != 0 || letters) {
			lexMayStart[x] = 1
		}
		if letters || !lexKnown(x) {
			plainNumbers[x] = false
		}
	}
	for x := lexRoleStart; int(x) < len(lexEntries); x++ {
		lexMayStart[x] = 2 // a role word is no entry: its shape decides
	}
}

// lettersMayStart reports whether the word w, in any ASCII case, may
// start a figure by its letters as wordStartsFigure reads them, whatever
// the tokens around it: "…fold", "several", "negative", "twice", "minus",
// "tens", "MEUR", "few", "u", "a", "an", "INR", a prefix such as "Rs", or
// a word that an "=" makes a sign ("Y=").
func lettersMayStart(w string) bool {
	lw := strings.ToLower(w)
	switch n := len(lw); {
	case n == 0:
		return false
	case n >= 7:
		return strings.HasSuffix(lw, "fold") || lw == "several" || lw == "negative"
	case n == 6:
		return false
	case n == 5:
		return lw == "twice" || lw == "minus"
	case n == 4:
		if lw == "tens" {
			return true
		}
		lx := lookup(lw[1:])
		return lw[0] == 'm' && lx != nil && lx.cur != ""
	}
	switch lw {
	case "few", "u", "a", "an", "inr":
		return true
	}
	for p := range prefixCurrency {
		if strings.ToLower(p) == lw {
			return true
		}
	}
	_, ok := currencySigns[lw+"="]
	return ok
}

// mayStartWord is a filter before wordStartsFigure, on the length and the
// first or last byte of w: false only for words wordStartsFigure turns
// away. Each word it names has the length it is written with, so that a
// longer or shorter word with the same first byte ("services", "UK") is
// no candidate.
func mayStartWord(w string) bool {
	n := len(w)
	f := w[0] | 0x20
	switch {
	case n >= 7:
		return w[n-1]|0x20 == 'd' || n == 7 && f == 's' || n == 8 && f == 'n' // "…fold", "several", "negative"
	case n == 6:
		return false
	case n == 5:
		return f == 't' || f == 'm' // "twice", "minus"
	case n == 4:
		return f == 't' || w[0] == 'M' // "tens", "MEUR"
	}
	return f == 'f' && n == 3 || f == 'u' && n == 1 || f == 'a' && n <= 2 || w[0] == 'I' && n == 3 || w[0] == 'Y' || prefixFirst[w[0]] // "few", "u", "a", "an", "INR", "Y=", "Rs"
}

// equalsSign reports whether the word at token i and an "=" glued to it
// and to a number after it are a sign of the lexicon: wire services write
// the yen sign as "Y=" ("Y=28,030").
func (s *scanner) equalsSign(i int) bool {
	toks := s.toks
	if i+2 >= len(toks) || !s.isByte(i+1, '=') || !s.attached(i+1) || toks[i+2].kind != tNum || !s.attached(i+2) || toks[i].end-toks[i].start > 2 {
		return false
	}
	_, ok := currencySigns[strings.ToLower(s.tt(i))+"="]
	return ok
}

// articleBefore reports whether a word of class c after "a" or "an" can
// make a number with it, as wordArticle reads them: "a hundred", "a
// million", "a dozen", "a third".
func articleBefore(c wordClass) bool {
	return c == wHundred || c == wScale || c == wDozen || c == wFrac
}

// wordStartsFigure is startsFigure for the word w at token i that is no
// number word and has no "$" after it: "threefold", "tens of", "several",
// "twice", "Rs", "u" of "U.S. $", "MEUR", "a", "minus".
func (s *scanner) wordStartsFigure(i int, w string) bool {
	switch n := len(w); {
	case n >= 7:
		return eqFold(w[n-4:], "fold") || eqFold(w, "several") && s.class(i+1) != wNone || eqFold(w, "negative")
	case n == 6:
		return false
	case n == 5:
		return eqFold(w, "twice") || eqFold(w, "minus")
	case n == 4:
		if eqFold(w, "tens") && s.isLx(i+1, lxOf) {
			return true
		}
		_, ok := millionCode(w)
		return ok
	}
	// Three letters or fewer.
	return eqFold(w, "few") && s.class(i+1) != wNone || w == "INR" || prefixFirst[w[0]] && prefixCurrency[w] != "" || s.equalsSign(i) ||
		eqFold(w, "u") && s.isByte(i+3, '$') || (eqFold(w, "a") || eqFold(w, "an")) && articleBefore(s.class(i+1))
}

// match walks the sentence's tokens and reports its quantities.
func (s *scanner) match() {
	identEnd := -10
	for i := s.nextFigure(0); i < len(s.toks); i = s.nextFigure(i) {
		end, ident, _ := s.try(i, identEnd)
		if ident {
			identEnd = end
		}
		i = max(end, i+1)
	}
}

// fromLevel gives the first of two levels ("rose from 20 to 30 percent",
// "from 2 to 2.5 million people"), or of two alternatives ("eight or nine
// euros"), the unit, and the scale, of the second, which starts at token
// h: the first is written bare because the second says what both are.
func (s *scanner) fromLevel(lo num, h int, u indicators.Unit, k Kind) (indicators.Unit, Kind, num) {
	toks := s.toks
	if h >= len(toks) || lo.scale != 0 {
		return u, k, lo
	}
	hcode := ""
	if c, ok := currencySigns[s.tokAt(h)]; ok {
		hcode = c
		h++
	}
	if h >= len(toks) || toks[h].kind != tNum && (s.class(h) == wNone || !lo.word) {
		return u, k, lo
	}
	hn, ok := s.parseNum(h, hcode != "")
	if !ok || hn.word != lo.word || s.flag(hn.end, fMonth) {
		return u, k, lo
	}
	if e := hn.end; s.attached(e) && (s.dash(e) || s.isAny(e, ":", "/")) {
		return u, k, lo // "to 5.25-5.5%", "to 10:30"
	}
	u2, k2, e2 := s.unit(hn, hn.end, hcode)
	if s.subunitAfter(hcode, k2, hn.end) {
		lo.val = lo.val.Shift(-2) // "from 20 to 30 cents": both in cents
	}
	if per, _, ok := s.rate(e2); ok && k2 != Ratio {
		u2.Per = per // "from 12.1 to 15.6 per 100,000": both are rates
	}
	if k2 == Number && u2.IsZero() || k2 == Ratio {
		return u, k, lo
	}
	if hn.scale != 0 && (lo.plainInt || lo.word) {
		lo2 := lo
		lo2.val.Exp += int32(hn.scale.Exp())
		a, b := lo2.val.Float64(), hn.val.Float64()
		if a > 0 && b > 0 && a < 10*b && b < 10*a {
			lo = lo2
			lo.scale, lo.plainInt = hn.scale, false
		}
	}
	return u2, k2, lo
}

// vague matches "tens of thousands", "hundreds of millions of dollars",
// "thousands of jobs": an order of magnitude, reported as the range up to
// ten times its lower bound (10,000 to 100,000; 100 million to a billion
// dollars) with the unit or counted noun that follows; "several hundred",
// "a few thousand" as more than their lower bound.
func (s *scanner) vague(i int) (int, bool) {
	var f int64
	k := i + 2
	switch {
	case s.is(i, "tens"):
		f = 10
	case s.isLx(i, lxHundreds) && s.scaleWord(k) == indicators.NoScale, s.isLx(i, lxDozens), s.class(i) == wScale && s.isLx(i+1, lxOf):
		return s.pluralOf(i)
	case s.isLx(i, lxHundreds):
		f = 100
	case s.is(i, "several"), s.is(i, "few") && s.isLx(i-1, lxA):
		// "several hundred", "a few thousand": more than one of the scale.
		f, k = 1, i+1
		if s.isLx(k, lxHundred) {
			n := num{val: indicators.Decimal{Coef: 100}, start: i, end: k + 1, word: true}
			if sc := s.scaleWord(k + 1); sc != 0 && !strings.HasSuffix(s.tt(k+1), "s") {
				n.val.Exp, n.scale, n.end = int32(sc.Exp()), sc, k+2 // "a few hundred thousand"
			}
			return s.vagueMention(i, n, n.scale), true
		}
		if sc := s.scaleWord(k); sc == 0 || strings.HasSuffix(s.tt(k), "s") {
			return 0, false
		}
	default:
		return 0, false
	}
	sc := s.scaleWord(k)
	if f > 1 && (!s.isLx(i+1, lxOf) || sc == indicators.NoScale || !strings.HasSuffix(s.tt(k), "s")) {
		return 0, false
	}
	n := num{val: indicators.Decimal{Coef: f, Exp: int32(sc.Exp())}, scale: sc, start: i, end: k + 1, word: true}
	return s.vagueMention(i, n, sc), true
}

// pluralOf matches a plural number word or scale word before "of" and a
// currency or counted noun: "thousands of jobs", "millions of Americans",
// "hundreds of miles", "dozens of people" (12 to 120).
func (s *scanner) pluralOf(i int) (int, bool) {
	w := s.tt(i)
	if last := w[len(w)-1]; last != 's' && last != 'S' || !s.isLx(i+1, lxOf) || s.toks[i].upper && i > 0 && !s.toks[i-1].upper {
		return 0, false
	}
	n := num{start: i, end: i + 1, word: true}
	switch lx := s.toks[i].lex(); {
	case lx.class == wScale:
		n.scale = lx.scale
		n.val = indicators.Decimal{Coef: 1, Exp: int32(lx.scale.Exp())}
	case lx.class == wHundred || lx.class == wDozen:
		n.val = indicators.Decimal{Coef: lx.val}
	default:
		return 0, false
	}
	if _, ok := s.vagueUnit(n, i+2); !ok {
		return 0, false // "thousands of the workers", "millions of dollars'"
	}
	return s.vagueMention(i, n, n.scale), true
}

// vagueUnit reports whether a currency or a counted noun stands at token j.
func (s *scanner) vagueUnit(n num, j int) (int, bool) {
	if c, e := s.currencyAfter(num{scale: n.scale}, j); c != "" {
		return e, true
	}
	if _, e, ok := s.measureUnit(n, j); ok {
		return e, true
	}
	_, e, ok := s.countNoun(n, j)
	return e, ok
}

// vagueMention reports the vague number n that starts at token i and
// returns the token after it and its unit.
func (s *scanner) vagueMention(i int, n num, sc indicators.Scale) int {
	bound := s.isAny(i, "several", "few") // a lower bound, not an order of magnitude
	if s.is(i, "few") {
		i-- // "a few"
	}
	m := Mention{Kind: Number}
	j := n.end
	of := 0
	if s.isLx(j, lxOf) && (n.val.Coef > 1 || s.isLx(i, lxOf)) || s.isLx(i+1, lxOf) && j == i+1 {
		of = 1 // "tens of thousands of workers", "thousands of jobs"
	}
	if c, e := s.currencyAfter(num{scale: sc}, j+of); c != "" {
		if u, err := indicators.MoneyUnit(c); err == nil {
			m.Kind, m.Unit, j = Currency, u, e
		}
	} else if u, e, ok := s.measureUnit(n, j+of); ok && of == 1 {
		m.Kind, m.Unit, j = Measure, u, e // "hundreds of miles"
	} else if u, e, ok := s.countNoun(n, j+of); ok {
		m.Kind, m.Unit, j = Count, u, e
	}
	if per, e, ok := s.rate(j); ok && m.Kind != Number {
		m.Unit.Per, j = per, e // "hundreds of students each year"
	}
	m.Quantity.Value, m.Quantity.Scale, m.Quantity.Qualifier = n.val, sc, indicators.MoreThan
	if !bound {
		// An order of magnitude: up to ten times its lower bound.
		hi := n.val
		hi.Exp++
		m.Quantity.Value, m.Quantity.Low, m.Quantity.High, m.Quantity.Qualifier = indicators.Decimal{}, n.val, hi, indicators.Range
	}
	m.Quantity.Direction = s.direction(i, j, m.Kind)
	m.Span, m.Figure, m.Numbers[0] = s.span(i, j), s.span(i, j), s.span(i, n.end)
	m.Text = s.text[m.Span.Start-s.base : m.Span.End-s.base]
	if m.Kind == Count && of == 1 {
		// "tens of thousands of new, well-paid jobs" keeps its modifiers,
		// as indicators.ParseStated reads them.
		m.Quantity.Noun = s.nounAfter([2]indicators.Span{s.span(i, n.end+1)}, m.Span.End, m.Unit)
	}
	m.Sentence, m.Year = s.sent, s.sentYear()
	s.put(&m)
	return j
}

// multWord matches a verb of multiplying: "more than doubling its
// share", "funding has tripled", "to halve emissions". It is a ratio (2,
// 3, 4, or 0.5 for halving) with the direction of the change. The
// adjectives ("double taxation", "a triple win") and "doubling down" are
// not figures: a bare "double" or "halve" counts only as a verb, after
// "to" or a modal or before a determiner.
func (s *scanner) multWord(i int) (int, bool) {
	t := s.toks[i]
	if t.kind != tWord || t.lex() == nil || t.lex().flags&fMult == 0 || t.upper && i > 0 {
		return 0, false
	}
	if s.dash(i+1) && s.attached(i+1) || s.dash(i-1) && s.attached(i) || s.isAny(i+1, "down", "up", "digit", "digits") {
		return 0, false // "double-digit", "doubling down"
	}
	w := strings.ToLower(s.tt(i))
	if !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") {
		verb := s.isAny(i-1, "to", "will", "would", "could", "can", "should", "must", "may", "might", "shall") ||
			s.isAny(i+1, "the", "its", "their", "our", "his", "her", "this", "that", "these", "those", "your")
		if !verb || strings.HasSuffix(w, "es") && !strings.HasSuffix(w, "ves") {
			return 0, false // "doubles", "triples": nouns as often as verbs
		}
	}
	m := Mention{Kind: Ratio, Unit: indicators.TimesUnit}
	if t.lex().val == 0 {
		m.Quantity.Value = indicators.Decimal{Coef: 5, Exp: -1}
		m.Quantity.Direction = indicators.Down
	} else {
		m.Quantity.Value = indicators.Decimal{Coef: t.lex().val}
		m.Quantity.Direction = indicators.Up
	}
	s.emitWord(m, i)
	return i + 1, true
}

// emitWord emits m, a figure written as the one word at token i ("twice",
// "doubled"), with a hedge before it taken into its span and qualifier.
func (s *scanner) emitWord(m Mention, i int) {
	start := i
	if q, hs := s.hedge(i); hs >= 0 {
		m.Quantity.Qualifier, start = q, hs
		if m.Unit.Kind == indicators.Times && m.Quantity.Value.Cmp(indicators.Decimal{Coef: 1}) < 0 {
			// "more than halved" is a factor under 0.5, as the stated
			// grammar holds it (Qualifier.Turned).
			m.Quantity.Qualifier = q.Turned()
		}
	}
	m.Span, m.Figure, m.Numbers[0] = s.span(start, i+1), s.span(i, i+1), s.span(i, i+1)
	m.Text = s.text[m.Span.Start-s.base : m.Span.End-s.base]
	m.Sentence, m.Year = s.sent, s.sentYear()
	s.put(&m)
}

// foldWord matches "threefold", "tenfold": a ratio in one word.
func (s *scanner) foldWord(i int) (int, bool) {
	w := s.tt(i)
	if len(w) < 7 || !eqFold(w[len(w)-4:], "fold") {
		return 0, false
	}
	lx := lookup(w[:len(w)-4])
	if lx == nil || lx.class != wDigit && lx.class != wTeen && lx.class != wTens && lx.class != wHundred || lx.val < 2 {
		return 0, false
	}
	m := Mention{Kind: Ratio, Unit: indicators.TimesUnit}
	m.Quantity.Value = indicators.Decimal{Coef: lx.val}
	if q, hs := s.hedge(i); hs >= 0 {
		m.Quantity.Qualifier = q
		m.Span = s.span(hs, i+1)
	} else {
		m.Span = s.span(i, i+1)
	}
	m.Quantity.Direction = s.direction(i, i+1, Ratio)
	m.Figure = s.span(i, i+1)
	m.Numbers[0] = m.Figure
	m.Text = s.text[m.Span.Start-s.base : m.Span.End-s.base]
	m.Sentence, m.Year = s.sent, s.sentYear()
	s.put(&m)
	return i + 1, true
}

func (s *scanner) span(a, b int) indicators.Span {
	return indicators.Span{Start: s.base + s.toks[a].start, End: s.base + s.toks[b-1].end}
}

// wordOK filters number words that are not quantities in running text.
func (s *scanner) wordOK(n num) bool {
	// "two-way", "one-time", "three-year": compound adjectives.
	if s.dash(n.end) && s.attached(n.end) && n.end+1 < len(s.toks) && s.attached(n.end+1) {
		if _, ok := measuresFirst(s.tt(n.end + 1)); !ok && !s.isAnyLx(n.end+1, lxFold, lxPercent) && !s.flag(n.end+1, fCurrency) {
			return false
		}
	}
	// "one of", "no one", "one another".
	return true
}

// pValueBefore reports whether the number at token i is the value of a
// significance test: after "p" and a comparison ("p < 0.05", "P=.003") or
// after "p-value" ("p-value of 0.02", "p value = 0.4").
func (s *scanner) pValueBefore(i int) bool {
	k := i - 1
	cmp := false
	for k >= 0 && k >= i-2 && s.toks[k].kind == tSym && s.isRole(k, rCompare) {
		k--
		cmp = true
	}
	if s.isAnyLx(k, lxOf, lxWas, lxIs, lxWere, lxAt) {
		k--
		cmp = true
	}
	if !cmp || k < 0 {
		return false
	}
	if s.isLx(k, lxP) && s.toks[k].kind == tWord {
		return !(k > 0 && s.attached(k) && s.toks[k-1].kind == tWord)
	}
	return s.isRole(k, rValue) && (s.dash(k-1) && s.isLx(k-2, lxP) || s.isLx(k-1, lxP))
}

// citation returns the end of a legal citation's code and section that
// starts at token e, after its title number ("U.S.C. 1983", "CFR 102.1",
// "Stat. 1818"), or 0.
func (s *scanner) citation(e int) int {
	toks := s.toks
	k := e
	switch {
	case s.isAny(k, "cfr", "usc", "fr") && toks[k].upper:
		k++
	case s.is(k, "stat") && toks[k].upper:
		k++
	case s.is(k, "u") && s.isByte(k+1, '.') && s.is(k+2, "s") && s.isByte(k+3, '.') && s.is(k+4, "c") && s.isByte(k+5, '.'):
		k += 6
	case s.is(k, "c") && s.isByte(k+1, '.') && s.is(k+2, "f") && s.isByte(k+3, '.') && s.is(k+4, "r") && s.isByte(k+5, '.'):
		k += 6
	default:
		return 0
	}
	if s.isByte(k, '.') {
		k++
	}
	if s.is(k, "§") {
		k++
	}
	if k >= len(toks) || toks[k].kind != tNum {
		return 0
	}
	for k++; k+1 < len(toks) && (s.isByte(k, '.') || s.dash(k)) && s.attached(k) && toks[k+1].kind == tNum; k += 2 {
	}
	return k
}

// identRun returns where an identifier that contains lo ends: the number and
// any attached letters, dots and digits ("PM2.5", "H1N1").
func (s *scanner) identRun(lo num) int {
	s.ident = true
	e := lo.end
	for e < len(s.toks) && !s.toks[e].space && (s.toks[e].kind == tWord || s.toks[e].kind == tNum || s.dash(e) && e+1 < len(s.toks) && !s.toks[e+1].space && s.toks[e+1].kind != tSym) {
		e++
	}
	return e
}

// hedgeAt finds a hedge phrase starting at token k and returns its
// qualifier and the token after it, or 0.
func (s *scanner) hedgeAt(k int) (indicators.Qualifier, int) {
	for _, n := range hedgesByWord(s, k, hedgesByFirst, hedgeFirstFilter, hedgeFirstByLx) {
		if h := &hedges[n]; s.hedgeWordsAt(k, h) {
			return h.q, k + len(h.words)
		}
	}
	return 0, 0
}

// wordsAt reports whether the tokens from k on are words.
func (s *scanner) wordsAt(k int, words []string) bool {
	if k < 0 || k+len(words) > len(s.toks) {
		return false
	}
	for n, w := range words {
		if !s.is(k+n, w) {
			return false
		}
	}
	return true
}

// hedgeWordsAt is wordsAt(k, h.words), comparing indexes where a word has
// one.
func (s *scanner) hedgeWordsAt(k int, h *hedge) bool {
	if k < 0 || k+len(h.lxs) > len(s.toks) {
		return false
	}
	toks := s.toks[k : k+len(h.lxs)]
	for n, x := range h.lxs {
		if x != 0 {
			if toks[n].lx != x {
				return false
			}
		} else if !s.is(k+n, h.words[n]) {
			return false
		}
	}
	return true
}

// hedge finds a hedge phrase ending right before token i and returns its
// qualifier and first token, or -1.
func (s *scanner) hedge(i int) (indicators.Qualifier, int) {
	if i > len(s.toks) {
		return 0, -1
	}
	for _, n := range hedgesByWord(s, i-1, hedgesByLast, hedgeLastFilter, hedgeLastByLx) {
		h := &hedges[n]
		if h.prev != 0 && (i < 2 || s.toks[i-2].lx != h.prev) {
			continue // hedgeWordsAt's answer, told by the word before the last ("more than", "fewer than")
		}
		if k := i - len(h.words); s.hedgeWordsAt(k, h) {
			if len(h.words) == 1 && s.isAnyLx(k, lxOver) && s.isAny(k-1, vocab.OverObjectNouns...) {
				continue // "jurisdiction over 1,230,100 persons": a preposition
			}
			if k > 0 && len(h.words) == 2 && h.words[0] == "up" && vocab.GoalAfterVerb("up to", strings.ToLower(s.text[s.toks[k-1].start:s.toks[k-1].end])) {
				continue // "went up to 67 million items": where the figure went
			}
			return h.q, k
		}
	}
	return 0, -1
}

// hedgesByWord returns the hedges of index (hedgesByFirst or
// hedgesByLast, with its filter and its table by lexIndex) whose first or
// last word is token k, in the lexicon's order. A word with a lexicon
// entry is the entry's key in lower case, so the table answers for it
// with no string to lower and hash.
func hedgesByWord(s *scanner, k int, index map[string][]int, filter *keyFilter, byLx [][]int) []int {
	if k < 0 || k >= len(s.toks) {
		return nil
	}
	t := &s.toks[k]
	if t.lx != 0 {
		return byLx[t.lx]
	}
	if t.end-t.start > maxHedgeWord || !filter.mayFirst(t.end-t.start, lowerByte(s.text[t.start])) {
		return nil
	}
	var buf [maxHedgeWord]byte
	return index[string(lowerASCII(buf[:0], s.text[t.start:t.end]))]
}

// lowerASCII appends w to b with ASCII letters in lower case.
func lowerASCII(b []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// millionCode reads "MEUR", "MUSD": M and an ISO code, meaning millions.
func millionCode(w string) (string, bool) {
	if len(w) != 4 || w[0] != 'M' {
		return "", false
	}
	lx := lookup(w[1:])
	if lx == nil || lx.cur == "" || strings.ToUpper(w) != w {
		return "", false
	}
	return lx.cur, true
}

// indianScale returns the power of ten of the Indian scale word w of
// lexicon.IndianScales, in any case ("lakh" 5, "Crore" 7), or 0.
func indianScale(w string) int {
	for _, sc := range vocab.IndianScales {
		if eqFold(w, sc.Word) {
			return sc.Exp
		}
	}
	return 0
}

// ratioFollows reports whether the words after "times" make it a multiple:
// "three times larger", "four times the funding", "twice as".
func ratioFollows(s *scanner, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	w := strings.ToLower(s.tt(k))
	switch w {
	case "as", "the", "that", "what", "its", "their", "his", "her", "our", "more", "less", "over", "higher", "lower",
		"larger", "smaller", "bigger", "greater", "faster", "slower", "longer", "shorter", "cheaper", "costlier", "a", "an",
		"this", "those", "these", "current", "previous", "pre", "normal", "average", "annual", "u":
		return true
	}
	return strings.HasSuffix(w, "er") && len(w) > 4
}

// percentAbbrev are the lexicon's one-word spellings of percent and
// percentage point ("pct", "pp", "ppt"), but "points", which counts
// points of a score or an index as often.
var percentAbbrev = func() map[string]string {
	m := map[string]string{}
	for _, w := range vocab.UnitWords {
		if (w.Unit == "percent" || w.Unit == "percentage_point") && asciiLower(w.Word) && !strings.Contains(w.Word, " ") && w.Word != "points" {
			m[w.Word] = w.Unit
		}
	}
	return m
}()

// moneyUnit is indicators.MoneyUnit of the code, the zero Unit if it
// fails, as unit reads it.
func moneyUnit(code string) indicators.Unit {
	u, _ := indicators.MoneyUnit(code)
	return u
}

// ambiguousCurrency are the lexicon's currency names that are common words
// too; they count only after a scale word ("5 billion won").
var ambiguousCurrency = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range vocab.CurrencyNames {
		if c.Ambiguous {
			m[c.Name] = true
		}
	}
	return m
}()

// unit reads the unit after a number that ends at token j and returns it,
// the mention's kind and the token after it. code is a currency already
// written before the number.
func (s *scanner) unit(n num, j int, code string) (indicators.Unit, Kind, int) {
	toks := s.toks
	if code != "" {
		if code != s.moneyCode {
			s.moneyCode, s.moneyUnit = code, moneyUnit(code)
		}
		return s.moneyUnit, Currency, j
	}
	if j >= len(toks) {
		return indicators.Unit{}, Number, j
	}
	if u, k, e, ok := s.percentUnit(j); ok {
		return u, k, e
	}
	// A word no currency, measure or age begins skips those rules
	// (unitGates; percentUnit has just read the word's facts).
	gates := s.unitGates(j)
	if gates&factMoney != 0 {
		if u, e, ok := s.currencyUnit(n, j); ok {
			return u, Currency, e
		}
	}
	// "1.5C", "2C": degrees Celsius in British news style.
	if toks[j].kind == tWord && !toks[j].space && s.tt(j) == "C" && (j+1 >= len(toks) || !s.attached(j+1) || s.isAny(j+1, ",", ".", ";", ")", ":")) {
		return indicators.Unit{Kind: indicators.Measure, Name: "degC"}, Measure, j + 1
	}
	if u, k, e, ok := s.rateAbbrev(j); ok {
		return u, k, e // "9.2 million b/d"
	}
	if gates&factMeasure != 0 {
		if u, e, ok := s.measureUnit(n, j); ok {
			return u, Measure, e
		}
	}
	// An age: "a 45-year-old man", "10 years old".
	if gates&factAgeNoun != 0 {
		if noun, e, ok := s.ageForm(j); ok {
			return indicators.Unit{Kind: indicators.Count, Name: noun}, Count, e
		}
	}
	// Points before a rate's base are counted: "31 points per game".
	if toks[j].kind == tWord && toks[j].space && s.isAny(j, vocab.CountedPoints...) {
		if _, _, ok := s.rate(j + 1); ok {
			return indicators.Unit{Kind: indicators.Count, Name: "point"}, Count, j + 1
		}
	}
	// Counted nouns: "30 countries", "1,000 new jobs". The base of a rate
	// after the unit ("12 cases per 100,000 people") is read by rate.
	if u, e, ok := s.countNoun(n, j); ok {
		return u, Count, e
	}
	if u, e, ok := s.partitive(n, j); ok {
		return u, Count, e // "four of the U.S. industry sectors"
	}
	return indicators.Unit{}, Number, j
}

// ageForm reads the words of an age after its number at token j: "-year-old",
// "-month-old", "years old" (lexicon.AgeNouns). It returns the noun in the
// singular and the token after "old".
func (s *scanner) ageForm(j int) (string, int, bool) {
	toks := s.toks
	k := j
	hyphen := s.dash(k) && s.attached(k)
	if hyphen {
		k++
	}
	if k+1 >= len(toks) || toks[k].kind != tWord || hyphen != s.attached(k) {
		return "", j, false
	}
	o := k + 1
	glued := hyphen || s.spacedAgeHyphen(o) // "45-year-old", "a 50 year-old man"
	if glued {
		if !(s.dash(o) && s.attached(o)) {
			return "", j, false
		}
		o++
	}
	// "old" first: it is rare after a number, and costs no allocation.
	if o >= len(toks) || !s.is(o, vocab.AgeOld) || glued != s.attached(o) || s.attached(o+1) && o+1 < len(toks) && toks[o+1].kind != tSym {
		return "", j, false
	}
	noun := vocab.Singular(strings.ToLower(s.tt(k)))
	if !ageNouns[noun] {
		return "", j, false
	}
	return noun, o + 1, true
}

// spacedAgeHyphen reports whether token o is a hyphen glued to the words
// either side of it, as in "a 50 year-old man", where news writes the
// number apart from the rest of the age.
func (s *scanner) spacedAgeHyphen(o int) bool {
	return o+1 < len(s.toks) && s.dash(o) && s.attached(o) && s.attached(o+1) && s.toks[o+1].kind == tWord
}

// pence reports whether the "p" at token j is pence: glued to the digits
// before it ("164p", "118.5p"), which are no video format ("1080p"), and no
// "p.m." ("6p.m.").
func (s *scanner) pence(j int) bool {
	return j > 0 && s.attached(j) && s.toks[j-1].kind == tNum && !vocab.VideoLines[s.tt(j-1)] &&
		!(s.isByte(j+1, '.') && s.attached(j+1) && s.attached(j+2) && s.is(j+2, "m"))
}

// percentUnit reads a percent, percentage points, basis points or a
// multiple at token j: "%", "per cent", "percentage points", "bps",
// "times", "-fold", "a 25-per-cent tariff".
func (s *scanner) percentUnit(j int) (indicators.Unit, Kind, int, bool) {
	w, abbrev, pct := s.percentWords(j)
	switch {
	case w == "%", w == "pc" && !s.toks[j].space:
		return indicators.PercentUnit, Percent, j + 1, true
	case w == "percentage" && s.isRole(j+1, rPoints|rPoint):
		return indicators.PercentagePointUnit, Percent, j + 2, true
	case w == "basis" && s.isRole(j+1, rPoints|rPoint):
		return indicators.Unit{Kind: indicators.Count, Name: "basis point"}, Count, j + 2, true
	case abbrev != "":
		return indicators.Unit{Kind: indicators.Count, Name: abbrev}, Count, j + 1, true
	case pct == "percentage_point":
		return indicators.PercentagePointUnit, Percent, j + 1, true
	case pct == "percent" || w == "percentage":
		if s.isRole(j+1, rPoints|rPoint) {
			return indicators.PercentagePointUnit, Percent, j + 2, true
		}
		return indicators.PercentUnit, Percent, j + 1, true
	case w == "per" && s.is(j+1, "cent"):
		return indicators.PercentUnit, Percent, j + 2, true
	case w == "times" && !ratioFollows(s, j+1):
		// "raised rates 14 times": occasions, not a multiple.
		return indicators.Unit{Kind: indicators.Count, Name: "time"}, Count, j + 1, true
	case w == "times" || w == "fold" || w == "x" && !s.toks[j].space:
		return indicators.TimesUnit, Ratio, j + 1, true
	// A unit word after a hyphen glued on both sides ("3-fold"); "0- fold"
	// is no one word, as ParseStated reads it.
	case s.dash(j) && s.attached(j) && s.attached(j+1) && s.isLx(j+1, lxFold):
		return indicators.TimesUnit, Ratio, j + 2, true
	case s.dash(j) && s.attached(j) && s.attached(j+1) && s.isLx(j+1, lxPercent):
		return indicators.PercentUnit, Percent, j + 2, true
	case s.dash(j) && s.attached(j) && s.attached(j+1) && s.isLx(j+1, lxPer) && s.perCent(j+2) > 0:
		return indicators.PercentUnit, Percent, s.perCent(j + 2), true // "a 25-per-cent tariff"
	}
	return indicators.Unit{}, Number, j, false
}

// percentWords returns the token j in lower case and what percentUnit
// looks up of it: vocab.NounAbbreviations and percentAbbrev; from the
// word's facts for a word.
func (s *scanner) percentWords(j int) (w, abbrev, pct string) {
	if f := s.facts(j); f != nil {
		return f.lower, f.nounAbbrev, f.percent
	}
	w = strings.ToLower(s.tt(j))
	if nounAbbreviationFilter.may(w) {
		abbrev = vocab.NounAbbreviations[w]
	}
	if percentAbbrevFilter.may(w) {
		pct = percentAbbrev[w]
	}
	return w, abbrev, pct
}

// currencyUnit reads a currency after the number n at token j: a word
// for its hundredth ("16 cents", "164p"), a sign ("100,000 ₭"), millions
// of a code ("120 MEUR") or a currency's name ("100 million yen", "10 US
// dollars", "one-yen").
func (s *scanner) currencyUnit(n num, j int) (indicators.Unit, int, bool) {
	toks := s.toks
	if code, e := s.subunitAt(j); code != "" {
		return moneyUnit(code), e, true // "16 cents", "164p": hundredths (subunit.go)
	}
	if toks[j].kind == tSym {
		if c, ok := currencySigns[s.tt(j)]; ok {
			if u, err := indicators.MoneyUnit(c); err == nil && (j+1 >= len(toks) || toks[j+1].kind != tNum) {
				return u, j + 1, true
			}
		}
	}
	if c, ok := millionCode(s.tt(j)); ok && n.scale == 0 {
		if u, err := indicators.MoneyUnit(c); err == nil {
			return u, j + 1, true
		}
	}
	cj := j
	if s.dash(j) && s.attached(j) && s.attached(j+1) {
		cj = j + 1
	}
	if c, e := s.currencyAfter(n, cj); c != "" {
		if u, err := indicators.MoneyUnit(c); err == nil {
			return u, e, true
		}
	}
	return indicators.Unit{}, j, false
}

// measureUnit reads a physical measure after the number n at token j,
// also after a hyphen ("68-ounce", "5-megawatt").
func (s *scanner) measureUnit(n num, j int) (indicators.Unit, int, bool) {
	toks := s.toks
	mj := j
	if s.dash(j) && s.attached(j) && j+1 < len(toks) && !toks[j+1].space {
		mj = j + 1
	}
	if mj >= len(toks) {
		return indicators.Unit{}, j, false
	}
	var idx []int
	var ok bool
	if f := s.facts(mj); f != nil {
		idx, ok = f.measures, f.measure // measuresFirst, kept
	} else {
		idx, ok = measuresFirst(s.tt(mj))
	}
	if !ok {
		return indicators.Unit{}, j, false
	}
	for _, fi := range idx {
		f := measureForms[fi]
		if !s.measureFormAt(f, n, j, mj) {
			continue
		}
		e := mj + len(f.words)
		if f.mass {
			if ce, ok := s.perCubicMetreAt(e); ok {
				// "22 µg m-3", "0.5 mg/m3": a concentration, one unit,
				// as indicators reads it.
				return indicators.Unit{Kind: indicators.Measure, Name: f.symbol, Per: cubicMetre}, ce, true
			}
		}
		if f.concOnly {
			continue
		}
		return indicators.Unit{Kind: indicators.Measure, Name: f.symbol}, e, true
	}
	return indicators.Unit{}, j, false
}

// cubicMetre is the base of a concentration as indicators.Unit.Per keeps
// it: the cubic metre's singular name ("ug per cubic metre").
var cubicMetre = func() string {
	m, ok := indicators.LookupMeasure("m3")
	if !ok {
		panic("extract: the lexicon has no measure m3")
	}
	return m.Singular
}()

// perCubicMetreAt reports whether "per cubic metre", written in one of
// the forms of lexicon.PerCubicMetre (" m-3", "/m3", " m⁻³"), starts right
// at the end of token e-1 and ends with a token, and returns the token
// after it. A word or number glued on after ("m-30", "/m3s") is not it.
func (s *scanner) perCubicMetreAt(e int) (int, bool) {
	toks := s.toks
	if e <= 0 || e > len(toks) {
		return e, false
	}
	at := toks[e-1].end
	rest := s.text[at:]
	if len(rest) < 3 || rest[0] != ' ' && rest[0] != '/' {
		return e, false
	}
	for _, form := range vocab.PerCubicMetre {
		if !strings.HasPrefix(rest, form) {
			continue
		}
		end := at + len(form)
		k := e
		for k < len(toks) && toks[k].end <= end {
			k++
		}
		if k == e || toks[k-1].end != end {
			continue
		}
		if k < len(toks) && s.attached(k) && toks[k].kind != tSym {
			continue
		}
		return k, true
	}
	return e, false
}

// measureExp returns the power of ten of the prefixed measure ("Mt", "kt
// CO2-e": lexicon.ScaledMeasures) that measureUnit reads after the number
// n at token j, or 0 for any other unit.
func (s *scanner) measureExp(n num, j int) int {
	mj := j
	if s.dash(j) && s.attached(j) && j+1 < len(s.toks) && !s.toks[j+1].space {
		mj = j + 1
	}
	if mj >= len(s.toks) {
		return 0
	}
	var idx []int
	if f := s.facts(mj); f != nil {
		idx = f.measures // measuresFirst, kept, as measureUnit reads it
	} else {
		idx, _ = measuresFirst(s.tt(mj))
	}
	for _, fi := range idx {
		if f := measureForms[fi]; s.measureFormAt(f, n, j, mj) {
			return f.exp
		}
	}
	return 0
}

// measureFormAt reports whether the spelling f of a measure stands at
// token mj, after the number n that ends at token j.
func (s *scanner) measureFormAt(f measureForm, n num, j, mj int) bool {
	toks := s.toks
	if mj+len(f.words) > len(toks) {
		return false
	}
	for k, fw := range f.words {
		if !eqFold(s.tt(mj+k), fw) {
			return false
		}
	}
	if f.exp != 0 {
		if n.scale != 0 {
			return false // "5 million Mt" has two scales
		}
		for k, cw := range f.cased {
			if s.tt(mj+k) != cw {
				return false // "5 mt", "5 MT": no megatonnes
			}
		}
	}
	if len(f.words) == 1 && len(f.words[0]) <= 2 && f.words[0] != "°" {
		// Short symbols ("m", "t", "g") only right after a number and not
		// before a word that continues them.
		if mj+1 < len(toks) && s.attached(mj+1) && toks[mj+1].kind != tSym {
			return false
		}
		if toks[mj].space && (f.symbol == "m" || f.symbol == "g") && s.tt(mj) != strings.ToLower(s.tt(mj)) {
			return false
		}
	}
	if f.words[0] == "°" && len(f.words) == 1 && s.attached(mj+1) && toks[mj+1].kind == tWord {
		return false
	}
	if f.symbol == "hp" && f.words[0] == "hp" && s.tt(mj) != "hp" && mj+1 < len(toks) && toks[mj+1].kind == tWord {
		return false // "300 HP printers": the company, not horsepower
	}
	if f.symbol == "lb" && n.scale != 0 {
		return false // "5 million pounds" is money
	}
	if mj > j && len(f.words) > 1 && f.words[1] == "-" {
		return false
	}
	// "km2", not "12 m 2 dm"
	return !(len(f.words) == 2 && f.words[1] >= "0" && f.words[1] <= "9" && !s.attached(mj+1))
}

// rate reads the base of a rate after a figure's unit at token k: "per
// day", "per 100,000 population", "per cubic metre", "a month", "an hour",
// "per person per year". It returns the base as indicators.Unit.Per keeps
// it ("day", "100,000 population", "person per year") and the token after
// it. After "a" or "an" the base is a span of time, a rate noun or a
// measure (lexicon.IsArticleRateBase), and not a time: "a year earlier".
func (s *scanner) rate(k int) (string, int, bool) {
	per, e, ok := s.rateStep(k)
	if !ok {
		return "", k, false
	}
	// "$1,200 per person per year", "per capita a year": a second base
	// only after "per", as indicators.ParseStated reads it, and another.
	if p2, e2, ok := s.rateStep(e); ok && s.isLx(k, lxPer) && p2 != per {
		per, e = per+" per "+p2, e2
	}
	return per, e, true
}

// rateStep reads one base of a rate at token k.
func (s *scanner) rateStep(k int) (string, int, bool) {
	toks := s.toks
	if uint(k) >= uint(len(toks)) || toks[k].kind != tWord {
		return "", k, false
	}
	// A base opens with "per", "a" or "an", or is one of ratesSaid's
	// words ("each year", "annually"), told by the index or the last
	// letters before any call: most words are none (clauseRate asks of
	// each word after a count's noun).
	if t := &toks[k]; t.lx != lxPer && t.lx != lxA && t.lx != lxAn {
		if t.space && !t.upper && (t.lx == lxEach || t.lx == lxEvery || t.end-t.start >= 5 && s.text[t.end-2] == 'l' && s.text[t.end-1] == 'y') {
			if span, ok := s.rateSaid(k); ok {
				return span, k, true
			}
		}
		return "", k, false
	}
	if k+1 >= len(toks) || !toks[k+1].space || toks[k+1].kind == tSym {
		return "", k, false
	}
	switch {
	case s.isLx(k, lxPer):
		if base, e, ok := s.rateBase(k); ok {
			return base, e, true
		}
		return s.perNoun(k + 1)
	case s.isAnyLx(k, lxA, lxAn) && toks[k].space:
		w := s.tt(k + 1)
		if toks[k+1].kind != tWord || toks[k+1].upper || !asciiLower(w) || !vocab.IsArticleRateBase(w) {
			return "", k, false
		}
		e := k + 2
		if e < len(toks) && (s.attached(e) && toks[e].kind != tSym && !s.markerAt(e) || s.dash(e) && s.attached(e) || s.isAny(e, vocab.RateArticleStops...)) {
			return "", k, false // "a year earlier", "a day-long strike"
		}
		return w, e, true
	}
	return "", k, false
}

// ratesSaid maps the words of lexicon.RatePhrases that write the base of
// a rate after a figure besides "per" and "a" ("each year", "every month",
// the adverbs "annually", "weekly") to their span. The rest say a rate
// apart from the figure ("annual rate", "annualized": rateApart).
var ratesSaid = func() map[string]string {
	m := map[string]string{}
	for span, phs := range vocab.RatePhrases {
		for _, ph := range phs {
			first, _, two := strings.Cut(ph, " ")
			if two && (first == "each" || first == "every") || !two && strings.HasSuffix(ph, "ly") {
				m[ph] = span
			}
		}
	}
	return m
}()

// rateSaid reads a rate's span written at token k in the words of
// ratesSaid: "£2.2 billion each year", "hundreds of students every year",
// "£5 annually". The pace of a change is such a rate too, as "a year" is
// ("rose by 3% each year": percent per year). A phrase that says when is
// none ("each year since 2010", lexicon.RateArticleStops), nor an
// adjective before its noun ("£500 monthly payments"). The phrase stays
// outside the figure's span, as a rate said apart does (rateApart), so
// rateStep returns k after it: a catalog states "£2.2 billion" with unit
// "GBP per year", as verify advises.
func (s *scanner) rateSaid(k int) (string, bool) {
	toks := s.toks
	w, e := s.tt(k), k+1
	if s.isAnyLx(k, lxEach, lxEvery) {
		if e >= len(toks) || toks[e].kind != tWord || !toks[e].space {
			return "", false
		}
		w, e = strings.ToLower(w)+" "+s.tt(e), e+1
	}
	span, ok := ratesSaid[w] // an adverb in "ly", else (rateStep)
	if !ok || e < len(toks) && (s.attached(e) && toks[e].kind != tSym && !s.markerAt(e) || s.dash(e) && s.attached(e) || s.isAny(e, vocab.RateArticleStops...)) {
		return "", false // "each year's", "each year since 2010"
	}
	if e < len(toks) && toks[e].kind == tWord && !s.flag(e, fFunction) && !strings.Contains(w, " ") {
		return "", false // "£500 monthly payments"
	}
	return span, true
}

// perNoun reads the noun after "per" at token k: "day", "capita",
// "megawatt-hour", "cubic metre" (a measure's name in two words), in
// lower case and the singular.
func (s *scanner) perNoun(k int) (string, int, bool) {
	toks := s.toks
	word := func(m int) (string, int, bool) {
		if m >= len(toks) || toks[m].kind != tWord || !toks[m].space || toks[m].upper {
			return "", m, false
		}
		if lx := toks[m].lex(); lx != nil && (lx.class != wNone || lx.flags&(fFunction|fMonth|fWeekday|fPercent|fCurrency) != 0) {
			return "", m, false
		}
		w, n := s.tt(m), m+1
		for n+1 < len(toks) && s.dash(n) && s.attached(n) && s.attached(n+1) && toks[n+1].kind == tWord {
			w += "-" + s.tt(n+1)
			n += 2
		}
		if !asciiLower(strings.ReplaceAll(w, "-", "")) || len(w) > vocab.MaxNoun {
			return "", m, false
		}
		return w, n, true
	}
	w, e, ok := word(k)
	if !ok {
		return s.perSymbol(k)
	}
	if w2, e2, ok := word(e); ok && (vocab.IsArticleRateBase(w+" "+w2) || vocab.IsArticleRateBase(w2) && !vocab.IsArticleRateBase(w)) {
		return w + " " + w2, e2, true // "per cubic metre", "per working day"
	}
	if e < len(toks) && s.attached(e) && toks[e].kind != tSym && !s.markerAt(e) {
		return "", k, false
	}
	return w, e, true
}

// markerAt reports whether token k is a footnote's marker glued to the
// word before it (lexicon.MarkerAt: the "2" of "per day2"): the rate ends
// before it.
func (s *scanner) markerAt(k int) bool {
	t := &s.toks[k]
	return t.kind == tNum && s.attached(k) && vocab.MarkerAt(s.text[t.start:]) == t.end-t.start
}

// perSymbol reads a unit's symbol after "per" at token k: "$45 per MWh",
// "12 cents per kWh", "$3.10 per MMBtu". The symbol is letters only, two
// to six of them, with a capital after the first letter; the base keeps
// it in lower case, as indicators.Unit.Per does ("mwh"). A symbol before
// a noun is a modifier ("per US household"), not the base.
func (s *scanner) perSymbol(k int) (string, int, bool) {
	toks := s.toks
	if k >= len(toks) || toks[k].kind != tWord || !toks[k].space || toks[k].lex() != nil {
		return "", k, false
	}
	w := s.tt(k)
	if len(w) < 2 || len(w) > 6 || strings.IndexFunc(w[1:], func(r rune) bool { return r >= 'A' && r <= 'Z' }) < 0 ||
		strings.IndexFunc(w, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }) >= 0 {
		return "", k, false
	}
	if e := k + 1; e < len(toks) && (!toks[e].space && toks[e].kind != tSym || toks[e].kind == tWord && !toks[e].upper && !s.flag(e, fFunction)) {
		return "", k, false
	}
	return strings.ToLower(w), k + 1, true
}

// rateBase reads the base of a rate with a number at token k: "per 100,000
// population", "per 1,000 live births", "per million people". It returns
// the words after "per" as the unit keeps them ("100,000 population") and
// the token after them. The base is part of the unit, not a figure of its
// own.
func (s *scanner) rateBase(k int) (string, int, bool) {
	if !s.isLx(k, lxPer) || k+1 >= len(s.toks) {
		return "", k, false
	}
	e, ok := s.rateNumber(k + 1)
	if !ok {
		return "", k, false
	}
	// The population counted: up to two lower-case words, the last a noun
	// ("population", "live births", "person-years", "total births"), and
	// the ages that bound it ("women aged 15 to 44"). The phrase stops
	// there: what follows the noun and its ages ("in England", "from 4.9")
	// is said of the figure, not of the population.
	end := e
	skip := s.baseModifier(e) // catalog15: "per 100,000 U.S. residents" (slash.go)
	for w, m := 0, e+skip; w < 2 && m < len(s.toks) && s.toks[m].kind == tWord && s.toks[m].space && !s.toks[m].upper; w++ {
		lx := s.toks[m].lex()
		if lx != nil && (lx.class != wNone || lx.flags&(fFunction|fNotNoun|fMonth|fTime|fDateWord|fCurrency|fPercent) != 0) &&
			!(w == 0 && s.is(m, "total") && s.pluralNounAt(m+1)) {
			break
		}
		lw := strings.ToLower(s.tt(m))
		n := m + 1
		for n+1 < len(s.toks) && s.dash(n) && s.attached(n) && s.attached(n+1) && s.toks[n+1].kind == tWord {
			lw += "-" + strings.ToLower(s.tt(n+1))
			n += 2
		}
		if !asciiLower(strings.ReplaceAll(lw, "-", "")) {
			break
		}
		last := lw[strings.LastIndexByte(lw, '-')+1:]
		if plural(last) || rateNouns[lw] {
			end = s.baseAges(n)
			break
		}
		if w == 0 && !s.pluralNounAt(n) {
			break
		}
		m = n
	}
	if skip > 0 && end > e {
		return strings.ToLower(spaced(s.text[s.toks[k+1].start:s.toks[e-1].end]) + " " + spaced(s.text[s.toks[e+skip].start:s.toks[end-1].end])), end, true
	}
	return strings.ToLower(spaced(s.text[s.toks[k+1].start:s.toks[end-1].end])), end, true
}

// baseAges reads the ages that bound the population of a rate after its
// noun at token k, as indicators.ParseStated reads them: "aged 15 to 44",
// "aged 15-44", "aged under 5". It returns the token after them, or k when
// none stand there. Another word after the noun ends the base, and so does
// "aged 65 and over", whose "and over" a figure's hedge would take.
func (s *scanner) baseAges(k int) int {
	if !s.is(k, vocab.AgedWord) || !s.toks[k].space {
		return k
	}
	n := k + 1
	switch {
	case s.isAny(n, "under", "over") && s.ageNumber(n+1):
		return n + 2 // "aged under 5"
	case !s.ageNumber(n):
		return k
	case s.is(n+1, "to") && s.ageNumber(n+2):
		return n + 3
	case s.isByte(n+1, '-') && s.attached(n+1) && s.attached(n+2) && s.ageNumber(n+2):
		return n + 3 // "aged 15-44"; a dash of another kind ends the base
	}
	return k
}

// ageNumber reports whether token k is an age in digits: a whole number
// of one to three digits.
func (s *scanner) ageNumber(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tNum || s.toks[k].dot || s.toks[k].comma {
		return false
	}
	w := s.tt(k)
	return len(w) <= 3 && strings.Trim(w, "0123456789") == ""
}

// spaced returns s with each run of white space a single ASCII space.
func spaced(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r != ' ' && unicode.IsSpace(r) || r == '\u202f' || r == '\u2009' }) && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\u202f' || r == '\u2009' || r == '\u200a' }), " ")
}

// rateNumber reports whether a power of ten from 10 up starts at token k
// ("100,000", "1,000", "million", "1 million") and returns the token after it.
func (s *scanner) rateNumber(k int) (int, bool) {
	t := s.toks[k]
	if t.kind == tWord {
		if sc := s.scaleWord(k); sc != 0 && !strings.HasSuffix(s.tt(k), "s") {
			return k + 1, true
		}
		return 0, false
	}
	if t.kind != tNum || t.dot || t.multiDot {
		return 0, false
	}
	v, _, ok := digitsValue(s.tt(k))
	if !ok || v.Exp != 0 || v.Coef < 10 && !(v.Coef == 1 && s.scaleWord(k+1) != 0) {
		return 0, false
	}
	for c := v.Coef; c > 1; c /= 10 {
		if c%10 != 0 {
			return 0, false
		}
	}
	e := k + 1
	if sc := s.scaleWord(e); sc != 0 && !strings.HasSuffix(s.tt(e), "s") && s.toks[e].space {
		e++
	}
	return e, true
}

// cents reads the cents after an amount in a currency's name: "50 cents",
// "and forty-five cents", or a bare "50" that ends the sentence.
func (s *scanner) cents(j int) (int64, int, bool) {
	k := j
	if s.isLx(k, lxAnd) {
		k++
	}
	if k >= len(s.toks) {
		return 0, 0, false
	}
	t := s.toks[k]
	if t.kind != tNum && s.class(k) == wNone || !t.space {
		return 0, 0, false // "dollar1" is no amount of cents
	}
	n, ok := s.parseNum(k, false)
	if !ok || n.val.Exp != 0 || n.val.Coef <= 0 || n.val.Coef >= 100 || n.scale != 0 {
		return 0, 0, false
	}
	e := n.end
	switch {
	case s.isAny(e, "cents", "cent", "pence", "penny", "c"):
		return n.val.Coef, e + 1, true
	case e == len(s.toks) || s.isAny(e, ".", ",", ";", "!", "?"):
		return n.val.Coef, e, true
	}
	return 0, 0, false
}

func (s *scanner) lexAt(j int) *lexEntry {
	if j < 0 || j >= len(s.toks) {
		return nil
	}
	return s.toks[j].lex()
}

// currencyAfter reads a currency named after a number.
func (s *scanner) currencyAfter(n num, j int) (string, int) {
	toks := s.toks
	if j >= len(toks) || toks[j].kind != tWord {
		return "", j
	}
	f := s.facts(j)
	w, fb := f.lower, f.bits
	if c, e := s.currencyPhrase(f, j); c != "" {
		return c, e
	}
	lx := toks[j].lex()
	if lx == nil || lx.cur == "" || lx.flags&fCurrency == 0 {
		return "", j
	}
	sterling := (w == "pounds" || w == "pound") && s.isLx(j+1, lxSterling)
	switch {
	case sterling:
		return "GBP", j + 2
	case fb&factAmbiguous != 0 && n.scale == 0: // ambiguousCurrency[w]
		return "", j
	}
	return lx.cur, j + 1
}

// currencyPhrase reads a currency named in several words at token j, the
// word of facts f: "U.S. dollars", "Japanese yen", "British pounds", "Hong
// Kong dollars", "New Zealand dollars".
func (s *scanner) currencyPhrase(f *wordFacts, j int) (string, int) {
	w, pairs, adjective, isAdjective := f.lower, f.pairs, f.adjective, f.bits&factAdjective != 0
	switch {
	case w == "u" && s.isByte(j+1, '.') && s.is(j+2, "s") && s.isByte(j+3, '.') && s.isAnyLx(j+4, lxDollars, lxDollar):
		return "USD", j + 5
	case w == "hong" && s.is(j+1, "kong") && s.isAnyLx(j+2, lxDollar, lxDollars):
		return "HKD", j + 3
	case w == "new" && s.is(j+1, "zealand") && s.isAnyLx(j+2, lxDollar, lxDollars):
		return "NZD", j + 3
	}
	if c, e := s.currencyPair(pairs, j); c != "" {
		return c, e // "Tanzanian shillings", "Kenya shillings"
	}
	if !isAdjective {
		return "", j
	}
	c := adjective
	if lx := s.lexAt(j + 1); lx != nil && lx.cur != "" && !ambiguousCurrency[strings.ToLower(s.tt(j+1))] || s.isLx(j+1, lxPounds) && c == "GBP" {
		return c, j + 2
	}
	return "", j
}

// countNoun reads a counted noun phrase after a number: up to two
// modifiers ("partner", "low-income") and a plural noun.
func (s *scanner) countNoun(n num, j int) (indicators.Unit, int, bool) {
	if n.val.Coef == 1 && n.val.Exp == 0 {
		return indicators.Unit{}, j, false
	}
	if n.val.Exp < 0 {
		return s.fractionalDuration(j)
	}
	p := nounPhrase{}
	comma := false // the token before is a comma between modifiers
	for k := j; k < len(s.toks) && p.words < maxCountWords; k++ {
		if s.dottedModifier(k) {
			p.words++
			k += 3
			continue // "1,500 U.S. jobs"
		}
		if p.written && s.coordinateComma(k) {
			comma = true
			continue // "77,000 good-paying, union jobs"
		}
		u, step := s.countWord(&p, &k)
		switch {
		case step == nounFail, step == nounFound && comma:
			// A comma right before the head ends a list: "500 invested,
			// workers said" counts nothing.
			return indicators.Unit{}, j, false
		case step == nounFound:
			if sg, ok := vocab.MixedCaseSingular(s.tt(k)); ok && strings.ToLower(sg) == u.Name {
				u.Name = sg // "1.5 million CoTs" counts CoT, as indicators.ParseStated reads it
			}
			return u, k + 1, true
		}
		comma = false
	}
	return indicators.Unit{}, j, false
}

// maxCountWords bounds the words of a counted noun phrase, modifiers and
// head: "605,000 future cervical cancer deaths" has four; a fifth word
// before a plural is more often a clause than a modifier.
const maxCountWords = 4

// coordinateComma reports whether token k is a comma between two
// modifiers of a counted noun, as indicators.ParseStated reads one: right
// after a word and followed by a space and a word in lower case ("good-paying,
// union jobs"). After the head the comma ends a list ("5,000 homes,
// schools"): the phrase has ended there.
func (s *scanner) coordinateComma(k int) bool {
	toks := s.toks
	return s.isByte(k, ',') && s.attached(k) && k+1 < len(toks) && toks[k+1].kind == tWord && toks[k+1].space && !toks[k+1].upper
}

// fractionalDuration reads the nouns counted in fractions, a span of time
// and the lexicon's FractionalNouns: "3.1 months of imports", "2.5 years",
// "58.06 points", "118.5 pence"; and any plural noun before the base of a
// rate, an average: "3.7 rebounds a game", "1.6 children per woman".
func (s *scanner) fractionalDuration(j int) (indicators.Unit, int, bool) {
	toks := s.toks
	if j < len(toks) && toks[j].kind == tWord && toks[j].space && !toks[j].upper {
		w := s.tt(j)
		if !plural(w) {
			return s.modifiedAverage(j)
		}
		sing := vocab.Singular(w) // a plural's only
		if durations[sing] || fractionalNouns[sing] {
			return indicators.Unit{Kind: indicators.Count, Name: sing}, j + 1, true
		}
		if _, _, ok := s.rate(j + 1); ok {
			if f := s.facts(j); s.notCountWord(j, f.lower, f.bits) {
				return indicators.Unit{}, j, false
			}
			return indicators.Unit{Kind: indicators.Count, Name: sing}, j + 1, true
		}
	}
	return indicators.Unit{}, j, false
}

// modifiedAverage reads an average of a noun with modifiers before the base
// of a rate: "62.4 live births per 1,000 women", "1.8 new cases a day". The
// modifiers are plain words in lower case, as a counted noun keeps them
// (countNoun); the unit counts the last, plural, noun.
func (s *scanner) modifiedAverage(j int) (indicators.Unit, int, bool) {
	toks := s.toks
	for k := j; k < j+maxCountWords && k < len(toks); k++ {
		if s.pluralNounAt(k) {
			if _, _, ok := s.rate(k + 1); ok && k > j {
				return indicators.Unit{Kind: indicators.Count, Name: vocab.Singular(s.tt(k))}, k + 1, true
			}
			return indicators.Unit{}, j, false
		}
		if toks[k].kind != tWord || !toks[k].space || toks[k].upper || toks[k].lex() != nil || !asciiLower(s.tt(k)) {
			return indicators.Unit{}, j, false
		}
	}
	return indicators.Unit{}, j, false
}

// nounPhrase is a counted noun phrase being read.
type nounPhrase struct {
	words   int  // words read
	written bool // a word of the phrase is read (not only "more")
}

// nounStep says what a word does to a counted noun phrase.
type nounStep uint8

const (
	nounNext  nounStep = iota // a modifier: read on
	nounFail                  // no counted noun
	nounFound                 // the head noun: the phrase ends at it
)

// countWord reads the word at token *k of a counted noun phrase; a
// hyphenated modifier moves *k to its last word.
func (s *scanner) countWord(p *nounPhrase, k *int) (indicators.Unit, nounStep) {
	toks := s.toks
	t := toks[*k]
	if t.kind != tWord || !t.space {
		return indicators.Unit{}, nounFail
	}
	w := s.tt(*k)
	f := s.facts(*k)
	lw, fb := f.lower, f.bits // f may be overwritten by the next call of facts
	if (lw == "more" || lw == "fewer") && !p.written && s.pluralNounNext(*k+1) {
		p.words++
		return indicators.Unit{}, nounNext // "2 million more Americans" counts Americans
	}
	if s.notCountWord(*k, lw, fb) && !s.functionCompound(*k, lw) {
		return indicators.Unit{}, nounFail
	}
	if t.upper && s.acronymCompound(k) {
		p.words++
		return indicators.Unit{}, nounNext // "96,000 HIV-positive mothers"
	}
	if t.upper && (len(w) < 2 || w[1] >= 'A' && w[1] <= 'Z') {
		if u, step := s.acronymNoun(*k, lw); step != nounNext {
			return u, step
		}
	}
	if fb&factASCIILower == 0 { // !asciiLower(lw)
		return indicators.Unit{}, nounFail
	}
	// A hyphenated modifier: "low-income", "middle-class".
	for *k+2 < len(toks) && s.dash(*k+1) && s.attached(*k+1) && s.attached(*k+2) && toks[*k+2].kind == tWord {
		w2 := strings.ToLower(s.tt(*k + 2))
		if !asciiLower(w2) {
			return indicators.Unit{}, nounFail
		}
		lw += "-" + w2
		*k += 2
	}
	if s.suspendedHyphen(*k) {
		p.words++
		*k += 2
		return indicators.Unit{}, nounNext // "low- and middle-income countries"
	}
	p.words++
	if superlative(lw) && *k+1 < len(toks) && toks[*k+1].kind == tWord {
		return indicators.Unit{}, nounNext // "the 10 largest economies" counts economies
	}
	p.written = true
	return s.headNoun(lw, *k)
}

// functionCompound reports whether the function word at token k (lw in
// lower case) begins a hyphenated modifier: "well-paid", "all-time",
// "over-the-counter". "per-cent" and the words of a change ("up-front")
// stay out.
func (s *scanner) functionCompound(k int, lw string) bool {
	toks := s.toks
	lx := toks[k].lex()
	return lx != nil && lx.class == wNone && lx.flags == fFunction && !toks[k].upper &&
		k+2 < len(toks) && s.dash(k+1) && s.attached(k+1) && s.attached(k+2) && toks[k+2].kind == tWord &&
		lw != "per" && lw != "up" && lw != "more" && lw != "less"
}

// pluralNounNext reports whether token k is a plural word after "more" or
// "fewer" that may be counted: "2 million more Americans".
func (s *scanner) pluralNounNext(k int) bool {
	toks := s.toks
	return k < len(toks) && toks[k].kind == tWord && toks[k].space &&
		s.lowerPlural(k) && (toks[k].lex() == nil || toks[k].lex().flags&(fFunction|fNotNoun) == 0)
}

// notCountWord reports whether the word at token k, lw in lower case and
// fb its facts (wordFacts), ends a counted noun phrase before its head: a number or function word,
// a month or a unit word, or "up", "more", "less".
func (s *scanner) notCountWord(k int, lw string, fb factBits) bool {
	t := s.toks[k]
	if t.lex() != nil && (t.lex().class != wNone || t.lex().flags&(fFunction|fNotNoun|fMonth|fWeekday|fTime|fPercent|fDateWord) != 0) &&
		!(t.lex().flags == fNotNoun && t.lex().class == wNone && !t.upper && !plural(s.tt(k)) && s.pluralNounAt(k+1)) {
		// A noun in -s that is not a plural may still modify one:
		// "16 million new business applications", "200 access points".
		return true
	}
	switch lw {
	case "lower", "higher":
		// "57 lower-income countries": a compound modifier, not a change.
		return !(k+2 < len(s.toks) && s.dash(k+1) && s.attached(k+1) && s.attached(k+2) && s.toks[k+2].kind == tWord)
	case "up", "down", "more", "less":
		return true
	}
	// "5 ins" is no count of "in", which is the inch: a count of a unit
	// word would not read back as that count (indicators.ParseStated):
	// plural(lw) && s.readsAsOtherUnit(lw), from the word's facts.
	return fb&factOtherUnit != 0
}

// maxOtherUnit bounds the words a table of facts remembers for
// readsAsOtherUnit.
const maxOtherUnit = 4096

// readsAsOtherUnit is indicators.ReadsAsOtherUnit for a word in lower case,
// remembered by the scanner's table of facts (wordFactTable), which later
// scans take up: the nouns of a document's counts come again and again,
// and each answer takes a search of the measures.
func (s *scanner) readsAsOtherUnit(lw string) bool {
	return s.factTable().readsAsOtherUnit(lw)
}

// acronymNoun reads an acronym in capitals at token k (lw in lower
// case): "5 USD" is not a count, but "10 ASEAN countries" and "50 NGOs"
// are.
func (s *scanner) acronymNoun(k int, lw string) (indicators.Unit, nounStep) {
	toks := s.toks
	ac := vocab.Acronym(s.tt(k))
	if ac == 0 || toks[k].lex() != nil || k+1 < len(toks) && !toks[k+1].space && toks[k+1].kind != tSym {
		return indicators.Unit{}, nounFail
	}
	if ac == 2 {
		one := vocab.SingularOf(s.tt(k))
		if _, scale := vocab.LookupScale(one); scale {
			return indicators.Unit{}, nounFail // "0 BNs" is no count of things
		}
		if s.readsAsOtherUnit(strings.ToLower(one)) {
			return indicators.Unit{}, nounFail // "0 OZs": "ozs" reads as ounces (indicators.ReadsAsOtherUnit)
		}
		return indicators.Unit{Kind: indicators.Count, Name: one}, nounFound
	}
	next := k+1 < len(toks) && toks[k+1].kind == tWord && toks[k+1].space && asciiLower(s.tt(k+1))
	if !(next && s.lowerPlural(k+1)) && s.definedAcronym(k) {
		// "Child Welfare Centers (CBI) … the 187 CBI served": a count of
		// what the text defined by the acronym, named by the acronym, as
		// indicators.ParseStated reads "187 CBI".
		return indicators.Unit{Kind: indicators.Count, Name: lw}, nounFound
	}
	if !next {
		return indicators.Unit{}, nounFail
	}
	return indicators.Unit{}, nounNext
}

// definedAcronym reports whether the acronym at token k was defined in
// parentheses earlier in the text: "Child Welfare Centers (CBI)".
func (s *scanner) definedAcronym(k int) bool {
	w := s.tt(k)
	if len(w) < 2 || len(w) > 8 || vocab.Acronym(w) != 1 {
		return false
	}
	before := s.text[:s.toks[k].start]
	for {
		i := strings.Index(before, w)
		if i < 0 {
			return false
		}
		if i > 0 && before[i-1] == '(' && i+len(w) < len(before) && before[i+len(w)] == ')' {
			return true
		}
		before = before[i+len(w):]
	}
}

// headNoun decides whether lw, the word of a counted noun phrase at token
// k, is its head: a plural noun. A scale word or a participle that
// qualifies no plural noun ends the phrase; other words modify the head.
func (s *scanner) headNoun(lw string, k int) (indicators.Unit, nounStep) {
	toks := s.toks
	// The last part of lw is the word at token k (countWord joins the
	// words of a hyphenated modifier and moves k to the last): what is
	// asked of it comes from its facts. vocab.Singular of lw, the whole
	// word, is asked only when it is longer than last, and then once.
	f := s.facts(k)
	last, one, fb := f.lower, f.sing, f.bits
	if fb&factScale != 0 { // vocab.LookupScale(one)
		return indicators.Unit{}, nounFail // "5 bns" is no count of things
	}
	whole, wholeRead := one, len(last) == len(lw) // vocab.Singular(lw)
	if len(lw) > vocab.MaxNoun {
		if !wholeRead {
			whole, wholeRead = vocab.Singular(lw), true
		}
		if len(whole) > vocab.MaxNoun {
			return indicators.Unit{}, nounFail // no noun a catalog can name
		}
	}
	if fb&factPlural != 0 && !(fb&factUnchanging != 0 && k+1 < len(toks) && toks[k+1].kind == tWord && s.lowerPlural(k+1)) && !s.namedPlural(k) {
		// The unit is the head noun ("30 partner countries" counts
		// country); Mention.Quantity.Noun keeps the phrase.
		if !wholeRead {
			whole = vocab.Singular(lw)
		}
		return indicators.Unit{Kind: indicators.Count, Name: whole}, nounFound
	}
	if strings.HasSuffix(lw, "ly") || (strings.HasSuffix(lw, "ed") && len(lw) > 4 || strings.HasSuffix(lw, "ing")) && !s.pluralNounAt(k+1) && !s.coordinateComma(k+1) {
		// A participle is a modifier only before the plural noun it
		// qualifies or another modifier of it: "1,234 confirmed cases",
		// "30 developing countries", "good-paying, union jobs", but not
		// "500 invested".
		return indicators.Unit{}, nounFail
	}
	return indicators.Unit{}, nounNext
}

// namedPlural reports whether the plural at token k is a word of a name
// that goes on to the counted noun: a capitalised word before another
// capitalised plural, as in "130 Peace Corps Volunteers" or "12 Girl Scouts
// Leaders"; the head is the last plural, as indicators.ParseStated reads it.
func (s *scanner) namedPlural(k int) bool {
	toks := s.toks
	return toks[k].upper && k+1 < len(toks) && toks[k+1].kind == tWord && toks[k+1].space && toks[k+1].upper &&
		toks[k+1].lex() == nil && s.lowerPlural(k+1)
}

// pluralNounAt reports whether token k is a plural noun in lower case
// that is not a function word: "cases" in "1,234 confirmed cases".
func (s *scanner) pluralNounAt(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tWord || !s.toks[k].space || s.toks[k].upper {
		return false
	}
	if lx := s.toks[k].lex(); lx != nil && (lx.class != wNone || lx.flags&(fFunction|fNotNoun|fMonth|fWeekday|fTime|fPercent|fDateWord|fCurrency) != 0) {
		return false
	}
	// w in lower case is its own lower case: plural(w) is in its facts.
	return asciiLower(s.tt(k)) && s.lowerPlural(k)
}

// superlative reports whether w is an adjective such as "largest", by the
// lexicon's one test.
func superlative(w string) bool { return vocab.Superlative(w) }

func asciiLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// plural reports whether the lower-case word w looks like a plural noun,
// by the lexicon's one singular/plural table.
func plural(w string) bool { return vocab.IsPlural(w) }

// rank matches "second largest", "2nd-biggest", "third-most populous".
func (s *scanner) rank(i int) (int, bool) {
	toks := s.toks
	var v int64
	e := i + 1
	switch {
	case toks[i].kind == tWord && s.flag(i, fOrdinal):
		for k, w := range vocab.Ordinals {
			if s.is(i, w) {
				v = int64(k + 1)
			}
		}
	case toks[i].kind == tNum && !toks[i].dot && !toks[i].comma && s.isAny(i+1, ordinalSuffixes...) && s.attached(i+1):
		d, _, _ := digitsValue(s.tt(i))
		v, e = d.Coef, i+2
	}
	if v >= 1 && s.listPlace(i, e) {
		// "Turkey (10th)", "Saudi Arabia (sixth on the top-25 list)": a
		// bare ordinal in parentheses after a name is its place in a list.
		m := Mention{Kind: Rank}
		m.Quantity.Value = indicators.Decimal{Coef: v}
		m.Unit = indicators.RankUnit
		m.Span = s.span(i, e)
		m.Figure = m.Span
		m.Numbers[0] = m.Span
		m.Text = s.text[m.Span.Start-s.base : m.Span.End-s.base]
		m.Sentence, m.Year = s.sent, s.sentYear()
		s.put(&m)
		return e, true
	}
	if v < 2 || e >= len(toks) {
		return 0, false
	}
	k := e
	if s.dash(k) && s.attached(k) {
		k++
	}
	if k >= len(toks) || toks[k].kind != tWord {
		return 0, false
	}
	end := s.rankWords(k)
	if end == 0 {
		return 0, false
	}
	m := Mention{Kind: Rank}
	m.Quantity.Value = indicators.Decimal{Coef: v}
	m.Unit = indicators.Unit{Kind: indicators.Rank, Name: s.rankName(k, end)}
	m.Span = s.span(i, end)
	m.Figure = m.Span
	m.Numbers[0] = s.span(i, e)
	m.Text = s.text[m.Span.Start-s.base : m.Span.End-s.base]
	m.Sentence, m.Year = s.sent, s.sentYear()
	s.put(&m)
	return end, true
}

// rankWords reads what an ordinal ranks by, from token k, and returns the
// token after it, or 0: a superlative ("second largest"), "leading"
// ("the fifth leading cause"), "most" or "least" alone before the rank's
// frame (lexicon.RankFrames: "10th most on record") or no word, "most" or
// "least" and an adjective ("fourth most common", "third-most populous"), or a noun or two "with the" and
// a superlative, with the noun after it ("the third country with the
// highest risk"), as indicators.ParseStated reads a rank.
func (s *scanner) rankWords(k int) int {
	w := s.tt(k)
	if !asciiLower(w) {
		return 0
	}
	if superlative(w) || w == "leading" {
		return k + 1
	}
	if s.isAny(k, "most", "least") && s.rankFrameAt(k+1) {
		return k + 1 // "(10th most on record)", "11th least since 2000": the frame, or nothing, follows
	}
	if e := s.mostAdjective(k); e != 0 {
		return e
	}
	n := k
	for n < k+2 && s.rankWord(n) && !s.is(n, "with") {
		n++
	}
	if n == k || !s.is(n, "with") || !s.is(n+1, "the") || n+2 >= len(s.toks) || !s.toks[n+2].space {
		return 0
	}
	e := s.mostAdjective(n + 2)
	if e == 0 && s.rankWord(n+2) && superlative(s.tt(n+2)) {
		e = n + 3
	}
	if e == 0 {
		return 0
	}
	if s.rankWord(e) && e < len(s.toks) && s.toks[e].space {
		e++ // "the highest risk"
	}
	return e
}

// rankFrameAt reports whether a rank's words end before token k: at the
// clause's end or a bracket, or at the words of its frame
// (lexicon.RankFrames: "on record", "since 2000", "of any sector"; "of"
// only before "any": "the second most of all" is a quantity).
func (s *scanner) rankFrameAt(k int) bool {
	if k >= len(s.toks) {
		return true
	}
	if s.toks[k].kind != tWord {
		return !s.dash(k)
	}
	if s.is(k, "of") {
		return s.is(k+1, "any")
	}
	return s.isAny(k, vocab.RankFrames...)
}

// mostAdjective reads "most" or "least" and the adjective after it, at
// token k: "most common", "most-common", "least developed". It returns the
// token after the adjective, or 0.
func (s *scanner) mostAdjective(k int) int {
	if !s.isAny(k, "most", "least") || !asciiLower(s.tt(k)) {
		return 0
	}
	a := k + 1
	if s.dash(a) && s.attached(a) && a+1 < len(s.toks) && s.attached(a+1) {
		a++ // "most-common"
	} else if a >= len(s.toks) || !s.toks[a].space {
		return 0
	}
	if !s.rankWord(a) {
		return 0
	}
	return a + 1
}

// rankWord reports whether token k is a lower-case word a rank may name:
// no function word ("of", "the", "than").
func (s *scanner) rankWord(k int) bool {
	if k >= len(s.toks) || s.toks[k].kind != tWord || !asciiLower(s.tt(k)) {
		return false
	}
	return !s.isAny(k, rankStopWords...)
}

// rankStopWords are the function words that end what a rank names.
var rankStopWords = []string{"of", "per", "in", "on", "at", "by", "for", "from", "to", "with", "than", "the", "a", "an", "and", "or", "is", "are", "was", "were", "that", "which", "all"}

// rankName returns the words of tokens k to end in lower case, joined by
// single spaces where the text has space and by nothing where it has
// none, as indicators.ParseStated names a rank ("most-common").
func (s *scanner) rankName(k, end int) string {
	if end == k+1 {
		return strings.ToLower(s.tt(k))
	}
	var b strings.Builder
	for t := k; t < end; t++ {
		if t > k && s.toks[t].space {
			b.WriteByte(' ')
		}
		b.WriteString(s.tt(t))
	}
	return strings.ToLower(b.String())
}

// listPlace reports whether the ordinal at tokens i to e stands in
// parentheses right after a name, alone or before "on", "in" or "among"
// ("Vietnam (eighth)", "Saudi Arabia (sixth on the top-25 list)"): a
// place in a list that the sentence ranks.
func (s *scanner) listPlace(i, e int) bool {
	if i < 2 || !s.isByte(i-1, '(') || s.toks[i-2].kind != tWord || !s.toks[i-2].upper {
		return false
	}
	return s.isByte(e, ')') || s.isAny(e, "on", "in", "among")
}

// direction finds whether the figure is a change and which way: "reduce …
// by 26 to 28 percent", "rose 5 percent", "a 5 percent increase", "26
// percent below 2005 levels".
func (s *scanner) direction(start, end int, kind Kind) indicators.Direction {
	if d := s.directionBefore(s.skipDegree(start-1), kind); d != indicators.NoDirection {
		return d
	}
	if kind == Percent || kind == Currency || kind == Measure {
		return s.directionAfter(end, kind)
	}
	return indicators.NoDirection
}

// dirAt returns the direction of the word of change at token k.
func (s *scanner) dirAt(k int) indicators.Direction {
	switch {
	case s.flag(k, fDown):
		return indicators.Down
	case s.flag(k, fUp):
		return indicators.Up
	}
	return indicators.NoDirection
}

// directionBefore reads the direction in the words that end at token p,
// before the figure: a verb before "by" ("reduce … by"), a noun before
// "of" ("an increase of"), or a verb right before ("rose 5 percent").
func (s *scanner) directionBefore(p int, kind Kind) indicators.Direction {
	if p < 0 {
		return indicators.NoDirection
	}
	if s.isLx(p, lxBy) {
		// "rose by 0.2% in the euro area and by 0.5% in the EU28": the
		// verb governs every "by" coordinated with its own.
		coord, reach := s.coordinated(p-1), 15
		if coord {
			reach = 25
		}
		for k := p - 1; k >= 0 && k >= p-reach; k-- {
			if d := s.dirAt(k); d != 0 {
				return d
			}
			if coord && s.isLx(k, lxBy) && k < p-1 {
				continue
			}
			if s.isRole(k, rClauseStart) {
				break
			}
		}
		return indicators.NoDirection // no verb before "by": look after the figure
	}
	if s.isLx(p, lxOf) && (s.flag(p-1, fDown) || s.flag(p-1, fUp)) {
		return s.dirAt(p - 1)
	}
	if s.toks[p].kind != tWord || s.isLx(p, lxTo) {
		return indicators.NoDirection
	}
	d := s.dirAt(p)
	if d == 0 || s.isAnyLx(p, lxLower, lxHigher) || kind == Currency && s.isAnyLx(p, lxRaise, lxRaises, lxRaised, lxRaising) ||
		s.isLx(p, lxUp) && s.isRole(p-1, rUpParticle) {
		return indicators.NoDirection // "raised $5 billion" is money collected
	}
	return d
}

// directionAfter reads the direction in the word at token end, after a
// percent, an amount or a measure: "26 percent below 2005 levels", "a 5
// percent increase".
func (s *scanner) directionAfter(end int, kind Kind) indicators.Direction {
	if end >= len(s.toks) {
		return indicators.NoDirection
	}
	w := s.tt(end)
	if kind == Percent && eqFold(w, "below") {
		return indicators.Down // "26 percent below 2005 levels"
	}
	if kind == Percent && eqFold(w, "above") && !s.isLx(end+1, lxThe) {
		return indicators.Up // "30 percent above 2019 levels"
	}
	dir := afterDirection(w, s.toks[end].lx)
	if dir == indicators.NoDirection || s.isLx(end+1, lxThan) {
		return indicators.NoDirection
	}
	if dir == indicators.Down {
		return indicators.Down
	}
	if !s.isLx(end+1, lxOf) {
		return indicators.Up
	}
	return indicators.NoDirection
}

// oddSpaces reports whether t has two spaces in a row or a space other
// than ' ' (a tab, a line break, a no-break or thin space), which
// nounAfter turns into single spaces. Most phrases are ASCII and are read
// byte by byte; the others rune by rune.
func oddSpaces(t string) bool {
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= 0x80:
			return strings.Contains(t, "  ") || strings.ContainsFunc(t[i:], func(r rune) bool {
				return r != ' ' && unicode.IsSpace(r) || r == '\u00a0' || r == '\u2009' || r == '\u202f'
			})
		case c == ' ':
			if i+1 < len(t) && t[i+1] == ' ' {
				return true
			}
		case c >= '\t' && c <= '\r':
			return true
		}
	}
	return false
}

// afterDirection returns the direction the word w, of lexicon entry lx,
// gives after a figure (vocab.DirectionWord.After), or NoDirection. An
// ASCII word is read from its entry (afterDirections) or, without one,
// from afterOutside; any other word is folded and looked up as a string.
func afterDirection(w string, lx lexIndex) indicators.Direction {
	if !isASCII(w) {
		if d, ok := vocab.LookupDirection(strings.ToLower(w)); ok && d.After {
			if d.Up {
				return indicators.Up
			}
			return indicators.Down
		}
		return indicators.NoDirection
	}
	if lx != 0 {
		return afterDirections[lx]
	}
	for _, o := range afterOutside {
		if eqFold(w, o) {
			d, _ := vocab.LookupDirection(o)
			if d.Up {
				return indicators.Up
			}
			return indicators.Down
		}
	}
	return indicators.NoDirection
}

// nounAfter returns the counted noun phrase as written between the last
// number and end (byte offsets of the whole input) when it has modifiers
// before the head noun of u ("U.S. jobs", "focus countries"), or "".
func (s *scanner) nounAfter(numbers [2]indicators.Span, end int, u indicators.Unit) string {
	from := numbers[0].End
	if !numbers[1].IsZero() {
		from = numbers[1].End
	}
	if from >= end {
		return ""
	}
	t := strings.TrimSpace(strings.TrimPrefix(s.text[from-s.base:end-s.base], "+")) // "1,000+ staff"
	if oddSpaces(t) {
		t = strings.Join(strings.FieldsFunc(t, func(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' || r == '\u2009' || r == '\u202f' }), " ")
	}
	i := strings.LastIndexByte(t, ' ')
	if i < 0 {
		if vocab.Acronym(t) == 2 && vocab.SingularOf(t) == u.Name {
			return t // "50 NGOs": the phrase keeps the capitals
		}
		return ""
	}
	if last := t[i+1:]; !s.namesUnit(last, end-s.base, u) {
		return ""
	}
	return t
}

// namesUnit reports whether last, the last word of a counted noun phrase,
// which ends at the byte offset end of s.text, is the noun of u: its
// singular as a document writes it (vocab.SingularOf), its singular in
// lower case or its lower case. A word that is a token and no acronym
// takes its lower case and singular from its facts, worked out once per
// word, where vocab.Singular costs a thousand instructions at each mention.
func (s *scanner) namesUnit(last string, end int, u indicators.Unit) bool {
	if vocab.Acronym(last) == 0 {
		k, found := slices.BinarySearchFunc(s.toks, end, func(t token, off int) int { return t.end - off })
		if found && s.toks[k].start == end-len(last) && s.toks[k].kind == tWord {
			f := s.facts(k) // SingularOf(last) is Singular(ToLower(last)) for no acronym
			return f.sing == u.Name || f.lower == u.Name || mixedCaseNames(last, u)
		}
	}
	return vocab.SingularOf(last) == u.Name || vocab.Singular(strings.ToLower(last)) == u.Name || strings.ToLower(last) == u.Name || mixedCaseNames(last, u)
}

// mixedCaseNames reports whether last is the abbreviation in mixed case
// whose own letters u counts ("CoTs" of unit CoT: countNoun).
func mixedCaseNames(last string, u indicators.Unit) bool {
	sg, ok := vocab.MixedCaseSingular(last)
	return ok && sg == u.Name
}

// dottedModifier reports whether the tokens from k are
// vocab.BaseModifier ("U.S.", four tokens) before a lower-case word, a
// modifier of a counted noun ("1,500 U.S. jobs").
func (s *scanner) dottedModifier(k int) bool {
	return k+4 < len(s.toks) && s.toks[k].space && s.attached(k+1) && s.attached(k+2) && s.attached(k+3) &&
		strings.EqualFold(s.text[s.toks[k].start:s.toks[k+3].end], vocab.BaseModifier) &&
		s.toks[k+4].space && s.toks[k+4].kind == tWord && asciiLower(s.tt(k+4))
}
