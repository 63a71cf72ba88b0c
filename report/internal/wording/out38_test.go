package wording

import "testing"

// TestLowerFirstWordAfterPlace: the subtitle after a place's "; " starts
// in lower case unless its first word begins a name: "Percent, December
// 2019" is lowered (s34e-retail's "Great Britain; Percent, …"), "United
// Kingdom" and an acronym are not.
func TestLowerFirstWordAfterPlace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Percent, December 2019 and January 2020 (estimates)", "percent, December 2019 and January 2020 (estimates)"},
		{"Percent change from the previous month", "percent change from the previous month"},
		{"Number, March 2022", "number, March 2022"},
		{"United Kingdom, 2019", "United Kingdom, 2019"},
		{"GDP, 2019", "GDP, 2019"},
		{"New York City", "New York City"},
	}
	for _, tt := range tests {
		if got := lowerFirstWord(tt.in); got != tt.want {
			t.Errorf("lowerFirstWord(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
