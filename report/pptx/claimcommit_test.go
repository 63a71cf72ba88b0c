package pptx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestClaimSaysCommitment: a commitment's line on the claims slide says
// its status as the Cover's title does, and a line with no stated period
// says "period not stated" whatever its status (s33d-passports: a
// projection and an intention read as facts, "year not stated" beside
// "period not stated"); a fact says none.
func TestClaimSaysCommitment(t *testing.T) {
	tests := []struct {
		title, stated string
		status        indicators.Status
		period        indicators.Period
		want          string
	}{
		{"Passport applications expected", "9.5 million applications", indicators.Projection, indicators.YearPeriod(2022),
			"Passport applications expected, United Kingdom: 9.5 million applications, 2022 (projection)"},
		{"Further staff being recruited", "700 staff", indicators.Intention, indicators.NotStated,
			"Further staff being recruited, United Kingdom: 700 staff, period not stated (intention)"},
		{"Passport applications", "5 million applications", indicators.Fact, indicators.YearPeriod(2021),
			"Passport applications, United Kingdom: 5 million applications, 2021"},
		{"Passport applications", "5 million applications", indicators.Fact, indicators.NotStated,
			"Passport applications, United Kingdom: 5 million applications, period not stated"},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tt.stated, err)
		}
		ind := indicators.Indicator{ID: "x", Title: tt.title, Stated: tt.stated, Quantity: q, Unit: u, Entities: []string{"GB"},
			Measure: indicators.Flow, Status: tt.status, Period: tt.period}
		c := &indicators.Catalog{Indicators: []indicators.Indicator{ind}}
		if got := claimWords(c, &c.Indicators[0]); got != tt.want {
			t.Errorf("claimWords(%q, %s) = %q, want %q", tt.title, tt.status, got, tt.want)
		}
	}
}
