package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestConsecutive: a series' line joins only periods with none between
// them (s16g-fire: 2013 then 2018 leaves four years unsaid).
func TestConsecutive(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"2013", "2018", false}, // s16g-fire
		{"2018", "2022", false},
		{"2022", "2023", true},
		{"2008/2009", "2023", false}, // s16g-insolvency: a peak, then 14 years on
		{"2008/2009", "2010", true},
		{"2023", "2024", true},
		{"2016-Q4", "2017-Q1", true}, // another kind: quarters
		{"2016-Q3", "2017-Q1", false},
		{"2020-03", "2020-04", true}, // months
		{"2020-03", "2020-05", false},
		{"2020-03-31", "2020-04-01", true}, // days
		{"2020-03-30", "2020-04-01", false},
		// Snapshots of a stock a regular step apart (s20n-gambling).
		{"2010-03-31", "2011-03-31", true},
		{"2010-03-31", "2010-06-30", true},  // quarters' ends
		{"2010-03-31", "2010-05-31", false}, // two months: no cadence
		{"2010-03-15", "2010-06-15", true},
		{"2010-03-31", "2012-03-31", false}, // a year unsaid between
		{"FY2020", "FY2021", true},          // fiscal years
		{"2018/19", "2019/20", true},        // school years
		{"2018/19", "2021/22", false},
		{"not stated", "2020", false},
	}
	for _, tt := range tests {
		a, err := indicators.ParsePeriod(tt.a)
		if err != nil {
			t.Fatalf("ParsePeriod(%q): %v", tt.a, err)
		}
		b, err := indicators.ParsePeriod(tt.b)
		if err != nil {
			t.Fatalf("ParsePeriod(%q): %v", tt.b, err)
		}
		if got := Consecutive(a, b); got != tt.want {
			t.Errorf("Consecutive(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
