package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeConflictCorpus writes two document catalogs that state 2012 trade
// differently (made-up texts: the real corpus has no conflict), the first
// issued 2014-01-01 and the second on issuedB, and a corpus catalog that
// includes both and declares the series.
func writeConflictCorpus(t *testing.T, issuedB string) string {
	t.Helper()
	dir := t.TempDir()
	sum := func(s string) string { h := sha256.Sum256([]byte(s)); return hex.EncodeToString(h[:]) }
	docs := []struct{ id, text, stated, issued string }{
		{"a", "Document A\n\nIn 2012, two-way trade was $290 billion.\n", "$290 billion", "2014-01-01"},
		{"b", "Document B\n\nIn 2012, two-way trade was $288 billion.\n", "$288 billion", issuedB},
	}
	for _, d := range docs {
		cat := fmt.Sprintf(`claimbook: 1
sources:
  - {id: %s, title: Document %s, publisher: Office %s, issued: %s, text: %s.txt, sha256: %s}
indicators:
  - id: trade-2012-%s
    title: Two-way trade
    entities: [US, JP]
    measure: flow
    status: fact
    stated: %s
    period: 2012
    series: trade
    provenance:
      - {source: %s, quote: "In 2012, two-way trade was %s."}
`, d.id, d.id, d.id, d.issued, d.id, sum(d.text), d.id, d.stated, d.id, d.stated)
		os.MkdirAll(filepath.Join(dir, "docs"), 0o755)
		os.WriteFile(filepath.Join(dir, "docs", d.id+".txt"), []byte(d.text), 0o644)
		os.WriteFile(filepath.Join(dir, "docs", d.id+".yaml"), []byte(cat), 0o644)
	}
	corpus := "claimbook: 1\ninclude: [docs/a.yaml, docs/b.yaml]\nseries:\n  - {id: trade, title: Two-way trade}\nviews:\n  - {id: trade-view, title: Trade, kind: series, series: [trade]}\n"
	if err := os.WriteFile(filepath.Join(dir, "corpus.yaml"), []byte(corpus), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestVerifyConflicts: conflicts are findings with both quotes, exit 0;
// -strict makes them a failure. A later source's other figure is a
// revision: a finding, and no failure even with -strict.
func TestVerifyConflicts(t *testing.T) {
	for _, tc := range []struct {
		issuedB, finding, summary string
		strictCode                int
	}{
		{"2014-01-01", `:12:13: conflict: series "trade", 2012: "$290 billion" (trade-2012-a: "In 2012, two-way trade was $290 billion." in a) and "$288 billion" (trade-2012-b: "In 2012, two-way trade was $288 billion." in b) allow no common value; both are kept, as each source says`,
			"1 series (1 conflict, 0 revisions)", 1},
		{"2015-03-01", `:12:13: revision: series "trade", 2012: "$290 billion" (trade-2012-a: "In 2012, two-way trade was $290 billion." in a, issued 2014-01-01) is "$288 billion" in a later source (trade-2012-b: "In 2012, two-way trade was $288 billion." in b, issued 2015-03-01); both are kept, and the series line takes the later figure`,
			"1 series (0 conflicts, 1 revision)", 0},
	} {
		dir := writeConflictCorpus(t, tc.issuedB)
		path := filepath.Join(dir, "corpus.yaml")
		finding := filepath.Join(dir, "docs", "b.yaml") + tc.finding
		for _, run := range []struct {
			args []string
			code int
		}{
			{[]string{"verify", "-catalog", path}, 0},
			{[]string{"verify", "-strict", "-catalog", path}, tc.strictCode},
		} {
			code, stdout, stderr := runCmd(run.args...)
			finding := finding
			if code == 1 {
				// A failing -strict run says what failed in one line.
				finding += "\nclaimbook verify: " + path + ": 1 problem under -strict (1 conflict)"
			}
			if code != run.code || strings.TrimSpace(stderr) != finding {
				t.Errorf("claimbook %s: exit %d, stderr\n%s\nwant exit %d and\n%s", strings.Join(run.args, " "), code, stderr, run.code, finding)
			}
			if code == 0 && !strings.Contains(stdout, "2 indicators, 2 quotes, 0 derived, 1 view, "+tc.summary+" verified against 2 sources") {
				t.Errorf("claimbook %s: stdout %q, want %q in it", strings.Join(run.args, " "), stdout, tc.summary)
			}
		}
	}
}

// TestBuildCorpus builds testdata/corpus: its series views become charts
// and the book gets a Series sheet; series.csv holds the points.
func TestBuildCorpus(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := runCmd("build", "-catalog", filepath.Join("..", "..", "testdata", "corpus", "catalog.yaml"), "-out", out)
	if code != 0 {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	got := names(t, out)
	charts, _ := filepath.Glob(filepath.Join(out, "charts", "*-over-time.png"))
	for _, c := range charts {
		got = append(got, "charts/"+filepath.Base(c))
	}
	for _, want := range []string{"series.csv", "charts/us-japan-trade-over-time.png", "charts/fdi-positions-over-time.png", "briefing.xlsx"} {
		if !slices.Contains(got, want) {
			t.Errorf("build wrote %v, want %s among them", got, want)
		}
	}
	csv, err := os.ReadFile(filepath.Join(out, "series.csv"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(csv)), "\n")
	if len(lines) != 8 || !strings.HasPrefix(lines[1], "us-japan-goods-services-trade,U.S.-Japan two-way goods and services trade,USD,2012,us-japan-trade-2012,wh-2014,$290 billion,") {
		t.Errorf("series.csv =\n%s", csv)
	}
}

// TestBuildInclude builds a catalog that includes others: one book, the
// conflict listed.
func TestBuildInclude(t *testing.T) {
	dir := writeConflictCorpus(t, "2014-01-01")
	out := filepath.Join(t.TempDir(), "out")
	code, _, stderr := runCmd("build", "-catalog", filepath.Join(dir, "corpus.yaml"), "-out", out)
	if code != 0 {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "1 conflict and 0 revisions between sources, kept and listed on the Cover") || !strings.Contains(stderr, `: conflict: series "trade", 2012: "$290 billion"`) {
		t.Errorf("build's output does not list the conflict:\n%s", stderr)
	}
	csv, _ := os.ReadFile(filepath.Join(out, "series.csv"))
	if !strings.Contains(string(csv), "trade,Two-way trade,USD,2012,trade-2012-a,a,$290 billion,exact,290000000000,289500000000,290500000000,fact,\"In 2012, two-way trade was $290 billion.\",trade-2012-b") {
		t.Errorf("series.csv =\n%s", csv)
	}
	code, stdout, _ := runCmd("export", "-catalog", filepath.Join(dir, "corpus.yaml"), "-format", "series-csv")
	if code != 0 || string(csv) != stdout {
		t.Errorf("export -format series-csv: exit %d, output differs from build's series.csv:\n%s", code, stdout)
	}
}
