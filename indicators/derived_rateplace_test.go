package indicators_test

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestDerivedRatePlace checks that a derived rate is said as precisely as
// the interval its inputs allow, its bounds holding that interval, and
// never with no word where its figure is not among the values allowed
// (s22p-volunteer: 713 million hours over 5.2 million people, which allow
// 135.7 to 138.5, was "140 hours per person", exact, Low 130).
func TestDerivedRatePlace(t *testing.T) {
	tests := []struct {
		a, b     string
		want     string
		low, hi  string
		trueLow  float64 // the interval the inputs allow, measured by hand
		trueHigh float64
	}{
		{"713 million hours", "5.2 million people", "about 137 hours per person", "135", "139", 712.5 / 5.25, 713.5 / 5.15},
		{"£713 million", "5.2 million people", "about £137 per person", "135", "139", 712.5 / 5.25, 713.5 / 5.15},
		// A count of five digits or more ending in two zeros is rounded,
		// to its last non-zero digit and at most to the thousand.
		{"3,210,000 visits", "1,070 doctors", "3,000 visits per doctor", "2999.5", "3000.5", 3209500.0 / 1070, 3210500.0 / 1070},
		{"413,000 pupils", "30,400 teachers", "13.6 pupils per teacher", "13.5", "13.7", 412500.0 / 30450, 413500.0 / 30350},
		// A ratio in times keeps its two figures.
		{"12.8 million people", "2.5 million people", "about 5.1 times", "5", "5.3", 12.75 / 2.55, 12.85 / 2.45},
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
		lo, hi, _, _ := r.Bounds()
		if lo.String() != tt.low || hi.String() != tt.hi {
			t.Errorf("ratio of %q over %q: Bounds() = %s, %s, want %s, %s", tt.a, tt.b, lo, hi, tt.low, tt.hi)
		}
		if lo.Float64() > tt.trueLow+1e-9 || hi.Float64() < tt.trueHigh-1e-9 {
			t.Errorf("ratio of %q over %q: Bounds() = %s, %s, do not hold %.4f to %.4f", tt.a, tt.b, lo, hi, tt.trueLow, tt.trueHigh)
		}
	}
}

// TestDerivedTextInWords: the exports say a derived figure in words, as
// the book and the deck do (s22p-air: derived.csv "8 µg per cubic metre"
// beside the book's "8 micrograms per cubic metre").
func TestDerivedTextInWords(t *testing.T) {
	tests := []struct {
		a, b string
		want string
	}{
		{"28 µg per cubic metre", "20 µg per cubic metre", ",8 micrograms per cubic metre,"},
		{"12.5 t", "2.5 t", ",10.0 tonnes,"},
	}
	for _, tt := range tests {
		c := sayCatalog(t, indicators.Difference, []string{"a", "b"}, "a", tt.a, "b", tt.b)
		var b strings.Builder
		if err := indicators.WriteDerivedCSV(&b, c); err != nil {
			t.Fatal(err)
		}
		if got := b.String(); !strings.Contains(got, tt.want) {
			t.Errorf("WriteDerivedCSV of %q − %q = %q, want it to hold %q", tt.a, tt.b, got, tt.want)
		}
	}
}
