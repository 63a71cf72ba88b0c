package xlsx

import (
	"bytes"
	"html"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// withViews returns conflictCatalog with the views named: "series" (a
// series view of trade), "bars" (a range and a hedged figure as bars).
func withViews(t *testing.T, names ...string) *indicators.Catalog {
	t.Helper()
	c := conflictCatalog(t)
	for _, n := range names {
		switch n {
		case "series":
			c.Views = append(c.Views, indicators.ChartView{ID: "trade-over-time", Title: "Trade over time", Kind: indicators.SeriesKind, Series: []string{"trade"}})
		case "bars":
			c.Views = append(c.Views, indicators.ChartView{ID: "latest", Title: "Latest figures", Kind: indicators.Bars, Indicators: []string{"s2014", "t2014"}})
		default:
			t.Fatalf("no view %q", n)
		}
	}
	return c
}

// TestSeriesViewsCounted: a series view is a chart of the book like any
// other: the Cover counts it, the Charts sheet draws it, never "no chart
// views" when there are some.
func TestSeriesViewsCounted(t *testing.T) {
	tests := []struct {
		views  []string
		cover  string // in the Cover's introduction
		intro  string // in the Charts sheet's A2
		charts []string
	}{
		{nil, "no charts", "The catalog has no chart views.", nil},
		{[]string{"series"}, "and 1 chart.", "Year and Value columns of the Series sheet", []string{"trade-over-time"}},
		{[]string{"bars", "series"}, "and 2 charts.", "A series view is a scatter chart over the Year and Value columns of the Series sheet", []string{"latest", "trade-over-time"}},
	}
	for _, tt := range tests {
		book, parts := writeParts(t, withViews(t, tt.views...))
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		cover, _ := f.GetCellValue(SheetCover, "A2")
		if !strings.Contains(cover, tt.cover) {
			t.Errorf("views %v: Cover A2 = %q, want it to contain %q", tt.views, cover, tt.cover)
		}
		intro, _ := f.GetCellValue(SheetCharts, "A2")
		if !strings.Contains(intro, tt.intro) {
			t.Errorf("views %v: Charts A2 = %q, want it to contain %q", tt.views, intro, tt.intro)
		}
		f.Close()
		// The charts of the Charts sheet are named by their view. Its
		// drawing is the second: the Series sheet's chart is added first.
		drawing := parts["xl/drawings/drawing2.xml"]
		var got []string
		for _, m := range regexp.MustCompile(`name="([^"]+)"`).FindAllStringSubmatch(drawing, -1) {
			if m[1] != "" && !strings.HasSuffix(m[1], ".png") {
				got = append(got, m[1])
			}
		}
		if !slices.Equal(got, tt.charts) {
			t.Errorf("views %v: charts on the Charts sheet = %q, want %q", tt.views, got, tt.charts)
		}
	}
}

// TestLegendEntryOnItsChart: the blank legend name of a floating bar's
// invisible segment goes into the bar chart's part, also when the Series
// sheet's chart was added first.
func TestLegendEntryOnItsChart(t *testing.T) {
	_, parts := writeParts(t, withViews(t, "bars", "series"))
	for name, xml := range parts {
		if !strings.HasPrefix(name, "xl/charts/chart") {
			continue
		}
		bar := strings.Contains(xml, "<barChart>")
		hidden := strings.Contains(xml, "<tx><v> </v></tx>")
		if bar != hidden {
			t.Errorf("%s: bar chart %v, blank legend name %v; want the blank name on the bar chart only", name, bar, hidden)
		}
	}
}

// TestSeriesSheetAlignment: no right-aligned number runs into a
// left-aligned text beside it ("2011$125 billion"): the text is indented,
// or the number centred.
func TestSeriesSheetAlignment(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(seriesBook(t)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tests := []struct {
		number, text string // cells side by side
	}{
		{"D2", "E2"}, // Year, Stated
		{"J6", "K6"}, // High, Unit
	}
	for _, tt := range tests {
		style := func(cell string) *excelize.Style {
			id, _ := f.GetCellStyle(SheetSeries, cell)
			st, err := f.GetStyle(id)
			if err != nil {
				t.Fatal(err)
			}
			return st
		}
		num, txt := style(tt.number), style(tt.text)
		centred := num.Alignment != nil && num.Alignment.Horizontal == "center"
		indented := txt.Alignment != nil && txt.Alignment.Indent > 0
		if !centred && !indented {
			t.Errorf("%s (a number) runs into %s (text): neither centred nor indented", tt.number, tt.text)
		}
	}
}

// TestSeriesChartAxes: the Series sheet's scatter chart starts its value
// axis at zero, as the slide does; draws no line (points of one period
// from two sources are not consecutive); and leaves blank the year where
// the axes cross, with the years padded, so no label touches the axis.
func TestSeriesChartAxes(t *testing.T) {
	_, parts := writeParts(t, conflictCatalog(t))
	xml := parts["xl/charts/chart1.xml"]
	for _, want := range []string{
		`<axPos val="b"></axPos>`,                              // the years, 2012 to 2014, padded by one
		`<max val="2015.499"></max><min val="2011.499"></min>`, // each year's label at its middle

		`<min val="0"></min></scaling><delete val="0"></delete><axPos val="l"></axPos>`, // the value axis
		`formatCode="[&lt;=2011.499]&#34;&#34;;[&gt;=2015.499]&#34;&#34;;0"`,
	} {
		if !strings.Contains(xml, want) {
			t.Errorf("the Series chart lacks %s:\n%s", want, xml)
		}
	}
	if !regexp.MustCompile(`<ser>.*?<spPr><a:ln[^>]*><a:noFill>`).MatchString(xml) {
		t.Errorf("the Series chart joins its points with a line")
	}
}

// TestSeriesHeaderShared: the Series sheet's columns that series.csv also
// has are named as it names them.
func TestSeriesHeaderShared(t *testing.T) {
	for _, col := range []int{srIndicator, srStatus, srPeriod, srStated, srQualifier, srValue, srLow, srHigh, srUnit, srSource, srQuote} {
		if name := SeriesHeader[col-1]; !slices.Contains(indicators.SeriesCSVHeader, name) {
			t.Errorf("Series sheet column %q is not a column of series.csv %q", name, indicators.SeriesCSVHeader)
		}
	}
}

// TestSeriesViewCaption checks that the Charts sheet's caption of a
// series view names its source, as a bars view's does: it read
// "trade-over-time ·" with nothing after it.
func TestSeriesViewCaption(t *testing.T) {
	book, _ := writeParts(t, withViews(t, "series"))
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows(SheetCharts)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range rows {
		if len(r) > 0 && strings.HasPrefix(r[0], "trade-over-time") {
			found = true
			if !strings.HasPrefix(r[0], "trade-over-time · Sources: ") {
				t.Errorf("caption of the series view = %q, want \"trade-over-time · Sources: …\"", r[0])
			}
		}
	}
	if !found {
		t.Errorf("the Charts sheet has no caption of the series view")
	}
}

// TestSeriesChartReads: the Series chart labels every year, says the unit
// once on the value axis rather than on every tick ("25,000
// infections"), and joins a series' points with a line only where its
// periods are consecutive, one point a period: two points of one period
// from different sources are not consecutive, nor are 2012 and 2014 (a
// line across a missing year drew a trend the document never stated,
// s16g-fire's 2013 to 2018), and stay unjoined.
func TestSeriesChartReads(t *testing.T) {
	tests := []struct {
		name     string
		oneEach  bool // drop the second and third claims of 2012
		next     bool // the claim of 2014 is of 2013
		wantLine bool
	}{
		{"2012 and 2013, one point a period", true, true, true},
		{"2012 and 2014, a year missing", true, false, false},
		{"three claims of 2012", false, true, false},
	}
	for _, tt := range tests {
		c := conflictCatalog(t)
		for i := range c.Indicators {
			if id := c.Indicators[i].ID; tt.oneEach && (id == "t2012b" || id == "t2012c") {
				c.Indicators[i].Series = ""
			}
			if c.Indicators[i].ID == "t2014" && tt.next {
				c.Indicators[i].Period = indicators.YearPeriod(2013)
			}
		}
		_, parts := writeParts(t, c)
		xml := parts["xl/charts/chart1.xml"]
		axes := regexp.MustCompile(`(?s)<valAx>.*?</valAx>`).FindAllString(xml, -1)
		if len(axes) != 2 {
			t.Fatalf("%s: %d value axes, want 2", tt.name, len(axes))
		}
		if got, want := regexp.MustCompile(`<majorUnit val="([^"]*)">`).FindStringSubmatch(axes[0]), "1"; got == nil || got[1] != want {
			t.Errorf("%s: the year axis's major unit = %q, want %q", tt.name, got, want)
		}
		fmtCode := regexp.MustCompile(`<numFmt formatCode="([^"]*)"`).FindStringSubmatch(axes[1])
		if got, want := html.UnescapeString(fmtCode[1]), `"$"#,##0,,,;"−""$"#,##0,,,`; got != want {
			t.Errorf("%s: the value axis's format = %q, want %q", tt.name, got, want)
		}
		title := ""
		title += drawingText(axes[1])
		if got, want := title, "$ billion"; got != want {
			t.Errorf("%s: the value axis's title = %q, want %q", tt.name, got, want)
		}
		ser := regexp.MustCompile(`(?s)<ser>.*?</ser>`).FindString(xml)
		if got := !regexp.MustCompile(`<spPr><a:ln[^>]*><a:noFill>`).MatchString(ser); got != tt.wantLine {
			t.Errorf("%s: the first series joined by a line = %v, want %v", tt.name, got, tt.wantLine)
		}
	}
}

// TestSeriesViewSubtitle: the native chart of a series view says under
// its title what the slide's subtitle says (wording.SeriesSubtitle): the
// unit, what the points are and their years, and that several sources
// state them; its value axis has no title to say the unit twice
// (s14-hospitals: "Millions of attendances" twice).
func TestSeriesViewSubtitle(t *testing.T) {
	_, parts := writeParts(t, withViews(t, "series"))
	found := false
	for name, xml := range parts {
		if !strings.HasPrefix(name, "xl/charts/chart") || !strings.Contains(xml, "<a:t>Trade over time</a:t>") {
			continue
		}
		found = true
		axes := regexp.MustCompile(`(?s)<valAx>.*?</valAx>`).FindAllString(xml, -1)
		title := ""
		title += drawingText(axes[len(axes)-1])
		if want := ""; title != want {
			t.Errorf("%s: the value axis's title = %q, want %q (the subtitle names the unit)", name, title, want)
		}
		// Two years of points, 2012 and 2014, joined by "and": "2012 to
		// 2014" said there were figures for 2013 (SeriesSubtitle). A run
		// of its own, as a bar chart's subtitle is (titleOf), with no line
		// break before it: LibreOffice drew a blank line (s17i-vehicles).
		if sub := "US$ billion; annual totals, 2012 and 2014, as each source states it"; !strings.Contains(xml, "<a:t>"+sub+"</a:t>") {
			t.Errorf("%s: no line %q under the chart's title", name, sub)
		}
	}
	if !found {
		t.Fatal("no native chart of the series view")
	}
}
