package extract

import (
	"fmt"
	"io"
	"path/filepath"
	"testing"
)

// BenchmarkWriteDrafts drafts the corpus's documents as one catalog (the
// command's extract -draft texts/), once as they are and once eight times
// over as distinct sources, as a folder of many documents of the genre
// would be: proposing views and series across documents must stay near
// linear in their number. b.SetBytes is the texts' size.
func BenchmarkWriteDrafts(b *testing.B) {
	corpus := draftCorpus(b)
	for _, copies := range []int{1, 8} {
		var srcs []DraftSource
		size := 0
		for k := range copies {
			for _, s := range corpus.Sources {
				name := filepath.Base(s.TextPath)
				srcs = append(srcs, DraftSource{ID: fmt.Sprintf("%s-%d", s.ID, k), TextPath: fmt.Sprintf("%d/%s", k, name), Text: s.Text})
				size += len(s.Text)
			}
		}
		b.Run(fmt.Sprintf("docs=%d", len(srcs)), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				if err := WriteDrafts(io.Discard, srcs...); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
