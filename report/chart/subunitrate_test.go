package chart

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSubunitRateAxis: a rate stated in a currency's hundredths ("3.6
// pence per litre") keeps them on its axis and in its subtitle ("0 1 2 3
// 4 pence", "Pence per litre"), never "£0.01 … £0.04" beside labels in
// pence.
func TestSubunitRateAxis(t *testing.T) {
	tests := []struct {
		name            string
		figs            []fig
		at              float64
		tick, last, sub string
	}{
		{"pence per litre", []fig{
			{id: "petrol", title: "Petrol pump price", stated: "3.6 pence per litre", period: "2019-04", measure: indicators.Change},
			{id: "diesel", title: "Diesel pump price", stated: "2.2 pence per litre", period: "2019-04", measure: indicators.Change},
		}, 0.01, "1", "4 pence", "Pence per litre"},
		{"cents per gallon", []fig{
			{id: "gas", title: "Gasoline", stated: "16 cents per gallon", period: "2021", measure: indicators.Change},
			{id: "diesel", title: "Diesel", stated: "9 cents per gallon", period: "2021", measure: indicators.Change},
		}, 0.05, "5", "20 cents", "US cents per gallon"},
	}
	for _, tc := range tests {
		s := figSlide(t, figCatalog(t, tc.figs...), "all")
		ticks, ok := s.Plot.X.Tick.Marker.(Ticks)
		if !ok {
			t.Fatalf("%s: ticks are %T, want Ticks", tc.name, s.Plot.X.Tick.Marker)
		}
		last := ticks.Format
		if ticks.Last != nil {
			last = ticks.Last
		}
		if got := ticks.Format(tc.at); got != tc.tick {
			t.Errorf("%s: tick at %v = %q, want %q", tc.name, tc.at, got, tc.tick)
		}
		if got := last(s.Plot.X.Max); got != tc.last {
			t.Errorf("%s: last tick = %q, want %q", tc.name, got, tc.last)
		}
		if got := s.Subtitle; !strings.HasPrefix(got, tc.sub+";") {
			t.Errorf("%s: subtitle = %q, want it to start %q", tc.name, got, tc.sub+";")
		}
	}
}
