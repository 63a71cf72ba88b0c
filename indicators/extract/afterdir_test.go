package extract

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// afterDirectionByString is what directionAfter read before
// afterDirection: the word folded and looked up as a string.
func afterDirectionByString(w string) indicators.Direction {
	d, ok := vocab.LookupDirection(strings.ToLower(w))
	switch {
	case !ok || !d.After:
		return indicators.NoDirection
	case d.Up:
		return indicators.Up
	}
	return indicators.Down
}

// TestAfterDirection checks afterDirection against the string look-up for
// every direction word in three cases, a few others, and every token of
// the corpus, each read with the lexicon entry tokenize gave it.
func TestAfterDirection(t *testing.T) {
	var words []string
	for _, d := range vocab.Directions {
		words = append(words, d.Word, strings.ToUpper(d.Word), strings.ToUpper(d.Word[:1])+d.Word[1:])
	}
	words = append(words, "loss", "Loss", "LOSS", "losses", "increase's", "naïve", "\u212Aitty", "$", "5")
	after := 0
	for _, w := range words {
		text := "5 " + w
		s := scanner{text: text}
		s.tokenize(0, len(text))
		if len(s.toks) != 2 {
			continue // a word of several tokens gives no direction after a figure
		}
		want := afterDirectionByString(w)
		if got := afterDirection(w, s.toks[1].lx); got != want {
			t.Errorf("afterDirection(%q) = %v, want %v", w, got, want)
		}
		if want != indicators.NoDirection {
			after++
		}
	}
	if after == 0 {
		t.Fatal("no word gives a direction after a figure")
	}
	eachSentence(t, "", func(s *scanner) {
		for i := range s.toks {
			w := s.tt(i)
			if got, want := afterDirection(w, s.toks[i].lx), afterDirectionByString(w); got != want {
				t.Errorf("afterDirection(%q) = %v, want %v", w, got, want)
			}
		}
	})
}
