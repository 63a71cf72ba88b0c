package extract

import "testing"

// TestFractionMemo checks that scanner.fraction answers as fracDecimal
// does, asked in turn and again, with more values than the memo has
// slots, so that slots are shared and overwritten.
func TestFractionMemo(t *testing.T) {
	var s scanner
	var fs []float64
	for d := 1; d <= 40; d++ {
		fs = append(fs, 1/float64(d), 2/float64(d), 7/float64(d))
	}
	fs = append(fs, 0, 2.5e9, 1e-7, 123456.789)
	for round := range 3 {
		for _, f := range fs {
			if got, want := s.fraction(f), fracDecimal(f); got != want {
				t.Errorf("round %d: fraction(%v) = %v, want %v", round, f, got, want)
			}
		}
	}
	// Asked twice in a row, the second answer comes from the memo.
	s = scanner{}
	s.fraction(0.5)
	if s.fracs.have == 0 {
		t.Fatal("fraction(0.5) left the memo empty")
	}
}
