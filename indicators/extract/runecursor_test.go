package extract

import (
	"testing"

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
