package extract

import (
	"math"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A figure is read in named phases over a candidate that starts at a token
// (try):
//
//  1. currency: a sign or code before the amount ("$", "US$", "EUR",
//     "Rs.", "MEUR") or a sign ("−5", "+12.5");
//  2. number: the first number, with its scale ("$1.2bn", "half a
//     million", "one in five"), checked against the exclusion rules
//     (exclusions.go) and followed by "+" or "-plus";
//  3. range: the unit after the first number, and a second number after
//     "-", "to", "through" or "between … and" that makes a range;
//  4. unit: the unit of a single figure (feet and inches, dollars and
//     cents, "MEUR"), the rules that need it, and what is no figure
//     ("95% CI", "net zero");
//  5. hedge: a hedge before ("nearly", "more than") or after ("or more")
//     the figure, and a range made of two hedges ("above 10 and below 20");
//  6. direction: whether the figure is a change and which way, then the
//     mention is reported.
//
// Each phase may end the candidate: it is then no figure, and scanning
// goes on at candidate.end.

// candidate is a figure being read, phase by phase.
type candidate struct {
	i        int // the first token
	identEnd int // where the last identifier of the sentence ended

	// currency
	code          string // ISO 4217 code written before the amount
	ns            int    // the token where the first number starts
	neg, sign     bool   // written with a minus or a plus sign
	unscaled      bool   // a range whose bare low end takes no scale of the high end
	millionPrefix bool   // "MEUR 5": millions of the currency

	// number
	lo   num
	plus indicators.Qualifier // "65+", "300-plus"
	j    int                  // the token after what is read so far

	// range
	u1                          indicators.Unit // the unit after the first number
	k1                          Kind
	j1                          int
	conn                        int    // where a range connector would stand
	loPer                       string // a base after a slash on the low end: "$32/b to $73/b"
	loSub                       bool   // the unit after the first number is a hundredth: "16 cents"
	sub                         bool   // the figure is in hundredths of its currency: "10-20 cents"
	between, fromRange, isRange bool
	hi                          num

	// unit and quantity
	u        indicators.Unit
	kind     Kind
	q        indicators.Quantity
	figStart int // the first token of the mention's span, hedge included
	numbers  [2]indicators.Span
	rateAt   int  // the token where the base of a rate starts ("per day"), or 0
	age      bool // an age: "aged 67", "45-year-old"
	ageAt    int  // the token of the age word before the figure ("aged"), or 0

	// where scanning goes on when a phase ends the candidate, and whether
	// the tokens were an identifier
	end   int
	ident bool
}

// try matches a quantity at token i. It returns the token after it and
// whether one was reported; ident is set when the tokens form a name or
// identifier (so a following "and 2" is one too), and end is then where it
// ends. Word figures and a committee's vote (two counts of members,
// vote.go) are read before the phases.
//
// The readers before the phases are asked only of the class of token they
// start at, which each tests first: a year, a rank in digits ("2nd") and
// a vote start at a number, the word figures at a word but a plain number
// word (plainNumbers); a sign goes straight to the phases.
func (s *scanner) try(i, identEnd int) (end int, ident, ok bool) {
	switch s.toks[i].kind {
	case tNum:
		if !s.noYearFirst {
			if e, ok := s.yearFirst(i, identEnd); ok {
				return e, false, false
			}
		}
		if s.ranks {
			if e, ok := s.rank(i); ok {
				return e, false, true
			}
		}
		if e, ok := s.committeeVote(i); ok {
			return e, false, true
		}
	case tWord:
		if plainNumbers[s.toks[i].lx] {
			break
		}
		if e, ok := s.wordFigure(i); ok {
			return e, false, true
		}
	}
	c := candidate{i: i, identEnd: identEnd}
	if s.currencyPhase(&c) || s.numberPhase(&c) || s.rangePhase(&c) || s.unitPhase(&c) {
		return c.end, c.ident, false
	}
	s.hedgePhase(&c)
	s.directionPhase(&c)
	return c.j, false, true
}

// wordFigure matches the figures written as words of their own at the
// word at token i: ranks ("second largest"), verbs of multiplying
// ("doubled"), "threefold", vague numbers ("tens of thousands") and
// "twice".
func (s *scanner) wordFigure(i int) (int, bool) {
	if s.ranks {
		if e, ok := s.rank(i); ok {
			return e, true
		}
	}
	if e, ok := s.multWord(i); ok {
		return e, true
	}
	if e, ok := s.foldWord(i); ok {
		return e, true
	}
	if e, ok := s.vague(i); ok {
		return e, true
	}
	if s.is(i, "twice") && ratioFollows(s, i+1) {
		m := Mention{Kind: Ratio, Unit: indicators.TimesUnit}
		m.Quantity.Value = indicators.Decimal{Coef: 2}
		s.emitWord(m, i)
		return i + 1, true
	}
	return 0, false
}

// currencyPhase reads a currency or a sign before the amount and where the
// number starts.
func (s *scanner) currencyPhase(c *candidate) (stop bool) {
	toks := s.toks
	c.ns = c.i
	switch toks[c.i].kind {
	case tSym:
		if !s.symbolBefore(c) {
			return true
		}
	case tWord:
		// A plain number word is read by numberPhase, unless a "$"
		// follows it, which wordBefore reads.
		if (!plainNumbers[toks[c.i].lx] || s.isByte(c.i+1, '$')) && !s.wordBefore(c) {
			return true
		}
	}
	if c.code != "" && c.ns < len(toks) && toks[c.ns].kind == tSym && s.isByte(c.ns, '$') && s.attached(c.ns) {
		c.ns++ // "MXN$"
	}
	return c.ns >= len(toks)
}

// symbolBefore reads a currency sign, or a minus or plus sign, at the
// candidate's first token; it reports false when the symbol starts no
// figure.
func (s *scanner) symbolBefore(c *candidate) bool {
	toks, i := s.toks, c.i
	w := s.tt(i)
	numNext := i+1 < len(toks) && toks[i+1].kind == tNum && s.attached(i+1) && signOpens(s.text, toks, i)
	switch sym := toks[i].sym; {
	case sym&symCurrency != 0:
		c.code, c.ns = signCode(w), i+1
		if code, ns, ok := s.dollarLetters(i); ok {
			c.code, c.ns = code, ns // "$US55 million"
		}
		if s.signAfterCurrency(c.ns) {
			c.neg, c.ns = true, c.ns+1 // "$-50.8bn", as ParseStated reads it
		}
		// "(+$1.18 to $31.12)": a plus sign glued before the currency
		// says a rise; it is left out of the mention, as below.
		c.sign = s.attached(i) && s.isByte(i-1, '+') && signOpens(s.text, toks, i-1)
	case sym&(symDash|symMinus) != 0 && numNext && (!(i > 0 && toks[i-1].kind == tNum) || toks[i].tab):
		c.neg, c.ns = true, i+1
	case w == "+" && numNext && (toks[i+1].dot || toks[i+1].comma || toks[i].tab || s.signedChangeCloses(i+1)):
		// "+12.5" in a table of changes, "a 26% increase (+79)", "6,600
		// (+7%) more people"; "+44 20 7946 0958" is a telephone number.
		// The plus says a rise (directionPhase) and is left out of the
		// mention, which starts at the number: a catalog states the
		// figure without it and adds direction: up
		// (indicators.ParseStated refuses a plus sign).
		c.sign, c.ns, c.i = true, i+1, i+1
	default:
		return false
	}
	return true
}

// signAfterCurrency reports whether token k is a minus sign glued to the
// currency sign before it and to the number after it: "$-50.8bn".
func (s *scanner) signAfterCurrency(k int) bool {
	return k+1 < len(s.toks) && s.dash(k) && s.attached(k) && s.toks[k+1].kind == tNum && s.attached(k+1)
}

// dollarLetters reads a dollar sign at token i followed by the letters of
// a country, as the Australian and Asian press write it: "$US55 million",
// "$A82 million" (the lexicon's signs "$us", "$a"). It returns the
// currency and the token of the number.
func (s *scanner) dollarLetters(i int) (string, int, bool) {
	toks := s.toks
	if !s.isByte(i, '$') || i+2 >= len(toks) || toks[i+1].kind != tWord || !s.attached(i+1) || toks[i+2].kind != tNum || !s.attached(i+2) {
		return "", i + 1, false
	}
	code, ok := currencySigns["$"+strings.ToLower(s.tt(i+1))]
	return code, i + 2, ok
}

// spacedSignWords are the words that make one currency with a "$" and a
// space after them ("US $58.24", "AU $89.99"); glued, any sign of
// currencySigns does ("C$5"). startsFigure and wordBefore read this one
// list.
var spacedSignWords = []string{"us", "c", "hk", "nz", "au"}

// wordBefore reads a currency written as a word before the amount ("US$",
// "U.S.$", "EUR", "Rs.", "MEUR") or a word for the minus sign
// (vocab.MinusWords: "minus"); it reports false when the
// word is a currency glued to another word.
func (s *scanner) wordBefore(c *candidate) bool {
	toks, i := s.toks, c.i
	w := s.tt(i)
	numAt := func(k int) bool { return k < len(toks) && toks[k].kind == tNum }
	if s.is(i, "u") && s.isByte(i+1, '.') && s.isRole(i+2, rLetterS) && s.isByte(i+3, '$') && numAt(i+4) {
		c.code, c.ns = "USD", i+4
	} else if s.equalsSign(i) {
		c.code, c.ns = currencySigns[strings.ToLower(w)+"="], i+2 // "Y=28,030"
	} else if s.isByte(i+1, '$') && (s.attached(i+1) || numAt(i+2) && s.isRole(i, rSpacedSign)) {
		code, ok := currencySigns[strings.ToLower(w)+"$"]
		if !ok || i > 0 && s.attached(i) && toks[i-1].kind == tWord {
			return false
		}
		c.code, c.ns = code, i+2
	} else if lx := toks[i].lex(); lx != nil && lx.cur != "" && len(w) == 3 && (w == strings.ToUpper(w) || lowerCodes[w]) && numAt(i+1) {
		c.code, c.ns = lx.cur, i+1
	} else if code := prefixCode(w); (code != "" || w == "INR") && (numAt(i+1) || s.isByte(i+1, '.') && numAt(i+2)) {
		if code == "" {
			code = "INR"
		}
		c.code, c.ns = code, i+1
		if s.isByte(i+1, '.') {
			c.ns = i + 2
		}
	} else if code, ok := millionCode(w); ok && numAt(i+1) {
		c.code, c.ns, c.millionPrefix = code, i+1, true
	} else if s.isAny(i, vocab.MinusWords...) && i+1 < len(toks) && (toks[i+1].kind == tNum || s.class(i+1) != wNone) {
		c.neg, c.ns = true, i+1
	} else if s.isAny(i, vocab.MinusWords...) && s.dash(i+1) && s.attached(i+1) && numAt(i+2) && s.attached(i+2) {
		c.neg, c.ns = true, i+2 // "minus-5 yards", as sports and weather news hyphenate it
	}
	return true
}

// numberPhase reads the first number, checks it against the exclusion
// rules and reads a "+" or "-plus" after it.
func (s *scanner) numberPhase(c *candidate) (stop bool) {
	lo, ok := s.parseNum(c.ns, c.code != "")
	if !ok {
		return true
	}
	if lo.scale == 0 && c.code == "" {
		r := lo
		s.ratioOf(&r)
		if r.end != lo.end {
			if _, k, _ := s.unit(r, r.end, ""); k == Number {
				lo = r
			}
		}
	}
	if c.neg && lo.val.Coef == 0 {
		// "−0": a minus before zero says nothing a figure can keep
		// (indicators.ParseStated refuses it); the figure is the zero.
		c.neg, c.i = false, c.ns
	}
	if c.neg {
		lo.val.Coef = -lo.val.Coef
	}
	c.lo = lo
	if c.code == "" && !c.neg && !c.sign {
		s.ident = false
		if e, bad := s.excluded(lo, c.identEnd); bad {
			c.end, c.ident = max(e, lo.end), s.ident
			return true
		}
	}
	if lo.word && !s.wordOK(lo) {
		c.end = lo.end
		return true
	}
	c.numbers[0] = s.span(lo.start, lo.end)
	if c.neg {
		c.numbers[0] = s.span(c.ns-1, lo.end)
	}
	c.figStart, c.kind, c.j = c.i, Number, lo.end
	// "65+", "5,000+ jobs": at least the figure; "300-plus communities",
	// "$2 billion-plus": more than it.
	toks, j := s.toks, c.j
	if s.isByte(j, '+') && s.attached(j) && !(j+1 < len(toks) && s.attached(j+1) && toks[j+1].kind != tSym) {
		c.plus, c.j = indicators.AtLeast, j+1
		s.scaleAfterPlus(c)
	} else if s.dash(j) && s.attached(j) && s.isLx(j+1, lxPlus) && s.attached(j+1) {
		c.plus, c.j = indicators.MoreThan, j+2
	}
	return false
}

// signedChangeCloses reports whether the whole number at token k, after a
// plus sign, ends a signed change as releases write one beside a figure:
// a percent sign or a closing bracket glued after it ("(+7%)", "(+79)",
// "+4% on the year"), with no number after the bracket (a telephone
// number's "(+44) 20 …" goes on).
func (s *scanner) signedChangeCloses(k int) bool {
	toks := s.toks
	j := k + 1
	if j >= len(toks) || !s.attached(j) {
		return false
	}
	if s.isByte(j, '%') {
		return true
	}
	return s.isByte(j, ')') && (j+1 >= len(toks) || toks[j+1].kind != tNum)
}

// scaleAfterPlus reads a scale word after the plus of "US$ 600+ million",
// "600+ million users": at least 600 million, not at least 600 followed by
// a word. "millions of" is left to the counted noun, as after digits.
func (s *scanner) scaleAfterPlus(c *candidate) {
	j := c.j
	if c.lo.scale != 0 || c.lo.word || j >= len(s.toks) || !s.toks[j].space {
		return
	}
	sc := s.scaleWord(j)
	if sc == indicators.NoScale || s.isLx(j+1, lxOf) && strings.HasSuffix(strings.ToLower(s.tt(j)), "s") {
		return
	}
	c.lo.val.Exp += int32(sc.Exp())
	c.lo.scale, c.lo.plainInt = sc, false
	c.j = j + 1
	start := c.lo.start
	if c.neg {
		start = c.ns - 1
	}
	c.numbers[0] = s.span(start, c.j)
}

// rangePhase reads the unit right after the first number ("26% to 28%",
// "$1 billion to") and a second number that makes a range: "-", "to",
// "through", "and" after "between".
func (s *scanner) rangePhase(c *candidate) (stop bool) {
	i := c.i
	c.u1, c.k1, c.j1 = s.unit(c.lo, c.j, c.code)
	c.loSub = s.subunitAfter(c.code, c.k1, c.j)
	c.between = s.isLx(i-1, lxBetween)
	c.conn = c.j1
	if c.k1 == Currency && c.j1 == c.lo.end {
		if per, e, ok := s.slashBase(c.j1); ok {
			c.loPer, c.conn = per, e // "$32/b to $73/b": the connector after the base
		}
	}
	c.fromRange = s.isLx(i-1, lxFrom) && (s.isRole(i-2, rRangeVerb) || !s.changeBefore(i-1) || s.rangeThenTo(c.conn))
	if s.rangeConnector(c) {
		if s.notRange(c, exclusionsDashBefore) || s.rangeHigh(c) || s.notRange(c, exclusionsDashAfter) {
			return true
		}
	}
	if !c.isRange && c.k1 == Number && (s.isLx(i-1, lxFrom) && s.isLx(c.conn, lxTo) || s.orAlternative(c)) {
		c.u1, c.k1, c.lo = s.fromLevel(c.lo, c.conn+1, c.u1, c.k1)
	}
	return false
}

// orAlternative reports whether "or" and a larger number follow the bare
// first number, which fromLevel then gives the second's unit: "eight or
// nine euros", "8 or $9", "three or four years" are two figures, each in
// the unit written once. A larger number before "or" is restated by the
// figure after it, not an alternative: "39,000 or 4% of incidents".
func (s *scanner) orAlternative(c *candidate) bool {
	if !s.isLx(c.conn, lxOr) {
		return false
	}
	h, hcode := s.rangeHighCurrency(c.conn + 1)
	hn, ok := s.parseNum(h, hcode != "")
	return ok && cmpValues(scaledLow(s.toks, c.lo, hn).val, hn.val) < 0
}

// changeBefore reports whether a word of change or a verb of moving
// (lexicon.Directions, lexicon.MoveVerbs) stands in the few words before
// "from" at token f, in the same clause: "rose from $160 to $180", "has
// dropped since October from $75", "went from 5 to 7 percent" give a figure
// and where it went, not a range; so does a word of change before its "by
// N%" ("increased by 1.2% from 346,000 to 351,000": two levels).
//
// A "from X to Y" set off by a comma or a parenthesis after a clause that
// states a change and its figure is that change's two levels, as an
// apposition restates them (changeClauseBefore): "increasing only 1
// percent from June 2014 to June 2015, from 1.32 million to 1.33 million",
// "increased by 6% on the previous quarter (from 351 to 371 days)".
func (s *scanner) changeBefore(f int) bool {
	if b := s.byPercentBefore(f); b >= 0 {
		f = b // "increased by 1.2% from 346,000 to 351,000"
	}
	if s.isByte(f-1, ',') || s.isByte(f-1, '(') {
		return s.changeClauseBefore(f-1) && s.levelsEndClause(f)
	}
	for k := f - 1; k >= 0 && k >= f-5; k-- {
		if s.toks[k].kind != tWord {
			return false
		}
		if s.flag(k, fUp|fDown|fMove|fMult) {
			return true
		}
	}
	return false
}

// changeClauseBefore reports whether the clause that ends before token p (a
// comma or an opening parenthesis) states a change and its figure: a word
// of change and, after it, a number, read back to the clause's start, over
// the figure's own marks (a currency sign, "%", "/") and nothing else that
// ends a clause ("increased by 6.3% in the year ending March 2020 when
// compared with the year before, from 2.87 to 3.05", "an increase in cost
// between 2019/20 and 2020/21 of £78.9 million, from £21.0 million to
// £99.9 million").
func (s *scanner) changeClauseBefore(p int) bool {
	figure := false
	for k := p - 1; k >= 0; k-- {
		switch s.toks[k].kind {
		case tNum:
			figure = true
		case tWord:
			if s.isRole(k, rRangeVerb) {
				return false // "ranging from", "is": a range's own verb
			}
			if s.flag(k, fUp|fDown|fMove) {
				return figure
			}
		default:
			if !s.isByte(k, '%') && !s.isByte(k, '/') && currencySigns[s.tt(k)] == "" {
				return false
			}
		}
	}
	return false
}

// levelsEndClause reports whether the "from X to Y" at token f, set off
// after a change, is a plain apposition that ends its clause: Y, a few words
// of its unit, then a mark, the end, or a word of time ("from 1.32 million
// to 1.33 million.", "(from 351 to 371 days)", "from 125 to 126 between
// 2018 and 2019"). A clause going on with a verb of its own ("from 10 to 20
// sectors reporting growth", review19) says something else of a range.
func (s *scanner) levelsEndClause(f int) bool {
	k := f + 1
	for ; k < len(s.toks) && k <= f+8 && !s.isLx(k, lxTo); k++ {
	}
	for ; k < len(s.toks) && k <= f+10 && s.toks[k].kind != tNum; k++ {
	}
	if k >= len(s.toks) || s.toks[k].kind != tNum {
		return true
	}
	for n, j := 0, k+1; j < len(s.toks); j++ {
		switch s.toks[j].kind {
		case tWord:
			w := strings.ToLower(s.tt(j))
			if levelsClauseGoesOn[w] {
				return true
			}
			if n++; n > 3 || strings.HasSuffix(w, "ing") {
				return false
			}
		case tNum:
			return false
		default:
			if !s.isByte(j, '%') {
				return true
			}
		}
	}
	return true
}

// levelsClauseGoesOn are the words after the levels of a change that go on
// with its time or base, not a clause of the range's own.
var levelsClauseGoesOn = map[string]bool{"between": true, "in": true, "during": true, "over": true, "on": true, "since": true, "from": true, "compared": true, "and": true, "a": true, "the": true, "last": true, "this": true, "by": true}

// byPercentBefore returns the token of "by" when the words before token f
// are a change's "by N%" or "by N percent" ("increased by 1.2% from"), so
// that the word of change is read before it; -1 otherwise.
func (s *scanner) byPercentBefore(f int) int {
	k := f - 1
	switch {
	case s.isByte(k, '%'), s.isAny(k, "percent"):
		k--
	case s.isAny(k, "cent") && s.isAny(k-1, "per"):
		k -= 2
	default:
		return -1
	}
	if k < 1 || s.toks[k].kind != tNum || !s.isLx(k-1, lxBy) {
		return -1
	}
	return k - 1
}

// rangeThenTo reports whether the words from token k read "to Y", then
// "to" and another number: "from 5 to 7 per cent to 3 to 5 per cent" goes
// from one range to another, whatever word of change stands before.
func (s *scanner) rangeThenTo(k int) bool {
	if !s.isLx(k, lxTo) {
		return false
	}
	for j := k + 2; j < len(s.toks) && j <= k+5; j++ {
		if s.isLx(j, lxTo) {
			return j+1 < len(s.toks) && (s.toks[j+1].kind == tNum || currencySigns[s.tt(j+1)] != "")
		}
		if s.toks[j].kind != tWord && s.toks[j].kind != tNum && !s.isByte(j, '%') {
			return false
		}
	}
	return false
}

// rangeConnector reports whether a range connector stands at c.conn.
func (s *scanner) rangeConnector(c *candidate) bool {
	conn := c.conn
	if c.sign && s.isAnyLx(conn, lxTo, lxThrough) && !s.isByte(conn+1, '+') {
		return false // "(+$1.18 to $31.12)": a rise and the level it reached, as "rose 0.5 percent to 2.6 percent"
	}
	if s.dash(conn) && s.attached(conn) && conn > 0 && conn-1 >= c.lo.end && s.toks[conn-1].kind == tWord && s.toks[conn-1].lex() == nil {
		return false // "5 aircraft-1", "5 aircraft- 1": a dash glued to a word is a name's or a compound's
	}
	return conn < len(s.toks) && (s.dash(conn) || s.isByte(conn, '~') ||
		s.isAnyLx(conn, lxTo, lxThrough) && (!s.isLx(c.i-1, lxFrom) || c.fromRange) || c.between && s.isLx(conn, lxAnd))
}

// rangeHigh reads the high end of a range after the connector and, if the
// two make a range, makes the candidate one.
func (s *scanner) rangeHigh(c *candidate) (stop bool) {
	toks, lo, conn := s.toks, c.lo, c.conn
	if c.loSub {
		return false // "10 cents to 20 cents": a range writes its hundredths once, after the high end
	}
	h, hcode := s.rangeHighCurrency(conn + 1)
	if hcode != "" && c.code != "" && hcode != c.code {
		return false
	}
	hn, ok := s.parseNum(h, c.code != "" || hcode != "")
	if !ok || hn.word != lo.word && s.dash(conn) {
		return false
	}
	lo2 := scaledLow(toks, lo, hn)
	yearish := s.yearishPair(lo, hn, conn)
	if !yearish && s.flag(hn.end, fMonth) && toks[hn.end].upper && !lo.word && lo.scale == 0 && hn.scale == 0 {
		c.end = hn.end + 1 // "9-11 June": days of a month
		return true
	}
	if yearish || cmpValues(lo2.val, hn.val) >= 0 || s.dash(hn.end) && s.attached(hn.end) && hn.end+1 < len(toks) && toks[hn.end+1].kind == tNum {
		return false
	}
	ownCode := hcode != ""
	if hcode == "" {
		hcode = c.code
	}
	u2, k2, j2 := s.unit(hn, hn.end, hcode)
	if s.changeThenLevel(c, hn, ownCode, k2, j2) {
		return false // "increased by $43.6 billion to $419.2 billion": a change and a level
	}
	if c.k1 != Number && k2 == Number && s.isAnyLx(conn, lxTo, lxThrough) && c.code == "" {
		return false // "rose 0.25 percentage points to 5.25": a change and a level
	}
	if c.k1 == Count && k2 == Number && s.dash(conn) {
		return false // "5 countries –10": a count's noun comes after the range, not inside it
	}
	if c.k1 != Number && k2 != Number && c.u1 != u2 {
		return false
	}
	hiSub := s.subunitAfter(hcode, k2, hn.end)
	if c.loPer != "" && (k2 != Currency || j2 != hn.end) {
		return false // "$32/b to 73 gallons": the base is the low end's alone
	}
	if hiPer, _, ok := s.slashBase(j2); c.loPer != "" && ok && hiPer != c.loPer {
		return false // "$32/b to $73/gal": two bases, two figures
	}
	if k2 == Number && c.k1 != Number {
		u2, k2 = c.u1, c.k1
	}
	// "1,000 to 1 billion": a bare low end that takes no scale leaves the
	// range without one, as indicators.ParseStated reads it.
	c.unscaled = lo.scale == 0 && hn.scale != 0 && lo2.val.Exp == lo.val.Exp
	if hiSub {
		lo2.val, hn.val = lo2.val.Shift(-2), hn.val.Shift(-2) // "10-20 cents"
	}
	c.isRange, c.hi, c.lo, c.sub = true, hn, lo2, hiSub
	c.u, c.kind, c.j = u2, k2, j2
	if c.code == "" {
		c.code = hcode
	}
	return false
}

// yearishPair reports whether lo and hn, joined at conn, are a year and
// what follows it, or a telephone number ("456-1111"), not a range.
func (s *scanner) yearishPair(lo, hn num, conn int) bool {
	return lo.plainInt && lo.ndigits == 4 && s.yearAt(lo.start) ||
		lo.plainInt && hn.plainInt && lo.ndigits == 3 && hn.ndigits == 4 && s.dash(conn) && s.attached(conn)
}

// rangeHighCurrency reads a currency before the high end of a range at
// token h and returns where its number starts.
func (s *scanner) rangeHighCurrency(h int) (int, string) {
	toks := s.toks
	if h >= len(toks) {
		return h, ""
	}
	if code, ok := currencySigns[s.tt(h)]; ok {
		if code, ns, ok := s.dollarLetters(h); ok {
			return ns, code // "between $US160 million and $US171 million"
		}
		return h + 1, code
	}
	if lx := toks[h].lex(); lx != nil && lx.cur != "" && h+1 < len(toks) && toks[h+1].kind == tNum && s.tt(h) == strings.ToUpper(s.tt(h)) {
		return h + 1, lx.cur
	}
	return h, ""
}

// scaledLow gives the low end of a range written bare the scale of the
// high end: "5 to 7 billion", "1.5-2 million", "two to three million".
func scaledLow(toks []token, lo, hn num) num {
	if lo.scale != 0 || hn.scale == 0 {
		return lo
	}
	// float64 of a Decimal without Decimal.Float64, which formats digits:
	// this runs for every range whose high end has a scale.
	f := func(d indicators.Decimal) float64 { return float64(d.Coef) * math.Pow10(int(d.Exp)) }
	if vocab.SharesScale(f(lo.val), f(hn.val), hn.scale.Exp(), toks[lo.start].comma) && (lo.plainInt || toks[lo.start].dot && lo.end == lo.start+1) || lo.word {
		lo.val.Exp += int32(hn.scale.Exp())
	}
	return lo
}

// notRange ends a candidate whose dash joins numbers that are no range,
// by the named rules given (exclusions.go): a score ("won 3-1", "a 52-48
// vote"), a telephone number or a date ("202-456-1111", "2015-04-28",
// "10-3").
func (s *scanner) notRange(c *candidate, rules []exclusionRule) (stop bool) {
	toks, conn := s.toks, c.conn
	if c.isRange || !s.dash(conn) || !s.attached(conn) || conn+1 >= len(toks) || toks[conn+1].kind != tNum || !s.attached(conn+1) {
		return false
	}
	s.excl = exclusionCandidate{lo: c.lo, kind: Number, identEnd: c.identEnd, conn: conn, money: c.code != "", first: c.i}
	if e, bad := s.applyExclusions(rules); bad {
		c.end, c.ident = e, true
		return true
	}
	return false
}

// unitPhase settles the unit and the value of the figure, applies the
// exclusion rules that need the unit and ends what is no figure.
func (s *scanner) unitPhase(c *candidate) (stop bool) {
	if c.isRange {
		c.q.Low, c.q.High, c.q.Qualifier = c.lo.val, c.hi.val, indicators.Range
		c.q.Scale = c.hi.scale
		if c.unscaled {
			c.q.Scale = 0
		}
		s.scaledRange(c)
		c.numbers[1] = s.span(c.hi.start, c.hi.end)
	} else {
		s.singleUnit(c)
	}
	if s.noFigure(c) {
		return true
	}
	s.agePhase(c)
	s.ratePhase(c)
	return false
}

// agePhase reads an age: "aged 65 and over", "ages 18-24", "at age 5",
// "a 45-year-old man". An age is a count of years (or months, weeks,
// days: "a 3-month-old") with the phrase "years old"; the span keeps the
// word before it ("aged 67"), so that it reads back as an age.
func (s *scanner) agePhase(c *candidate) {
	i, lo := c.i, c.lo
	// "old" before the map: it rarely ends a count.
	if c.kind == Count && s.is(c.j-1, vocab.AgeOld) && ageNouns[c.u.Name] {
		c.age = true // "45-year-old", "10 years old"
		return
	}
	if c.kind != Number || !c.u.IsZero() || lo.scale != 0 || lo.val.Exp < 0 {
		return
	}
	switch {
	case s.isRole(i-1, rAge):
		c.ageAt = i - 1
	case s.isAnyLx(i-1, lxBetween, lxOf, lxFrom) && s.isRole(i-2, rAge):
		c.ageAt = i - 2
		if !s.isLx(i-1, lxBetween) {
			c.ageAt = 0 // "aged from 20 to 30", "an age of 5": the age word stays out
		}
	case !c.isRange && s.betweenCommas(lo) && s.appositionAge(lo):
		c.ageAt = 0 // "Maddon, 66, has": the commas and the name stay out
	default:
		return
	}
	c.age = true
	c.kind, c.u = Count, indicators.Unit{Kind: indicators.Count, Name: vocab.AgeNouns[0]}
}

// scaledRange gives a range of a prefixed measure the measure's power of
// ten: "0.4 to 2.1 Mt", "400 kt to 2 Mt" (lexicon.ScaledMeasures).
func (s *scanner) scaledRange(c *candidate) {
	if c.kind != Measure || c.lo.scale != 0 || c.hi.scale != 0 {
		return
	}
	he := s.measureExp(c.hi, c.hi.end)
	if he == 0 {
		return
	}
	le := he
	if c.k1 == Measure {
		le = s.measureExp(c.lo, c.lo.end)
	}
	c.q.Low, c.q.High, c.q.Scale = c.q.Low.Shift(le), c.q.High.Shift(he), indicators.Scale(he/3)
}

// ratePhase reads the base of a rate after the figure's unit: "450,000
// barrels per day", "$200 a month", "8.4 per 100,000 population". The base
// is part of the unit (indicators.Unit.Per) and of the span, not of the
// figure.
func (s *scanner) ratePhase(c *candidate) {
	if c.kind == Ratio || c.kind == Rank || c.age || c.u.Per != "" {
		return // "9.2 million b/d" has its base
	}
	if c.slashAfter(c.j) {
		if per, e, ok := s.slashBase(c.j); ok {
			c.u.Per, c.rateAt, c.j = per, c.j, e // "$47/b", "$32/b to $73/b"
			return
		}
	}
	if c.loPer != "" && c.isRange {
		c.u.Per = c.loPer // "$32/b to $73": one base, after the slash
		return
	}
	if per, e, ok := s.rate(c.j); ok {
		c.u.Per, c.rateAt, c.j = per, c.j, e
		return
	}
	c.u.Per = s.rateApart(c)
}

// nameBeforeSign reports whether the sign at token i follows a name, as
// market reports write an index's change: "FTSE -0.6% CAC -1.7%", "Dow
// +0.2%". A sign after "(" or ";" ("rose by 40,000 (-1.0%)"), in a new
// table cell or at the start of a line keeps to its figure, with no
// direction.
func (s *scanner) nameBeforeSign(i int) bool {
	t := s.toks
	return i > 0 && t[i].space && !t[i].tab && t[i-1].kind == tWord && t[i-1].upper &&
		!strings.ContainsAny(s.text[t[i-1].end:t[i].start], "\n\r")
}

// rateApart returns the base of a rate written apart from the figure, or
// "". A count is a rate per year where an annual rate governs it: "an
// annual rate of 9.0 million units", "a seasonally adjusted annual rate of
// 1.35 million", "at a 1.2 million SAAR" (the words of
// lexicon.RatePhrases, which a catalog's quote must hold for "per year").
// An amount or count restated in parentheses takes the base after them:
// "9 billion shekels ($2.4 billion) a year", "C$6 (US$4.46) per share",
// and so does the restatement. The span stays the figure's own, so that
// the restatement is read too.
func (s *scanner) rateApart(c *candidate) string {
	if c.age || c.kind == Percent || c.kind == Ratio || c.kind == Rank {
		return ""
	}
	if c.kind == Count || c.kind == Number && c.u.IsZero() {
		if s.annualRateBefore(c.i) || s.isAny(c.j, vocab.AnnualRateAfter...) {
			return vocab.YearBase
		}
	}
	if c.kind == Count {
		if per := s.clauseRate(c.j); per != "" {
			return per
		}
	}
	if s.isByte(c.j, ')') && s.isByte(c.i-1, '(') {
		if per, _, ok := s.rate(c.j + 1); ok {
			return per // the restatement: "(US$4.46) per share"
		}
	}
	if !s.isByte(c.j, '(') {
		return ""
	}
	figure := false
	for k := c.j + 1; k < len(s.toks) && k <= c.j+maxRestated; k++ {
		switch {
		case s.isByte(k, ')'):
			if per, _, ok := s.rate(k + 1); ok && figure {
				return per
			}
			return ""
		case s.isByte(k, '('):
			return ""
		case s.toks[k].kind == tNum:
			figure = true
		}
	}
	return ""
}

// clauseRate returns the base of a rate that closes the words after a
// count's noun, before anything else its clause says: a participle, a
// passive verb or a phrase that narrows the noun may stand between
// ("75,000 appointments scheduled per working day", "70,000 were attended
// each day", "5,100 new requests for social care a day"), or "". A number,
// a mark, a conjunction, a modal or a preposition before "a" ("in a week":
// when, not how often) ends the search.
func (s *scanner) clauseRate(j int) string {
	for k := j; k < len(s.toks) && k < j+maxRateApart; k++ {
		if s.toks[k].kind != tWord {
			return ""
		}
		article := s.isAnyLx(k, lxA, lxAn)
		if !article || !s.flag(k-1, fFunction) && !s.isAny(k-1, "once", "twice") {
			if per, e, ok := s.rate(k); ok && (!article || e >= len(s.toks) || s.toks[e].kind != tWord || s.flag(e, fFunction)) {
				return per // not "had added a second dose": a noun after "a second" is its own
			}
		}
		if k > j && s.isAnyLx(k, lxAnd, lxOr) || s.isRole(k, rModal) {
			return "" // "… and 30 a week", "1,000 students will take part each year": another clause's
		}
	}
	return ""
}

// maxRateApart bounds the words clauseRate reads after a count's noun.
const maxRateApart = 8

// maxRestated bounds the tokens of a figure restated in parentheses:
// "(US $4.46)", "(about €2.1 billion)".
const maxRestated = 8

// annualRateBefore reports whether an annual rate governs the figure at
// token i: "an annual rate of", "annualized rate of", "a seasonally
// adjusted annual rate of about" (one word may stand between "of" and the
// figure).
func (s *scanner) annualRateBefore(i int) bool {
	k := i - 1
	if !s.is(k, "of") {
		k--
	}
	return s.is(k, "of") && s.isAny(k-1, "rate", "pace") && s.isAny(k-2, vocab.AnnualRateWords...)
}

// singleUnit settles the unit and value of a figure that is no range:
// "120 MEUR", "5 feet 2 inches", "3 dollars 50 cents".
func (s *scanner) singleUnit(c *candidate) {
	if c.k1 == Measure && c.lo.scale == 0 {
		// "532.0 Mt CO2-e" is 532.0 million tCO2e, as ParseStated reads it.
		if e := s.measureExp(c.lo, c.j); e != 0 {
			c.lo.val, c.lo.scale = c.lo.val.Shift(e), indicators.Scale(e/3)
		}
	}
	c.u, c.kind, c.j = c.u1, c.k1, c.j1
	if c.loSub {
		c.lo.val, c.sub = c.lo.val.Shift(-2), true // "16 cents" is US$0.16
	} else if _, ok := millionCode(s.tokAt(c.j - 1)); ok && c.kind == Currency && c.lo.scale == 0 || c.millionPrefix {
		c.lo.val.Exp += 6
		c.lo.scale = indicators.Million
	}
	if c.kind == Measure && c.u.Name == "ft" && c.lo.scale == 0 {
		s.feetInches(c)
	}
	if c.kind == Currency && c.code == "" && c.lo.scale == 0 && c.lo.val.Exp == 0 {
		// "3 dollars 50 cents", "thirteen dollars and forty-five cents".
		if cents, e, ok := s.cents(c.j); ok {
			c.lo.val = indicators.Decimal{Coef: c.lo.val.Coef*100 + cents, Exp: -2}
			c.j = e
		}
	}
	c.q.Value = c.lo.val
	c.q.Scale = c.lo.scale
}

// feetInches reads the inches after feet: "5 feet 2 inches", "5 ft 2 in".
func (s *scanner) feetInches(c *candidate) {
	toks, k := s.toks, c.j
	if s.isLx(k, lxAnd) {
		k++
	}
	if k+1 < len(toks) && toks[k].kind == tNum && s.isAny(k+1, "in", "inch", "inches") && !toks[k].dot && !toks[k].comma {
		in, _, _ := digitsValue(s.tt(k))
		if in.Coef < 12 {
			c.lo.val = fracDecimal(c.lo.val.Float64() + float64(in.Coef)/12)
			c.j = k + 2
		}
	}
}

// noFigure ends a candidate the exclusion rules after the unit exclude, or
// that is notation or a word rather than a figure: "95% CI", "one",
// "net zero", "zero-carbon".
func (s *scanner) noFigure(c *candidate) bool {
	toks, i, j, lo, kind := s.toks, c.i, c.j, c.lo, c.kind
	if !c.isRange && c.code == "" && !c.neg && !c.sign {
		s.ident = false
		if e, bad := s.excludedAfter(lo, kind, c.identEnd); bad {
			c.end, c.ident = max(e, lo.end), s.ident
			return true
		}
	}
	if c.neg {
		s.excl = exclusionCandidate{lo: lo, kind: kind, identEnd: c.identEnd}
		if e, bad := s.applyExclusions(exclusionsSigned); bad {
			c.end = max(e, lo.end)
			return true
		}
	}
	// "95% CI", "a 95 percent confidence interval": the level of an
	// interval is notation, not a claim.
	if kind == Percent && !c.isRange && c.code == "" && (s.is(j, "ci") || s.isAny(j, "confidence", "credible") && s.isAny(j+1, "interval", "intervals", "level", "limits")) {
		c.end = j
		return true
	}
	c.end = lo.end
	if kind == Number && lo.word && !c.isRange && lo.val.Coef == 1 && lo.val.Exp == 0 {
		return true
	}
	if lo.word && lo.val.Coef == 0 && s.isAny(i-1, "net", "near", "absolute") {
		return true
	}
	// "zero emissions", "net zero", "zero-carbon" are not figures; a zero
	// standing alone ("the count was zero") is.
	return kind == Number && lo.word && !c.isRange && lo.val.Coef == 0 &&
		(s.isAny(i-1, "net", "near", "absolute", "to") || s.dash(j) || j < len(toks) && toks[j].kind == tWord && !s.flag(j, fFunction|fNotNoun) || s.dash(i-1))
}

// hedgePhase reads the hedges of the figure: before it ("nearly", "more
// than", "between"), after it ("or more", "and over") and two hedges that
// make a range ("above 1000 and below 1500").
func (s *scanner) hedgePhase(c *candidate) {
	i := c.i
	switch {
	case c.isRange && (c.between || c.fromRange):
		c.figStart = i - 1
	case c.isRange:
		// "roughly 5 to 7 percent", "some 20-25 countries": the span keeps
		// the hedge, the quantity is the range.
		if _, hs := s.hedge(i); hs >= 0 && !(s.isAnyLx(hs, lxOver, lxUnder) && c.kind == Count && durations[c.u.Name]) {
			c.figStart = hs
		}
	default:
		s.singleHedge(c)
	}
	if c.ageAt > 0 && c.ageAt < c.figStart {
		c.figStart = c.ageAt // "aged 67", "aged between 20 and 30"
	}
}

// singleHedge reads the hedges of a figure that is no range. "over" and
// "under" before a span of time are prepositions ("spend $5 billion over
// two years") unless "for" or "in" stands before them ("unemployed for
// over two years", "in under 10 minutes"; lexicon.DurationHedgeLeads).
func (s *scanner) singleHedge(c *candidate) {
	i, q := c.i, &c.q
	if q2, hs := s.hedge(i); hs >= 0 && !(s.isAnyLx(hs, lxOver, lxUnder) && c.kind == Count && durations[c.u.Name] && !c.age && !s.isAny(hs-1, vocab.DurationHedgeLeads...)) {
		q.Qualifier = q2
		c.figStart = hs
	}
	if c.plus != indicators.Exact && q.Qualifier == indicators.Exact {
		q.Qualifier = c.plus
	}
	j := c.j
	// "$2 billion-plus", "5,000-plus".
	if q.Qualifier == indicators.Exact && s.dash(j) && s.attached(j) && s.isLx(j+1, lxPlus) && s.attached(j+1) {
		q.Qualifier, j = indicators.MoreThan, j+2
	}
	// "500 or more", "5,000 or less", "65 and over", "18 and under"; but
	// "5 and more than 7" is two figures. The hedge after a figure bounds
	// it where the one before only softens it ("about 500 or more"); a
	// figure bounded before keeps its bound ("at least 500").
	if hq, ok := s.trailingHedge(j); ok && !isBound(q.Qualifier) {
		q.Qualifier, j, c.figStart = hq, j+2, i
	}
	c.j = j
	s.hedgedRange(c)
}

// trailingHedge reads a hedge of the lexicon written after a figure at
// token j ("or more", "and over"; lexicon.TrailingHedges): its qualifier,
// and false when none stands there. "or more than" is a hedge of the next
// figure unless the text ends; "and" is a hedge only where no figure
// follows.
func (s *scanner) trailingHedge(j int) (indicators.Qualifier, bool) {
	toks := s.toks
	if !s.isAnyLx(j, lxOr, lxAnd) || j+1 >= len(toks) || toks[j+1].kind != tWord {
		return indicators.Exact, false
	}
	for _, h := range trailingHedgeWords {
		if !s.isWord(j, h.joinLx, h.join) || !s.isWord(j+1, h.wordLx, h.word) {
			continue
		}
		if h.join == "and" {
			numNext := j+2 < len(toks) && (toks[j+2].kind == tNum || s.class(j+2) != wNone || s.isAny(j+2, "a", "an", "$", "€", "£", "¥"))
			if s.isLx(j+2, lxThan) || numNext {
				return indicators.Exact, false
			}
		} else if s.isLx(j+2, lxThan) && !(h.q == indicators.AtLeast && j+3 == len(toks)) {
			return indicators.Exact, false
		}
		return h.q, true
	}
	return indicators.Exact, false
}

// trailingHedgeWord reports whether words a and b are a hedge of the
// lexicon written after a figure ("or less", "and over";
// lexicon.TrailingHedges).
func trailingHedgeWord(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(strings.Trim(b, ",.;:)"))
	for _, h := range trailingHedgeWords {
		if h.join == a && h.word == b {
			return true
		}
	}
	return false
}

// isBound reports whether q bounds a figure on one side.
func isBound(q indicators.Qualifier) bool {
	return q == indicators.MoreThan || q == indicators.AtLeast || q == indicators.LessThan || q == indicators.UpTo
}

// trailingHedgeWords are lexicon.TrailingHedges split into their two words.
var trailingHedgeWords = func() []struct {
	join, word     string
	q              indicators.Qualifier
	joinLx, wordLx lexIndex // their wordLx, set by initHedgeWords
} {
	var out []struct {
		join, word     string
		q              indicators.Qualifier
		joinLx, wordLx lexIndex
	}
	for _, h := range vocab.TrailingHedges {
		ws := vocab.Words(h.Phrase)
		q, err := indicators.ParseQualifier(h.Qualifier)
		if len(ws) != 2 || err != nil {
			panic("extract: lexicon trailing hedge " + h.Phrase + " is not two words and a qualifier")
		}
		out = append(out, struct {
			join, word     string
			q              indicators.Qualifier
			joinLx, wordLx lexIndex
		}{ws[0], ws[1], q, 0, 0})
	}
	return out
}()

// hedgedRange makes a range of two hedged figures: "above 1000 and below
// 1500", "at most 100 and at least 20".
func (s *scanner) hedgedRange(c *candidate) {
	q, j := &c.q, c.j
	lower := q.Qualifier == indicators.MoreThan || q.Qualifier == indicators.AtLeast
	upper := q.Qualifier == indicators.LessThan || q.Qualifier == indicators.UpTo
	if !lower && !upper {
		return
	}
	hq, he := s.hedgeAt(j + 1)
	other := hq == indicators.LessThan || hq == indicators.UpTo
	if upper {
		other = hq == indicators.MoreThan || hq == indicators.AtLeast
	}
	if !s.isRole(j, rAndComma) || he <= 0 || !other {
		return
	}
	hn, ok := s.parseNum(he, false)
	if !ok || hn.word != c.lo.word {
		return
	}
	u2, k2, j2 := s.unit(hn, hn.end, c.code)
	lv := q.Value
	switch hiSub := s.subunitAfter(c.code, k2, hn.end); {
	case hiSub && c.kind == Number:
		lv, hn.val = lv.Shift(-2), hn.val.Shift(-2) // "above 10 and below 20 cents"
	case hiSub && c.sub, !hiSub && c.sub && k2 == Number:
		hn.val = hn.val.Shift(-2) // "over 10 cents and under 20 (cents)"
	case hiSub, c.sub && k2 != Number:
		return // dollars and cents: no one range
	}
	if !(lower && cmpValues(lv, hn.val) < 0 || upper && cmpValues(hn.val, lv) < 0) {
		return
	}
	switch {
	case k2 == Number || c.kind == Number:
		if c.kind == Number && k2 != Number {
			c.u, c.kind = u2, k2
		}
		c.j = hn.end
		if k2 != Number {
			c.j = j2
		}
	case k2 == c.kind && u2 == c.u:
		c.j = j2
	default:
		return
	}
	q.Low, q.High, q.Value, q.Qualifier = lv, hn.val, indicators.Decimal{}, indicators.Range
	if upper {
		q.Low, q.High = q.High, q.Low
	}
	q.Scale = hn.scale
	c.numbers[1] = s.span(hn.start, hn.end)
}

// directionPhase reads whether the figure is a change and which way, and
// reports the mention.
func (s *scanner) directionPhase(c *candidate) {
	c.q.Direction = s.direction(c.figStart, c.j, c.kind)
	if c.sign && c.q.Direction == indicators.NoDirection {
		c.q.Direction = indicators.Up // "Dow +0.2%": a plus sign says a rise
	}
	if c.neg && c.kind == Percent && c.q.Direction == indicators.NoDirection && s.nameBeforeSign(c.i) {
		c.q.Direction = indicators.Down // "FTSE -0.6%": a minus after a name says a fall
	}
	if c.q.Direction == indicators.NoDirection && !c.neg {
		c.q.Direction = s.restatedDirection(c.figStart)
	}
	coord := false
	if c.q.Direction == indicators.NoDirection && !c.neg {
		c.q.Direction = s.coordinatedDirection(c.figStart, c.kind)
		coord = c.q.Direction != indicators.NoDirection
	}
	if c.kind == Number && !c.isRange && c.q.Direction == indicators.NoDirection {
		if u, ok := s.levelUnit(c.figStart); ok && u.Kind == indicators.Money {
			c.kind, c.u, c.q.Value = Currency, u, c.q.Value.Shift(-2) // "rose 5 cents to 80"
		} else if ok {
			c.kind, c.u = Count, u
		}
	}
	span := s.span(c.figStart, c.j)
	// The mention is built where it goes: in the collector's next slot
	// when Extract runs the scanner, rather than built here and copied
	// there (264 bytes). Nothing below reports a mention, so the slot
	// stays where it is.
	m := &s.one
	if s.col != nil {
		m = s.col.next(span.End)
	}
	// Each field is set below, none left from the slot's last use
	// (TestMentionFieldsSet): one by one, where a composite literal was
	// built whole and copied.
	m.Span, m.Kind, m.Unit, m.Quantity = span, c.kind, c.u, c.q
	figEnd := c.j
	if c.rateAt > 0 {
		figEnd = c.rateAt
	}
	m.Figure = s.span(c.i, figEnd)
	m.Numbers = c.numbers
	m.Text = s.text[m.Span.Start-s.base : m.Span.End-s.base]
	switch {
	case c.age:
		m.Quantity.Noun = vocab.AgePhrase(c.u.Name)
	case c.kind == Count:
		m.Quantity.Noun = s.nounAfter(c.numbers, m.Figure.End, c.u)
	}
	m.Sentence = s.sent
	m.Year = s.figureYear(c.j)
	s.lastEnd, s.lastDir = m.Span.End, m.Quantity.Direction
	s.lastKind, s.lastBy, s.lastCoord = c.kind, coord || s.isLx(c.figStart-1, lxBy), coord
	if s.col == nil {
		s.emit(*m)
	}
}

// levelUnit returns the counted noun of the change reported right before
// "to" and the bare number that starts at token start, or the currency of
// a change in its hundredths ("rose 5 cents to 80" is US$0.80): "the S&P 500 rose
// 64.06 points to 4,577.10" is a level of 4,577.10 points. A range writes
// its unit after the high end ("2 to 3 points"), so a unit after the first
// figure only is the change's, and the level after it shares it.
func (s *scanner) levelUnit(start int) (indicators.Unit, bool) {
	toks := s.toks
	k := start - 2
	if k < 1 || s.lastDir == indicators.NoDirection || !s.isLx(start-1, lxTo) || toks[k].kind != tWord || toks[k-1].kind != tNum {
		return indicators.Unit{}, false
	}
	if s.span(k, k+1).End != s.lastEnd {
		return indicators.Unit{}, false
	}
	if code, _ := s.subunitAt(k); code != "" {
		return moneyUnit(code), true // in hundredths, as the change was
	}
	if !s.pluralNounAt(k) {
		return indicators.Unit{}, false
	}
	return indicators.Unit{Kind: indicators.Count, Name: vocab.Singular(strings.ToLower(s.tt(k)))}, true
}

// restatedDirection returns the direction of the mention just before a
// figure that restates it after ", or" at token start, as market and
// economic reports write a change twice: "the Dow lost 190 points, or
// 0.6%", "exports rose $4 billion, or 3 percent". The comma must follow
// that mention at once.
func (s *scanner) restatedDirection(start int) indicators.Direction {
	if start < 2 || s.lastDir == indicators.NoDirection || !s.isLx(start-1, lxOr) || !s.isByte(start-2, ',') {
		return indicators.NoDirection
	}
	if s.span(start-2, start-1).Start != s.lastEnd {
		return indicators.NoDirection
	}
	return s.lastDir
}
