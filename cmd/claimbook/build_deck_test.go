package main

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/report/pptx"
)

// mixedDocs are two small documents of the genre: figures of several
// years, units spelled two ways, a count with a scale, a target year and
// a stock's as-of date.
var mixedDocs = map[string]string{
	"a.txt": "In 2012, two-way trade was $290 billion. The program reached 1.5 million beneficiaries in 2014. Solar capacity was less than 2,800 MW in 2013.",
	"b.txt": "In 2014, two-way trade was $279 billion. Total capacity was more than 10,700 megawatts in 2013. The investment position stood at $350 billion at the end of 2014; the goal is $500 billion by 2025.",
}

const mixedCatalog = `claimbook: 1
sources:
  - id: a
    title: First fact sheet
    publisher: The White House
    issued: 2014-04-25
    text: a.txt
    sha256: {a.txt}
  - id: b
    title: Second fact sheet
    publisher: U.S. Bureau of Economic Analysis, Survey of Current Business
    issued: 2015-07-01
    text: b.txt
    sha256: {b.txt}
indicators:
  - {id: trade-2012, title: Two-way trade, measure: flow, status: fact, stated: $290 billion, period: 2012, provenance: [{source: a, quote: two-way trade was $290 billion}]}
  - {id: trade-2014, title: Two-way trade, measure: flow, status: fact, stated: $279 billion, period: 2014, provenance: [{source: b, quote: two-way trade was $279 billion}]}
  - {id: beneficiaries, title: Beneficiaries, measure: count, status: fact, stated: 1.5 million beneficiaries, period: 2014, provenance: [{source: a, quote: 1.5 million beneficiaries}]}
  - {id: solar, title: Solar capacity, measure: stock, status: fact, stated: "less than 2,800 MW", period: 2013, provenance: [{source: a, quote: "less than 2,800 MW"}]}
  - {id: total, title: Total capacity, measure: stock, status: fact, stated: "more than 10,700 megawatts", period: 2013, provenance: [{source: b, quote: "more than 10,700 megawatts"}]}
  - {id: position, title: Investment position, measure: stock, status: fact, stated: $350 billion, period: 2014, provenance: [{source: b, quote: $350 billion at the end of 2014}]}
  - {id: goal, title: Investment position, measure: stock, status: target, stated: $500 billion, period: 2025, provenance: [{source: b, quote: $500 billion by 2025}]}
views:
  - {id: trade, title: Trade, kind: bars, indicators: [trade-2012, trade-2014]}
  - {id: capacity, title: Capacity, kind: bars, indicators: [solar, total]}
  - {id: people, title: People reached, kind: headline, indicators: [beneficiaries]}
  - {id: investment, title: Investment, kind: bars, indicators: [position, goal]}
`

// writeMixed writes the mixed catalog and its texts into a new folder and
// returns the catalog's path.
func writeMixed(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	cat := mixedCatalog
	for name, text := range mixedDocs {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256([]byte(text))
		cat = strings.ReplaceAll(cat, "{"+name+"}", hex.EncodeToString(sum[:]))
	}
	path := filepath.Join(dir, "mixed.yaml")
	if err := os.WriteFile(path, []byte(cat), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestBuildDeckCharts: build gives the deck charts drawn for it (no title
// or source footer, which its slides carry as text; the size of the
// picture box), and charts/ the full slides.
func TestBuildDeckCharts(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	if code, _, stderr := runCmd("build", "-catalog", writeMixed(t), "-out", out); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	deck, err := os.ReadFile(filepath.Join(out, "deck.pptx"))
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(deck), int64(len(deck)))
	if err != nil {
		t.Fatal(err)
	}
	images := 0
	for _, f := range zr.File {
		if !strings.HasPrefix(f.Name, "ppt/media/") {
			continue
		}
		images++
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		cfg, err := png.DecodeConfig(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if cfg.Width != pptx.ChartWidth || cfg.Height != pptx.ChartHeight {
			t.Errorf("deck picture %s is %d×%d, want %d×%d", f.Name, cfg.Width, cfg.Height, pptx.ChartWidth, pptx.ChartHeight)
		}
	}
	if images != 4 {
		t.Errorf("deck holds %d pictures, want 4", images)
	}
	b, err := os.ReadFile(filepath.Join(out, "charts", "trade.png"))
	if err != nil {
		t.Fatal(err)
	}
	if cfg, err := png.DecodeConfig(bytes.NewReader(b)); err != nil || cfg.Width != 1920 || cfg.Height != 1080 {
		t.Errorf("charts/trade.png: %d×%d (%v), want 1920×1080", cfg.Width, cfg.Height, err)
	}
}
