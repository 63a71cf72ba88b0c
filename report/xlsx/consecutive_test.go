package xlsx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestConsecutive: a native series chart joins its points by a line only
// where each period is the one after the last: the users' gapped years
// (s16g-fire: 2013, 2018, 2022, 2023; s16g-insolvency: the 2008-09 peak,
// then 2023 and 2024) are markers alone; consecutive fiscal years
// (s16g-research: 2005/06, 2006/07) and quarters (the migration kind's)
// are joined; a census every five years is not.
func TestConsecutive(t *testing.T) {
	tests := []struct {
		name    string
		periods []string
		want    bool
	}{
		{"s16g-fire, gapped years", []string{"2013", "2018", "2022", "2023"}, false},
		{"s16g-insolvency, peak then two years", []string{"2008/2009", "2023", "2024"}, false},
		{"s16g-research, fiscal years", []string{"2005-07/2006-06", "2006-07/2007-06"}, true},
		{"migration kind, quarters", []string{"2016-Q4", "2017-Q1", "2017-Q2"}, true},
		{"census every five years", []string{"2001", "2006", "2011"}, false},
		{"one point", []string{"2023"}, false},
		// review16a item 10: the prices kind's months, every other one,
		// step alike by two months and were joined; a month between each
		// two is unsaid.
		{"prices kind, every other month", []string{"2021-01", "2021-03", "2021-05"}, false},
		{"prices kind, months", []string{"2021-01", "2021-02", "2021-03"}, true},
		{"quarters, one missing", []string{"2016-Q3", "2017-Q1", "2017-Q3"}, false},
	}
	for _, tt := range tests {
		var ps []indicators.Period
		for _, s := range tt.periods {
			p, err := indicators.ParsePeriod(s)
			if err != nil {
				t.Fatalf("ParsePeriod(%q): %v", s, err)
			}
			ps = append(ps, p)
		}
		if got := consecutive(ps); got != tt.want {
			t.Errorf("%s: consecutive(%v) = %v, want %v", tt.name, ps, got, tt.want)
		}
	}
}
