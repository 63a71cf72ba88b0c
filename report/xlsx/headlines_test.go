package xlsx

import (
	"bytes"
	"fmt"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestCoverHeadlines: the Cover's headline figures are those of the
// catalog's headline views, with a line saying where the others are;
// every figure where the catalog has no headline view (s15-gdp listed all
// 19 figures under "Headline figures" with one headline view).
func TestCoverHeadlines(t *testing.T) {
	tests := []struct {
		name       string
		views      func(*indicators.Catalog)
		want, none []string
	}{
		{"a headline view, as s15-gdp's", func(*indicators.Catalog) {}, []string{"up to NZ$1.8 billion per year", "The figures of the catalog's headline views; 3 other figures on the Indicators sheet."}, []string{"NZ$100 million"}},
		{"no headline view, as the corpus kinds before", func(c *indicators.Catalog) { c.Views = c.Views[1:] }, []string{"up to NZ$1.8 billion per year", "NZ$100 million"}, []string{"The figures of the catalog's headline views; 3 other figures on the Indicators sheet."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := nzCatalog(t)
			tt.views(c)
			var buf bytes.Buffer
			if err := Write(&buf, c, nil); err != nil {
				t.Fatalf("Write: %v", err)
			}
			f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			checkCoverCells(t, f, tt.want, tt.none)
		})
	}
}

// listAll drops the headline views of c, so that its Cover lists every
// figure (headlines), for tests of how the Cover writes any figure.
func listAll(c *indicators.Catalog) {
	c.Views = slices.DeleteFunc(c.Views, func(v indicators.ChartView) bool { return v.Kind == indicators.Headline })
}

// TestCoverHeadlineList: the Cover lists a derived figure of a headline
// view, sizes column A from the figures it lists, and counts each figure
// it leaves out once (review fix15b: a derived headline was not found and
// the Cover listed every figure instead; A was sized from the catalog's
// first 40 figures; "… and N more" counted every figure past the 40th and
// the line under it the figures of no headline view again).
func TestCoverHeadlineList(t *testing.T) {
	money := func(id, stated string) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		return indicators.Indicator{ID: id, Title: "Spending " + id, Stated: stated, Quantity: q, Unit: u, Period: indicators.YearPeriod(2020), Status: indicators.Fact}
	}
	// many returns a catalog of n figures, the 45th of them a long one
	// (past the catalog's first 40, among the first 40 headlines), whose
	// headline view lists the last k.
	many := func(n, k int) *indicators.Catalog {
		c := &indicators.Catalog{}
		var ids []string
		for i := range n {
			stated := fmt.Sprintf("$%d million", i+1)
			if i == 44 {
				stated = "$123,456,789,012 thousand"
			}
			c.Indicators = append(c.Indicators, money(fmt.Sprintf("f%02d", i), stated))
			if i >= n-k {
				ids = append(ids, c.Indicators[i].ID)
			}
		}
		c.Views = []indicators.ChartView{{ID: "card", Kind: indicators.Headline, Indicators: ids}}
		return c
	}
	tests := []struct {
		name       string
		c          func() *indicators.Catalog
		want, none []string
		wideA      bool // column A wider than its least, 24
	}{
		{
			name: "a derived headline",
			c: func() *indicators.Catalog {
				c := &indicators.Catalog{Indicators: []indicators.Indicator{money("a", "$100 million"), money("b", "$50 million"), money("c", "$7 million")}}
				c.Derived = []indicators.Derived{{ID: "total", Title: "Spending in all", Op: indicators.Sum, Inputs: []string{"a", "b"}}}
				c.Views = []indicators.ChartView{{ID: "card", Kind: indicators.Headline, Indicators: []string{"total"}}}
				return c
			},
			want: []string{"$150 million", "Spending in all, 2020", "The figures of the catalog's headline views; 3 other figures on the Indicators sheet."},
			none: []string{"$100 million", "$7 million"},
		},
		{
			name:  "45 headlines of 50 figures",
			c:     func() *indicators.Catalog { return many(50, 45) },
			want:  []string{"… and 5 more headline figures", "The figures of the catalog's headline views; 5 other figures on the Indicators sheet."},
			none:  []string{"… and 10 more figures on the Indicators sheet"},
			wideA: true,
		},
		{
			name: "no headline view, 50 figures",
			c: func() *indicators.Catalog {
				c := many(50, 0)
				c.Views = nil
				return c
			},
			want: []string{"… and 10 more figures on the Indicators sheet"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, tt.c(), nil); err != nil {
				t.Fatalf("Write: %v", err)
			}
			f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			checkCoverCells(t, f, tt.want, tt.none)
			w, err := f.GetColWidth(SheetCover, "A")
			if err != nil {
				t.Fatal(err)
			}
			if tt.wideA && !(w > 24) {
				t.Errorf("Cover's column A is %g wide, want wider than 24 for its 45th figure, a headline", w)
			}
		})
	}
}

// checkCoverCells fails t unless the Cover of f has a cell of each of want
// and none of none.
func checkCoverCells(t *testing.T, f *excelize.File, want, none []string) {
	t.Helper()
	rows, err := f.GetRows(SheetCover)
	if err != nil {
		t.Fatal(err)
	}
	has := map[string]bool{}
	for _, r := range rows {
		for _, v := range r {
			has[v] = true
		}
	}
	for _, w := range want {
		if !has[w] {
			t.Errorf("Cover has no cell %q", w)
		}
	}
	for _, w := range none {
		if has[w] {
			t.Errorf("Cover has a cell %q, want none", w)
		}
	}
}
