package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
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

// mixedText returns the texts of testdata/corpus and the sentences of
// testdata/recognizers-text's English number cases, one after another,
// repeated to n bytes: the mixed text of the genre the extract command
// meets, not one document over and over.
func mixedText(tb testing.TB, n int) []byte {
	tb.Helper()
	var b bytes.Buffer
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "corpus", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("corpus texts: %v, %v", files, err)
	}
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(t)
		b.WriteString("\n\n")
	}
	specs, err := filepath.Glob(filepath.Join("..", "..", "testdata", "recognizers-text", "Specs", "*", "English", "*.json"))
	if err != nil || len(specs) == 0 {
		tb.Fatalf("recognizers-text cases: %v, %v", specs, err)
	}
	for _, f := range specs {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var cases []struct{ Input string }
		if err := json.Unmarshal(raw, &cases); err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		for _, c := range cases {
			b.WriteString(c.Input)
			b.WriteString("\n")
		}
	}
	doc := b.Bytes()
	return bytes.Repeat(doc, n/len(doc)+1)[:n]
}

// The ExtractCommand benchmarks run the whole extract command (open,
// stream, find, format as a text table) on a file of the mixed text, at 1
// and 100 MB (-short skips the second). The figures for peak memory come
// from /usr/bin/time -v on the built command (see the README).
func BenchmarkExtractCommandMixed1MB(b *testing.B)   { benchmarkExtractCommand(b, 1<<20) }
func BenchmarkExtractCommandMixed100MB(b *testing.B) { benchmarkExtractCommand(b, 100<<20) }

func benchmarkExtractCommand(b *testing.B, n int) {
	if testing.Short() && n > 1<<20 {
		b.Skip("-short: the 100 MB file takes seconds to write and read")
	}
	name := filepath.Join(b.TempDir(), "mixed.txt")
	if err := os.WriteFile(name, mixedText(b, n), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		if err := run([]string{"extract", name}, io.Discard, io.Discard); err != nil {
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
