//go:build unix

package main

import (
	"os"
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

// TestExtractDraftURLFIFO gives a text whose NAME.url is a named pipe with
// no writer: the draft must refuse it at once, never wait on it (review30).
// The deadline only catches a hang; nothing is timed.
func TestExtractDraftURLFIFO(t *testing.T) {
	dir := t.TempDir()
	texts := filepath.Join(dir, "texts")
	if err := os.Mkdir(texts, 0o755); err != nil {
		t.Fatal(err)
	}
	writeTemp(t, texts, "a.txt", "Exports were $5 billion in 2031.\n")
	if err := syscall.Mkfifo(filepath.Join(texts, "a.url"), 0o644); err != nil {
		t.Fatal(err)
	}
	type result struct {
		code   int
		stderr string
	}
	done := make(chan result, 1)
	go func() {
		code, _, stderr := runCmd("extract", "-draft", texts)
		done <- result{code, stderr}
	}()
	select {
	case r := <-done:
		if r.code != 2 || !strings.Contains(r.stderr, "a.url: not a regular file") {
			t.Errorf("extract -draft with a FIFO a.url: exit %d, stderr %q; want exit 2 naming it", r.code, r.stderr)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("extract -draft with a FIFO a.url: still blocked after 30 s")
	}
}
