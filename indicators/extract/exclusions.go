package extract

import (
	"math/bits"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Exclusions: a number the grammar reads is no quantity when it is part of
// a name, a date, a year, an ordinal, a time, a telephone number, a code or
// a list marker. Each such case is one named rule; the rules run in order
// and the first that excludes the number decides. Rules in
// exclusionsBeforeUnit see the number and what is around it; those in
// exclusionsAfterUnit also see what kind of quantity its unit made it.
// Number words are checked by wordOK instead, and a number written with a
// currency or a sign is never excluded.

// exclusionCandidate is the number a rule looks at.
type exclusionCandidate struct {
	lo       num
	kind     Kind // after the unit phase; Number before it
	identEnd int  // where the last identifier of the sentence ended, or < 0

	// For the rules of two numbers joined by a dash (exclusionsDashBefore,
	// exclusionsDashAfter): the dash's token, whether a currency was
	// written before the first number, and the candidate's first token.
	conn, first int
	money       bool
}

// An exclusionRule is one reason a number is no quantity. excludes reports
// whether it applies and, if so, the token where the excluded run ends.
type exclusionRule struct {
	name     string
	doc      string
	excludes func(s *scanner, c *exclusionCandidate) (end int, ok bool)
	// needs are traits every number the rule excludes has: a number
	// without one of them is not asked (applyExclusions), which spares
	// most rules most numbers. Zero asks every number.
	needs exclusionTraits
}

// exclusionTraits are cheap facts about a number and the tokens beside it,
// read once per number (traits) and tested against each rule's needs
// before the rule is called. A trait in a rule's needs must hold of every
// number the rule excludes (TestExclusionNeeds checks it).
type exclusionTraits uint32

const (
	trGlued        exclusionTraits = 1 << iota // a token before the number, and no space between them
	trPlain                                    // an integer in digits, no separators, no scale (num.plainInt)
	trFour                                     // plain with four digits
	trZero                                     // written with a leading "0"
	trPrevSym                                  // the token before is a symbol
	trPrevWord                                 // the token before is a word
	trNextSym                                  // the token after is a symbol
	trNextWord                                 // the token after is a word
	trNextAttached                             // the token after follows with no space
	trIdent                                    // an identifier of the sentence ended before the number
	trPrevCue                                  // no token before, or a word of prevLxTraits, a stop or a comparison sign (rCompare, rIdentGlue)

	// The fine traits name the word or sign that a rule reads beside
	// the number, so that a rule is asked only where what it looks for
	// stands; each is read with a load or a comparison (traits).
	trStart         // the number is the sentence's first token
	trPrevPer       // the word before is "per", "under" or "below" (prevLxTraits)
	trPrevIdent     // the word before is a word of fIdent: "Section", "Article" (prevLxTraits)
	trPrevUpper     // the token before is a word starting with a capital
	trNextTime      // the word after is a word of fTime, "a" or "p" (nextLxTraits)
	trNextMonth     // the word after is a month (fMonth) or "of" (nextLxTraits)
	trNextUpper     // the token after is a word starting with a capital
	trNextDash      // the token after is a dash (symDash)
	trNextMark      // the token after starts with ".", ":", "(", "'" or the first byte of "’" (markTraits)
	trNext2TimeBack // the second token after is a word of lexicon.TimeBackWords (rTimeBack)
	trNextAgeGroup  // "olds" is the second or third token after, or the token after is "and", "or", "to" or a dash (excludeAgeGroup)
)

// traits returns the traits of the number c. The kinds of the tokens
// beside it are read from tables and each fact becomes its bit without a
// branch where the compiler allows (bit): which kind comes next follows
// no pattern a branch predictor learns.
func (s *scanner) traits(c *exclusionCandidate) exclusionTraits {
	toks, lo := s.toks, c.lo
	t := trPrevCue // the first token has no word before it
	if i := lo.start; i > 0 && i <= len(toks) {
		p := &toks[i-1]
		t = prevKindTraits[p.kind&3] | prevLxTraits[p.lx] | bit(p.symRoles&(rCompare|rIdentGlue) != 0, trPrevCue) |
			bit(p.upper && p.kind == tWord, trPrevUpper)
		if i < len(toks) {
			t |= bit(!toks[i].space, trGlued)
		}
	} else {
		t |= bit(i == 0, trStart)
	}
	t |= bit(lo.plainInt, trPlain) | bit(lo.plainInt && lo.ndigits == 4, trFour)
	if lo.start < len(toks) {
		t |= bit(s.text[toks[lo.start].start] == '0', trZero)
	}
	if e := lo.end; e < len(toks) {
		n := &toks[e]
		t |= nextKindTraits[n.kind&3] | bit(!n.space, trNextAttached) | nextLxTraits[n.lx] | markTraits[s.text[n.start]] |
			bit(n.upper && n.kind == tWord, trNextUpper) | bit(n.sym&symDash != 0, trNextDash|trNextAgeGroup)
		if e+1 < len(toks) {
			r := lexRoles[toks[e+1].lx] | toks[e+1].symRoles
			if e+2 < len(toks) {
				r |= lexRoles[toks[e+2].lx] & rOlds
			}
			t |= bit(r&rTimeBack != 0, trNext2TimeBack) | bit(r&rOlds != 0, trNextAgeGroup)
		}
	}
	return t | bit(c.identEnd >= 0 && c.identEnd < lo.start, trIdent)
}

// prevKindTraits and nextKindTraits are the traits of the kind of the token
// before and after a number.
var (
	prevKindTraits = [4]exclusionTraits{tSym: trPrevSym, tWord: trPrevWord}
	nextKindTraits = [4]exclusionTraits{tSym: trNextSym, tWord: trNextWord}
)

// prevLxTraits holds, by lexIndex, the traits a word gives a number it
// stands right before, so that traits reads them with one load:
// trPrevCue for the words that may stand before a number that
// excludePValue, excludeCatalogueNumber or excludeMonthBefore excludes
// ("p of 0.02", "p was 0.05", "Catalogue No 6202.0", "April 15", "March
// the 3"; the signs they read, a stop and the comparison signs, give it by
// their roles, rIdentGlue holding the stop); trPrevPer for "per" (the only
// word excludeRateBase reads there) and "under" and "below" (those of
// excludeAgeBracket); trPrevIdent for the words of fIdent
// (excludeNamedDecimal, excludeNamedNumber).
var prevLxTraits []exclusionTraits

// nextLxTraits holds, by lexIndex, the traits a word gives a number it
// follows: trNextTime for the words of fTime and "a" and "p" ("6 pm", "9
// a.m.": excludeTimeOfDay), trNextMonth for the months and "of" ("15
// April", "3 of March": excludeMonthAfter), trNextAgeGroup for "and", "or"
// and "to" ("three and four year olds": excludeAgeGroup).
var nextLxTraits []exclusionTraits

// markTraits holds trNextMark for the first bytes of the signs that
// excludeTicker ("."), excludeClockTime (":"), excludeParenthesisedLetter
// ("(") and excludeApostropheS ("'", "’") read after a number.
var markTraits = func() (t [256]exclusionTraits) {
	for _, b := range []byte{'.', ':', '(', '\'', "’"[0]} {
		t[b] = trNextMark
	}
	return t
}()

// initPrevCue builds prevLxTraits and nextLxTraits, once the lexicon has
// its indexes.
func initPrevCue() {
	prev := make([]exclusionTraits, len(lexEntries))
	next := make([]exclusionTraits, len(lexEntries))
	set := func(tab []exclusionTraits, tr exclusionTraits, words ...string) {
		for _, w := range words {
			x := lookupIndex(w)
			if x == 0 {
				panic("extract: no lexicon index for " + strconv.Quote(w))
			}
			tab[x] |= tr
		}
	}
	set(prev, trPrevCue, "of", "was", "is", "were", "at", "no", "number", "nos", "the")
	set(prev, trPrevPer, "per", "under", "below")
	set(next, trNextTime, "a", "p")
	set(next, trNextMonth, "of")
	set(next, trNextMonth, ordinalSuffixes...)
	set(next, trNextAgeGroup, "and", "or", "to")
	for x := 1; x < len(lexEntries); x++ {
		f := lexEntries[x].flags
		prev[x] |= bit(f&fMonth != 0, trPrevCue) | bit(f&fIdent != 0, trPrevIdent)
		next[x] |= bit(f&fTime != 0, trNextTime) | bit(f&fMonth != 0, trNextMonth)
	}
	prevLxTraits, nextLxTraits = prev, next
}

// bit returns t when b holds, else 0.
func bit(b bool, t exclusionTraits) exclusionTraits {
	if b {
		return t
	}
	return 0
}

// exclusionsBeforeUnit are the rules checked before the unit is read, in
// order.
var exclusionsBeforeUnit = []exclusionRule{
	{"quarter-digit-first", "\"3Q24\", \"2H24\", \"in 3Q and 4Q\": a quarter or a half-year, no figure and no name (\"in 3Q24 and 2%\" keeps the 2%)", excludeQuarterDigitFirst, trPlain | trNextWord | trNextAttached},
	{"quarter-letter-first", "\"Q3\", \"H1 2015\", \"Q4'24\": a quarter or a half-year, no figure and no name (\"in Q3 and 5%\" keeps the 5%)", excludeQuarterLetterFirst, trPlain | trGlued | trPrevWord},
	{"glued-footnote", "\"the recycling rate1 was\", \"England2\", \"rose 0.6%4 in\", \"“shared facilities”1.\": one or two digits glued to the end of a word, a percent sign or a closing quote, in running text, are a footnote marker (footnoteStem)", excludeGluedFootnote, trGlued | trPlain},
	{"attached-word", "digits glued to a word are a name: COP21, G20, FY2025, CO2, PM2.5", excludeAttachedWord, trGlued | trPrevWord},
	{"hyphen-after-word", "digits after a word and a hyphen are a name: G-7, Observatory-2, post-2015 (but \"sub-300\" is a hedge, and an em dash sets a clause apart: \"interview—20.4 million\")", excludeHyphenAfterWord, trGlued | trPrevSym},
	{"international-phone", "\"+44 20 7946 0958\": an international telephone number", excludeInternationalPhone, trGlued | trPrevSym | trPlain},
	{"attached-symbol", "digits glued after # : . + / _ @ are part of a code: #5, v.2, @10", excludeAttachedSymbol, trGlued | trPrevSym},
	{"attached-number", "digits glued after a number are part of it: \"3/15\", \"1.2.3\"", excludeAttachedNumber, trGlued},
	{"apostrophe-year", "\"Q4'24\", \"FY’24\", \"3Q '15\", \"since '98\": a year written in two digits after an apostrophe", excludeApostropheYear, trGlued | trPrevSym | trPlain},
	{"p-value", "\"p < 0.05\", \"p-value of 0.02\": a test statistic", excludePValue, trPrevCue},
	{"rate-base", "\"rates per 100,000 population\": the base of a rate, not a figure", excludeRateBase, trPrevWord | trPrevPer},
	{"eu-document", "\"COM(2023) 123\", \"SWD(2024) 45\": EU document numbers", excludeEUDocument, trPlain | trPrevSym},
	{"catalogue-number", "\"cat. no. 3101.0\", \"(Catalogue number 6202.0)\", a title line \"4221.0 - Schools, Australia, 2012\": a statistical publication's catalogue number", excludeCatalogueNumber, trPrevCue},
	{"parenthesised-letter", "\"401(k)\": a name", excludeParenthesisedLetter, trPlain | trNextSym | trNextAttached | trNextMark},
	{"legal-citation", "\"42 U.S.C. 1983\", \"19 CFR 102\": a legal citation", excludeLegalCitation, trPlain | trNextWord},
	{"leading-zero", "\"0958\", \"007\", \"020 7946 0000\", \"(02) 9876 5432\": digits with a leading zero are codes or telephone numbers", excludeLeadingZero, trPlain | trZero},
	{"code-operator", "\"<>30\", \"=>30\": operators written as code", excludeCodeOperator, trGlued | trPrevSym},
	{"identifier-chain", "\"Satellite-1 and 2\": a number chained after an identifier", excludeIdentifierChain, trIdent | trPlain},
	{"attached-letters", "letters glued to digits that are neither scale nor unit: 21st, 1990s, 5G, 3D", excludeAttachedLetters, trNextWord | trNextAttached},
	{"compound-adjective", "\"10-year bond\", \"3-day visit\": a compound adjective, unless the word is a unit", excludeCompoundAdjective, trNextSym | trNextAttached | trNextDash},
	{"ticker", "\"7203.T\": a stock ticker", excludeTicker, trNextSym | trNextAttached | trNextMark},
	{"age-apposition", "\"Ohio, 18, and Texas\": a number between commas after a name that is no age (\"Kishida, 66, said\" is one: appositionAge)", excludeAgeApposition, trPlain | trPrevSym | trNextSym},
	{"apostrophe-s", "\"the 1990's\", \"a 747's wing\": a decade or a name", excludeApostropheS, trNextSym | trNextMark},
	{"clock-time", "\"10:30\": a time of day", excludeClockTime, trNextSym | trNextAttached | trNextMark},
	{"time-of-day", "\"6 pm\", \"9 a.m.\": a time of day", excludeTimeOfDay, trNextWord | trNextTime},
	{"date-month-before", "\"April 15\", \"March the 3\", \"Aug. 14\": a day of a month", excludeMonthBefore, trPrevCue},
	{"date-month-after", "\"15 April\", \"3 of March\", \"1 st April\": a day of a month", excludeMonthAfter, trNextWord | trNextMonth},
	{"year", "\"in 2015\", \"2014-15\", \"2023-05-19\": a calendar year or date", excludeYear, trPlain | trFour},
	{"named-decimal", "\"Article 2.1\": a numbered name with a decimal", excludeNamedDecimal, trPrevWord | trPrevIdent | trPrevUpper},
	{"named-number", "\"Section 301\", \"Title 5\", \"Tables 1-12\", \"strata 1-18\": a name that a number completes, or the part of a document or of a survey's design it numbers (lexicon.DocumentParts)", excludeNamedNumber, trPlain | trPrevWord | trPrevIdent},
	{"document-reference", "\"paragraph 4.2\", \"Tables 4.10\": a decimal after a word of lexicon.DocumentParts names part of a document or of a survey's design, never a quantity (a whole number after one is named-number's)", excludeDocumentReference, trPrevWord | trPrevIdent},
	{"document-reference-list", "\"Tables 4.10 and 4.11\", \"Appendix Tables 3.05, 3.06 and 3.17\": a decimal in a list of numbers that a word of lexicon.DocumentParts opens (a whole one is identifier-chain's)", excludeDocumentReferenceList, trIdent},
	{"number-abbreviation", "\"No. 2\", \"Vol. 3\", \"H.R. 1\": a number after an abbreviation", excludeNumberAbbreviation, trPlain},
	{"area-code-phone", "\"(202) 456-1111\": a telephone number", excludeAreaCodePhone, trPlain | trPrevSym | trNextSym},
	{"footnote", "\"[12]\": a footnote", excludeFootnote, trPlain | trGlued | trPrevSym | trNextSym | trNextAttached},
	{"street-address", "\"1600 Pennsylvania Avenue\": a street address", excludeStreetAddress, trPlain | trNextWord},
	{"list-marker", "\"(1)\" in a list, not \"incidents (9).\", a category's count (bracketCount)", excludeListMarker, trPlain | trGlued | trPrevSym | trNextSym | trNextAttached},
}

// exclusionsAfterUnit are the rules that need the quantity's kind, checked
// in order after the unit is read.
var exclusionsAfterUnit = []exclusionRule{
	{"heading-number", "\"2.1 Economic outlook\": a section number starting a heading line", excludeHeadingNumber, trNextWord | trStart | trNextUpper},
	{"paragraph-label", "\"1.2. Unusual changes …\": a numbered paragraph's label and its dot at the start of a line", excludeParagraphLabel, trStart | trNextSym},
	{"model-number", "\"the 737 MAX\": a model number before a name in capitals", excludeModelNumber, trPlain | trNextWord | trNextUpper},
	{"name-number", "\"Boeing 777\": a bare integer after a capitalised name is part of the name", excludeNameNumber, trPlain | trPrevWord | trPrevUpper},
	{"time-back", "\"compared with 12 months earlier\", \"two years ago\", \"three years later\": a span of time before a word of lexicon.TimeBackWords is a time, not a figure", excludeTimeBack, trNextWord | trNext2TimeBack},
	{"age-group", "\"two year olds\", \"4 year-olds\", \"three and four year olds\": an age group names the people counted, not a figure (\"5-year-olds\" is a compound adjective; \"a 45-year-old man\" and \"10 years old\" are ages)", excludeAgeGroup, trNextWord | trNextAgeGroup},
	{"age-bracket", "\"children under five\", \"infants under 5 years old\": an age bracket after a word of lexicon.ChildNouns, not a figure \"less than 5\"", excludeAgeBracket, trPrevWord | trPrevPer},
}

// exclusionsDashBefore are the rules for two numbers joined by a dash that
// are no range whichever is larger, checked before the second is read as
// the high end of a range.
var exclusionsDashBefore = []exclusionRule{
	{"age-group-pair", "\"3-4 year olds\": two ages before one age group (excludeAgeGroup), no range", excludeAgeGroup, 0},
	{"score", "\"won 112-104\", \"lost 98-104\", \"a 52-48 vote\": a score or a tally of votes, two counts of two sides, not a range; no mention (a committee's vote counts its members: committeeVote)", excludeScore, 0},
}

// exclusionsDashAfter are the rules for two numbers joined by a dash that
// did not make a range, checked after.
var exclusionsDashAfter = []exclusionRule{
	{"descending-pair", "\"won 3-1\", \"10-3\": a second number not above the first is a score or a date, never a range, which runs low to high", excludeDescendingPair, 0},
	{"dash-chain", "\"202-456-1111\", \"2015-04-28\", \"1990-95\": numbers chained by dashes, or after a four-digit first, are a telephone number, a date or a code", excludeDashChain, 0},
}

// exclusionsSigned are the rules for a number written with a minus sign,
// checked after the unit is read.
var exclusionsSigned = []exclusionRule{
	{"signed-count", "\"-2 countries\": a count is never negative (the catalog refuses one), so the dash is a list marker or a stray hyphen", excludeSignedCount, 0},
}

func excludeScore(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, lo, conn, i := s.toks, c.lo, c.conn, c.first
	h := conn + 1
	if c.money || !lo.plainInt || lo.ndigits > 3 || toks[h].dot || toks[h].comma || len(s.tt(h)) > 3 || s.dash(h+1) {
		return 0, false
	}
	cue := func(k int) bool { return s.isRole(k, rScore) }
	if !(cue(i-1) || s.isAnyLx(i-1, lxA, lxAn, lxBy, lxOf) && cue(i-2) || cue(h+1)) {
		return 0, false
	}
	hn, ok := s.parseNum(h, false)
	if !ok || hn.end != h+1 {
		return 0, false
	}
	if _, k, _ := s.unit(hn, hn.end, ""); k != Number {
		return 0, false // "won 5-10 percent of the vote" is a range of percent
	}
	return h + 1, true
}

func excludeDescendingPair(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, lo, conn := s.toks, c.lo, c.conn
	if lo.plainInt && !c.money && !toks[conn+1].dot && !toks[conn+1].comma && !s.dash(conn+2) {
		if hv, _, _ := digitsValue(s.tt(conn + 1)); hv.Cmp(lo.val) <= 0 && lo.ndigits <= 3 {
			return conn + 2, true
		}
	}
	return 0, false
}

func excludeDashChain(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, lo, conn := s.toks, c.lo, c.conn
	if s.dash(conn+2) || lo.plainInt && lo.ndigits == 4 || s.dash(c.first-1) && s.attached(c.first) {
		e := conn + 2
		for e+1 < len(toks) && (s.dash(e) || s.isByte(e, '/')) && s.attached(e) && toks[e+1].kind == tNum {
			e += 2
		}
		return e, true
	}
	return 0, false
}

func excludeSignedCount(s *scanner, c *exclusionCandidate) (int, bool) {
	return c.lo.end, c.kind == Count && !s.netBefore(c.lo.start) || c.kind == Rank
}

// saysNet reports whether the sentence s has a net word (vocab.NetWords):
// a figure of counted things in it may be a net one, below zero.
func saysNet(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, n := range vocab.NetWords {
			if strings.EqualFold(w, n) {
				return true
			}
		}
	}
	return false
}

// maxNetReach is the most tokens netBefore reads back: a long sentence,
// so that the scan stays linear in a table without full stops.
const maxNetReach = 64

// netBefore reports whether a net word (vocab.NetWords) stands before token
// i in its sentence (saysNet, as the drafter reads it), at most maxNetReach
// tokens back: "Net migration was -43,000 British citizens" is a net flow,
// which may be below zero, and so is each part of a net figure the sentence
// lists ("net migration = +327,000 (…), comprising +180,000 EU citizens,
// +190,000 non-EU citizens, and -43,000 British citizens").
func (s *scanner) netBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-maxNetReach; k-- {
		if s.isByte(k, '.') || s.isByte(k, ';') {
			return false
		}
		if s.isAny(k, vocab.NetWords...) {
			return true
		}
	}
	return false
}

// excluded reports whether the number lo is excluded by a rule of
// exclusionsBeforeUnit; end is where the excluded run ends.
func (s *scanner) excluded(lo num, identEnd int) (end int, bad bool) {
	if lo.word {
		// "Satellite-1 and two" is rare; words are checked by wordOK.
		return lo.end, false
	}
	s.excl = exclusionCandidate{lo: lo, kind: Number, identEnd: identEnd}
	return s.applyExclusions(exclusionsBeforeUnit)
}

// excludedAfter reports whether the number lo, of the given kind, is
// excluded by a rule of exclusionsAfterUnit.
func (s *scanner) excludedAfter(lo num, kind Kind, identEnd int) (int, bool) {
	s.excl = exclusionCandidate{lo: lo, kind: kind, identEnd: identEnd}
	return s.applyExclusions(exclusionsAfterUnit)
}

// applyExclusions runs rules in order over s.excl (kept in the scanner so
// that the rules' indirect calls allocate nothing) and returns the first
// that excludes. For the lists of every number, the rules a number's traits
// let ask come from a table (exclusionTable) as a set of bits, so that the
// loop visits only those.
func (s *scanner) applyExclusions(rules []exclusionRule) (int, bool) {
	c := &s.excl
	// The traits are remembered for the number last asked in the
	// sentence: the rules before the unit (numberPhase) and after it
	// (noFigure) ask them of the same number most often. The key is what
	// traits reads of c: its tokens, its digits when plain, identEnd.
	lo := c.lo
	k0 := uint64(uint32(lo.start)) | uint64(uint32(lo.end))<<32
	k1 := uint64(uint32(c.identEnd)) | uint64(uint32(lo.ndigits))<<32 | uint64(bit(lo.plainInt, 1))<<63
	have := s.trHave
	if k0 != s.trKey[0] || k1 != s.trKey[1] || s.toksGen != s.trGen || s.trGen == 0 {
		have = s.traits(c)
		s.trKey, s.trGen, s.trHave = [2]uint64{k0, k1}, s.toksGen, have
	}
	if tab := exclusionTableOf(rules); tab != nil {
		for m := tab.asks[have&coarseMask] & tab.fine[have>>fineShift]; m != 0; m &= m - 1 {
			n := bits.TrailingZeros64(m)
			if e, ok := rules[n].excludes(s, c); ok {
				if s.onExclude != nil {
					s.onExclude(rules[n].name)
				}
				return e, true
			}
		}
		return c.lo.end, false
	}
	for n := range rules {
		if rules[n].needs&^have != 0 {
			continue
		}
		if e, ok := rules[n].excludes(s, c); ok {
			if s.onExclude != nil {
				s.onExclude(rules[n].name)
			}
			return e, true
		}
	}
	return c.lo.end, false
}

// coarseMask holds the traits up to trPrevCue; the fine traits, from
// trStart on, are have>>fineShift.
const (
	coarseMask = trPrevCue<<1 - 1
	fineShift  = 11
	fineMask   = traitMask - coarseMask
	traitMask  = trNextAgeGroup<<1 - 1 // every trait
)

// An exclusionTable gives, for each set of traits a number may have, the
// rules of one list it asks, bit n for rule n: the rules whose needs the
// traits hold. Visiting the set bits spares the test of each rule's needs,
// one unpredictable branch per rule of the list. A rule's needs are all
// held when its coarse needs and its fine needs are, so the table is two,
// one by each half of the traits, and a number asks the rules both give:
// 2¹¹ and 2¹⁰ entries where one table would need 2²¹.
type exclusionTable struct {
	first *exclusionRule // the list's first rule, which names the list
	n     int
	asks  [coarseMask + 1]uint64
	fine  [fineMask>>fineShift + 1]uint64
}

// newExclusionTable builds the table of rules, a list of at most 64. Each
// rule is set at the one entry its needs name, then each entry takes the
// rules of the entries one trait short of it, a trait at a time, so that
// an entry holds the rules of every subset of its traits: 11·2¹¹ and
// 10·2¹⁰ steps, where testing every rule at every entry took 64 times as
// many (3.6 M instructions at each process start).
func newExclusionTable(rules []exclusionRule) *exclusionTable {
	if len(rules) == 0 || len(rules) > 64 {
		panic("extract: an exclusion list of " + strconv.Itoa(len(rules)) + " rules, want 1 to 64")
	}
	t := &exclusionTable{first: &rules[0], n: len(rules)}
	for n, r := range rules {
		t.asks[r.needs&coarseMask] |= 1 << n
		t.fine[(r.needs&fineMask)>>fineShift] |= 1 << n
	}
	subsetUnion(t.asks[:])
	subsetUnion(t.fine[:])
	return t
}

// subsetUnion sets each entry of tab, whose length is a power of two, to
// the union of the entries at the subsets of its index's bits.
func subsetUnion(tab []uint64) {
	for b := 1; b < len(tab); b <<= 1 {
		for have := range tab {
			if have&b != 0 {
				tab[have] |= tab[have^b]
			}
		}
	}
}

// The tables of the two lists asked of every number.
var (
	beforeUnitTable = newExclusionTable(exclusionsBeforeUnit)
	afterUnitTable  = newExclusionTable(exclusionsAfterUnit)
)

// exclusionTableOf returns the table built for rules, or nil when rules is
// no list a table was built for (a test's wrapped rules, the lists of
// dashes and signs, which hold one or two rules).
func exclusionTableOf(rules []exclusionRule) *exclusionTable {
	if len(rules) == 0 {
		return nil
	}
	for _, t := range [...]*exclusionTable{beforeUnitTable, afterUnitTable} {
		if &rules[0] == t.first && len(rules) == t.n {
			return t
		}
	}
	return nil
}

// glued reports whether the number c starts right after the token before
// it, with no space.
func (s *scanner) glued(c *exclusionCandidate) bool {
	i := c.lo.start
	return i > 0 && !s.toks[i].space
}

// footnoteStem reads w as a word with a footnote marker glued to its end
// (lexicon GluedFootnote, the one definition of the marker's form: "rate1",
// "England2", "Wales³"; not "MMR1", "COP21", "FY2025") and returns the
// word without it; a word that a number completes ("covid19", "table2",
// "phase3": lexicon NumberedNames) keeps its digits as a name. Readers of a
// subject read past the marker; the extractor takes it for no figure
// (excludeGluedFootnote).
func footnoteStem(w string) (string, bool) {
	stem, _, ok := vocab.GluedFootnote(w)
	return stem, ok
}

// excludeGluedFootnote excludes a footnote marker glued to a word
// (footnoteStem: "rate1 was 43.5%"), to a percent sign ("rose by 0.6%4
// in the quarter") or to a closing quotation mark after a word ("a
// definition based on “shared facilities”1."), when a space, a stop, a comma, a semicolon, a colon
// or a closing bracket follows it, and no month: "date27 February 2012" is
// a day. The word is one token, spaced from what stands before it. After a
// word the marker is an identifier, as excludeAttachedWord makes it, so
// that a second marker ("people5, 6") chains to it.
func excludeGluedFootnote(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, i, lo := s.toks, c.lo.start, c.lo
	if !lo.plainInt || lo.ndigits > 2 || !s.glued(c) {
		return 0, false
	}
	if e := lo.end; e < len(toks) && (!toks[e].space && !s.isAny(e, ".", ",", ";", ":", ")") || s.flag(e, fMonth)) {
		return 0, false
	}
	switch p := i - 1; {
	case toks[p].kind == tWord && (p == 0 || toks[p].space):
		if _, ok := footnoteStem(s.tt(p) + s.tt(i)); ok {
			return s.identRun(lo), true // as excludeAttachedWord: "people5, 6" chains
		}
	case s.isByte(p, '%') && p > 0 && toks[p-1].kind == tNum && s.attached(p):
		return lo.end, true
	case s.isAny(p, "”", "\"") && p > 0 && toks[p-1].kind == tWord && s.attached(p):
		return lo.end, true // "based on “shared facilities”1."
	}
	return 0, false
}

func excludeAttachedWord(s *scanner, c *exclusionCandidate) (int, bool) {
	if s.glued(c) && s.toks[c.lo.start-1].kind == tWord {
		return s.identRun(c.lo), true
	}
	return 0, false
}

// quarterDigit reports whether the digits w number a quarter (1 to 4)
// after or before the letter "Q", or a half-year (1 or 2) with "H".
func quarterDigit(w, letter string) bool {
	return len(w) == 1 && (letter == "Q" && w[0] >= '1' && w[0] <= '4' || letter == "H" && (w[0] == '1' || w[0] == '2'))
}

// excludeQuarterDigitFirst excludes a quarter or half-year written digit
// first, as analysts write it: "3Q24", "2H24", "4Q2015", "in 3Q and 4Q".
// It ends after the year glued to the letter, and makes no identifier, so
// that "in 3Q24 and 2%" keeps the 2%.
func excludeQuarterDigitFirst(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, e := s.toks, c.lo.end
	if !c.lo.plainInt || e >= len(toks) || !s.attached(e) || !quarterDigit(s.tt(c.lo.start), s.tt(e)) {
		return 0, false
	}
	if i := c.lo.start; s.glued(c) && toks[i-1].kind != tSym {
		return 0, false // "A3Q": a name
	}
	n := e + 1
	if n < len(toks) && s.attached(n) {
		if toks[n].kind != tNum || toks[n].dot || toks[n].comma || n+1 < len(toks) && s.attached(n+1) && toks[n+1].kind != tSym {
			return 0, false
		}
		if l := toks[n].end - toks[n].start; l != 2 && l != 4 {
			return 0, false
		}
		n++
	}
	return n, true
}

// excludeQuarterLetterFirst excludes a quarter or half-year written letter
// first: "Q3", "H1 2015", "Q4'24" (the year is the year rules'). It makes
// no identifier, so that "in Q3 and 5%" keeps the 5%.
func excludeQuarterLetterFirst(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, i, e := s.toks, c.lo.start, c.lo.end
	if !c.lo.plainInt || !s.glued(c) || !quarterDigit(s.tt(i), s.tt(i-1)) || i >= 2 && !toks[i-1].space && toks[i-2].kind != tSym {
		return 0, false
	}
	if e < len(toks) && s.attached(e) && toks[e].kind != tSym {
		return 0, false // "Q3x": a name
	}
	return e, true
}

// excludeApostropheYear excludes two digits glued after an apostrophe
// that makes them a year: glued to a word or to a quarter or half before
// it ("FY'24", "Q4'24"), or apart from a quarter, a half, a month or a
// preposition of time ("3Q '15", "Sept '15", "since '98 it"), where no
// counted word follows. "5'11" (feet and inches) and a quote ("'24 hours'")
// stay.
func excludeApostropheYear(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, i, lo := s.toks, c.lo.start, c.lo
	if !s.glued(c) || !lo.plainInt || lo.ndigits != 2 || !(s.isByte(i-1, '\'') || s.is(i-1, "’")) || i < 2 {
		return 0, false
	}
	if e := lo.end; e < len(toks) && s.attached(e) && toks[e].kind != tSym {
		return 0, false // "the ’90s": a decade (attached-letters)
	}
	p := i - 2
	switch {
	case s.periodShort(p), s.attached(i-1) && toks[p].kind == tWord, s.flag(p, fMonth):
		return lo.end, true
	case s.isAny(p, "in", "since", "of", "by", "until", "from", "to", "through", "during"):
		e := lo.end
		if e >= len(toks) || toks[e].kind != tWord || s.flag(e, fFunction) {
			return lo.end, true
		}
	}
	return 0, false
}

// periodShort reports whether token p ends a quarter, a half or a fiscal
// year written short: "Q4", "4Q", "H1", "2H", "FY".
func (s *scanner) periodShort(p int) bool {
	toks := s.toks
	if p < 0 || p >= len(toks) {
		return false
	}
	switch {
	case toks[p].kind == tWord:
		return s.isAny(p, "q", "h", "fy") && s.tt(p) == strings.ToUpper(s.tt(p))
	case toks[p].kind == tNum && p > 0 && s.attached(p) && toks[p-1].kind == tWord:
		w := s.tt(p)
		return len(w) == 1 && w[0] >= '1' && w[0] <= '4' && (s.tt(p-1) == "Q" || s.tt(p-1) == "H")
	}
	return false
}

func excludeHyphenAfterWord(s *scanner, c *exclusionCandidate) (int, bool) {
	i := c.lo.start
	if s.glued(c) && s.dash(i-1) && !s.is(i-1, "—") && i > 1 && !s.toks[i-1].space && s.toks[i-2].kind == tWord && !s.is(i-2, "sub") {
		return s.identRun(c.lo), true
	}
	return 0, false
}

func excludeInternationalPhone(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, i, lo := s.toks, c.lo.start, c.lo
	if !s.glued(c) || !s.isByte(i-1, '+') || !lo.plainInt || !(i < 2 || toks[i-1].space) {
		return 0, false
	}
	e := s.identRun(lo)
	for e < len(toks) && toks[e].kind == tNum && (toks[e].space || s.isByte(e-1, ')')) && !toks[e].comma && !toks[e].dot ||
		e+1 < len(toks) && s.isByte(e, '(') && s.is(e+1, "0") && s.isByte(e+2, ')') {
		if s.isByte(e, '(') {
			e += 3
			continue
		}
		e++
		for e+1 < len(toks) && (s.dash(e) || s.isByte(e, '.')) && s.attached(e) && s.attached(e+1) && toks[e+1].kind == tNum {
			e += 2
		}
	}
	return e, true
}

func excludeAttachedSymbol(s *scanner, c *exclusionCandidate) (int, bool) {
	i := c.lo.start
	if s.glued(c) && s.toks[i-1].kind == tSym && s.isRole(i-1, rIdentGlue) {
		return s.identRun(c.lo), true
	}
	return 0, false
}

func excludeAttachedNumber(s *scanner, c *exclusionCandidate) (int, bool) {
	if s.glued(c) && s.toks[c.lo.start-1].kind == tNum {
		return s.identRun(c.lo), true
	}
	return 0, false
}

func excludePValue(s *scanner, c *exclusionCandidate) (int, bool) {
	return c.lo.end, s.pValueBefore(c.lo.start)
}

func excludeRateBase(s *scanner, c *exclusionCandidate) (int, bool) {
	i := c.lo.start
	if s.isLx(i-1, lxPer) {
		if _, e, ok := s.rateBase(i - 1); ok {
			return e, true
		}
	}
	return 0, false
}

func excludeEUDocument(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, i := s.toks, c.lo.start
	if c.lo.plainInt && i >= 4 && s.isByte(i-1, ')') && toks[i-2].kind == tNum && s.isByte(i-3, '(') && s.attached(i-3) && toks[i-4].kind == tWord && toks[i-4].upper {
		return s.identRun(c.lo), true
	}
	return 0, false
}

func excludeParenthesisedLetter(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, e := s.toks, c.lo.end
	if c.lo.plainInt && s.isByte(e, '(') && s.attached(e) && e+2 < len(toks) && toks[e+1].kind == tWord && s.tt(e+1) == strings.ToLower(s.tt(e+1)) && s.isByte(e+2, ')') {
		return e + 3, true
	}
	return 0, false
}

func excludeLegalCitation(s *scanner, c *exclusionCandidate) (int, bool) {
	if !c.lo.plainInt {
		return 0, false
	}
	if e := s.citation(c.lo.end); e > 0 {
		return e, true
	}
	return 0, false
}

// excludeCatalogueNumber excludes the number of a publication in a
// statistical office's catalogue: after "cat. no.", "catalogue no." or
// "catalogue number" (any case, with or without the dots), or opening a
// title line as "4221.0 - Schools, Australia, 2012" (four digits, a point
// and one digit, then a dash and a capitalised word).
func excludeCatalogueNumber(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, i, lo := s.toks, c.lo.start, c.lo
	if lo.word || lo.scale != 0 {
		return 0, false
	}
	if i == 0 {
		t := s.tt(i)
		if e := lo.end; len(t) == 6 && t[4] == '.' && e+1 < len(toks) && s.dash(e) && toks[e].space && toks[e+1].space && toks[e+1].kind == tWord && toks[e+1].upper {
			return e, true
		}
		return 0, false
	}
	k := i - 1
	if s.isByte(k, '.') {
		k--
	}
	if !s.isAny(k, "no", "number", "nos") {
		return 0, false
	}
	k--
	if s.isByte(k, '.') {
		k--
	}
	if !s.isAny(k, "cat", "catalogue", "catalog") {
		return 0, false
	}
	return s.identRun(lo), true
}

func excludeLeadingZero(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, lo := s.toks, c.lo
	if !lo.plainInt || lo.ndigits < 2 || s.text[toks[lo.start].start] != '0' || lo.val.Coef == 0 {
		return 0, false
	}
	e := s.identRun(lo)
	if s.isByte(lo.start-1, '(') && s.isByte(e, ')') {
		e++ // a trunk code in brackets: "(02) 9876 5432"
	}
	return phoneGroups(s, e), true
}

// phoneGroups returns the end of the groups of a telephone number's digits
// that follow token e after a space, each of three to eight plain digits
// ("020 7946 0000", "07561 865798", "(02) 9876 5432").
func phoneGroups(s *scanner, e int) int {
	toks := s.toks
	for e < len(toks) && toks[e].kind == tNum && toks[e].space && !toks[e].comma && !toks[e].dot && toks[e].end-toks[e].start >= 3 && toks[e].end-toks[e].start <= 8 {
		e++
	}
	return e
}

func excludeCodeOperator(s *scanner, c *exclusionCandidate) (int, bool) {
	i := c.lo.start
	if i > 1 && s.attached(i) && s.attached(i-1) && s.isAny(i-1, "<", ">", "=") && s.isAny(i-2, "<", ">", "=") && !(s.isByte(i-1, '=') && s.isAny(i-2, "<", ">")) {
		return c.lo.end, true
	}
	return 0, false
}

// excludeIdentifierChain excludes "2" in "Satellite-1 and 2" (but
// "FY2023/24 to 5.0 percent" is a figure).
func excludeIdentifierChain(s *scanner, c *exclusionCandidate) (int, bool) {
	i := c.lo.start
	if c.identEnd < 0 || c.identEnd >= i || !c.lo.plainInt {
		return 0, false
	}
	for k := c.identEnd; k < i; k++ {
		if !s.isRole(k, rJoin) {
			return 0, false
		}
	}
	if y := c.identEnd - 3; y >= 0 && s.isByte(y+1, '/') && s.toks[y].kind == tNum && s.toks[y+2].kind == tNum && s.yearAt(y) {
		return 0, false // "from 16 in 2013/14 to 32": a year of account, no identifier to chain
	}
	return s.identRun(c.lo), true
}

func excludeAttachedLetters(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, e := s.toks, c.lo.end
	if e >= len(toks) || toks[e].space || toks[e].kind != tWord || c.lo.scale != 0 {
		return 0, false
	}
	w := strings.ToLower(s.tt(e))
	switch w {
	case "st", "nd", "rd", "th", "s":
		return e + 1, true
	case "x", "pc":
		return 0, false
	}
	if percentAbbrev[w] != "" || vocab.NounAbbreviations[w] != "" || w == vocab.Pence && s.pence(e) {
		return 0, false // "5pct", "25bps", "164p": the lexicon's abbreviations, read as units
	}
	if _, ok := measureByFirst[w]; (!ok || s.tt(e) == "G") && !s.flag(e, fCurrency) && s.tt(e) != "C" {
		return s.identRun(c.lo), true
	}
	return 0, false
}

// excludeCompoundAdjective excludes "10-year bond", "3-day visit"; a unit
// ("5-megawatt", "68-ounce", "3-percent") keeps the figure.
func excludeCompoundAdjective(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, e := s.toks, c.lo.end
	if c.lo.scale != 0 || !s.dash(e) || !s.attached(e) || e+1 >= len(toks) || !s.attached(e+1) || toks[e+1].kind != tWord {
		return 0, false
	}
	if _, _, age := s.ageForm(e); age {
		return 0, false // "a 45-year-old man"
	}
	w := strings.ToLower(s.tt(e + 1))
	if _, unit := measureByFirst[w]; !unit && !s.flag(e+1, fCurrency|fPercent) && w != "fold" && w != "plus" && s.class(e+1) == wNone && !(w == "per" && s.perCent(e+2) > 0) {
		return e + 2, true
	}
	return 0, false
}

func excludeTicker(s *scanner, c *exclusionCandidate) (int, bool) {
	e := c.lo.end
	if s.isByte(e, '.') && s.attached(e) && s.attached(e+1) && e+1 < len(s.toks) && s.toks[e+1].kind == tWord {
		return e + 2, true
	}
	return 0, false
}

func excludeAgeApposition(s *scanner, c *exclusionCandidate) (int, bool) {
	if s.betweenCommas(c.lo) && !s.appositionAge(c.lo) {
		return c.lo.end, true
	}
	return 0, false
}

// betweenCommas reports whether lo is a plain number of at most three digits
// set between commas after a capitalised word that is no month: "Kishida,
// 66, said", "Ohio, 18, and".
func (s *scanner) betweenCommas(lo num) bool {
	toks, i := s.toks, lo.start
	return lo.plainInt && lo.ndigits <= 3 && s.isByte(i-1, ',') && i >= 2 && toks[i-2].kind == tWord && toks[i-2].upper && s.isByte(lo.end, ',') && !s.flag(i-2, fMonth)
}

// appositionAge reports whether lo, between commas (betweenCommas), is a
// person's age, as news writes it after the name: "Maddon, 66, has",
// "Jamie Armstrong, 25, said", "John Smith, 45, of Boston". The word after
// the second comma must be one of vocab.AppositionAgeWords and the number
// at most vocab.MaxAppositionAge: "Ohio, 18, and Texas, 38" stay out.
func (s *scanner) appositionAge(lo num) bool {
	return s.isAny(lo.end+1, vocab.AppositionAgeWords...) && lo.val.Sign() > 0 &&
		lo.val.Cmp(indicators.NewDecimal(vocab.MaxAppositionAge, 0)) <= 0
}

func excludeApostropheS(s *scanner, c *exclusionCandidate) (int, bool) {
	e := c.lo.end
	if s.isByte(e, '\'') && s.isRole(e+1, rLetterS) || s.is(e, "’") && s.isRole(e+1, rLetterS) {
		return e + 2, true
	}
	return 0, false
}

func excludeClockTime(s *scanner, c *exclusionCandidate) (int, bool) {
	e := c.lo.end
	// "10:30", the three tokens glued; "December 2021: 46,560
	// registrations" labels a figure with its time (grid22)
	if s.isByte(e, ':') && s.attached(e) && e+1 < len(s.toks) && s.toks[e+1].kind == tNum && s.attached(e+1) {
		return e + 2, true
	}
	return 0, false
}

func excludeTimeOfDay(s *scanner, c *exclusionCandidate) (int, bool) {
	e := c.lo.end
	if s.flag(e, fTime) || s.isLx(e, lxA) && s.isByte(e+1, '.') && s.is(e+2, "m") || s.isLx(e, lxP) && s.isByte(e+1, '.') && s.is(e+2, "m") {
		return e + 1, true
	}
	return 0, false
}

func excludeMonthBefore(s *scanner, c *exclusionCandidate) (int, bool) {
	i := c.lo.start
	if s.monthBefore(i) || s.flag(i-2, fMonth) && s.isLx(i-1, lxThe) {
		return c.lo.end, true
	}
	// "Aug. 14", "Feb. 21": a month abbreviated with a full stop, as news
	// writes dates.
	if s.isByte(i-1, '.') && s.attached(i-1) && s.flag(i-2, fMonth) && s.toks[i-2].upper && len(s.tt(i-2)) <= 4 &&
		c.lo.plainInt && c.lo.ndigits <= 2 && c.lo.val.Float64() >= 1 && c.lo.val.Float64() <= 31 {
		return c.lo.end, true
	}
	return 0, false
}

// monthBefore reports whether the token before i is the name of a month,
// capitalised: "April 15", "June 2024".
func (s *scanner) monthBefore(i int) bool { return s.flag(i-1, fMonth) && s.toks[i-1].upper }

func excludeMonthAfter(s *scanner, c *exclusionCandidate) (int, bool) {
	e := c.lo.end
	if s.isAny(e, ordinalSuffixes...) && c.lo.plainInt && c.lo.ndigits <= 2 {
		e++ // "1 st April", "31 st March": a superscript's letters set apart
	}
	if s.flag(e, fMonth) && s.toks[e].upper || s.isLx(e, lxOf) && s.flag(e+1, fMonth) && s.toks[e+1].upper {
		return e, true
	}
	return 0, false
}

// ordinalSuffixes are the letters of an ordinal after its digits
// (the lexicon package's OrdinalSuffixes).
var ordinalSuffixes = vocab.OrdinalSuffixes

func excludeYear(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, lo := s.toks, c.lo
	if !lo.plainInt || lo.ndigits != 4 || !s.yearAt(lo.start) {
		return 0, false
	}
	e := lo.end
	for k := 0; k < 2 && s.dash(e) && e+1 < len(toks) && toks[e+1].kind == tNum && toks[e+1].end-toks[e+1].start <= 4; k++ {
		e += 2 // "2014-15", "2023-05-19"
	}
	if s.isByte(e, '/') && s.attached(e) && e+1 < len(toks) && toks[e+1].kind == tNum {
		e += 2
	}
	return e, true
}

func excludeNamedDecimal(s *scanner, c *exclusionCandidate) (int, bool) {
	i, lo := c.lo.start, c.lo
	if !lo.plainInt && lo.scale == 0 && s.flag(i-1, fIdent) && s.toks[i-1].upper && s.toks[i].space && lo.val.Exp < 0 {
		return s.identRun(lo), true
	}
	return 0, false
}

func excludeNamedNumber(s *scanner, c *exclusionCandidate) (int, bool) {
	i, lo := c.lo.start, c.lo
	if lo.plainInt && s.flag(i-1, fIdent) && (s.toks[i-1].upper || lo.ndigits <= 3 || vocab.IsExhibit(s.tt(i-1)) && !s.isAnyLx(i-2, lxThe, lxA, lxThis)) && !s.isLx(i-1, lxNo) && !s.isLx(i-1, lxG) && !s.timeBefore(i-1) {
		return s.identRun(lo), true
	}
	return 0, false
}

// excludeDocumentReference excludes a decimal that numbers a part of a
// document or of a survey's design, right after a word of
// lexicon.DocumentParts ("paragraph 4.2", "Tables 4.10"), with what is
// glued to it ("1.9a", "3.1-3.4"); the number after it in a list is an
// identifier's (identifier-chain, excludeDocumentReferenceList).
func excludeDocumentReference(s *scanner, c *exclusionCandidate) (int, bool) {
	if !s.docDecimal(c.lo) {
		return 0, false
	}
	return s.docReference(c.lo, c.lo.start-1)
}

// excludeDocumentReferenceList excludes a decimal in a list that a word
// of lexicon.DocumentParts opens: past what joins it to the identifier
// before it, back over the list's numbers to that word ("Tables 4.10 and
// 4.11", "Appendix Tables 3.05, 3.06, 3.14 and 3.17").
func excludeDocumentReferenceList(s *scanner, c *exclusionCandidate) (int, bool) {
	i, toks := c.lo.start, s.toks
	if !s.docDecimal(c.lo) || c.identEnd < 0 || c.identEnd > i {
		return 0, false
	}
	for k := c.identEnd; k < i; k++ {
		if !s.isRole(k, rJoin) {
			return 0, false
		}
	}
	head := c.identEnd - 1
	for n := 0; head > 0 && n < 24 && (toks[head].kind == tNum || s.isRole(head, rJoin)); n++ {
		head--
	}
	return s.docReference(c.lo, head)
}

// docDecimal reports whether lo is a decimal in digits with no scale: the
// shape of a numbered part ("4.2", "3.05").
func (s *scanner) docDecimal(lo num) bool {
	return !lo.plainInt && !lo.word && lo.scale == 0 && lo.val.Exp < 0
}

// docReference excludes the number lo as what the word at token head, a
// part of a document (lexicon.DocumentParts), numbers: unless a unit, a
// scale or a percent sign follows it ("the figure 2.5 million"), or a
// determiner makes the word the figure's own noun ("the figure 2.5").
func (s *scanner) docReference(lo num, head int) (int, bool) {
	if head < 0 || s.toks[head].kind != tWord || !s.flag(head, fIdent) || !vocab.IsDocumentPart(s.tt(head)) ||
		!s.toks[head].upper && s.isAnyLx(head-1, lxThe, lxA, lxThis) {
		return 0, false
	}
	e := s.identRun(lo)
	if s.isByte(e, '%') || s.flag(e, fPercent|fCurrency) || s.class(e) == wScale {
		s.ident = false
		return 0, false
	}
	return e, true
}

// timeBefore reports whether the word at token k is a span of time that a
// determiner makes a time, not a name: "last year 76 percent more", "each
// week 40 people" (but "Week 5", "season 3").
func (s *scanner) timeBefore(k int) bool {
	return !s.toks[k].upper && durations[strings.ToLower(s.tt(k))] && s.isAnyLx(k-1, lxLast, lxThis, lxNext, lxEach, lxEvery, lxPer, lxA)
}

func excludeNumberAbbreviation(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, i := s.toks, c.lo.start
	if !c.lo.plainInt {
		return 0, false
	}
	if s.isLx(i-1, lxNo) && toks[i-1].upper || s.isByte(i-1, '.') && (s.flag(i-2, fIdent) || i >= 2 && toks[i-2].kind == tWord && toks[i-2].upper && toks[i-2].end-toks[i-2].start <= 2) {
		return s.identRun(c.lo), true
	}
	return 0, false
}

func excludeAreaCodePhone(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, i, lo := s.toks, c.lo.start, c.lo
	if !lo.plainInt || !s.isByte(i-1, '(') || lo.ndigits != 3 || !s.isByte(lo.end, ')') || lo.end+1 >= len(toks) || toks[lo.end+1].kind != tNum {
		return 0, false
	}
	e := lo.end + 2
	for e+1 < len(toks) && s.dash(e) && s.attached(e) && toks[e+1].kind == tNum {
		e += 2
	}
	return e, true
}

func excludeFootnote(s *scanner, c *exclusionCandidate) (int, bool) {
	i, lo := c.lo.start, c.lo
	if lo.plainInt && s.isByte(i-1, '[') && s.attached(i) && s.isByte(lo.end, ']') && s.attached(lo.end) {
		return lo.end + 1, true
	}
	return 0, false
}

func excludeStreetAddress(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, lo := s.toks, c.lo
	if !lo.plainInt {
		return 0, false
	}
	for k := lo.end; k < lo.end+3 && k < len(toks) && toks[k].kind == tWord && toks[k].upper; k++ {
		if streetWords[s.facts(k).lower] {
			return k + 1, true
		}
	}
	return 0, false
}

func excludeListMarker(s *scanner, c *exclusionCandidate) (int, bool) {
	i, lo := c.lo.start, c.lo
	if lo.plainInt && s.isByte(i-1, '(') && s.attached(i) && s.isByte(lo.end, ')') && s.attached(lo.end) && lo.ndigits <= 2 && !s.bracketCount(i-2, lo.end+1) {
		return lo.end + 1, true
	}
	return 0, false
}

// bracketCount reports whether a number in brackets, between the word at
// token w and the token a after the closing bracket, is the count of the
// category the word ends ("homophobic incidents (9) and homophobic crimes
// (6).", "Wales (12), Scotland (9)"), as a share in brackets is: the word
// is no function word and no part's or name's word ("Section (2)"), and
// the bracket closes the item, before a stop, a comma, a semicolon, "and"
// or "or". A list's marker opens its item: the item's words follow it.
func (s *scanner) bracketCount(w, a int) bool {
	toks := s.toks
	if w < 0 || toks[w].kind != tWord || s.flag(w, fFunction|fIdent) {
		return false
	}
	return a >= len(toks) || s.isByte(a, '.') || s.isByte(a, ',') || s.isByte(a, ';') || s.isAnyLx(a, lxAnd, lxOr)
}

// excludeHeadingNumber excludes a section number that starts a line
// without a final stop: "2.1 Economic outlook". A line that the text goes
// on from in lower case is no heading but a figure-first headline card,
// its figure's label after it and its time below ("181,550 Strength of
// UK Forces Service Personnel" over "at 1 October 2024, a decrease of
// …"): its number is a figure (runsOnBelow).
func excludeHeadingNumber(s *scanner, c *exclusionCandidate) (int, bool) {
	lo, toks := c.lo, s.toks
	if lo.start != 0 || lo.word || lo.scale != 0 || c.kind != Number && c.kind != Count || lo.end >= len(toks) || toks[lo.end].kind != tWord || !toks[lo.end].upper {
		return 0, false
	}
	if strings.IndexByte(s.text[toks[lo.start].start:toks[lo.end-1].end], ',') >= 0 {
		return 0, false // a section is never numbered "874,000": "  • 874,000 Blue Badges were issued" counts badges
	}
	last := s.tt(len(toks) - 1)
	if last != "." && last != "!" && last != "?" && !s.runsOnBelow() || c.kind == Number && s.paragraphNumber(lo) {
		return lo.end, true
	}
	return 0, false
}

// excludeParagraphLabel excludes a numbered paragraph's label closed by
// a dot before a capitalised word, at the start of its line: "1.2.
// Unusual changes in the reported lengths …", "3.1. There were 4,500
// homes" (whose figure stays one).
func excludeParagraphLabel(s *scanner, c *exclusionCandidate) (int, bool) {
	lo, toks := c.lo, s.toks
	e := lo.end
	if lo.start != 0 || c.kind != Number || !s.isByte(e, '.') || !s.attached(e) || e+1 >= len(toks) || toks[e+1].kind != tWord || !toks[e+1].upper || !s.paragraphNumber(lo) {
		return 0, false
	}
	return e + 1, true
}

// paragraphNumber reports whether lo, the first token of its sentence and
// before a capitalised word, is a numbered paragraph's number at the start
// of its line: "1.1 There was a total of …", "2.3 The volume of traffic
// …", a section's number of the shape of paragraphNumberRe, whatever the
// sentence after it says. Its caller asks it only of a bare number: "2.1
// Economic outlooks were published" counts outlooks.
func (s *scanner) paragraphNumber(lo num) bool {
	t := s.toks[lo.start]
	if lo.end != lo.start+1 || !paragraphNumberRe.MatchString(s.text[t.start:t.end]) {
		return false
	}
	i := t.start
	for i > 0 && (s.text[i-1] == ' ' || s.text[i-1] == '\t') {
		i--
	}
	return i == 0 || s.text[i-1] == '\n'
}

// paragraphNumberRe is the number a numbered paragraph opens with: "1.2".
var paragraphNumberRe = lazyRegexp(`^\d{1,2}\.\d{1,2}$`)

// runsOnBelow reports whether the text after the sentence, past the end of
// its line and any blank lines, goes on in a lower-case letter: the line
// is the first part of what the next one ends ("… Personnel" over "at 1
// October 2024, a decrease of …", "147,430 full-time equivalent (FTE)
// officers" over "were in post as at 31 March 2023"), not a heading. The
// scanner cuts a sentence at a line break only once the next line's first
// byte is in its text, so a streamed text answers as a whole one does.
func (s *scanner) runsOnBelow() bool {
	text := s.text
	i := s.sent.End - s.base
	if i < 0 || i > len(text) {
		return false
	}
	nl := false
	for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n') {
		nl = nl || text[i] == '\n'
		i++
	}
	return nl && i < len(text) && text[i] >= 'a' && text[i] <= 'z'
}

// bareInteger reports whether c is an integer in digits read as a plain
// number or a count: only such a number can be part of a name.
func bareInteger(c *exclusionCandidate) bool {
	return !c.lo.word && c.lo.plainInt && (c.kind == Number || c.kind == Count)
}

func excludeModelNumber(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, e := s.toks, c.lo.end
	if bareInteger(c) && c.kind == Number && c.lo.ndigits >= 3 && e < len(toks) && toks[e].kind == tWord && toks[e].space && vocab.Acronym(s.tt(e)) == 1 && toks[e].lex() == nil {
		return e + 1, true
	}
	return 0, false
}

func excludeNameNumber(s *scanner, c *exclusionCandidate) (int, bool) {
	toks, i := s.toks, c.lo.start
	if !bareInteger(c) || i == 0 || toks[i-1].kind != tWord || !toks[i-1].upper || !toks[i].space || toks[i].tab {
		return 0, false
	}
	w := s.tt(i - 1)
	if i == 1 && len(w) > 4 && strings.HasSuffix(w, "ly") && asciiLower(w[1:]) {
		return 0, false // "Recently 45 councils …": an adverb opens the sentence, no name
	}
	if !s.flag(i-1, fFunction) && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") && !s.flag(i-1, fMonth) && toks[i-1].lex() == nil {
		return s.identRun(c.lo), true
	}
	return 0, false
}

var streetWords = map[string]bool{"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true,
	"boulevard": true, "blvd": true, "lane": true, "drive": true, "place": true, "square": true, "way": true, "court": true}

// excludeTimeBack excludes a count of a span of time (lexicon.Durations)
// followed by a word of lexicon.TimeBackWords: "12 months earlier", "two
// years ago", but not a duration after "for" ("ran for 18 months before
// it closed"). The run ends after that word.
func excludeTimeBack(s *scanner, c *exclusionCandidate) (int, bool) {
	k := c.lo.end
	if c.kind != Count || k+1 >= len(s.toks) || s.toks[k].upper || s.isLx(c.lo.start-1, lxFor) {
		return 0, false // "ran for 18 months before it closed": a duration
	}
	if s.isRole(k+1, rTimeBack) && durations[vocab.Singular(strings.ToLower(s.tt(k)))] {
		return k + 2, true
	}
	return 0, false
}

// excludeAgeBracket excludes a number after "under" or "below" (or "aged
// under") that follows a word of lexicon.ChildNouns: "children under
// five", "newborns under 5 years old". The run ends after "years old".
func excludeAgeBracket(s *scanner, c *exclusionCandidate) (int, bool) {
	k := c.lo.start - 1
	if !s.isAnyLx(k, lxUnder) && !s.is(k, "below") {
		return 0, false
	}
	if s.isAny(k-1, "aged", "age") {
		k--
	}
	if !s.isAny(k-1, vocab.ChildNouns...) {
		return 0, false
	}
	e := c.lo.end
	if s.isAny(e, "years", "year") && s.is(e+1, "old") {
		e += 2
	}
	return e, true
}

// ageGroupOlds is the plural of lexicon.AgeOld that makes an age a group of
// people: "two year olds".
var ageGroupOlds = vocab.Plural(vocab.AgeOld)

// excludeAgeGroup excludes a number that names an age group, the people a
// figure counts or shares: "11% of two year olds", "4 year-olds", and the
// first of two ages joined by "and", "or", "to" or a dash before one group
// ("three and four year olds", "3-4 year olds"). An age group is part of
// the title of the figure it qualifies.
func excludeAgeGroup(s *scanner, c *exclusionCandidate) (int, bool) {
	e := c.lo.end
	if end, ok := s.ageGroupAt(e); ok {
		return end, true
	}
	if !s.isAnyLx(e, lxAnd, lxOr, lxTo) && !s.dash(e) {
		return 0, false
	}
	if n, ok := s.parseNum(e+1, false); ok {
		if _, ok := s.ageGroupAt(n.end); ok {
			return e, true
		}
	}
	return 0, false
}

// ageGroupAt reads the words of an age group at token k: a span of time
// (lexicon.AgeNouns) then "olds", apart or joined by a hyphen ("year
// olds", "year-olds", "month olds"). It returns the token after "olds".
//
// "olds" is asked first: it is rare after a number, and spares the
// singular of the word (vocab.Singular, a thousand instructions) that
// every number before a word would otherwise cost.
func (s *scanner) ageGroupAt(k int) (int, bool) {
	if k >= len(s.toks) || s.toks[k].kind != tWord {
		return 0, false
	}
	o := k + 1
	if s.dash(o) && s.attached(o) && s.attached(o+1) {
		o++
	}
	if !s.is(o, ageGroupOlds) || !ageNouns[vocab.Singular(strings.ToLower(s.tt(k)))] {
		return 0, false
	}
	return o + 1, true
}
