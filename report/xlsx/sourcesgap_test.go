package xlsx

import (
	"bytes"
	"testing"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/xuri/excelize/v2"
)

// TestSourcesCellsIndented: on the Sources sheet every text cell after
// the first column is indented by one, so that a title as wide as its
// column does not run into the date after it ("Adult smoking habits in
// the UK: 2023 2024-10-01", s11b-smoking).
func TestSourcesCellsIndented(t *testing.T) {
	book, _ := writeParts(t, usjapan2015.Catalog())
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(SheetSources)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 2 {
		t.Fatalf("Sources sheet has %d rows, want a header and a source", len(rows))
	}
	for j, h := range rows[0] {
		if j == 0 || h == "URL" || h == "SHA-256" || j >= len(rows[1]) || rows[1][j] == "" {
			continue
		}
		cell, _ := excelize.CoordinatesToCellName(j+1, 2)
		id, err := f.GetCellStyle(SheetSources, cell)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		if st.Alignment == nil || st.Alignment.Indent < 1 {
			t.Errorf("Sources!%s (%s, %q) indent = %v, want at least 1", cell, h, rows[1][j], st.Alignment)
		}
	}
}
