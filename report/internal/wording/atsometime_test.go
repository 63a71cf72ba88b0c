package wording

import "testing"

// TestAtSomeTime: a title or quote that names an extreme ("the peak of
// 113.1", "the lowest level since 2010-12", "a record high") is a value at
// some time within its span; a compound or a name that holds "high",
// "low" or "record" is none (review16a item 11).
func TestAtSomeTime(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"the peak of 113.1 per 10,000 companies seen during the 2008-09 recession", true},
		{"the lowest level since 2010-12", true},
		{"Insolvencies reached a record high", true},
		{"Prices peaked in October", true},
		{"Average insolvency rate", false},
		// The energy kind: low-carbon generation is no low.
		{"Share of low-carbon generation", false},
		{"High-income countries' share of emissions", false},
		{"high street sales", false},
		{"Record of the meeting", false},
		{"Low pay", false},
	}
	for _, tt := range tests {
		if got := AtSomeTime(tt.text); got != tt.want {
			t.Errorf("AtSomeTime(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
