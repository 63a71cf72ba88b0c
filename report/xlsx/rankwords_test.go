package xlsx

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestRankWordsFormat: a place the document writes in words alone shows
// as its word in the Value cell, as the deck says it (s22p-alcohol:
// "highest" was "1st" in the book and on one slide, "second highest"
// "2nd"); a place with a digit keeps its ordinal and its direction.
func TestRankWordsFormat(t *testing.T) {
	tests := []struct {
		stated string
		want   string
	}{
		{"highest", `"highest"`},
		{"second highest", `"second highest"`},
		{"10th", `#,##0"th"`},
		{"2nd", `#,##0"nd"`},
		// s23q-wildfires: the place says which way it counts, never
		// "11th" for "11th least"; the frame is stated's.
		{"11th least", `#,##0"th least"`},
		{"11th least since 2000", `#,##0"th least"`},
		{"10th most on record", `#,##0"th most"`},
		// s28y-drugseizures: a first place in words whose frame has a
		// year is its words, never "1st largest quantity".
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

// TestRankWordsFit: the Value column is as wide as the words a rank's
// format shows ("second highest"), never sized as its number: LibreOffice
// printed "###" (s24s-spending, Indicators D16 and D18).
func TestRankWordsFit(t *testing.T) {
	var inds []indicators.Indicator
	for i, stated := range []string{"highest", "second highest", "£4.50"} {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		inds = append(inds, indicators.Indicator{ID: "r" + strconv.Itoa(i), Title: "Rank of spending", Stated: stated, Quantity: q, Unit: u, Measure: indicators.Level})
	}
	var buf bytes.Buffer
	if err := Write(&buf, &indicators.Catalog{Indicators: inds}, nil); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	col, _ := excelize.ColumnNumberToName(colValue)
	got, _ := f.GetColWidth(SheetIndicators, col)
	if want := textWidth("second highest", false); got < want {
		t.Errorf("Value column width = %v, want at least %v (\"second highest\")", got, want)
	}
}
