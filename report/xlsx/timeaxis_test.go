package xlsx

import (
	"bytes"
	"fmt"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestSeriesTimeAxisMiddles: the Series sheet's Time axis column, the x
// of its native chart, holds each period's middle
// (indicators.Period.Middle), the rule the slide's image follows: a year
// beside quarters no longer at 1 January (s17i-courts), a year ending
// April 1999 no longer at May 1998 (s17i-culture); and another kind's
// annual counts (testdata/kinds crime) at their years' middles.
func TestSeriesTimeAxisMiddles(t *testing.T) {
	for _, c := range []struct {
		name    string
		figures []string
		unit    string
		want    []float64
	}{
		{"courts", []string{"252 days@2019", "162 days@2022-Q3", "177 days@2022-Q4"}, "day", []float64{2019.5, 2022.622, 2022.874}},
		{"culture", []string{"28%@1995", "20%@1998-05/1999-04"}, "", []float64{1995.5, 1998.829}},
		{"crime", []string{"5,000@2013", "5,400@2015"}, "offence", []float64{2013.5, 2015.5}},
	} {
		cat := indicatortest.FlowSeries(t, c.name, c.figures, c.unit)
		book, _ := writeParts(t, cat)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		for i, w := range c.want {
			v, _ := f.GetCellValue(SheetSeries, fmt.Sprintf("D%d", i+2), excelize.Options{RawCellValue: true})
			got, err := strconv.ParseFloat(v, 64)
			if err != nil || math.Abs(got-w) > 0.002 {
				t.Errorf("%s: Series!D%d = %q, want %.3f", c.name, i+2, v, w)
			}
		}
		f.Close()
	}
}

// TestSeriesHeaderWidths: no Series sheet column is narrower than its
// bold header, so that "Time axis" never runs into "Stated"
// (s17i-courts, on a series of quarters) nor any header into the next
// (testdata/kinds/births, a series of years).
func TestSeriesHeaderWidths(t *testing.T) {
	births, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", "births", "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for name, cat := range map[string]*indicators.Catalog{
		"courts": indicatortest.FlowSeries(t, "courts", []string{"252 days@2019", "162 days@2022-Q3", "177 days@2022-Q4"}, "day"),
		"births": births,
	} {
		book, _ := writeParts(t, cat)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		for i, h := range SeriesHeader {
			col, _ := excelize.ColumnNumberToName(i + 1)
			w, _ := f.GetColWidth(SheetSeries, col)
			if need := textWidth(h, true) + 1; w < need {
				t.Errorf("%s: Series column %s (%q) is %.2f wide, want at least %.2f", name, col, h, w, need)
			}
		}
		f.Close()
	}
}

// TestSeriesChartLabels: every native series chart labels each point of
// a series with its figure, as the slide's image does, and its subtitle
// starts on no blank line (s17i-vehicles' ZEV share, s17i-culture's
// museums; another kind: testdata/kinds/births).
func TestSeriesChartLabels(t *testing.T) {
	births, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", "births", "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for name, cat := range map[string]*indicators.Catalog{
		"vehicles": indicatortest.FlowSeries(t, "vehicles", []string{"2.2%@2018", "5.2%@2021"}, ""),
		"births":   births,
	} {
		_, parts := writeParts(t, cat)
		n := 0
		for part, x := range parts {
			if !strings.HasPrefix(part, "xl/charts/chart") || !strings.Contains(x, "<scatterChart>") && !strings.Contains(x, "<lineChart>") {
				continue
			}
			n++
			for _, ser := range strings.Split(x, "<ser>")[1:] {
				ser, _, _ = strings.Cut(ser, "</ser>")
				if strings.Contains(ser, "$H$") && !strings.Contains(ser, `<showVal val="1">`) {
					t.Errorf("%s: %s: a series of values has no value labels", name, part)
				}
			}
			if strings.Contains(x, "<a:t>&#xA;") || strings.Contains(x, "<a:t>\n") {
				t.Errorf("%s: %s: a title run starts with a line break", name, part)
			}
		}
		if n == 0 {
			t.Errorf("%s: no series chart", name)
		}
	}
}
