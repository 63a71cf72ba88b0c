package indicators_test

import (
	"math"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestPeriodExtent: a period covers its days on a time axis, from the
// start of the first to the end of the last, and Middle is halfway
// between; a period whose days are not kept has no extent.
func TestPeriodExtent(t *testing.T) {
	tests := []struct {
		period   string
		from, to float64
		ok       bool
	}{
		{"2019", 2019, 2020, true},                                    // s17i-courts: the annual point beside quarters
		{"2022-Q3", 2022 + 181.0/365, 2022 + 273.0/365, true},         // 1 July to 30 September
		{"1998-05/1999-04", 1998 + 120.0/365, 1999 + 120.0/365, true}, // s17i-culture: year ending April 1999
		{"2015-06-30", 2015 + 180.0/365, 2015 + 181.0/365, true},      // s17i-broadband: a day
		{"2002/2012", 2002, 2013, true},
		{"FY2020", 0, 0, false},
		{"2018/19", 0, 0, false},
		{"not stated", 0, 0, false},
	}
	for _, tc := range tests {
		p, err := indicators.ParsePeriod(tc.period)
		if err != nil {
			t.Fatalf("ParsePeriod(%q): %v", tc.period, err)
		}
		from, to, ok := p.Extent()
		if ok != tc.ok || math.Abs(from-tc.from) > 0.001 || math.Abs(to-tc.to) > 0.001 {
			t.Errorf("ParsePeriod(%q).Extent() = %.4f, %.4f, %v, want %.4f, %.4f, %v", tc.period, from, to, ok, tc.from, tc.to, tc.ok)
		}
		if ok && math.Abs((from+to)/2-p.Middle()) > 0.001 {
			t.Errorf("ParsePeriod(%q): Extent's middle %.4f, Middle() %.4f", tc.period, (from+to)/2, p.Middle())
		}
	}
}
