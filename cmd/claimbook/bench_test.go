package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
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
