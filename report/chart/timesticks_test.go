package chart

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestTimesTicks checks that the axis of ratios says "×" on its last
// tick and on no other: s14d-energy's "more than doubled" bars were
// drawn on an axis "0 … 2" of no unit; a ratio stated "3.5 times" too.
func TestTimesTicks(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"more than doubled", "more than doubled"},
		{"3.5 times", "1.5 times"},
	} {
		c := figCatalog(t, fig{id: "a", title: "Gas", stated: tc.a, period: "2022", measure: indicators.Level},
			fig{id: "b", title: "Renewables", stated: tc.b, period: "2022", measure: indicators.Level})
		c.Views = []indicators.ChartView{{ID: "v", Kind: indicators.Bars, Indicators: []string{"a", "b"}}}
		s := figSlide(t, c, "v")
		tk := s.Plot.X.Tick.Marker.Ticks(s.Plot.X.Min, s.Plot.X.Max)
		var labels []string
		for _, k := range tk {
			if k.Label != "" {
				labels = append(labels, k.Label)
			}
		}
		if len(labels) < 2 {
			t.Fatalf("%s: tick labels = %q, want two or more", tc.a, labels)
		}
		for i, l := range labels {
			if last := i == len(labels)-1; strings.HasSuffix(l, "×") != last {
				t.Errorf("%s: tick labels = %q, want \"×\" on the last alone", tc.a, labels)
				break
			}
		}
	}
}
