package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCountedMeasure: a measure stated bare says its name in words before
// a rate's base, as the Indicators sheet writes it (s22p-air: the deck's
// "All claims" read "20 per cubic metre", micrograms dropped); a label
// with the document's words after its figure stays.
func TestCountedMeasure(t *testing.T) {
	tests := []struct {
		label, unit string
		want        string
	}{
		{"20", "ug per cubic metre", "20 micrograms per cubic metre"},
		{"1", "ug per cubic metre", "1 microgram per cubic metre"},
		{"about 8", "ug per cubic metre", "about 8 micrograms per cubic metre"},
		{"241,553", "t", "241,553 tonnes"},
		{"2.5 million", "t", "2.5 million tonnes"},
		{"60 µg per cubic metre", "ug per cubic metre", "60 µg per cubic metre"}, // the document's words after the figure
		{"12 micrograms per cubic metre", "ug per cubic metre", "12 micrograms per cubic metre"},
		{"20", "death per 100,000 population", "20 deaths per 100,000 population"}, // a count as before
	}
	for _, tt := range tests {
		u := indicators.MustParseUnit(tt.unit)
		q, _, err := indicators.ParseStated(tt.label)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tt.label, err)
		}
		if got := Counted(tt.label, u, q); got != tt.want {
			t.Errorf("Counted(%q, %q) = %q, want %q", tt.label, tt.unit, got, tt.want)
		}
	}
}
