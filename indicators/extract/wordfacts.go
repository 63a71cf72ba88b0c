package extract

import (
	"strings"
	"sync"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// The unit rules ask the same questions of the word after a figure at
// each try: its lower case (strings.ToLower, which allocates for a
// capitalised word), whether it is a plural (a map and a suffix test), its
// singular (maps and concatenations), whether that singular is a scale
// word, whether it reads as another unit, whether it is a noun
// abbreviation, a percent word or the first word of a measure (three more
// maps). Each answer depends on the word in lower case alone, and a
// document counts the same nouns again and again ("countries", "jobs",
// "percent"), so the answers are worked out once per word and kept in a
// table the scanner owns: wordFacts, found by the word's bytes folded to
// lower case, three uint64 compared whole, with no string hashed. The
// tables go back to a pool when a scan ends and serve the next: the facts
// of a word are the same in every document.
//
// Words of more than maxFactWord bytes, or with a byte outside ASCII
// (whose lower case strings.ToLower finds through Unicode), are worked out
// at each question as before, into a scratch entry.

// factBits are the yes-or-no answers of a wordFacts.
type factBits uint16

const (
	factPlural     factBits = 1 << iota // plural(lower)
	factOtherUnit                       // plural and readsAsOtherUnit(lower)
	factScale                           // vocab.LookupScale(sing) finds a scale word
	factUnchanging                      // vocab.IsUnchanging(lower)
	factASCIILower                      // asciiLower(lower)
	factAdjective                       // lower is a key of currencyAdjectives
	factAmbiguous                       // ambiguousCurrency[lower]
	factSubunit                         // lower is a key of subunitCodes

	// The unit gates: unit asks a rule that reads a unit from the word
	// after the number only when that word has the rule's bit, each
	// worked out from what the rule reads of the word (unitGates).
	factMoney   // currencyUnit may read money here: a word for a hundredth, an "M" and an ISO code, a currency's name or the first word of one (moneyGate)
	factMeasure // measureUnit may read a measure here: lower is a key of measureByFirst
	factAgeNoun // ageForm may read an age here: the singular is a word of lexicon.AgeNouns
)

// unitGateBits are the gates of unit, all set for a token that is no word.
const unitGateBits = factMoney | factMeasure | factAgeNoun

// wordFacts are the answers for one word, in lower case.
type wordFacts struct {
	key        [3]uint64 // the word's bytes folded to lower case, the first lowest; key[0] is 0 for an empty entry
	n          int       // the word's length in bytes
	bits       factBits
	lower      string // strings.ToLower of the word
	sing       string // vocab.Singular(lower)
	*rareFacts        // what few words have, or noFacts
}

// rareFacts are the answers that only the words of a few tables have:
// percent and unit words, currency and subunit words. Most words share
// noFacts, which keeps an entry small.
type rareFacts struct {
	// nounAbbrev and percent are vocab.NounAbbreviations[lower] and
	// percentAbbrev[lower]; measures is measureByFirst[lower].
	nounAbbrev, percent string
	measures            []int
	measure             bool // lower is a key of measureByFirst
	// pairs is currencyPairs[lower]; adjective is currencyAdjectives[lower]
	// and subunit subunitCodes[lower]; subunits are the subunits of two
	// words whose first word is lower ("euro" of "euro cents").
	pairs              map[string]string
	adjective, subunit string
	subunits           []vocab.Subunit
}

// noFacts are the rare facts of most words: none.
var noFacts = &rareFacts{}

const (
	maxFactWord = 24 // the longest word kept: three uint64
	factBitsN   = 10 // the bits of an entry's number
	factSlots   = 1 << factBitsN
)

// wordFactTable holds the facts of the words a scanner asked about, two
// entries per hash, the newer first: a new word takes the first place
// and moves the word there to the second, whose word goes.
type wordFactTable struct {
	slots   [factSlots]wordFacts
	scratch wordFacts // the facts of a word too long or not ASCII
	// otherUnit remembers indicators.ReadsAsOtherUnit of the words asked
	// (readsAsOtherUnit): a word that lost its place comes back without
	// the search.
	otherUnit map[string]bool
}

// readsAsOtherUnit is indicators.ReadsAsOtherUnit of lower, a word in lower
// case, remembered by the table (lower may be the text's own bytes: the
// key is a copy).
func (t *wordFactTable) readsAsOtherUnit(lower string) bool {
	if v, ok := t.otherUnit[lower]; ok {
		return v
	}
	v := indicators.ReadsAsOtherUnit(lower)
	if len(t.otherUnit) < maxOtherUnit {
		if t.otherUnit == nil {
			t.otherUnit = make(map[string]bool)
		}
		t.otherUnit[strings.Clone(lower)] = v
	}
	return v
}

// factTable returns the scanner's table of facts, taken from factTables
// at the first call of the scan.
func (s *scanner) factTable() *wordFactTable {
	if s.wordFacts == nil {
		s.wordFacts = factTables.Get().(*wordFactTable)
	}
	return s.wordFacts
}

// factTables holds the tables of the scans that ended, for the next.
var factTables = sync.Pool{New: func() any { return new(wordFactTable) }}

// releaseFacts gives the scanner's table of facts back to factTables, at
// the end of a scan.
func (s *scanner) releaseFacts() {
	if s.wordFacts != nil {
		factTables.Put(s.wordFacts)
		s.wordFacts = nil
	}
}

// upperBytes has 0x80 in each byte of the ASCII word x that is an
// upper-case letter, 'A' to 'Z'.
func upperBytes(x uint64) uint64 {
	const ones = 0x0101010101010101
	ge := x + ones*(0x80-'A')       // the high bit set from 'A' on
	gt := x + ones*(0x80-'Z'-1)     // and from past 'Z' on
	return ge &^ gt & (ones * 0x80) // no carry crosses a byte: every byte is below 0x80
}

// foldASCII8 folds the upper-case letters of the ASCII bytes of x to
// lower case, as strings.ToLower does; what it makes of other bytes is of
// no use.
func foldASCII8(x uint64) uint64 { return x | upperBytes(x)>>2 }

// factsKey reads the word text[i:j], of 1 to maxFactWord bytes, into
// three uint64 folded to lower case, and reports whether all its bytes
// are ASCII. Where the text has maxFactWord bytes from i, they are read
// whole and the bytes past j masked off.
func factsKey(text string, i, j int) (key [3]uint64, ascii bool) {
	n := j - i
	if n <= 8 && i+8 <= len(text) {
		// Most words: one uint64, the bytes past j masked off.
		x := load8(text, i) & (1<<(8*uint(n)) - 1)
		return [3]uint64{foldASCII8(x)}, x&0x8080808080808080 == 0
	}
	if i+maxFactWord <= len(text) {
		// The mask of the bytes of the word in each uint64: all, some or
		// none (a shift by 64 gives 0, and 0-1 is all ones).
		x0 := load8(text, i) & (1<<(8*uint(min(n, 8))) - 1)
		x1 := load8(text, i+8) & (1<<(8*uint(min(max(n-8, 0), 8))) - 1)
		x2 := load8(text, i+16) & (1<<(8*uint(max(n-16, 0))) - 1)
		key = [3]uint64{foldASCII8(x0), foldASCII8(x1), foldASCII8(x2)}
		return key, (x0|x1|x2)&0x8080808080808080 == 0
	}
	var raw uint64
	for p := 0; p < n; p += 8 {
		x := loadTail(text[:min(j, i+p+8)], i+p)
		raw |= x
		key[p>>3] = foldASCII8(x)
	}
	return key, raw&0x8080808080808080 == 0
}

// factsHash returns the slot of a key of n bytes.
func factsHash(key [3]uint64, n int) int {
	h := key[0]*0x9E3779B97F4A7C15 ^ key[1]*0xC2B2AE3D27D4EB4F ^ key[2]*0x165667B19E3779F9 ^ uint64(n)
	return int(h >> (64 - factBitsN))
}

// facts returns the facts of the word token k, or nil when token k is no
// word. They are the scanner's copy, which holds until facts is asked of
// another token. The rules of one figure ask of one word again and again
// (percentUnit, currencyUnit, measureUnit, countNoun, subunitAfter ask of
// the word after the number): two calls in three ask of the token of the
// call before, and get the copy at once.
func (s *scanner) facts(k int) *wordFacts {
	if uint(k) >= uint(len(s.toks)) || s.toks[k].kind != tWord {
		return nil
	}
	if k == s.factK && s.toksGen == s.factGen && s.toksGen != 0 {
		return &s.factCopy
	}
	t := &s.toks[k]
	s.factCopy, s.factK, s.factGen = *s.factsOf(t.start, t.end), k, s.toksGen
	return &s.factCopy
}

// factsOf returns the facts of the word s.text[i:j].
func (s *scanner) factsOf(i, j int) *wordFacts {
	t, w := s.factTable(), s.text[i:j]
	if len(w) == 0 || len(w) > maxFactWord {
		t.scratch = s.workFacts(strings.ToLower(w))
		return &t.scratch
	}
	key, ascii := factsKey(s.text, i, j)
	if !ascii {
		t.scratch = s.workFacts(strings.ToLower(w))
		return &t.scratch
	}
	h := factsHash(key, len(w)) &^ 1
	f, g := &t.slots[h], &t.slots[h+1]
	if f.key == key && f.n == len(w) {
		return f
	}
	if g.key == key && g.n == len(w) {
		return g
	}
	*g = *f
	*f = s.workFacts(strings.Clone(strings.ToLower(w)))
	f.key, f.n = key, len(w)
	return f
}

// workFacts works out the facts of lower, a word in lower case, with the
// functions whose answers they keep.
func (s *scanner) workFacts(lower string) wordFacts {
	f := wordFacts{lower: lower, sing: vocab.Singular(lower)}
	if plural(lower) {
		f.bits |= factPlural
		if s.readsAsOtherUnit(lower) {
			f.bits |= factOtherUnit
		}
	}
	if _, ok := vocab.LookupScale(f.sing); ok {
		f.bits |= factScale
	}
	if vocab.IsUnchanging(lower) {
		f.bits |= factUnchanging
	}
	if asciiLower(lower) {
		f.bits |= factASCIILower
	}
	var r rareFacts
	r.nounAbbrev = vocab.NounAbbreviations[lower]
	r.percent = percentAbbrev[lower]
	r.measures, r.measure = measureByFirst[lower]
	r.pairs = currencyPairs[lower]
	var ok bool
	if r.adjective, ok = currencyAdjectives[lower]; ok {
		f.bits |= factAdjective
	}
	if ambiguousCurrency[lower] {
		f.bits |= factAmbiguous
	}
	if r.subunit, ok = subunitCodes[lower]; ok {
		f.bits |= factSubunit
	}
	for _, sub := range vocab.Subunits {
		if first, _, two := strings.Cut(sub.Word, " "); two && first == lower {
			r.subunits = append(r.subunits, sub)
		}
	}
	if r.measure {
		f.bits |= factMeasure
	}
	if ageNouns[f.sing] {
		f.bits |= factAgeNoun
	}
	if moneyGate(lower, &r) {
		f.bits |= factMoney
	}
	f.rareFacts = noFacts
	if r.nounAbbrev != "" || r.percent != "" || r.measure || r.pairs != nil || r.adjective != "" || r.subunit != "" || r.subunits != nil {
		f.rareFacts = &r
	}
	return f
}

// lowerPlural is plural(strings.ToLower(s.tt(k))).
func (s *scanner) lowerPlural(k int) bool {
	if f := s.facts(k); f != nil {
		return f.bits&factPlural != 0
	}
	return plural(strings.ToLower(s.tt(k)))
}

// moneyGate reports whether currencyUnit may read money at a word spaced
// or glued after a number, the word lower in lower case with the rare
// facts r: what subunitAt reads ("p" glued for pence, a word for a
// hundredth or the first of two), what millionCode reads ("MEUR": four
// letters, an "M" and a code of the lexicon), what currencyPhrase reads
// ("u" of "U.S. dollars", "hong", "new", the first word of a currency of
// two, a currency's adjective) and what currencyAfter reads (a lexicon
// word of a currency). Those read the token's lexicon index, found with
// ASCII letters folded, where the facts have strings.ToLower: a word
// with a byte outside ASCII may read money whatever it is.
func moneyGate(lower string, r *rareFacts) bool {
	for i := 0; i < len(lower); i++ {
		if lower[i] >= 0x80 {
			return true
		}
	}
	switch lower {
	case "p", "u", "hong", "new":
		return true
	}
	if r.subunit != "" || r.subunits != nil || r.pairs != nil || r.adjective != "" {
		return true
	}
	if len(lower) == 4 && lower[0] == 'm' {
		if e := lookup(lower[1:]); e != nil && e.cur != "" {
			return true
		}
	}
	e := lookup(lower)
	return e != nil && e.cur != "" && e.flags&fCurrency != 0
}

// unitGates returns the gates of unit (factMoney, factMeasure,
// factAgeNoun) for token j: a word's from its facts, every gate for a
// symbol or a number, whose rules unit always asks.
func (s *scanner) unitGates(j int) factBits {
	if f := s.facts(j); f != nil {
		return f.bits & unitGateBits
	}
	return unitGateBits
}
