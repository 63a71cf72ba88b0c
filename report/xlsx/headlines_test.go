package xlsx

import (
	"bytes"
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
			for _, w := range tt.want {
				if !has[w] {
					t.Errorf("Cover has no cell %q", w)
				}
			}
			for _, w := range tt.none {
				if has[w] {
					t.Errorf("Cover has a cell %q, want none", w)
				}
			}
		})
	}
}

// listAll drops the headline views of c, so that its Cover lists every
// figure (headlines), for tests of how the Cover writes any figure.
func listAll(c *indicators.Catalog) {
	c.Views = slices.DeleteFunc(c.Views, func(v indicators.ChartView) bool { return v.Kind == indicators.Headline })
}
