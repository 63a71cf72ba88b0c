package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCountedInWords: a count stated as a number in words and nothing
// else says what it counts, as one in digits does ("Receivership
// appointments: three", s16g-insolvency); a phrase keeps its words, and
// a fraction in words ("half") is no count.
func TestCountedInWords(t *testing.T) {
	tests := []struct {
		label string
		u     indicators.Unit
		want  string
	}{
		{"three", indicators.CountOf("insolvency"), "three insolvencies"},
		{"one", indicators.CountOf("insolvency"), "one insolvency"},
		// Another kind: a school count in words.
		{"twelve", indicators.CountOf("school"), "twelve schools"},
		{"three schools", indicators.CountOf("school"), "three schools"},
		{"3", indicators.CountOf("school"), "3 schools"},
		{"about a dozen", indicators.CountOf("school"), "about a dozen"},
		// A fraction in words counts nothing: "half insolvencies" and
		// "a third insolvencies" (review16a item 12).
		{"half", indicators.CountOf("insolvency"), "half"},
		{"a third", indicators.CountOf("insolvency"), "a third"},
		// Another kind (the schools kind): two-thirds of schools.
		{"two-thirds", indicators.CountOf("school"), "two-thirds"},
	}
	for _, tt := range tests {
		q, _, _ := indicators.ParseStated(tt.label)
		if got := Counted(tt.label, tt.u, q); got != tt.want {
			t.Errorf("Counted(%q, %v) = %q, want %q", tt.label, tt.u, got, tt.want)
		}
	}
}
