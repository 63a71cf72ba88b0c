package chart

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestSignedCountsInCatalogUnit: counts that rise and fall side by side,
// stated with other words for their noun, are labelled with their
// direction and their unit as the catalog names it, as the book's native
// chart labels them: one wording of the unit (s16h-police: "down 15 FTE
// officers" and "up 366 FTE police officers" on the slide, "down 15
// full-time equivalent officers" in the book).
func TestSignedCountsInCatalogUnit(t *testing.T) {
	type change struct {
		stated, unit string
		d            indicators.Direction
	}
	tests := []struct {
		name    string
		changes []change
		want    []string
	}{
		{"s16h-police", []change{
			{"15 FTE officers", "full-time equivalent officer", indicators.Down},
			{"11 FTE officers", "full-time equivalent officer", indicators.Down},
			{"366 FTE police officers", "full-time equivalent officer", indicators.Up},
		}, []string{"down 15 full-time equivalent officers", "down 11 full-time equivalent officers", "up 366 full-time equivalent officers"}},
		{"s16g-insolvency", []change{
			{"1,200 more liquidations", "liquidation", indicators.Up},
			{"35 administrations", "administration", indicators.Down},
		}, []string{"up 1,200 liquidations", "down 35 administrations"}},
	}
	for _, tc := range tests {
		c := &indicators.Catalog{}
		v := indicators.ChartView{ID: "all", Title: "Changes", Kind: indicators.Bars}
		for i, ch := range tc.changes {
			ind := indicatortest.Change(t, string(rune('a'+i)), ch.stated, ch.d)
			ind.Unit = indicators.Unit{Kind: indicators.Count, Name: ch.unit}
			c.Indicators = append(c.Indicators, ind)
			v.Indicators = append(v.Indicators, ind.ID)
		}
		c.Views = []indicators.ChartView{v}
		s, err := NewSlide(c, &c.Views[0], nil)
		if err != nil {
			t.Fatalf("%s: NewSlide: %v", tc.name, err)
		}
		var got []string
		for _, b := range s.body.(*Bars).Bars {
			got = append(got, b.Value)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: values (-want +got):\n%s", tc.name, diff)
		}
	}
}
