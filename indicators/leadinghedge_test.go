package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestLeadingHedge checks the hedge read at the start of a figure as
// stated, in the document's own words.
func TestLeadingHedge(t *testing.T) {
	for _, tc := range []struct {
		stated, want string
	}{
		{"under four years", "under"},
		{"More than 300 schools", "More than"},
		{"nearly $2 billion", "nearly"},
		{"slightly more than 5%", "slightly more than"},
		{"300 schools", ""},
		{"over", ""},
		{"overall 5%", ""},
		{"", ""},
	} {
		if got := indicators.LeadingHedge(tc.stated); got != tc.want {
			t.Errorf("LeadingHedge(%q) = %q, want %q", tc.stated, got, tc.want)
		}
	}
}
