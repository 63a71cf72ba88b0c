package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestRatioNearOne: a ratio of near-equal figures is said finely enough
// to differ from 1, as far as its inputs' digits justify, never "1.0
// times" for two counts 3.5% apart (s20n-cancer: 320,395 new cases in
// 2018 over 309,453 in 2017); two sig figs still for a ratio far from 1
// (6.0), finer only to lie inside its ends (0.966 for 0.965 to 0.966),
// and one of equal figures stays "1.0 times".
func TestRatioNearOne(t *testing.T) {
	tests := []struct {
		a, b            string
		text, low, high string
	}{
		{"320,395 cases", "309,453 cases", "1.035 times", "1.035", "1.036"},
		{"309,453 cases", "320,395 cases", "0.966 times", "0.965", "0.966"},
		{"100,040 cases", "100,001 cases", "1.00039 times", "1.00038", "1.00039"}, // "100,000" would be rounded to the thousand
		{"79.3 years", "79.3 years", "1.0 times", "0.99", "1.01"},
		{"about 320,000 cases", "about 310,000 cases", "about 1.0 times", "1", "1.1"}, // each within 5,000 (ends40)
		{"300 people", "50 people", "6.0 times", "6", "6"},
	}
	for _, tt := range tests {
		c := derivedCatalog(t, indicators.Ratio, []string{"a", "b"}, map[string]string{"a": tt.a, "b": tt.b})
		r, err := c.Compute("x")
		if err != nil {
			t.Fatalf("ratio(%q, %q): %v", tt.a, tt.b, err)
		}
		_, lo, hi, text := contract(r)
		if text != tt.text || lo != tt.low || hi != tt.high {
			t.Errorf("ratio(%q, %q) = %q [%s, %s], want %q [%s, %s] (interval %v)", tt.a, tt.b, text, lo, hi, tt.text, tt.low, tt.high, r.Interval)
		}
		checkSaysOnlyAllowed(t, "ratio("+tt.a+", "+tt.b+")", r)
	}
}
