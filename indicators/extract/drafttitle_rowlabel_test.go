package extract

import "testing"

// TestRowLabelShape reads ranked breakdowns from the sentences of
// releases of different kinds: business demography, cancer registrations,
// house prices and cultural attendance.
func TestRowLabelShape(t *testing.T) {
	tests := []struct {
		before string
		want   rowShape
		ok     bool
	}{
		{"London was the region with the highest birth rate at ", rowShape{"London", "region", "highest", "birth rate"}, true},
		{"In broad industry terms, business administration and support services had the highest business birth rate at ",
			rowShape{"business administration and support services", "", "highest", "business birth rate"}, true},
		{"In broad industry terms, business administration and support services had the highest business birth rate at 20.7% and accommodation and food services had the highest death rate at ",
			rowShape{"accommodation and food services", "", "highest", "death rate"}, true},
		{"The North East had the highest rate of cancer incidence at ", rowShape{"North East", "", "highest", "rate of cancer incidence"}, true},
		{"The North East had the highest rate of cancer incidence at 653 cases per 100,000 people, while London had the lowest rate at ",
			rowShape{"London", "", "lowest", "rate of cancer incidence"}, true},
		{"The lowest annual growth rate was in the South East of England (", rowShape{"South East of England", "", "lowest", "annual growth rate"}, true},
		{"The lowest annual growth rate was in the South East of England (1.2%), followed by the West Midlands (",
			rowShape{"West Midlands", "", "second lowest", "annual growth rate"}, true},
		{"Opera and musicals had the highest proportion of female attendees at ", rowShape{"Opera and musicals", "", "highest", "proportion of female attendees"}, true},
		{"In 2010–12, male life expectancy at birth was highest in East Dorset (", rowShape{"East Dorset", "", "highest", "male life expectancy at birth"}, true},
		{"In 2010–12, male life expectancy at birth was highest in East Dorset (82.9 years) and lowest in Glasgow City (",
			rowShape{"Glasgow City", "", "lowest", "male life expectancy at birth"}, true},
		{"The highest suicide rate in England was in the North East at 13.2 deaths per 100,000 population; London had the lowest at ",
			rowShape{"London", "", "lowest", "suicide rate in England"}, true},
		// A change ranked: what changed is named elsewhere.
		{"The largest regional increase was in London, at ", rowShape{}, false},
		// No ranking.
		{"The total UK business birth rate was ", rowShape{}, false},
		{"followed by the West Midlands (", rowShape{}, false},
	}
	for _, tt := range tests {
		got, ok := rowLabelShape(tt.before)
		if got != tt.want || ok != tt.ok {
			t.Errorf("rowLabelShape(%q) = %+v, %v, want %+v, %v", tt.before, got, ok, tt.want, tt.ok)
		}
	}
}
