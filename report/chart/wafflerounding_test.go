package chart

import (
	"math"
	"strings"
	"testing"
)

// TestWafflePartSquares: each part fills its figure in squares exactly,
// a part of a percent part of a square, and the key says so where a part
// does; two parts of 1.8% were two squares each, 4% where they are 3.6%
// (s27x-counciltax), and 41% was 40 squares with a note to say why
// (s17j-benefits). Where every part fills whole squares the key says only
// what a square is.
func TestWafflePartSquares(t *testing.T) {
	tests := []struct {
		kind, view, want string
	}{
		{"counciltax", "requirement-parts", "Each square is 1 percent; part of a square is part of a percent"},
		{"benefits", "combos", "Each square is 1 percent of people claiming DWP benefits; part of a square is part of a percent"},
		{"water", "classification-mix", "Each square is 1 percent"},
	}
	for _, tt := range tests {
		s := kindSlide(t, tt.kind, tt.view)
		w, ok := s.body.(*Waffle)
		if !ok || len(s.Key) == 0 {
			t.Fatalf("%s %q: body %T, key %v; want a waffle with a key", tt.kind, tt.view, s.body, s.Key)
		}
		for i, n := range partCells(w.Parts) {
			if p := w.Parts[i]; math.Abs(n-p.Value) > 1e-9 {
				t.Errorf("%s %q: part %q (%v) fills %v squares, want its figure", tt.kind, tt.view, p.Name, p.Value, n)
			}
		}
		if got := s.Key[0].Text; !strings.HasPrefix(got, tt.want) || strings.Contains(tt.want, ";") != strings.Contains(got, ";") {
			t.Errorf("%s %q key = %q, want %q", tt.kind, tt.view, got, tt.want)
		}
	}
}
