package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/xuri/excelize/v2"
)

// trackedCatalogs lists the catalogs the repository tracks that a book is
// built from: every kind's, the corpus's and this package's own.
func trackedCatalogs(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, pattern := range []string{
		filepath.Join("..", "..", "testdata", "kinds", "*", "catalog.yaml"),
		filepath.Join("..", "..", "testdata", "corpus", "catalog.yaml"),
		filepath.Join("..", "..", "indicators", "testdata", "good-catalog.yaml"),
		filepath.Join("..", "..", "indicators", "usjapan2015", "catalog.yaml"),
		filepath.Join("..", "pptx", "testdata", "*", "catalog.yaml"),
		filepath.Join("testdata", "*", "catalog.yaml"),
	} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, m...)
	}
	if len(out) < 40 {
		t.Fatalf("found %d tracked catalogs, want at least 40: the kinds and the others", len(out))
	}
	return out
}

// bookOf returns the book of the catalog at path, or false after
// reporting why there is none.
func bookOf(t *testing.T, path string) (*bytes.Buffer, bool) {
	t.Helper()
	c, err := indicators.Load(path)
	if err != nil {
		t.Errorf("%s: %v", path, err)
		return nil, false
	}
	var buf bytes.Buffer
	if err := Write(&buf, c, nil); err != nil {
		t.Errorf("%s: Write: %v", path, err)
		return nil, false
	}
	return &buf, true
}

// sheetOrder checks one worksheet part against the structural rules Excel
// enforces and LibreOffice forgives: <col> elements ascending and not
// overlapping, rows ascending, each row's cells ascending. It returns one
// line per broken rule, empty when the sheet keeps them all.
func sheetOrder(r io.Reader) ([]string, error) {
	var problems []string
	d := xml.NewDecoder(r)
	lastColMax, lastRow, lastCell := 0, 0, 0
	attr := func(e xml.StartElement, name string) string {
		for _, a := range e.Attr {
			if a.Name.Local == name {
				return a.Value
			}
		}
		return ""
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return problems, nil
		}
		if err != nil {
			return nil, err
		}
		e, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch e.Name.Local {
		case "col":
			lo, err1 := strconv.Atoi(attr(e, "min"))
			hi, err2 := strconv.Atoi(attr(e, "max"))
			if err1 != nil || err2 != nil || lo > hi {
				problems = append(problems, fmt.Sprintf("col min=%q max=%q unreadable", attr(e, "min"), attr(e, "max")))
				continue
			}
			if lo <= lastColMax {
				problems = append(problems, fmt.Sprintf("col %d-%d after a col ending at %d", lo, hi, lastColMax))
			}
			lastColMax = hi
		case "row":
			n, err := strconv.Atoi(attr(e, "r"))
			if err != nil {
				problems = append(problems, fmt.Sprintf("row r=%q unreadable", attr(e, "r")))
				continue
			}
			if n <= lastRow {
				problems = append(problems, fmt.Sprintf("row %d after row %d", n, lastRow))
			}
			lastRow, lastCell = n, 0
		case "c":
			col, row, err := excelize.CellNameToCoordinates(attr(e, "r"))
			if err != nil {
				problems = append(problems, fmt.Sprintf("cell r=%q unreadable", attr(e, "r")))
				continue
			}
			if row != lastRow {
				problems = append(problems, fmt.Sprintf("cell %s in row %d", attr(e, "r"), lastRow))
			}
			if col <= lastCell {
				problems = append(problems, fmt.Sprintf("cell %s after column %d", attr(e, "r"), lastCell))
			}
			lastCell = col
		}
	}
}

// TestSheetOrder: every worksheet of the book of every tracked catalog
// keeps Excel's order rules. The streamed sheets (Indicators, Derived,
// Chart data, Series) wrote their <cols> descending before, which Excel
// offers to repair.
func TestSheetOrder(t *testing.T) {
	for _, path := range trackedCatalogs(t) {
		buf, ok := bookOf(t, path)
		if !ok {
			continue
		}
		zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
		if err != nil {
			t.Fatal(err)
		}
		sheets := 0
		for _, zf := range zr.File {
			if !strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
				continue
			}
			sheets++
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			problems, err := sheetOrder(rc)
			rc.Close()
			if err != nil {
				t.Errorf("%s %s: %v", path, zf.Name, err)
			}
			for _, p := range problems {
				t.Errorf("%s %s: %s", path, zf.Name, p)
			}
		}
		if sheets == 0 {
			t.Errorf("%s: no worksheet in the book", path)
		}
	}
}

// TestSheetOrderRules: sheetOrder finds each broken rule, and passes a
// sheet that keeps them all.
func TestSheetOrderRules(t *testing.T) {
	for _, tc := range []struct {
		name, xml string
		want      int
	}{
		{"ascending", `<worksheet><cols><col min="1" max="1"/><col min="2" max="4"/></cols><sheetData><row r="1"><c r="A1"/><c r="C1"/></row><row r="3"><c r="B3"/></row></sheetData></worksheet>`, 0},
		{"cols descending, as streamed before", `<worksheet><cols><col min="19" max="19"/><col min="6" max="6"/></cols></worksheet>`, 1},
		{"cols overlapping", `<worksheet><cols><col min="1" max="3"/><col min="3" max="4"/></cols></worksheet>`, 1},
		{"rows descending", `<worksheet><sheetData><row r="2"/><row r="1"/></sheetData></worksheet>`, 1},
		{"cells descending", `<worksheet><sheetData><row r="1"><c r="B1"/><c r="A1"/></row></sheetData></worksheet>`, 1},
		{"cell in another row", `<worksheet><sheetData><row r="1"><c r="A2"/></row></sheetData></worksheet>`, 1},
	} {
		got, err := sheetOrder(strings.NewReader(tc.xml))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(got) != tc.want {
			t.Errorf("%s: sheetOrder = %q, want %d problems", tc.name, got, tc.want)
		}
	}
}
