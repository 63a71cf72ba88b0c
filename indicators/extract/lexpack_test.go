package extract

import (
	"strings"
	"testing"
)

// lookupPacked gives what lookupIndex gives for every word of one to eight
// ASCII letters: each lexicon key in lower, upper and title case, words
// that are no key, and words at the very end of the text (where the
// eight-byte load cannot be used).
func TestLookupPacked(t *testing.T) {
	words := []string{"the", "The", "THE", "billion", "Billion", "a", "A", "an", "zzz", "thee", "th", "thousand", "Thousand", "hundreds", "abcdefgh", "x", "percent", "fold"}
	for k := range lexicon {
		if packable(k) {
			words = append(words, k, strings.ToUpper(k), strings.ToUpper(k[:1])+k[1:])
		}
	}
	n := 0
	for _, w := range words {
		want := lookupIndex(w)
		if want != 0 {
			n++
		}
		for _, text := range []string{w, w + " and more text", "(" + w + ")"} {
			i := strings.Index(text, w)
			if got := lookupPacked(text, i, i+len(w)); got != want {
				t.Errorf("lookupPacked(%q, %d, %d) = %d, want %d", text, i, i+len(w), got, want)
			}
		}
	}
	if n < 100 {
		t.Errorf("%d words found in the lexicon, want at least 100", n)
	}
}
