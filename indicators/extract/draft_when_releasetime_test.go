package extract

import "testing"

// TestReleaseStatedTime: a release says once, apart from its figures,
// what time they are of ("based on data as at 30 June 2015", "figures as
// of January 31, 2019", a list's lead-in "For the 2024 bathing season"),
// and a figure naming no time of its own is of it; a survey that counts
// its stock on a day each year dates a figure "in 2014" by that day then;
// a release of a year ending in a month calls that year by the calendar
// year it ends in (asOfDate, releaseRef, surveyRefMonth, refYearShape;
// when18) — on an internet service provider survey (Stats NZ), bathing
// water classifications (SEPA), a cultural attendance survey (ABS) and a
// programme page dated as of a day (in the manner of a US agency's).
func TestReleaseStatedTime(t *testing.T) {
	const (
		isp = "Internet Service Provider Survey: 2015\nEmbargoed until 10:45am  –  14 October 2015\n\n" +
			"The information in this release is based on data as at 30 June 2015.\n\n" +
			"The number of fibre-based Internet connections has more than doubled to over 100,000 in 2015, from 46,000 in 2014.\n\n" +
			"Compared with other countries, New Zealand's fibre connections were still below the average value of 17 percent.\n\n" +
			"As at June 2015, fibre connections made up 5 percent of all broadband connections.\n"
		bathing = "98% of Scottish bathing waters continue to meet strict environmental standards\n\nDate published: 21 November 2023\n\n" +
			"In 2024 98% of Scotland's bathing waters will again meet or exceed the Sufficient classification.\n\n" +
			"For the 2024 bathing season Scotland's bathing water classifications will be:\n\n" +
			"  • 38 (43%) Excellent\n  • 37 (42%) Good\n"
		culture = "Two thirds of Australians visiting cinemas A total of 10 million Australians aged 15 years and over went to the cinema at least once in the year ending April 1999. " +
			"The number of cinemagoers has increased by 14% since 1995. Survey results released today by the Australian Bureau of Statistics (ABS) also show that 12.6 million people (85% of the Australian population aged 15 years and over) went to at least one cultural venue or activity in the year ending April 1999. " +
			"Museums experienced a significant decline in attendance, falling from 3.9 million in 1995 to 3.0 million in 1999. Opera and musicals had the highest proportion of female attendees at 64%.\n"
		programme = "Program Data\n\nAll figures as of January 31, 2019.\n\n" +
			"Total grants awarded: 1,204\n\nThe programme has disbursed $3.2 million to participating schools.\n"
	)
	for _, tc := range []struct{ name, text, stated, period string }{
		{"a figure of no time: the day the release states", isp, "more than doubled", "2015-06-30"},
		{"a stock in the release's year: on its day", isp, "over 100,000", "2015-06-30"},
		{"a stock a year before: on its day then", isp, "46,000", "2014-06-30"},
		{"a comparison of no time: the release's day", isp, "17 percent", "2015-06-30"},
		{"a sentence's own opening month wins over the release's day", isp, "5 percent", "2015-06"},
		{"a list item under a season's lead-in: the season's year", bathing, "38", "2024"},
		{"a share in a list item: the season's year", bathing, "43%", "2024"},
		{"the release's year ending in a month, called by its calendar year", culture, "3.0 million", "1998-05/1999-04"},
		{"an earlier year named alone stays a year", culture, "3.9 million", "1995"},
		{"a share of no time: the release's year ending in a month", culture, "64%", "1998-05/1999-04"},
		{"a count of no time: the day the page states", programme, "$3.2 million", "2019-01-31"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			if p := got.ind.Period.String(); p != tc.period {
				t.Errorf("period of %q: got %s (%s), want %s", tc.stated, p, got.fieldNotes["period"], tc.period)
			}
		})
	}
}

// TestSurveyStatus: a survey of people estimates a population from a
// sample, so a release that calls its figures a survey's results (in its
// title or lead) makes them estimates; a survey of organisations
// ("Internet Service Provider Survey") gathers the counts each keeps, so
// its figures are facts (releaseEstimatesPass, bodiesSurvey; when18) — on
// an internet service provider survey (Stats NZ), a cultural attendance
// survey (ABS) and a travel survey (in the manner of the UK's National
// Travel Survey).
func TestSurveyStatus(t *testing.T) {
	const (
		isp = "Internet Service Provider Survey: 2015\n\n" +
			"The information in this release is based on data as at 30 June 2015.\n\n" +
			"The number of fibre-based Internet connections has more than doubled to over 100,000 in 2015, from 46,000 in 2014.\n\n" +
			"As at 30 June 2015, one-third of all broadband Internet connections were uncapped, compared with 8 percent in 2014.\n"
		culture = "Two thirds of Australians visiting cinemas A total of 10 million Australians aged 15 years and over went to the cinema at least once in the year ending April 1999. " +
			"The number of cinemagoers has increased by 14% since 1995. Survey results released today by the Australian Bureau of Statistics (ABS) also show that 12.6 million people (85% of the Australian population aged 15 years and over) went to at least one cultural venue or activity in the year ending April 1999. " +
			"Libraries were the second most popular cultural venue with 5.7 million people visiting them at least once.\n"
		travel = "National Travel Survey: England 2019\n\n" +
			"In 2019, people in England made 953 trips on average, 2% fewer than in 2018. People travelled 6,500 miles on average in 2019. " +
			"Walking accounted for 26% of all trips in 2019.\n"
	)
	for _, tc := range []struct{ name, text, stated, status string }{
		{"a providers' survey's count: a fact", isp, "over 100,000", "fact"},
		{"a providers' survey's earlier count: a fact", isp, "46,000", "fact"},
		{"a providers' survey's share: a fact", isp, "8 percent", "fact"},
		{"a people survey's results in the lead: an estimate", culture, "5.7 million people", "estimate"},
		{"a people survey's change: an estimate", culture, "14%", "estimate"},
		{"a survey of people titled so: an estimate", travel, "26%", "estimate"},
		{"its change: an estimate", travel, "2%", "estimate"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			if s := got.ind.Status.String(); s != tc.status {
				t.Errorf("status of %q: got %s (%s), want %s", tc.stated, s, got.fieldNotes["status"], tc.status)
			}
		})
	}
}
