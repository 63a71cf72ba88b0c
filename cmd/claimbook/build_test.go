package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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
	for _, f := range []string{"briefing.xlsx", "deck.pptx", "indicators.json", "indicators.csv", "derived.csv", "charts/investment-stocks.png", "charts/trade-2014.png"} {
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

// TestBuildRefusesForeignFolder: build never writes into, swaps away or
// deletes a folder it did not write.
func TestBuildRefusesForeignFolder(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "Documents")
	mustWriteFiles(t, out, "thesis.docx", "photos/cat.png")
	before := readTree(t, parent)
	code, _, stderr := runCmd("build", "-out", out)
	want := fmt.Sprintf("out %q holds files claimbook did not write: name a new or empty folder", out)
	if code != 2 || !strings.Contains(stderr, want) {
		t.Errorf("build -out %s: exit %d, stderr %q; want exit 2 and %q", out, code, stderr, want)
	}
	if diff := cmp.Diff(before, readTree(t, parent)); diff != "" {
		t.Errorf("build -out %s changed the folder or its parent (-before +after):\n%s", out, diff)
	}
}

// TestBuildRemovesGoneCharts: after a build, the folder holds exactly the
// new set: the chart of a view the catalog no longer has is gone.
func TestBuildRemovesGoneCharts(t *testing.T) {
	dir, gone := reducedCatalog(t, "reduced.yaml")
	catalog := filepath.Join(dir, "reduced.yaml")
	out := filepath.Join(t.TempDir(), "out")
	if code, _, stderr := runCmd("build", "-out", out); code != 0 {
		t.Fatalf("first build: %s", stderr)
	}
	if code, _, stderr := runCmd("build", "-catalog", catalog, "-out", out); code != 0 {
		t.Fatalf("second build: %s", stderr)
	}
	if _, err := os.Stat(filepath.Join(out, "charts", gone+".png")); err == nil {
		t.Errorf("charts/%s.png is still there after a build of a catalog without that view", gone)
	}
	if diff := cmp.Diff(readTree(t, refBuild(t, catalog)), readTree(t, out)); diff != "" {
		t.Errorf("the folder after the second build differs from a fresh build (-fresh +got):\n%s", diff)
	}
}

func TestCatalogFolder(t *testing.T) {
	tests := []struct {
		path, want string
	}{
		{"trade.yaml", "trade"},
		{filepath.Join("a", "b", "energy.json"), "energy"},
		{"a.b.yaml", "a.b"},
		{"noext", "noext"},
		{"...yaml", ""},
		{"..yaml", ""},
		{".yaml", ""},
		{".hidden.yaml", ""},
		{filepath.Join("x", ".."), ""},
		{"tab\t.yaml", ""},
	}
	for _, tt := range tests {
		got, err := catalogFolder(tt.path)
		if got != tt.want || (err != nil) != (tt.want == "") {
			t.Errorf("catalogFolder(%q) = %q, %v; want %q", tt.path, got, err, tt.want)
		}
	}
}

// TestBuildSeveralCatalogs: several catalogs are one output set of one
// folder per catalog, and a catalog whose name is not a plain folder name
// is refused before anything is written.
func TestBuildSeveralCatalogs(t *testing.T) {
	dir, _ := reducedCatalog(t, "trade.yaml", "energy.yaml", "...yaml", "..yaml", ".yaml")
	for _, bad := range []string{"...yaml", "..yaml", ".yaml"} {
		parent := t.TempDir()
		out := filepath.Join(parent, "out")
		code, _, stderr := runCmd("build", "-out", out, "-catalog", filepath.Join(dir, "trade.yaml"), "-catalog", filepath.Join(dir, bad))
		want := "which is not a plain folder name: rename the file"
		if code != 2 || !strings.Contains(stderr, want) {
			t.Errorf("build -catalog %s: exit %d, stderr %q; want exit 2 and %q", bad, code, stderr, want)
		}
		if got := names(t, parent); len(got) != 0 {
			t.Errorf("build -catalog %s wrote %q", bad, got)
		}
	}
	out := filepath.Join(t.TempDir(), "out")
	if code, _, stderr := runCmd("build", "-out", out, "-catalog", filepath.Join(dir, "trade.yaml"), "-catalog", filepath.Join(dir, "energy.yaml")); code != 0 {
		t.Fatalf("build of two catalogs: exit %d: %s", code, stderr)
	}
	if got, want := names(t, out), []string{".claimbook-build", "energy", "trade"}; !cmp.Equal(got, want) {
		t.Errorf("build of two catalogs wrote %q, want %q", got, want)
	}
	manifest, _ := os.ReadFile(filepath.Join(out, ".claimbook-build"))
	if !strings.Contains(string(manifest), "\nenergy/briefing.xlsx\n") || !strings.Contains(string(manifest), "\ntrade/briefing.xlsx\n") {
		t.Errorf("the manifest of two catalogs does not list both books:\n%s", manifest)
	}
}

// TestBuildReportsSizes: each "wrote" line names a file of the set and the
// size it has, counted as the file was written, and the files are those
// the manifest lists.
func TestBuildReportsSizes(t *testing.T) {
	dir := t.TempDir()
	code, _, stderr := runCmd("build", "-out", dir)
	if code != 0 {
		t.Fatalf("build: %s", stderr)
	}
	var wrote []string
	for _, line := range strings.Split(stderr, "\n") {
		name, sz, ok := strings.Cut(strings.TrimPrefix(line, "wrote "), " (")
		if !strings.HasPrefix(line, "wrote ") || !ok {
			continue
		}
		fi, err := os.Stat(name)
		if err != nil {
			t.Errorf("build said %q: %v", line, err)
			continue
		}
		if got, want := strings.TrimSuffix(sz, ")"), size(int(fi.Size())); got != want {
			t.Errorf("build said %q; the file holds %s", line, want)
		}
		rel, _ := filepath.Rel(dir, name)
		wrote = append(wrote, filepath.ToSlash(rel))
	}
	listed, err := readManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(wrote) == 0 || len(wrote) != len(listed) {
		t.Errorf("build said it wrote %q; the manifest lists %d files", wrote, len(listed))
	}
	for _, n := range wrote {
		if !listed[n] {
			t.Errorf("build said it wrote %s, which the manifest does not list", n)
		}
	}
}

// TestBuildNotesNoViews: a catalog without views builds, and the build
// says why there are no charts and where views come from.
func TestBuildNotesNoViews(t *testing.T) {
	dir := t.TempDir()
	text := "In 2014, two-way trade was $279 billion.\n"
	writeTemp(t, dir, "t.txt", text)
	writeTemp(t, dir, "c.yaml", fmt.Sprintf(`sources:
  - id: s
    title: Trade facts
    text: t.txt
    sha256: %x
indicators:
  - id: trade
    title: Two-way trade
    entities: [US]
    measure: flow
    status: fact
    stated: $279 billion
    period: 2014
    provenance:
      - source: s
        quote: two-way trade was $279 billion
`, sha256.Sum256([]byte(text))))
	code, _, stderr := runCmd("build", "-catalog", filepath.Join(dir, "c.yaml"), "-out", filepath.Join(dir, "out"))
	if code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	if want := "has no views, so no charts were drawn"; !strings.Contains(stderr, want) {
		t.Errorf("build of a catalog without views says\n%s\nwant %q", stderr, want)
	}
	if code, _, stderr := runCmd("build", "-out", filepath.Join(dir, "out2")); code != 0 || strings.Contains(stderr, "no views") {
		t.Errorf("build of the embedded catalog (which has views): exit %d, says %q", code, stderr)
	}
}
