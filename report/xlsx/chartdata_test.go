package xlsx

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/xuri/excelize/v2"
)

// TestChartDataBlock: the chart data has a sheet of its own, "Chart
// data", its header in row 1 — the row every printed page repeats — from
// column A, after the Derived sheet when the catalog has derived figures:
// beside the derived table its rows took the table's wrapped heights
// (s16g-air) and printed under the "Derived" footer (s16g-marriages). The
// Derived sheet then holds the derived table alone.
func TestChartDataBlock(t *testing.T) {
	noDerived := usjapan2015.Catalog()
	noDerived.Derived = nil
	tests := []struct {
		name    string
		derived bool
		sheets  []string
		what    string // how the Cover's Contents starts to describe Chart data
	}{
		{"with derived figures", true, []string{SheetCover, SheetIndicators, SheetDerived, SheetChartData}, "The data the native charts draw, one row per bar. "},
		{"without derived figures", false, []string{SheetCover, SheetIndicators, SheetChartData}, "The data the native charts draw, one row per bar (this catalog has no figures computed from others)"},
	}
	for _, tt := range tests {
		c := usjapan2015.Catalog()
		if !tt.derived {
			c = noDerived
		}
		book, _ := writeParts(t, c)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		if got := f.GetSheetList()[:len(tt.sheets)]; !slices.Equal(got, tt.sheets) {
			t.Errorf("%s: sheets %q, want %q first", tt.name, got, tt.sheets)
		}
		if got, _ := f.GetCellValue(SheetChartData, "A1"); got != "Chart view" {
			t.Errorf("%s: %s!A1 = %q, want %q", tt.name, SheetChartData, got, "Chart view")
		}
		cover, _ := f.GetRows(SheetCover)
		what := ""
		for _, r := range cover {
			if len(r) > 1 && r[0] == SheetChartData {
				what = r[1]
			}
		}
		if !strings.HasPrefix(what, tt.what) {
			t.Errorf("%s: the Cover says of %s %q, want it to start %q", tt.name, SheetChartData, what, tt.what)
		}
		// Short headers: the header row is at most two lines tall; the
		// legend sentences are said once, on the Cover.
		if h, _ := f.GetRowHeight(SheetChartData, 1); h > 2*lineHeight {
			t.Errorf("%s: %s header row %.0f points tall, want at most %d (two lines)", tt.name, SheetChartData, h, 2*lineHeight)
		}
		if !strings.Contains(what, atMostSeries[len("Fading end: "):len("Fading end: ")+20]) {
			t.Errorf("%s: the Cover says of %s %q, want it to say what %q means", tt.name, SheetChartData, what, "Fading: at most")
		}
		if tables, _ := f.GetTables(SheetChartData); len(tables) != 0 {
			t.Errorf("%s: %d tables on Chart data, want none", tt.name, len(tables))
		}
		if !tt.derived {
			continue
		}
		// The Derived sheet holds its table and nothing beside it.
		rows, _ := f.GetRows(SheetDerived)
		if len(rows) != len(c.Derived)+1 {
			t.Errorf("%s: Derived has %d rows, want %d (header and derived figures)", tt.name, len(rows), len(c.Derived)+1)
		}
		for r, row := range rows {
			if len(row) > len(derivedHeader) {
				t.Errorf("%s: Derived row %d has %d cells, want at most %d: %q", tt.name, r+1, len(row), len(derivedHeader), row[len(derivedHeader):])
			}
		}
	}
}

// TestChartDataColumns: the chart data leaves out the columns that are
// empty for every row, and no column of signed values is called "As
// stated": a fall the document states as "1.0%" is -1.0 there, and the
// document's characters are the Indicators sheet's.
func TestChartDataColumns(t *testing.T) {
	tests := []struct {
		name  string
		views []string // of outlookCatalog
		want  []string
	}{
		{"figures as stated", []string{"gains"}, []string{"Chart view", "Bar", "Value", "Period"}}, // "$47" says USD
		{"a hedge and a target", []string{"funding"}, []string{"Chart view", "Bar", "Fading: at most", "Hatched: not reported", "Period"}},
		{"every kind", []string{"brent", "facts"}, []string{"Chart view", "Bar", "Value", "Fading: at most", "Dashed: beyond", "Hatched: not reported", "Period"}},
	}
	for _, tt := range tests {
		c := outlookCatalog(t)
		var views []indicators.ChartView
		for _, v := range c.Views {
			if slices.Contains(tt.views, v.ID) {
				views = append(views, v)
			}
		}
		c.Views = views
		book, _ := writeParts(t, c)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows(SheetChartData)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if got := rows[0]; !slices.Equal(got, tt.want) {
			t.Errorf("%s: chart data header %q, want %q", tt.name, got, tt.want)
		}
	}
}
