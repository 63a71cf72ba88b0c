package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCardFigureAndUnit: a headline card says the figure and its unit,
// the document's words between them left to the title (s22p-dental:
// "2.4 million individual NHS dental courses of treatment").
func TestCardFigureAndUnit(t *testing.T) {
	tests := []struct {
		stated, unit string
		want         string
	}{
		{"2.4 million individual NHS dental courses of treatment", "course", "2.4 million courses of treatment"},
		{"1,438 dentists", "dentist", "1,438 dentists"},
		{"1.7 million patients", "patient", "1.7 million patients"},
		{"7,551 deaths", "death", "7,551 deaths"},
		{"187", "center", "187 centers"},
		{"5.2 million people", "person", "5.2 million people"}, // no noun of the unit's spelling: as stated
	}
	for _, tt := range tests {
		q, _, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tt.stated, err)
		}
		if got := Card(Shown{Label: tt.stated, Unit: indicators.CountOf(tt.unit), Q: q, Measure: indicators.Flow}); got != tt.want {
			t.Errorf("Card(%q in %s) = %q, want %q", tt.stated, tt.unit, got, tt.want)
		}
	}
}
