package xlsx

import (
	"bytes"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestDoughnutSmallSlices: a doughnut prints a slice's figure on it only
// where the slice is at least 5% of it; a smaller slice's label is
// deleted and its legend entry, the name on the hidden Chart layout
// sheet, says its figure (s19m-elections: "5.0%" and "2.9%" overprinted
// each other; s19m-students: "less than 1%" over the 3% and 4%). The
// Chart data sheet names the slice alone, its figure in the Value cell
// (s26w-firearms: "Refused (2%)").
func TestDoughnutSmallSlices(t *testing.T) {
	water, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", "water", "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		c       *indicators.Catalog
		deleted []string // the points whose labels are deleted
		names   []string // some of the legend's names of the doughnut
		plain   []string // some of the Chart data names
	}{
		{"s19m-elections", partsCatalog(t, "Share of UK Parliamentary registrations by country", "2021", []sharePart{
			{"eng", "England share of UK Parliamentary registrations", "83.5%"},
			{"sco", "Scotland share of UK Parliamentary registrations", "8.7%"},
			{"wls", "Wales share of UK Parliamentary registrations", "5.0%"},
			{"ni", "Northern Ireland share of UK Parliamentary registrations", "2.9%"},
		}), []string{"3"}, []string{"England", "Wales", "Northern Ireland (2.9%)"}, []string{"Northern Ireland"}},
		{"s19m-students", partsCatalog(t, "Where students come from", "2021/22", []sharePart{
			{"ni", "Students domiciled in Northern Ireland", "71%"},
			{"gb", "Students domiciled in Great Britain", "4%"},
			{"roi", "Students domiciled in the Republic of Ireland", "3%"},
			{"eu", "Students domiciled in other EU countries", "less than 1%"},
			{"non", "Students domiciled outside the EU", "21%"},
		}), []string{"1", "2", "3"}, []string{"Great Britain (4%)", "Republic of Ireland (3%)", "(less than 1%)"}, []string{"Great Britain", "Republic of Ireland"}},
		{"water", water, []string{"3"}, []string{"Poor (2%)"}, []string{"Poor"}},
	}
	re := regexp.MustCompile(`<dLbl><idx val="(\d+)"></idx><delete val="1"></delete></dLbl>`)
	for _, tt := range tests {
		book, parts := writeParts(t, tt.c)
		var xml string
		for name, p := range parts {
			if strings.HasPrefix(name, "xl/charts/") && strings.Contains(p, "<doughnutChart>") {
				xml = p
			}
		}
		var deleted []string
		for _, m := range re.FindAllStringSubmatch(xml, -1) {
			deleted = append(deleted, m[1])
		}
		if !slices.Equal(deleted, tt.deleted) {
			t.Errorf("%s: labels deleted of points %q, want %q", tt.name, deleted, tt.deleted)
		}
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		names := func(sheet string) string {
			rows, _ := f.GetRows(sheet)
			var all string
			for _, r := range rows[min(1, len(rows)):] {
				if len(r) >= cdCategory {
					all += strings.ReplaceAll(r[cdCategory-1], "\n", " ") + "|"
				}
			}
			return all
		}
		all, reader := names(SheetChartLayout), names(SheetChartData)
		f.Close()
		for _, w := range tt.names {
			if !strings.Contains(all, w) {
				t.Errorf("%s: no legend name holds %q: %s", tt.name, w, all)
			}
		}
		for _, w := range tt.plain {
			if !strings.Contains(reader, "|"+w+"|") {
				t.Errorf("%s: no Chart data name is %q alone: %s", tt.name, w, reader)
			}
		}
		if strings.Contains(all, "(less than 1%) (") {
			t.Errorf("%s: a hedged name says its figure twice: %s", tt.name, all)
		}
	}
}
