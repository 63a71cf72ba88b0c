package chart

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestReportedOnlyWhenIssued: a figure of no stated period is said
// "reported" on the day its source was issued, never on the day a page
// was updated: a source whose issue date is not stated had its
// "Updated" date said as the day its figures were reported
// (s34e-charities' "reported 26 August 2025").
func TestReportedOnlyWhenIssued(t *testing.T) {
	day := indicators.Date{Year: 2025, Month: 8, Day: 26}
	tests := []struct {
		name            string
		issued, updated indicators.Date
		reported        bool
	}{
		{"issued", day, indicators.Date{}, true},
		{"updated only", indicators.Date{}, day, false},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStated("£103 billion")
		if err != nil {
			t.Fatal(err)
		}
		c := &indicators.Catalog{
			Sources: []indicators.Source{{ID: "s", Title: "Casework data", Publisher: "A commission", Issued: tt.issued, Updated: tt.updated}},
			Indicators: []indicators.Indicator{{ID: "income", Title: "Income of charities", Stated: "£103 billion", Quantity: q, Unit: u,
				Measure: indicators.Level, Status: indicators.Fact, Provenance: []indicators.Provenance{{Source: "s", Quote: "£103 billion"}}}},
			Views: []indicators.ChartView{{ID: "money", Kind: indicators.Bars, Indicators: []string{"income"}}},
		}
		s, err := NewSlide(c, &c.Views[0], nil)
		if err != nil {
			t.Fatalf("%s: NewSlide: %v", tt.name, err)
		}
		if got := strings.Contains(s.Subtitle, "reported"); got != tt.reported {
			t.Errorf("%s: subtitle %q says reported = %v, want %v", tt.name, s.Subtitle, got, tt.reported)
		}
	}
}
