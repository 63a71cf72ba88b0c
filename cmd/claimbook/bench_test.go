package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkBuildDefault runs the whole default build in one process: load
// and verify the embedded catalog, five charts, the book, the exports, and
// the atomic writes (with fsync). Aim: under 150 ms.
func BenchmarkBuildDefault(b *testing.B) {
	dir := b.TempDir()
	for b.Loop() {
		if err := run([]string{"build", "-out", dir}, io.Discard, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildSeries10k runs the whole build of a catalog of 10,000
// series of 20 points (200,000 indicators, about 57 MB of YAML): load,
// verify, the book, the deck, the exports and the atomic writes. Aim
// (issue 12): at most 0.5 s per 1,000 series, 5 s in all.
func BenchmarkBuildSeries10k(b *testing.B) {
	dir := b.TempDir()
	catalog := writeSyntheticSeries(b, dir, 10_000, 20)
	out := filepath.Join(dir, "out")
	b.ResetTimer()
	for b.Loop() {
		if err := run([]string{"build", "-catalog", catalog, "-out", out}, io.Discard, io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// writeSyntheticSeries writes into dir a catalog of series × points
// indicators and its text, as syntheticSeries in the indicators tests
// makes them (each point quoting its own sentence, the last point of each
// series restating the year before it with another figure), and returns
// the catalog's path.
func writeSyntheticSeries(tb testing.TB, dir string, series, points int) string {
	tb.Helper()
	var t, c strings.Builder
	type line struct {
		s, id, stated       string
		year, series, start int
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
	if err := os.WriteFile(filepath.Join(dir, "synth.txt"), []byte(t.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(dir, "synth.yaml")
	if err := os.WriteFile(path, []byte(c.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}
