//go:build unix

package main

import (
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestExtractFIFO gives a named pipe with no writer among good files: the
// command must refuse it at once instead of waiting for a writer forever.
// The deadline only catches a hang; nothing is timed.
func TestExtractFIFO(t *testing.T) {
	dir := t.TempDir()
	a := writeTemp(t, dir, "a.txt", "Exports were $5 billion.")
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	type result struct {
		code           int
		stdout, stderr string
	}
	done := make(chan result, 1)
	go func() {
		code, stdout, stderr := runCmd("extract", fifo, a)
		done <- result{code, stdout, stderr}
	}()
	select {
	case r := <-done:
		if r.code != 1 || !strings.Contains(r.stderr, "claimbook extract: "+fifo+": a named pipe, not a regular file") || !strings.Contains(r.stdout, "$5 billion") {
			t.Errorf("claimbook extract FIFO a.txt: exit %d\nstdout:\n%s\nstderr:\n%s\nwant exit 1, the FIFO refused and a.txt read", r.code, r.stdout, r.stderr)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("claimbook extract FIFO a.txt: still blocked after 30 s: it waits for a writer on the FIFO")
	}
}
