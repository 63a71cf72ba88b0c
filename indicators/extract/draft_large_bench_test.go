package extract

import (
	"fmt"
	"io"
	"strings"
	"testing"
)

// largeDraftText returns the corpus's texts joined as paragraphs, over and
// over, until the text holds at least size bytes: one large document of
// the genre, as an analyst's report or a year of releases pasted together
// would be.
func largeDraftText(tb testing.TB, size int) string {
	tb.Helper()
	corpus := draftCorpus(tb)
	var b strings.Builder
	for b.Len() < size {
		for _, s := range corpus.Sources {
			b.WriteString(s.Text)
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// BenchmarkWriteDraftLarge drafts one large document (the corpus's texts
// joined into 1 MB and 4 MB): drafting must stay near linear in the size of
// one document, and its memory a small multiple of the text. b.SetBytes is
// the text's size.
func BenchmarkWriteDraftLarge(b *testing.B) {
	for _, mb := range []int{1, 4} {
		text := largeDraftText(b, mb<<20)
		b.Run(fmt.Sprintf("MB=%d", mb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				if err := WriteDraft(io.Discard, DraftSource{ID: "large", TextPath: "large.txt", Text: text}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
