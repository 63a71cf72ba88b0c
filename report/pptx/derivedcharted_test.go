package pptx_test

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/pptx"
)

// TestDerivedCharted: a derived figure a view draws says on its closing
// slide where it is drawn, before its inputs (s21o-apprentice: "Non-trade
// share of commencements … · Non-trade commencements not charted" of a
// share drawn on slide 6).
func TestDerivedCharted(t *testing.T) {
	share := indicators.Derived{ID: "admitted-share", Title: "Share of attendances admitted", Op: indicators.ShareOf, Inputs: []string{"admitted", "total"}}
	stated := [][2]string{{"admitted", "4.0 million attendances"}, {"total", "19.6 million attendances"}}
	tests := []struct {
		name string
		view []string
		want string
	}{
		{"the share drawn, no input", []string{"admitted-share"},
			"Share of attendances admitted: 20 percent (20.1 to 20.8 percent), 1993; computed as 100 × admitted / total\u00a0·\u00a0charted on slide\u00a02"},
		{"the share not drawn, an input", []string{"total"},
			"Share of attendances admitted: 20 percent (20.1 to 20.8 percent), 1993; computed as 100 × admitted / total\u00a0·\u00a0admitted not charted; total on slide\u00a02"},
	}
	for _, tt := range tests {
		c := figuresCatalog(t, stated, tt.view, share)
		slides, err := pptx.Slides(c)
		if err != nil {
			t.Fatal(err)
		}
		var lines []string
		for _, s := range derivedListed(slides) {
			lines = append(lines, s.Body...)
		}
		if !slices.Contains(lines, tt.want) {
			t.Errorf("%s: derived lines %q, want %q among them", tt.name, lines, tt.want)
		}
	}
}
