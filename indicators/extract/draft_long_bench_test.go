package extract

import (
	"fmt"
	"io"
	"strings"
	"testing"
)

// longSentenceText returns one sentence of n items, each a figure with its
// year and a change ("1,204 tonnes in 1824 (up 3%)"), joined by commas: a
// yearly series written out in prose, as a statistical annex sometimes
// prints one. A sentence with more items holds more figures and more
// years, so its drafting time shows how the drafter scales within one
// sentence, where BenchmarkWriteDraftLarge shows how it scales over many.
func longSentenceText(n int) string {
	var b strings.Builder
	b.WriteString("Steel output at the works was recorded as follows: ")
	for k := range n {
		if k > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%d tonnes in %d (up %d%%)", 1000+37*k, 1800+k, 1+k%9)
	}
	b.WriteString(".\n")
	return b.String()
}

// BenchmarkWriteDraftLongSentence drafts one sentence of 25, 50 and 100
// items: each doubling should cost about twice the time, not four times.
func BenchmarkWriteDraftLongSentence(b *testing.B) {
	for _, n := range []int{25, 50, 100} {
		text := longSentenceText(n)
		b.Run(fmt.Sprintf("items=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if err := WriteDraft(io.Discard, DraftSource{ID: "long", TextPath: "long.txt", Text: text}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
