package indicators_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// BenchmarkLoadEmbedded loads and verifies the embedded catalog from its
// files (parse, hash the text, check every quote and figure). Aim: < 1 ms.
func BenchmarkLoadEmbedded(b *testing.B) {
	for b.Loop() {
		if _, err := indicators.LoadFS(usjapan2015.FS(), usjapan2015.CatalogFile); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkVerifyEmbedded verifies the loaded embedded catalog again.
func BenchmarkVerifyEmbedded(b *testing.B) {
	c := usjapan2015.Catalog()
	for b.Loop() {
		if err := c.Verify(); err != nil {
			b.Fatal(err)
		}
	}
}

// synthetic returns a catalog file of n indicators over a text of n
// sentences, each indicator quoting its own sentence with its span.
func synthetic(n int) (catalog, text []byte) {
	var t strings.Builder
	var c strings.Builder
	type span struct{ start, end int }
	spans := make([]span, n)
	runes := 0
	for i := range n {
		s := fmt.Sprintf("Item %d: two-way trade was nearly $%d billion.", i, 100+i%900)
		spans[i] = span{runes, runes + len(s)} // ASCII: bytes are code points
		t.WriteString(s)
		t.WriteString("\n")
		runes += len(s) + 1
	}
	sum := sha256.Sum256([]byte(t.String()))
	fmt.Fprintf(&c, "claimbook: 1\nsources:\n  - id: synth\n    title: Synthetic\n    text: synth.txt\n    sha256: %s\nindicators:\n", hex.EncodeToString(sum[:]))
	for i := range n {
		fmt.Fprintf(&c, "  - id: item-%d\n    title: Item %d\n    entities: [US]\n    measure: flow\n    status: fact\n    stated: nearly $%d billion\n    period: 2014\n    provenance:\n      - source: synth\n        quote: \"Item %d: two-way trade was nearly $%d billion.\"\n        start: %d\n        end: %d\n",
			i, i, 100+i%900, i, 100+i%900, spans[i].start, spans[i].end)
	}
	return []byte(c.String()), []byte(t.String())
}

// BenchmarkLoad100k loads and verifies a catalog of 100,000 indicators.
func BenchmarkLoad100k(b *testing.B) {
	src, text := synthetic(100_000)
	read := func(string) ([]byte, error) { return text, nil }
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for b.Loop() {
		c, err := indicators.Parse("synthetic.yaml", src, read)
		if err != nil {
			b.Fatal(err)
		}
		if len(c.Indicators) != 100_000 {
			b.Fatalf("%d indicators", len(c.Indicators))
		}
	}
}
