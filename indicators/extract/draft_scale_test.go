package extract

import (
	"io"
	"strings"
	"testing"
)

// TestDraftScalesLinearly drafts one document of the corpus's texts joined
// into at least 64 KiB and into at least 256 KiB, and compares the bytes
// allocated: drafting must stay near linear in the size of one document,
// so the larger text may cost at most 1.5 times its share of the
// allocations (a step that re-reads the rest of the text per claim costs
// the square of it). It counts bytes, not time, so it does not depend on
// the machine.
func TestDraftScalesLinearly(t *testing.T) {
	allocs := func(size int) (string, int64) {
		text := largeDraftText(t, size)
		r := testing.Benchmark(func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := WriteDraft(io.Discard, DraftSource{ID: "large", TextPath: "large.txt", Text: text}); err != nil {
					b.Fatal(err)
				}
			}
		})
		return text, r.AllocedBytesPerOp()
	}
	small, a := allocs(64 << 10)
	large, b := allocs(256 << 10)
	if a == 0 || b == 0 {
		t.Fatalf("WriteDraft allocated %d and %d bytes, want counts", a, b)
	}
	if ratio, limit := float64(b)/float64(a), 1.5*float64(len(large))/float64(len(small)); ratio > limit {
		t.Errorf("WriteDraft of %d bytes allocated %d bytes, of %d bytes %d: ratio %.1f, want at most %.1f", len(small), a, len(large), b, ratio, limit)
	}
}

func TestFirstField(t *testing.T) {
	for _, s := range []string{"", " ", "levels", " levels of", "\u00a0Levels,\tx", "\n\n2025 target", "a\u0085b", "\xffx y", "  \u2003 w"} {
		want := ""
		if f := strings.Fields(s); len(f) > 0 {
			want = f[0]
		}
		if got := firstField(s); got != want {
			t.Errorf("firstField(%q) = %q, want %q", s, got, want)
		}
	}
}
