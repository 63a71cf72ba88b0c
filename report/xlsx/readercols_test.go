package xlsx

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// indicatorsCol returns whether Indicators column i (0-based) of book is
// visible, its outline level and its width.
func indicatorsCol(t *testing.T, book []byte, i int) (bool, uint8, float64) {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	col, _ := excelize.ColumnNumberToName(i + 1)
	v, _ := f.GetColVisible(SheetIndicators, col)
	level, _ := f.GetColOutlineLevel(SheetIndicators, col)
	w, _ := f.GetColWidth(SheetIndicators, col)
	return v, level, w
}

// TestCounterpartPrints: the Counterpart column prints, outside the
// collapsed outline group, where any row has a counterpart
// (counterpartAny): s19m-students' share "domiciled in other EU
// countries" is from the EU, which printed nowhere; air's international
// flights are to and from the world; s36g-aid's recipients, named in
// their titles, were hidden in the group, filled, and its users read the
// column as kept from them. Where the titles name every counterpart, the
// column prints only where the sheet still prints at 60% with it
// (colFits): the usjapan reference book's ("… in Japan") printed at 6.2
// pt with it, and keeps it in the group. A book with none hides the
// column outside the group (counterpartDropped), so that opening the
// group shows no empty column.
func TestCounterpartPrints(t *testing.T) {
	air, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", "air", "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	aid, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", "aid", "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	students := partsCatalog(t, "Where students at NI HEIs come from, 2021/22", "2021/22", []sharePart{
		{"ni", "Students at NI HEIs domiciled in Northern Ireland, share", "71%"},
		{"gb", "Students at NI HEIs domiciled in Great Britain, share", "4%"},
		{"roi", "Students at NI HEIs domiciled in the Republic of Ireland, share", "3%"},
		{"eu", "Students at NI HEIs domiciled in other EU countries, share", "1%"},
		{"non", "Students at NI HEIs domiciled outside the EU, share", "21%"},
	})
	for i, cp := range []string{"", "GB-GBN", "IE", "EU", ""} {
		students.Indicators[i].Entities, students.Indicators[i].Counterpart = []string{"GB-NIR"}, cp
	}
	none := partsCatalog(t, "Shares", "2021", []sharePart{{"a", "A share", "40%"}, {"b", "B share", "60%"}})
	tests := []struct {
		name  string
		c     *indicators.Catalog
		shown bool
		level uint8 // of a hidden column: 1 in the group, 0 dropped
	}{
		{"s19m-students", students, true, 0},
		{"air", air, true, 0},
		{"s36g-aid", aid, true, 0},
		{"usjapan", usjapan2015.Catalog(), false, 1},
		{"no counterpart", none, false, 0},
	}
	for _, tt := range tests {
		book, _ := writeParts(t, tt.c)
		v, level, _ := indicatorsCol(t, book, ixCounter)
		if v != tt.shown || level != tt.level {
			t.Errorf("%s: Counterpart visible %v at outline level %d, want visible %v at level %d", tt.name, v, level, tt.shown, tt.level)
		}
	}
	// The group still holds the other technical columns of a book with
	// no counterpart: Measure opens with its "+".
	book, _ := writeParts(t, none)
	if v, level, _ := indicatorsCol(t, book, columnIndex("Measure")); v || level != 1 {
		t.Errorf("no counterpart: Measure visible %v at outline level %d, want hidden at level 1", v, level)
	}
}

// TestLongNoteWidens: a note alone far taller than the rest of its row
// widens the Notes column (refineWidths): s19m-elections' one-sentence
// note on Welsh registrations wrapped to nine lines in a column of 16.5,
// its row as tall as six others; the usjapan reference book's columns
// print as they did.
func TestLongNoteWidens(t *testing.T) {
	c := electionsDerived(t)
	const note = "Excludes 16-year-old electors and 15-year-old attainers registered for Welsh local government and Senedd elections since 2020."
	for i := range c.Indicators {
		c.Indicators[i].Entities = []string{"GB"}
		c.Indicators[i].Provenance = []indicators.Provenance{{Source: "src", Quote: c.Indicators[i].Stated + " in December 2021 across the register", Span: indicators.Span{Start: -1, End: -1}}}
	}
	c.Sources = []indicators.Source{{ID: "src", Title: "Electoral statistics, UK: December 2021"}}
	c.Indicators[3].Notes = []indicators.Note{{Text: note}}
	book, _ := writeParts(t, c)
	_, _, w := indicatorsCol(t, book, columnIndex("Notes"))
	if n := cellTextLines(note, w, columnIndex("Notes")); n > 6 {
		t.Errorf("s19m-elections: the note takes %d lines in a Notes column of %g, want 6 or fewer", n, w)
	}
}
