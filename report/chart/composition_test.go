package chart

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestComposition checks that a part_of_whole view of several shares of
// one whole is drawn as one waffle of its parts in the palette's colours,
// a hedged part faded, and the rest of the whole keyed when the parts
// fall short of it: s14d-energy's six fuels (99%, one "about"), and
// s14-crime's four kinds of violence (100%, no rest).
func TestComposition(t *testing.T) {
	tests := []struct {
		name   string
		figs   []fig
		names  []string
		cells  []int
		hedged []bool
		rest   string
	}{
		{"s14d-energy fuel mix", []fig{
			{id: "coal", title: "Coal's share of electricity generation", stated: "47%"},
			{id: "gas", title: "Gas's share of electricity generation", stated: "19%"},
			{id: "oil", title: "Oil's share of electricity generation", stated: "2%"},
			{id: "solar", title: "Solar's share of electricity generation", stated: "about 14%"},
			{id: "wind", title: "Wind's share of electricity generation", stated: "11%"},
			{id: "hydro", title: "Hydro's share of electricity generation", stated: "6%"},
		}, []string{"Coal", "Gas", "Oil", "Solar", "Wind", "Hydro"}, []int{47, 19, 2, 14, 11, 6},
			[]bool{false, false, false, true, false, false}, "Other, not stated: 1%"},
		{"s14-crime kinds of violence", []fig{
			{id: "threats", title: "Share of threats", stated: "9%"},
			{id: "robbery", title: "Share of robbery", stated: "6%"},
			{id: "wounding", title: "Share of wounding", stated: "14%"},
			{id: "assault", title: "Share of assault without injury", stated: "71%"},
		}, []string{"Threats", "Robbery", "Wounding", "Assault without injury"}, []int{9, 6, 14, 71},
			[]bool{false, false, false, false}, ""},
	}
	for _, tc := range tests {
		var ids []string
		for i := range tc.figs {
			tc.figs[i].period, tc.figs[i].measure = "2022", indicators.Share
			ids = append(ids, tc.figs[i].id)
		}
		c := figCatalog(t, tc.figs...)
		c.Views = []indicators.ChartView{{ID: "w", Kind: indicators.PartOfWhole, Indicators: ids}}
		s := figSlide(t, c, "w")
		w, ok := s.body.(*Waffle)
		if !ok {
			t.Fatalf("%s: drawn by %T, want *Waffle", tc.name, s.body)
		}
		var names []string
		var hedged []bool
		for _, p := range w.Parts {
			names, hedged = append(names, p.Name), append(hedged, p.Hedged)
		}
		if !slices.Equal(names, tc.names) {
			t.Errorf("%s: part names = %q, want %q", tc.name, names, tc.names)
		}
		if got := partCells(w.Parts); !slices.Equal(got, tc.cells) {
			t.Errorf("%s: cells = %v, want %v", tc.name, got, tc.cells)
		}
		if !slices.Equal(hedged, tc.hedged) {
			t.Errorf("%s: hedged = %v, want %v", tc.name, hedged, tc.hedged)
		}
		if w.Rest != tc.rest {
			t.Errorf("%s: rest = %q, want %q", tc.name, w.Rest, tc.rest)
		}
	}
}

// TestPartCells checks that the parts' roundings are shared out by the
// largest remainders, never filling past the whole.
func TestPartCells(t *testing.T) {
	tests := []struct {
		values []float64
		want   []int
	}{
		{[]float64{33.3, 33.3, 33.4}, []int{33, 33, 34}},
		{[]float64{47.6, 19.6, 32.1}, []int{48, 19, 32}}, // 99.3 is 99 squares
		{[]float64{60, 45}, []int{60, 40}},
	}
	for _, tc := range tests {
		var parts []WafflePart
		for _, v := range tc.values {
			parts = append(parts, WafflePart{Value: v})
		}
		if got := partCells(parts); !slices.Equal(got, tc.want) {
			t.Errorf("partCells(%v) = %v, want %v", tc.values, got, tc.want)
		}
	}
}
