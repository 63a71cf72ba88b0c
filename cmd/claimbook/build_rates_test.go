package main

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// ratesDoc is a schools release of the s13-schools kind: ratios of pupils
// per teacher and per class, a hedged share, an annual rate.
const ratesDoc = `In 2019, the overall pupil teacher ratio (PTR) in all publicly funded schools was 13.6, the same as the previous year. PTR in primary schools fell to 15.9 (from 16.1 in 2018). The average class size for pupils in primary schools was 23.5, unchanged since 2016. An estimated 11% of two year olds were registered for funded ELC, an increase from 10% in 2018. Starts were at a seasonally adjusted annual rate of 1,364,000 in 2019.`

const ratesCatalog = `claimbook: 1
sources:
  - id: doc
    title: Schools Statistics Published
    publisher: Scottish Government
    issued: 2019-12-10
    text: doc.txt
    sha256: {sum}
indicators:
  - {id: ptr, title: Pupil teacher ratio, measure: level, status: fact, stated: "13.6", unit: pupil per teacher, period: 2019, notes: ["Teachers are full-time equivalent (FTE)."], provenance: [{source: doc, quote: publicly funded schools was 13.6}]}
  - {id: ptr-primary-2019, title: Pupil teacher ratio in primary schools, measure: level, status: fact, stated: "15.9", unit: pupil per teacher, period: 2019, provenance: [{source: doc, quote: fell to 15.9}]}
  - {id: ptr-primary-2018, title: Pupil teacher ratio in primary schools, measure: level, status: fact, stated: "16.1", unit: pupil per teacher, period: 2018, provenance: [{source: doc, quote: from 16.1 in 2018}]}
  - {id: class, title: Average class size, measure: level, status: fact, stated: "23.5", unit: pupil per class, period: 2019, provenance: [{source: doc, quote: primary schools was 23.5}]}
  - {id: elc-2019, title: Two year olds registered for funded ELC, measure: share, status: estimate, stated: An estimated 11%, period: 2019, notes: ["Margin of error ±1.2 percentage points."], provenance: [{source: doc, quote: An estimated 11% of two year olds}]}
  - {id: elc-2018, title: Two year olds registered for funded ELC, measure: share, status: estimate, stated: 10%, period: 2018, provenance: [{source: doc, quote: an increase from 10% in 2018}]}
  - {id: starts, title: Housing starts, measure: level, status: fact, stated: "1,364,000", unit: unit per year, period: 2019, provenance: [{source: doc, quote: "annual rate of 1,364,000"}]}
views:
  - {id: headline, title: Housing starts in 2019, kind: headline, indicators: [starts]}
  - {id: ratios, title: Pupil teacher ratios, kind: bars, indicators: [ptr-primary-2018, ptr-primary-2019, ptr]}
  - {id: elc, title: Two year olds in funded ELC, kind: bars, indicators: [elc-2018, elc-2019]}
`

// buildRates builds the rates catalog and returns the output folder.
func buildRates(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	sum := sha256.Sum256([]byte(ratesDoc))
	cat := strings.ReplaceAll(ratesCatalog, "{sum}", hex.EncodeToString(sum[:]))
	if err := os.WriteFile(filepath.Join(dir, "doc.txt"), []byte(ratesDoc), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "rates.yaml")
	if err := os.WriteFile(path, []byte(cat), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	if code, _, stderr := runCmd("build", "-catalog", path, "-out", out); code != 0 {
		t.Fatalf("build: exit %d: %s", code, stderr)
	}
	return out
}

// zipText returns the XML parts of the zip at path, by name.
func zipText(t *testing.T, path string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".xml") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		x, _ := io.ReadAll(rc)
		rc.Close()
		parts[f.Name] = string(x)
	}
	return parts
}

// rateFigure finds a figure of the rates catalog written with its counted
// noun, and what follows it: each must go on with its rate's base.
var rateFigure = regexp.MustCompile(`(13\.6|15\.9|16\.1|23\.5|1,364,000)(&quot;|")? (pupils|units)(&quot;|")?( per (teacher|class|year))?`)

// TestBuildRatesWholeUnit: every output of build that writes a rate's
// figure with its noun writes its base too, the deck's closing list and
// the book's Cover, cells, number formats and native charts alike
// (s13-schools: "13.6 pupils, 2019" on "All claims").
func TestBuildRatesWholeUnit(t *testing.T) {
	out := buildRates(t)
	for _, file := range []string{"deck.pptx", "briefing.xlsx"} {
		seen := 0
		for name, x := range zipText(t, filepath.Join(out, file)) {
			for _, m := range rateFigure.FindAllStringSubmatch(x, -1) {
				seen++
				if m[5] == "" {
					t.Errorf("%s %s: %q drops its rate's base", file, name, m[0])
				}
			}
		}
		if seen == 0 {
			t.Errorf("%s: no rate figure written with its noun", file)
		}
	}
}

// TestBuildNotesColumn: the indicators' notes are in the book's
// Indicators sheet and in indicators.csv, in the Notes column of the
// contract (s13-vaccines: "percentage points" only in the JSON).
func TestBuildNotesColumn(t *testing.T) {
	out := buildRates(t)
	f, err := os.Open(filepath.Join(out, "indicators.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(rows[0], "Notes")
	if col < 0 {
		t.Fatalf("indicators.csv header = %q, want a Notes column", rows[0])
	}
	notes := map[string]string{}
	for _, r := range rows[1:] {
		notes[r[0]] = r[col]
	}
	if got, want := notes["elc-2019"], "Margin of error ±1.2 percentage points."; got != want {
		t.Errorf("indicators.csv Notes of elc-2019 = %q, want %q", got, want)
	}
	if got := notes["class"]; got != "" {
		t.Errorf("indicators.csv Notes of class = %q, want empty", got)
	}
	book := strings.Join(slices.Collect(maps.Values(zipText(t, filepath.Join(out, "briefing.xlsx")))), "\n")
	for _, want := range []string{"Margin of error ±1.2 percentage points.", "Teachers are full-time equivalent (FTE).", ">Notes<"} {
		if !strings.Contains(book, want) {
			t.Errorf("briefing.xlsx holds no %q", want)
		}
	}
}

// TestBuildHedgeLowerCase: a hedge that opened the document's sentence
// never reads "An estimated 11%" mid-line in a label (the deck's list, the
// book's chart categories, data labels and Cover). Where the hedge is the
// figure's own status ("an estimated" of a status: estimate) it is said
// once, as the status (wording.StatusOnce): "11%, 2019 (estimate)" on the
// deck, "(estimates)" in the book's chart subtitle, and no label repeats
// "an estimated" beside it.
func TestBuildHedgeLowerCase(t *testing.T) {
	out := buildRates(t)
	for _, file := range []string{"deck.pptx", "briefing.xlsx"} {
		var labels []string
		parts := zipText(t, filepath.Join(out, file))
		for name, x := range parts {
			// The speaker notes and the Indicators sheet's Stated and
			// Quote columns keep the document's words as written, and so
			// does its Value (the catalog's table, as the CSV: "an
			// estimated 240 million small packets", s32c-postal); the
			// number formats other sheets' cells use are read below.
			if strings.HasPrefix(name, "ppt/notesSlides/") || strings.Contains(x, ">Stated<") || name == "xl/styles.xml" {
				continue
			}
			labels = append(labels, x)
		}
		if styles, ok := parts["xl/styles.xml"]; ok {
			labels = append(labels, usedFormats(parts, styles)...)
		}
		all := strings.Join(labels, "\n")
		for _, bad := range []string{": An estimated 11%", ", An estimated 11%", ">An estimated 11%<", "&#34;An estimated &#34;"} {
			if strings.Contains(all, bad) {
				t.Errorf("%s writes %q", file, bad)
			}
		}
		if strings.Contains(all, "an estimated 11%") || strings.Contains(all, "&#34;an estimated &#34;") {
			t.Errorf("%s: a label says the status \"an estimated\" beside the figure's own status", file)
		}
		want := map[string]string{"deck.pptx": "11%, 2019 (estimate)", "briefing.xlsx": "(estimates)"}[file]
		if !strings.Contains(all, want) {
			t.Errorf("%s: no %q (the status said once)", file, want)
		}
	}
}

// usedFormats returns the number format codes the cells of a book's
// sheets but the Indicators sheet (the one with a "Stated" header) use,
// read from its parts and its styles.xml.
func usedFormats(parts map[string]string, styles string) []string {
	codes := map[string]string{}
	for _, m := range regexp.MustCompile(`<numFmt numFmtId="(\d+)" formatCode="([^"]*)"`).FindAllStringSubmatch(styles, -1) {
		codes[m[1]] = m[2]
	}
	var xfs []string
	if _, after, ok := strings.Cut(styles, "<cellXfs"); ok {
		after, _, _ = strings.Cut(after, "</cellXfs>")
		for _, m := range regexp.MustCompile(`<xf [^>]*?numFmtId="(\d+)"`).FindAllStringSubmatch(after, -1) {
			xfs = append(xfs, m[1])
		}
	}
	var out []string
	for name, x := range parts {
		if !strings.HasPrefix(name, "xl/worksheets/") || strings.Contains(x, ">Stated<") {
			continue
		}
		for _, m := range regexp.MustCompile(`<c [^>]*?s="(\d+)"`).FindAllStringSubmatch(x, -1) {
			var i int
			for _, ch := range m[1] {
				i = i*10 + int(ch-'0')
			}
			if i < len(xfs) {
				out = append(out, codes[xfs[i]])
			}
		}
	}
	return out
}
