package xlsx

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestNativeCountLabelsAsSlide: the native chart's value labels, its
// chart data cells' formats, say counts the way the slide beside it
// does: bare ("21,400") where the slide writes them short, since one is
// a phrase; with their noun where the slide writes it ("30 countries"),
// and each with its own noun where they count different nouns ("18,840
// liquidations" beside "3 appointments"; s16g-fire: "257 fatalities"
// beside "238 fires", never bare on one "Number" axis).
func TestNativeCountLabelsAsSlide(t *testing.T) {
	tests := []struct {
		stated []string
		want   []string
		units  []string // the unit of a count stated bare, "" to keep the stated's
	}{
		{[]string{"18,840 creditors’ voluntary liquidations", "1,597 administrations", "three receivership appointments"}, []string{"18,840 liquidations", "1,597 administrations", "3 appointments"}, nil},
		{[]string{"257 fire-related fatalities", "238 fatal fires"}, []string{"257 fatalities", "238 fires"}, nil},
		{[]string{"31,800 estimated new HIV infections", "21,400"}, []string{"31,800", "21,400"}, nil},
		{[]string{"30 countries", "12 countries"}, []string{"30 countries", "12 countries"}, nil},
		// Of two nouns, one stated bare takes its noun too, as the slide
		// writes it: never "26" between "16 police services" and "2
		// forces" (s30a-missing).
		{[]string{"16 police services", "26", "2 forces"}, []string{"16 police services", "26 police services", "2 forces"}, []string{"police service", "police service", "force"}},
	}
	for _, tc := range tests {
		c := &indicators.Catalog{}
		var ids []string
		for i, st := range tc.stated {
			ind := indicatortest.Change(t, string(rune('a'+i)), st, indicators.NoDirection)
			ind.Measure = indicators.CountKind
			ind.Title = "Figure " + string(rune('A'+i))
			if tc.units != nil && tc.units[i] != "" {
				u, err := indicators.ParseUnit(tc.units[i])
				if err != nil {
					t.Fatal(err)
				}
				ind.Unit = u
			}
			c.Indicators = append(c.Indicators, ind)
			ids = append(ids, ind.ID)
		}
		c.Views = []indicators.ChartView{{ID: "counts", Title: "Counts", Kind: indicators.Bars, Indicators: ids}}
		book, _ := writeParts(t, c)
		got := chartDataShown(t, book, true)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("chart data of %q shows %q, want %q among them", tc.stated, got, w)
			}
		}
	}
}

// chartDataShown returns what the Chart data sheet of book shows in its
// numbered cells below the header, as their number formats write them
// (displayText): in its last column only, or in every column.
func chartDataShown(t *testing.T, book []byte, lastColumn bool) []string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(SheetChartData)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for r := 2; r <= len(rows); r++ {
		first := 1
		if lastColumn {
			// The last column of figures: the Unit column after them
			// is words.
			first = len(rows[0])
			for first > 1 && textHeader(rows[0][first-1]) {
				first--
			}
		}
		for col := first; col <= len(rows[0]); col++ {
			if textHeader(rows[0][col-1]) {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(col, r)
			v, _ := f.GetCellValue(SheetChartData, cell, excelize.Options{RawCellValue: true})
			st, _ := f.GetCellStyle(SheetChartData, cell)
			style, _ := f.GetStyle(st)
			x, err := strconv.ParseFloat(v, 64)
			if err != nil || style.CustomNumFmt == nil {
				continue
			}
			got = append(got, displayText(x, *style.CustomNumFmt))
		}
	}
	return got
}

// TestBareCountsAsSlide: a count the document states bare ("559,742", a
// change "188" fewer) is labelled bare in the native chart, as on the
// slide beside it, its noun in the Chart data sheet's Unit column: the
// book wrote "559,742 waits" beside the slide's "559,742", and "322,218"
// with Unit "waits" on the next view (s25v-waiting); "down 188
// incidents" beside the slide's "down 188" had no room left of its bar,
// went inside it and kept an axis from −200 where the slide's ran from
// −250 (s27x-hatecrime). Both now end alike.
func TestBareCountsAsSlide(t *testing.T) {
	for _, tt := range []struct {
		kind, chart, axisMin string
		want                 []string
		unit                 string
	}{
		{"hatecrime", "xl/charts/chart1.xml", `<min val="-250">`, []string{"down 188", "down 9", "up 23", "down 1"}, "incidents"},
		{"waiting", "", "", []string{"559,742", "63,406", "322,218"}, "waits"},
	} {
		c, err := indicators.Load("../../testdata/kinds/" + tt.kind + "/catalog.yaml")
		if err != nil {
			t.Fatal(err)
		}
		book, parts := writeParts(t, c)
		got := chartDataShown(t, book, false)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: chart data shows %q, want %q among them", tt.kind, got, w)
			}
		}
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := f.GetRows(SheetChartData)
		f.Close()
		if u := slices.Index(rows[0], unitHeader); u < 0 || len(rows[1]) <= u || rows[1][u] != tt.unit {
			t.Errorf("%s: Chart data's first row %q under %q, want its Unit %q", tt.kind, rows[1], rows[0], tt.unit)
		}
		if tt.chart != "" && !strings.Contains(parts[tt.chart], tt.axisMin) {
			t.Errorf("%s: %s has no %s, the slide's axis", tt.kind, tt.chart, tt.axisMin)
		}
	}
}
