package chart

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCardPrevious: a headline card gives the figure of the period
// before where the catalog holds it (s16g-fire), and none where it does
// not (a year missing between).
func TestCardPrevious(t *testing.T) {
	tests := []struct {
		figs []fig
		want string
	}{
		{[]fig{
			{id: "now", title: "Fire-related fatalities", stated: "269 fire-related fatalities", period: "2023", measure: indicators.Flow},
			{id: "before", title: "Fire-related fatalities", stated: "257 fire-related fatalities", period: "2022", measure: indicators.Flow},
		}, "257 fire-related fatalities in 2022"}, // as the card says "269 fire-related fatalities" (wording.Card)
		// Another kind: a budget two years apart has no previous year.
		{[]fig{
			{id: "now", title: "Defence spending", stated: "$842 billion", period: "2024", measure: indicators.Flow},
			{id: "before", title: "Defence spending", stated: "$778 billion", period: "2022", measure: indicators.Flow},
		}, ""},
	}
	for _, tt := range tests {
		s := figSlide(t, figCatalog(t, tt.figs...), "now")
		if got := s.body.(*Card).Previous; got != tt.want {
			t.Errorf("card of %q: Previous = %q, want %q", tt.figs[0].stated, got, tt.want)
		}
	}
}
