package extract

import "testing"

// TestMonthYearIsTime: a "Month YYYY" after a word of time ("in",
// "during", "at", "for", "as at", "as of", "at the end of") is the time
// of the figures of its clause, month and all; after a word of
// comparison ("since", "below their level in") or none, it stays a date
// or a base. Before, "In December 2021, there were 46,560,452
// registrations" drafted period: not stated ("2021" is a date), while
// "… registrations in December 2021" drafted 2021-12.
func TestMonthYearIsTime(t *testing.T) {
	const head = "Register statistics\n\n"
	runFieldCases(t, []fieldCase{
		{"in Month YYYY opens the sentence", head + "In December 2021, there were 46,560,452 registrations.\n", "46,560,452 registrations", map[string]string{"period": "2021-12"}},
		{"both figures of the clause", head + "In December 2021, there were 46,560,452 registrations and 48,844,292 electors.\n", "48,844,292 electors", map[string]string{"period": "2021-12"}},
		{"at the end of", head + "At the end of March 2022, there were 1,200 vacancies.\n", "1,200 vacancies", map[string]string{"period": "2022-03-31"}},
		// testdata/kinds/broadband: a stock as at a month.
		{"as at (broadband)", "Broadband connections\n\nAs at June 2015, fibre connections made up 5 percent of all broadband connections (up from 2 percent in 2014), and the market share of fibre connections is increasing.\n", "5 percent", map[string]string{"period": "2015-06"}},
		// testdata/kinds/prices: a count in the month of its clause.
		{"in Month YYYY mid-sentence (prices)", "Consumer price inflation\n\nAs a result of the ongoing restrictions in February 2021, the number of CPIH items identified as unavailable was 69, accounting for 8.3% of the basket by weight.\n", "69", map[string]string{"period": "2021-02"}},
		{"since is a base, not the time", head + "Since March 2022, 1,200 vacancies were reported.\n", "1,200 vacancies", map[string]string{"period": "not stated"}},
	})
}
