package extract

import "testing"

// The periods of the fortieth when round (when40), in sentences of their
// own: a time at the figure before any other of its sentence, a figure in
// brackets after its time, "today" set against another clause's year, a
// release's lead naming its statistics' year, a week named by its last
// day, the reading in brackets of "the previous year's figure" and a
// quarter named by its last month, which is no month.

// when40Bullets is a release of a year across two whose bullets compare
// with earlier years.
const when40Bullets = "Licensing Statistics 2031-32 report released\n\n" +
	"Key points from the report:\n\n" +
	"  • A total of 5,210 licences were issued in 2031/32, up 12.0% compared to the previous year’s figure (4,652).\n" +
	"  • There were no refusals for the 2031/32 year, compared to three refusals in 2030/31 and seven in 2029/30.\n" +
	"  • There were 18 appeals heard in 2031/32, compared with 2030/31.\n"

// when40Quarter is a quarterly release whose list's lead-in gives the
// quarter, one bullet of which names another.
const when40Quarter = "Housing Benefit statistics: data to March 2032\n\n" +
	"In the quarter to March 2032:\n\n" +
	"  • the service received 31,000 new claims, up 2,400 compared with the quarter to March 2031\n" +
	"  • over 2 million households were supported, an increase of 41,000 since the quarter to March 2031\n" +
	"  • 14,000 claims were closed. This is three times more than in the quarter ending December 2031 (4,600 claims) after a review of old cases.\n"

// when40Lead is a release whose lead names the one year of its
// statistics, "last year" and "today" in its sentences.
const when40Lead = "The changing shape of the rail network\n\n" +
	"Freight still carries more than 30 per cent of tonnage, latest figures show\n\n" +
	"Operators continue to gain as the agency's latest rail statistics for 2031 show growth in freight.\n\n" +
	"Rail freight last year reached 91.4 million tonnes, up 2.5 per cent from 2030.\n\n" +
	"In 2025, one wagon carried an average 41.2 tonnes, while that same wagon today carries an average 44.9 tonnes.\n\n" +
	"In 2025, one wagon carried an average 40.8 tonnes, and in 2027 one carried 42.6 tonnes.\n"

// when40Week is a weekly page whose figures cover a week named by its
// last day, with its weekday.
const when40Week = "Permits issued\n\n" +
	"The following figures cover the week ending Sunday 14 March 2032:\n\n" +
	"  • Parking permits - 12,406: a decrease of 37 on the previous week, there are 58 new permits.\n" +
	"  • Visitor permits - 3,115: an increase of 12 on the previous week, there are 96 new permits.\n"

// when40ChangeOn is a change whose own clause closes on the time it is
// compared with.
const when40ChangeOn = "Parks spending\n\n" +
	"  • Spending on parks by councils was £2.1bn in 2031-32, an increase of £0.1bn or 4.9 per cent in cash terms on 2030-31 (£2.0bn).\n" +
	"  • Spending on libraries by councils rose by 3.1 per cent in 2031-32.\n"

// when40Basis is a figure whose time after it is a price basis.
const when40Basis = "Grants\n\n" +
	"Spending was £6.1 billion in May 2030 prices.\n"

var when40Cases = []fieldCase{
	{name: "near miss: a month before \"prices\" is a price basis, no time at the figure", text: when40Basis, stated: "£6.1 billion",
		want: map[string]string{"period": "not stated"}},
	{name: "a change's time after \"on\" is its base, its period the level's", text: when40ChangeOn, stated: "4.9 per cent",
		want: map[string]string{"period": "2031/32", "base": "2030/31"}},
	{name: "near miss: a change's time after \"in\" is its own", text: when40ChangeOn, stated: "3.1 per cent",
		want: map[string]string{"period": "2031/32"}},
	{name: "a time right after the figure's words is its own, not the sentence's first", text: when40Bullets, stated: "three refusals",
		want: map[string]string{"period": "2030/31"}},
	{name: "a later figure of the list has its own time too", text: when40Bullets, stated: "seven",
		want: map[string]string{"period": "2029/30"}},
	{name: "near miss: the time after a verb in the figure's clause stands", text: when40Bullets, stated: "5,210 licences",
		want: map[string]string{"period": "2031/32"}},
	{name: "near miss: a time after \"compared with\" is no figure's own", text: when40Bullets, stated: "18 appeals",
		want: map[string]string{"period": "2031/32"}},
	{name: "the reading in brackets of the previous year's figure", text: when40Bullets, stated: "4,652",
		want: map[string]string{"period": "2030/31"}},
	{name: "a figure in brackets after its quarter, not the lead-in's", text: when40Quarter, stated: "4,600 claims",
		want: map[string]string{"period": "2031-Q4"}},
	{name: "near miss: the figure compared with that quarter keeps the lead-in's", text: when40Quarter, stated: "14,000 claims",
		want: map[string]string{"period": "2032-Q1"}},
	{name: "a quarter named by its last month is a quarter: the change of a stock over it", text: when40Quarter, stated: "41,000",
		want: map[string]string{"period": "2032-Q1", "base": "2031-Q1"}},
	{name: "the lead's year of its statistics dates a figure of no time of its own", text: when40Lead, stated: "91.4 million tonnes",
		want: map[string]string{"period": "2031"}},
	{name: "and its change, with its base", text: when40Lead, stated: "2.5 per cent",
		want: map[string]string{"period": "2031", "base": "2030"}},
	{name: "\"today\" after \"while\" is the release's time, not the other clause's year", text: when40Lead, stated: "44.9 tonnes",
		want: map[string]string{"period": "2031"}},
	{name: "near miss: the clause with the year keeps it", text: when40Lead, stated: "41.2 tonnes",
		want: map[string]string{"period": "2025"}},
	{name: "near miss: a clause with a year of its own keeps it", text: when40Lead, stated: "42.6 tonnes",
		want: map[string]string{"period": "2027"}},
	{name: "a flow counted in a week named by its last day: the seven days", text: when40Week, stated: "58 new permits",
		want: map[string]string{"period": "2032-03-08/2032-03-14"}},
	{name: "a stock of that week: its last day", text: when40Week, stated: "12,406",
		want: map[string]string{"period": "2032-03-14"}},
	{name: "a change on the previous week: at the day, from the day a week before", text: when40Week, stated: "37",
		want: map[string]string{"period": "2032-03-14", "base": "2032-03-07"}},
}

func TestDraftWhen40(t *testing.T) {
	runFieldCases(t, when40Cases)
}

func TestLeadDataYear(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int
	}{
		{"Title\n\nThe latest postal statistics for 2031 show growth.\n", 2031},
		{"Title\n\nFigures on 2030 published today show a fall.\n", 2030},
		{"Title\n\nThe statistics for 2030 and the statistics for 2031 are published together.\n", 0},
		{"Title\n\nThe statistics for 2030-31 show a rise.\n", 0},
		{"Title\n\nIn 2031 the agency published new data.\n", 0},
		{"1\n2\n3\n4\n5\n6\nThe statistics for 2031 show a rise.\n", 0}, // past the lead
	} {
		if got, _ := leadDataYear(tc.text); got != tc.want {
			t.Errorf("leadDataYear(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}
