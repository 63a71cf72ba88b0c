package chart

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestComposition checks that a part_of_whole view of several shares of
// one whole is drawn as one waffle of its parts in the palette's colours,
// a hedged part faded, and the rest of the whole keyed when the parts
// fall short of it: s14d-energy's six fuels (99%, one "about": each ±
// half a point reaches 100, so the rest is "Not stated or rounding", and
// no part is stretched to fill it), s18k-children's further action
// (76+21+2, the same, the shared "Further action:" cut under a title that
// says it), its referral outcomes (26+69, a rest of 5 their rounding
// does not reach), and s14-crime's four kinds of violence (100%, no
// rest).
func TestComposition(t *testing.T) {
	tests := []struct {
		name   string
		title  string
		figs   []fig
		names  []string
		cells  []float64
		hedged []bool
		rest   string
		note   string // a note the slide must carry
	}{
		{"s14d-energy fuel mix", "", []fig{
			{id: "coal", title: "Coal's share of electricity generation", stated: "47%"},
			{id: "gas", title: "Gas's share of electricity generation", stated: "19%"},
			{id: "oil", title: "Oil's share of electricity generation", stated: "2%"},
			{id: "solar", title: "Solar's share of electricity generation", stated: "about 14%"},
			{id: "wind", title: "Wind's share of electricity generation", stated: "11%"},
			{id: "hydro", title: "Hydro's share of electricity generation", stated: "6%"},
		}, []string{"Coal", "Gas", "Oil", "Solar", "Wind", "Hydro"}, []float64{47, 19, 2, 14, 11, 6},
			[]bool{false, false, false, true, false, false}, "Not stated or rounding: 1%", ""},
		{"s18k-children further action", "What further action related to, Northern Ireland, 2014/15", []fig{
			{id: "carer", title: "Further action: carer needing support to care for the child", stated: "76%"},
			{id: "cp", title: "Further action: child protection investigation", stated: "21%"},
			{id: "dis", title: "Further action: child with disability", stated: "2%"},
		}, []string{"Carer needing support to care for the child", "Child protection investigation", "Child with disability"}, []float64{76, 21, 2},
			[]bool{false, false, false}, "Not stated or rounding: 1%", ""},
		{"s18k-children referral outcome", "Outcome of referrals to social services", []fig{
			{id: "met", title: "Referred children whose needs were met at referral", stated: "26%"},
			{id: "further", title: "Referred children allocated for further action (assessment or service)", stated: "69%"},
		}, []string{"Referred children whose needs were met at referral", "Referred children allocated for further action (assessment or service)"}, []float64{26, 69},
			[]bool{false, false}, "All other: 5%", ""},
		{"s14-crime kinds of violence", "", []fig{
			{id: "threats", title: "Share of threats", stated: "9%"},
			{id: "robbery", title: "Share of robbery", stated: "6%"},
			{id: "wounding", title: "Share of wounding", stated: "14%"},
			{id: "assault", title: "Share of assault without injury", stated: "71%"},
		}, []string{"Threats", "Robbery", "Wounding", "Assault without injury"}, []float64{9, 6, 14, 71},
			[]bool{false, false, false, false}, "", ""},
		// Rounded parts past the whole: the last is drawn short, and a
		// note says so (s29z-foi drew a 16% as 15 squares unsaid).
		{"rounded parts of 101%", "What happened to the requests", []fig{
			{id: "granted", title: "Requests granted in full, share", stated: "34%"},
			{id: "part", title: "Requests withheld in part, share", stated: "17%"},
			{id: "withheld", title: "Requests withheld in full, share", stated: "34%"},
			{id: "open", title: "Requests not yet answered, share", stated: "16%"},
		}, []string{"Granted in full", "Withheld in part", "Withheld in full", "Not yet answered"}, []float64{34, 17, 34, 15},
			[]bool{false, false, false, false}, "", "Not yet answered (16%) is drawn as 15 squares: the parts, as the source rounds them, add up to 101%."},
	}
	for _, tc := range tests {
		var ids []string
		for i := range tc.figs {
			tc.figs[i].period, tc.figs[i].measure = "2022", indicators.Share
			ids = append(ids, tc.figs[i].id)
		}
		c := figCatalog(t, tc.figs...)
		c.Views = []indicators.ChartView{{ID: "w", Title: tc.title, Kind: indicators.PartOfWhole, Indicators: ids}}
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
		if tc.note != "" && !slices.Contains(s.Notes, tc.note) {
			t.Errorf("%s: notes = %q, want one %q", tc.name, s.Notes, tc.note)
		}
	}
}

// TestPartCells checks that each part fills its value in cells exactly,
// a part of a percent part of a cell, never past the whole: two parts of
// 1.8% fill 3.6 cells, not two squares each (s27x-counciltax).
func TestPartCells(t *testing.T) {
	tests := []struct {
		values []float64
		want   []float64
	}{
		{[]float64{33.3, 33.3, 33.4}, []float64{33.3, 33.3, 33.4}},
		{[]float64{1.8, 1.8}, []float64{1.8, 1.8}},
		{[]float64{60, 45}, []float64{60, 40}},
		{[]float64{-1, 5}, []float64{0, 5}},
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

// TestWaffleOwnSquares: parts that fall short of the whole fill their
// own squares, never stretched to fill it, and the key says the rest and
// the figures as the document writes them: "One in ten", 32% and 55% of
// Irish speakers were drawn as 10, 33 and 57 squares, "10%", and "the
// parts do not sum to 100 percent because of rounding", where 3% did not
// say (s26w-language).
func TestWaffleOwnSquares(t *testing.T) {
	const src = `claimbook: 1
sources: [{id: cso, title: Census, publisher: Statistics Office, text: t.txt, sha256: 9a6c81f94a7f6cc16c03ab096207e2ec208bfb5a3beb89b36e2c874617eb0a00}]
indicators:
  - {id: very, title: Irish speakers who could speak it very well, measure: share, status: fact, stated: One in ten, period: 2022, provenance: [{source: cso, quote: One in ten}]}
  - {id: well, title: Irish speakers who spoke it well, measure: share, status: fact, stated: 32%, period: 2022, provenance: [{source: cso, quote: 32%}]}
  - {id: not, title: Irish speakers who could not speak the language well, measure: share, status: fact, stated: 55%, period: 2022, provenance: [{source: cso, quote: 55%}]}
views: [{id: w, title: How well Irish speakers spoke Irish, kind: part_of_whole, indicators: [very, well, not]}]
`
	text := func(string) ([]byte, error) { return []byte("One in ten; 32%; 55%.\n"), nil }
	c, err := indicators.Parse("irish.yaml", []byte(src), text)
	if err != nil {
		t.Fatal(err)
	}
	s := figSlide(t, c, "w")
	w, ok := s.body.(*Waffle)
	if !ok {
		t.Fatalf("drawn by %T, want *Waffle", s.body)
	}
	if got, want := partCells(w.Parts), []float64{10, 32, 55}; !slices.Equal(got, want) {
		t.Errorf("cells = %v, want %v", got, want)
	}
	if got, want := w.Parts[0].Figure, "one in ten"; got != want {
		t.Errorf("first part's figure = %q, want %q", got, want)
	}
	if got, want := w.Rest, "Not stated or rounding: 3%"; got != want {
		t.Errorf("rest = %q, want %q", got, want)
	}
	if got := s.Key[0].Text; strings.Contains(got, "because of rounding") {
		t.Errorf("key = %q, want no rounding said of a rest drawn", got)
	}
}
