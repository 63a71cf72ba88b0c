package wording

import (
	"slices"
	"testing"
)

// TestUnrepeatedMostlySaid: a run of words every bar's title shares is
// cut where the view's title says most of its words, so that each bar
// says what differs: the species (s17i-fisheries) and the venue
// (s17i-culture); a run the title does not say stays (another kind:
// s13-vaccines' titles under a title of other words).
func TestUnrepeatedMostlySaid(t *testing.T) {
	tests := []struct {
		view   string
		titles []string
		want   []string
	}{
		{"Most valuable species landed in Ireland by Irish vessels, 2016",
			[]string{"Value of Norway lobster landed by Irish vessels in Irish ports", "Value of Atlantic mackerel landed by Irish vessels in Irish ports"},
			// The tail starts on a joining word, as every cut run does:
			// "landed" stays (the brief's "Norway lobster" is not reached).
			[]string{"Value of Norway lobster landed", "Value of Atlantic mackerel landed"}},
		{"Adults (15+) attending each cultural venue, year ending April 1999",
			[]string{"Adults (15+) who went to the cinema at least once", "Adults (15+) who visited a library at least once", "Adults (15+) who went to botanic gardens"},
			[]string{"Went to the cinema at least once", "Visited a library at least once", "Went to botanic gardens"}},
		{"Vaccination, October to December 2022",
			[]string{"UK coverage of the 6-in-1 vaccine at 12 months", "UK coverage of the first MMR dose at 24 months"},
			[]string{"UK coverage of the 6-in-1 vaccine at 12 months", "UK coverage of the first MMR dose at 24 months"}},
	}
	for _, tt := range tests {
		if got := Unrepeated(tt.view, tt.titles); !slices.Equal(got, tt.want) {
			t.Errorf("Unrepeated(%q, %q) = %q, want %q", tt.view, tt.titles, got, tt.want)
		}
	}
}
