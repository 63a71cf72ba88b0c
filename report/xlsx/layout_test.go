package xlsx

import (
	"fmt"
	"math"
	"testing"
)

func TestLines(t *testing.T) {
	tests := []struct {
		s    string
		col  float64
		want int
	}{
		{"", 10, 1},
		{"short", 10, 1},
		{"power generation deal", 12, 3}, // "generation deal" does not fit
		{"one two", 40, 1},
		{"line one\nline two", 40, 2},
		{"0123456789012345678901234567890123456789", 12.5, 4}, // one long word, broken
	}
	for _, tt := range tests {
		if got := lines(tt.s, tt.col, false); got != tt.want {
			t.Errorf("lines(%q, %v) = %d, want %d", tt.s, tt.col, got, tt.want)
		}
	}
}

func TestCounted(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{
		{0, "no derived figures"},
		{1, "1 derived figure"},
		{2, "2 derived figures"},
		{12345, "12,345 derived figures"},
	}
	for _, tt := range tests {
		if got := counted(tt.n, "derived figure", "derived figures"); got != tt.want {
			t.Errorf("counted(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

func TestNumberNeed(t *testing.T) {
	for _, n := range []int{0, 7, 10, 99, 13523, 1234567} { // spans: never negative
		s := fmt.Sprint(n)
		if got, want := numberNeed(n), wordsNeed(s, false, false, 100); math.Abs(got-want) > 1e-9 {
			t.Errorf("numberNeed(%d) = %v, want %v (wordsNeed(%q))", n, got, want, s)
		}
	}
}
