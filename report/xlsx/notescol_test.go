package xlsx

import (
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestNotesColumnRows: a printed row is not made three lines taller by
// its note alone, where the sheet can widen the Notes column for a little
// of its print scale (refineWidths widens a cell two lines taller than
// the rest of its row, as far as the scale allows): the loans kind's note "In pounds sterling (£): the stored
// copy writes each £ sign as "?"." wrapped to seven lines in a Notes
// column of 14 beside quotes of four, on every money row (s25v-loans).
func TestNotesColumnRows(t *testing.T) {
	c, err := indicators.Load("../../testdata/kinds/loans/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	f := writtenBook(t, c)
	rows, err := f.GetRows(SheetIndicators)
	if err != nil {
		t.Fatal(err)
	}
	notes, quote := columnIndex("Notes"), columnIndex("Quote")
	width := func(i int) float64 {
		name, _ := excelize.ColumnNumberToName(i + 1)
		w, err := f.GetColWidth(SheetIndicators, name)
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	wn, wq := width(notes), width(quote)
	for _, row := range rows[1:] {
		if len(row) <= notes || row[notes] == "" {
			continue
		}
		n, q := cellTextLines(row[notes], wn, notes), cellTextLines(row[quote], wq, quote)
		if n > q+2 {
			t.Errorf("%s: its note takes %d lines in a Notes column of %v, its quote %d in %v", row[0], n, wn, q, wq)
		}
	}
}
