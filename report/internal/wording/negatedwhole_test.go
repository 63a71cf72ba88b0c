package wording

import "testing"

// TestPartsWholeNegated: a whole whose words deny what follows them is
// said with its complement, never cut at its preposition to say the
// opposite; a whole with no denial is cut there as before.
func TestPartsWholeNegated(t *testing.T) {
	tests := []struct {
		titles []string
		want   string
	}{
		{[]string{
			"Children not sentenced to custody after a custodial remand, acquitted or case dismissed",
			"Children not sentenced to custody after a custodial remand, given a non-custodial sentence",
		}, "children not sentenced to custody after a custodial remand"},
		{[]string{
			"Households without access to a car, renting",
			"Households without access to a car, owning",
		}, "households without access to a car"},
		// Near misses: no denial, cut at the preposition.
		{[]string{
			"Referred children whose needs were met at referral",
			"Referred children allocated for further action",
		}, "referred children"},
		{[]string{
			"Children sentenced to custody, first offence",
			"Children sentenced to custody, repeat offence",
		}, "children sentenced"},
	}
	for _, tt := range tests {
		if got := PartsWhole("", tt.titles); got != tt.want {
			t.Errorf("PartsWhole(%q) = %q, want %q", tt.titles, got, tt.want)
		}
	}
}
