package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuild(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join("..", "..", "indicators", "testdata", "bad-catalogs", "32-many-errors.yaml")
	tests := []struct {
		args     []string
		code     int
		inStderr string
	}{
		{[]string{"build", "-h"}, 0, "Usage: claimbook build"},
		{[]string{"build", "-nope"}, 2, "flag provided but not defined"},
		{[]string{"build", "extra"}, 2, "unexpected argument"},
		{[]string{"build", "-out", dir, "-catalog", bad}, 1, "unknown unit"},
		{[]string{"build", "-out", dir}, 0, "briefing.xlsx"},
	}
	for _, tt := range tests {
		code, _, stderr := runCmd(tt.args...)
		if code != tt.code || !strings.Contains(stderr, tt.inStderr) {
			t.Errorf("claimbook %s: exit %d, stderr %q; want exit %d and %q", strings.Join(tt.args, " "), code, stderr, tt.code, tt.inStderr)
		}
	}
	for _, f := range []string{"briefing.xlsx", "indicators.json", "indicators.csv", "derived.csv", "charts/investment-stocks.png", "charts/trade-2014.png"} {
		if fi, err := os.Stat(filepath.Join(dir, f)); err != nil || fi.Size() == 0 {
			t.Errorf("build wrote no %s: %v", f, err)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
	// The same catalog gives the same bytes; -stamp changes only the book.
	first, _ := os.ReadFile(filepath.Join(dir, "briefing.xlsx"))
	if code, _, stderr := runCmd("build", "-out", dir); code != 0 {
		t.Fatalf("second build: %s", stderr)
	}
	second, _ := os.ReadFile(filepath.Join(dir, "briefing.xlsx"))
	if !bytes.Equal(first, second) {
		t.Errorf("two builds of the same catalog wrote different books")
	}
	// A failed build leaves the previous outputs in place.
	runCmd("build", "-out", dir, "-catalog", bad)
	third, _ := os.ReadFile(filepath.Join(dir, "briefing.xlsx"))
	if !bytes.Equal(first, third) {
		t.Errorf("a failed build changed briefing.xlsx")
	}
}
