package xlsx

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// netFlowsCatalog loads testdata/netflows: the Bank of England's Money and
// Credit releases for February 2017 and August to October 2019, whose net
// flows of lending below zero ("Loans to non-financial businesses
// decreased by £1.8 billion", "net repayments of £0.9 billion", "£2.3
// billion of net repayments in July") are stated with their sign.
func netFlowsCatalog(t *testing.T) *indicators.Catalog {
	t.Helper()
	c, err := indicators.Load("testdata/netflows/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Verify(); err != nil {
		t.Fatalf("Verify: %v", err)
	}
	return c
}

// netFlowBook writes the net flows' book.
func netFlowBook(t *testing.T, c *indicators.Catalog) []byte {
	t.Helper()
	charts := map[string][]byte{}
	for _, v := range c.Views {
		charts[v.ID] = fakePNG(t)
	}
	var buf bytes.Buffer
	if err := Write(&buf, c, &Options{Charts: charts}); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

// TestNetFlowSigns reads a book of net flows back, cell by cell and name by
// name (sign20): a flow below zero is stored below zero in its Value cell
// and its defined name, so that a formula over the names adds falls as
// falls; it shows with the true minus sign ("−£1.8 billion") in its cell,
// on the Cover and in a derived figure, whose formula over the names caches
// the signed sum; the Chart data sheet reads the name unturned; and no
// cell says "down" of a flow, which is no change.
func TestNetFlowSigns(t *testing.T) {
	c := netFlowsCatalog(t)
	f, err := excelize.OpenReader(bytes.NewReader(netFlowBook(t, c)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	names := map[string]string{}
	for _, n := range f.GetDefinedName() {
		names[n.Name] = n.RefersTo
	}
	for _, tt := range []struct {
		id    string
		value float64
		shown string
	}{
		{"pnfc-nef-2017-02", -0.7e9, "−£0.7 billion"},
		{"loans-nfb-2017-02", -1.8e9, "−£1.8 billion"},
		{"loans-sme-2017-02", 0.6e9, "£0.6 billion"},
		{"consumer-credit-2017-02", 1.4e9, "£1.4 billion"},
		{"business-finance-2019-10", -0.9e9, "−£0.9 billion"},
	} {
		name := DefinedName(tt.id)
		ref, ok := names[name]
		if !ok {
			t.Errorf("%s: no defined name %s", tt.id, name)
			continue
		}
		sheet, cell, ok := strings.Cut(strings.ReplaceAll(strings.TrimPrefix(ref, "="), "$", ""), "!")
		if !ok {
			t.Errorf("%s: name %s refers to %q, want a cell", tt.id, name, ref)
			continue
		}
		sheet = strings.Trim(sheet, "'")
		raw, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if got, err := strconv.ParseFloat(raw, 64); err != nil || got != tt.value {
			t.Errorf("%s: %s (%s!%s) holds %q, want %v", tt.id, name, sheet, cell, raw, tt.value)
		}
		if got := shownAs(t, f, sheet, cell, tt.value); got != tt.shown {
			t.Errorf("%s: %s!%s shows %q, want %q", tt.id, sheet, cell, got, tt.shown)
		}
	}
	// The derived sums: a formula over the names, its cached value
	// signed, its figure in words with the reader's minus sign.
	rows, err := f.GetRows(SheetDerived, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	derived := map[string][]string{}
	for r, row := range rows {
		if r > 0 && len(row) > 0 {
			derived[row[0]] = row
		}
	}
	for _, tt := range []struct {
		id, formula string
		cached      float64
		said        string
	}{
		{"businesses-and-consumers-2017-02", "LOANS_NFB_2017_02+CONSUMER_CREDIT_2017_02", -0.4e9, "−£0.4 billion"},
		{"two-falls-2017-02", "PNFC_NEF_2017_02+LOANS_NFB_2017_02", -2.5e9, "−£2.5 billion"},
	} {
		row, ok := derived[tt.id]
		if !ok || len(row) < 8 {
			t.Errorf("Derived: no row for %s", tt.id)
			continue
		}
		cell, _ := excelize.CoordinatesToCellName(4, rowOf(rows, tt.id)+1)
		if got, _ := f.GetCellFormula(SheetDerived, cell); got != tt.formula {
			t.Errorf("Derived %s formula = %q, want %q", tt.id, got, tt.formula)
		}
		if got, err := strconv.ParseFloat(row[3], 64); err != nil || !near(got, tt.cached) {
			t.Errorf("Derived %s cached value = %q, want %v", tt.id, row[3], tt.cached)
		}
		if got := row[7]; got != tt.said {
			t.Errorf("Derived %s figure = %q, want %q", tt.id, got, tt.said)
		}
	}
	// The Chart data sheet draws each flow from its name, unturned.
	cd, err := f.GetRows(SheetChartData, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	for r := 1; r < len(cd); r++ {
		cell, _ := excelize.CoordinatesToCellName(3, r+1)
		formula, _ := f.GetCellFormula(SheetChartData, cell)
		if strings.HasPrefix(formula, "-") || strings.Contains(formula, "(-") {
			t.Errorf("Chart data %s = %q: a flow is drawn as stored, never negated", cell, formula)
		}
	}
	// The Series sheet: each point's figure as labelled and as stored.
	sr, err := f.GetRows(SheetSeries, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	points := map[string][2]string{}
	for _, row := range sr {
		if len(row) > 7 {
			points[row[1]] = [2]string{row[4], row[7]}
		}
	}
	for id, want := range map[string][2]string{
		"business-finance-2019-07": {"−£2.3 billion", "-2300000000"},
		"business-finance-2019-09": {"£9.7 billion", "9700000000"},
		"business-finance-2019-10": {"−£0.9 billion", "-900000000"},
	} {
		if got := points[id]; got != want {
			t.Errorf("Series %s: figure and value = %q, want %q", id, got, want)
		}
	}
	// The Cover's headline, and no "down" of a flow anywhere.
	cover, err := f.GetRows(SheetCover)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, sheet := range f.GetSheetList() {
		rows, _ := f.GetRows(sheet)
		for _, row := range rows {
			for _, v := range row {
				if strings.Contains(v, "down £") || strings.Contains(v, "-£") && sheet != SheetIndicators {
					t.Errorf("%s: %q says a flow as a change, or with a hyphen", sheet, v)
				}
			}
		}
	}
	for _, row := range cover {
		for _, v := range row {
			found = found || v == "−£0.9 billion"
		}
	}
	if !found {
		t.Errorf("Cover: no headline \"−£0.9 billion\" (the latest period's figure)")
	}
}

// rowOf returns the index of the row whose first cell is id, or -1.
func rowOf(rows [][]string, id string) int {
	for r, row := range rows {
		if len(row) > 0 && row[0] == id {
			return r
		}
	}
	return -1
}

// near reports whether a and b agree to a part in a billion.
func near(a, b float64) bool {
	d := a - b
	return d < 1e-9*max(1, -b, b) && -d < 1e-9*max(1, -b, b)
}

// shownAs returns how a spreadsheet shows v in cell's number format
// (displayText, the package's reading of its own formats).
func shownAs(t *testing.T, f *excelize.File, sheet, cell string, v float64) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil || st.CustomNumFmt == nil {
		t.Fatalf("%s!%s: no number format (%v)", sheet, cell, err)
	}
	return displayText(v, *st.CustomNumFmt)
}

// TestNetFlowSignsOpenpyxl reads the defined names of the net flows' book
// back with openpyxl, a reader of its own, and the value of the cell each
// names: below zero for each flow the releases state below zero.
func TestNetFlowSignsOpenpyxl(t *testing.T) {
	clients(t)
	c := netFlowsCatalog(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "book.xlsx")
	if err := os.WriteFile(path, netFlowBook(t, c), 0o644); err != nil {
		t.Fatal(err)
	}
	const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
dn = wb.defined_names
pairs = dn.items() if hasattr(dn, "items") else [(d.name, d) for d in dn.definedName]
out = {}
for n, d in pairs:
    for sheet, ref in d.destinations:
        v = wb[sheet][ref.replace("$", "")].value
        if isinstance(v, (int, float)):
            out[n] = v
print(json.dumps(out))
`
	sp := filepath.Join(dir, "names.py")
	if err := os.WriteFile(sp, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	raw, err := exec.Command("/usr/bin/python3", sp, path).Output()
	if err != nil {
		t.Fatalf("openpyxl: %v", err)
	}
	var got map[string]float64
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatalf("openpyxl output %q: %v", raw, err)
	}
	for name, want := range map[string]float64{
		"PNFC_NEF_2017_02": -0.7e9, "LOANS_NFB_2017_02": -1.8e9, "LOANS_SME_2017_02": 0.6e9,
		"CONSUMER_CREDIT_2017_02": 1.4e9, "BUSINESS_FINANCE_2019_10": -0.9e9, "BUSINESS_FINANCE_2019_07": -2.3e9,
	} {
		if v, ok := got[name]; !ok || v != want {
			t.Errorf("openpyxl: %s = %v (present %v), want %v", name, v, ok, want)
		}
	}
}
