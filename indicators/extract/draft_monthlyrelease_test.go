package extract

import (
	"strings"
	"testing"
)

// monthlyReleaseTitlePlaceText is a statistics office's monthly release whose
// title names its place and month.
const monthlyReleaseTitlePlaceText = "Car registrations, Great Britain: June 2031\n\n" +
	"Email Car Statistics team\n\n" +
	"1. Overview\n\n" +
	"Registrations of new cars rose by 2.5% over the month, with petrol cars accounting for 41% of them.\n"

// monthlyReleaseSurveyText is an opinion survey whose lead states its period
// and population once.
const monthlyReleaseSurveyText = "Views on local parks\n\n" +
	"The following figures are for the latest survey period 3 to 14 March 2031, based on adults in England.\n\n" +
	"Asked about parks, 71% of adults said they visited one each month.\n"

// monthlyReleaseSurveyTitleText is an opinion survey titled for its place and
// its span of days, which asks about another country.
const monthlyReleaseSurveyTitleText = "Public attitudes, Great Britain: 28 May to 9 June 2031\n\n" +
	"Asked about the issues facing the UK, 62% of adults named housing; a further 40% named transport.\n"

// monthlyReleaseHeaderText is a central bank's statistical release: its header
// names the bank in capitals, and a cause names another country.
const monthlyReleaseHeaderText = "FEDERAL RESERVE STATISTICAL RELEASE\n\n" +
	"Consumer Credit\n\n" +
	"Revolving credit fell 1.2 percent in June, partly because of supply disruptions that resulted from the floods in Thailand.\n"

// monthlyReleaseFirstAskedText is a survey whose only span of days is the
// period it first asked in: a base, never its figures' period.
const monthlyReleaseFirstAskedText = "Views on energy\n\n" +
	"55% of adults reported using less energy, up since we first asked in the period 2 to 14 January 2030.\n"

func TestDraftWhoWhenOfRelease(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"title place", monthlyReleaseTitlePlaceText, "41%", map[string]string{"entities": "GB-GBN"}},
		{"survey population", monthlyReleaseSurveyText, "71%", map[string]string{"entities": "GB-ENG"}},
		{"opinion object is no party", monthlyReleaseSurveyTitleText, "62%", map[string]string{"entities": "GB-GBN"}},
		{"header body's country", monthlyReleaseHeaderText, "1.2 percent", map[string]string{"entities": "US"}},
		{"first-asked span is no period", monthlyReleaseFirstAskedText, "55%", map[string]string{"period": "not stated"}},
	})
}

// monthlyReleaseMonthlyText is a monthly release titled for its month, out the
// month after.
const monthlyReleaseMonthlyText = "Car registrations, Great Britain: June 2031\n\n" +
	"Release date:\n18 July 2031\n\n" +
	"1. Overview\n\n" +
	"Registrations were estimated to rise by 1.1% in June 2031, following a fall of 0.6% in May 2031 (revised from a fall of 0.8%).\n\n" +
	"Registrations rose by 2.2% in the three months to June 2031 when compared with the previous three months, and by 3.3% when compared with the three months to June 2030.\n\n" +
	"Van registrations rose by 0.9% over the month to June 2031, but fell 1.4% over the year.\n\n" +
	"Registrations remained 6.5% below their level in June 2019, with a further rise of 0.7% for electric cars since 2030.\n"

// monthlyReleaseLeadMonthText is a statistical release whose lead names its
// month, under a national body's header.
const monthlyReleaseLeadMonthText = "FEDERAL RESERVE STATISTICAL RELEASE\n\n" +
	"G.12 (301)\n" +
	"For release at 9:15 a.m. (EDT)\nAugust 16, 2031\n\n" +
	"Freight Volumes\n\n" +
	"Rail freight was unchanged in July after having increased 0.5 percent in June. In July, truck freight fell 0.6 percent after rising for six consecutive months. " +
	"At 96.2 percent of its 2017 average, total freight was 2.4 percent above its year-earlier level. " +
	"The rate of fleet utilization edged down to 81.3 percent, a rate 1.9 percentage points below its average from 1990 to 2020.\n"

func TestDraftMonthlyRelease(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"revised figure takes its revision's month", monthlyReleaseMonthlyText, "0.8%", map[string]string{"period": "2031-05"}},
		{"three months to", monthlyReleaseMonthlyText, "2.2%", map[string]string{"period": "2031-Q2", "base": "2031-Q1"}},
		{"three months a year before is a base", monthlyReleaseMonthlyText, "3.3%", map[string]string{"period": "2031-Q2", "base": "2030-Q2"}},
		{"over the month to", monthlyReleaseMonthlyText, "0.9%", map[string]string{"period": "2031-06", "base": "2031-05"}},
		{"over the year", monthlyReleaseMonthlyText, "1.4%", map[string]string{"period": "2031-06", "base": "2030-06"}},
		{"level in a month is a base", monthlyReleaseMonthlyText, "6.5%", map[string]string{"period": "2031-06", "base": "2019-06"}},
		{"a base year leaves the release's month", monthlyReleaseMonthlyText, "0.7%", map[string]string{"period": "2031-06"}},
		{"lead month dates an undated figure", monthlyReleaseLeadMonthText, "81.3 percent", map[string]string{"period": "2031-07"}},
		{"a run ends the month before", monthlyReleaseLeadMonthText, "six consecutive months", map[string]string{"period": "2031-H1"}},
		{"index on a base year", monthlyReleaseLeadMonthText, "96.2 percent", map[string]string{"period": "2031-07", "base": "2017"}},
		{"year-earlier level", monthlyReleaseLeadMonthText, "2.4 percent", map[string]string{"period": "2031-07", "base": "2030-07"}},
		{"long-run average is a span base", monthlyReleaseLeadMonthText, "1.9 percentage points", map[string]string{"period": "2031-07", "base": "1990/2020"}},
	})
}

// monthlyReleaseSubgroupText is a survey whose sentences place a subgroup once
// and name it again, and give a later clause's subgroup its own place.
const monthlyReleaseSubgroupText = "Public attitudes, Great Britain: 28 May to 9 June 2031\n\n" +
	"Adults living in rural districts in Wales more often reported cycling to work (21%) compared with those in urban districts (12%), whereas those in urban districts were more likely to report walking (44%) than adults in rural districts (19%).\n\n" +
	"Among adults who own a car, 7% reported selling it; this was higher (11%) among those living in coastal towns in Scotland.\n"

func TestDraftSubgroupPlaces(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"subgroup named again after whereas", monthlyReleaseSubgroupText, "44%", map[string]string{"entities": "GB-WLS"}},
		{"subgroup named again after than", monthlyReleaseSubgroupText, "19%", map[string]string{"entities": "GB-WLS"}},
		{"later subgroup's place is not the figure's", monthlyReleaseSubgroupText, "7%", map[string]string{"entities": "GB-GBN"}},
		{"the subgroup's own figure keeps it", monthlyReleaseSubgroupText, "11%", map[string]string{"entities": "GB-SCT"}},
	})
}

// monthlyReleaseFurnitureText is a monthly release whose title block carries a
// contact line and an archive notice.
const monthlyReleaseFurnitureText = "Bus journeys, Great Britain: June 2031\n\n" +
	"This is not the latest release. View latest release\n\n" +
	"Email Transport Statistics team\n\n" +
	"Release date:\n18 July 2031\n\n" +
	"1. Main points\n\n" +
	"Bus journeys rose by 1.5% over the month to June 2031.\n"

func TestDraftSourceBlock(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"contact and archive lines are no sections", monthlyReleaseFurnitureText, "1.5%", map[string]string{"section": "Bus journeys, Great Britain: June 2031 / Main points"}},
	})
	for _, text := range []string{monthlyReleaseLeadMonthText, monthlyReleaseFurnitureText} {
		for _, h := range sections(text) {
			if headerFurniture.MatchString(strings.ToLower(h.text)) || pageFurniture.MatchString(strings.ToLower(h.text)) {
				t.Errorf("sections(%q) has %q, want no furniture line", text, h.text)
			}
		}
	}
	for _, tc := range []struct{ text, want string }{
		{monthlyReleaseLeadMonthText, "Freight Volumes"},
		{"BUREAU OF LABOR STATISTICS NEWS RELEASE\n\nG.19 (12)\nFor release at 10:00 a.m. (EDT)\nJune 3, 2031\n\nPort Throughput\n\nThroughput rose 2 percent in May.\n", "Port Throughput"},
		{monthlyReleaseFurnitureText, "Bus journeys, Great Britain: June 2031"},
	} {
		if got := titleOf(tc.text, sections(tc.text)); got != tc.want {
			t.Errorf("titleOf(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestDraftHeaderPublisher(t *testing.T) {
	for _, tc := range []struct{ text, name, code string }{
		{monthlyReleaseLeadMonthText, "Board of Governors of the Federal Reserve System", "US"},
		{"BUREAU OF LABOR STATISTICS\n\nPort Throughput\n\nThroughput rose 2 percent in May.\n", "Bureau of Labor Statistics", "US"},
		{"Federal statistics\n\nThroughput rose 2 percent in May.\n", "", ""},
	} {
		got, _ := headerIssuer(tc.text)
		if got.name != tc.name || got.code != tc.code {
			t.Errorf("headerIssuer(%q) = %q, %q, want %q, %q", tc.text, got.name, got.code, tc.name, tc.code)
		}
	}
}
