package chart

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestOneCurrencyStyle: ticks write the currency as the bars' figures
// and the subtitle do — "US$0 … US$6 billion" beside "US$ 5 billion",
// never "$0 … $6 billion" — and a chart of figures written "$47" keeps
// "$" on its ticks.
func TestOneCurrencyStyle(t *testing.T) {
	tests := []struct {
		name          string
		figs          []fig
		first, last   string // the ticks at 0 and at the top
		end, subtitle string
	}{
		{"US$ figures", []fig{
			{id: "funding", title: "Total funding", stated: "an estimated US$ 2.7 billion", period: "2018", measure: indicators.Flow, status: indicators.Estimate},
			{id: "target", title: "Funding target", stated: "US$ 5 billion", period: "2018", measure: indicators.Flow, status: indicators.Target},
		}, "US$0", "US$6 billion", "US$2", "US$ billion"},
		{"$ figures", []fig{
			{id: "brent", title: "Brent", stated: "$47 per barrel", period: "2015-08", measure: indicators.Level},
			{id: "wti", title: "WTI", stated: "$42 per barrel", period: "2015-08", measure: indicators.Level},
		}, "$0", "$60", "$20", "US$ per barrel"},
		{"one of each", []fig{
			{id: "a", title: "A", stated: "$3 billion", period: "2018", measure: indicators.Flow},
			{id: "b", title: "B", stated: "US$ 5 billion", period: "2018", measure: indicators.Flow},
		}, "US$0", "US$6 billion", "US$2", "US$ billion"},
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
		if got := ticks.Format(0); got != tc.first {
			t.Errorf("%s: tick at 0 = %q, want %q", tc.name, got, tc.first)
		}
		if got := ticks.Format(s.Plot.X.Max / 3); got != tc.end {
			t.Errorf("%s: tick at %v = %q, want %q", tc.name, s.Plot.X.Max/3, got, tc.end)
		}
		if got := last(s.Plot.X.Max); got != tc.last {
			t.Errorf("%s: last tick = %q, want %q", tc.name, got, tc.last)
		}
		if got := s.Subtitle; len(got) < len(tc.subtitle) || got[:len(tc.subtitle)] != tc.subtitle {
			t.Errorf("%s: subtitle = %q, want it to start %q", tc.name, got, tc.subtitle)
		}
	}
}
