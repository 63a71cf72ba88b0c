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
//   - the year is four ASCII digits, 1800 to 2150, with a space or the
//     sentence's start before it (no rule of a glued number applies) and
//     no identifier of the sentence before it (identifier-chain);
//   - before it stands nothing, a comma, or one of yearLeadWords ("in",
//     "from"): no month (date-month-before, also after "the"), no "per"
//     (rate-base), no "p" or comparison (p-value), no ")" (eu-document);
//   - after it stands nothing, ",", ";", ")", a "." that no word follows
//     glued (ticker), a dash glued to a number glued to it ("2014-15",
//     which the year rule takes in), or one of yearTailWords after a
//     space: no scale, fraction, "over", "in", "of", "out" or "every"
//     that parseNum or ratioOf would read on (and so no "2015 3/4"), no
//     unit that yearAt would take for an amount, no month
//     (date-month-after), no time (time-of-day), no citation
//     (legal-citation), no "'s" (apostrophe-s), no ":" (clock-time), no
//     word glued (attached-letters, compound-adjective, a rank's "th").
//
// There the phases end the candidate exactly as yearFirst does: the year
// rule's end, no ident, no mention. TestYearFirst runs both over the
// corpus, the conformance cases and the hard sentences, and
// FuzzYearFirst over any text.

// yearLeadWords are the words before a year that yearFirst accepts.
var yearLeadWords = []string{"in", "from", "by", "for", "during", "since", "until", "through", "to", "and"}

// yearTailWords are the words after a year, and a space, that yearFirst
// accepts.
var yearTailWords = []string{"to", "and", "were", "was", "is", "are", "with", "by", "for", "the"}

// yearLeads and yearTails hold, by lexIndex, whether the word is one of
// yearLeadWords and yearTailWords.
var yearLeads, yearTails []bool

func initYearWords() {
	yearLeads, yearTails = make([]bool, len(lexEntries)), make([]bool, len(lexEntries))
	for _, w := range yearLeadWords {
		yearLeads[mustLookup(w)] = true
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
	if t.kind != tNum || t.end-t.start != 4 || t.comma || t.dot || t.multiDot || i > 0 && !t.space || identEnd >= 0 && identEnd < i {
		return 0, false
	}
	if i > 0 {
		p := &toks[i-1]
		switch p.kind {
		case tWord:
			if !yearLeads[p.lx] {
				return 0, false
			}
		case tSym:
			if s.text[p.start] != ',' {
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
			default:
				if n.sym&symDash == 0 || n.space || e+1 >= len(toks) || toks[e+1].kind != tNum || toks[e+1].space {
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
