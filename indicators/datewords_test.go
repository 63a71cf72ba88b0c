package indicators_test

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestDateWords: a date's words wrap as one, so that no title breaks
// "31" / "March 2015" (s18k-children) or "Sep" / "2024" (s18k-defence);
// a year after a month's comma, a number of no day, and a month-like
// word are left alone.
func TestDateWords(t *testing.T) {
	tests := []struct{ in, want []string }{
		{[]string{"Ireland,", "31", "March", "2015"}, []string{"Ireland,", "31 March 2015"}},
		{[]string{"year", "to", "Sep", "2024"}, []string{"year", "to", "Sep 2024"}},
		{[]string{"at", "1", "October", "2024", "and", "1", "October", "2023"}, []string{"at", "1 October 2024", "and", "1 October 2023"}},
		{[]string{"March,", "2015"}, []string{"March,", "2015"}},
		{[]string{"45", "March", "2015"}, []string{"45", "March 2015"}},
		{[]string{"May", "rise", "2015"}, []string{"May", "rise", "2015"}},
		{[]string{"(1", "October", "2024,", "compared", "with", "1", "October", "2023)"}, []string{"(1 October 2024,", "compared", "with", "1 October 2023)"}},
		{[]string{"year", "to", "Sept", "2024"}, []string{"year", "to", "Sept 2024"}},
	}
	for _, tc := range tests {
		if got := indicators.DateWords(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("indicators.DateWords(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
