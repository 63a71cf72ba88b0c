package xlsx

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestChartDataPeriods: each bar of the Chart data sheet says the period
// it is of, and a change what it is from, as the Indicators sheet writes
// them (periodCells): a reader of the sheet could not tell what year
// each bar was (round AG's users, s36g-aid). The Base column is kept only
// where a bar fills it; a period the catalog leaves unstated is "not
// stated", never blank; the columns follow the figures, so a chart's
// series keep their columns.
func TestChartDataPeriods(t *testing.T) {
	aid, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", "aid", "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	levels := *aid
	levels.Views = slices.DeleteFunc(slices.Clone(aid.Views), func(v indicators.ChartView) bool { return v.ID == "changes-chart" })
	unstated := *aid
	unstated.Indicators = slices.Clone(aid.Indicators)
	for i := range unstated.Indicators {
		if unstated.Indicators[i].ID == "dfid" {
			unstated.Indicators[i].Period = indicators.NotStated
		}
	}
	tests := []struct {
		name   string
		c      *indicators.Catalog
		header []string
		rows   map[[2]string][2]string // view and the start of a bar's name: period, base
	}{
		{"s36g-aid", aid, []string{"Chart view", "Bar", "Value", "Period", "Base"}, map[[2]string][2]string{
			{"department-chart", "ODA spent by DFID"}: {"2019", ""},
			{"changes-chart", "ODA spent by DFID"}:    {"2019", "2018"},
		}},
		{"levels alone", &levels, []string{"Chart view", "Bar", "Value", "Period"}, map[[2]string][2]string{
			{"department-chart", "ODA spent by DFID"}: {"2019", ""},
		}},
		{"unstated", &unstated, []string{"Chart view", "Bar", "Value", "Period", "Base"}, map[[2]string][2]string{
			{"department-chart", "ODA spent by DFID"}: {"not stated", ""},
		}},
	}
	for _, tt := range tests {
		f := writtenBook(t, tt.c)
		rows, err := f.GetRows(SheetChartData)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(rows[0], tt.header) {
			t.Errorf("%s: Chart data header %q, want %q", tt.name, rows[0], tt.header)
			continue
		}
		p, b := slices.Index(rows[0], periodHeader), slices.Index(rows[0], baseHeader)
		seen := map[[2]string]bool{}
		for _, r := range rows[1:] {
			var key [2]string
			for k := range tt.rows {
				if k[0] == r[0] && strings.HasPrefix(r[1], k[1]) {
					key = k
				}
			}
			want, ok := tt.rows[key]
			if !ok {
				continue
			}
			seen[key] = true
			cell := func(i int) string {
				if i < 0 || i >= len(r) {
					return ""
				}
				return r[i]
			}
			if got := [2]string{cell(p), cell(b)}; got != want {
				t.Errorf("%s: %q of %s has Period, Base %q, want %q", tt.name, r[1], r[0], got, want)
			}
		}
		for key := range tt.rows {
			if !seen[key] {
				t.Errorf("%s: no Chart data row %q", tt.name, key)
			}
		}
	}
}
