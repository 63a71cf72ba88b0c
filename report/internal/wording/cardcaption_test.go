package wording

import "testing"

// TestCardCaption: a card's caption says what the view's title above it
// and the figure do not.
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
		// s18k-children: the view's title opens with the figure's and
		// says its place and date.
		{"Children looked after in Northern Ireland, 31 March 2015", "Children looked after", "2,875 children", []string{"GB-NIR"}, "Northern Ireland"},
		// Another kind (testdata/kinds/fire): a view's title that opens
		// with the figure's, then its year.
		{"Fire-related fatalities, 2023", "Fire-related fatalities", "269 fire-related fatalities", nil, ""},
		{"Fire-related fatalities in England, 2023", "Fire-related fatalities", "269 fatalities", []string{"GB-ENG"}, "England"},
		// A bare figure keeps the title that says what it is (s15-births).
		{"Live births in England and Wales, 2013", "Live births", "698,512", []string{"GB-EAW"}, "Live births, England and Wales"},
		{"U.S.-Japan two-way trade in goods and services, 2014", "U.S.-Japan two-way trade in goods and services", "$279 billion", nil, "U.S.-Japan two-way trade in goods and services"},
		// The place is said where neither the figure's title nor the
		// figure says it, the view's title aside: a card is pasted alone
		// (s29z-foi said no "United Kingdom").
		{"Fire-related fatalities, 2023", "Fire-related", "269", []string{"GB-ENG"}, "Fire-related, England"},
		// A view's title that goes on to name more of the figure keeps
		// the figure's title: "Children looked after by councils" is no
		// place or time.
		{"Children looked after by councils", "Children looked after", "2,875 children", []string{"GB-NIR"}, "Children looked after, Northern Ireland"},
		{"Children looked afterwards", "Children looked after", "2,875 children", nil, "Children looked after"},
		// A title that only starts the figure's words is kept.
		{"Trade", "Two-way trade", "$279 billion", nil, "Two-way trade"},
	} {
		if got := CardCaption(tt.view, tt.title, tt.value, tt.entities); got != tt.want {
			t.Errorf("CardCaption(%q, %q, %q) = %q, want %q", tt.view, tt.title, tt.value, got, tt.want)
		}
	}
}
