package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestPrevious: a card's figure finds the catalog's figure of the period
// just before, of the same title, place, unit, measure and status
// (s16g-fire: 269 fatalities in 2023 beside 257 in 2022); none of
// another title, a period further back, or a change.
func TestPrevious(t *testing.T) {
	ind := func(id, title, stated, period string, m indicators.MeasureKind) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		p, err := indicators.ParsePeriod(period)
		if err != nil {
			t.Fatalf("ParsePeriod(%q): %v", period, err)
		}
		return indicators.Indicator{ID: id, Title: title, Stated: stated, Quantity: q, Unit: u, Period: p, Measure: m, Entities: []string{"GB-ENG"}}
	}
	c := &indicators.Catalog{Indicators: []indicators.Indicator{
		ind("f23", "Fire-related fatalities", "269 fire-related fatalities", "2023", indicators.Flow),
		ind("f22", "Fire-related fatalities", "257 fire-related fatalities", "2022", indicators.Flow),
		ind("ff22", "Fatal fires", "238 fatal fires", "2022", indicators.Flow),
		// Another kind: quarterly claimants, a quarter missing.
		ind("q3", "Claimants", "1.2 million claimants", "2024-Q3", indicators.Level),
		ind("q1", "Claimants", "1.1 million claimants", "2024-Q1", indicators.Level),
		ind("q2", "Claimants", "1.15 million claimants", "2024-Q2", indicators.Level),
		ind("q4", "Claimants", "1.3 million claimants", "2024-Q4", indicators.Level),
		ind("ch", "Change in claimants", "2%", "2024-Q4", indicators.Change),
		// A period of another length is no previous one (review16a
		// item 9): the air kind's 2023 passengers beside December 2022,
		// a quarter beside the year before it.
		ind("p23", "Air passengers", "850 million passengers", "2023", indicators.Flow),
		ind("pdec", "Air passengers", "800 million passengers", "2022-12", indicators.Flow),
		ind("pq1", "Air passengers", "200 million passengers", "2023-Q1", indicators.Flow),
		ind("p22", "Air passengers", "790 million passengers", "2022", indicators.Flow),
		ind("fy", "Air passengers", "780 million passengers", "FY2021", indicators.Flow),
	}}
	tests := []struct{ id, want string }{
		{"f23", "257 fire-related fatalities in 2022"}, // one word of the noun's kind stays (cardNoun)
		{"f22", ""},
		{"ff22", ""},
		{"q4", "1.2 million claimants in Q3 2024"},
		{"q1", ""},
		{"ch", ""},
		{"p23", "790 million passengers in 2022"},
		{"pq1", ""},
		{"p22", ""},
	}
	for _, tt := range tests {
		x, _ := c.Indicator(tt.id)
		got := ""
		if p := Previous(c, x); p != nil {
			got = PreviousLine(p)
		}
		if got != tt.want {
			t.Errorf("Previous(%s) = %q, want %q", tt.id, got, tt.want)
		}
	}
}
