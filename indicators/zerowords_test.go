package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestParseStatedZeroWords checks that a zero the document states in
// words ("no prosecutions", "none", "nil", "zero") reads as 0 with the
// noun after it as the unit, and that "no" before a comparative, a number
// or a word of change stays what it was (a hedge, or no figure).
func TestParseStatedZeroWords(t *testing.T) {
	for _, tt := range []struct {
		stated string
		want   string // the figure as Format writes it, or "error"
	}{
		{"no prosecutions", "0 prosecutions"},
		{"No prosecutions", "0 prosecutions"},
		{"none", "0"},
		{"nil returns", "0 returns"},
		{"zero deaths", "0 deaths"},
		{"two prosecutions", "2 prosecutions"},
		{"no more than 5 cases", "up to 5 cases"},
		{"no fewer than six cases", "at least 6 cases"},
		{"no change", "error"},
		{"no increase", "error"},
		{"no 5", "error"},
		{"none of the councils", "error"},
	} {
		q, u, err := indicators.ParseStated(tt.stated)
		got := "error"
		if err == nil {
			got = indicators.Format(q, u, indicators.Style{})
		}
		if got != tt.want {
			t.Errorf("ParseStated(%q) = %s (%v), want %s", tt.stated, got, err, tt.want)
		}
	}
}
