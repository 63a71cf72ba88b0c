package pptx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestClaimLinePlace: a line of the "All claims" slide says its place
// after its title where the title names none, so that a line pasted alone
// keeps it (s16g-marriages), and a count in words says its noun
// (s16g-insolvency: "Receivership appointments: three").
func TestClaimLinePlace(t *testing.T) {
	tests := []struct {
		title, stated, unit string
		entities            []string
		want                string
	}{
		{"Marriages", "242,842 marriages", "", []string{"GB-EAW"}, "Marriages, England and Wales: 242,842 marriages, 2017"},
		{"Receivership appointments", "three", "insolvency", []string{"GB-EAW"}, "Receivership appointments, England and Wales: three insolvencies, 2017"},
		// Another kind: a title that names its place gains nothing.
		{"People sleeping rough in England", "4,667 people", "", []string{"GB-ENG"}, "People sleeping rough in England: 4,667 people, 2017"},
		{"Schools", "12 schools", "", nil, "Schools: 12 schools, 2017"},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tt.stated, err)
		}
		if tt.unit != "" {
			u = indicators.CountOf(tt.unit)
		}
		ind := &indicators.Indicator{ID: "x", Title: tt.title, Stated: tt.stated, Quantity: q, Unit: u, Entities: tt.entities,
			Measure: indicators.Flow, Period: indicators.YearPeriod(2017)}
		if got := claimLine(&indicators.Catalog{}, ind, 0); got != tt.want {
			t.Errorf("claimLine(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}
