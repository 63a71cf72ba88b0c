package extract

import (
	"os"
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// eachSentence tokenizes every sentence of the mixed corpus, Recognizers-Text
// inputs and the extra texts and calls fn with the scanner. It fails the
// test when the Recognizers-Text inputs cannot be read: they are part of the
// repository, and a comparison without them would pass on less than it says.
func eachSentence(t *testing.T, extra string, fn func(s *scanner)) {
	t.Helper()
	b, err := os.ReadFile("../../testdata/recognizers-text/Specs/Number/English/NumberModel.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{mixedCorpus(t, 128<<10), extra, string(b)} {
		eachSentenceOf(t, text, fn)
	}
}

// The hedge indexes give what trying every hedge in the lexicon's order
// gives.
func TestHedgeIndex(t *testing.T) {
	n := 0 // hedges found
	eachSentence(t, "Slightly more than 5, a little over 6 and approx. 7, ~8 and ≈ 9 or as high as 10.", func(s *scanner) {
		for i := 0; i <= len(s.toks)+1; i++ {
			wq, wk := indicators.Qualifier(0), -1
			for _, h := range hedges {
				if k := i - len(h.words); s.wordsAt(k, h.words) {
					wq, wk = h.q, k
					break
				}
			}
			if q, k := s.hedge(i); q != wq || k != wk {
				t.Errorf("hedge(%d) in %q = %v, %d, want %v, %d", i, s.text[s.toks[0].start:s.toks[len(s.toks)-1].end], q, k, wq, wk)
			}
			wq, wk = indicators.Qualifier(0), 0
			for _, h := range hedges {
				if s.wordsAt(i, h.words) {
					wq, wk = h.q, i+len(h.words)
					break
				}
			}
			if q, k := s.hedgeAt(i); q != wq || k != wk {
				t.Errorf("hedgeAt(%d) = %v, %d, want %v, %d", i, q, k, wq, wk)
			}
			if wk > 0 {
				n++
			}
		}
	})
	if n < 50 {
		t.Errorf("%d hedges found in the corpus, want at least 50", n)
	}
}

// startsFigureRef is startsFigure as first written: each test in turn.
func (s *scanner) startsFigureRef(i int) bool {
	t := &s.toks[i]
	switch t.kind {
	case tNum:
		return true
	case tSym:
		_, ok := currencySigns[s.tt(i)]
		return ok || s.dash(i) || s.is(i, "−") || s.is(i, "+")
	case tWord:
		if t.lex() != nil && (t.lex().class != wNone || t.lex().cur != "" || t.lex().flags&fOrdinal != 0 && s.ranks || t.lex().flags&fMult != 0) {
			return true
		}
		if t.end-t.start >= 7 && eqFold(s.text[t.end-4:t.end], "fold") {
			return true
		}
		if t.end-t.start == 4 && s.is(i, "tens") && s.is(i+1, "of") || s.isAny(i, "several", "few") && s.class(i+1) != wNone {
			return true
		}
		if t.end-t.start == 5 && s.is(i, "twice") || t.end-t.start <= 3 && (s.tt(i) == "INR" || prefixCurrency[s.tt(i)] != "") {
			return true
		}
		if s.is(i+1, "$") || s.is(i, "u") && s.is(i+3, "$") {
			return true
		}
		if _, ok := millionCode(s.tt(i)); ok {
			return true
		}
		return s.isAny(i, "a", "an", "minus", "negative")
	}
	return false
}

// startsFigure, which sorts the tests by the length of the word, gives
// what trying each in turn gives, but for the tokens at which try would
// stop at once: there it may say false, and try must then find nothing,
// report nothing and leave the scanner as it was.
func TestStartsFigure(t *testing.T) {
	extra := "Rs 5 and RM 3, MEUR 4, U.S. $5, tens of thousands, several million, a few hundred, few dozen, " +
		"twice, threefold, minus 3, negative 4, INR 50 − 4 + 3, US$ 5, € 3 and KSh 40. Up to $5, a $3 fee, a third, " +
		"a dozen, an hour, a-1, +12.5, 4 -3, + 7 and - 2 and a million - 5 +44 20."
	n, spared := 0, 0 // tokens that start a figure; those where try is spared
	for _, ranks := range []bool{false, true} {
		eachSentence(t, extra, func(s *scanner) {
			s.ranks = ranks
			for i := range s.toks {
				want := s.startsFigureRef(i)
				got := s.startsFigure(i)
				if got && !want {
					t.Errorf("startsFigure(%q) = %v, want %v", s.tt(i), got, want)
				}
				if want && !got {
					spared++
					emitted := 0
					s.emit = func(Mention) { emitted++ }
					// match goes on at max(end, i+1); s.ident is set before
					// each exclusion check that reads it, and carries
					// nothing from one try to the next.
					if end, ident, ok := s.try(i, -10); end > i+1 || ident || ok || emitted != 0 {
						t.Errorf("startsFigure(%q) = false, but try = %d, %v, %v with %d mentions, want at most %d, false, false with none",
							s.tt(i), end, ident, ok, emitted, i+1)
					}
				}
				if want {
					n++
				}
			}
		})
	}
	if n < 1000 {
		t.Errorf("%d tokens start a figure, want at least 1000", n)
	}
	if spared < 100 {
		t.Errorf("try spared at %d tokens, want at least 100", spared)
	}
}

// The hedge tables by lexIndex give, for every lexicon key, the hedges
// the maps give for the key, and for every hedge word in the lexicon the
// hedges it starts or ends.
func TestHedgeTablesByLx(t *testing.T) {
	tables := []struct {
		name  string
		index map[string][]int
		byLx  [][]int
	}{
		{"first", hedgesByFirst, hedgeFirstByLx},
		{"last", hedgesByLast, hedgeLastByLx},
	}
	for _, tt := range tables {
		found := 0
		for k := range lexicon {
			x := lookupIndex(k)
			if got, want := tt.byLx[x], tt.index[k]; !slices.Equal(got, want) {
				t.Errorf("hedge%sByLx[%q] = %v, want %v", tt.name, k, got, want)
			}
			if len(tt.index[k]) > 0 {
				found++
			}
		}
		if found < 10 {
			t.Errorf("%d lexicon keys %s a hedge, want at least 10", found, tt.name)
		}
	}
}
