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

// TestChartDataBlock: the chart data has its own header in row 1 — the
// row every printed page repeats — right of the derived table, or from
// column A with no table when there are no derived figures; no chart data
// row sits under the table's header.
func TestChartDataBlock(t *testing.T) {
	noDerived := usjapan2015.Catalog()
	noDerived.Derived = nil
	tests := []struct {
		name      string
		derived   bool
		sheet     string // the sheet after Indicators, which holds the chart data
		viewCell  string // where "Chart view" heads the chart data
		wantTable int
		what      string // how the Cover's Contents starts to describe the sheet
	}{
		{"with derived figures", true, SheetDerived, "O1", 1, "Figures computed from others, as live formulas over the defined names; beside them, the data the native charts draw"},
		{"without derived figures", false, SheetChartData, "A1", 0, "The data the native charts draw, one row per bar (this catalog has no figures computed from others)"},
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
		if got := f.GetSheetList()[2]; got != tt.sheet {
			t.Errorf("%s: third sheet %q, want %q", tt.name, got, tt.sheet)
		}
		if got, _ := f.GetCellValue(tt.sheet, tt.viewCell); got != "Chart view" {
			t.Errorf("%s: %s!%s = %q, want %q", tt.name, tt.sheet, tt.viewCell, got, "Chart view")
		}
		cover, _ := f.GetRows(SheetCover)
		what := ""
		for _, r := range cover {
			if len(r) > 1 && r[0] == tt.sheet {
				what = r[1]
			}
		}
		if !strings.HasPrefix(what, tt.what) {
			t.Errorf("%s: the Cover says of %s %q, want it to start %q", tt.name, tt.sheet, what, tt.what)
		}
		// Short headers: the header row is at most two lines tall; the
		// legend sentences are said once, on the Cover.
		if h, _ := f.GetRowHeight(tt.sheet, 1); h > 2*lineHeight {
			t.Errorf("%s: %s header row %.0f points tall, want at most %d (two lines)", tt.name, tt.sheet, h, 2*lineHeight)
		}
		if !strings.Contains(what, atMostSeries[len("Fading end: "):len("Fading end: ")+20]) {
			t.Errorf("%s: the Cover says of %s %q, want it to say what %q means", tt.name, tt.sheet, what, "Fading: at most")
		}
		tables, err := f.GetTables(tt.sheet)
		if err != nil {
			t.Fatal(err)
		}
		if len(tables) != tt.wantTable {
			t.Errorf("%s: %d tables on Derived, want %d", tt.name, len(tables), tt.wantTable)
		}
		if tt.derived {
			// Below the table, column A holds nothing: no chart data
			// under the header "ID".
			last := len(c.Derived) + 1
			rows, _ := f.GetRows(tt.sheet)
			for r := last; r < len(rows); r++ {
				if len(rows[r]) > 0 && rows[r][0] != "" {
					t.Errorf("%s: Derived!A%d = %q under the table, want empty", tt.name, r+1, rows[r][0])
				}
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
		{"figures as stated", []string{"gains"}, []string{"Chart view", "Bar", "Value"}},
		{"a hedge and a target", []string{"funding"}, []string{"Chart view", "Bar", "Fading: at most", "Hatched: not reported"}},
		{"every kind", []string{"brent", "facts"}, []string{"Chart view", "Bar", "Value", "Fading: at most", "Dashed: beyond", "Hatched: not reported"}},
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
