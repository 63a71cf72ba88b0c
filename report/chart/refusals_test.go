package chart

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestVerifyRefusesWhatChartsRefuse builds each view the chart package
// refuses to draw, and some it draws, and checks that indicators' Verify
// refuses exactly the same ones (its viewDraws mirrors the refusals), so
// that what verify passes, build builds, and the two cannot drift.
func TestVerifyRefusesWhatChartsRefuse(t *testing.T) {
	figs := []struct{ id, stated string }{
		{"share", "93%"}, {"share2", "4%"}, {"neg-share", "-0.3 percent"},
		{"money", "$279 billion"}, {"count", "89 countries"},
		{"neg", "-$11.0 billion"}, {"hedged-neg", "nearly -$11 billion"},
		{"neg-range", "-5 to -2 percent"}, {"over-neg", "more than -4 percent"},
		{"rank", "10th"},
	}
	views := []struct {
		kind    indicators.ChartKind
		ids     []string
		refused bool
	}{
		// One share per part of a whole, a percentage, not negative.
		{indicators.PartOfWhole, []string{"share"}, false},
		{indicators.PartOfWhole, []string{"share", "share2"}, true},
		{indicators.PartOfWhole, []string{"money"}, true},
		{indicators.PartOfWhole, []string{"count"}, true},
		{indicators.PartOfWhole, []string{"neg-share"}, true},
		// One figure per headline.
		{indicators.Headline, []string{"money"}, false},
		{indicators.Headline, []string{"hedged-neg"}, false},
		{indicators.Headline, []string{"money", "count"}, true},
		// No hedged negative bar; an exact one and a range below zero
		// are drawn.
		{indicators.Bars, []string{"neg", "money"}, false},
		{indicators.Bars, []string{"hedged-neg"}, true},
		{indicators.Bars, []string{"over-neg"}, true},
		{indicators.Bars, []string{"neg-range"}, false},
		{indicators.Bars, []string{"rank"}, false},
		{indicators.RangeChart, []string{"neg-range"}, false},
		{indicators.RangeChart, []string{"hedged-neg"}, true},
		{indicators.RangeChart, []string{"money", "neg"}, false},
	}
	c := &indicators.Catalog{Sources: mixedSources}
	for _, f := range figs {
		q, u, err := indicators.ParseStated(f.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", f.stated, err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{
			ID: f.id, Title: f.id, Stated: f.stated, Quantity: q, Unit: u, Period: indicators.NotStated,
			Measure: indicators.Level, Provenance: []indicators.Provenance{{Source: "wh-2015", Quote: f.stated}},
		})
	}
	for i, v := range views {
		c.Views = append(c.Views, indicators.ChartView{ID: fmt.Sprintf("v%d", i), Title: "View", Kind: v.kind, Indicators: v.ids})
	}
	// The catalog has no source texts: keep only what Verify says of
	// its views.
	var list indicators.ErrorList
	if err := c.Verify(); !errors.As(err, &list) {
		t.Fatalf("Verify() = %v, want an ErrorList", err)
	}
	for i, v := range views {
		id := c.Views[i].ID
		_, chartErr := NewSlide(c, &c.Views[i], nil)
		if (chartErr != nil) != v.refused {
			t.Errorf("NewSlide(%v of %v) error = %v, want refused %v", v.kind, v.ids, chartErr, v.refused)
		}
		var verifyErr []string
		for _, e := range list {
			if strings.Contains(e.Msg, fmt.Sprintf("view %q", id)) {
				verifyErr = append(verifyErr, e.Msg)
			}
		}
		if (len(verifyErr) > 0) != (chartErr != nil) {
			t.Errorf("Verify of %v of %v = %q, want refused %v as NewSlide refuses it (%v)", v.kind, v.ids, verifyErr, chartErr != nil, chartErr)
		}
	}
}
