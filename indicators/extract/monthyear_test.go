package extract

import (
	"strings"
	"testing"
)

// TestMonthYearNotTime (review19 #2): a "Month YYYY" after a verb of
// publishing is when something happened, and before "prices" or "terms"
// the base of a price, never the time a figure is of.
func TestMonthYearNotTime(t *testing.T) {
	const head = "Register statistics\n\n"
	runFieldCases(t, []fieldCase{
		{"published in", head + "The report, published in April 2014, found 1,200 vacancies.\n", "1,200 vacancies", map[string]string{"period": "not stated"}},
		{"released in", head + "The figures, released in May 2022, show 1,200 vacancies.\n", "1,200 vacancies", map[string]string{"period": "not stated"}},
		{"at prices", head + "Spending was £4.5 billion at March 2022 prices.\n", "£4.5 billion", map[string]string{"period": "not stated"}},
		{"in prices", head + "Spending was £4.5 billion in March 2020 prices.\n", "£4.5 billion", map[string]string{"period": "not stated"}},
		{"updated in", head + "The survey, updated in June 2023, counted 500 firms.\n", "500 firms", map[string]string{"period": "not stated"}},
		{"in terms", head + "Spending was £2.1 billion in April 2019 terms.\n", "£2.1 billion", map[string]string{"period": "not stated"}},
	})
}

// TestMonthNotCarriedToComparison (review19 #3): the clause's month is not
// the month of a figure it is compared with "a year earlier".
func TestMonthNotCarriedToComparison(t *testing.T) {
	const head = "Register statistics\n\n"
	runFieldCases(t, []fieldCase{
		{"up from a year earlier", head + "In March 2022, vacancies were 1,300, up from 1,200 a year earlier.\n", "1,200", map[string]string{"period": "not stated"}},
		{"the level keeps its month", head + "In March 2022, vacancies were 1,300, up from 1,200 a year earlier.\n", "1,300", map[string]string{"period": "2022-03"}},
		{"December", head + "In December 2021, vacancies were 1,100, up from 1,000 a year earlier.\n", "1,000", map[string]string{"period": "not stated"}},
		{"compared with last year", head + "In June 2023, the rate was 4.2%, compared with 3.9% last year.\n", "3.9%", map[string]string{"period": "not stated"}},
		{"down from the previous year", head + "In April 2024, 500 homes were sold, down from 650 the previous year.\n", "650", map[string]string{"period": "not stated"}},
	})
}

// TestMonthAbbreviatedAndSpan (review19 #4): an abbreviated month is a
// month, and a month that opens a span of months is no month of its own.
func TestMonthAbbreviatedAndSpan(t *testing.T) {
	const head = "Register statistics\n\n"
	runFieldCases(t, []fieldCase{
		{"Dec.", head + "In Dec. 2021, there were 46,560,452 registrations.\n", "46,560,452 registrations", map[string]string{"period": "2021-12"}},
		{"Sept.", head + "In Sept. 2020, there were 300 claims.\n", "300 claims", map[string]string{"period": "2020-09"}},
		{"Feb", head + "In Feb 2023, there were 410 claims.\n", "410 claims", map[string]string{"period": "2023-02"}},
		{"span of months", head + "For April 2024 to March 2025, there were 1,200 vacancies.\n", "1,200 vacancies", map[string]string{"period": "2024-04/2025-03"}},
		{"span of months, in", head + "In January 2023 to June 2023, there were 800 claims.\n", "800 claims", map[string]string{"period": "2023-H1"}},
	})
}

// TestChangeRangeWrittenInFull (review19 #5, #6): a range whose low end is
// written in full near its high end stays a range, and a "from X to Y"
// after a change in another unit is no pair of levels.
func TestChangeRangeWrittenInFull(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Unemployment could rise by 500,000 to 1 million next year.", []string{"500,000 to 1 million"}},
		{"Unemployment could rise by 800,000 to 1.2 million next year.", []string{"800,000 to 1.2 million"}},
		{"Demand may grow by 300,000 to 2 million barrels a day.", []string{"300,000 to 2 million barrels a day"}},
		{"Claims could increase by 600,000 to 1.5 million.", []string{"600,000 to 1.5 million"}},
		{"Output grew by 2.1% in the year, from 10 to 20 sectors reporting growth.", []string{"2.1%", "from 10 to 20 sectors"}},
		{"Sales rose 3% last month, from 5 to 8 regions showing gains.", []string{"3%", "from 5 to 8 regions"}},
		{"Exports fell by 4% in 2023, from 12 to 15 countries cutting orders.", []string{"4%", "from 12 to 15 countries"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range Extract(tt.in) {
			got = append(got, m.Text)
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("Extract(%q) texts = %q, want %q", tt.in, got, tt.want)
		}
	}
}
