package xlsx

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// conflictCatalog is a synthetic catalog with two series, a revision and
// a conflict: two made-up sources state 2012 differently, the later one
// twice ($288 and $289 billion: a conflict within it, each a revision of
// the earlier $290 billion). The corpus in testdata has no conflict
// between its real documents.
func conflictCatalog(t testing.TB) *indicators.Catalog {
	t.Helper()
	claims := []struct{ id, src, stated, period, series string }{
		{"t2012a", "a", "$290 billion", "2012", "trade"},
		{"t2012b", "b", "$288 billion", "2012", "trade"},
		{"t2012c", "b", "$289 billion", "2012", "trade"},
		{"t2014", "b", "nearly $280 billion", "2014", "trade"},
		{"s2013", "a", "$2,764.0 billion", "2013", "stock"},
		{"s2014", "b", "$2.9 trillion to $3 trillion", "2014", "stock"},
	}
	texts := map[string]string{"a.txt": "A\n", "b.txt": "B\n"}
	for _, c := range claims {
		texts[c.src+".txt"] += "Claim " + c.id + ": it was " + c.stated + ".\n"
	}
	sum := func(s string) string { h := sha256.Sum256([]byte(s)); return hex.EncodeToString(h[:]) }
	var b strings.Builder
	b.WriteString("claimbook: 1\nsources:\n")
	fmt.Fprintf(&b, "  - {id: a, title: Trade Facts, short: Ministry, publisher: Ministry of Examples, issued: 2013-05-01, text: a.txt, sha256: %s}\n", sum(texts["a.txt"]))
	fmt.Fprintf(&b, "  - {id: b, title: Trade Review, short: Office, publisher: Office of Examples, issued: 2019-02-01, text: b.txt, sha256: %s}\n", sum(texts["b.txt"]))
	b.WriteString("indicators:\n")
	for _, c := range claims {
		fmt.Fprintf(&b, "  - {id: %s, title: T, measure: flow, status: fact, stated: \"%s\", period: %s, series: %s, provenance: [{source: %s, quote: \"Claim %s: it was %s\"}]}\n",
			c.id, c.stated, c.period, c.series, c.src, c.id, c.stated)
	}
	b.WriteString("series:\n  - {id: trade, title: Two-way trade}\n  - {id: stock, title: Investment stock}\n")
	c, err := indicators.Parse("c.yaml", []byte(b.String()), func(p string) ([]byte, error) {
		if s, ok := texts[p]; ok {
			return []byte(s), nil
		}
		return nil, fs.ErrNotExist
	})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func seriesBook(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, conflictCatalog(t), nil); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

func TestSeriesSheet(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(seriesBook(t)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, want := strings.Join(f.GetSheetList(), ","), "Cover,Indicators,Chart data,Sources,Charts,Series"; got != want {
		t.Errorf("sheets = %s, want %s", got, want)
	}
	rows, err := f.GetRows(SheetSeries, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, strings.Join(r, "|"))
	}
	want := []string{
		strings.Join(SeriesHeader, "|"),
		"Two-way trade|t2012a|2012|2012.5|$290 billion|exact|fact|290000000000|||USD|Ministry 2013|Claim t2012a: it was $290 billion|Revised by the later $288 billion (Office 2019); Revised by the later $289 billion (Office 2019)",
		"Two-way trade|t2012b|2012|2012.5|$288 billion|exact|fact|288000000000|||USD|Office 2019|Claim t2012b: it was $288 billion|Conflict: disagrees with $289 billion (Office 2019). Revises $290 billion (Ministry 2013)",
		"Two-way trade|t2012c|2012|2012.5|$289 billion|exact|fact|289000000000|||USD|Office 2019|Claim t2012c: it was $289 billion|Conflict: disagrees with $288 billion (Office 2019). Revises $290 billion (Ministry 2013)",
		"Two-way trade|t2014|2014|2014.5|nearly $280 billion|nearly|fact|280000000000|||USD|Office 2019|Claim t2014: it was nearly $280 billion",
		"Investment stock|s2013|2013|2013.5|$2,764.0 billion|exact|fact|2764000000000|||USD|Ministry 2013|Claim s2013: it was $2,764.0 billion",
		"Investment stock|s2014|2014|2014.5|$2.9 trillion to $3 trillion|range|fact||2900000000000|3000000000000|USD|Office 2019|Claim s2014: it was $2.9 trillion to $3 trillion",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Series sheet =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The figure links to its row on the Indicators sheet.
	if ok, loc, _ := f.GetCellHyperLink(SheetSeries, "E3"); !ok || loc != "Indicators!A3" {
		t.Errorf("E3 links to %q (%v), want Indicators!A3", loc, ok)
	}
	// The value cell is a number shown as the document writes it.
	id, _ := f.GetCellStyle(SheetSeries, "H2")
	st, err := f.GetStyle(id)
	// The Indicators sheet's format for the same figure: one rule (numFmt).
	var wantFmt string
	if d, u, err := indicators.ParseStated("$290 billion"); err == nil {
		wantFmt = numFmt(d.Value, u, d.Scale, false)
	}
	if err != nil || st.CustomNumFmt == nil || *st.CustomNumFmt != wantFmt || !strings.HasPrefix(wantFmt, `"$"#,##0,,," billion"`) {
		got := "<nil>"
		if st.CustomNumFmt != nil {
			got = *st.CustomNumFmt
		}
		t.Errorf("H2's number format is %q (%v), want %q", got, err, wantFmt)
	}
	cover, _ := f.GetRows(SheetCover)
	var text []string
	for _, r := range cover {
		text = append(text, strings.Join(r, "|"))
	}
	all := strings.Join(text, "\n")
	for _, w := range []string{
		"Series|Each series over time, one row per point with its source and quote, conflicts and revisions marked, and a chart",
		"Conflicts and revisions between sources",
		"trade, 2012|Revision: $290 billion (Ministry 2013), then $288 billion (Office 2019) from the later source",
		"trade, 2012|Conflict: $288 billion (Office 2019) and $289 billion (Office 2019): no figure fits both",
	} {
		if !strings.Contains(all, w) {
			t.Errorf("Cover lacks %q in\n%s", w, all)
		}
	}
	if ok, loc, _ := f.GetCellHyperLink(SheetCover, cellOf(t, f, SheetCover, "trade, 2012")); !ok || loc != "Series!A2" {
		t.Errorf("the Cover's conflict links to %q, want Series!A2", loc)
	}
}

// cellOf returns the cell of sheet whose value is v.
func cellOf(t *testing.T, f *excelize.File, sheet, v string) string {
	t.Helper()
	cells, err := f.SearchSheet(sheet, v)
	if err != nil || len(cells) == 0 {
		t.Fatalf("no cell %q on %s", v, sheet)
	}
	return cells[0]
}

func TestNoSeriesSheet(t *testing.T) {
	// A catalog without series keeps the book it had: no Series sheet,
	// nothing about conflicts on the Cover.
	f, err := excelize.OpenReader(bytes.NewReader(defaultBook(t)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, want := strings.Join(f.GetSheetList(), ","), "Cover,Indicators,Derived,Chart data,Sources,Charts,Chart layout"; got != want {
		t.Errorf("sheets = %s, want %s", got, want)
	}
	if cells, _ := f.SearchSheet(SheetCover, "Conflicts and revisions between sources"); len(cells) > 0 {
		t.Errorf("the Cover of a catalog without series lists conflicts at %v", cells)
	}
}

func TestSeriesReproducible(t *testing.T) {
	if !bytes.Equal(seriesBook(t), seriesBook(t)) {
		t.Error("two books of one catalog with series differ")
	}
}

const openpyxlSeriesScript = `
import json, sys, openpyxl
out = {}
for ro in (False, True):
    wb = openpyxl.load_workbook(sys.argv[1], read_only=ro)
    ws = wb["Series"]
    rows = [[c for c in r] for r in ws.iter_rows(values_only=True)]
    r = {"rows": [["" if v is None else str(v) for v in row] for row in rows]}
    if not ro:
        r["charts"] = len(ws._charts)
        r["tables"] = list(ws.tables.keys())
    out["read_only" if ro else "normal"] = r
print(json.dumps(out))
`

// TestSeriesClients reads the Series sheet back with openpyxl (normal and
// read-only) and has LibreOffice print it and export it as CSV.
func TestSeriesClients(t *testing.T) {
	clients(t)
	book := seriesBook(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "book.xlsx")
	os.WriteFile(path, book, 0o644)
	script := filepath.Join(dir, "series.py")
	os.WriteFile(script, []byte(openpyxlSeriesScript), 0o644)
	out, err := exec.Command("/usr/bin/python3", script, path).Output()
	if err != nil {
		t.Fatalf("openpyxl: %v", err)
	}
	var res map[string]struct {
		Rows   [][]string `json:"rows"`
		Charts int        `json:"charts"`
		Tables []string   `json:"tables"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("openpyxl output: %v\n%s", err, out)
	}
	for mode, r := range res {
		if len(r.Rows) != 7 || strings.Join(r.Rows[0], ",") != strings.Join(SeriesHeader, ",") {
			t.Errorf("openpyxl %s: rows %q", mode, r.Rows)
			continue
		}
		for _, c := range []struct {
			row, col int
			want     string
		}{
			{1, srConflict, "Revised by the later $288 billion (Office 2019); Revised by the later $289 billion (Office 2019)"},
			{2, srConflict, "Conflict: disagrees with $289 billion (Office 2019). Revises $290 billion (Ministry 2013)"},
			{6, srLow, "2900000000000"},
			{6, srIndicator, "s2014"},
			{6, srStatus, "fact"},
		} {
			if got := r.Rows[c.row][c.col-1]; got != c.want {
				t.Errorf("openpyxl %s: row %d, %s = %q, want %q", mode, c.row+1, SeriesHeader[c.col-1], got, c.want)
			}
		}
	}
	// Two charts: the trade ($280–290 billion) and the stock ($2.8–3
	// trillion) differ more than five-fold (byScale).
	if n := res["normal"]; n.Charts != 2 || strings.Join(n.Tables, ",") != "Series" {
		t.Errorf("openpyxl: %d charts, tables %v; want 2 charts and the table Series", n.Charts, n.Tables)
	}
	// Printed, the Cover with its list of conflicts and revisions is read
	// at 75% or more (words 8.7 pt high or more): one long line on the
	// Cover once shrank it to 5.8 pt. The Series sheet, a small table,
	// prints one page wide at 60% or more (7.0 pt, smallOnePage); a page
	// of a chart alone is read by the chart's own text.
	for i, p := range pdfPages(t, "series", book) {
		if p.sheet == SheetCover && p.height < 8.7 {
			t.Errorf("page %d (%s) prints its words %.1f pt high, want 8.7 or more (75%%)", i+1, p.sheet, p.height)
		}
		if p.sheet == SheetSeries && strings.Contains(p.text, "Time axis") && p.height < 7.0 {
			t.Errorf("page %d (%s) prints its words %.1f pt high, want 7.0 or more (60%%)", i+1, p.sheet, p.height)
		}
	}
	csv := sofficeSheet(t, book, 6, SheetSeries)
	if !strings.Contains(csv, "Two-way trade,t2012b,2012,2012.5,$288 billion,exact,fact,288000000000,,,USD,Office 2019,Claim t2012b: it was $288 billion,Conflict: disagrees with $289 billion (Office 2019). Revises $290 billion (Ministry 2013)") {
		t.Errorf("LibreOffice's CSV of the Series sheet:\n%s", csv)
	}
}

// sofficeSheet converts sheet number n (named name) of book to CSV with
// LibreOffice, values as shown.
func sofficeSheet(t *testing.T, book []byte, n int, name string) string {
	t.Helper()
	exe, err := exec.LookPath("soffice")
	if err != nil {
		t.Fatalf("soffice: %v (install libreoffice-calc-nogui)", err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "book.xlsx")
	os.WriteFile(in, book, 0o644)
	outDir := filepath.Join(dir, "out")
	format := fmt.Sprintf(`csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,%d`, n)
	cmd := exec.Command(exe, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--convert-to", format, "--outdir", outDir, in)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice --convert-to csv: %v\n%s", err, b)
	}
	b, err := os.ReadFile(filepath.Join(outDir, "book-"+name+".csv"))
	if err != nil {
		t.Fatalf("soffice wrote no CSV of %s: %v", name, err)
	}
	return string(b)
}

// TestSeriesSheetStreamed writes the Series sheet as a big catalog gets
// it, streamed: the same cells, no links, the chart and the table.
func TestSeriesSheetStreamed(t *testing.T) {
	small, err := excelize.OpenReader(bytes.NewReader(seriesBook(t)))
	if err != nil {
		t.Fatal(err)
	}
	defer small.Close()
	defer func(n int) { seriesStreamRows = n }(seriesStreamRows)
	seriesStreamRows = 2
	f, err := excelize.OpenReader(bytes.NewReader(seriesBook(t)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want, _ := small.GetRows(SheetSeries, excelize.Options{RawCellValue: true})
	got, _ := f.GetRows(SheetSeries, excelize.Options{RawCellValue: true})
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("streamed Series sheet =\n%v\nwant\n%v", got, want)
	}
	if ok, loc, _ := f.GetCellHyperLink(SheetSeries, "E3"); ok {
		t.Errorf("streamed D3 links to %q, want no link", loc)
	}
	if tables, _ := f.GetTables(SheetSeries); len(tables) != 1 {
		t.Errorf("streamed sheet has %d tables, want 1", len(tables))
	}
	// As tall as the unstreamed row: the lines of its revisions.
	if h, _ := f.GetRowHeight(SheetSeries, 2); h < 45 || h != must(small.GetRowHeight(SheetSeries, 2)) {
		t.Errorf("streamed row 2 is %g high, want %g, three lines or more", h, must(small.GetRowHeight(SheetSeries, 2)))
	}
}

// TestSeriesStreamedTextError: a character a cell cannot hold, in a
// streamed Series sheet, is reported with the row it is in.
func TestSeriesStreamedTextError(t *testing.T) {
	defer func(n int) { seriesStreamRows = n }(seriesStreamRows)
	seriesStreamRows = 2
	c := conflictCatalog(t)
	c.Series[1].Title = "Investment\x01stock"
	err := Write(io.Discard, c, nil)
	var te *TextError
	if !errors.As(err, &te) || te.Where != "Series row 6" || te.Rune != 1 {
		t.Errorf("Write(title with U+0001) = %v, want a TextError at %q", err, "Series row 6")
	}
}

// must returns v, ignoring err.
func must[T any](v T, _ error) T { return v }
