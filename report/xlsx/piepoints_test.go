package xlsx

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/report/internal/wording"
)

// TestPiePoints checks the doughnut's fills: one share in the stated
// colour and the rest grey; grey for the rest alone; the parts of one whole (s14d-energy's six
// fuels and the rest) in the palette's colours, as the slide's waffle
// draws them, and the rest grey.
func TestPiePoints(t *testing.T) {
	tests := []struct {
		name string
		n    int
		rest bool
		want []string
	}{
		{"one share and the rest", 2, true, []string{colorStated, colorRest}},
		// s17i-water: four classes that make up the whole have no rest;
		// the fourth, "Poor 2%", is no grey.
		{"four classes, no rest", 4, false, []string{wording.PaletteColor(0), wording.PaletteColor(1), wording.PaletteColor(2), wording.PaletteColor(3)}},
		// Another kind: two parts of a whole that sum to it (testdata/kinds/marriages' ceremonies).
		{"two parts, no rest", 2, false, []string{wording.PaletteColor(0), wording.PaletteColor(1)}},
		{"six fuels and the rest", 7, true, []string{wording.PaletteColor(0), wording.PaletteColor(1), wording.PaletteColor(2),
			wording.PaletteColor(3), wording.PaletteColor(4), wording.PaletteColor(5), colorRest}},
	}
	for _, tc := range tests {
		var got []string
		for i, p := range piePoints(tc.n, tc.rest) {
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
