package chart

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestWaffleWhole: a part of a whole says what it is a part of, from its
// denominator or its title, never "of the whole" when the catalog says
// more.
func TestWaffleWhole(t *testing.T) {
	tests := []struct {
		title, denom string
		status       indicators.Status
		caption, key string
	}{
		{title: "WHO African Region's share of malaria cases worldwide",
			caption: "of malaria cases worldwide\nWHO African Region's share of malaria cases worldwide",
			key:     "Each square is 1 percent of malaria cases worldwide"},
		{title: "Share of malaria funding from international sources",
			caption: "of malaria funding from international sources",
			key:     "Each square is 1 percent of malaria funding from international sources"},
		{title: "Share of people at risk of malaria in Africa sleeping under a treated net",
			caption: "of people at risk of malaria in Africa sleeping under a treated net",
			key:     "Each square is 1 percent of people at risk of malaria in Africa sleeping under a treated net"},
		{title: "Renewables in the power mix of Japan",
			caption: "Renewables in the power mix of Japan",
			key:     "Each square is 1 percent"},
		{title: "Renewable electricity",
			caption: "Renewable electricity",
			key:     "Each square is 1 percent"},
		{title: "Share of global GDP", denom: "world GDP",
			caption: "of world GDP\nShare of global GDP",
			key:     "Each square is 1 percent of world GDP"},
		{title: "Share of households connected", status: indicators.Target,
			caption: "of households connected (target)",
			key:     "Each square is 1 percent of households connected"},
		{title: "Renewable electricity", status: indicators.Target,
			caption: "Renewable electricity (target)",
			key:     "Each square is 1 percent"},
	}
	for _, tc := range tests {
		c := figCatalog(t, fig{id: "x", title: tc.title, stated: "93%", period: "2018", measure: indicators.Share, denom: tc.denom, status: tc.status})
		c.Views = []indicators.ChartView{{ID: "w", Kind: indicators.PartOfWhole, Indicators: []string{"x"}}}
		s := figSlide(t, c, "w")
		w, ok := s.body.(*Waffle)
		if !ok {
			t.Fatalf("part of whole of %q is drawn by %T, want *Waffle", tc.title, s.body)
		}
		if w.Caption != tc.caption {
			t.Errorf("caption of %q = %q, want %q", tc.title, w.Caption, tc.caption)
		}
		var key string
		for _, k := range s.Key {
			if k.Swatch == SolidSwatch {
				key = k.Text
			}
		}
		if key != tc.key {
			t.Errorf("key of %q = %q, want %q", tc.title, key, tc.key)
		}
	}
}
