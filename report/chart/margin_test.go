package chart

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestMarginBars: a figure stated with its margin is drawn with an error
// bar of its half-width in the chart's units, and the chart's note says
// what the ± measures; a range, a rank and a figure without a margin get
// none.
func TestMarginBars(t *testing.T) {
	tests := []struct {
		stated string
		div    float64
		margin float64
		note   string
	}{
		{"41.2 ± 0.8 [SE] million birds", 1e6, 0.8, "± standard error, as the document states it with each figure; drawn as error bars"},
		{"0.1 percent (±0.4 percent)", 1, 0.4, "± margin (measure not stated), as the document states it with each figure; drawn as error bars"},
		{"39 ± 2 (90% MOE) percent", 1, 2, "± margin of error (90% confidence), as the document states it with each figure; drawn as error bars"},
		{"26 to 28 percent", 1, 0, ""},
		{"41.2 million birds", 1e6, 0, ""},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatal(err)
		}
		it := item{q: q, u: u}
		if got := marginOf(it, tt.div); got != tt.margin {
			t.Errorf("marginOf(%q) = %v, want %v", tt.stated, got, tt.margin)
		}
		got := ""
		if n := marginNotes([]item{it, it}, true); len(n) == 1 {
			got = n[0]
		} else if len(n) > 1 {
			t.Errorf("marginNotes(%q twice) = %q, want one note", tt.stated, n)
		}
		if got != tt.note {
			t.Errorf("marginNotes(%q) = %q, want %q", tt.stated, got, tt.note)
		}
	}
}
