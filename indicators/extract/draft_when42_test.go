package extract

import (
	"testing"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// Periods by the general mechanisms of when42, field by field on invented
// sentences: the grain the words name, times counted back from the issue
// date, a span of months after a figure, and a year a paragraph fronts
// carried to its sentences that name no time.
const (
	// when42Debate is a minister's statement dated by its debate day.
	when42Debate = "Lighthouse Service Backlogs\n\n" +
		"Volume 801: debated on Tuesday 14 May 2030\n\n" +
		"In 2030 many keepers who delayed their training are returning. " +
		"Keeper numbers have been increased by 300 since last June and we are recruiting a further 250. " +
		"These preparations meant lamps could be serviced in record numbers, last month seeing the highest total for any month on record, with the service completing over 2 million checks. " +
		"Lamp faults have fallen by 120 since last March. " +
		"Over 85% of lamps were repaired within 3 days between January and March 2030, despite the storms. " +
		"A further 38 lamps have been replaced since 30 April. " +
		"The service kept 410 lamps in reserve on 30 April 2030.\n"
	// when42Quarter is a quarterly release that fronts its quarter.
	when42Quarter = "Ferry passengers rose in the second quarter\n\n" +
		"In Q2 2031, 4.3 million passengers sailed from the four main ports.\n\n" +
		"In June 2031, 1.6 million passengers sailed.\n\n" +
		"In Q3 2031, 4.9 million passengers sailed, compared with 4.4 million passengers in the same period in 2030 and 3.1 million in Q3 2020.\n\n" +
		"The number of sailings in the first half of 2031 increased by 2,310 when compared with the same period in 2030 (61,420 vs 59,110).\n\n" +
		"Passengers in July 2031 were over 30 times those of July 2021 (2,104,300 vs 70,150) and up by 4% when compared with July 2019 (2,104,300 versus 2,023,400).\n"
	// when42LeadDay is a list whose lead-in names a day.
	when42LeadDay = "Lamp statistics\n\n" +
		"For lamps in service at 31 March 2031:\n\n" +
		"  • there were an estimated 1.2 million lamps held on 31 March 2031\n" +
		"  • out of the 2031 total, 58% of lamps were electric and 42% were gas\n" +
		"  • in 2029, 61% of lamps were electric\n"
	// when42Fronted is a report's page whose paragraphs front their year.
	when42Fronted = "Guide dogs placed\n\n" +
		"In 2029–30, 52 guide dogs were placed with new owners, representing 12% of all placements.\n\n" +
		"A further 37 dogs were placed with returning owners. Nearly all (96%) of new owners were aged over 60.\n\n" +
		"Dogs were trained for 20 months in 2028 and 22 months in 2029. About 400 puppies were then bred.\n"
	// when42OwnYear fronts a year in a sentence of its own words.
	when42OwnYear = "Lighthouse partnership\n\n" +
		"  • Deepen our ties.  In 2029, our two-way lamp trade was $41 billion.  The Union has accumulated lamp investment of $12 billion.\n"
	// when42FromTo is a change with its two ends after it.
	when42FromTo = "Guide dogs placed\n\n" +
		"Over the past 20 years, placements declined by 41%—from 690 in 2009–10 to 407 in 2029–30—but rose since a low.\n"
)

var when42Cases = []fieldCase{
	// The grain the words name wins over the year that holds it.
	{name: "a fronted quarter is the quarter, not its year", text: when42Quarter, stated: "4.3 million passengers",
		want: map[string]string{"period": "2031-Q2"}},
	{name: "a fronted month is the month", text: when42Quarter, stated: "1.6 million passengers",
		want: map[string]string{"period": "2031-06"}},
	{name: "the same period in a year is the sentence's months in that year", text: when42Quarter, stated: "4.4 million passengers",
		want: map[string]string{"period": "2030-Q3"}},
	{name: "near miss: a quarter after a later figure is that figure's", text: when42Quarter, stated: "3.1 million",
		want: map[string]string{"period": "2020-Q3"}},
	{name: "the first half of a year is the half", text: when42Quarter, stated: "2,310",
		want: map[string]string{"period": "2031-H1", "base": "2030-H1"}},
	// A pair in brackets takes the change's times in the clause's order.
	{name: "the first of a bracketed pair is the change's period", text: when42Quarter, stated: "61,420",
		want: map[string]string{"period": "2031-H1"}},
	{name: "the second of a bracketed pair is the change's base", text: when42Quarter, stated: "59,110",
		want: map[string]string{"period": "2030-H1"}},
	{name: "a pair after a ratio with no base: the time before the bracket", text: when42Quarter, stated: "70,150",
		want: map[string]string{"period": "2021-07"}},
	{name: "the first of a pair is the ratio's period", text: when42Quarter, stated: "2,104,300",
		want: map[string]string{"period": "2031-07"}},
	{name: "a second pair in the sentence takes its own change's base", text: when42Quarter, stated: "2,023,400",
		want: map[string]string{"period": "2019-07"}},
	{name: "a year in an item holding its lead-in's day is the day", text: when42LeadDay, stated: "58%",
		want: map[string]string{"period": "2031-03-31"}},
	{name: "near miss: another year in an item is its own", text: when42LeadDay, stated: "61%",
		want: map[string]string{"period": "2029"}},
	{name: "near miss: a year named in the sentence before's own words does not carry", text: when42OwnYear, stated: "$12 billion",
		want: map[string]string{"period": "not stated"}},
	// A change's two ends in its own words after it.
	{name: "a change from one time to another is of the later, based on the earlier", text: when42FromTo, stated: "41%",
		want: map[string]string{"period": "2029/30", "base": "2009/10"}},
	{name: "near miss: the level after from keeps its own time", text: when42FromTo, stated: "690",
		want: map[string]string{"period": "2009/10"}},
	// Times counted back from the issue date.
	{name: "last month is the month before the issue month", text: when42Debate, stated: "highest",
		want: map[string]string{"period": "2030-04"}},
	{name: "last month dates every figure of a sentence naming no other time", text: when42Debate, stated: "over 2 million checks",
		want: map[string]string{"period": "2030-04"}},
	{name: "since last June in May is the June of the year before", text: when42Debate, stated: "300",
		want: map[string]string{"period": "2030-05", "base": "2029-06"}},
	{name: "since last March in May is the March of the issue year", text: when42Debate, stated: "120",
		want: map[string]string{"period": "2030-05", "base": "2030-03", "measure": "change"}},
	{name: "a total since a day of no year runs to the issue date", text: when42Debate, stated: "38 lamps",
		want: map[string]string{"period": "2030-04-30/2030-05-14"}},
	{name: "near miss: a day with its year is the readers'", text: when42Debate, stated: "410 lamps",
		want: map[string]string{"period": "2030-04-30"}},
	// A span of months after a figure, in its own words.
	{name: "between two months after the figure is its span", text: when42Debate, stated: "Over 85%",
		want: map[string]string{"period": "2030-Q1"}},
	// A fronted year carries; a year named after a figure does not.
	{name: "a fronted year carries to a sentence with no time", text: when42Fronted, stated: "96%",
		want: map[string]string{"period": "2029/30"}},
	{name: "near miss: a year after a figure does not carry to a sentence with none", text: when42Fronted, stated: "About 400 puppies",
		want: map[string]string{"period": "not stated"}},
}

func TestDraftWhen42(t *testing.T) { runFieldCases(t, when42Cases) }

func TestRelativeTimes(t *testing.T) {
	issued := func(y, m, d int) indicatorsDate { return indicatorsDate{y, m, d} }
	for _, tc := range []struct {
		text   string
		issued indicatorsDate
		want   string
		since  bool
	}{
		{"last month", issued(2022, 4, 27), "2022-03", false},
		{"last month", issued(2022, 1, 5), "2021-12", false},
		{"since last April", issued(2022, 4, 27), "2021-04", true},
		{"since last April", issued(2022, 9, 1), "2022-04", true},
		{"since last December", issued(2022, 9, 1), "2021-12", true},
		{"this month", issued(2022, 4, 27), "", false},
		{"since 31 March", issued(2022, 4, 27), "2022-03-31", true},
		{"since 31 March", issued(2022, 2, 1), "2021-03-31", true},
		{"on 31 March", issued(2022, 4, 27), "", false},
		{"since 31 March 2020", issued(2022, 4, 27), "", false},
		{"last April 2020", issued(2022, 4, 27), "", false},
		{"this December", issued(2022, 4, 27), "", false},
	} {
		rs := relativeTimes(tc.text, 0, len(tc.text), tc.issued.date())
		got, since := "", false
		if len(rs) == 1 {
			got, since = rs[0].period.String(), rs[0].since
		}
		if got != tc.want || since != tc.since {
			t.Errorf("relativeTimes(%q, issued %v) = %q, since %v, want %q, %v", tc.text, tc.issued, got, since, tc.want, tc.since)
		}
	}
}

// indicatorsDate is a day written as three numbers in a table.
type indicatorsDate struct{ y, m, d int }

func (x indicatorsDate) date() indicators.Date {
	return indicators.Date{Year: x.y, Month: time.Month(x.m), Day: x.d}
}
