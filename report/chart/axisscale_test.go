package chart

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAxisScaleWord: an axis of figures stated in full digits that
// reaches a million, ticked every tenth of a million or more, writes "0 1
// 2 3 million", the scale once on the last tick, as a scaled axis does;
// an axis below a million keeps its ticks (s17j-benefits drew "0
// 1,000,000 2,000,000 3,000,000" under labels read in thousands).
func TestAxisScaleWord(t *testing.T) {
	tests := []struct {
		kind, view string
		want       []string
	}{
		{"benefits", "caseloads", []string{"0", "1", "2", "3 million"}},
		{"housing", "totals", []string{"0", "0.5", "1.0", "1.5 million"}}, // one precision (sameDecimals)
		{"prisons", "population", []string{"0", "0.5", "1.0", "1.5 million"}},
		// Hectares in thousands: no million reached.
		{"forestry", "uk-nations", []string{"0", "5,000", "10,000", "15,000", "20,000 hectares"}},
	}
	for _, tt := range tests {
		s := kindSlide(t, tt.kind, tt.view)
		if _, ok := s.body.(*Bars); !ok {
			if tt.want != nil {
				t.Errorf("%s %q: body %T, want bars", tt.kind, tt.view, s.body)
			}
			continue
		}
		var got []string
		for _, tk := range s.Plot.X.Tick.Marker.Ticks(s.Plot.X.Min, s.Plot.X.Max) {
			got = append(got, tk.Label)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s %q ticks (-want +got):\n%s", tt.kind, tt.view, diff)
		}
	}
}
