package extract

import "testing"

// isLx, isAnyLx and isByte answer what is and isAny answer, token by
// token, for every grammar word and the symbols asked so, over the corpus
// and words in other cases, glued to symbols or inside other words.
func TestGrammarWords(t *testing.T) {
	extra := "OVER 5, Of 3 or MORE, one In five, out of Every 10, 3/4 and 1 1/2, 5%, +3, over-5, cover 4, ofs 2, " +
		"from 2 To 3, BETWEEN 4 and 5, by 6, Less than 7, 300-plus, Plus 2, óver 3, more’s 4, one’s 5."
	n := 0
	eachSentence(t, extra, func(s *scanner) {
		for i := -1; i <= len(s.toks); i++ {
			for _, g := range grammarWords {
				if got, want := s.isLx(i, *g.lx), s.is(i, g.word); got != want {
					t.Errorf("isLx(%d, %q) = %v, want %v (is)", i, g.word, got, want)
				}
				if s.is(i, g.word) {
					n++
				}
			}
			for k := 0; k+2 < len(grammarWords); k += 3 {
				g0, g1, g2 := grammarWords[k], grammarWords[k+1], grammarWords[k+2]
				if got, want := s.isAnyLx(i, *g0.lx, *g1.lx, *g2.lx), s.isAny(i, g0.word, g1.word, g2.word); got != want {
					t.Errorf("isAnyLx(%d, %q, %q, %q) = %v, want %v (isAny)", i, g0.word, g1.word, g2.word, got, want)
				}
			}
			if s.isAnyLx(i) {
				t.Errorf("isAnyLx(%d) = true, want false", i)
			}
			for _, c := range []byte("$%'()+,-./:=[]~") {
				if got, want := s.isByte(i, c), s.is(i, string(c)); got != want {
					t.Errorf("isByte(%d, %q) = %v, want %v (is)", i, c, got, want)
				}
			}
		}
	})
	if n < 1000 {
		t.Errorf("%d grammar words found in the corpus, want at least 1000", n)
	}
}
