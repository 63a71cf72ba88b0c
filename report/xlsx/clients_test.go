package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// Tests with real spreadsheet programs run when CLAIMBOOK_CLIENTS=1; then a
// missing program is a failure. .ci/run installs Debian's python3-openpyxl
// and libreoffice-calc-nogui for them.

func clients(t *testing.T) {
	t.Helper()
	if os.Getenv("CLAIMBOOK_CLIENTS") != "1" {
		t.Skip("real-client test: set CLAIMBOOK_CLIENTS=1 to run it with /usr/bin/python3 (python3-openpyxl) and soffice (LibreOffice)")
	}
}

// openpyxlScript loads a book in normal and read-only mode and prints what
// the Go side checks, as JSON.
const openpyxlScript = `
import json, sys, openpyxl
path = sys.argv[1]
out = {}
for mode in ("normal", "read_only"):
    ro = mode == "read_only"
    wb = openpyxl.load_workbook(path, read_only=ro)
    wbv = openpyxl.load_workbook(path, read_only=ro, data_only=True)
    r = {"sheets": wb.sheetnames, "cells": {}, "formulas": [], "cached": {}, "names": {}, "tables": {}}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                if isinstance(c.value, str) and c.value.startswith("=") and c.data_type == "f":
                    r["formulas"].append(ws.title + "!" + c.coordinate)
                if ws.title == "Indicators":
                    r["cells"][c.coordinate] = [c.value if not hasattr(c.value, "text") else str(c.value), c.number_format]
    for row in wbv.worksheets[2].iter_rows():  # Derived, or Chart data
        for c in row:
            if isinstance(c.value, (int, float)):
                r["cached"][c.coordinate] = c.value
    if not ro:
        dn = wb.defined_names
        pairs = dn.items() if hasattr(dn, "items") else [(d.name, d) for d in dn.definedName]
        for n, d in pairs:
            r["names"][n] = d.attr_text
        for name, t in wb["Indicators"].tables.items():
            r["tables"][name] = t if isinstance(t, str) else t.ref
        r["max_row"] = wb["Indicators"].max_row
    else:
        r["max_row"] = wb["Indicators"].max_row
    out[mode] = r
print(json.dumps(out))
`

type pyResult struct {
	Sheets   []string           `json:"sheets"`
	Cells    map[string][2]any  `json:"cells"`
	Formulas []string           `json:"formulas"`
	Cached   map[string]float64 `json:"cached"`
	Names    map[string]string  `json:"names"`
	Tables   map[string]string  `json:"tables"`
	MaxRow   int                `json:"max_row"`
}

func runOpenpyxl(t *testing.T, book []byte) map[string]pyResult {
	t.Helper()
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		t.Fatalf("%s: %v (install Debian's python3-openpyxl)", py, err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "book.xlsx")
	os.WriteFile(path, book, 0o644)
	script := filepath.Join(dir, "check.py")
	os.WriteFile(script, []byte(openpyxlScript), 0o644)
	out, err := exec.Command(py, script, path).Output()
	if err != nil {
		var stderr string
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = string(ee.Stderr)
		}
		t.Fatalf("openpyxl: %v\n%s", err, stderr)
	}
	var res map[string]pyResult
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("openpyxl output: %v\n%s", err, out)
	}
	return res
}

func TestOpenpyxl(t *testing.T) {
	clients(t)
	c := usjapan2015.Catalog()
	book := defaultBook(t)
	res := runOpenpyxl(t, book)
	for mode, r := range res {
		// The hidden Chart layout sheet holds the names the native charts
		// show (cut to fit, on two lines), read from Chart data by formula.
		if got, want := strings.Join(r.Sheets, ","), "Cover,Indicators,Derived,Chart data,Sources,Charts,Chart layout"; got != want {
			t.Errorf("%s: sheets %s, want %s", mode, got, want)
		}
		if r.MaxRow != len(c.Indicators)+1 {
			t.Errorf("%s: Indicators max_row %d, want %d", mode, r.MaxRow, len(c.Indicators)+1)
		}
		for i, h := range Header {
			cell := string(rune('A'+i)) + "1"
			if r.Cells[cell][0] != h {
				t.Errorf("%s: header %s = %v, want %q", mode, cell, r.Cells[cell][0], h)
			}
		}
		for i := range c.Indicators {
			ind := &c.Indicators[i]
			row := strconv.Itoa(i + 2)
			check := func(col string, d *indicators.Decimal) {
				v, ok := r.Cells[col+row]
				if d == nil {
					if ok {
						t.Errorf("%s: %s%s = %v, want empty", mode, col, row, v[0])
					}
					return
				}
				// The number a formula should use (storedDecimal): "nearly
				// 30 percent" is 0.3, a cut of "26 to 28 percent" -0.28
				// in Low and -0.26 in High (storedCells; TestStoredValues
				// and TestStoredFallZeroAndRange check the rule itself).
				f, isNum := v[0].(float64)
				if stored := decimalFloat(storedDecimal(*d, ind)); !isNum || f != stored {
					t.Errorf("%s: %s: %s%s = %#v, want the number %v", mode, ind.ID, col, row, v[0], stored)
				}
				want := cellKey(*d, ind).format() // "nearly "#,##0%, "up "#,##0%;"down "#,##0%
				if v[1] != want {
					t.Errorf("%s: %s: %s%s number format %v, want %s", mode, ind.ID, col, row, v[1], want)
				}
			}
			q := ind.Quantity
			cells := storedCells(ind)
			for k, col := range []string{colLetter("Value"), colLetter("Low"), colLetter("High")} {
				check(col, cells[k])
			}
			if got, want := r.Cells[colLetter("Direction")+row], q.Direction.String(); want != "" && (len(got) == 0 || got[0] != want) {
				t.Errorf("%s: %s: Direction %v, want %q", mode, ind.ID, got, want)
			}
			if r.Cells["A"+row][0] != ind.ID {
				t.Errorf("%s: A%s = %v, want %s", mode, row, r.Cells["A"+row][0], ind.ID)
			}
		}
		for _, f := range r.Formulas {
			if !strings.HasPrefix(f, SheetDerived+"!") && !strings.HasPrefix(f, SheetChartData+"!") && !strings.HasPrefix(f, SheetChartLayout+"!") {
				t.Errorf("%s: formula in %s; only the Derived, Chart data or Chart layout sheet may hold formulas", mode, f)
			}
		}
		for i := range c.Derived {
			d := &c.Derived[i]
			res, _ := c.Compute(d.ID)
			row := strconv.Itoa(i + 2)
			if res.Quantity.IsRange() {
				lo, hi := rangeCells(res)
				if !close15(r.Cached["E"+row], lo) || !close15(r.Cached["F"+row], hi) {
					t.Errorf("%s: %s cached [%v, %v], want [%v, %v]", mode, d.ID, r.Cached["E"+row], r.Cached["F"+row], lo, hi)
				}
			} else if !close15(r.Cached["D"+row], res.Lo) {
				t.Errorf("%s: %s cached %v, want %v", mode, d.ID, r.Cached["D"+row], res.Lo)
			}
		}
		if mode == "normal" {
			if r.Names["US_JAPAN_TRADE_2014"] != "Indicators!$"+colLetter("Value")+"$3" || r.Names["JAPAN_GHSA_PARTNER_COUNTRIES_LOW"] != "Indicators!$"+colLetter("Low")+"$10" {
				t.Errorf("defined names: %v", r.Names)
			}
			if want := "A1:" + lastCol + "10"; r.Tables["Indicators"] != want {
				t.Errorf("tables %v, want Indicators over %s", r.Tables, want)
			}
		}
	}
}

func TestOpenpyxlHostile(t *testing.T) {
	clients(t)
	var buf bytes.Buffer
	if err := Write(&buf, hostileCatalog(), nil); err != nil {
		t.Fatal(err)
	}
	for mode, r := range runOpenpyxl(t, buf.Bytes()) {
		if len(r.Formulas) != 0 {
			t.Errorf("%s: formulas %v in the hostile book", mode, r.Formulas)
		}
		for i, h := range hostile {
			for _, name := range []string{"Title", "Stated", "Section"} {
				col, _ := excelize.ColumnNumberToName(columnIndex(name) + 1)
				cell := col + strconv.Itoa(i+2)
				if got, _ := r.Cells[cell][0].(string); unescapeXstring(got) != h {
					t.Errorf("%s: %s = %q, want %q", mode, cell, got, h)
				}
			}
		}
	}
}

// soffice converts book to format in a fresh profile and returns the
// output.
func soffice(t *testing.T, book []byte, format, ext string) []byte {
	t.Helper()
	exe, err := exec.LookPath("soffice")
	if err != nil {
		t.Fatalf("soffice: %v (install libreoffice-calc-nogui)", err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "book.xlsx")
	os.WriteFile(in, book, 0o644)
	outDir := filepath.Join(dir, "out")
	// Recalculate OOXML formulas on load, always.
	os.MkdirAll(filepath.Join(dir, "profile", "user"), 0o755)
	os.WriteFile(filepath.Join(dir, "profile", "user", "registrymodifications.xcu"), []byte(recalcAlways), 0o644)
	cmd := exec.Command(exe, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--convert-to", format, "--outdir", outDir, in)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice --convert-to %s: %v\n%s", format, err, b)
	}
	name := "book." + ext
	if ext == "csv" {
		name = "book-" + SheetDerived + ".csv"
	}
	b, err := os.ReadFile(filepath.Join(outDir, name))
	if err != nil {
		t.Fatalf("soffice --convert-to %s wrote no file: %v", format, err)
	}
	return b
}

func TestLibreOffice(t *testing.T) {
	clients(t)
	book := defaultBook(t)
	pdf := soffice(t, book, "pdf", "pdf")
	if !bytes.HasPrefix(pdf, []byte("%PDF")) {
		t.Errorf("soffice PDF starts %q", pdf[:min(8, len(pdf))])
	}
	os.WriteFile(filepath.Join(t.ArtifactDir(), "book.pdf"), pdf, 0o644)
	// LibreOffice, set to recalculate on load, computes the Derived sheet.
	// The cached values are spoilt first, so that the CSV of the Derived
	// sheet shows what LibreOffice computed, which must be what was cached.
	csv := soffice(t, spoilCache(t, book), `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,3`, "csv")
	checkDerivedCSV(t, usjapan2015.Catalog(), csv)
}

// recalcAlways is a LibreOffice profile setting: recalculate the formulas
// of OOXML files on load (Tools > Options > Calc > Formula).
const recalcAlways = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

// spoilCache replaces every cached value on the Derived sheet with -1.
func spoilCache(t *testing.T, book []byte) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	spoilt := 0
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == "xl/worksheets/sheet3.xml" {
			re := regexp.MustCompile(`</f><v>[^<]*</v>`)
			spoilt = len(re.FindAll(b, -1))
			b = re.ReplaceAll(b, []byte("</f><v>-1</v>"))
		}
		w, _ := zw.Create(f.Name)
		w.Write(b)
	}
	zw.Close()
	if spoilt == 0 {
		t.Fatal("no cached formula values found on xl/worksheets/sheet3.xml")
	}
	return out.Bytes()
}

// close15 reports whether a cached value equals want to the 15 significant
// digits excelize writes (Excel shows 15).
func close15(got, want float64) bool {
	return math.Abs(got-want) <= 5e-15*math.Abs(want)
}

// unescapeXstring undoes the ST_Xstring escapes of OOXML (_xHHHH_), which
// Excel decodes and openpyxl leaves as they are: excelize writes a literal
// "_x0041_" as "_x005F_x0041_", as the standard says.
func unescapeXstring(s string) string {
	return xstringRE.ReplaceAllStringFunc(s, func(m string) string {
		n, _ := strconv.ParseUint(m[2:6], 16, 32)
		return string(rune(n))
	})
}

var xstringRE = regexp.MustCompile(`_x[0-9A-Fa-f]{4}_`)

// TestLibreOfficeWordNames checks that a book whose IDs are spreadsheet
// words and references (true, r1c1, a1, rc) recalculates in LibreOffice to
// the values it caches: no name is read as TRUE or as a cell.
func TestLibreOfficeWordNames(t *testing.T) {
	clients(t)
	c := wordsCatalog(t)
	var buf bytes.Buffer
	if err := Write(&buf, c, nil); err != nil {
		t.Fatalf("Write: %v", err)
	}
	os.WriteFile(filepath.Join(t.ArtifactDir(), "words.xlsx"), buf.Bytes(), 0o644)
	csv := soffice(t, spoilCache(t, buf.Bytes()), `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,3`, "csv")
	checkDerivedCSV(t, c, csv)
}

// checkDerivedCSV compares the Derived sheet as LibreOffice computed it,
// as CSV lines, with the values of c's derived indicators.
// rangeCells returns what the Derived sheet's Low and High cells of a
// derived range r hold: the formulas' results where the range is what the
// stated figures compute (live), else the ends the inputs' wording allows,
// rounded outwards (Bounds), as numbers.
func rangeCells(r indicators.Result) (lo, hi float64) {
	if live(r, true) {
		return r.Lo, r.Hi
	}
	l, h, _, _ := r.Bounds()
	return l.Float64(), h.Float64()
}

func checkDerivedCSV(t *testing.T, c *indicators.Catalog, text []byte) {
	t.Helper()
	// A record may span lines: a bar's name is broken into lines for its
	// chart.
	rd := csv.NewReader(bytes.NewReader(text))
	rd.FieldsPerRecord, rd.LazyQuotes = -1, true
	records, err := rd.ReadAll()
	if err != nil {
		t.Fatalf("Derived CSV: %v", err)
	}
	for i := range c.Derived {
		d := &c.Derived[i]
		r, _ := c.Compute(d.ID)
		if i+1 >= len(records) {
			t.Fatalf("Derived CSV has %d records", len(records))
		}
		fields := records[i+1]
		want := []float64{r.Lo}
		cols := []int{3}
		if r.Quantity.IsRange() {
			lo, hi := rangeCells(r)
			want, cols = []float64{lo, hi}, []int{4, 5}
		}
		for k, col := range cols {
			if col >= len(fields) {
				t.Errorf("LibreOffice recalculated %s: record %q has no column %d", d.ID, fields, col)
				continue
			}
			got, err := strconv.ParseFloat(fields[col], 64)
			if err != nil || math.Abs(got-want[k]) > 1e-9*math.Abs(want[k]) {
				t.Errorf("LibreOffice recalculated %s = %q, want %v", d.ID, fields[col], want[k])
			}
		}
	}
}
