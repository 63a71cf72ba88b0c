package xlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestIndicatorsSheetInWords: the Indicators sheet names a region and a
// unit in words where the CSV keeps their codes, and prints every quote
// of an indicator, not only the first (a cell note does not print).
func TestIndicatorsSheetInWords(t *testing.T) {
	q, u, err := indicators.ParseStated("0.2 percentage points")
	if err != nil {
		t.Fatal(err)
	}
	c := &indicators.Catalog{
		Sources: []indicators.Source{{ID: "src", Title: "Release"}},
		Indicators: []indicators.Indicator{{
			ID: "x", Title: "Change in the rate", Stated: "0.2 percentage points", Quantity: q, Unit: u,
			Entities: []string{"SV"}, Counterpart: "013", Measure: indicators.Change,
			Provenance: []indicators.Provenance{{Source: "src", Quote: "0.2 percentage points lower"}, {Source: "src", Quote: "fell by 0.2 percentage points"}},
		}, {
			ID: "y", Title: "Prisoners", Stated: "0.2 percentage points", Quantity: q, Unit: u,
			Entities: []string{"GB-ENG", "GB-WLS"}, Measure: indicators.Change,
			Provenance: []indicators.Provenance{{Source: "src", Quote: "0.2 percentage points lower"}},
		}},
	}
	book, _ := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, tt := range []struct {
		col  int
		want string
	}{
		{ixEntities, "El Salvador (SV)"},
		{ixCounter, "Central America (013)"},
		{ixUnit, "percentage points"},
		{ixQuote, "0.2 percentage points lower\n\nAlso: “fell by 0.2 percentage points”"},
	} {
		name, _ := excelize.CoordinatesToCellName(tt.col+1, 2)
		if got, _ := f.GetCellValue(SheetIndicators, name); got != tt.want {
			t.Errorf("Indicators %s (%s) = %q, want %q", name, Header[tt.col], got, tt.want)
		}
	}
	// ISO 3166-2 subdivisions are named in a list too: a code such as
	// "GB-WLS" is not read at a glance as two letters are.
	name, _ := excelize.CoordinatesToCellName(ixEntities+1, 3)
	if got, want := subdivCell(t, f, name), "England (GB-ENG); Wales (GB-WLS)"; got != want {
		t.Errorf("Indicators %s (Entities) = %q, want %q", name, got, want)
	}
}

func subdivCell(t *testing.T, f *excelize.File, name string) string {
	t.Helper()
	v, err := f.GetCellValue(SheetIndicators, name)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
