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
	lxA, lxAnd, lxBetween, lxBy, lxDozen, lxDozens, lxEvery, lxFold, lxFrom, lxG          lexIndex
	lxHalf, lxHundred, lxHundreds, lxIn, lxLess, lxMore, lxNo, lxOf, lxOne, lxOr          lexIndex
	lxOver, lxP, lxPer, lxPercent, lxPlus, lxPounds, lxQuarter, lxSterling, lxThan, lxThe lexIndex
	lxTo, lxUp                                                                            lexIndex
)

// grammarWords names the variables above by their word, for
// initGrammarWords and the tests.
var grammarWords = []struct {
	word string
	lx   *lexIndex
}{
	{"a", &lxA}, {"and", &lxAnd}, {"between", &lxBetween}, {"by", &lxBy}, {"dozen", &lxDozen}, {"dozens", &lxDozens},
	{"every", &lxEvery}, {"fold", &lxFold}, {"from", &lxFrom}, {"g", &lxG}, {"half", &lxHalf}, {"hundred", &lxHundred},
	{"hundreds", &lxHundreds}, {"in", &lxIn}, {"less", &lxLess}, {"more", &lxMore}, {"no", &lxNo}, {"of", &lxOf},
	{"one", &lxOne}, {"or", &lxOr}, {"over", &lxOver}, {"p", &lxP}, {"per", &lxPer}, {"percent", &lxPercent},
	{"plus", &lxPlus}, {"pounds", &lxPounds}, {"quarter", &lxQuarter}, {"sterling", &lxSterling}, {"than", &lxThan}, {"the", &lxThe},
	{"to", &lxTo}, {"up", &lxUp},
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

// isByte reports whether token i is the one ASCII symbol c ("/", "%",
// "+"): is(i, string(c)) without the comparison of strings.
func (s *scanner) isByte(i int, c byte) bool {
	return uint(i) < uint(len(s.toks)) && s.toks[i].kind == tSym && s.text[s.toks[i].start] == c
}
