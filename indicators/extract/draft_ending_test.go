package extract

import "testing"

// endingCensusText is a statistics office's release in words of its
// own: a lead dated by the twelve months to a month, back-references to
// that period, a later figure with no period of its own, and a point of
// comparison that must not date anything.
const endingCensusText = "Dwelling approvals, New Zealand, March 2011\n\n" +
	"In the year to March 2011, New Zealand approved 14,700 new dwellings, a fall of 3.2% on the year before.\n\n" +
	"Apartments made up 1,900 of the approvals over this period. Stand-alone houses accounted for the rest (12,800 dwellings).\n\n" +
	"Canterbury approved its largest number of dwellings since the year ended March 2003, with 3,100 approvals.\n"

// endingInventoryText is an emissions inventory's key data in words of
// its own: a quarter named by its month, a reference year ending in June,
// changes compared with earlier years in their own clauses, and a figure
// of the next sentence.
const endingInventoryText = "Greenhouse accounts: December 2018 update\n\n" +
	"Key data\n\n" +
	"Emissions for the December quarter 2018 rose by 0.6 per cent in trend terms.\n\n" +
	"Emissions for the 12 months to 30 June 2018 reached 540.1 units, 2.4 per cent below emissions in 2004 and 7.7 per cent lower than in 1995. " +
	"Waste emissions fell further (down 3.3 per cent).\n\n" +
	"Emissions per person in the year ending June 2018 were lower than 1995 by 31.5 per cent.\n"

// endingTradeText is a trade office's fact sheet in words of its own:
// a change between two years, a change followed by the amounts it runs
// between, and a paragraph whose lead sets the comparison for the changes
// and levels reached after it.
const endingTradeText = "Trade with Chile: five years on\n\n" +
	"Farm exports to Chile grew 9.4% between 2016 (before the agreement) and 2020.\n\n" +
	"Machinery exports to Chile were up 6.2 percent – from $2.1 billion in 2016 to $2.3 billion in 2020.  " +
	"Exports of medical devices rose sharply – up 41.5 percent to $0.9 billion.  " +
	"Sales of wine increased 17 percent.\n\n" +
	"Growth in 2019 alone was 2.2 percent.\n"

// endingWindowText is a health service's release in words of its own:
// rolling windows of two years and one named by the months they end in.
const endingWindowText = "Dental statistics, 2019\n\n" +
	"Some 21.96m adults saw a dentist in the 24 months up to June 2019. " +
	"This compares with 21.80m in the 24 months to June 2018.\n\n" +
	"Some 6.9m children were seen in the 12 months to June 2019.\n"

var endingCases = []fieldCase{
	{name: "the 24 months up to a month are the two years ending it", text: endingWindowText, stated: "Some 21.96m adults",
		want: map[string]string{"period": "2017-07/2019-06"}},
	{name: "the window a comparison names", text: endingWindowText, stated: "21.80m",
		want: map[string]string{"period": "2016-07/2018-06"}},
	{name: "the 12 months to a month stay twelve", text: endingWindowText, stated: "Some 6.9m children",
		want: map[string]string{"period": "2018-07/2019-06"}},
	{name: "the year to a month is the twelve months ending it", text: endingCensusText, stated: "14,700 new dwellings",
		want: map[string]string{"period": "2010-04/2011-03"}},
	{name: "a change of that year too", text: endingCensusText, stated: "3.2%",
		want: map[string]string{"period": "2010-04/2011-03"}},
	{name: "over this period points back to the last period stated", text: endingCensusText, stated: "1,900 of the approvals",
		want: map[string]string{"period": "2010-04/2011-03"}},
	{name: "a figure with no period of its own takes the last one stated", text: endingCensusText, stated: "12,800 dwellings",
		want: map[string]string{"period": "2010-04/2011-03"}},
	{name: "since the year ended is a point of comparison, not the period", text: endingCensusText, stated: "3,100 approvals",
		want: map[string]string{"period": "2010-04/2011-03"}},
	{name: "a month's quarter is the quarter ending that month", text: endingInventoryText, stated: "0.6 per cent",
		want: map[string]string{"period": "2018-Q4"}},
	{name: "the 12 months to a day of a month", text: endingInventoryText, stated: "540.1",
		want: map[string]string{"period": "2017-07/2018-06"}},
	{name: "below emissions in a year is the base", text: endingInventoryText, stated: "2.4 per cent",
		want: map[string]string{"period": "2017-07/2018-06", "base": "2004"}},
	{name: "lower than in a year is the base", text: endingInventoryText, stated: "7.7 per cent",
		want: map[string]string{"period": "2017-07/2018-06", "base": "1995"}},
	{name: "the next sentence's change carries the period", text: endingInventoryText, stated: "3.3 per cent",
		want: map[string]string{"period": "2017-07/2018-06"}},
	{name: "lower than a year by is the base", text: endingInventoryText, stated: "31.5 per cent",
		want: map[string]string{"period": "2017-07/2018-06", "base": "1995"}},
	{name: "between two years dates a change by the later", text: endingTradeText, stated: "9.4%",
		want: map[string]string{"period": "2020", "base": "2016"}},
	{name: "a change followed by from and to amounts", text: endingTradeText, stated: "6.2 percent",
		want: map[string]string{"period": "2020", "base": "2016"}},
	{name: "the level a change reached shares the paragraph's period", text: endingTradeText, stated: "$0.9 billion",
		want: map[string]string{"period": "2020"}},
	{name: "a later change in the paragraph carries its comparison", text: endingTradeText, stated: "17 percent",
		want: map[string]string{"period": "2020", "base": "2016"}},
	{name: "another year named ends the comparison", text: endingTradeText, stated: "2.2 percent",
		want: map[string]string{"period": "2019"}},
}

func TestDraftEnding(t *testing.T) { runFieldCases(t, endingCases) }

func TestDraftEndingsIn(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"in the year ended September 2005", "2004-10/2005-09"},
		{"for the year to June 2019", "2018-07/2019-06"},
		{"the 12 months to 30 June 2018", "2017-07/2018-06"},
		{"the twelve months ending December 2020", "2020"},
		{"for the June quarter 2019", "2019-Q2"},
		{"the September quarter of 2019", "2019-Q3"},
		{"since the year ended March 2003", "2002-04/2003-03 compared"},
		{"the year 2019", ""},
		{"in the 24 months to June 2018", "2016-07/2018-06"},
		{"in the 24 months up to June 2019", "2017-07/2019-06"},
		{"the six months ending September 2024", "2024-04/2024-09"},
		{"the year up to March 2020", "2019-04/2020-03"},
		{"children aged 24 months to 3 years in 2019", ""},
	}
	for _, tt := range tests {
		got := ""
		if es := endingsIn(tt.in); len(es) > 0 {
			got = es[0].period.String()
			if es[0].compared {
				got += " compared"
			}
		}
		if got != tt.want {
			t.Errorf("endingsIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
