package extract

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestDraftPartsArithmetic: figures of other sentences are the parts
// of an amount only when they add up to it to rounding; the parts its own
// sentence lists may be rounded.
func TestDraftPartsArithmetic(t *testing.T) {
	mk := func(id, stated string, sentence int) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatal(err)
		}
		return indicators.Indicator{ID: id, Title: "Aid " + id, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Flow, Status: indicators.Fact,
			Provenance: []indicators.Provenance{{Source: "doc", Span: indicators.Span{Start: sentence * 100, End: sentence*100 + 90}}}}
	}
	for _, tc := range []struct {
		name  string
		inds  []indicators.Indicator
		parts bool
	}{
		{"other sentences 1.4% short of the whole are no parts", []indicators.Indicator{
			mk("lead", "$50 million", 0), mk("total", "$29.3 million", 1), mk("a", "$12.8 million", 2), mk("b", "$16.1 million", 3)}, false},
		{"other sentences that add up to the whole are parts", []indicators.Indicator{
			mk("lead", "$50 million", 0), mk("total", "$29.3 million", 1), mk("a", "$13.2 million", 2), mk("b", "$16.1 million", 3)}, true},
		{"the whole's own sentence may round its parts", []indicators.Indicator{
			mk("lead", "$50 million", 0), mk("total", "$29.3 million", 1), mk("a", "$12.8 million", 1), mk("b", "$16.1 million", 1)}, true},
	} {
		_, notes := proposeViewsTitled("doc", "", tc.inds, map[string]int{})
		got := false
		for _, ns := range notes {
			for _, n := range ns {
				got = got || strings.Contains(n, "add up to it")
			}
		}
		if got != tc.parts {
			t.Errorf("%s: proposeViewsTitled says parts add up %v, want %v (notes %q)", tc.name, got, tc.parts, notes)
		}
	}
}
