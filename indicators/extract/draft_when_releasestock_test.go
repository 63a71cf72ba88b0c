package extract

import "testing"

// releaseStockRelease is a monthly release titled for its month, of my own
// words: a change over a year, months before parentheses, a year-to-date
// total and its change, "this month" and "monthly".
const releaseStockRelease = `Bridge openings for May 2031

Harbour Works Authority (HWA)

Jun 12, 2031

Bridge openings were up 12% year-over-year in coastal districts, with 930 openings recorded in May, compared to 830 openings in May 2030. The year-to-date total was 4,410, up 6% from the same period in 2030.

The monthly rate of openings was flat (0.2%) in May (11,160 openings) compared to April (11,140 openings).

The inland monthly estimate was 2,140 openings.

Among the ports, Northgate recorded a 31% increase in openings this month. Southgate posted a 9% year-over-year decrease in openings compared to May 2030.
`

var releaseStockWhenCases = []fieldCase{
	{name: "a year-over-year change is of the month its sentence names", text: releaseStockRelease, stated: "12%",
		want: map[string]string{"period": "2031-05"}},
	{name: "the month compared with stays the compared figure's", text: releaseStockRelease, stated: "830 openings",
		want: map[string]string{"period": "2030-05"}},
	{name: "year-to-date runs from January to the release's month", text: releaseStockRelease, stated: "4,410",
		want: map[string]string{"period": "2031-01/2031-05"}},
	{name: "the same period in a year is a base, never the period", text: releaseStockRelease, stated: "6%",
		want: map[string]string{"period": "2031-01/2031-05"}},
	{name: "a month right before a figure's parenthesis is its month", text: releaseStockRelease, stated: "11,140 openings",
		want: map[string]string{"period": "2031-04"}},
	{name: "a monthly estimate of a release is of its month", text: releaseStockRelease, stated: "2,140 openings",
		want: map[string]string{"period": "2031-05"}},
	{name: "this month is the release's month", text: releaseStockRelease, stated: "31%",
		want: map[string]string{"period": "2031-05"}},
	{name: "a change over a year compared with a month is a year after it", text: releaseStockRelease, stated: "9%",
		want: map[string]string{"period": "2031-05"}},
}

func TestDraftWhenRelease(t *testing.T) { runFieldCases(t, releaseStockWhenCases) }

// releaseStockBulletin is a quarterly bulletin's main points, of my own
// words: stocks dated "as at" and "at the end of", flows between two
// months, and changes that point back to them.
const releaseStockBulletin = `Canal traffic statistics quarterly: April to June 2031
Published 2 September 2031
Main Points
8,120 boats moored in the basin as at 30 September 2031 | This represents a rise of 4% compared to the same period in the previous year. |
1,510 lock transfers between April and June 2031 | This is a fall of 2% compared to the same period in 2030. |
2,400 boats on licence at the end of June 2031 | This number increased by 6% compared to the number licensed as at 30 June 2030. |
`

var releaseStockStockCases = []fieldCase{
	{name: "as at a day dates a stock by that day", text: releaseStockBulletin, stated: "8,120 boats",
		want: map[string]string{"period": "2031-09-30"}},
	{name: "this represents takes the period of the figure before", text: releaseStockBulletin, stated: "4%",
		want: map[string]string{"period": "2031-09-30"}}, // grid22: the day, as the figure before has it
	{name: "between two months of a quarter is the quarter", text: releaseStockBulletin, stated: "1,510 lock transfers",
		want: map[string]string{"period": "2031-Q2"}},
	{name: "this is takes the period of the figure before, not the base's year", text: releaseStockBulletin, stated: "2%",
		want: map[string]string{"period": "2031-Q2"}},
	{name: "at the end of a month dates a stock", text: releaseStockBulletin, stated: "2,400 boats",
		want: map[string]string{"period": "2031-06-30"}},
	{name: "as at after compared to is the base, not the period", text: releaseStockBulletin, stated: "6%",
		want: map[string]string{"period": "2031-06"}},
}

func TestDraftWhenStock(t *testing.T) { runFieldCases(t, releaseStockStockCases) }
