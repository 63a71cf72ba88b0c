package chart

import (
	"math"
	"strings"
	"testing"
)

// TestWaffleRoundedSquares: where the squares shared out to whole ones
// give a part other than its figure rounded, the key says how many it
// fills, so that a reader counting squares is told why (s17j-benefits:
// "Working-age: 41%" was 40 squares); where every part fills its rounded
// figure the key says only what a square is.
func TestWaffleRoundedSquares(t *testing.T) {
	tests := []struct {
		kind, view, want string
	}{
		{"benefits", "combos", "Each square is 1 percent of people claiming DWP benefits; to whole squares, Working-age (41%) fills 40"},
		{"water", "classification-mix", ""},
		{"research", "industry-shares", ""},
	}
	for _, tt := range tests {
		s := kindSlide(t, tt.kind, tt.view)
		w, ok := s.body.(*Waffle)
		if !ok || len(s.Key) == 0 {
			t.Fatalf("%s %q: body %T, key %v; want a waffle with a key", tt.kind, tt.view, s.body, s.Key)
		}
		got := s.Key[0].Text
		want := tt.want
		if want == "" {
			// No part off its rounded figure: the key is what a square is.
			cells := partCells(w.Parts)
			for i, p := range w.Parts {
				if !p.Hedged && float64(cells[i]) != math.Round(p.Value) {
					t.Fatalf("%s %q: part %q (%v) fills %d squares; pick a control of no part off", tt.kind, tt.view, p.Name, p.Value, cells[i])
				}
			}
			if !strings.HasPrefix(got, "Each square is 1 percent") || strings.Contains(got, "to whole squares") {
				t.Errorf("%s %q key = %q, want what a square is alone", tt.kind, tt.view, got)
			}
			continue
		}
		if got != want {
			t.Errorf("%s %q key = %q, want %q", tt.kind, tt.view, got, want)
		}
	}
}
