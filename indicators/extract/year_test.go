package extract

import "testing"

// TestYearAt checks the year test at the edges its fast path reads: the
// value from four bytes, the unit after the number read from the token's
// bits before the currency before it.
// yearAtCases are the texts of TestYearAt, each with one number, and
// whether it is a year.
var yearAtCases = []struct {
	text string
	want bool
}{
	{"in 2015 the", true},
	{"in 1800 the", true},
	{"in 2150 the", true},
	{"in 1799 the", false},
	{"in 2151 the", false},
	{"in 0999 the", false},
	{"2015", true},
	{"2015%", false},
	{"2015 percent", false},
	{"2015 per cent", false},
	{"2015 per year", true},
	{"2015 million", false},
	{"2015 bn", false},
	{"$2015", false},
	{"US$ 2015", false},
	{"EUR 2015", false},
	{"eur 2015", true},
	{"€2015", false},
	{"2,015 people", false},
	{"2015.5 tons", false},
	{"20150 tons", false},
	{"by 2030", true},
}

func TestYearAt(t *testing.T) {
	for _, tt := range yearAtCases {
		s := scanner{text: tt.text}
		s.tokenize(0, len(tt.text))
		if got := s.yearAt(firstNumber(t, &s)); got != tt.want {
			t.Errorf("yearAt(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// firstNumber returns the first number token of s.
func firstNumber(t *testing.T, s *scanner) int {
	t.Helper()
	i := 0
	for i < len(s.toks) && s.toks[i].kind != tNum {
		i++
	}
	if i == len(s.toks) {
		t.Fatalf("tokenize(%q) has no number", s.text)
	}
	return i
}

// yearAt remembers its answer for the sentence only: one scanner reads
// the cases one after the other, where the same token is a year in one
// sentence and an amount in the next ("2015", "2015%"), and asks each
// twice.
func TestYearAtRemembered(t *testing.T) {
	var s scanner
	for range 2 {
		for _, tt := range yearAtCases {
			s.text = tt.text
			s.tokenize(0, len(tt.text))
			i := firstNumber(t, &s)
			for range 2 {
				if got := s.yearAt(i); got != tt.want {
					t.Errorf("yearAt(%q) = %v, want %v", tt.text, got, tt.want)
				}
			}
		}
	}
}

// TestFourDigits checks that fourDigits reads what strconv.Atoi reads of
// four digits and refuses any other byte.
func TestFourDigits(t *testing.T) {
	tests := []struct {
		w    string
		want int
		ok   bool
	}{
		{"2015", 2015, true},
		{"0000", 0, true},
		{"9999", 9999, true},
		{"1/15", 0, false},
		{"201:", 0, false},
		{"+201", 0, false},
		{"201", 0, false},
		{"20155", 0, false},
	}
	for _, tt := range tests {
		got, ok := fourDigits(tt.w)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("fourDigits(%q) = %d, %v, want %d, %v", tt.w, got, ok, tt.want, tt.ok)
		}
	}
}
