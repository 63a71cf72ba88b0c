package chart

import (
	"strings"
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
		}, "$0", "$50", "$10", "US$ per barrel"}, // $47 on an axis to $50, not $60 (axis.Range)
		{"one of each", []fig{
			{id: "a", title: "A", stated: "$3 billion", period: "2018", measure: indicators.Flow},
			{id: "b", title: "B", stated: "US$ 5 billion", period: "2018", measure: indicators.Flow},
		}, "US$0", "US$6 billion", "US$2", "US$ billion"},
		{"SDR figures", []fig{
			{id: "a", title: "Disbursement", stated: "SDR 178.4 million", period: "2026", measure: indicators.Flow},
			{id: "b", title: "Arrangements", stated: "SDR 535.3 million", period: "2026", measure: indicators.Flow},
		}, "SDR 0", "SDR 600 million", "SDR 200", "SDR million"},
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
		if got := ticks.Format(ticks.Step); got != tc.end {
			t.Errorf("%s: tick at %v = %q, want %q", tc.name, ticks.Step, got, tc.end)
		}
		if got := last(s.Plot.X.Max); got != tc.last {
			t.Errorf("%s: last tick = %q, want %q", tc.name, got, tc.last)
		}
		if got := s.Subtitle; len(got) < len(tc.subtitle) || got[:len(tc.subtitle)] != tc.subtitle {
			t.Errorf("%s: subtitle = %q, want it to start %q", tc.name, got, tc.subtitle)
		}
	}
}

// TestSubunitAxis: an axis beside figures written in cents speaks cents
// ("0 20 … 80 cents" and a subtitle "US cents", not "$0 $0.2 … $0.8"
// beside "30 cents"), and a price whose currency is not written says its
// base alone ("Per quintal", not "Number per quintal").
func TestSubunitAxis(t *testing.T) {
	tests := []struct {
		name            string
		figs            []fig
		at              float64 // a tick's value
		tick, last, sub string
	}{
		{"cents", []fig{
			{id: "corn", title: "Corn price cut", stated: "30 cents", period: "2021", measure: indicators.Change},
			{id: "soy", title: "Soybean price cut", stated: "80 cents", period: "2021", measure: indicators.Change},
			{id: "wheat", title: "Wheat price cut", stated: "ten cents", period: "2021", measure: indicators.Change},
		}, 0.2, "20", "80 cents", "US cents"},
		{"pence", []fig{
			{id: "a", title: "Fare rise", stated: "50 pence", period: "2021", measure: indicators.Change},
			{id: "b", title: "Stamp rise", stated: "1 penny", period: "2021", measure: indicators.Change},
		}, 0.2, "20", "60 pence", "Pence"},
		{"cents and dollars", []fig{
			{id: "a", title: "Cut", stated: "30 cents", period: "2021", measure: indicators.Change},
			{id: "b", title: "Price", stated: "$5.45", period: "2021", measure: indicators.Level},
		}, 2, "$2", "$6", "US$"},
		{"no currency", []fig{
			{id: "paddy", title: "Paddy", stated: "2,300 per quintal", period: "2023", measure: indicators.Level},
			{id: "wheat", title: "Wheat", stated: "2,425 per quintal", period: "2023", measure: indicators.Level},
		}, 1000, "1,000", "2,500", "Per quintal"}, // 2,425 on an axis to 2,500 (axis.Range)
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
		if got := s.Subtitle; !strings.HasPrefix(got, tc.sub+",") && !strings.HasPrefix(got, tc.sub+";") {
			t.Errorf("%s: subtitle = %q, want it to start %q and a comma or semicolon", tc.name, got, tc.sub)
		}
	}
}
