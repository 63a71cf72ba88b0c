package chart

import (
	"strings"
	"testing"
)

// TestFitEntry: a key entry cut to fit keeps its figure; its name is cut
// with "…" (s16g-research lost "17%" with the name).
func TestFitEntry(t *testing.T) {
	o, err := (*Options)(nil).resolved()
	if err != nil {
		t.Fatal(err)
	}
	sty := textStyle(o.fontPx(40, false), ink)
	tests := []struct{ name, figure string }{
		{"Professional, scientific and technical services", "17%"},
		// Another kind: a long energy source.
		{"Electricity generated from renewable sources including hydro", "about 38%"},
		{"Mining", "21%"},
	}
	width := sty.Width("Professional, scientific and technical…")
	for _, tt := range tests {
		got := fitEntry(tt.name, tt.figure, sty, width)
		if !strings.HasSuffix(got, ": "+tt.figure) || sty.Width(got) > width {
			t.Errorf("fitEntry(%q, %q) = %q (%.0f wide), want it ending %q within %.0f", tt.name, tt.figure, got, sty.Width(got), ": "+tt.figure, width)
		}
	}
}
