package wording

import "testing"

// TestReferenceLabel: a reference is keyed by the head of its title and
// its figure, unless the words after the head hold a figure, a condition
// of the reference ("no longer than 12 weeks"), which the key keeps.
func TestReferenceLabel(t *testing.T) {
	tests := []struct{ title, status, value, want string }{
		{"NATO guideline for defence spending as a share of GDP", "target", "2%", "NATO guideline 2%"},
		{"To reach net zero", "target", "100%", "Target 100%"},
		// s25v-waiting: "New outpatients 95%" lost the 12 weeks.
		{"New outpatients to wait no longer than 12 weeks from referral to being seen (national standard)", "target", "95%",
			"New outpatients to wait no longer than 12 weeks from referral to being seen (national standard): 95%"},
	}
	for _, tt := range tests {
		if got := ReferenceLabel(tt.title, tt.status, tt.value); got != tt.want {
			t.Errorf("ReferenceLabel(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}
