package extract

import "testing"

// ownBenefitsText is a benefits release in words of its own: caseloads
// over the year to a month under a lead-in line, a count at a month, and
// the parts of a total listed under "Of these:".
const ownBenefitsText = "Benefit statistics: March 2031\n\n" +
	"In the year to August 2030:\n\n" +
	"  • Carer's Allowance fell by 4.1% to 1.2 million claimants\n\n" +
	"There were 4.8 million Housing Support claimants at December 2030\n\n" +
	"20.1 million people claimed some benefit in August 2030 (of the 15 benefits counted). Of these:\n\n" +
	"  • 11.3 million were of State Pension Age\n\n" +
	"  • 8.8 million were of Working Age\n"

// ownPrisonsText is a prison population bulletin in words of its own: a
// stock and its change over the twelve months to a month, and a flow over
// them that keeps the twelve months.
const ownPrisonsText = "Offender management statistics: quarter to June 2031\n\n" +
	"In the year to June 2031, the prison population rose by 3.2% to 88,100 prisoners. " +
	"There were 71,400 first receptions into prison in the year to June 2031.\n"

// ownPoliceText is a police workforce release in words of its own.
const ownPoliceText = "Police workforce, March 2031\n\n" +
	"In the 12 months to March 2031:\n\n" +
	"  • the police workforce grew by 1,900 to 149,000 officers\n"

// ownYearsText holds sentences from releases of two kinds (ports,
// tourism) that name the same period of a year a change is compared with.
const ownYearsText = "Woodland and transport statistics 2031\n\n" +
	"The number of passengers carried by sea decreased in the first quarter of 2031 by 9.0%, as compared to the same period of 2030.\n\n" +
	"Visits abroad by residents rose by 6.1% in the third quarter of 2031, compared with the same quarter of 2030.\n"

// ownWoodlandText is a forestry release that counts in split years, one
// written with one digit of its second year.
const ownWoodlandText = "High levels of woodland creation\n\n" +
	"During 2030/1 a total of 12,000 hectares of new woodland were created in Scotland.\n\n" +
	"There were 320 planting projects in Scotland last year.\n"

// ownFireText is a fire statistics release: a part of a total, "Of these
// incidents", and a comparand in brackets that is not a part.
const ownFireText = "Fire statistics: year ending December 2031\n\n" +
	"Services attended 590,100 incidents in the year ending December 2031, a decrease of 4.2% compared with the previous year (616,000). " +
	"Of these incidents, there were 140,300 fires, which was a decrease of 20% compared with the previous year (175,400).\n"

// TestOwnClauseWhen checks, field by field, the times a figure's own
// clause gives it over those of a heading, a lead-in or the last period
// stated, in releases of several kinds.
func TestOwnClauseWhen(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "a stock over the year to a month is at the month", text: ownBenefitsText, stated: "1.2 million claimants",
			want: map[string]string{"period": "2030-08"}},
		{name: "the change of a stock is of the month, on the month a year before", text: ownBenefitsText, stated: "4.1%",
			want: map[string]string{"period": "2030-08", "base": "2029-08"}},
		{name: "a count at a month", text: ownBenefitsText, stated: "4.8 million",
			want: map[string]string{"period": "2030-12"}},
		{name: "a part under Of these: takes its whole's month", text: ownBenefitsText, stated: "11.3 million",
			want: map[string]string{"period": "2030-08"}},
		{name: "a second part too", text: ownBenefitsText, stated: "8.8 million",
			want: map[string]string{"period": "2030-08"}},
		{name: "a prison population over the year to a month", text: ownPrisonsText, stated: "88,100 prisoners",
			want: map[string]string{"period": "2031-06"}},
		{name: "its change", text: ownPrisonsText, stated: "3.2%",
			want: map[string]string{"period": "2031-06", "base": "2030-06"}},
		{name: "a flow keeps the twelve months", text: ownPrisonsText, stated: "71,400 first receptions",
			want: map[string]string{"period": "2030-07/2031-06"}},
		{name: "officers over the 12 months to a month", text: ownPoliceText, stated: "149,000 officers",
			want: map[string]string{"period": "2031-03"}},
		{name: "a split year written with one digit", text: ownWoodlandText, stated: "12,000 hectares",
			want: map[string]string{"period": "2030/31"}},
		{name: "last year in a release of split years", text: ownWoodlandText, stated: "320 planting projects",
			want: map[string]string{"period": "2030/31"}},
		{name: "the same period of a year is the comparand's", text: ownYearsText, stated: "9.0%",
			want: map[string]string{"period": "2031-Q1"}},
		{name: "the same quarter of a year is the comparand's", text: ownYearsText, stated: "6.1%",
			want: map[string]string{"period": "2031-Q3"}},
		{name: "Of these incidents: a part of the year's incidents", text: ownFireText, stated: "140,300 fires",
			want: map[string]string{"period": "2031"}},
		{name: "a comparand in brackets is no part", text: ownFireText, stated: "175,400",
			want: map[string]string{"period": "2030"}},
	})
}

// TestYearsInSplitDigit checks yearsIn on split years written with one
// digit of their second year.
func TestYearsInSplitDigit(t *testing.T) {
	tests := []struct{ in, want string }{
		{"During 2023/4 a total", "2023/24"},
		{"in 2019/0 the farm", "2019/20"},
		{"in 2023/5 the", "2023"}, // not the next year: no split year
		{"rated 2023/4.5", "2023"},
	}
	for _, tt := range tests {
		rs := yearsIn(tt.in, 0)
		got := ""
		if len(rs) > 0 {
			got = rs[0].period.String()
		}
		if got != tt.want {
			t.Errorf("yearsIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// ownInsolvencyText is an insolvency release in words of its own: a
// sentence closed by the year it is compared with, and a figure whose
// own phrase names its year past an aside in parentheses, with the
// comparand's year closing the sentence.
const ownInsolvencyText = "Company insolvencies: December 2031\n\n" +
	"In 2031, there were 21,500 registered company insolvencies. Administrations (up 3%) and CVAs (up 8%) were both higher than in 2030.\n\n" +
	"One in 200 companies on the register (at a rate of 50.1 per 10,000 companies) entered insolvency in 2031, a decrease from the 55.0 per 10,000 companies that entered insolvency in 2030.\n"

// ownTourismText is a quarterly tourism release in words of its own: the
// two figures of "from X to Y" and the change between them, dated by the
// sentence's two times, or the one it names and "the same period of the
// previous year", or those of the sentence before that "over the period"
// points back to.
const ownTourismText = "Tourism and Travel\n\nQuarter 2 2031\n\n" +
	"The main results for Quarter 2 2031 are as follows:\n\nVisits to Ireland:\n\n" +
	"  • Nights spent by visitors increased by 9.5% in Quarter 2 2031 compared with the same period of the previous year, up from 18.200 million to 19.929 million.\n" +
	"  • Earnings rose by 12.0% between Quarter 2 2030 and Quarter 2 2031, increasing from €1,500 million to €1,680 million. " +
	"When fares are excluded, spending increased from €1,100 million to €1,210 million, an increase of 10.0% over the period.\n"

// ownTradeText is a trade office's fact sheet: a change between two
// years, then its levels.
const ownTradeText = "Trade with Peru\n\n" +
	"Goods exports grew 25% between 2026 and 2031, rising from $8.0 billion to $10.0 billion.\n"

// ownBusinessText is a business demography release in words of its own:
// a change from one level to another between two years, then a change
// with its own year.
const ownBusinessText = "Business Demography: 2031\n\n" +
	"  • The number of business deaths increased by 3.5% from 238,000 to 246,000 between 2030 and 2031, compared with the decrease of 5.9% in 2030 (from 252,000 to 238,000).\n"

// ownCourtsText is a courts release in words of its own: each figure of
// "from X in A to Y in B" with its own quarter, and the change between.
const ownCourtsText = "Criminal court statistics: October to December 2031\n\n" +
	"Disposals rose by 12% on the previous quarter. As a result, the outstanding caseload fell by 2%, from 61,500 in Q3 2031 to 60,270 in Q4 2031.\n"

// ownDeathsText is a mortality release in words of its own: a pair in
// parentheses after "between A and B".
const ownDeathsText = "Deaths related to drug poisoning, 2031\n\n" +
	"  • The female mortality rate from drug misuse fell between 2030 and 2031 (from 20.4 to 18.1 deaths per million population).\n"

// ownEnrolmentsText is a higher education release in words of its own:
// years across two, "over the same period" pointing back to them.
const ownEnrolmentsText = "Enrolments at universities: 2031/32\n\n" +
	"  • Between 2030/31 and 2031/32, part-time enrolments increased by 8% (from 10,200 to 11,016). Over the same period, full-time enrolments increased by 2% (from 30,000 to 30,600).\n"

// ownWasteText is a waste release in words of its own: a level reached
// by a change that runs between two years.
const ownWasteText = "Household waste 2031\n\n" +
	"The amount of household waste composted between 2030 and 2031 decreased by 5,000 tonnes (1.2%) to 410,000 tonnes.\n"

// ownBeachesText is an environment agency's statement in words of its
// own: "Over this time" points back past a sentence without a time, and
// a second pair of its sentence is read as the first.
const ownBeachesText = "Bathing water quality 2031\n\n" +
	"Our beaches have the best water quality since 2024, when new standards came in. We now monitor seven more beaches. Over this time those rated excellent have increased from 20 to 41, and those rated poor have fallen from 15 to 3.\n"

// ownDebtText is a budget outlook in words of its own: the figure after
// "from" has a time of its own ("this year"), so the year of another
// figure of the sentence is not its.
const ownDebtText = "The Budget Outlook: 2031 to 2041\n\n" +
	"Federal debt rises from 101 percent of GDP this year to 120 percent in 2041, surpassing its previous high of 106 percent of GDP in 1946.\n"

// TestFromToOwnTimes checks, field by field, that each figure of a
// reading from one level to another takes its own time, the sentence's
// two, or those a pointing-back sentence names, and that its change is
// of the later on the earlier, in releases of six kinds (courts,
// mortality, enrolments, waste, bathing waters, a budget outlook).
func TestFromToOwnTimes(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "courts: the change of its own two quarters", text: ownCourtsText, stated: "2%",
			want: map[string]string{"period": "2031-Q4", "base": "2031-Q3"}},
		{name: "courts: from", text: ownCourtsText, stated: "61,500",
			want: map[string]string{"period": "2031-Q3"}},
		{name: "courts: to", text: ownCourtsText, stated: "60,270",
			want: map[string]string{"period": "2031-Q4"}},
		{name: "deaths: from in parentheses", text: ownDeathsText, stated: "20.4",
			want: map[string]string{"period": "2030"}},
		{name: "deaths: to in parentheses", text: ownDeathsText, stated: "18.1 deaths per million population",
			want: map[string]string{"period": "2031"}},
		{name: "enrolments: from", text: ownEnrolmentsText, stated: "10,200",
			want: map[string]string{"period": "2030/31"}},
		{name: "enrolments: the same period points back, from", text: ownEnrolmentsText, stated: "30,000",
			want: map[string]string{"period": "2030/31"}},
		{name: "enrolments: the same period points back, the change", text: ownEnrolmentsText, stated: "2%",
			want: map[string]string{"period": "2031/32", "base": "2030/31"}},
		{name: "waste: the level reached", text: ownWasteText, stated: "410,000 tonnes",
			want: map[string]string{"period": "2031"}},
		{name: "beaches: over this time, the first pair", text: ownBeachesText, stated: "20",
			want: map[string]string{"period": "2024"}},
		{name: "beaches: over this time, the second pair", text: ownBeachesText, stated: "15",
			want: map[string]string{"period": "2024"}},
		{name: "debt: to, its own year", text: ownDebtText, stated: "120 percent",
			want: map[string]string{"period": "2041"}},
		{name: "debt: the other figure's year is not from's", text: ownDebtText, stated: "101 percent",
			want: map[string]string{"period": "2031"}},
	})
}

// TestTwoTimesInOneClause checks, field by field, that each figure of a
// sentence naming two times takes the one its own phrase names, and the
// comparand the earlier, in releases of several kinds.
func TestTwoTimesInOneClause(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "a closing year after than is the comparand's", text: ownInsolvencyText, stated: "3%",
			want: map[string]string{"period": "2031"}},
		{name: "the same for the next change", text: ownInsolvencyText, stated: "8%",
			want: map[string]string{"period": "2031"}},
		{name: "its own phrase past an aside", text: ownInsolvencyText, stated: "One in 200",
			want: map[string]string{"period": "2031"}},
		{name: "the comparand's own year", text: ownInsolvencyText, stated: "55.0 per 10,000 companies",
			want: map[string]string{"period": "2030"}},
		{name: "up from: the earlier time", text: ownTourismText, stated: "18.200 million",
			want: map[string]string{"period": "2030-Q2"}},
		{name: "to: the later time", text: ownTourismText, stated: "19.929 million",
			want: map[string]string{"period": "2031-Q2"}},
		{name: "the change: the later time on the earlier", text: ownTourismText, stated: "9.5%",
			want: map[string]string{"period": "2031-Q2", "base": "2030-Q2"}},
		{name: "between two quarters: the change", text: ownTourismText, stated: "12.0%",
			want: map[string]string{"period": "2031-Q2", "base": "2030-Q2"}},
		{name: "between two quarters: from", text: ownTourismText, stated: "€1,500 million",
			want: map[string]string{"period": "2030-Q2"}},
		{name: "over the period points back: from", text: ownTourismText, stated: "€1,100 million",
			want: map[string]string{"period": "2030-Q2"}},
		{name: "over the period points back: the change", text: ownTourismText, stated: "10.0%",
			want: map[string]string{"period": "2031-Q2", "base": "2030-Q2"}},
		{name: "between two years, a change of the pair", text: ownBusinessText, stated: "3.5%",
			want: map[string]string{"period": "2031", "base": "2030"}},
		{name: "between two years, the level reached", text: ownBusinessText, stated: "246,000",
			want: map[string]string{"period": "2031"}},
		{name: "a change with its own year keeps it", text: ownBusinessText, stated: "5.9%",
			want: map[string]string{"period": "2030"}},
		{name: "a pair in parentheses after a change of its own year: from", text: ownBusinessText, stated: "252,000",
			want: map[string]string{"period": "2029"}},
		{name: "between two years: from", text: ownTradeText, stated: "$8.0 billion",
			want: map[string]string{"period": "2026"}},
		{name: "between two years: to", text: ownTradeText, stated: "$10.0 billion",
			want: map[string]string{"period": "2031"}},
		{name: "between two years: the change", text: ownTradeText, stated: "25%",
			want: map[string]string{"period": "2031", "base": "2026"}},
	})
}

// TestOwnSentenceOverParagraph checks that a sentence's own year ending
// in a month dates its figures over a year earlier in its paragraph.
func TestOwnSentenceOverParagraph(t *testing.T) {
	text := "Fire statistics\n\n" +
		"Secondary fires fell, as the comparator year covers the hot summer of 2030.\n" +
		"In the year ending December 2031, there were 270 fire-related fatalities, compared with 250 the previous year.\n"
	runFieldCases(t, []fieldCase{
		{name: "its own year ending", text: text, stated: "270 fire-related fatalities", want: map[string]string{"period": "2031"}},
	})
}

// TestQuarterByLastMonth checks that a quarter named by its last month
// dates its figure whichever side of "quarter" its year stands, in
// releases of three kinds (population, gaming machine spending, national
// accounts).
func TestQuarterByLastMonth(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "population: the year before quarter", text: "Population, June 2031\n\nThe resident population grew by 0.5 per cent in the June 2031 quarter.\n", stated: "0.5 per cent",
			want: map[string]string{"period": "2031-Q2"}},
		{name: "gaming: the year before quarter", text: "Gaming machine statistics\n\nGaming machine spending was $190.2 million in the March 2031 quarter.\n", stated: "$190.2 million",
			want: map[string]string{"period": "2031-Q1"}},
		{name: "national accounts: the year after quarter", text: "National accounts\n\nThe economy grew by 0.9 per cent in the September quarter 2031.\n", stated: "0.9 per cent",
			want: map[string]string{"period": "2031-Q3"}},
	})
}
