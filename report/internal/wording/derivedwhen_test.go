package wording

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestWhenDerivedBetween checks that a figure computed between two
// periods (indicators.Result.Base and Period) is said from the one to the
// other in each one's granularity, as Result.PeriodLabel says it, on a
// bar and in a subtitle: s17i-courts' Q4 2022 − Q3 2022 was "H2 2022".
func TestWhenDerivedBetween(t *testing.T) {
	q3, q4, y := indicators.QuarterPeriod(2022, 3), indicators.QuarterPeriod(2022, 4), indicators.YearPeriod(2019)
	for _, tc := range []struct {
		name string
		f    Figure
		want string
	}{
		{"courts quarters", Figure{Period: q4, Base: q3, Op: "difference"}, "Q3 2022 to Q4 2022"},
		{"courts year to quarter", Figure{Period: q4, Base: y, Op: "difference"}, "2019 to Q4 2022"},
		{"one period", Figure{Period: q4, Op: "difference"}, "Q4 2022"},
	} {
		for _, short := range []bool{true, false} {
			if got := When(tc.f, short); !strings.HasSuffix(got, tc.want) {
				t.Errorf("%s: When(short %v) = %q, want it to say %q", tc.name, short, got, tc.want)
			}
		}
	}
}
