package xlsx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// sharePart is one part of a whole in a test catalog: its id, title and
// stated share.
type sharePart struct{ id, title, stated string }

// partsCatalog returns a catalog of one part-of-whole view, titled view,
// of the shares parts at period, each quoted by its own stated figure.
func partsCatalog(t *testing.T, view, period string, parts []sharePart) *indicators.Catalog {
	t.Helper()
	c := &indicators.Catalog{Sources: []indicators.Source{{ID: "src", Title: "Statistics"}}}
	p, err := indicators.ParsePeriod(period)
	if err != nil {
		t.Fatal(err)
	}
	v := indicators.ChartView{ID: "parts", Title: view, Kind: indicators.PartOfWhole}
	for _, pt := range parts {
		q, u, err := indicators.ParseStatedAs(pt.stated, indicators.Share)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", pt.stated, err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: pt.id, Title: pt.title, Stated: pt.stated, Quantity: q, Unit: u,
			Period: p, Measure: indicators.Share, Status: indicators.Fact,
			Provenance: []indicators.Provenance{{Source: "src", Quote: pt.stated, Span: indicators.Span{Start: -1, End: -1}}}})
		v.Indicators = append(v.Indicators, pt.id)
	}
	c.Views = []indicators.ChartView{v}
	return c
}
