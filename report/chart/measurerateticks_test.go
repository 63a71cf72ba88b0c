package chart

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestMeasureRateTicks: the ticks of a rate of a measure ("micrograms per
// cubic metre") are numbers, the unit said whole in the subtitle; "30
// micrograms" on the last tick was a mass, not the concentration
// (s22p-air). A measure with no base keeps its name on the last tick.
func TestMeasureRateTicks(t *testing.T) {
	tests := []struct {
		name      string
		figs      []fig
		last, sub string
	}{
		{"concentration", []fig{
			{id: "urban", title: "Urban background PM10", stated: "20 µg per cubic metre", period: "2008", measure: indicators.Level},
			{id: "road", title: "Roadside PM10", stated: "28 µg per cubic metre", period: "2008", measure: indicators.Level},
		}, "30", "Micrograms per cubic metre"},
		{"tonnes", []fig{
			{id: "a", title: "Landings, A", stated: "2,000 t", period: "2008", measure: indicators.Flow},
			{id: "b", title: "Landings, B", stated: "3,000 t", period: "2008", measure: indicators.Flow},
		}, "3,000 tonnes", "Tonnes"},
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
		if got := last(s.Plot.X.Max); got != tc.last {
			t.Errorf("%s: last tick = %q, want %q", tc.name, got, tc.last)
		}
		if got := s.Subtitle; !strings.HasPrefix(got, tc.sub) {
			t.Errorf("%s: subtitle = %q, want it to start %q", tc.name, got, tc.sub)
		}
	}
}
