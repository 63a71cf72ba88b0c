package extract

import "testing"

// nonLetterBytes marks exactly the bytes isLetterByte turns away, for
// every byte value in every position of the word.
func TestNonLetterBytes(t *testing.T) {
	for c := 0; c < 256; c++ {
		for pos := 0; pos < 8; pos++ {
			b := []byte("abcdefgh")
			b[pos] = byte(c)
			m := nonLetterBytes(load8(string(b), 0))
			want := uint64(0)
			if !isLetterByte(byte(c)) {
				want = 0x80 << (8 * pos)
			}
			if m != want {
				t.Errorf("nonLetterBytes(%q) = %#x, want %#x", b, m, want)
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
