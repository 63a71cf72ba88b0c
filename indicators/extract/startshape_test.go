package extract

import (
	"strings"
	"testing"
)

// startsFigure's table gives what mayStartWord gives, for every first
// byte, lengths from 1 to 12 and last bytes 'd', 'D' and others.
func TestStartShapes(t *testing.T) {
	for n := 1; n <= 12; n++ {
		for c := range 256 {
			for _, last := range []byte{'x', 'd', 'D', 'e'} {
				w := []byte(strings.Repeat("o", n))
				w[0] = byte(c)
				if n > 1 {
					w[n-1] = last
				}
				want := mayStartWord(string(w))
				got := false
				switch startShapes[min(n, shapeLongest)][c] {
				case shapeYes:
					got = true
				case shapeLastD:
					got = w[n-1]|0x20 == 'd'
				}
				if got != want {
					t.Errorf("startShapes for %q = %v, want %v", w, got, want)
				}
			}
		}
	}
}

// plainNumbers holds the number words that only numberPhase reads at
// their start, and none that another reader of try starts at.
func TestPlainNumbers(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"two", true}, {"Twenty", true}, {"half", true}, {"quarter", true}, {"eleven", true},
		{"third", false},    // an ordinal: rank
		{"double", false},   // a verb of multiplying: multWord
		{"hundreds", false}, // vague
		{"million", false},  // a scale: vague's "millions of"
		{"dozen", false},    // vague
		{"a", false},        // "a hundred": lettersMayStart
		{"tens", false},     // no entry
		{"twice", false},    // no entry
		{"minus", false},    // wordBefore
		{"real", false},     // a currency: wordBefore
		{"the", false},      // no number
	} {
		if got := plainNumbers[lookupIndex(tc.word)]; got != tc.want {
			t.Errorf("plainNumbers[%q] = %v, want %v", tc.word, got, tc.want)
		}
	}
}
