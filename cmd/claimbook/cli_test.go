package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// runCmd runs the command line and returns its exit code and output.
func runCmd(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	err := run(args, &out, &errb)
	return exitCode(err), out.String(), errb.String()
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join("..", "..", "indicators", "testdata", "bad-catalogs", "32-many-errors.yaml")
	tests := []struct {
		args       []string
		code       int
		inStdout   string
		inStderr   string
		stderrRows int // lines on stderr, if > 0
	}{
		{[]string{"verify"}, 0, "ok: 9 indicators, 9 quotes, 3 derived, 5 views verified against 2 sources", "", 0},
		// One of a thing is written in the singular (round D: "1 sources").
		{[]string{"verify", "-catalog", filepath.Join("..", "..", "indicators", "testdata", "good-catalog.yaml")}, 0, "ok: 2 indicators, 2 quotes, 1 derived, 1 view verified against 1 source\n", "", 0},
		{[]string{"verify", "-catalog", bad}, 1, "", "32-many-errors.yaml:13:11: unknown unit \"EURO\"", 4},
		{[]string{"verify", "-catalog", filepath.Join(dir, "missing.yaml")}, 2, "", "no such file", 0},
		{[]string{"verify", "extra"}, 2, "", "unexpected argument", 0},
		{[]string{"verify", "my.yaml"}, 2, "", `unexpected argument "my.yaml": name a catalog with -catalog my.yaml`, 0},
		{[]string{"build", "notes.JSON"}, 2, "", `unexpected argument "notes.JSON": name a catalog with -catalog notes.JSON`, 0},
		{[]string{"verify", "notes.txt"}, 2, "", `unexpected argument "notes.txt"` + "\n", 0},
		{[]string{"verify", "-h"}, 0, "", "Usage: claimbook verify", 0},
		{[]string{"export", "-h"}, 0, "", "Usage: claimbook export", 0},
		{[]string{"export", "-format", "xml"}, 2, "", "unknown format \"xml\"", 0},
		{[]string{"export", "-nope"}, 2, "", "flag provided but not defined", 0},
		{[]string{"frobnicate"}, 2, "", "unknown command \"frobnicate\"", 0},
		{[]string{}, 2, "", "Usage: claimbook <command>", 0},
		{[]string{"help"}, 0, "", "Commands:", 0},
	}
	for _, tc := range tests {
		code, stdout, stderr := runCmd(tc.args...)
		if code != tc.code || !strings.Contains(stdout, tc.inStdout) || !strings.Contains(stderr, tc.inStderr) {
			t.Errorf("claimbook %s: exit %d, stdout %q, stderr %q; want exit %d, stdout with %q, stderr with %q",
				strings.Join(tc.args, " "), code, stdout, stderr, tc.code, tc.inStdout, tc.inStderr)
		}
		if tc.stderrRows > 0 {
			if n := strings.Count(stderr, "\n"); n != tc.stderrRows {
				t.Errorf("claimbook %s: %d lines on stderr, want %d:\n%s", strings.Join(tc.args, " "), n, tc.stderrRows, stderr)
			}
		}
	}
}

func TestExportStdout(t *testing.T) {
	for _, f := range []struct {
		format string
		write  func(*bytes.Buffer) error
	}{
		{"json", func(b *bytes.Buffer) error { return indicators.WriteJSON(b, usjapan2015.Catalog()) }},
		{"csv", func(b *bytes.Buffer) error { return indicators.WriteCSV(b, usjapan2015.Catalog()) }},
		{"yaml", func(b *bytes.Buffer) error { return indicators.WriteYAML(b, usjapan2015.Catalog()) }},
	} {
		code, stdout, stderr := runCmd("export", "-format", f.format)
		var want bytes.Buffer
		if err := f.write(&want); err != nil {
			t.Fatal(err)
		}
		if code != 0 || stdout != want.String() {
			t.Errorf("export -format %s: exit %d, stderr %q, output differs from the library's", f.format, code, stderr)
		}
	}
}

// TestExportYAMLDir writes the catalog and its text into a directory, moves
// the directory, and verifies and reloads it there.
func TestExportYAMLDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	if code, _, stderr := runCmd("export", "-format", "yaml", "-out", dir); code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	moved := filepath.Join(t.TempDir(), "elsewhere")
	if err := os.Rename(dir, moved); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(moved)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, ",") != ".claimbook-build,catalog.yaml,us-japan-fact-sheet-2015.txt" {
		t.Errorf("export -out wrote %v, want the manifest, the catalog and its text and nothing else", names)
	}
	code, stdout, stderr := runCmd("verify", "-catalog", filepath.Join(moved, "catalog.yaml"))
	if code != 0 {
		t.Fatalf("verify of the exported catalog: exit %d: %s%s", code, stdout, stderr)
	}
	c, err := indicators.Load(filepath.Join(moved, "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var a, b bytes.Buffer
	indicators.WriteJSON(&a, c)
	indicators.WriteJSON(&b, usjapan2015.Catalog())
	if a.String() != b.String() {
		t.Errorf("the exported catalog loads back different")
	}
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "book.txt")
	if err := writeFileAtomic(p, []byte("first")); err != nil {
		t.Fatal(err)
	}
	if err := writeFileAtomic(p, []byte("second")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "second" {
		t.Errorf("content %q, want second", b)
	}
	// A failing write (the target is a directory that is not empty) leaves
	// the directory as it was and no temporary file.
	blocked := filepath.Join(dir, "blocked")
	os.MkdirAll(filepath.Join(blocked, "inside"), 0o755)
	if err := writeFileAtomic(blocked, []byte("x")); err == nil {
		t.Errorf("writing over a non-empty directory succeeded")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
	if b, _ := os.ReadFile(p); string(b) != "second" {
		t.Errorf("a failed write changed another file")
	}
}

// TestExportYAMLSet: the bundle is one output set, as build's outputs are:
// a second export replaces the first, and a folder claimbook did not write
// is refused and left as it was.
func TestExportYAMLSet(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "bundle")
	for i := 0; i < 2; i++ {
		if code, _, stderr := runCmd("export", "-format", "yaml", "-out", dir); code != 0 {
			t.Fatalf("export %d: exit %d: %s", i+1, code, stderr)
		}
	}
	mine := t.TempDir()
	notes := filepath.Join(mine, "notes.txt")
	if err := os.WriteFile(notes, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCmd("export", "-format", "yaml", "-out", mine)
	if code == 0 || !strings.Contains(stderr, "claimbook did not write") {
		t.Errorf("export into a folder of the user's: exit %d, stderr %q; want a refusal", code, stderr)
	}
	entries, _ := os.ReadDir(mine)
	if len(entries) != 1 {
		t.Errorf("the refused export left %d entries in the user's folder, want 1 (notes.txt)", len(entries))
	}
}
