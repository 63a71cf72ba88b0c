package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// A runeCursor gives what indicators.Runes gives for every offset between
// runes, asked forwards, backwards and out of range, in a text with
// multi-byte runes and bytes that are no UTF-8.
func TestRuneCursor(t *testing.T) {
	text := "Die EU zahlt nearly €350 billion; Japan’s share \xff\xfe fell 26 to 28 percent — “about 3 times” ½ more. 日本"
	x := indicators.NewRunes(text)
	var offsets []int
	for i := range text {
		offsets = append(offsets, i)
	}
	offsets = append(offsets, len(text))
	var asked []int
	for k := range offsets {
		asked = append(asked, offsets[k], offsets[len(offsets)-1-k]) // forwards and backwards at once
	}
	asked = append(asked, -5, len(text)+7, 3, 0)
	c := runeCursor{text: text}
	for _, b := range asked {
		if got, want := c.offset(b), x.Offset(b); got != want {
			t.Errorf("offset(%d) = %d, want %d", b, got, want)
		}
	}
}

// runeCount counts as utf8.RuneCountInString: ASCII runs shorter and
// longer than eight bytes, multi-byte runes at every offset of a block,
// bytes that are no UTF-8 (a stray continuation byte, a sequence cut
// short, an encoded surrogate), and a rune that j cuts short, for every
// i and j of each text.
func TestRuneCount(t *testing.T) {
	texts := []string{
		"",
		"a",
		"exactly8",
		"nine byte",
		"Die EU zahlt nearly €350 billion; Japan’s share fell 26 to 28 percent",
		"“about 3 times” ½ more. 日本 and a long run of plain ASCII words after it",
		"\xff\xfe\x80 stray \x80bytes\xc3 cut short \xe2\x82 and \xed\xa0\x80 a surrogate",
		"€€€€€€€€€€ abcdefgh€ijklmnop€",
	}
	for _, text := range texts {
		for i := 0; i <= len(text); i++ {
			for j := i; j <= len(text); j++ {
				if got, want := runeCount(text, i, j), utf8.RuneCountInString(text[i:j]); got != want {
					t.Errorf("runeCount(%q, %d, %d) = %d, want %d", text, i, j, got, want)
				}
			}
		}
	}
}
