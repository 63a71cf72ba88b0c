package chart

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestTicksGroupAsFigures: ticks and bars group thousands with commas,
// one rule (wording.Thousands) as the book's cells beside the slide do,
// whether the document wrote "22 500" (as Eurostat writes it) or
// "22,500".
func TestTicksGroupAsFigures(t *testing.T) {
	for _, tc := range []struct {
		a, b, sep string
	}{
		{"22\u00a0500 applicants", "12\u00a0500 applicants", ","},
		{"22,500 applicants", "12,500 applicants", ","},
	} {
		c := figCatalog(t,
			fig{id: "sy", title: "Applicants from Syria", stated: tc.a, period: "2017", measure: indicators.Flow},
			fig{id: "af", title: "Applicants from Afghanistan", stated: tc.b, period: "2017", measure: indicators.Flow},
		)
		s := figSlide(t, c, "all")
		var grouped []string
		for _, tk := range s.Plot.X.Tick.Marker.Ticks(s.Plot.X.Min, s.Plot.X.Max) {
			if len(strings.TrimLeft(tk.Label, "0123456789")) < len(tk.Label) && len(tk.Label) > 4 {
				grouped = append(grouped, tk.Label)
			}
		}
		if len(grouped) == 0 {
			t.Fatalf("%q: no tick of thousands", tc.a)
		}
		for _, l := range grouped {
			if !strings.Contains(l, tc.sep) {
				t.Errorf("%q: tick %q, want thousands grouped with %q", tc.a, l, tc.sep)
			}
		}
		for _, b := range s.body.(*Bars).Bars {
			if !strings.Contains(b.Value, tc.sep) {
				t.Errorf("%q: bar %q, want thousands grouped with %q", tc.a, b.Value, tc.sep)
			}
		}
	}
}
