package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCardFigureAndUnit: a headline card says the figure and its unit,
// the document's words between them left to the title where it says them
// (s22p-dental: "2.4 million individual NHS dental courses of treatment"),
// never dropping a word it does not say (review22: "20,000 additional
// police officers" drawn "20,000 officers"), nor one that doubts the noun
// ("potential victims", s26w-slavery).
func TestCardFigureAndUnit(t *testing.T) {
	tests := []struct {
		stated, unit, title string
		want                string
	}{
		{"2.4 million individual NHS dental courses of treatment", "course", "NHS dental courses of treatment", "2.4 million courses of treatment"},
		{"2.4 million individual NHS dental courses of treatment", "course", "Courses of treatment", "2.4 million individual NHS dental courses of treatment"},
		{"20,000 additional police officers", "officer", "Police officers recruited", "20,000 additional police officers"},
		{"20,000 additional police officers", "officer", "Additional police officers, England", "20,000 officers"},
		// s29z-foi: one word of the noun's kind stays, as the Cover says it.
		{"70,475 FOI requests", "request", "FOI requests received across all monitored bodies", "70,475 FOI requests"},
		{"300,000 new homes", "home", "Homes built", "300,000 new homes"},
		// s26w-slavery: a word that doubts the noun stays, said or not.
		{"17,004 potential victims", "victim", "Potential victims of modern slavery referred", "17,004 potential victims"},
		{"1,438 dentists", "dentist", "Dentists", "1,438 dentists"},
		{"1.7 million patients", "patient", "", "1.7 million patients"},
		{"7,551 deaths", "death", "Deaths", "7,551 deaths"},
		{"187", "center", "Centers", "187 centers"},
		{"5.2 million people", "person", "Volunteers", "5.2 million people"}, // no noun of the unit's spelling: as stated
	}
	for _, tt := range tests {
		q, _, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tt.stated, err)
		}
		if got := Card(Shown{Label: tt.stated, Unit: indicators.CountOf(tt.unit), Q: q, Measure: indicators.Flow, Title: tt.title}); got != tt.want {
			t.Errorf("Card(%q in %s) = %q, want %q", tt.stated, tt.unit, got, tt.want)
		}
	}
}
