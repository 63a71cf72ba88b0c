package xlsx

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// pdfPages converts a book to PDF with LibreOffice and returns the text of
// each page (pdftotext -layout).
func pdfPages(t *testing.T, name string, book []byte) []string {
	t.Helper()
	pdf := soffice(t, book, "pdf", "pdf")
	path := filepath.Join(t.ArtifactDir(), name+".pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v (install poppler-utils)", path, err)
	}
	return strings.Split(strings.TrimRight(string(out), "\f"), "\f")
}

// TestLibreOfficePrint prints the reference book, the book of
// testdata/multi (four documents, negative figures, a range, hedges, 31
// indicators) and one of twelve sources with LibreOffice and reads the
// pages back: no cell shows "###", the Cover names every source, and
// every printed page of the Indicators sheet holds all its columns (one
// page wide), with its header row.
func TestLibreOfficePrint(t *testing.T) {
	clients(t)
	multi, err := indicators.Load(filepath.Join("testdata", "multi", "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	catalogs := map[string]*indicators.Catalog{
		"reference": usjapan2015.Catalog(),
		"multi":     multi,
		"twelve":    manySources(t, 12, "-$11.0 billion", "over 12.7 million connections", "26 to 28 percent", "nearly 4,000 MW"),
	}
	for name, c := range catalogs {
		var buf bytes.Buffer
		if err := Write(&buf, c, nil); err != nil {
			t.Fatalf("%s: Write: %v", name, err)
		}
		pages := pdfPages(t, name, buf.Bytes())
		all := strings.Join(pages, "\n")
		if strings.Contains(all, "###") {
			t.Errorf("%s: a printed cell shows ###", name)
		}
		// The Cover is the first pages, up to the Indicators header; its
		// text with white space folded holds each source's title.
		var cover []string
		for _, p := range pages {
			if strings.Contains(p, "Counterpart") {
				break
			}
			cover = append(cover, p)
		}
		coverText := strings.Join(strings.Fields(strings.Join(cover, " ")), " ")
		for _, s := range c.Sources {
			if !strings.Contains(coverText, strings.Join(strings.Fields(s.Title), " ")) {
				t.Errorf("%s: the printed Cover does not name source %q", name, s.Title)
			}
		}
		// The Indicators pages: each has the header row (print titles) and
		// both the first column (IDs) and the last (sources) of its rows.
		seen := 0
		indPages := 0
		for _, p := range pages {
			if !strings.Contains(p, "Counterpart") {
				continue
			}
			indPages++
			if !strings.Contains(p, "Qualifier") || !strings.Contains(p, "Quote") {
				t.Errorf("%s: Indicators page %d has part of the header row:\n%s", name, indPages, p)
			}
			rows := 0
			for i := range c.Indicators {
				ind := &c.Indicators[i]
				// An ID wraps at its hyphens: its start is on its line.
				if strings.Contains(p, ind.ID[:min(len(ind.ID), 14)]) {
					rows++
					if len(ind.Provenance) > 0 && !strings.Contains(p, ind.Provenance[0].Source) {
						t.Errorf("%s: Indicators page %d shows %s without its last column (its source)", name, indPages, ind.ID)
					}
				}
			}
			if rows == 0 {
				t.Errorf("%s: Indicators page %d shows no ID: the sheet is printed more than one page wide", name, indPages)
			}
			seen += rows
		}
		if seen < len(c.Indicators) {
			t.Errorf("%s: the printed Indicators pages show %d of %d IDs", name, seen, len(c.Indicators))
		}
		t.Logf("%s: %d pages, %d of the Indicators sheet", name, len(pages), indPages)
		if want := strconv.Itoa(len(pages)); !strings.Contains(pages[len(pages)-1], "Page "+want+" of "+want) {
			t.Errorf("%s: the last page's footer does not say page %s of %s", name, want, want)
		}
	}
}
