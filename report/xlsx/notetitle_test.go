package xlsx

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestNoteTextTitleOnce: a cell note names the document's title once when
// the quote's section path starts with it (s13-housing: "— HUD AND CENSUS …,
// HUD AND CENSUS … > Building Permits").
func TestNoteTextTitleOnce(t *testing.T) {
	c := &indicators.Catalog{Sources: []indicators.Source{{ID: "doc", Title: "NEW RESIDENTIAL CONSTRUCTION"}}}
	tests := []struct {
		section []string
		want    string
	}{
		{[]string{"NEW RESIDENTIAL CONSTRUCTION", "Building Permits"}, "— NEW RESIDENTIAL CONSTRUCTION, Building Permits"},
		{[]string{"New Residential Construction"}, "— NEW RESIDENTIAL CONSTRUCTION"},
		{[]string{"Building Permits"}, "— NEW RESIDENTIAL CONSTRUCTION, Building Permits"},
		{nil, "— NEW RESIDENTIAL CONSTRUCTION"},
	}
	for _, tc := range tests {
		ind := &indicators.Indicator{ID: "a", Provenance: []indicators.Provenance{{Source: "doc", Section: tc.section, Quote: "q"}}}
		got := noteText(c, ind)
		if _, where, _ := strings.Cut(got, "\n"); where != tc.want {
			t.Errorf("noteText(section %q) ends %q, want %q", tc.section, where, tc.want)
		}
	}
}

// TestSectionWhole: the Indicators sheet's Section cell is the CSV's,
// the whole path, a first heading that is the source's title too (a
// blank Section read as "no section", s23q-unions); the column does not
// print, so it makes no printed row tall (s13-housing).
func TestSectionWhole(t *testing.T) {
	c := &indicators.Catalog{Sources: []indicators.Source{{ID: "doc", Title: "NEW RESIDENTIAL CONSTRUCTION"}}}
	sections := [][]string{{"NEW RESIDENTIAL CONSTRUCTION", "Building Permits"}, {"Housing Starts"}}
	for i, sec := range sections {
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: string(rune('a' + i)), Title: "T", Stated: "5",
			Quantity:   indicators.Point(indicators.NewDecimal(5, 0), 0),
			Provenance: []indicators.Provenance{{Source: "doc", Section: sec, Quote: "5"}}})
	}
	book, _ := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for i, want := range []string{"NEW RESIDENTIAL CONSTRUCTION > Building Permits", "Housing Starts"} {
		cell := colLetter("Section") + strconv.Itoa(i+2)
		if got, _ := f.GetCellValue(SheetIndicators, cell); got != want {
			t.Errorf("Indicators!%s = %q, want %q", cell, got, want)
		}
	}
}
