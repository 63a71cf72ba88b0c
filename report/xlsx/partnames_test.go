package xlsx

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestDoughnutPartNames: the book's doughnut of the parts of one whole
// names them as the slide's waffle does (wording.PartNames): the leading
// words every part shares that the view's title says are cut
// (s18k-children: "Further action: child protection investigation" was
// cut at the chart's edge as "Further action: child protection
// investig…"), and a part's share of the whole is named by the part
// (testdata/kinds/research: "Manufacturing"); a slice too small to
// print its figure names it (nameSmallSlices: "Child with disability
// (2%)").
func TestDoughnutPartNames(t *testing.T) {
	tests := []struct {
		name, view string
		parts      []sharePart
		want       []string
	}{
		{"s18k-children further action", "What further action related to, Northern Ireland, 2014/15", []sharePart{
			{"carer", "Further action: carer needing support to care for the child", "76%"},
			{"cp", "Further action: child protection investigation", "21%"},
			{"dis", "Further action: child with disability", "2%"},
		}, []string{"Carer needing support to care for the child", "Child protection investigation", "Child with disability (2%)"}},
		{"research's industries", "Shares of business R&D expenditure by industry, 2014/15", []sharePart{
			{"manufacturing", "Manufacturing share of business R&D expenditure", "65%"},
			{"mining", "Mining share of business R&D expenditure", "12%"},
		}, []string{"Manufacturing", "Mining"}},
	}
	for _, tt := range tests {
		c := partsCatalog(t, tt.view, "2014/15", tt.parts)
		book, _ := writeParts(t, c)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		// The names the legend reads: on the Chart layout sheet where
		// they differ from the reader's, else on the Chart data sheet.
		rows, err := f.GetRows(SheetChartLayout)
		if err != nil {
			rows, err = f.GetRows(SheetChartData)
		}
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range rows[1:] {
			if len(r) >= cdCategory {
				got = append(got, strings.ReplaceAll(r[cdCategory-1], "\n", " "))
			}
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: legend names %q, want %q among them", tt.name, got, w)
			}
		}
	}
}
