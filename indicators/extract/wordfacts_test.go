package extract

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// wantFacts works out, with the functions the unit rules asked before
// wordFacts, what the facts of the word w must be.
func wantFacts(s *scanner, w string) wordFacts {
	lower := strings.ToLower(w)
	f := wordFacts{lower: lower, sing: vocab.Singular(lower), rareFacts: &rareFacts{}}
	if plural(lower) {
		f.bits |= factPlural
		if indicators.ReadsAsOtherUnit(lower) {
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
	f.nounAbbrev = vocab.NounAbbreviations[lower]
	f.percent = percentAbbrev[lower]
	f.measures, f.measure = measuresFirst(w)
	f.pairs = currencyPairs[lower]
	if c, ok := currencyAdjectives[lower]; ok {
		f.adjective = c
		f.bits |= factAdjective
	}
	if ambiguousCurrency[lower] {
		f.bits |= factAmbiguous
	}
	if c, ok := subunitCodes[lower]; ok {
		f.subunit = c
		f.bits |= factSubunit
	}
	for _, sub := range vocab.Subunits {
		if strings.HasPrefix(sub.Word, lower+" ") {
			f.subunits = append(f.subunits, sub)
		}
	}
	if f.measure {
		f.bits |= factMeasure
	}
	if ageNouns[f.sing] {
		f.bits |= factAgeNoun
	}
	// That the money gate skips no money is TestUnitGates's to check.
	if moneyGate(lower, f.rareFacts) {
		f.bits |= factMoney
	}
	return f
}

// checkFacts compares the facts of token k with wantFacts.
func checkFacts(t *testing.T, s *scanner, k int) {
	t.Helper()
	w := s.tt(k)
	f := s.facts(k)
	got := *f
	want := wantFacts(s, w)
	if got.lower != want.lower || got.sing != want.sing || got.bits != want.bits || got.nounAbbrev != want.nounAbbrev ||
		got.percent != want.percent || got.measure != want.measure || !slices.Equal(got.measures, want.measures) ||
		!maps.Equal(got.pairs, want.pairs) || got.adjective != want.adjective || got.subunit != want.subunit ||
		!slices.Equal(got.subunits, want.subunits) {
		t.Errorf("facts(%q) = %+v %+v, want %+v %+v", w, got, *got.rareFacts, want, *want.rareFacts)
	}
}

// The facts of a word are those the functions they keep give, for words
// of every length up to and past maxFactWord, in any case, with bytes
// outside ASCII, at the end of the text and asked again.
func TestWordFacts(t *testing.T) {
	words := []string{
		"countries", "Countries", "COUNTRIES", "jobs", "people", "percent", "Percent", "pct", "pts", "bps", "ppts",
		"km", "KM", "Km", "miles", "kWh", "bn", "bns", "BNS", "millions", "ins", "ozs", "series", "species", "sheep",
		"largest", "the", "a", "I", "x", "X", "Z", "@", "[", "`", "{",
		"abcdefgh", "ABCDEFGH", "abcdefghi", "telecommunications", "Telecommunications", "abcdefghijklmnop",
		"abcdefghijklmnopq", "abcdefghijklmnopqrstuvwx", "ABCDEFGHIJKLMNOPQRSTUVWX", "abcdefghijklmnopqrstuvwxy",
		"naïve", "Naïve", "\u212Aelvins", "café", "CAFÉS", "don't", "it’s",
		"euro", "Euro", "cents", "CENTS", "pence", "p", "Tanzanian", "Kenya", "shillings", "japanese", "British", "pounds", "won", "rand",
	}
	for _, w := range words {
		for _, text := range []string{"5 " + w, "5 " + w + " and then some more text after it"} {
			s := scanner{text: text}
			s.tokenize(0, len(text))
			for k := 1; k < len(s.toks); k++ {
				if s.toks[k].kind == tWord {
					checkFacts(t, &s, k)
					checkFacts(t, &s, k) // from the table, the second time
				}
			}
		}
	}
}

// Over the corpus, every word's facts are those wantFacts gives, while the
// table fills and words replace one another.
func TestWordFactsCorpus(t *testing.T) {
	var table *wordFactTable
	n := 0
	eachSentence(t, "", func(s *scanner) {
		s.wordFacts = table // one table for the whole corpus, as one scanner has
		for k := range s.toks {
			if s.toks[k].kind == tWord {
				checkFacts(t, s, k)
				n++
			}
		}
		table = s.wordFacts
	})
	if n < 10000 {
		t.Errorf("the corpus has %d words, want at least 10000", n)
	}
}

// factsKey folds exactly the upper-case letters of an ASCII word and keeps
// its other bytes, and tells a word with a byte outside ASCII, for words
// at every offset and of every length, read whole or at the end of the
// text.
func TestFactsKey(t *testing.T) {
	ref := func(w string) (key [3]uint64, ascii bool) {
		ascii = true
		for p := 0; p < len(w); p++ {
			c := w[p]
			if c >= 0x80 {
				ascii = false
			}
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			key[p>>3] |= uint64(c) << (8 * uint(p&7))
		}
		return key, ascii
	}
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for range 4000 {
		// Bytes around the letters' bounds, letters and the odd high byte.
		switch x := r.IntN(10); {
		case x < 6:
			b.WriteByte(byte("@AMZ[`amz{"[r.IntN(10)]))
		case x < 9:
			b.WriteByte(byte(r.IntN(0x80)))
		default:
			b.WriteByte(byte(0x80 + r.IntN(0x80)))
		}
	}
	text := b.String()
	for i := 0; i < len(text); i++ {
		for n := 1; n <= maxFactWord && i+n <= len(text); n++ {
			w := text[i : i+n]
			gk, ga := factsKey(text, i, i+n)
			wk, wa := ref(w)
			if ga != wa || wa && gk != wk { // the key of a word not ASCII is never used
				t.Fatalf("factsKey(%q) = %x, %v, want %x, %v", w, gk, ga, wk, wa)
			}
		}
	}
	for c := range 256 {
		x := uint64(c) * 0x0101010101010101
		if c >= 0x80 {
			continue
		}
		want := uint64(c)
		if c >= 'A' && c <= 'Z' {
			want += 'a' - 'A'
		}
		if got := foldASCII8(x); got != want*0x0101010101010101 {
			t.Errorf("foldASCII8(%#x) = %#x, want %#x", x, got, want*0x0101010101010101)
		}
	}
}

// Words that share their first 8 or 16 bytes, more than the table has
// slots, each take the place of another and are never taken for it.
func TestWordFactsShared(t *testing.T) {
	var b strings.Builder
	for _, prefix := range []string{"", "Abcdefgh", "abcdefghIjklmnop"} {
		for i := range 1500 {
			b.WriteString("5 " + prefix + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + strings.Repeat("s", i%5) + ". ")
		}
	}
	text := b.String()
	s := scanner{text: text}
	s.tokenize(0, len(text))
	n := 0
	for k := range s.toks {
		if s.toks[k].kind == tWord {
			if got, want := s.facts(k).lower, strings.ToLower(s.tt(k)); got != want {
				t.Fatalf("facts(%q).lower = %q, want %q", s.tt(k), got, want)
			}
			n++
		}
	}
	if n < 3*factSlots {
		t.Errorf("asked %d words, want at least %d", n, 3*factSlots)
	}
}

// The scanner's copy of the last facts asked serves the same token of the
// same sentence only: the token at the same place in the next sentence,
// and the next token, are other words.
func TestWordFactsCopy(t *testing.T) {
	var s scanner
	for _, text := range []string{"5 countries and jobs", "5 percent and jobs", "5 Countries and jobs", "5 km and jobs"} {
		s.text = text
		s.tokenize(0, len(text))
		for _, k := range []int{1, 1, 3, 1} {
			if got, want := s.facts(k).lower, strings.ToLower(s.tt(k)); got != want {
				t.Errorf("facts(%d).lower in %q = %q, want %q", k, text, got, want)
			}
		}
	}
}
