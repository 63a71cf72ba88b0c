package xlsx

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestSeriesSheetSigned: the Series sheet holds a fall of a series of
// changes below zero, shown "down", a percent as its fraction (as the
// Indicators sheet does: storedPercent), and its chart goes below zero
// with it (s15-gdp: Q3 2016's fall of 0.5 per cent was the Value 0.5 and
// drawn as growth); series of the same months are drawn over the months
// by name, each a point (s15-prices: a scatter over Year cells of text
// drew nothing), on an axis that keeps the figures' decimals.
func TestSeriesSheetSigned(t *testing.T) {
	tests := []struct {
		name    string
		changes []indicatortest.SeriesChange
		series  []string
		values  []string // the Value cells, as stored
		shown   []string // as their formats show them
		axisFmt string   // the chart's value axis format
		line    bool     // drawn over the periods as categories
	}{
		{
			name: "s15-gdp quarters, a fall then a rise",
			changes: []indicatortest.SeriesChange{
				{ID: "q3", Stated: "0.5 per cent", Way: "down", Period: "2016-Q3", Base: "2016-Q2", Series: "gdp"},
				{ID: "q4", Stated: "1.1 per cent", Way: "up", Period: "2016-Q4", Base: "2016-Q3", Series: "gdp"},
			},
			series: []string{"gdp"},
			values: []string{"-0.005", "0.011"},
			shown:  []string{"down 0.5%", "up 1.1%"},
			line:   true,
		},
		{
			name: "road casualties by year",
			changes: []indicatortest.SeriesChange{
				{ID: "y19", Stated: "3%", Way: "down", Period: "2019", Base: "2018", Series: "roads"},
				{ID: "y20", Stated: "20%", Way: "down", Period: "2020", Base: "2019", Series: "roads"},
				{ID: "y21", Stated: "5%", Way: "up", Period: "2021", Base: "2020", Series: "roads"},
			},
			series: []string{"roads"},
			values: []string{"-0.03", "-0.2", "0.05"},
			shown:  []string{"down 3%", "down 20%", "up 5%"},
		},
		{
			name: "s15-prices 12-month rates of two months",
			changes: []indicatortest.SeriesChange{
				{ID: "sales-jan", Stated: "0.9%", Way: "up", Period: "2021-01", Base: "2020-01", Series: "sales"},
				{ID: "sales-feb", Stated: "0.7%", Way: "up", Period: "2021-02", Base: "2020-02", Series: "sales"},
				{ID: "output-jan", Stated: "0.7%", Way: "up", Period: "2021-01", Base: "2020-01", Series: "output"},
				{ID: "output-feb", Stated: "0.4%", Way: "up", Period: "2021-02", Base: "2020-02", Series: "output"},
			},
			series: []string{"sales", "output"},
			values: []string{"0.009", "0.007", "0.007", "0.004"},
			shown:  []string{"0.9%", "0.7%", "0.7%", "0.4%"},
			line:   true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := indicatortest.ChangeSeries(t, tt.changes, tt.series...)
			f := writtenBook(t, c)
			for i := range tt.values {
				cell := fmt.Sprintf("H%d", i+2)
				raw, err := f.GetCellValue(SheetSeries, cell, excelize.Options{RawCellValue: true})
				if err != nil {
					t.Fatal(err)
				}
				shown, _ := f.GetCellValue(SheetSeries, cell)
				if raw != tt.values[i] || shown != tt.shown[i] {
					t.Errorf("Series!%s = %s shown %q, want %s shown %q", cell, raw, shown, tt.values[i], tt.shown[i])
				}
			}
			_, parts := writeParts(t, c)
			for name, xml := range parts {
				if !strings.HasPrefix(name, "xl/charts/chart") {
					continue
				}
				if got := strings.Contains(xml, "<c:lineChart>") || strings.Contains(xml, "<lineChart>"); got != tt.line {
					t.Errorf("%s: drawn over the periods as categories = %v, want %v", name, got, tt.line)
				}
				neg := strings.HasPrefix(tt.values[0], "-") || strings.HasPrefix(tt.values[len(tt.values)-1], "-")
				if min := regexp.MustCompile(`<(?:c:)?valAx>(?:.(?:[^<]|<[^/])*?)?<(?:c:)?min val="0"`); neg && min.MatchString(xml) {
					t.Errorf("%s: value axis held at zero under a fall", name)
				}
				// "#,##0.0%" keeps 0.7% as 0.7%, "#,##0%" showed it
				// "1%".
				if strings.Contains(tt.shown[0], ".") && (strings.Contains(xml, `formatCode="#,##0%"`) || strings.Contains(xml, `formatCode="#,##0&#34;%&#34;"`)) {
					t.Errorf("%s: value axis format #,##0%% rounds figures such as %s", name, tt.shown[0])
				}
			}
		})
	}
}

// TestSeriesChartsStartPages: each chart of the Series sheet starts a
// printed page, so that none is cut across two (s15-births' TFR chart,
// s15-deaths' misuse rates), for the users' monthly rates and a road
// casualties kind alike; but a small table's first chart, which prints
// whole under it on its page (chartUnderTable: s19m-disease's two-point
// series took a page for its table and one for its chart).
func TestSeriesChartsStartPages(t *testing.T) {
	tests := []struct {
		name    string
		changes []indicatortest.SeriesChange
		series  []string
		charts  int // page breaks: the charts less the first, under its small table
	}{
		{"s15-prices rates of two kinds of months", []indicatortest.SeriesChange{
			{ID: "sales-jan", Stated: "0.9%", Way: "up", Period: "2021-01", Base: "2020-01", Series: "sales"},
			{ID: "sales-feb", Stated: "0.7%", Way: "up", Period: "2021-02", Base: "2020-02", Series: "sales"},
			{ID: "m-2020", Stated: "0.3%", Way: "up", Period: "2020-02", Base: "2020-01", Series: "monthly"},
			{ID: "m-2021", Stated: "0.1%", Way: "up", Period: "2021-02", Base: "2021-01", Series: "monthly"},
		}, []string{"sales", "monthly"}, 1},
		{"roads by year", []indicatortest.SeriesChange{
			{ID: "y19", Stated: "3%", Way: "down", Period: "2019", Base: "2018", Series: "roads"},
			{ID: "y20", Stated: "20%", Way: "down", Period: "2020", Base: "2019", Series: "roads"},
		}, []string{"roads"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := indicatortest.ChangeSeries(t, tt.changes, tt.series...)
			book, parts := writeParts(t, c)
			f, err := excelize.OpenReader(bytes.NewReader(book))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			idx, err := f.GetSheetIndex(SheetSeries)
			if err != nil || idx < 0 {
				t.Fatalf("no Series sheet: %v", err)
			}
			xml := parts[fmt.Sprintf("xl/worksheets/sheet%d.xml", idx+1)]
			breaks := regexp.MustCompile(`<brk id="(\d+)"`).FindAllStringSubmatch(xml, -1)
			if len(breaks) != tt.charts {
				t.Errorf("Series sheet has %d page breaks, want %d: one before each chart but the first", len(breaks), tt.charts)
			}
		})
	}
}
