package xlsx

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// printCatalog is a catalog of n indicators whose cells are as long as
// given: its IDs, sections and quotes, the rest short.
func printCatalog(t *testing.T, n int, id, section, quote string) *indicators.Catalog {
	t.Helper()
	q, u, err := indicators.ParseStated("21,400 infections")
	if err != nil {
		t.Fatal(err)
	}
	c := &indicators.Catalog{Sources: []indicators.Source{{ID: "facts", Title: "Fast facts"}}}
	for i := range n {
		var sec []string
		if section != "" {
			sec = strings.Split(section, " > ")
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{
			ID: fmt.Sprintf("%s-%d", id, i), Title: "Estimated infections among gay and bisexual men", Entities: []string{"US"},
			Stated: "21,400 infections", Quantity: q, Unit: u,
			Provenance: []indicators.Provenance{{Source: "facts", Section: sec, Quote: quote, Span: indicators.Span{Start: -1, End: -1}}},
		})
	}
	return c
}

// TestBalanceWidths: the wrapping Indicators columns are as wide as the
// printed page can give them: a long section, which made every row five
// lines tall in a column of 26, gets the width to be read in fewer lines;
// a long ID breaks after its hyphens in a column of at most 26, in four
// lines where three would print the page, its place and status on it,
// below 75%; no row is taller than its tallest cell.
func TestBalanceWidths(t *testing.T) {
	long := "Fast facts > HIV incidence > HIV infections among gay, bisexual, and other men who reported male-to-male sexual contact"
	for _, tc := range []struct {
		name      string
		c         *indicators.Catalog
		col       string
		least     float64 // the column at least this wide
		most      float64 // and at most this wide
		rowLines  int     // each row at most this many lines
		shortText bool
	}{
		{"long section", printCatalog(t, 16, "msm-infections", long, "followed by 23,300 in 2019"), "Section", 27, 60, 3, false},
		{"long ID", printCatalog(t, 16, "men-heterosexual-infections-share", "", "23,200 in 2020"), "ID", 12, 26, 4, false},
	} {
		book, _ := writeParts(t, tc.c)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		col := colLetter(tc.col)
		if w, _ := f.GetColWidth(SheetIndicators, col); w < tc.least || w > tc.most {
			t.Errorf("%s: column %s (%s) is %v wide, want %v to %v", tc.name, col, tc.col, w, tc.least, tc.most)
		}
		for r := 2; r <= len(tc.c.Indicators)+1; r++ {
			h, _ := f.GetRowHeight(SheetIndicators, r)
			if h > float64(tc.rowLines*lineHeight) {
				t.Errorf("%s: row %d is %v points high, want at most %d lines (%d)", tc.name, r, h, tc.rowLines, tc.rowLines*lineHeight)
			}
		}
		f.Close()
	}
}

// TestBalanceCost: of two layouts, printed one page wide, the one at a
// readable scale is better, or else the one at the larger scale; then the
// one on fewer pages, then the one of fewer lines; costOf counts the
// pages its rows fill, whole rows on each, at the scale one page's width
// allows.
func TestBalanceCost(t *testing.T) {
	for _, tc := range []struct {
		a, b printCost
		want bool
	}{
		{printCost{false, 0.8, 3, 40}, printCost{true, 0.6, 2, 20}, true}, // readable first (s17j-forestry)
		{printCost{true, 0.6, 2, 20}, printCost{false, 0.8, 3, 40}, false},
		{printCost{true, 0.7, 4, 40}, printCost{true, 0.6, 2, 20}, true},
		{printCost{false, 0.8, 2, 40}, printCost{false, 1, 3, 20}, true},
		{printCost{false, 1, 2, 20}, printCost{false, 1, 2, 21}, true},
		{printCost{false, 1, 2, 20}, printCost{false, 1, 2, 20}, false},
	} {
		if got := tc.a.less(tc.b); got != tc.want {
			t.Errorf("%+v.less(%+v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	var w [nColumns]float64
	for i := range w {
		w[i] = 10
	}
	narrow := []int{0, 1, 2}
	all := make([]int, nColumns)
	for i := range all {
		all[i] = i
	}
	w[ixTitle] = 40 // 23 columns of 10 (0.83 in) and one of 40 (3.02 in): 22.1 in
	wide := printWidth / ((float64(nColumns-1)*columnInches(10) + columnInches(40)) * loColumnSlack)
	for _, tc := range []struct {
		name    string
		visible []int
		heights []int
		n       int
		want    printCost
	}{
		{"one short page", narrow, []int{1, 2, 3}, 3, printCost{false, 1, 1, 6}},
		// 34 rows of one line fill 532.8 - 20 points at 100%.
		{"one full page", narrow, rowsOf(34, 1), 34, printCost{false, 1, 1, 34}},
		{"a row more", narrow, rowsOf(35, 1), 35, printCost{false, 1, 2, 35}},
		{"rows are whole", narrow, []int{20, 20}, 2, printCost{false, 1, 2, 40}},
		{"the sample stands for all rows", narrow, []int{20, 20}, 4, printCost{false, 1, 4, 40}},
		// Too wide for one page at 75%: smaller, and more rows a page.
		{"too wide", all, rowsOf(60, 1), 60, printCost{true, wide, 1, 60}},
	} {
		if got := costOf(&w, tc.visible, tc.heights, tc.n); got != tc.want {
			t.Errorf("%s: costOf(…, %v, %d) = %+v, want %+v", tc.name, tc.heights, tc.n, got, tc.want)
		}
	}
	if wide >= minPrintScale {
		t.Errorf("the wide case prints at %v, want below %v", wide, minPrintScale)
	}
}

// rowsOf is n rows of h lines.
func rowsOf(n, h int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = h
	}
	return s
}

// TestIndicatorsPadding: every Indicators cell but the first column's is
// indented, header included, so that a column's text never runs into the
// text of the column to its left ("…previous quarter,EU"), and entities
// are written "BF; CM; TD" so that a line breaks between codes, never
// inside one.
func TestIndicatorsPadding(t *testing.T) {
	c := printCatalog(t, 2, "sahel-figure", "Fast facts", "a quote")
	c.Indicators[0].Entities = []string{"BF", "CM", "TD", "ML", "MR", "NE", "NG"}
	book, _ := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, want := cellValue(t, f, colLetter("Entities")+"2"), "BF; CM; TD; ML; MR; NE; NG"; got != want {
		t.Errorf("Indicators!%s2 = %q, want %q", colLetter("Entities"), got, want)
	}
	for _, row := range []int{1, 2} {
		for i, h := range Header {
			cell := fmt.Sprintf("%s%d", colNames[i:i+1], row)
			if v := cellValue(t, f, cell); v == "" {
				continue
			}
			id, _ := f.GetCellStyle(SheetIndicators, cell)
			st, _ := f.GetStyle(id)
			indent := 0
			if st != nil && st.Alignment != nil {
				indent = st.Alignment.Indent
			}
			want := 1
			if i == 0 {
				want = 0
			}
			if row > 1 && indicators.IndicatorColumns[i].Kind != indicators.TextColumn {
				continue // a number, right-aligned: its room is on its left
			}
			if row == 1 && (i == ixValue || h == "Low" || h == "High" || h == "Margin") {
				// The header of numbers is right-aligned as they are:
				// its room is on its left too.
				if st == nil || st.Alignment == nil || st.Alignment.Horizontal != "right" {
					t.Errorf("Indicators!%s (%s): header not right-aligned", cell, h)
				}
				continue
			}
			if indent != want {
				t.Errorf("Indicators!%s (%s): indent %d, want %d", cell, h, indent, want)
			}
		}
	}
}

// cellValue is the Indicators cell's value, or the test fails.
func cellValue(t *testing.T, f *excelize.File, cell string) string {
	t.Helper()
	v, err := f.GetCellValue(SheetIndicators, cell)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestTechnicalColumnsAddNoLines: the technical columns (not onPaper) do
// not print, so a cell of theirs makes no printed row taller than its
// printed cells: a section that wrapped to two lines in a column of 26
// widens its column instead, up to its most, and one that cannot fit
// there, in a collapsed column, grows no row either (s17j-forestry: rows
// tall with blank lines set by a column printed on another page).
func TestTechnicalColumnsAddNoLines(t *testing.T) {
	for _, tc := range []struct {
		name    string
		section string
		lines   int // the rows' height, in lines
	}{
		{"short section", "HIV incidence", 1},
		{"section of two lines at 26", "HIV incidence > Men who have sex with men", 1},
		{"section past the column's most", "Fast facts > HIV incidence > HIV infections among gay, bisexual, and other men who reported male-to-male sexual contact", 1},
	} {
		c := printCatalog(t, 4, "inf", tc.section, "21,400 infections")
		for i := range c.Indicators {
			c.Indicators[i].Title = "Infections"
		}
		book, _ := writeParts(t, c)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		for r := 2; r <= len(c.Indicators)+1; r++ {
			if h, _ := f.GetRowHeight(SheetIndicators, r); h != float64(tc.lines*lineHeight) {
				t.Errorf("%s: row %d is %v points high, want %d (%d lines)", tc.name, r, h, tc.lines*lineHeight, tc.lines)
			}
		}
		f.Close()
	}
}

// TestBaseColumnWhole: the Base column, balanced for print, holds a
// period label on one line as the Period column does: "Q3 2020" wrapped
// onto two lines in every row (s25u-legalaid).
func TestBaseColumnWhole(t *testing.T) {
	c := printCatalog(t, 16, "ro-mags", "Main Points", "representation orders granted fell by 16%")
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		ind.Measure, ind.Period, ind.Base = indicators.Change, indicators.QuarterPeriod(2021, 3), indicators.QuarterPeriod(2020, 3)
	}
	book, _ := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	period, _ := f.GetColWidth(SheetIndicators, colLetter("Period"))
	base, _ := f.GetColWidth(SheetIndicators, colLetter("Base"))
	if base < period {
		t.Errorf("Base column %.2f wide beside Period's %.2f, want at least as wide: both hold a label such as %q", base, period, "Q3 2020")
	}
}
