package chart

import (
	"strings"
	"testing"
)

// TestFitEntry: a key entry cut to fit keeps its figure; its name is cut
// with "…" (s16g-research lost "17%" with the name).
func TestFitEntry(t *testing.T) {
	register() // the fonts, for a run of this test alone
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

// TestFitEntryLongFigure: an entry whose figure alone is wider than the
// key is cut as a whole, within the key (review16a item 19: "Short" with
// a long figure stood 837 points wide in 200); the waste kind's figure
// of a range in words.
func TestFitEntryLongFigure(t *testing.T) {
	register() // the fonts, for a run of this test alone
	o, err := (*Options)(nil).resolved()
	if err != nil {
		t.Fatal(err)
	}
	sty := textStyle(o.fontPx(40, false), ink)
	width := sty.Width("Short: 17% and then some")
	tests := []struct{ name, figure string }{
		{"Short", "between an estimated 12 percent and 19 percent of all household waste"},
		{"Landfill", "an estimated 12–19%"},
		{"Short", "Unreadablyverylongfigurewithoutanyspacesatalltocutat"},
	}
	for _, tt := range tests {
		got := fitEntry(tt.name, tt.figure, sty, width)
		if sty.Width(got) > width || !strings.HasPrefix(got, tt.name[:3]) {
			t.Errorf("fitEntry(%q, %q) = %q (%.0f wide), want it within %.0f, starting %q", tt.name, tt.figure, got, sty.Width(got), width, tt.name[:3])
		}
	}
}
