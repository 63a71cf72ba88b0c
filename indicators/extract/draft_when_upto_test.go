package extract

import "testing"

// upToShelter is a relief agency's dated release on a sheltering
// programme, of my own words: running totals from a start it does not
// date, a total "as of" a day of no year, and counts of the present.
const upToShelter = `Harbor Relief Agency's Temporary Lodging Grants End August 15

Release date:
July 9, 2030

PORT LENA, Guam – Families displaced by the spring floods have until August 15 to use the agency's temporary lodging grants.

The agency pays motels directly to lodge families while they look for other homes.

Since the program opened, more than 8,400 people have stayed at motels in 12 districts. As of June 30, the cost to the agency is more than $21 million.

So far, 3,120 families have received grants. Since March, 260 motels have taken part.

To date, 912 families, or 2,760 people, are still housed at 640 motel rooms.

Overall, 4,050 households applied, and 3,300 have found other homes.

As of 5 August, the agency had paid $2 million in deposits.

In total, the second phase will lodge 1,500 families.

Today, at the donors' meeting, the agency announced that the meeting had raised $9 million to date.
`

var upToCases = []fieldCase{
	{name: "since the program opened is a running total up to the issued day", text: upToShelter, stated: "more than 8,400 people",
		want: map[string]string{"period": "../2030-07-09"}},
	{name: "a place count in a running total's sentence is up to the issued day", text: upToShelter, stated: "12 districts",
		want: map[string]string{"period": "../2030-07-09"}},
	{name: "as of a day of no year, the cost is a total up to that day", text: upToShelter, stated: "more than $21 million",
		want: map[string]string{"period": "../2030-06-30"}},
	{name: "so far is a running total", text: upToShelter, stated: "3,120 families",
		want: map[string]string{"period": "../2030-07-09"}},
	{name: "since a month of no year is a running total", text: upToShelter, stated: "260 motels",
		want: map[string]string{"period": "../2030-07-09"}},
	{name: "a count still housed is of the release's month, to date or not", text: upToShelter, stated: "912 families",
		want: map[string]string{"period": "2030-07"}},
	{name: "every count of a present sentence is of the release's month", text: upToShelter, stated: "640 motel rooms",
		want: map[string]string{"period": "2030-07"}},
	// fixL: "Overall," sums across groups ("Overall, men and women had
	// similar participation rates"), it names no time.
	{name: "overall opening a sentence sums across groups: no running total", text: upToShelter, stated: "4,050 households",
		want: map[string]string{"period": "not stated"}},
	{name: "a figure of the second clause of an overall sentence is none either", text: upToShelter, stated: "3,300 have found other homes",
		want: map[string]string{"period": "not stated"}},
	{name: "as of a day after the issued day is of the year before", text: upToShelter, stated: "$2 million",
		want: map[string]string{"period": "../2029-08-05"}},
	{name: "what a total will come to is no running total", text: upToShelter, stated: "1,500 families",
		want: map[string]string{"period": "not stated"}},
	{name: "a total an event announced today raised to date is the event's", text: upToShelter, stated: "$9 million",
		want: map[string]string{"period": "not stated"}},
}

func TestDraftUpTo(t *testing.T) { runFieldCases(t, upToCases) }

// upToPrices is a price-index bulletin, of my own words: annual
// rates to a month, a month's reading after "up from", a monthly change
// compared with the same month a year before, and contributions whose
// sentence names its month before them.
const upToPrices = `Producer price inflation, Freedonia: June 2031

Release date:
20 July 2031

1. Main points

  • The Producer Prices Index (PPI) rose by 4.4% in the 12 months to June 2031, up from 3.9% in May.

  • The largest upward contributions to the annual PPI rate in June 2031 came from metals (0.82 percentage points) and fuels (0.61 percentage points).

  • On a monthly basis, PPI rose by 0.7% in June 2031, compared with a rise of 0.1% in June 2030.

2. Annual PPI rate

Input prices rose by 5.1% in the 12 months to June 2031.
`

var upToPriceCases = []fieldCase{
	{name: "a rate in the 12 months to a month is read at that month", text: upToPrices, stated: "4.4%",
		want: map[string]string{"period": "2031-06"}},
	{name: "up from a rate in a month is that month's", text: upToPrices, stated: "3.9%",
		want: map[string]string{"period": "2031-05"}},
	{name: "a month of the figure's own sentence before it beats a carried span", text: upToPrices, stated: "0.82 percentage points",
		want: map[string]string{"period": "2031-06"}},
	{name: "every figure of that sentence takes it", text: upToPrices, stated: "0.61 percentage points",
		want: map[string]string{"period": "2031-06"}},
	{name: "a monthly change has the month before as base", text: upToPrices, stated: "0.7%",
		want: map[string]string{"period": "2031-06", "base": "2031-05"}},
	{name: "a rise compared with is of its own month", text: upToPrices, stated: "0.1%",
		want: map[string]string{"period": "2030-06", "base": "2030-05"}},
	{name: "an annual rate in a section is read at its month", text: upToPrices, stated: "5.1%",
		want: map[string]string{"period": "2031-06"}},
}

func TestDraftPriceRates(t *testing.T) { runFieldCases(t, upToPriceCases) }

// upToQuarterly is a quarterly news release of a statistical office,
// of my own words: a change compared with a quarter, a "(when …)" aside,
// list items in parentheses, a quarter without "of", and a heading whose
// section opens with its quarter.
const upToQuarterly = `48 000 new apprentices in the second quarter of 2031

17 August 2031

During the second quarter of 2031, 48 000 new apprentices signed contracts in the member regions, up by 6% compared with the first quarter of 2031 (when 45 300 new apprentices were signed).

Builders, cooks and nurses led

With over 9 400 new apprentices between January and March 2031, builders remained the main trade, ahead of cooks (7 100 new apprentices), nurses (6 200) and welders (4 900). They made up more than a half of new apprentices over the first quarter 2031.

A third trained in either the North or the Coast

During the first quarter of 2031, the North registered 9 800 new apprentices.
`

var upToQuarterCases = []fieldCase{
	{name: "a quarter compared with is the change's base, the sentence's its period", text: upToQuarterly, stated: "6%",
		want: map[string]string{"period": "2031-Q2", "base": "2031-Q1"}},
	{name: "a (when …) aside takes the whole period phrase before it", text: upToQuarterly, stated: "45 300 new apprentices",
		want: map[string]string{"period": "2031-Q1"}},
	{name: "an item in parentheses takes the lead figure's period", text: upToQuarterly, stated: "7 100 new apprentices",
		want: map[string]string{"period": "2031-Q1"}},
	{name: "a bare item in parentheses takes it too", text: upToQuarterly, stated: "4 900",
		want: map[string]string{"period": "2031-Q1"}},
	{name: "a quarter without of is a quarter", text: upToQuarterly, stated: "more than a half",
		want: map[string]string{"period": "2031-Q1"}},
	{name: "a heading's figure takes the quarter that opens its section", text: upToQuarterly, stated: "A third",
		want: map[string]string{"period": "2031-Q1"}},
}

func TestDraftQuartersUpTo(t *testing.T) { runFieldCases(t, upToQuarterCases) }
