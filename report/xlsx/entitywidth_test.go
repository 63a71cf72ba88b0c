package xlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestEntityOnOneLine: a place's name on the Indicators sheet is one line
// ("United Kingdom (GB)" never over three), as is a counterpart's.
func TestEntityOnOneLine(t *testing.T) {
	q, u, err := indicators.ParseStated("6.2%")
	if err != nil {
		t.Fatal(err)
	}
	long := "A quote long enough to make its column take the room that a short column gives up, as the quotes of a statistical release do, over several lines of the printed page."
	c := &indicators.Catalog{Indicators: []indicators.Indicator{{ID: "cpih", Title: "CPIH annual inflation rate", Entities: []string{"GB"}, Counterpart: "US",
		Stated: "6.2%", Quantity: q, Unit: u, Measure: indicators.Level, Period: indicators.YearPeriod(2022),
		Provenance: []indicators.Provenance{{Source: "s", Quote: long, Section: []string{"1. Main points"}}}}},
		Sources: []indicators.Source{{ID: "s", Title: "Release"}}}
	var buf bytes.Buffer
	if err := Write(&buf, c, nil); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, tc := range []struct{ col, name string }{{"C", "United Kingdom (GB)"}, {"D", "United States (US)"}} {
		shown, _ := f.GetCellValue(SheetIndicators, tc.col+"2")
		if shown != tc.name {
			t.Fatalf("Indicators!%s2 = %q, want %q", tc.col, shown, tc.name)
		}
		w, err := f.GetColWidth(SheetIndicators, tc.col)
		if err != nil {
			t.Fatal(err)
		}
		if n := lines(shown, w-indentWidth, false); n != 1 {
			t.Errorf("Indicators column %s of width %v shows %q in %d lines, want 1", tc.col, w, shown, n)
		}
	}
}
