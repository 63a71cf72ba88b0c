package extract

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// corpus returns the reference document repeated to about n bytes.
func corpus(n int) string {
	doc := usjapan2015.Text() + "\n\n"
	return strings.Repeat(doc, n/len(doc)+1)[:n]
}

func benchmarkExtract(b *testing.B, n int) { benchmarkText(b, corpus(n)) }

// benchmarkText runs Extract over text, reporting MB/s, allocations and
// mentions per MB.
func benchmarkText(b *testing.B, text string) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var e Extractor
	mentions := 0
	for b.Loop() {
		mentions = len(e.Extract(text))
	}
	b.ReportMetric(float64(mentions)/float64(len(text))*(1<<20), "mentions/MB")
}

// The Extract benchmarks run the reference document repeated to 1, 10 and
// 100 MB; MB/s and allocs/op divided by the size give allocations per MB.
// The 100 MB one is skipped with -short.
func BenchmarkExtract1MB(b *testing.B)  { benchmarkExtract(b, 1<<20) }
func BenchmarkExtract10MB(b *testing.B) { benchmarkExtract(b, 10<<20) }
func BenchmarkExtract100MB(b *testing.B) {
	if testing.Short() {
		b.Skip("100 MB: skipped with -short")
	}
	benchmarkExtract(b, 100<<20)
}

// BenchmarkStream10MB runs the streaming form over the same 10 MB.
func BenchmarkStream10MB(b *testing.B) {
	text := corpus(10 << 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var e Extractor
	for b.Loop() {
		if err := e.Stream(strings.NewReader(text), func(Mention) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStreamRunes10MB runs the streaming form with code point spans,
// as the extract command does.
func BenchmarkStreamRunes10MB(b *testing.B) {
	text := corpus(10 << 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	var e Extractor
	for b.Loop() {
		if err := e.StreamRunes(strings.NewReader(text), func(Mention, MentionRunes) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}
