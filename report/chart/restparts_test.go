package chart

import (
	"math"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCompositionDerivedWhole: derived shares whose parts make up their
// one whole leave no rest (review16a item 7: 1, 1 and 1 of 3 were "33%"
// three times and "Other, not stated: 1%"); parts that fall short of it
// keep the rest the book's doughnut names. The waste kind's tonnages.
func TestCompositionDerivedWhole(t *testing.T) {
	tests := []struct {
		name    string
		parts   []string // stated figures of the parts
		total   string
		rest    string
		covered int // squares the parts fill
	}{
		{"1, 1 and 1 of 3", []string{"1 marriage", "1 marriage", "1 marriage"}, "3 marriages", "", 100},
		{"waste kind, 1,200, 1,200 and 1,200 of 3,600 sites", []string{"1,200 sites", "1,200 sites", "1,200 sites"}, "3,600 sites", "", 100},
		{"waste kind, thirds of 3.6 million tonnes", []string{"1.2 million tonnes", "1.2 million tonnes", "1.2 million tonnes"}, "3.6 million tonnes", "", 100},
		{"waste kind, parts short of the whole", []string{"1.2 million tonnes", "1.2 million tonnes"}, "3.6 million tonnes", "All other: 28%", 72},
		// Hedged inputs have no exact share: 0/0 drew the parts at NaN,
		// and the rasterizer never returned (s29z-foodhygiene).
		{"samples, hedged parts of a hedged whole", []string{"about 3,100 samples", "some 6,000 samples", "10,200 samples"}, "about 19,300 samples", "", 100},
	}
	for _, tt := range tests {
		c := &indicators.Catalog{}
		add := func(id, stated string) {
			q, u, err := indicators.ParseStated(stated)
			if err != nil {
				t.Fatalf("ParseStated(%q): %v", stated, err)
			}
			c.Indicators = append(c.Indicators, indicators.Indicator{ID: id, Title: "Waste " + id, Stated: stated, Quantity: q, Unit: u,
				Period: indicators.YearPeriod(2022), Measure: indicators.Flow})
		}
		add("total", tt.total)
		var ids []string
		for i, p := range tt.parts {
			id := string(rune('a' + i))
			add(id, p)
			c.Derived = append(c.Derived, indicators.Derived{ID: "share-" + id, Title: "Waste " + id + " as a share of all waste", Op: indicators.ShareOf, Inputs: []string{id, "total"}})
			ids = append(ids, "share-"+id)
		}
		c.Views = []indicators.ChartView{{ID: "w", Title: "Waste by route", Kind: indicators.PartOfWhole, Indicators: ids}}
		v, _ := c.View("w")
		s, err := NewSlide(c, v, nil)
		if err != nil {
			t.Fatalf("%s: NewSlide: %v", tt.name, err)
		}
		w, ok := s.body.(*Waffle)
		if !ok {
			t.Fatalf("%s: drawn by %T, want *Waffle", tt.name, s.body)
		}
		if w.Rest != tt.rest {
			t.Errorf("%s: rest = %q, want %q", tt.name, w.Rest, tt.rest)
		}
		for _, p := range w.Parts {
			if math.IsNaN(p.Value) || p.Value <= 0 {
				t.Errorf("%s: part %q drawn at %v, want its share", tt.name, p.Name, p.Value)
			}
		}
		covered := 0.0
		for _, n := range partCells(w.Parts) {
			covered += n
		}
		if math.Round(covered) != float64(tt.covered) {
			t.Errorf("%s: the parts fill %v squares, want %d", tt.name, covered, tt.covered)
		}
	}
}
