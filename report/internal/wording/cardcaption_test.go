package wording

import "testing"

func TestCardCaption(t *testing.T) {
	for _, tt := range []struct {
		view, title, value string
		entities           []string
		want               string
	}{
		// DfT rail factsheet 2023: the figure says what the title does.
		{"Passenger rail journeys, FYE March 2023", "Passenger rail journeys", "1,385 million passenger rail journeys", []string{"GB-GBN"}, "Great Britain"},
		{"Rail", "Passenger rail journeys", "1,385 million passenger rail journeys", nil, ""},
		// MHCLG rough sleeping 2024: the title says more than the figure.
		{"Rough sleeping in England, autumn 2024", "People sleeping rough on a single night, autumn snapshot", "4,667 people", []string{"GB-ENG"},
			"People sleeping rough on a single night, autumn snapshot, England"},
		// The title repeats the view's: the place.
		{"Households in temporary accommodation", "Households in temporary accommodation", "99,270 households", []string{"GB-ENG"}, "England"},
		// A title that only starts the figure's words is kept.
		{"Trade", "Two-way trade", "$279 billion", nil, "Two-way trade"},
	} {
		if got := CardCaption(tt.view, tt.title, tt.value, tt.entities); got != tt.want {
			t.Errorf("CardCaption(%q, %q, %q) = %q, want %q", tt.view, tt.title, tt.value, got, tt.want)
		}
	}
}
