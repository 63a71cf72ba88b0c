package extract

import (
	"math/bits"
	"testing"
)

// nonLetterBytes is 0 for eight letters and otherwise has its lowest set
// bit at the first byte isLetterByte turns away, for every byte value in
// every position, after letters of either case and before the letters
// and signs that a borrow or a carry from it could turn ("a", "z", "@").
func TestNonLetterBytes(t *testing.T) {
	for _, fill := range []string{"abcdefgh", "zzzzzzzz", "AAAAAAAA", "ZZZZZZZZ", "aaaaaaaa", "@@@@@@@@", "\xff\xff\xff\xff\xff\xff\xff\xff"} {
		for c := 0; c < 256; c++ {
			for pos := 0; pos < 8; pos++ {
				b := []byte(fill)
				copy(b, "yZaYzAbc"[:pos]) // letters before it
				b[pos] = byte(c)
				first := 8 // where the first byte that is no letter is
				for k := range b {
					if !isLetterByte(b[k]) {
						first = k
						break
					}
				}
				m := nonLetterBytes(load8(string(b), 0))
				if got := bits.TrailingZeros64(m) / 8; got != first || (m != 0 && m&^hi != 0) {
					t.Errorf("nonLetterBytes(%q) = %#x: first byte %d, want %d", b, m, got, first)
				}
			}
		}
	}
}

// lettersEnd stops at the first byte that is no ASCII letter, or at end.
func TestLettersEnd(t *testing.T) {
	for _, tc := range []struct {
		text     string
		from, to int
		want     int
	}{
		{"", 0, 0, 0}, {"a", 0, 1, 1}, {"abc def", 0, 7, 3}, {"abcdefgh", 0, 8, 8}, {"abcdefghijk lm", 0, 14, 11},
		{"Zürich", 0, 7, 1}, {"ABCDEFGHIJKLMNOP", 0, 16, 16}, {"abc1", 0, 4, 3}, {"abcdefghijklmnop", 2, 10, 10},
		{"x abcdefghij", 2, 12, 12}, {"abcdefghijkl", 0, 5, 5},
	} {
		if got := lettersEnd(tc.text, tc.from, tc.to); got != tc.want {
			t.Errorf("lettersEnd(%q, %d, %d) = %d, want %d", tc.text, tc.from, tc.to, got, tc.want)
		}
	}
}
