package extract

import "testing"

// comparedYearAnnual is an annual summary under a chapter heading: its
// comparisons name the earlier year only.
const comparedYearAnnual = "Ferry Statistics\n\n1. Main messages for Wales\n" +
	"Annual summary for 2022\n" +
	"- Ferry crossings in 2022 were 6% higher than in 2021, which saw the fewest since 1998.\n" +
	"- Freight sailings rose by 11% from 2021.\n" +
	"- Night sailings were 4% lower than the busy levels seen in 2021.\n" +
	"- The fleet is far smaller than the peak of 212 vessels seen during the 1990-91 recession, even though 2021 and 2022 saw similar traffic to 1990 and 1991. This is because the average ferry has more than doubled in size.\n"

// TestDraftComparedYear: the year after "than (in)", "from" or
// "compared with" is a change's base, never its period; the period is the
// sentence's other year, else the heading's.
func TestDraftComparedYear(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"other year of the sentence", comparedYearAnnual, "6%", map[string]string{"period": "2022", "base": "2021"}},
		{"heading's year", comparedYearAnnual, "11%", map[string]string{"period": "2022", "base": "2021"}},
		{"than the levels seen in", comparedYearAnnual, "4%", map[string]string{"period": "2022"}},
	})
}

// TestDraftSpans: an episode named by two years, a half year in words,
// an average up to the figure's month, and a present-perfect change after
// a concessive clause.
func TestDraftSpans(t *testing.T) {
	money := "Savings and Loans - June 2021\n\nHousehold saving\n\n" +
		"Households deposited a net £6.2 billion in June, above the £5.1 billion average seen over the past four months. " +
		"Business deposits were £2.3 billion in June, in line with the £2.2 billion average seen since March 2020. " +
		"The deposit growth rate has eased, having fallen steadily from a peak of 12.4% in early 2021.\n"
	runFieldCases(t, []fieldCase{
		{"episode of two years", comparedYearAnnual, "212 vessels", map[string]string{"period": "1990/1991"}},
		{"the month's own figure", money, "£6.2 billion", map[string]string{"period": "2021-06"}},
	})
}
