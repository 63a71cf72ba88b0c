package xlsx

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestDoughnutPartNames: the book's doughnut of the parts of one whole
// names them as the slide's waffle does (wording.PartNames): the leading
// words every part shares that the view's title says are cut
// (s18k-children: "Further action: child protection investigation" was
// cut at the chart's edge as "Further action: child protection
// investig…"), and a part's share of the whole is named by the part
// (testdata/kinds/research: "Manufacturing").
func TestDoughnutPartNames(t *testing.T) {
	type part struct{ id, title, stated string }
	tests := []struct {
		name, view string
		parts      []part
		want       []string
	}{
		{"s18k-children further action", "What further action related to, Northern Ireland, 2014/15", []part{
			{"carer", "Further action: carer needing support to care for the child", "76%"},
			{"cp", "Further action: child protection investigation", "21%"},
			{"dis", "Further action: child with disability", "2%"},
		}, []string{"Carer needing support to care for the child", "Child protection investigation", "Child with disability"}},
		{"research's industries", "Shares of business R&D expenditure by industry, 2014/15", []part{
			{"manufacturing", "Manufacturing share of business R&D expenditure", "65%"},
			{"mining", "Mining share of business R&D expenditure", "12%"},
		}, []string{"Manufacturing", "Mining"}},
	}
	for _, tt := range tests {
		c := &indicators.Catalog{Sources: []indicators.Source{{ID: "src", Title: "Statistics"}}}
		p, err := indicators.ParsePeriod("2014/15")
		if err != nil {
			t.Fatal(err)
		}
		v := indicators.ChartView{ID: "parts", Title: tt.view, Kind: indicators.PartOfWhole}
		for _, pt := range tt.parts {
			q, u, err := indicators.ParseStated(pt.stated)
			if err != nil {
				t.Fatalf("ParseStated(%q): %v", pt.stated, err)
			}
			c.Indicators = append(c.Indicators, indicators.Indicator{ID: pt.id, Title: pt.title, Stated: pt.stated, Quantity: q, Unit: u,
				Period: p, Measure: indicators.Share, Status: indicators.Fact,
				Provenance: []indicators.Provenance{{Source: "src", Quote: pt.stated, Span: indicators.Span{Start: -1, End: -1}}}})
			v.Indicators = append(v.Indicators, pt.id)
		}
		c.Views = []indicators.ChartView{v}
		book, _ := writeParts(t, c)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows(SheetChartData)
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
				t.Errorf("%s: Chart data categories %q, want %q among them", tt.name, got, w)
			}
		}
	}
}
