package xlsx

import (
	"io"
	"testing"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

func BenchmarkDefault(b *testing.B) {
	c := usjapan2015.Catalog()
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, c, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func Benchmark10k(b *testing.B) {
	c := bigCatalog(10000)
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, c, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// Benchmark1MStream writes a million indicators through WriteSeq, which
// holds one at a time. Run it alone with -benchtime=1x; peak memory with
// /usr/bin/time -v.
func Benchmark1MStream(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c, more := synthetic(1000000 - 9)
		if err := WriteSeq(io.Discard, c, more, nil); err != nil {
			b.Fatal(err)
		}
	}
}
