package chart

import (
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"
)

// TestWrapBalanced: a title that wraps keeps its number of lines, fits the
// width, and leaves no word alone on a line ("… state\nit").
func TestWrapBalanced(t *testing.T) {
	o, err := (*Options)(nil).resolved()
	if err != nil {
		t.Fatal(err)
	}
	s := newPlotSlide(o)
	width := vg.Length(float64(o.Width)*72/o.DPI) - 2*s.Margin // as Slide draws it
	tests := []string{
		"U.S.-Korea goods and services trade, as two USTR documents state it",
		"U.S.-Japan trade over time, as three documents state it",
		"Two-way trade",
		"A title long enough to wrap onto three lines of a slide when the slide is set in the large bold type of titles, with a last word at",
	}
	for _, title := range tests {
		greedy := wrap(title, s.TitleStyle, width)
		got := wrapBalanced(title, s.TitleStyle, width)
		if len(got) != len(greedy) {
			t.Errorf("wrapBalanced(%q) = %d lines %q, want %d", title, len(got), got, len(greedy))
		}
		for _, l := range got {
			if s.TitleStyle.Width(l) > width {
				t.Errorf("wrapBalanced(%q): line %q wider than %v", title, l, width)
			}
			if len(got) > 1 && !strings.Contains(l, " ") {
				t.Errorf("wrapBalanced(%q) = %q: a word alone on a line", title, got)
			}
		}
	}
}
