package xlsx

import (
	"strings"
	"testing"
)

// TestFitLines: a native chart's bar names take no more lines than the
// bars leave room for (s11b-earnings: names of three lines among seven
// bars ran into each other): wider lines first, then the name cut with
// "…".
func TestFitLines(t *testing.T) {
	long := "Growth in weekly earnings of full-time employees adjusted for inflation, on a year earlier"
	tests := []struct {
		s    string
		bars int
		want string
	}{
		{"Median gross weekly earnings", 7, "Median gross weekly earnings"},
		{long, 3, "Growth in weekly earnings of\nfull-time employees adjusted for\ninflation, on a year earlier"},
		{long, 7, "Growth in weekly earnings of full-time employees\nadjusted for inflation, on a year earlier"},
		{long + ", before tax and after bonuses paid in the year", 7, "Growth in weekly earnings of full-time employees\nadjusted for inflation, on a year earlier, …"},
		// The bar whose period differs keeps it whole; its title is cut.
		{"Change in households with children owed a relief duty in temporary accommodation on a year earlier (Q2 2022, compared with Q2 2021)", 7,
			"Change in households with children …\n(Q2 2022, compared with Q2 2021)"},
	}
	for _, tt := range tests {
		got := fitLines(tt.s, categoryLines(tt.bars))
		if got != tt.want {
			t.Errorf("fitLines(%q, categoryLines(%d)) = %q, want %q", tt.s, tt.bars, got, tt.want)
		}
		if n := strings.Count(got, "\n") + 1; n > categoryLines(tt.bars) {
			t.Errorf("fitLines(%q, categoryLines(%d)) has %d lines, want at most %d", tt.s, tt.bars, n, categoryLines(tt.bars))
		}
	}
}
