package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestGluedConcentration checks that a concentration glued to its figure,
// as UK air quality releases write it ("40µg/m3"), reads as the spaced
// one does: the mass per cubic metre; other glued letters stay refused.
func TestGluedConcentration(t *testing.T) {
	for _, tc := range []struct {
		stated, value, unit string
	}{
		{"40µg/m3", "40", "ug per cubic metre"},
		{"22μg m-3", "22", "ug per cubic metre"},
		{"22 μg/m3", "22", "ug per cubic metre"},
		{"6ng m-3", "6", "ng per cubic metre"},
		{"0.5mg/m3", "0.5", "mg per cubic metre"},
		{"500MW", "500", "MW"},
	} {
		q, u, err := indicators.ParseStated(tc.stated)
		if err != nil || q.Value.String() != tc.value || u.String() != tc.unit {
			t.Errorf("ParseStated(%q) = %v %q, %v; want %s %q", tc.stated, q.Value, u.String(), err, tc.value, tc.unit)
		}
	}
	for _, bad := range []string{"40µgx/m3", "12abc countries"} {
		if _, _, err := indicators.ParseStated(bad); err == nil {
			t.Errorf("ParseStated(%q) succeeded, want an error", bad)
		}
	}
}
