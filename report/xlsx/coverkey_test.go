package xlsx

import (
	"strings"
	"testing"
)

// TestChartDataKey: the Cover describes only the chart data columns the
// sheet has (s16g-fire: "Fading", "Dashed" and "Hatched" described for a
// sheet of exact figures that has none of them).
func TestChartDataKey(t *testing.T) {
	tests := []struct {
		name       string
		cols       []int
		want, none []string
	}{
		{"s16g-fire, every figure exact", []int{cdView, cdCategory, cdStated}, nil, []string{"Fading", "Dashed", "Hatched"}},
		{"outlook kind, a target", []int{cdView, cdCategory, cdStated, cdCommit}, []string{"Its column “Hatched: not reported”"}, []string{"Fading", "Dashed"}},
		{"crime kind, hedged both ways", []int{cdView, cdCategory, cdStated, cdHedged, cdBeyond}, []string{"Its columns: “Fading: at most”", "“Dashed: beyond”"}, []string{"Hatched"}},
	}
	for _, tt := range tests {
		got := chartDataKey(tt.cols)
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: chartDataKey(%v) = %q, want %q in it", tt.name, tt.cols, got, w)
			}
		}
		for _, n := range tt.none {
			if strings.Contains(got, n) {
				t.Errorf("%s: chartDataKey(%v) = %q, names %q, a column the sheet lacks", tt.name, tt.cols, got, n)
			}
		}
		if len(tt.want) == 0 && got != "" {
			t.Errorf("%s: chartDataKey(%v) = %q, want \"\"", tt.name, tt.cols, got)
		}
	}
}

// TestNoConflicts: the Cover says "no conflicts" of one series and of one
// source as of one, not "one of the 1 series" (s16g-fire, s16g-research).
func TestNoConflicts(t *testing.T) {
	tests := []struct {
		name            string
		series, sources int
		want            string
	}{
		{"s16g-fire, one source", 1, 1, "None: one source, so no two sources to disagree."},
		{"one series, two sources", 1, 2, "None: no two sources state the series for one period with figures that disagree."},
		{"migration kind, three series", 3, 4, "None: no two sources state one of the 3 series for one period with figures that disagree."},
	}
	for _, tt := range tests {
		if got := noConflicts(tt.series, tt.sources); got != tt.want {
			t.Errorf("%s: noConflicts(%d, %d) = %q, want %q", tt.name, tt.series, tt.sources, got, tt.want)
		}
	}
}
