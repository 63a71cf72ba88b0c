package extract

import "github.com/claimbook/claimbook/indicators"

// A number that is a calendar year ends excluded, by the rule "year", at
// each of its tries: about a quarter of the tries on the documents of the
// genre ("in 2015", "from 2014 to 2015"). The phases reach that rule only
// after reading the number with its scale, fraction and ratio, and after
// asking the twenty-two rules before it in exclusionsBeforeUnit. yearFirst
// decides it before the phases, where the tokens beside the year are
// among the few that provably let no phase or earlier rule act:
//
//   - the year is four ASCII digits, 1800 to 2150, with a space, the
//     sentence's start or a "(" before it (no rule of a glued number
//     applies to "(2015") and no identifier of the sentence before it
//     (identifier-chain);
//   - before it stands nothing, a comma, a "(", or any word but a month
//     or "the" after one (date-month-before), "per" (rate-base) and the
//     words p-value reads between "p" and its figure, "of", "was", "is",
//     "were", "at" (yearLeadRefusedWords); the rules that read a word
//     before the number either need one of those, or a glued number, or
//     come after the year rule ("Section 2015", "Boeing 2015"), and a
//     currency before it (yearAt) makes it no year;
//   - after it stands nothing, ",", ";", ")", a "." that no word follows
//     glued (ticker), a "(" after a space (parenthesised-letter reads
//     "2015(k)"), a dash after a space, or glued with a number glued to
//     it ("2014-15", which the year rule takes in), or one of
//     yearTailWords after a space: no scale, fraction, "over", "in",
//     "of", "out" or "every" that parseNum or ratioOf would read on (and
//     so no "2015 3/4"), no unit that yearAt would take for an amount,
//     no month (date-month-after), no time (time-of-day), no citation
//     (legal-citation), no "'s" (apostrophe-s), no ":" (clock-time), no
//     word glued (attached-letters, compound-adjective, a rank's "th").
//
// There the phases end the candidate exactly as yearFirst does: the year
// rule's end, no ident, no mention. TestYearFirst runs both over the
// corpus, the conformance cases, the hard sentences and every word of the
// lexicon before a year, and FuzzYearFirst over any text.

// yearLeadRefusedWords are the words before a year, besides the months
// and "the" after a month (date-month-before), that yearFirst leaves to
// the phases: "per" (rate-base) and the words p-value reads between "p"
// and its figure ("p of 2015" would not be a year).
var yearLeadRefusedWords = []string{"per", "of", "was", "is", "were", "at"}

// yearTailWords are the words after a year, and a space, that yearFirst
// accepts.
var yearTailWords = []string{"to", "and", "were", "was", "is", "are", "with", "by", "for", "the"}

// yearLeadsRefused and yearTails hold, by lexIndex, whether the word is
// one of yearLeadRefusedWords or a month, and one of yearTailWords.
var yearLeadsRefused, yearTails []bool

func initYearWords() {
	yearLeadsRefused, yearTails = make([]bool, len(lexEntries)), make([]bool, len(lexEntries))
	for _, w := range yearLeadRefusedWords {
		yearLeadsRefused[mustLookup(w)] = true
	}
	for x := range lexEntries {
		if lexEntries[x].flags&fMonth != 0 {
			yearLeadsRefused[x] = true
		}
	}
	for _, w := range yearTailWords {
		yearTails[mustLookup(w)] = true
	}
}

// mustLookup returns the lexicon index of the key w, which must be one.
func mustLookup(w string) lexIndex {
	x := lookupIndex(w)
	if x == 0 {
		panic("extract: " + w + " is no lexicon key")
	}
	return x
}

// yearFirst ends the try at token i when it is a year that the phases
// would exclude by the year rule (see above), as they would: it returns
// the end of the excluded run and true, or false where the phases must
// decide.
func (s *scanner) yearFirst(i, identEnd int) (int, bool) {
	toks := s.toks
	t := &toks[i]
	if t.kind != tNum || t.end-t.start != 4 || t.comma || t.dot || t.multiDot || identEnd >= 0 && identEnd < i {
		return 0, false
	}
	if i > 0 {
		p := &toks[i-1]
		switch p.kind {
		case tWord:
			if !t.space || yearLeadsRefused[p.lx] || p.lx == lxThe && s.flag(i-2, fMonth) {
				return 0, false
			}
		case tSym:
			if c := s.text[p.start]; c != ',' && c != '(' || c == ',' && !t.space {
				return 0, false
			}
		default:
			return 0, false
		}
	}
	if e := i + 1; e < len(toks) {
		n := &toks[e]
		switch n.kind {
		case tWord:
			if !n.space || !yearTails[n.lx] {
				return 0, false
			}
		case tSym:
			switch s.text[n.start] {
			case ',', ';', ')':
			case '.':
				if e+1 < len(toks) && !toks[e+1].space {
					return 0, false // "7203.T"
				}
			case '(':
				if !n.space {
					return 0, false // "2015(k)": parenthesised-letter
				}
			default:
				if n.sym&symDash == 0 || !n.space && (e+1 >= len(toks) || toks[e+1].kind != tNum || toks[e+1].space) {
					return 0, false
				}
			}
		default:
			return 0, false
		}
	}
	if !s.yearAt(i) {
		return 0, false
	}
	v, _ := fourDigits(s.tt(i))
	s.ident = false
	s.excl = exclusionCandidate{lo: num{val: indicators.Decimal{Coef: int64(v)}, start: i, end: i + 1, plainInt: true, ndigits: 4}, kind: Number, identEnd: identEnd}
	e, _ := excludeYear(s, &s.excl)
	if s.onExclude != nil {
		s.onExclude("year")
	}
	return e, true
}
