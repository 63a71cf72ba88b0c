package extract

import (
	"testing"
	"unicode/utf8"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// TestSpaceAtIsLexiconSpace checks that the scanner's byte-level space
// test agrees with lexicon.IsSpace, which indicators.ParseStated reads, for
// every rune: a character is a space to both or to neither.
func TestSpaceAtIsLexiconSpace(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if got, want := spaceAt(s, 0) == len(s), vocab.IsSpace(r); got != want {
			t.Errorf("spaceAt(%q) is a space: %v, lexicon.IsSpace(%U) = %v", s, got, r, want)
		}
	}
}

// isSpaceByte is true for the six ASCII spaces and no other byte.
func TestIsSpaceByte(t *testing.T) {
	for c := range 256 {
		want := c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
		if got := isSpaceByte(byte(c)); got != want {
			t.Errorf("isSpaceByte(%q) = %v, want %v", byte(c), got, want)
		}
	}
}
