package extract

// The grammar asks of many tokens whether they are a given function word
// ("over", "of", "or"): is compares the token's text with the word, folding
// case, at each question. Where the word is a key of the lexicon, the
// token's lexIndex, which tokenize found once, answers the same question
// with one integer comparison: for a word token t and a key w,
// lookupIndex(t's text) is w's index exactly when the text is w with ASCII
// letters folded, which is what is tests. A symbol token has no index, so
// only words of letters are asked so.

// The lexicon's indexes of the words the matcher asks for by name, every
// such word of letters that is a lexicon key ("out", "through" are not:
// is asks for them). They are set by initGrammarWords once the lexicon is
// built. One-byte symbols are asked for with isByte.
var (
	lxA, lxAn, lxAnd, lxAt, lxBetween, lxBy, lxDollar, lxDollars, lxDozen, lxDozens                 lexIndex
	lxDuring, lxEach, lxEvery, lxFifth, lxFold, lxFor, lxFourth, lxFrom, lxFy, lxG                  lexIndex
	lxHalf, lxHigher, lxHundred, lxHundreds, lxIn, lxIs, lxLast, lxLess, lxLower, lxMore            lexIndex
	lxNext, lxNo, lxOf, lxOne, lxOr, lxOver, lxP, lxPer, lxPercent, lxPlus                          lexIndex
	lxPounds, lxQuarter, lxRaise, lxRaised, lxRaises, lxRaising, lxSterling, lxThan, lxThe, lxThird lexIndex
	lxThis, lxThrough, lxTo, lxUnder, lxUntil, lxUp, lxWas, lxWere, lxYear                          lexIndex
)

// grammarWords names the variables above by their word, for
// initGrammarWords and the tests.
var grammarWords = []struct {
	word string
	lx   *lexIndex
}{
	{"a", &lxA}, {"an", &lxAn}, {"and", &lxAnd}, {"at", &lxAt}, {"between", &lxBetween}, {"by", &lxBy},
	{"dollar", &lxDollar}, {"dollars", &lxDollars}, {"dozen", &lxDozen}, {"dozens", &lxDozens}, {"during", &lxDuring}, {"each", &lxEach},
	{"every", &lxEvery}, {"fifth", &lxFifth}, {"fold", &lxFold}, {"for", &lxFor}, {"fourth", &lxFourth}, {"from", &lxFrom},
	{"fy", &lxFy}, {"g", &lxG}, {"half", &lxHalf}, {"higher", &lxHigher}, {"hundred", &lxHundred}, {"hundreds", &lxHundreds},
	{"in", &lxIn}, {"is", &lxIs}, {"last", &lxLast}, {"less", &lxLess}, {"lower", &lxLower}, {"more", &lxMore},
	{"next", &lxNext}, {"no", &lxNo}, {"of", &lxOf}, {"one", &lxOne}, {"or", &lxOr}, {"over", &lxOver},
	{"p", &lxP}, {"per", &lxPer}, {"percent", &lxPercent}, {"plus", &lxPlus}, {"pounds", &lxPounds}, {"quarter", &lxQuarter},
	{"raise", &lxRaise}, {"raised", &lxRaised}, {"raises", &lxRaises}, {"raising", &lxRaising}, {"sterling", &lxSterling}, {"than", &lxThan},
	{"the", &lxThe}, {"third", &lxThird}, {"this", &lxThis}, {"through", &lxThrough}, {"to", &lxTo}, {"under", &lxUnder},
	{"until", &lxUntil}, {"up", &lxUp}, {"was", &lxWas}, {"were", &lxWere}, {"year", &lxYear},
}

// initGrammarWords sets the indexes of grammarWords; each must be a
// lexicon key of ASCII letters.
func initGrammarWords() {
	for _, g := range grammarWords {
		x := lookupIndex(g.word)
		if x == 0 || !asciiLower(g.word) {
			panic("extract: grammar word " + g.word + " is no lexicon key of letters")
		}
		*g.lx = x
	}
}

// isLx reports whether token i is the word of the lexicon whose index is
// x (one of grammarWords): is(i, word) with an integer comparison.
func (s *scanner) isLx(i int, x lexIndex) bool {
	return uint(i) < uint(len(s.toks)) && s.toks[i].lx == x
}

// isAnyLx is isLx for several words: isAny with integer comparisons.
func (s *scanner) isAnyLx(i int, xs ...lexIndex) bool {
	if uint(i) >= uint(len(s.toks)) {
		return false
	}
	x := s.toks[i].lx
	for _, w := range xs {
		if x == w {
			return true
		}
	}
	return false
}

// isByte reports whether token i is the one ASCII symbol c ("/", "%",
// "+"), c not 0: is(i, string(c)) without the comparison of strings, from
// the byte tokenize keeps in the token.
func (s *scanner) isByte(i int, c byte) bool {
	return uint(i) < uint(len(s.toks)) && s.toks[i].ch == c
}
