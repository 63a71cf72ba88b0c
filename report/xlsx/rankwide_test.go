package xlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestRankWordsWide: a place whose words are wider than the Value column
// can show on one line shows its own words, as the Unit cell says them,
// never "###" (s33d-adoption); words that fit are kept whole.
func TestRankWordsWide(t *testing.T) {
	tests := []struct {
		stated string
		want   string
	}{
		{"highest number of finalised adoptions of Indigenous children in the past 25 years", `"highest number"`},
		{"largest annual decrease since 2011", `"largest annual decrease since 2011"`},
		{"largest quantity since records began in 1973", `"largest quantity since records began in 1973"`},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tt.stated, err)
		}
		ind := &indicators.Indicator{ID: "r", Title: "Rank", Stated: tt.stated, Quantity: q, Unit: u, Measure: indicators.Level}
		if got := cellKey(q.Value, ind).format(); got != tt.want {
			t.Errorf("format of %q (unit %v) = %s, want %s", tt.stated, u, got, tt.want)
		}
	}
}

// TestNounValueFits: the Value column is as wide as its cells' formats
// write them, in the counted noun's unit (nounUnit): sized as "42
// adoptions", "42 local adoptions" printed "###" once the rank's words no
// longer widened the column (s33d-adoption).
func TestNounValueFits(t *testing.T) {
	q, u, err := indicators.ParseStated("42 local adoptions")
	if err != nil {
		t.Fatal(err)
	}
	u.Name = "adoption" // the catalog's unit; the noun says "local adoptions"
	ind := indicators.Indicator{ID: "local", Title: "Local adoptions", Stated: "42 local adoptions", Quantity: q, Unit: u, Measure: indicators.Flow}
	var buf bytes.Buffer
	if err := Write(&buf, &indicators.Catalog{Indicators: []indicators.Indicator{ind}}, nil); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	col, _ := excelize.ColumnNumberToName(colValue)
	got, _ := f.GetColWidth(SheetIndicators, col)
	if want := textWidth("42 local adoptions", false); got < want {
		t.Errorf("Value column width = %v, want at least %v (\"42 local adoptions\")", got, want)
	}
}
