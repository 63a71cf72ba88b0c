package extract

import (
	"os"

	"github.com/claimbook/claimbook/indicators"
	"testing"
)

// eachSentence tokenizes every sentence of the mixed corpus and the
// Recognizers-Text inputs and calls fn with the scanner.
func eachSentence(t *testing.T, fn func(s *scanner)) {
	t.Helper()
	texts := []string{mixedCorpus(t, 128<<10)}
	if b, err := os.ReadFile("../../testdata/recognizers-text/Specs/Number/English/NumberModel.json"); err == nil {
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		s := scanner{text: text}
		for pos := 0; pos < len(text); {
			end, next, _, ok := boundary(text, pos, true)
			if !ok {
				break
			}
			if s.tokenize(pos, end); len(s.toks) > 0 {
				fn(&s)
			}
			pos = next
		}
	}
}

// The hedge indexes give what trying every hedge in the lexicon's order
// gives.
func TestHedgeIndex(t *testing.T) {
	n := 0 // hedges found
	eachSentence(t, func(s *scanner) {
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
