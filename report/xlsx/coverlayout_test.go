package xlsx

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// TestCoverWraps: the Cover's heading (a long document title) and its
// Contents' descriptions wrap within the printed page, in rows tall
// enough for their lines, rather than run off its right edge.
func TestCoverWraps(t *testing.T) {
	c := usjapan2015.Catalog()
	long := "Joint Statement on Cooperation for a More Prosperous and Stable World, with Annexes on Trade, Investment, Climate, Health Security and Development Finance for the Coming Decade"
	for i := range c.Sources {
		c.Sources[i].Title = long
	}
	book, _ := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, _ := f.GetCellValue(SheetCover, "A1"); got != long {
		t.Fatalf("Cover!A1 = %q, want %q", got, long)
	}
	merged, _ := f.GetMergeCells(SheetCover)
	found := false
	for _, m := range merged {
		found = found || m.GetStartAxis() == "A1" && m.GetEndAxis() == "B1"
	}
	if !found {
		t.Errorf("Cover!A1 not merged across A1:B1 (merged: %d ranges)", len(merged))
	}
	wrapped := func(cell string) bool {
		id, _ := f.GetCellStyle(SheetCover, cell)
		st, _ := f.GetStyle(id)
		return st != nil && st.Alignment != nil && st.Alignment.WrapText
	}
	if !wrapped("A1") {
		t.Errorf("Cover!A1 (the heading) does not wrap")
	}
	if h, _ := f.GetRowHeight(SheetCover, 1); h < 40 {
		t.Errorf("Cover row 1 is %.0f points tall, want at least 40 (two lines of the heading)", h)
	}
	rows, _ := f.GetRows(SheetCover)
	for r, row := range rows {
		if len(row) > 1 && (row[0] == SheetSources || row[0] == SheetDerived) {
			cell := "B" + strconv.Itoa(r+1)
			if !wrapped(cell) {
				t.Errorf("Cover!%s (what %s holds: %q) does not wrap", cell, row[0], row[1])
			}
			if h, _ := f.GetRowHeight(SheetCover, r+1); lines(row[1], coverWidthB, false) > 1 && h < 2*lineHeight {
				t.Errorf("Cover row %d (%s) is %.0f points tall for %d lines", r+1, row[0], h, lines(row[1], coverWidthB, false))
			}
		}
	}
}
