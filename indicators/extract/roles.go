package extract

import (
	"slices"
	"unicode/utf8"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// The figure rules ask of the tokens around a number whether they are one
// of a few words or symbols ("points", "while", "<", "and" or ","): isAny
// compares the token's text with each string of the list, folding case,
// at each question. A role names such a list, and a token's roles are a
// set of bits read from a table by what tokenize found once: a word's
// lexIndex (the words of the lists that are no lexicon keys are keys of
// their own, role words, which lookup and lex keep unknown) or a symbol's
// byte. The rules test a bit where they compared strings.

// A role is a set of bits, one per list of words the rules ask for.
type role uint32

// The roles, each the list isAny would compare with.
const (
	rSpacedSign  role = 1 << iota // spacedSignWords: "US $5"
	rPoint                        // "point"
	rPoints                       // "points"
	rTimeBack                     // lexicon.TimeBackWords: "ago", "earlier"
	rClauseStart                  // ";", ":", "(", "by", "while", "but", "which", "that": where a directionBefore search stops
	rJoin                         // "and", ",", "or", "&", "-", "–", "of", "to": what joins two figures of a list or range
	rAndComma                     // "and", ","
	rCompare                      // "<", ">", "=", "≤", "≥", "≈"
	rIdentGlue                    // "#", ":", ".", "+", "/", "_", "@": a number glued after it is a name
	rAge                          // lexicon.AgeWords
	rValue                        // "value", "values": of p-values
	rUpParticle                   // lexicon.UpParticle: "make up", "take up"
	rScore                        // lexicon.ScoreWords
	rRangeVerb                    // "range", "vary", "anywhere", "is", "are", "be": "ranging from X to Y"
	rLetterS                      // "s": "1990s" written "1990 s"
	rIndianScale                  // lexicon.IndianScales: "lakh", "crore"
	rOlds                         // ageGroupOlds: "olds" of "two year olds"
	rModal                        // lexicon.Modals: "will", "could"
)

// roleLists gives each role its words and symbols, as isAny was asked.
var roleLists = []struct {
	r     role
	words []string
}{
	{rSpacedSign, spacedSignWords},
	{rPoint, []string{"point"}},
	{rPoints, []string{"points"}},
	{rTimeBack, vocab.TimeBackWords},
	{rClauseStart, roleClauseStops},
	{rJoin, listJoins},
	{rAndComma, []string{"and", ","}},
	{rCompare, compareSigns},
	{rIdentGlue, identGlues},
	{rAge, vocab.AgeWords},
	{rValue, []string{"value", "values"}},
	{rUpParticle, vocab.UpParticle},
	{rScore, vocab.ScoreWords},
	{rRangeVerb, rangeVerbs},
	{rLetterS, []string{"s"}},
	{rIndianScale, indianScaleWords()},
	{rOlds, []string{ageGroupOlds}},
	{rModal, vocab.Modals},
}

// indianScaleWords returns the words of lexicon.IndianScales.
func indianScaleWords() []string {
	var ws []string
	for _, sc := range vocab.IndianScales {
		ws = append(ws, sc.Word)
	}
	return ws
}

// The lists of roleLists that have no other name.
var (
	roleClauseStops = []string{";", ":", "(", "by", "while", "but", "which", "that"}
	listJoins       = []string{"and", ",", "or", "&", "-", "–", "of", "to"}
	compareSigns    = []string{"<", ">", "=", "≤", "≥", "≈"}
	identGlues      = []string{"#", ":", ".", "+", "/", "_", "@"}
	rangeVerbs      = []string{"range", "ranges", "ranging", "ranged", "vary", "varies", "varying", "anywhere", "is", "are", "be"}
)

// roleWords holds the words of roleLists that are no lexicon keys; they
// take the lexIndexes from lexRoleStart on (buildLexTable).
var roleWords = map[string]bool{}

// lexRoleStart is the first lexIndex of a role word: the indexes below it
// are the lexicon's entries.
var lexRoleStart lexIndex

// lexRoles holds the roles of each lexIndex, symRoles those of each
// ASCII symbol, and runeRoles those of the few other symbols of the lists.
var (
	lexRoles  []role
	symRoles  [128]role
	runeRoles []runeRole
)

type runeRole struct {
	r     rune
	roles role
}

// runeRolesOf returns the roles of the non-ASCII symbol r.
func runeRolesOf(r rune) role {
	for _, x := range runeRoles {
		if x.r == r {
			return x.roles
		}
	}
	return 0
}

// addRoleWords registers the words of roleLists that the lexicon lacks,
// and those of the hedges (hedgeWordsAt, trailingHedge compare their
// indexes), before buildLexTable gives them indexes.
func addRoleWords() {
	add := func(w string) {
		if _, ok := lexicon[w]; !ok {
			roleWords[w] = true
		}
	}
	for _, l := range roleLists {
		for _, w := range l.words {
			if _, n := utf8.DecodeRuneInString(w); n == len(w) && !isLetterByte(w[0]) {
				continue // a symbol
			}
			add(w)
		}
	}
	for _, h := range hedges {
		for _, w := range h.words {
			if plainWord(w) {
				add(w)
			}
		}
	}
	for _, h := range trailingHedgeWords {
		for _, w := range []string{h.join, h.word} {
			if plainWord(w) {
				add(w)
			}
		}
	}
}

// plainWord reports whether w is one to 24 ASCII letters: a token of
// those letters in any case has the index of w (wordLx), once w is a key.
func plainWord(w string) bool {
	if w == "" || len(w) > 24 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isLetterByte(w[i]) {
			return false
		}
	}
	return true
}

// wordLx returns the index every word token that is w, folding ASCII
// case, has: that of the key w when w is a plain word and a key, else 0
// (such a w is asked for with is).
func wordLx(w string) lexIndex {
	if !plainWord(w) {
		return 0
	}
	return lookupIndex(w)
}

// isWord is is(i, w) for a word w whose wordLx is x: an integer
// comparison where x is not 0.
func (s *scanner) isWord(i int, x lexIndex, w string) bool {
	if x != 0 {
		return s.isLx(i, x)
	}
	return s.isText(i, w)
}

// isText is is, called where inlining it would keep its caller from being
// inlined.
//
//go:noinline
func (s *scanner) isText(i int, w string) bool { return s.is(i, w) }

// initRoles fills the role tables once the lexicon is built.
func initRoles() {
	lexRoles = make([]role, len(lexEntries))
	for _, l := range roleLists {
		for _, w := range l.words {
			r, n := utf8.DecodeRuneInString(w)
			switch {
			case n == len(w) && !isLetterByte(w[0]) && r < utf8.RuneSelf:
				symRoles[w[0]] |= l.r
			case n == len(w) && !isLetterByte(w[0]):
				k := slices.IndexFunc(runeRoles, func(x runeRole) bool { return x.r == r })
				if k < 0 {
					k, runeRoles = len(runeRoles), append(runeRoles, runeRole{r: r})
				}
				runeRoles[k].roles |= l.r
			default:
				x := lookupIndex(w)
				if x == 0 {
					panic("extract: role word " + w + " has no index")
				}
				lexRoles[x] |= l.r
			}
		}
	}
	// shortWords reads a sign's roles with its class, from shortSyms.
	for c, v := range shortSyms {
		if v != 0 {
			shortSyms[c] = v | uint64(symRoles[c&0x7F])<<32
		}
	}
}

// lexKnown reports whether x is the index of a lexicon entry: neither 0
// nor a role word's.
func lexKnown(x lexIndex) bool { return x != 0 && x < lexRoleStart }

// isRole reports whether token i plays one of the roles r: isAny of the
// roles' lists, with a bit test. A word's roles are its lexIndex's, a
// symbol's those tokenize gave it; a number has none (lexRoles[0]).
func (s *scanner) isRole(i int, r role) bool {
	if uint(i) >= uint(len(s.toks)) {
		return false
	}
	t := &s.toks[i]
	return (lexRoles[t.lx]|t.symRoles)&r != 0
}
