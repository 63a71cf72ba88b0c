package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestParseStatedFractionOfScale: a fraction of a scale word is one
// figure, as the extractor reads it (fix18d): "a quarter of a million
// hectares" is 250,000 hectares, not a share.
func TestParseStatedFractionOfScale(t *testing.T) {
	for _, tc := range []struct {
		in, value, unit string
		scale           indicators.Scale
	}{
		{"a quarter of a million hectares", "250000", "ha", indicators.Million},
		{"a third of a billion dollars", "333333333.333333", "USD", indicators.Billion},
		{"half a million trees", "500000", "tree", indicators.Million},
		{"a quarter", "0.25", "", indicators.NoScale},
	} {
		q, u, err := indicators.ParseStated(tc.in)
		if err != nil {
			t.Errorf("ParseStated(%q) error %v, want %s %s", tc.in, err, tc.value, tc.unit)
			continue
		}
		if q.Value.String() != tc.value || u.String() != tc.unit || q.Scale != tc.scale {
			t.Errorf("ParseStated(%q) = %s %q %v, want %s %q %v", tc.in, q.Value, u, q.Scale, tc.value, tc.unit, tc.scale)
		}
	}
}
