package wording

import (
	"slices"
	"testing"
)

// TestUnrepeatedDiffers: bars are labelled by what differs, the shared
// part the view's title says dropped, never the part that differs
// (s22p-volunteer, s22p-alcohol) and never with a leading article left
// by the cut (s22p-dental).
func TestUnrepeatedDiffers(t *testing.T) {
	tests := []struct {
		view   string
		titles []string
		want   []string
	}{
		{"Volunteer rate of partnered parents of children aged 5-14, 2006",
			[]string{"Volunteer rate, partnered mothers of children aged 5-14", "Volunteer rate, partnered fathers of children aged 5-14"},
			[]string{"Partnered mothers", "Partnered fathers"}},
		{"Age-standardised alcohol-specific death rates by sex, UK, 2018",
			[]string{"Age-standardised alcohol-specific death rate, males, UK", "Age-standardised alcohol-specific death rate, females, UK"},
			[]string{"Males", "Females"}},
		{"Share of the population treated by an NHS dentist, Wales",
			[]string{"Share of the population treated by an NHS dentist", "Share of children (under 18) treated by an NHS dentist"},
			[]string{"Population treated", "Children (under 18) treated"}},
		// Nothing the view's title says: nothing cut.
		{"Volunteering, 2006",
			[]string{"Volunteer rate, partnered mothers", "Volunteer rate, partnered fathers"},
			[]string{"Volunteer rate, partnered mothers", "Volunteer rate, partnered fathers"}},
	}
	for _, tt := range tests {
		if got := Unrepeated(tt.view, tt.titles); !slices.Equal(got, tt.want) {
			t.Errorf("Unrepeated(%q, %q) = %q, want %q", tt.view, tt.titles, got, tt.want)
		}
	}
}
