package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/google/go-cmp/cmp"
)

// TestVerifyDoesNotChange: Verify checks a catalog and leaves it as it was,
// even where Load would fill a span or put the source's characters in a
// quote; Locate does that on request.
func TestVerifyDoesNotChange(t *testing.T) {
	text := "Japan’s stock was nearly $350 billion.\n"
	typed := "Japan's stock was nearly $350 billion."
	c := &indicators.Catalog{
		Sources: []indicators.Source{{ID: "s", Title: "S", Text: text, SHA256: sha(text)}},
		Indicators: []indicators.Indicator{{
			ID: "stock", Title: "Stock", Entities: []string{"JP"}, Stated: "nearly $350 billion",
			Provenance: []indicators.Provenance{{Source: "s", Quote: typed, Span: indicators.Span{Start: -1, End: -1}}},
		}},
	}
	q, u, err := indicators.ParseStated("nearly $350 billion")
	if err != nil {
		t.Fatal(err)
	}
	c.Indicators[0].Quantity, c.Indicators[0].Unit = q, u
	before := c.Indicators[0].Provenance[0]
	err = c.Verify()
	if d := cmp.Diff(before, c.Indicators[0].Provenance[0]); d != "" {
		t.Errorf("Verify changed the provenance (-before +after):\n%s", d)
	}
	if err != nil {
		t.Errorf("Verify: %v (a quote with other typography and no span verifies)", err)
	}
	c.Locate()
	p := c.Indicators[0].Provenance[0]
	if want := text[:len(text)-1]; p.Quote != want || p.Typed != typed || p.Span.Start != 0 || p.Span.End != len(want) {
		t.Errorf("after Locate: quote %q typed %q span %v; want the source's %q, typed %q, span 0..%d", p.Quote, p.Typed, p.Span, want, typed, len(want))
	}
	ref := usjapan2015.Catalog()
	var provs [][]indicators.Provenance
	for _, ind := range ref.Indicators {
		provs = append(provs, append([]indicators.Provenance(nil), ind.Provenance...))
	}
	if err := ref.Verify(); err != nil {
		t.Fatal(err)
	}
	for i := range ref.Indicators {
		if d := cmp.Diff(provs[i], ref.Indicators[i].Provenance); d != "" {
			t.Errorf("Verify changed %s (-before +after):\n%s", ref.Indicators[i].ID, d)
		}
	}
}
