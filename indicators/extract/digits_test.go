package extract

import "testing"

// TestPlainDigits checks the fast path of digitsValue: runs of up to 18
// ASCII digits read as the byte-by-byte reading reads them, and nothing
// else taken.
func TestPlainDigits(t *testing.T) {
	tests := []struct {
		lit  string
		want int64
		ok   bool
	}{
		{"0", 0, true},
		{"7", 7, true},
		{"007", 7, true},
		{"2015", 2015, true},
		{"123456789012345678", 123456789012345678, true},
		{"999999999999999999", 999999999999999999, true},
		{"1234567890123456789", 0, false},
		{"", 0, false},
		{"1,234", 0, false},
		{"1.5", 0, false},
		{"1e6", 0, false},
		{"12/", 0, false},
		{"٢٠١٥", 0, false},
		{"½", 0, false},
	}
	for _, tt := range tests {
		got, ok := plainDigits(tt.lit)
		if ok != tt.ok || got != tt.want {
			t.Errorf("plainDigits(%q) = %d, %v, want %d, %v", tt.lit, got, ok, tt.want, tt.ok)
		}
		if !ok {
			continue
		}
		sv, sn, sok := separatedDigitsValue(tt.lit)
		if v, n, vok := digitsValue(tt.lit); v != sv || n != sn || vok != sok {
			t.Errorf("digitsValue(%q) = %v, %d, %v, want %v, %d, %v (separatedDigitsValue)", tt.lit, v, n, vok, sv, sn, sok)
		}
	}
}

// TestDigitsValueFastPath reads every number token of the corpus both ways.
func TestDigitsValueFastPath(t *testing.T) {
	plain := 0
	eachSentence(t, "", func(s *scanner) {
		for i, tok := range s.toks {
			if tok.kind != tNum {
				continue
			}
			lit := s.tt(i)
			if _, ok := plainDigits(lit); ok {
				plain++
			}
			v, n, ok := digitsValue(lit)
			sv, sn, sok := separatedDigitsValue(lit)
			if v != sv || n != sn || ok != sok {
				t.Errorf("digitsValue(%q) = %v, %d, %v, want %v, %d, %v (separatedDigitsValue)", lit, v, n, ok, sv, sn, sok)
			}
		}
	})
	if plain == 0 {
		t.Error("the corpus has no plain digit run")
	}
}
