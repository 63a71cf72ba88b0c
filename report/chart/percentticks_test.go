package chart

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSeriesPercentOnLast: a series chart of figures the document writes
// "per cent" says the word on its last tick only, as a bar chart's axis
// does: "0 5 10 15 per cent", never "per cent" on every tick beside the
// bars' one (s21o-obesity).
func TestSeriesPercentOnLast(t *testing.T) {
	c := indicatortestSeries(t, "9.3 per cent", "9.6 per cent")
	v, _ := c.View("trend")
	s, err := NewSlide(c, v, nil)
	if err != nil {
		t.Fatal(err)
	}
	ticks := s.Plot.Y.Tick.Marker.Ticks(s.Plot.Y.Min, s.Plot.Y.Max)
	if len(ticks) < 2 {
		t.Fatalf("%d ticks", len(ticks))
	}
	for i, tk := range ticks {
		last := i == len(ticks)-1
		if got := len(tk.Label) > 3 && tk.Label[len(tk.Label)-3:] == "ent"; got != last {
			t.Errorf("tick %d of %d = %q: says per cent %v, want %v", i+1, len(ticks), tk.Label, got, last)
		}
	}
}

// indicatortestSeries returns a catalog of one series of two yearly
// points stated as given and a series view "trend" of it.
func indicatortestSeries(t *testing.T, stated ...string) *indicators.Catalog {
	t.Helper()
	c := &indicators.Catalog{Series: []indicators.Series{{ID: "s", Title: "Obesity prevalence, reception"}},
		Sources: []indicators.Source{{ID: "src", Title: "NCMP"}},
		Views:   []indicators.ChartView{{ID: "trend", Title: "Obesity prevalence in reception, England", Kind: indicators.SeriesKind, Series: []string{"s"}}}}
	for i, st := range stated {
		q, u, err := indicators.ParseStated(st)
		if err != nil {
			t.Fatal(err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: string(rune('a' + i)), Title: "Obesity prevalence, reception", Stated: st, Quantity: q, Unit: u,
			Measure: indicators.Share, Period: indicators.YearPeriod(2015 + i), Series: "s", Entities: []string{"GB-ENG"},
			Provenance: []indicators.Provenance{{Source: "src", Quote: st, Span: indicators.Span{Start: -1, End: -1}}}})
	}
	return c
}
