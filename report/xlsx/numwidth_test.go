package xlsx

import (
	"bytes"
	"math"
	"strconv"
	"testing"

	"codeberg.org/go-fonts/dejavu/dejavusans"
	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestDisplayText checks how displayText writes numbers in the formats
// numFmt writes, as LibreOffice and Excel show them.
func TestDisplayText(t *testing.T) {
	tests := []struct {
		v    float64
		f    string
		want string
	}{
		{4.37e9, `#,##0.00,,," billion bu"`, "4.37 billion bu"},
		{15e9, `#,##0,,," billion bu"`, "15 billion bu"},
		{246e6, `#,##0,," million"`, "246 million"},
		{176.3, `#,##0.0" bu"" per acre"`, "176.3 bu per acre"},
		{12.9, `"$"#,##0.00" per bushel";-"$"#,##0.00" per bushel"`, "$12.90 per bushel"},
		{-11e9, `"$"#,##0.0,,," billion";-"$"#,##0.0,,," billion"`, "-$11.0 billion"},
		{1, `[=1]0" country";#,##0" countries"`, "1 country"},
		{31800, `[=1]0" infection";#,##0" infections"`, "31,800 infections"},
		{1234567, `#,##0`, "1,234,567"},
	}
	for _, tc := range tests {
		if got := displayText(tc.v, tc.f); got != tc.want {
			t.Errorf("displayText(%v, %q) = %q, want %q", tc.v, tc.f, got, tc.want)
		}
	}
}

// TestChartDataNumbersFit checks that every number cell of the chart data
// is as wide as its text in DejaVu Sans (LibreOffice's Calibri without
// Carlito): a yield, "246 million" and "4.37 billion bushels" showed
// "###".
func TestChartDataNumbersFit(t *testing.T) {
	var inds []indicators.Indicator
	var ids []string
	for i, f := range []struct {
		stated string
		status indicators.Status
		unit   string
	}{
		{"4.37 billion bushels", indicators.Projection, ""},
		{"246 million people", indicators.Fact, ""},
		{"176.3 bushels per acre", indicators.Projection, ""},
		{"$12.90", indicators.Fact, "USD per bushel"},
		{"nearly 1,234,567,890 tonnes", indicators.Estimate, ""},
	} {
		q, u, err := indicators.ParseStated(f.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", f.stated, err)
		}
		if f.unit != "" {
			if u, err = indicators.ParseUnit(f.unit); err != nil {
				t.Fatal(err)
			}
		}
		id := "f" + strconv.Itoa(i)
		ids = append(ids, id)
		inds = append(inds, indicators.Indicator{ID: id, Title: "Figure " + id, Stated: f.stated, Quantity: q, Unit: u, Status: f.status, Measure: indicators.Level,
			Provenance: []indicators.Provenance{{Quote: f.stated, Span: indicators.Span{Start: -1, End: -1}}}})
	}
	var views []indicators.ChartView
	for _, id := range ids {
		views = append(views, indicators.ChartView{ID: "v" + id, Kind: indicators.Bars, Indicators: []string{id}})
	}
	c := &indicators.Catalog{Indicators: inds, Views: views}
	var buf bytes.Buffer
	if err := Write(&buf, c, nil); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sans := newFontPixels(t, dejavusans.TTF, 11)
	rows, err := f.GetRows(SheetChartData, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for r := 1; r < len(rows); r++ {
		for col := cdBase; col <= cdCommit && col <= len(rows[r]); col++ {
			cell, _ := excelize.CoordinatesToCellName(col, r+1)
			raw := rows[r][col-1]
			if raw == "" || textHeader(rows[0][col-1]) {
				continue
			}
			v, err := strconv.ParseFloat(raw, 64)
			if err != nil {
				t.Fatalf("%s = %q, not a number", cell, raw)
			}
			st, _ := f.GetCellStyle(SheetChartData, cell)
			style, err := f.GetStyle(st)
			if err != nil || style.CustomNumFmt == nil {
				t.Fatalf("%s has no number format", cell)
			}
			text := displayText(v, *style.CustomNumFmt)
			name, _ := excelize.ColumnNumberToName(col)
			w, _ := f.GetColWidth(SheetChartData, name)
			avail := math.Floor(w*7+0.5) + 5 - 6
			if got := sans.width(text); got > avail {
				t.Errorf("%s shows %q, %.0f pixels wide, in column %s of width %v, which holds %.0f", cell, text, got, name, w, avail)
			}
			checked++
		}
	}
	if checked != len(ids) {
		t.Errorf("checked %d number cells, want %d", checked, len(ids))
	}
}
