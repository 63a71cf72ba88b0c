package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCountRatioSaid: a derived ratio of two counts is said as a ratio in
// times is, to two figures, but to one decimal at least (s21o-apprentice:
// "0.60557 completions per commencement" is "0.61").
func TestCountRatioSaid(t *testing.T) {
	tests := []struct {
		a, b string
		want string
	}{
		{"20 765 completions", "34 290 commencements", "0.606 completions per commencement"},
		{"413,000 pupils", "30,400 teachers", "13.6 pupils per teacher"},
		{"3,210,000 visits", "1,070 doctors", "3,000 visits per doctor"},
		{"12.8 million people", "2.5 million people", "about 5.1 times"}, // in times, as before
	}
	for _, tt := range tests {
		c := sayCatalog(t, indicators.Ratio, []string{"a", "b"}, "a", tt.a, "b", tt.b)
		r, err := c.Compute("x")
		if err != nil {
			t.Fatalf("%s over %s: %v", tt.a, tt.b, err)
		}
		if got := r.Text(indicators.Style{Words: true}); got != tt.want {
			t.Errorf("ratio of %q over %q = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}
