package indicators

import "testing"

// TestLeadInPeriod checks the span of whole months a list's lead-in line
// names by both its ends (s27x-hatecrime, s28y round: "Between January and
// March 2025").
func TestLeadInPeriod(t *testing.T) {
	tests := []struct{ line, want string }{
		{"In the 12 months from 1 st April 2019 to 31 st March 2020:", "2019-04/2020-03"},
		{"In the 12 months from 1st April 2019 to 31st March 2020:", "2019-04/2020-03"},
		{"Between January and March 2025", "2025-Q1"},
		{"Between October 2024 and March 2025:", "2024-10/2025-03"},
		{"Between November and February 2025:", "2024-11/2025-02"},
		{"From 3 April 2019 to 31 March 2020:", "not stated"}, // not whole months
		{"Between 2019 and 2020 there were:", "not stated"},   // no month: a span of years, told otherwise
		{"Key points:", "not stated"},
		{"From April to March:", "not stated"},
	}
	for _, tc := range tests {
		p, _ := leadInPeriod(tc.line)
		if got := p.String(); got != tc.want {
			t.Errorf("leadInPeriod(%q) = %s, want %s", tc.line, got, tc.want)
		}
	}
}
