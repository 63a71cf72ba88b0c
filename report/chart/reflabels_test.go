package chart

import (
	"slices"
	"testing"
)

// TestBarsBesideReferenceUntitled: bars of one title beside a target
// drawn as a line across them are labelled by what differs alone, as
// bars of one title with no line are and as the book's native chart
// labels them: "Q4 2024", "Q1 2025", not the title twice with the
// quarter (s25v-waiting, beside the national standard's 95%).
func TestBarsBesideReferenceUntitled(t *testing.T) {
	s := kindSlide(t, "waiting", "within-12w-share")
	b, ok := s.body.(*Bars)
	if !ok {
		t.Fatalf("drawn by %T, want *Bars", s.body)
	}
	var got []string
	for _, x := range b.Bars {
		got = append(got, x.Label)
	}
	if want := []string{"Q4 2024", "Q1 2025"}; !slices.Equal(got, want) {
		t.Errorf("bar labels = %q, want %q", got, want)
	}
}
