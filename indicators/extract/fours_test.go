package extract

import (
	"strings"
	"testing"
)

// TestSentenceYearFours checks the year of a sentence found among its
// numbers of four bytes (s.fours): in the first block of 64 tokens, past
// it, after a four-byte number that is no year, and none.
func TestSentenceYearFours(t *testing.T) {
	long := strings.Repeat("the long words of a clause ", 16) // 96 tokens
	tests := []struct {
		text string
		year int
	}{
		{"Exports rose 5% in 2019.", 2019},
		{"Exports rose 5% " + long + "in 2019.", 2019},
		{long + "Exports rose 5% in 2019.", 2019},
		{"Exports rose 5% to 12.5 tonnes, 1,234 ships and 4400 crates in 2019.", 2019},
		{"Exports rose 5% to 4400 crates.", 0},
		{"Exports rose 5% " + long + ".", 0},
	}
	for _, tt := range tests {
		ms := Extract(tt.text)
		if len(ms) == 0 {
			t.Errorf("Extract(%q) found nothing", tt.text)
			continue
		}
		if got := ms[0].Year; got != tt.year {
			t.Errorf("Extract(%q)[0].Year = %d, want %d", tt.text, got, tt.year)
		}
	}
}
