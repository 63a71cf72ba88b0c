package xlsx

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestSignedChartData checks the chart data of a view of changes that go
// both ways: a decrease is its defined name, which holds it below zero, a decreasing range
// an invisible base to minus its low end and then minus its length, so
// that spreadsheets stack both below zero; so is a view of decreases
// one of which is reported, as the slide draws it; a view of targets to
// cut alone draws them as stated.
func TestSignedChartData(t *testing.T) {
	mk := func(id, stated string, d indicators.Direction) indicators.Indicator {
		return indicatortest.Change(t, id, stated, d)
	}
	target := mk("target", "26 to 28 percent", indicators.Down)
	target.Status = indicators.Target
	pledge := mk("pledge", "15 percent", indicators.Down)
	pledge.Status = indicators.Pledge
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{
			mk("exports", "1 percent", indicators.Up), mk("imports", "15 percent", indicators.Down),
			target, pledge,
		},
		Views: []indicators.ChartView{
			{ID: "both", Kind: indicators.Bars, Indicators: []string{"exports", "imports", "target"}},
			{ID: "down", Kind: indicators.Bars, Indicators: []string{"imports", "target"}},
			{ID: "cuts", Kind: indicators.Bars, Indicators: []string{"pledge", "target"}},
		},
	}
	f := writtenBook(t, c)
	rows, err := f.GetRows(SheetChartData, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	type cellWant struct{ base, stated string }
	want := map[string][]cellWant{
		// A name holds a percent as a fraction and a fall below zero
		// (storedPercent, isFall), a fall's range with its larger drop
		// in _LOW (storedCells): the chart data hold the fractions too
		// (fractionView), and read a fall's name as it is, from its
		// smaller drop (_HIGH, -0.26).
		"both": {{"", "=EXPORTS"}, {"", "=IMPORTS"}, {"=TARGET_HIGH", "=TARGET_LOW-TARGET_HIGH"}},
		"down": {{"", "=IMPORTS"}, {"=TARGET_HIGH", "=TARGET_LOW-TARGET_HIGH"}},
		"cuts": {{"", "=(-PLEDGE)"}, {"=(-TARGET_HIGH)", "=(-TARGET_LOW)-(-TARGET_HIGH)"}},
	}
	got := map[string][]cellWant{}
	for i, r := range rows {
		if len(r) < cdStated || want[r[cdView-1]] == nil {
			continue
		}
		formula := func(col int) string {
			cell, _ := excelize.CoordinatesToCellName(col, i+1)
			fm, _ := f.GetCellFormula(SheetChartData, cell)
			if fm == "" {
				return ""
			}
			return "=" + fm
		}
		// The bar's length is in its one column: stated, or hatched for a
		// target or pledge (columns no bar uses are left out).
		stated := ""
		for col := cdStated; col <= cdCommit && stated == ""; col++ {
			stated = formula(col)
		}
		got[r[cdView-1]] = append(got[r[cdView-1]], cellWant{formula(cdBase), stated})
	}
	for view, w := range want {
		if g := got[view]; len(g) != len(w) {
			t.Errorf("view %s: chart data %v, want %v", view, g, w)
			continue
		}
		for k := range w {
			if got[view][k] != w[k] {
				t.Errorf("view %s, row %s: base and stated %q, want %q", view, strconv.Itoa(k+1), got[view][k], w[k])
			}
		}
	}
}

// TestHeadlineView checks that a headline view is no one-bar chart: its
// figure is written on the Charts sheet as the document states it, its
// title linked to its row, and the Derived sheet has no chart data for it.
func TestHeadlineView(t *testing.T) {
	q, u, err := indicators.ParseStated("an estimated $142.1 billion")
	if err != nil {
		t.Fatal(err)
	}
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{{ID: "trade", Title: "U.S.-Vietnam trade", Stated: "an estimated $142.1 billion", Quantity: q, Unit: u, Period: indicators.YearPeriod(2022)}},
		Views: []indicators.ChartView{
			{ID: "big", Title: "Trade in 2022", Kind: indicators.Headline, Indicators: []string{"trade"}},
			{ID: "bars", Title: "Trade", Kind: indicators.Bars, Indicators: []string{"trade"}},
		},
	}
	book, parts := writeParts(t, c)
	if _, ok := parts[chartPart(1)]; ok {
		t.Errorf("the book has %s: want one native chart, for the bars view only", chartPart(1))
	}
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// The figure keeps its status's colour (LibreOffice shows a linked
	// cell in its link colour); its title below links to its row.
	cell := cellOf(t, f, SheetCharts, "An estimated $142.1 billion")
	if ok, loc, _ := f.GetCellHyperLink(SheetCharts, cell); ok {
		t.Errorf("the headline figure links to %q, want no link: its colour is its status's", loc)
	}
	cell = cellOf(t, f, SheetCharts, "U.S.-Vietnam trade")
	if ok, loc, _ := f.GetCellHyperLink(SheetCharts, cell); !ok || loc != "Indicators!A2" {
		t.Errorf("the headline's title links to %q (%v), want Indicators!A2", loc, ok)
	}
	rows, _ := f.GetRows(SheetChartData)
	for _, r := range rows {
		if len(r) > 0 && r[0] == "big" {
			t.Errorf("the Derived sheet has chart data for the headline view: %q", r)
		}
	}
}

// TestSignedRangesChartData checks the chart data of ranges below and
// across zero: spreadsheets stack negative values apart from positive
// ones, each from zero, so a range below zero hangs from an invisible base
// down to its high end, and one across zero is its two parts, the base
// (zero down to the low end) drawn like the rest of the bar.
func TestSignedRangesChartData(t *testing.T) {
	c := &indicators.Catalog{}
	for _, f := range []struct{ id, stated string }{{"up", "2 to 4 percent"}, {"below", "-5 to -2 percent"}, {"across", "-5 to 5 percent"}} {
		q, u, err := indicators.ParseStated(f.stated)
		if err != nil {
			t.Fatal(err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: f.id, Title: f.id, Stated: f.stated, Quantity: q, Unit: u, Period: indicators.YearPeriod(2013)})
	}
	c.Views = []indicators.ChartView{{ID: "ranges", Title: "Ranges", Kind: indicators.Bars, Indicators: []string{"up", "below", "across"}}}
	book, parts := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(SheetChartData)
	var got [][2]string
	for i, r := range rows {
		if len(r) == 0 || r[0] != "ranges" {
			continue
		}
		base, _ := excelize.CoordinatesToCellName(cdBase, i+1)
		stated, _ := excelize.CoordinatesToCellName(cdStated, i+1)
		fb, _ := f.GetCellFormula(SheetChartData, base)
		fs, _ := f.GetCellFormula(SheetChartData, stated)
		got = append(got, [2]string{fb, fs})
	}
	// The fractions the names hold (fractionView).
	want := [][2]string{{"UP_LOW", "UP_HIGH-UP_LOW"}, {"BELOW_HIGH", "BELOW_LOW-BELOW_HIGH"}, {"ACROSS_LOW", "ACROSS_HIGH"}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("chart data (base, stated) = %q, want %q", got, want)
	}
	// The base series shows its third point, the range across zero.
	xml := parts[chartPart(0)]
	if !regexp.MustCompile(`<dPt><idx val="2"></idx>`).MatchString(xml) {
		t.Errorf("the chart's base series does not show the point of the range across zero:\n%s", xml)
	}
}

// TestRankView checks that a view of ranks is no bar chart (a place in a
// list has no length): the Charts sheet lists the ranks as the document
// states them, each linked to its row, and the Derived sheet has no chart
// data for them; a view of amounts beside it keeps its native chart.
func TestRankView(t *testing.T) {
	c := &indicators.Catalog{}
	for _, f := range []struct{ id, stated string }{{"tr", "10th"}, {"vn", "eighth"}, {"trade", "$5 billion"}} {
		q, u, err := indicators.ParseStated(f.stated)
		if err != nil {
			t.Fatal(err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: f.id, Title: f.id + " title", Stated: f.stated, Quantity: q, Unit: u, Period: indicators.YearPeriod(2011)})
	}
	c.Views = []indicators.ChartView{
		{ID: "ranks", Title: "Places of origin", Kind: indicators.Bars, Indicators: []string{"tr", "vn"}},
		{ID: "bars", Title: "Trade", Kind: indicators.Bars, Indicators: []string{"trade"}},
	}
	book, parts := writeParts(t, c)
	if _, ok := parts[chartPart(1)]; ok {
		t.Errorf("the book has %s: want one native chart, for the view of amounts only", chartPart(1))
	}
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for i, stated := range []string{"10th", "eighth"} {
		cell := cellOf(t, f, SheetCharts, stated)
		want := fmt.Sprintf("Indicators!A%d", i+2)
		if ok, loc, _ := f.GetCellHyperLink(SheetCharts, cell); !ok || loc != want {
			t.Errorf("rank %q links to %q (%v), want %s", stated, loc, ok, want)
		}
	}
	rows, _ := f.GetRows(SheetChartData)
	for _, r := range rows {
		if len(r) > 0 && r[0] == "ranks" {
			t.Errorf("the Derived sheet has chart data for the view of ranks: %q", r)
		}
	}
}

func TestBreakLines(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"Change in the UK employment rate", 36, "Change in the UK employment rate"},
		// Two lines, balanced: no word alone on the last.
		{"Change in the UK employment rate on a year earlier", 36, "Change in the UK employment\nrate on a year earlier"},
		{"Change in the UK economic inactivity rate on the previous year (down 0.4 percentage points)", 36,
			"Change in the UK economic\ninactivity rate on the previous\nyear (down 0.4 percentage points)"},
		// Words in brackets stay together.
		{"Change in the UK unemployment rate on a year earlier (down 0.2 percentage points)", 36,
			"Change in the UK unemployment\nrate on a year earlier\n(down 0.2 percentage points)"},
		// A word longer than a line is alone on its own.
		{"Supercalifragilisticexpialidocious-and-more words", 20, "Supercalifragilisticexpialidocious-and-more\nwords"},
	}
	for _, tt := range tests {
		if got := breakLines(tt.s, tt.n); got != tt.want {
			t.Errorf("breakLines(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

// TestSignedChartCategories checks that the bars' names of a chart of
// changes that go both ways are broken into lines in the chart data, as
// LibreOffice does not break them where the axis crosses inside the
// plot; a chart of rises alone keeps them whole (spreadsheets wrap them).
func TestSignedChartCategories(t *testing.T) {
	mk := func(id, title, stated string, d indicators.Direction) indicators.Indicator {
		ind := indicatortest.Change(t, id, stated, d)
		ind.Title = title
		return ind
	}
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{
			mk("employment", "Change in the UK employment rate on a year earlier", "0.6 percentage points", indicators.Up),
			mk("unemployment", "Change in the UK unemployment rate on a year earlier", "0.2 percentage points", indicators.Down),
		},
		Views: []indicators.ChartView{
			{ID: "both", Kind: indicators.Bars, Indicators: []string{"employment", "unemployment"}},
			{ID: "up", Kind: indicators.Bars, Indicators: []string{"employment"}},
		},
	}
	f := writtenBook(t, c)
	rows, err := f.GetRows(SheetChartData)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, r := range rows[1:] {
		if len(r) >= cdCategory {
			got[r[cdView-1]] = append(got[r[cdView-1]], r[cdCategory-1])
		}
	}
	want := map[string][]string{
		// The figure is the bar's data label ("up 0.6 pp", turnedFmt),
		// not repeated in its name.
		// The Chart data sheet holds each name whole, on one line.
		"both": {"Change in the UK employment rate on a year earlier", "Change in the UK unemployment rate on a year earlier"},
		"up":   {"Change in the UK employment rate on a year earlier"},
	}
	for view, w := range want {
		if fmt.Sprint(got[view]) != fmt.Sprint(w) {
			t.Errorf("view %s: bars %q, want %q", view, got[view], w)
		}
	}
}
