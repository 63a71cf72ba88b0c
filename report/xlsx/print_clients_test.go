package xlsx

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// A printedPage is one page of a book printed to PDF: its text
// (pdftotext -layout), the sheet its footer names, and the median height
// of its words in points, which is the print scale times about 11.7 for
// Calibri 11.
type printedPage struct {
	text   string
	sheet  string
	height float64
}

// pdfPages converts a book to PDF with LibreOffice and returns its pages.
func pdfPages(t *testing.T, name string, book []byte) []printedPage {
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
	texts := strings.Split(strings.TrimRight(string(out), "\f"), "\f")
	bbox, err := exec.Command("pdftotext", "-bbox", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox %s: %v", path, err)
	}
	word := regexp.MustCompile(`yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">[^<]*</word>`)
	boxes := strings.Split(string(bbox), "<page ")[1:]
	if len(boxes) != len(texts) {
		t.Fatalf("%s: pdftotext gives %d pages of text and %d of boxes", name, len(texts), len(boxes))
	}
	pages := make([]printedPage, len(texts))
	for i, b := range boxes {
		var heights []float64
		for _, m := range word.FindAllStringSubmatch(b, -1) {
			lo, _ := strconv.ParseFloat(m[1], 64)
			hi, _ := strconv.ParseFloat(m[2], 64)
			heights = append(heights, hi-lo)
		}
		slices.Sort(heights)
		p := printedPage{text: texts[i]}
		if len(heights) > 0 {
			p.height = heights[len(heights)/2]
		}
		// The footer is the page's last line: "<sheet>   Page n of N",
		// a sheet's name of one word or more ("Chart data").
		lines := strings.Split(strings.TrimRight(texts[i], "\n "), "\n")
		if f := strings.Fields(lines[len(lines)-1]); len(f) >= 5 && f[len(f)-4] == "Page" {
			p.sheet = strings.Join(f[:len(f)-4], " ")
		}
		pages[i] = p
	}
	return pages
}

// TestLibreOfficePrint prints the reference book, the book of
// testdata/multi (four documents, negative figures, a range, hedges, 31
// indicators) and one of twelve sources with LibreOffice and reads the
// pages back: no cell shows "###", the Cover names every source, the
// table sheets print at 75% or more (their words at least 8.7 pt high,
// where 100% gives 11.7), the Indicators sheet, one page wide, at 60% or
// more (7.0 pt: its printed columns, place and status among them, are
// wider than a page at 75%, and a row whole on one page reads better
// than one in three bands, s17j-forestry), every printed page of the Indicators sheet has
// its header row and the ID and Title columns, its pages together hold
// every reader's column and every indicator and no technical column, and
// they are no more than the pages measured for each catalog.
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
		var all []string
		for _, p := range pages {
			all = append(all, p.text)
		}
		if strings.Contains(strings.Join(all, "\n"), "###") {
			t.Errorf("%s: a printed cell shows ###", name)
		}
		var cover, ind []string
		for i, p := range pages {
			switch p.sheet {
			case SheetCover:
				cover = append(cover, p.text)
			case SheetIndicators:
				ind = append(ind, p.text)
			case "":
				t.Errorf("%s: page %d has no footer naming its sheet", name, i+1)
			}
			if p.sheet == SheetSources && p.height < 8.7 || p.sheet == SheetDerived && len(c.Derived) > smallTableRows && p.height < 8.7 {
				t.Errorf("%s: page %d (%s) prints its words %.1f pt high, want 8.7 or more (75%%)", name, i+1, p.sheet, p.height)
			}
			// A small Derived sheet prints one page wide at 60% or more
			// (smallOnePage), as the Indicators sheet does.
			if p.sheet == SheetDerived && p.height < 7.0 {
				t.Errorf("%s: page %d (%s) prints its words %.1f pt high, want 7.0 or more (60%%)", name, i+1, p.sheet, p.height)
			}
			if p.sheet == SheetIndicators && p.height < 7.0 {
				t.Errorf("%s: page %d (%s) prints its words %.1f pt high, want 7.0 or more (60%%)", name, i+1, p.sheet, p.height)
			}
		}
		coverText := strings.Join(strings.Fields(strings.Join(cover, " ")), " ")
		for _, s := range c.Sources {
			if !strings.Contains(coverText, strings.Join(strings.Fields(s.Title), " ")) {
				t.Errorf("%s: the printed Cover does not name source %q", name, s.Title)
			}
		}
		// The Indicators pages: each repeats the header row and the Title
		// column; together they hold every header and every ID.
		for k, p := range ind {
			if !strings.Contains(p, "Title") || !strings.Contains(p, "ID") {
				t.Errorf("%s: Indicators page %d does not repeat the header row's ID and Title:\n%s", name, k+1, p)
			}
			ids := 0
			for i := range c.Indicators {
				if strings.Contains(p, splitAfterAny(c.Indicators[i].ID, "-")[0]) {
					ids++
				}
			}
			if ids == 0 {
				t.Errorf("%s: Indicators page %d shows no ID: the ID column is not repeated", name, k+1)
			}
			titles := 0
			for i := range c.Indicators {
				// A title wraps: its first word is on its line.
				if strings.Contains(p, strings.Fields(c.Indicators[i].Title)[0]) {
					titles++
				}
			}
			if titles == 0 {
				t.Errorf("%s: Indicators page %d shows no title: the Title column is not repeated", name, k+1)
			}
		}
		indText := strings.Join(ind, "\n")
		book, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		for i, h := range Header[:indicators.ReaderColumns] {
			col, _ := excelize.ColumnNumberToName(i + 1)
			if v, _ := book.GetColVisible(SheetIndicators, col); !v {
				continue // an empty optional column, hidden: it prints nothing
			}
			if !strings.Contains(indText, h) {
				t.Errorf("%s: no printed Indicators page has the column %q", name, h)
			}
		}
		// Every column prints: the place, measure and status were on
		// screen only (s15-births, s15-deaths).
		for i, h := range Header {
			col, _ := excelize.ColumnNumberToName(i + 1)
			if v, _ := book.GetColVisible(SheetIndicators, col); v && !strings.Contains(indText, h) {
				t.Errorf("%s: no printed Indicators page has the column %q", name, h)
			}
		}
		for i := range c.Indicators {
			// An ID wraps after its hyphens: each part is on its line.
			id := c.Indicators[i].ID
			for _, part := range splitAfterAny(id, "-") {
				if !strings.Contains(indText, part) {
					t.Errorf("%s: the printed Indicators pages do not show %s (its part %q)", name, id, part)
				}
			}
		}
		t.Logf("%s: %d pages, %d of the Indicators sheet", name, len(pages), len(ind))
		// The printed columns in one band, one page wide, balanced for
		// print, the technical ones collapsed: multi printed its
		// Indicators on 6 pages (3 bands of 2), then on 2, its reader's
		// columns alone, then in bands again; 2 now (s17j-forestry).
		if most := map[string]int{"reference": 2, "multi": 2, "twelve": 3}[name]; len(ind) > most {
			t.Errorf("%s: the Indicators sheet prints on %d pages, want at most %d", name, len(ind), most)
		}
		if want := strconv.Itoa(len(pages)); !strings.Contains(pages[len(pages)-1].text, "Page "+want+" of "+want) {
			t.Errorf("%s: the last page's footer does not say page %s of %s", name, want, want)
		}
	}
}

// TestLibreOfficeChartSubtitles prints the reference book with
// LibreOffice: each native chart says what its slide's subtitle says (the
// unit, what the figures are and when), under its value axis or, for a
// doughnut, under its title.
func TestLibreOfficeChartSubtitles(t *testing.T) {
	clients(t)
	var buf bytes.Buffer
	if err := Write(&buf, usjapan2015.Catalog(), nil); err != nil {
		t.Fatal(err)
	}
	var charts []string
	for _, p := range pdfPages(t, "subtitles", buf.Bytes()) {
		if p.sheet == SheetCharts {
			charts = append(charts, p.text)
		}
	}
	text := strings.Join(strings.Fields(strings.Join(charts, " ")), " ")
	for _, want := range []string{
		"US$ billion, date not stated (reported 28 April 2015)",
		"Number of countries, pledge and intention with no year stated in the source",
		"Percent of world GDP, period not stated (reported 28 April 2015)",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the printed Charts sheet does not say %q", want)
		}
	}
	// The invisible base of a range has a blank legend entry: LibreOffice
	// named a series of an empty name by its first value.
	if strings.Contains(text, "26% Hatched") {
		t.Errorf("the printed legend of the range chart names its invisible base \"26%%\"")
	}
}
