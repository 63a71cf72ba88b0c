package extract

import "testing"

// drafts40Release is a monthly release titled for its month, of my own
// words: a change over a year, months before parentheses, a year-to-date
// total and its change, "this month" and "monthly".
const drafts40Release = `Bridge openings for May 2031

Harbour Works Authority (HWA)

Jun 12, 2031

Bridge openings were up 12% year-over-year in coastal districts, with 930 openings recorded in May, compared to 830 openings in May 2030. The year-to-date total was 4,410, up 6% from the same period in 2030.

The monthly rate of openings was flat (0.2%) in May (11,160 openings) compared to April (11,140 openings).

The inland monthly estimate was 2,140 openings.

Among the ports, Northgate recorded a 31% increase in openings this month. Southgate posted a 9% year-over-year decrease in openings compared to May 2030.
`

var drafts40WhenCases = []fieldCase{
	{name: "a year-over-year change is of the month its sentence names", text: drafts40Release, stated: "12%",
		want: map[string]string{"period": "2031-05"}},
	{name: "the month compared with stays the compared figure's", text: drafts40Release, stated: "830 openings",
		want: map[string]string{"period": "2030-05"}},
	{name: "year-to-date runs from January to the release's month", text: drafts40Release, stated: "4,410",
		want: map[string]string{"period": "2031-01/2031-05"}},
	{name: "the same period in a year is a base, never the period", text: drafts40Release, stated: "6%",
		want: map[string]string{"period": "2031-01/2031-05"}},
	{name: "a month right before a figure's parenthesis is its month", text: drafts40Release, stated: "11,140 openings",
		want: map[string]string{"period": "2031-04"}},
	{name: "a monthly estimate of a release is of its month", text: drafts40Release, stated: "2,140 openings",
		want: map[string]string{"period": "2031-05"}},
	{name: "this month is the release's month", text: drafts40Release, stated: "31%",
		want: map[string]string{"period": "2031-05"}},
	{name: "a change over a year compared with a month is a year after it", text: drafts40Release, stated: "9%",
		want: map[string]string{"period": "2031-05"}},
}

func TestDrafts40WhenRelease(t *testing.T) { runFieldCases(t, drafts40WhenCases) }
