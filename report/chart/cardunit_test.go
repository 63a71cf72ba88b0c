package chart

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCardUnitOfAFall: a headline card of a fact that fell or rose says
// "Percent change" under its figure ("Down 4.8%"); "Percent reduction"
// and "Percent increase" are the words of targets and pledges to cut or
// raise.
func TestCardUnitOfAFall(t *testing.T) {
	tests := []struct {
		status indicators.Status
		dir    indicators.Direction
		want   string
	}{
		{indicators.Fact, indicators.Down, "Percent change"},
		{indicators.Estimate, indicators.Up, "Percent change"},
		{indicators.Target, indicators.Down, "Percent reduction"},
		{indicators.Pledge, indicators.Up, "Percent increase"},
	}
	for _, tc := range tests {
		c := figCatalog(t, fig{id: "x", title: "Primary energy consumption", stated: "4.8%", period: "2019", measure: indicators.Change, status: tc.status})
		c.Indicators[0].Quantity.Direction = tc.dir
		if got := figSlide(t, c, "x").Subtitle; got != tc.want {
			t.Errorf("card subtitle of a %v %v = %q, want %q", tc.status, tc.dir, got, tc.want)
		}
	}
}
