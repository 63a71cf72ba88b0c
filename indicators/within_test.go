package indicators

import "testing"

// TestEntityWithin: a place inside another, so that a list of a
// document's places names the country, not its regions beside it
// (s20n-cancer: "England, North East and London").
func TestEntityWithin(t *testing.T) {
	tests := []struct {
		inner, outer string
		want         bool
	}{
		{"E12000001", "GB-ENG", true},
		{"E12000001", "GB", true},
		{"GB-ENG", "GB", true},
		{"NZ-CAN", "NZ", true},
		{"AU-WA", "AU", true},
		{"GB-ENG", "E12000001", false},
		{"NZ", "NZ", false},
		{"NZ-CAN", "AU", false},
		{"GB-WLS", "GB-ENG", false},
		{"US", "", false},
	}
	for _, tt := range tests {
		if got := EntityWithin(tt.inner, tt.outer); got != tt.want {
			t.Errorf("EntityWithin(%q, %q) = %v, want %v", tt.inner, tt.outer, got, tt.want)
		}
	}
}
