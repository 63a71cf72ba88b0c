package main

import (
	"io"
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
