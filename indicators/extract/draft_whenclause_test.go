package extract

import "testing"

// whenBulletinText is a statistics office's monthly bulletin in words of its
// own: a title naming the month it came out, a release date, a heading
// naming the span its main points report on, a later sentence with a span
// of its own, a date after a semicolon, a reading moved from, and a
// chart's caption and coverage line.
const whenBulletinText = "Retail trade overview, Canada: December 2022\n\n" +
	"Estimates of shop openings, vacancies and sales for Canada.\n\n" +
	"Release date:\n13 December 2022\n\n" +
	"1. Main points for August to October 2022\n\n" +
	"  • The Canadian shop vacancy rate was estimated at 8.1%, 0.4 percentage points higher than a year earlier and 0.3 percentage points up on the previous quarter.\n\n" +
	"  • Estimated annual growth in weekly sales for shops in Ontario remained unchanged at 2.1% for food and fell to 1.7% from 1.9% for clothing; the growth in food was lifted by unusually high holiday spending in December 2021 compared with more typical spending in December 2020.\n\n" +
	"  • There were an estimated 52,000 shop openings in Canada for September to November 2022; this is 3,000 fewer than the previous quarter.\n\n" +
	"2. Shops\n\n" +
	"Figure 1: Shop openings rose 4,000 on the year to 52,000\n\n" +
	"Canadian shop openings (shops of 5 to 50 staff), seasonally adjusted, January to March 1998 to September to November 2022\n"

// boardText is a lender's board release in words of its own: a dateline
// that opens the lead, an amount the decision makes available now, dates
// that describe targets and criteria, a rate read at a year's end, and a
// figure set against a dated one.
const boardText = "IMF Board Completes Second Review for Jamaica\n\n" +
	"Washington, DC – March 12, 2025: The Executive Board of the International Monetary Fund (IMF) today completed the second review under the Extended Fund Facility arrangement for Jamaica. " +
	"The completion of the review enables the authorities to draw about US$120 million (SDR 90.2 million).\n\n" +
	"In completing the review, the Board assessed quantitative performance targets for end-September 2024. " +
	"The end-September 2024 performance criterion on net international reserves was met. " +
	"7 of 9 structural benchmarks due for the review were met.\n\n" +
	"The economy grew 2.1 percent in 2024. Inflation is projected to fall to 4.5 percent at end-2025. " +
	"The primary surplus of 5.2 percent of GDP in 2024 exceeded the program target of a surplus of 4.8 percent of GDP, with a surplus of 4.0 percent of GDP targeted in 2025. " +
	"Installed solar capacity reached 120 MW at the end of 2024.\n"

// whenAppealText is a UN agency's appeal release in words of its own: a
// dateline opening the lead, readings of "today", an appeal's year, a
// point of the year, people in a condition now, and an amount announced.
const whenAppealText = "A record 12 million people in the Sahel need humanitarian assistance\n\n" +
	"(Dakar, 14 June 2019): Some 12 million people across 6 countries in the Sahel need humanitarian assistance today, while response plans, aiming to reach 8 million of them, are only 15 per cent funded.\n\n" +
	"In January 2019, the UN and partners launched the 2019 regional appeal and donors have provided US$300 million so far. " +
	"Requirements have since risen to $2.1 billion, leaving the appeal 14 per cent funded halfway through the year.\n\n" +
	"Floods were also reported in Niger. This adds to some 3 million children who are at risk of malnutrition across the region.\n\n" +
	"In Mali, 72% of people in poverty live in areas exposed to floods. Canada today announced $50 million in new assistance.\n"

var whenClauseCases = []fieldCase{
	// A heading naming a period.
	{name: "a heading's span of months dates the figures under it", text: whenBulletinText, stated: "8.1%",
		want: map[string]string{"period": "2022-08/2022-10"}},
	{name: "a change under the heading too, from the same months a year back", text: whenBulletinText, stated: "0.4 percentage points",
		want: map[string]string{"period": "2022-08/2022-10", "base": "2021-08/2021-10"}},
	{name: "a change on the previous quarter, from the three months before", text: whenBulletinText, stated: "0.3 percentage points",
		want: map[string]string{"period": "2022-08/2022-10", "base": "2022-05/2022-07"}},
	{name: "the three months before across a new year", text: "Main points for January to March 2023\n\nThe rate was 4.1%, 0.2 percentage points up on the previous quarter.\n", stated: "0.2 percentage points",
		want: map[string]string{"period": "2023-Q1", "base": "2022-Q4"}},
	{name: "a month after a semicolon dates nothing before it", text: whenBulletinText, stated: "2.1%",
		want: map[string]string{"period": "2022-08/2022-10"}},
	{name: "the figure a reading moved to is the heading's", text: whenBulletinText, stated: "1.7%",
		want: map[string]string{"period": "2022-08/2022-10"}},
	{name: "the reading moved from is not stated", text: whenBulletinText, stated: "1.9%",
		want: map[string]string{"period": "not stated"}},
	{name: "a sentence's own span dates its figures", text: whenBulletinText, stated: "an estimated 52,000 shop openings",
		want: map[string]string{"period": "2022-09/2022-11"}},
	{name: "and the clause after its semicolon that refers back", text: whenBulletinText, stated: "3,000",
		want: map[string]string{"period": "2022-09/2022-11"}},
	{name: "a later section's figure takes the span of the release's heading, not of a later sentence", text: whenBulletinText, stated: "4,000",
		want: map[string]string{"period": "2022-08/2022-10"}},
	{name: "a chart's coverage line is no period", text: whenBulletinText, stated: "5 to 50 staff",
		want: map[string]string{"period": "not stated"}},
	{name: "a heading's quarter", text: "Highlights, first quarter 2024\n\nExports rose 3.2% to $41.5 billion.\n", stated: "3.2%",
		want: map[string]string{"period": "2024-Q1"}},
	{name: "a heading's month it is for", text: "Results for May 2022\n\nExports rose 3.2% to $41.5 billion.\n", stated: "3.2%",
		want: map[string]string{"period": "2022-05"}},
	{name: "a title's lone month is when the release came out", text: "Trade bulletin, Canada: March 2023\n\nExports were $5 billion.\n", stated: "$5 billion",
		want: map[string]string{"period": "not stated"}},

	// A date dates its own clause.
	{name: "a date describing targets and criteria carries to no later sentence", text: boardText, stated: "9 structural benchmarks",
		want: map[string]string{"period": "not stated"}},
	{name: "a rate at end-2025 is read in December", text: boardText, stated: "4.5 percent",
		want: map[string]string{"period": "2025-12"}},
	{name: "a capacity at the end of a year stays the year", text: boardText, stated: "120 MW",
		want: map[string]string{"period": "2024"}},
	{name: "the dated figure keeps its own year", text: boardText, stated: "5.2 percent",
		want: map[string]string{"period": "2024"}},
	{name: "a figure after the comparison with a year of its own keeps it", text: boardText, stated: "4.0 percent",
		want: map[string]string{"period": "2025"}},

	// The release's own time.
	{name: "the present tense alone dates nothing", text: whenAppealText, stated: "72%",
		want: map[string]string{"period": "not stated"}},
	{name: "an amount announced today is no reading of the day", text: whenAppealText, stated: "$50 million",
		want: map[string]string{"period": "not stated"}},
	{name: "without a dateline, today dates nothing", text: "Some 12 million people in the Sahel need humanitarian assistance today.\n", stated: "Some 12 million people",
		want: map[string]string{"period": "not stated"}},
}

func TestDraftWhenClause(t *testing.T) { runFieldCases(t, whenClauseCases) }
