package xlsx

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// TestNativeGroupedBars: a view of the same measures across groups is a
// clustered native chart, a series a group named by it, over the
// measures' names, as the slide beside it draws it (s11-poll: six bars
// each naming its group). Its bars and its legend read in the slide's
// order in LibreOffice and Excel alike: on a category axis running
// bottom up, both draw the last series on top of each group; LibreOffice
// lists the series in reverse document order, Excel top down as it draws
// them (on an axis in reverse, LibreOffice's legend read against its
// bars: s16g-fire's "2023, 2022" under bars of 2022 over 2023).
func TestNativeGroupedBars(t *testing.T) {
	mk := func(id, title, stated string) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		return indicators.Indicator{ID: id, Title: title, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Share, Period: indicators.YearPeriod(2022)}
	}
	tests := []struct {
		name      string
		inds      []indicators.Indicator
		wantNames []string // the series' names written out, in order
		wantSer   int      // series
	}{
		{"poll", []indicators.Indicator{
			mk("a", "Adults in the most deprived areas spending less on food", "58%"),
			mk("b", "Adults in the least deprived areas spending less on food", "33%"),
			mk("c", "Adults in the most deprived areas behind on bills", "10%"),
			mk("d", "Adults in the least deprived areas behind on bills", "2%"),
		}, []string{"Adults in the most deprived areas", "Adults in the least deprived areas"}, 2},
		{"no groups", []indicators.Indicator{
			mk("a", "Adults who see the NHS as important", "84%"),
			mk("b", "Adults who see the economy as important", "81%"),
			mk("c", "Adults who see housing as important", "60%"),
			mk("d", "Adults who see crime as important", "50%"),
		}, nil, 1},
	}
	for _, tt := range tests {
		var ids []string
		for _, ind := range tt.inds {
			ids = append(ids, ind.ID)
		}
		c := &indicators.Catalog{Indicators: tt.inds, Views: []indicators.ChartView{{ID: "v", Title: "Poll", Kind: indicators.Bars, Indicators: ids}}}
		_, parts := writeParts(t, c)
		xml := parts["xl/charts/chart1.xml"]
		nameRE := regexp.MustCompile(`<tx><v>([^<]*)</v></tx>`)
		var names, written []string
		for _, ser := range plotOrder(xml) {
			if m := nameRE.FindStringSubmatch(ser); m != nil {
				names = append(names, m[1])
			}
		}
		for _, m := range nameRE.FindAllStringSubmatch(xml, -1) {
			written = append(written, m[1])
		}
		slices.Reverse(names)
		if !cmp.Equal(names, tt.wantNames) {
			t.Errorf("%s: series names in plot order reversed (Excel's bars top down, and its legend) = %q, want %q", tt.name, names, tt.wantNames)
		}
		slices.Reverse(written)
		if !cmp.Equal(written, tt.wantNames) {
			t.Errorf("%s: series names in document order reversed (LibreOffice's bars top down, and its legend) = %q, want %q", tt.name, written, tt.wantNames)
		}
		if tt.wantSer > 1 && (!strings.Contains(xml, `<catAx><axId val="100000000"></axId><scaling><orientation val="minMax">`) || strings.Contains(xml, `<crosses val="max">`)) {
			t.Errorf("%s: the category axis does not run bottom up with the value axis at its start:\n%s", tt.name, xml)
		}
		if got := len(regexp.MustCompile(`<ser>`).FindAllString(xml, -1)); got != tt.wantSer {
			t.Errorf("%s: %d series, want %d", tt.name, got, tt.wantSer)
		}
	}
}

// TestChartDataPeriodsApart: each figure of a view is one row of the
// chart data, its own value under its own name, where its titles come
// in periods written apart (s24t-childcare: 2021, 2022 and December
// 2022, no grid of periods). The daycare figure of 2021 filled both rows
// of 2021 and childminding's was in none, under a legend "With" and "".
func TestChartDataPeriodsApart(t *testing.T) {
	mk := func(id, title, stated string, p indicators.Period) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		return indicators.Indicator{ID: id, Title: title, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Stock, Status: indicators.Fact, Period: p}
	}
	dec, err := indicators.ParsePeriod("2022-12")
	if err != nil {
		t.Fatal(err)
	}
	c := &indicators.Catalog{Indicators: []indicators.Indicator{
		mk("a", "Children registered with daycare services", "196,320 children", indicators.YearPeriod(2021)),
		mk("b", "Children registered with daycare services", "197,880 children", indicators.YearPeriod(2022)),
		mk("c", "Children registered with childminding services", "24,880 children", indicators.YearPeriod(2021)),
		mk("d", "Children registered with childminding services", "23,410 children", dec),
	}, Views: []indicators.ChartView{{ID: "v", Title: "Children registered", Kind: indicators.Bars, Indicators: []string{"a", "b", "c", "d"}}}}
	book, parts := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows(SheetChartData, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for _, r := range rows[1:] {
		if len(r) > 2 && r[0] == "v" {
			got = append(got, []string{strings.ReplaceAll(r[1], "\n", " "), r[2]})
		}
	}
	want := [][]string{
		{"Daycare services (2021)", "196320"},
		{"Daycare services (2022)", "197880"},
		{"Childminding services (2021)", "24880"},
		{"Childminding services (as of December 2022)", "23410"},
	}
	if !cmp.Equal(got, want) {
		t.Errorf("chart data rows of the view (name, value) = %q, want %q", got, want)
	}
	if n := strings.Count(parts["xl/charts/chart1.xml"], "<ser>"); n != 1 {
		t.Errorf("%d series, want 1 (no groups)", n)
	}
}

// TestGroupedChartDataReadingOrder: the Chart data sheet lists grouped
// bars as the chart shows them, each measure top down and in it each
// group, and hides the rows only the native chart reads, its own order
// and its axis labels (s25u-paygap and s25u-ambulance read them bottom up,
// with "axis label, no figure" rows between).
func TestGroupedChartDataReadingOrder(t *testing.T) {
	var inds []indicators.Indicator
	for _, s := range []struct{ id, title, stated string }{
		{"a", "Adults in the most deprived areas spending less on food", "58%"},
		{"b", "Adults in the least deprived areas spending less on food", "33%"},
		{"c", "Adults in the most deprived areas behind on bills", "10%"},
		{"d", "Adults in the least deprived areas behind on bills", "2%"},
	} {
		q, u, err := indicators.ParseStated(s.stated)
		if err != nil {
			t.Fatal(err)
		}
		inds = append(inds, indicators.Indicator{ID: s.id, Title: s.title, Stated: s.stated, Quantity: q, Unit: u, Measure: indicators.Share, Period: indicators.YearPeriod(2022)})
	}
	c := &indicators.Catalog{Indicators: inds, Views: []indicators.ChartView{{ID: "v", Title: "Poll", Kind: indicators.Bars, Indicators: []string{"a", "b", "c", "d"}}}}
	f := writtenBook(t, c)
	defer f.Close()
	rows, err := f.GetRows(SheetChartData)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for i, r := range rows[1:] {
		visible, err := f.GetRowVisible(SheetChartData, i+2)
		if err != nil {
			t.Fatal(err)
		}
		if visible && len(r) > 2 {
			got = append(got, r[2])
		}
	}
	if want := []string{"58%", "33%", "10%", "2%"}; !slices.Equal(got, want) {
		t.Errorf("visible Chart data values = %q, want %q", got, want)
	}
}
