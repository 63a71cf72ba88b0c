package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// manySources is a catalog of n sources with long titles, each with the
// figures of stated (negative, ranges, hedges, long words), and a view
// that mixes a range with a hedged figure.
func manySources(t testing.TB, n int, stated ...string) *indicators.Catalog {
	t.Helper()
	c := &indicators.Catalog{}
	for i := range n {
		id := fmt.Sprintf("source-%d", i)
		issued, _ := indicators.ParseDate(fmt.Sprintf("20%02d-0%d-1%d", 10+i%15, 1+i%9, i%10))
		c.Sources = append(c.Sources, indicators.Source{
			ID: id, Issued: issued, Publisher: fmt.Sprintf("Office number %d of a Department with a Long Name", i),
			Title: fmt.Sprintf("FACT SHEET %d: A Fact Sheet Whose Title Runs On and On, as Fact Sheets of Governments Do, to Name Everything It Announces", i),
			URL:   fmt.Sprintf("https://example.gov/briefing-room/statements-releases/2021/04/22/fact-sheet-%d-a-fact-sheet-whose-title-runs-on", i),
		})
		for k, s := range stated {
			q, u, err := indicators.ParseStated(s)
			if err != nil {
				t.Fatalf("ParseStated(%q): %v", s, err)
			}
			c.Indicators = append(c.Indicators, indicators.Indicator{
				ID: fmt.Sprintf("figure-%d-%d", i, k), Title: "A figure of " + id + " that is named at length, as titles are", Stated: s,
				Quantity: q, Unit: u, Provenance: []indicators.Provenance{{Source: id, Quote: "The document says " + s + " in a sentence of some length."}},
			})
		}
	}
	return c
}

// book writes c and returns the book and its parts by name.
func writeParts(t *testing.T, c *indicators.Catalog) ([]byte, map[string]string) {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, c, nil); err != nil {
		t.Fatalf("Write: %v", err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, zf := range zr.File {
		rc, _ := zf.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		parts[zf.Name] = string(b)
	}
	return buf.Bytes(), parts
}

// TestPrintSetup: every sheet prints landscape, one page wide (a table as
// many as it needs at 75% or more, its header row and first column on
// every page; the Indicators sheet one, its header row on every page) and
// as many tall as it takes; the Indicators sheet hides the columns no row
// fills (the columns are the contract and stay), collapses the technical
// ones into an outline group (onPaper) and prints the others, and the
// Sources sheet has no column of an optional field no source gives.
func TestPrintSetup(t *testing.T) {
	q, u, err := indicators.ParseStated("5 countries")
	if err != nil {
		t.Fatal(err)
	}
	narrow := &indicators.Catalog{
		Sources:    []indicators.Source{{ID: "s", Title: "T"}},
		Indicators: []indicators.Indicator{{ID: "a", Title: "A", Stated: "5 countries", Quantity: q, Unit: u}},
	}
	for _, tc := range []struct {
		name    string
		c       *indicators.Catalog
		wide    map[string]string // sheet → fitToWidth; "1" when not named
		titles  map[string]string
		hidden  string // the Indicators sheet's hidden columns
		sources []string
	}{
		{"wide", manySources(t, 3, "$1.5 billion", "-$11.0 billion"),
			// The printed columns on one page wide (s17j-forestry: three
			// bands, a row's status two pages from its value); the
			// Sources table gives up title width to fit one page.
			nil,
			map[string]string{SheetIndicators: "Indicators!$1:$1", SheetChartData: "'Chart data'!$1:$1", SheetSources: "Sources!$1:$1"},
			// A book of three sources prints each row's Source.
			"Low High Margin Notes Entities Counterpart Measure Qualifier Direction Scale MarginKind Section Start End Against",
			[]string{"ID", "Publisher", "Title", "Date published", "URL", "SHA-256"}},
		// The narrowest Indicators table, as wide as its headers less
		// the empty and technical columns, prints on one page wide.
		{"narrow", narrow,
			nil,
			map[string]string{SheetIndicators: "Indicators!$1:$1", SheetChartData: "'Chart data'!$1:$1", SheetSources: "Sources!$1:$1"},
			"Low High Margin Notes Entities Counterpart Measure Qualifier Direction Scale MarginKind Section Start End Source Against",
			[]string{"ID", "Title", "SHA-256"}},
	} {
		book, parts := writeParts(t, tc.c)
		for i, sheet := range []string{SheetCover, SheetIndicators, SheetChartData, SheetSources, SheetCharts} {
			xml := parts[fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1)]
			wide := tc.wide[sheet]
			if wide == "" {
				wide = "1"
			}
			want := []string{`<pageSetUpPr fitToPage="true">`, `fitToWidth="` + wide + `"`, `fitToHeight="0"`, `orientation="landscape"`, `<pageMargins left="0.4" right="0.4"`, `<oddFooter>`}
			if wide != "1" {
				want = append(want, `pageOrder="overThenDown"`)
			}
			if sheet == SheetIndicators {
				// The outline bar of the technical columns, which
				// excelize's stream writer leaves out.
				want = append(want, `<sheetFormatPr outlineLevelCol="1"`)
				for i := range Header {
					if !onPaper(i) {
						want = append(want, fmt.Sprintf(`<col min="%d" max="%d"`, i+1, i+1))
					}
				}
			}
			for _, w := range want {
				if !strings.Contains(xml, w) {
					t.Errorf("%s: sheet %s: no %s in its XML", tc.name, sheet, w)
				}
			}
		}
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		titles := map[string]string{}
		area := ""
		for _, dn := range f.GetDefinedName() {
			switch {
			case dn.Name == "_xlnm.Print_Titles":
				titles[dn.Scope] = dn.RefersTo
			case dn.Name == "_xlnm.Print_Area" && dn.Scope == SheetIndicators:
				area = dn.RefersTo
			}
		}
		// The Indicators sheet prints every column, ID to Against, and
		// every row: the place, measure and status were once on screen
		// only (s15-births, s15-deaths).
		if want := fmt.Sprintf("Indicators!$A$1:$%s$%d", colLetter("Against"), len(tc.c.Indicators)+1); area != want {
			t.Errorf("%s: print area of Indicators = %q, want %q", tc.name, area, want)
		}
		for sheet, want := range tc.titles {
			if got := titles[sheet]; got != want {
				t.Errorf("%s: print titles of %s = %q, want %q", tc.name, sheet, got, want)
			}
		}
		var hidden []string
		for i, h := range Header {
			col, _ := excelize.ColumnNumberToName(i + 1)
			if v, _ := f.GetColVisible(SheetIndicators, col); !v {
				hidden = append(hidden, h)
			}
		}
		if got := strings.Join(hidden, " "); got != tc.hidden {
			t.Errorf("%s: hidden Indicators columns = %q, want %q", tc.name, got, tc.hidden)
		}
		rows, _ := f.GetRows(SheetSources)
		if len(rows) == 0 || !slices.Equal(rows[0], tc.sources) {
			t.Errorf("%s: Sources header = %q, want %q", tc.name, rows[0], tc.sources)
		}
		f.Close()
	}
}

// TestPagesWide checks how many pages wide a table prints at 75% or more:
// a page of landscape Letter holds 13.6 inches of columns at 75% (10.2
// inches of paper), 12.4 with LibreOffice's wider columns allowed for,
// whole columns only, and
// the repeated columns again on every page after the first. A column of 20
// characters is 145 pixels, 1.51 inches: eight fit a page.
func TestPagesWide(t *testing.T) {
	for _, tc := range []struct {
		name   string
		w      []float64
		repeat []float64
		want   int
	}{
		{"no columns", nil, nil, 1},
		{"one narrow column", []float64{10}, nil, 1},
		{"19 columns of 6", slices.Repeat([]float64{6}, 19), []float64{6}, 1},             // 9.3 in
		{"just fits", slices.Repeat([]float64{20}, 8), nil, 1},                            // 12.1 in
		{"just over", slices.Repeat([]float64{20}, 9), nil, 2},                            // 13.6 in
		{"repeat on the second page", slices.Repeat([]float64{20}, 15), []float64{20}, 2}, // 8, then 1 + 7
		{"repeat makes a third page", slices.Repeat([]float64{20}, 16), []float64{20}, 3}, // 8, 1 + 7, 1 + 1
		{"no repeat", slices.Repeat([]float64{20}, 16), nil, 2},                           // 8 and 8
		{"whole columns only", slices.Repeat([]float64{70}, 5), nil, 3},                   // 5.2 in each: 25.8 in would fill two pages, but two columns fit a page
		{"repeat too wide to repeat", []float64{100, 60, 60, 60}, []float64{100}, 2},      // 7.3 + 4.4, then 4.4 + 4.4
	} {
		if got := pagesWide(tc.w, tc.repeat); got != tc.want {
			t.Errorf("%s: pagesWide(%v, %v) = %d, want %d", tc.name, tc.w, tc.repeat, got, tc.want)
		}
	}
}

// TestLegendHasNoHelper checks that no chart's legend names the invisible
// segment a range stands on, and that a chart with one kind of bar has no
// legend at all.
func TestLegendHasNoHelper(t *testing.T) {
	c := manySources(t, 1, "26 to 28 percent", "nearly 30 percent", "12 percent")
	c.Views = []indicators.ChartView{
		{ID: "mixed", Title: "A range and a hedged figure", Kind: indicators.Bars, Indicators: []string{"figure-0-0", "figure-0-1", "figure-0-2"}},
		{ID: "range", Title: "A range alone", Kind: indicators.RangeChart, Indicators: []string{"figure-0-0"}},
		{ID: "plain", Title: "A figure", Kind: indicators.Bars, Indicators: []string{"figure-0-2"}},
	}
	_, parts := writeParts(t, c)
	ser := regexp.MustCompile(`(?s)<ser><idx val="(\d+)">.*?</ser>`)
	for i, view := range c.Views {
		xml := parts[chartPart(i)]
		if xml == "" {
			t.Fatalf("view %s: no part %s", view.ID, chartPart(i))
		}
		legend := regexp.MustCompile(`<legend>.*?</legend>`).FindString(xml)
		var visible []string
		for _, m := range ser.FindAllStringSubmatch(xml, -1) {
			if strings.Contains(m[0], "noFill") {
				// Blank, not deleted: a legendEntry's index is one series
				// to Excel and another to LibreOffice; a space, as
				// LibreOffice names a series of no name by its first
				// value ("26%").
				if legend != "" && !strings.Contains(m[0], `<tx><v> </v></tx>`) {
					t.Errorf("view %s: the legend shows the invisible series %s: %s", view.ID, m[1], legend)
				}
				continue
			}
			visible = append(visible, m[1])
		}
		if wantLegend := len(visible) > 1; (legend != "") != wantLegend {
			t.Errorf("view %s: legend %q with visible series %v, want a legend: %v", view.ID, legend, visible, wantLegend)
		}
		if strings.Contains(xml, `<varyColors val="1">`) {
			t.Errorf("view %s: bars vary in colour, so the legend's colours would not be the bars'", view.ID)
		}
	}
}

// TestColumnWidths checks that the Indicators columns are as wide as their
// content: a value column shows its widest number as its format renders
// it, so that no cell shows "###", and long text wraps in a row made high
// enough for it.
func TestColumnWidths(t *testing.T) {
	wide := manySources(t, 1, "over 12.7 million connections", "-$1,234.5 billion", "nearly 4,000 MW",
		"between 300 and 450 million people of the developing world who now have power")
	narrow := manySources(t, 1, "5 MW")
	width := func(c *indicators.Catalog, col string) float64 {
		book, _ := writeParts(t, c)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		w, err := f.GetColWidth(SheetIndicators, col)
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	for _, tt := range []struct {
		col   string
		value string // the widest the column shows
	}{
		{colLetter("Value"), "12.7 million connections"},
		{colLetter("Value"), "-$1,234.5 billion"},
		{colLetter("High"), "450 million people"}, // the unit is the head noun; the phrase is in Stated
	} {
		if got, need := width(wide, tt.col), textWidth(tt.value, false)+1; got < need {
			t.Errorf("column %s is %v wide, want at least %v for %q", tt.col, got, need, tt.value)
		}
	}
	if w, n := width(wide, colLetter("Value")), width(narrow, colLetter("Value")); n >= w {
		t.Errorf("Value column: %v wide for a catalog of 5 MW, %v for wide figures: want it narrower", n, w)
	}
	// The stated text of the range wraps in its column; the row is high
	// enough for its lines.
	book, _ := writeParts(t, wide)
	f, _ := excelize.OpenReader(bytes.NewReader(book))
	stated := columnIndex("Stated")
	g, _ := f.GetColWidth(SheetIndicators, colLetter("Stated"))
	if g > mostWidths[stated] {
		t.Errorf("Stated column %v wide, want at most %v (long text wraps)", g, mostWidths[stated])
	}
	h, _ := f.GetRowHeight(SheetIndicators, 5)
	want := float64(lines(wide.Indicators[3].Stated, g, false) * lineHeight)
	if h < want || want <= lineHeight {
		t.Errorf("row 5 is %v high, want %v for the wrapped stated text", h, want)
	}
}

// TestCoverNamesEverySource checks that the Cover names each source of a
// catalog, however many, and says its counts in words that agree.
func TestCoverNamesEverySource(t *testing.T) {
	for _, n := range []int{1, 2, 12} {
		c := manySources(t, n, "$1.5 billion")
		book, _ := writeParts(t, c)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := f.GetRows(SheetCover)
		var text []string
		for _, r := range rows {
			text = append(text, strings.Join(r, " | "))
		}
		cover := strings.Join(text, "\n")
		links := map[string]bool{}
		for r := range rows {
			if ok, target, _ := f.GetCellHyperLink(SheetCover, fmt.Sprintf("B%d", r+1)); ok {
				links[target] = true
			}
		}
		for _, s := range c.Sources {
			for _, want := range []string{s.Title, s.Publisher, shortURL(s.URL, coverWidthB), s.Issued.Long()} {
				if !strings.Contains(cover, want) {
					t.Errorf("%d sources: the Cover does not show %q", n, want)
				}
			}
			if !links[s.URL] {
				t.Errorf("%d sources: no link on the Cover goes to %q", n, s.URL)
			}
		}
		if strings.Contains(cover, "more on the Sources sheet") {
			t.Errorf("%d sources: the Cover sends the reader to the Sources sheet for some", n)
		}
	}
}

// TestCoverWords checks the counts on the Cover agree in number.
func TestCoverWords(t *testing.T) {
	tests := []struct {
		derived int
		want    string
	}{
		{0, "1 numeric claim of the document, typed and traced to its text, with no derived figures and no charts."},
		{1, "2 numeric claims of the document, typed and traced to its text, with 1 derived figure and no charts."},
		{2, "2 numeric claims of the document, typed and traced to its text, with 2 derived figures and no charts."},
	}
	for _, tt := range tests {
		c := manySources(t, 1, "$1.5 billion")
		if tt.derived > 0 {
			c = manySources(t, 1, "$1.5 billion", "$3 billion")
		}
		for k := range tt.derived {
			c.Derived = append(c.Derived, indicators.Derived{ID: fmt.Sprintf("d%d", k), Title: "A ratio", Op: indicators.Ratio, Inputs: []string{"figure-0-1", "figure-0-0"}})
		}
		book, _ := writeParts(t, c)
		f, _ := excelize.OpenReader(bytes.NewReader(book))
		got, _ := f.GetCellValue(SheetCover, "A2")
		if !strings.Contains(got, tt.want) {
			t.Errorf("%d derived: Cover!A2 = %q, want it to say %q", tt.derived, got, tt.want)
		}
	}
}

// TestCoverHeadlineRows checks that a headline figure which fits column A
// on one line gets a row of one line: the column is sized with the slack
// lines counts with. "approximately 650,000 U.S. workers" once got a row
// of two lines, which printed as a blank line under it.
func TestCoverHeadlineRows(t *testing.T) {
	for _, stated := range []string{"approximately 650,000 U.S. workers", "over seven million Kenyans", "$290 billion"} {
		c := manySources(t, 1, stated)
		c.Indicators[0].Title = "A short title"
		book, _ := writeParts(t, c)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		cell := cellOf(t, f, SheetCover, stated)
		_, row, _ := excelize.CellNameToCoordinates(cell)
		if h, _ := f.GetRowHeight(SheetCover, row); h > lineHeight {
			t.Errorf("Cover row of %q is %v high, want one line (%d)", stated, h, lineHeight)
		}
	}
}

// TestTextBesideNumbers checks that a text cell right of a right-aligned
// number is indented, on the Indicators and Derived sheets as on the
// Series sheet: "28%percent" and "10 timestimes" printed run together.
func TestTextBesideNumbers(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(defaultBook(t)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, cell := range []struct{ sheet, cell string }{
		{SheetIndicators, colLetter("Unit") + "2"},
		{SheetIndicators, colLetter("Source") + "2"},
		{SheetDerived, colNames[derCol.unit-1:derCol.unit] + "2"},
	} {
		id, _ := f.GetCellStyle(cell.sheet, cell.cell)
		st, err := f.GetStyle(id)
		if err != nil || st.Alignment == nil || st.Alignment.Indent != 1 {
			t.Errorf("%s!%s: alignment %+v, want an indent of 1", cell.sheet, cell.cell, st.Alignment)
		}
	}
}

// TestIndicatorsOnePageWide: on the kinds' catalogs the Indicators sheet
// prints one page wide, no bands across pages, its place and status on
// the page and its technical columns collapsed in an outline group
// (s17j-forestry printed a row's value, notes and status on three pages).
func TestIndicatorsOnePageWide(t *testing.T) {
	for _, kind := range []string{"forestry", "ports", "benefits"} {
		c, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", kind, "catalog.yaml"))
		if err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		book, parts := writeParts(t, c)
		xml := parts["xl/worksheets/sheet2.xml"]
		for _, w := range []string{`fitToWidth="1"`, `<sheetFormatPr outlineLevelCol="1"`} {
			if !strings.Contains(xml, w) {
				t.Errorf("%s: Indicators sheet: no %s in its XML", kind, w)
			}
		}
		if strings.Contains(xml, "pageOrder") {
			t.Errorf("%s: Indicators sheet prints in bands (pageOrder)", kind)
		}
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			col     string
			visible bool
			level   uint8
		}{{"Title", true, 0}, {"Quote", true, 0}, {"Entities", true, 0}, {"Status", true, 0}, {"Measure", false, 1}, {"Qualifier", false, 1}, {"Source", false, 1}} {
			col := colLetter(tc.col)
			v, _ := f.GetColVisible(SheetIndicators, col)
			l, _ := f.GetColOutlineLevel(SheetIndicators, col)
			if v != tc.visible || l != tc.level {
				t.Errorf("%s: column %s (%s) visible %v, outline level %d; want %v, %d", kind, col, tc.col, v, l, tc.visible, tc.level)
			}
		}
		f.Close()
	}
}
