package xlsx

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestAgainstForecastBook reads back the book of report/testdata/against,
// the OBR's borrowing "£2.7 billion below our November forecast profile"
// (fixN): the change against the forecast is held below zero, as the chart
// draws it, and every cell that shows it, on the Indicators sheet, the
// Chart data sheet and the Cover, says "£2.7 billion below the forecast",
// never "down £2.7 billion", which read as borrowing falling; the change
// on the year before still says "up £5.1 billion".
func TestAgainstForecastBook(t *testing.T) {
	c, err := indicators.Load("../testdata/against/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Verify(); err != nil {
		t.Fatalf("Verify: %v", err)
	}
	charts := map[string][]byte{}
	for _, v := range c.Views {
		charts[v.ID] = fakePNG(t)
	}
	var buf bytes.Buffer
	if err := Write(&buf, c, &Options{Charts: charts}); err != nil {
		t.Fatalf("Write: %v", err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
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
		{"psnb-ytd-vs-forecast", -2.7e9, "£2.7 billion below the forecast"},
		{"psnb-ytd-on-year", 5.1e9, "up £5.1 billion"},
	} {
		ref, ok := names[DefinedName(tt.id)]
		if !ok {
			t.Errorf("%s: no defined name", tt.id)
			continue
		}
		sheet, cell, _ := strings.Cut(strings.ReplaceAll(strings.TrimPrefix(ref, "="), "$", ""), "!")
		sheet = strings.Trim(sheet, "'")
		raw, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if got, err := strconv.ParseFloat(raw, 64); err != nil || got != tt.value {
			t.Errorf("%s: %s!%s holds %q, want %v", tt.id, sheet, cell, raw, tt.value)
		}
		if got := shownAs(t, f, sheet, cell, tt.value); got != tt.shown {
			t.Errorf("%s: %s!%s shows %q, want %q", tt.id, sheet, cell, got, tt.shown)
		}
	}
	// The Chart data sheet: the bar's cell, drawn from the name.
	cd, err := f.GetRows(SheetChartData, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	seen := false
	for r := 1; r < len(cd); r++ {
		cell, _ := excelize.CoordinatesToCellName(3, r+1)
		formula, _ := f.GetCellFormula(SheetChartData, cell)
		if formula != DefinedName("psnb-ytd-vs-forecast") {
			continue
		}
		seen = true
		if got, want := shownAs(t, f, SheetChartData, cell, -2.7e9), "£2.7 billion below the forecast"; got != want {
			t.Errorf("Chart data %s shows %q, want %q", cell, got, want)
		}
	}
	if !seen {
		t.Errorf("Chart data: no cell draws %s", DefinedName("psnb-ytd-vs-forecast"))
	}
	// The Cover says it in words; no sheet says the forecast's gap as a fall.
	cover := false
	for _, sheet := range f.GetSheetList() {
		rows, _ := f.GetRows(sheet)
		for _, row := range rows {
			for _, v := range row {
				if strings.Contains(v, "down £2.7") {
					t.Errorf("%s: %q says the gap to the forecast as a fall", sheet, v)
				}
				cover = cover || sheet == SheetCover && strings.Contains(v, "£2.7 billion below the forecast")
			}
		}
	}
	if !cover {
		t.Errorf("Cover: no \"£2.7 billion below the forecast\"")
	}
}
