package chart

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// TestRateKeepsBase: a rate's bar says its base whole, and a subtitle
// over rates of different bases names none rather than half of one:
// "21.2 marriages per 1,000" read as per 1,000 people (s16g-marriages).
func TestRateKeepsBase(t *testing.T) {
	tests := []struct {
		stated   []string
		want     []string
		subtitle string
	}{
		{[]string{"21.2 marriages per 1,000 unmarried men", "19.5 marriages per 1,000 unmarried women"},
			[]string{"21.2 marriages per 1,000 unmarried men", "19.5 marriages per 1,000 unmarried women"}, "Marriages, 2024"},
		// A deaths table (another kind): two age bands, two bases.
		{[]string{"8.4 deaths per 100,000 working-age people", "310 deaths per 100,000 older people"},
			[]string{"8.4 deaths per 100,000 working-age people", "310 deaths per 100,000 older people"}, "Deaths, 2024"},
	}
	for _, tc := range tests {
		s, got := statedSlide(t, tc.stated, "Rate", "2024", indicators.Level)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("values of %q (-want +got):\n%s", tc.stated, diff)
		}
		if s.Subtitle != tc.subtitle {
			t.Errorf("subtitle of %q = %q, want %q", tc.stated, s.Subtitle, tc.subtitle)
		}
	}
}
