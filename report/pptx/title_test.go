package pptx

import (
	"strings"
	"testing"
)

// TestBalanceTitle: a title that wraps is broken into lines of about one
// length, so that no line holds a single short word ("2035"); a title
// that fits, or has breaks of its own, is kept.
func TestBalanceTitle(t *testing.T) {
	width := float64(titleBox.cx) / emuPerPoint
	tests := []struct {
		title string
		size  float64
		want  string
	}{
		{"Yearly increase in New Zealand exports to the EU by 2035", 32, "Yearly increase in New Zealand\nexports to the EU by 2035"},
		{"Tariff savings for New Zealand exporters", 32, "Tariff savings for New Zealand exporters"},
		{"Two lines\nof its own", 32, "Two lines\nof its own"},
	}
	for _, tc := range tests {
		if got := balanceTitle(tc.title, tc.size, width); got != tc.want {
			t.Errorf("balanceTitle(%q, %v, %v) = %q, want %q", tc.title, tc.size, width, got, tc.want)
		}
	}
	// Whatever the title, no line but a one-line title's is a single
	// word, and the lines are as many as greedy wrapping makes.
	for _, title := range []string{
		"Yearly increase in New Zealand exports to the EU by 2035",
		"New Zealand's share of EU imports, today and possible under the FTA",
		"U.S. target: cut greenhouse gas emissions by 26 to 28 percent in 2025",
		"Japan's investment in the U.S. is nearly three times U.S. investment in Japan",
	} {
		got := strings.Split(balanceTitle(title, 32, width), "\n")
		greedy := wrapWords(strings.Fields(title), 32, width)
		if len(got) != len(greedy) {
			t.Errorf("balanceTitle(%q) has %d lines, want %d: %q", title, len(got), len(greedy), got)
		}
		for _, l := range got {
			if len(got) > 1 && !strings.Contains(l, " ") {
				t.Errorf("balanceTitle(%q) leaves %q alone on a line: %q", title, l, got)
			}
			if w := textPoints(l, 32); w > width {
				t.Errorf("balanceTitle(%q): line %q is %.0f pt wide, past the box's %.0f", title, l, w, width)
			}
		}
	}
}
