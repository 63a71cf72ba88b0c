package indicators_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// syntheticSeries returns a catalog of series × points indicators, each
// point of a series a year from 2000 on, quoting its own sentence, and
// the text. The last point of each series restates the year before it
// with another figure, so each series has one conflict.
func syntheticSeries(series, points int) (catalog, text []byte) {
	var t, c strings.Builder
	type line struct {
		s      string
		id     string
		stated string
		year   int
		series int
		start  int
	}
	var lines []line
	runes := 0
	for k := range series {
		for j := range points {
			year := 2000 + j
			if j == points-1 && j > 0 {
				year--
			}
			stated := fmt.Sprintf("about $%d billion", 100+(k+j*10)%900)
			s := fmt.Sprintf("Series %d point %d: trade was %s.", k, j, stated)
			lines = append(lines, line{s, fmt.Sprintf("s%d-p%d", k, j), stated, year, k, runes})
			t.WriteString(s)
			t.WriteString("\n")
			runes += len(s) + 1
		}
	}
	sum := sha256.Sum256([]byte(t.String()))
	fmt.Fprintf(&c, "claimbook: 1\nsources:\n  - id: synth\n    title: Synthetic\n    text: synth.txt\n    sha256: %s\nindicators:\n", hex.EncodeToString(sum[:]))
	for _, l := range lines {
		fmt.Fprintf(&c, "  - id: %s\n    title: Trade\n    measure: flow\n    status: fact\n    stated: %s\n    period: %d\n    series: s%d\n    provenance:\n      - source: synth\n        quote: %q\n        start: %d\n        end: %d\n",
			l.id, l.stated, l.year, l.series, l.s, l.start, l.start+len(l.s))
	}
	c.WriteString("series:\n")
	for k := range series {
		fmt.Fprintf(&c, "  - id: s%d\n    title: Series %d\n", k, k)
	}
	return []byte(c.String()), []byte(t.String())
}

func TestSyntheticSeries(t *testing.T) {
	src, text := syntheticSeries(30, 20)
	c, err := indicators.Parse("s.yaml", src, func(string) ([]byte, error) { return text, nil })
	if err != nil {
		t.Fatal(err)
	}
	if got := len(c.Conflicts()); got != 30 {
		t.Errorf("len(Conflicts()) = %d, want 30", got)
	}
	if got := len(c.Points("s7")); got != 20 {
		t.Errorf("len(Points(%q)) = %d, want 20", "s7", got)
	}
}

// BenchmarkSeriesLoad200k loads and verifies a catalog of 10,000 series
// of 20 points (200,000 indicators): parsing, quotes and the series
// checks.
func BenchmarkSeriesLoad200k(b *testing.B) {
	src, text := syntheticSeries(10_000, 20)
	read := func(string) ([]byte, error) { return text, nil }
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := indicators.Parse("synthetic.yaml", src, read); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSeriesBuild200k is what a build adds for the series of that
// catalog once it is loaded: the points in order, the conflicts and their
// findings, the JSON export and series.csv.
func BenchmarkSeriesBuild200k(b *testing.B) {
	src, text := syntheticSeries(10_000, 20)
	c, err := indicators.Parse("synthetic.yaml", src, func(string) ([]byte, error) { return text, nil })
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	for b.Loop() {
		if n := len(c.ConflictFindings()); n != 10_000 {
			b.Fatalf("%d conflicts", n)
		}
		buf.Reset()
		if err := indicators.WriteJSON(&buf, c); err != nil {
			b.Fatal(err)
		}
		if err := indicators.WriteSeriesCSV(io.Discard, c); err != nil {
			b.Fatal(err)
		}
	}
}
