package xlsx

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/report/internal/wording"
)

// TestPiePoints checks the doughnut's fills: one share in the stated
// colour and the rest grey; the parts of one whole (s14d-energy's six
// fuels and the rest) in the palette's colours, as the slide's waffle
// draws them, and the rest grey.
func TestPiePoints(t *testing.T) {
	tests := []struct {
		name string
		n    int
		want []string
	}{
		{"one share and the rest", 2, []string{colorStated, colorRest}},
		{"six fuels and the rest", 7, []string{wording.PaletteColor(0), wording.PaletteColor(1), wording.PaletteColor(2),
			wording.PaletteColor(3), wording.PaletteColor(4), wording.PaletteColor(5), colorRest}},
	}
	for _, tc := range tests {
		var got []string
		for i, p := range piePoints(tc.n) {
			if p.Index != i {
				t.Errorf("%s: point %d has index %d, want %d", tc.name, i, p.Index, i)
			}
			got = append(got, p.Fill.Color...)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: fills = %q, want %q", tc.name, got, tc.want)
		}
	}
}
