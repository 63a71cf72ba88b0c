package extract

import "testing"

// A figure at a date, the release's period for figures that name none,
// and a modal of a past period in a measured release, field by field on
// sentences in the shapes of three kinds: a police strength release
// (Scotland), a prisons bulletin (US), a life-expectancy release (ONS).
const (
	// atDatePolice is a quarterly strength release titled for its day.
	atDatePolice = "Ranger quarterly strength statistics: 30 June 2031\n\n" +
		"The key findings are:\n\n" +
		"  • there were 6,600 full-time equivalent rangers in the park on 30 June 2031\n" +
		"  • ranger numbers decreased by 15 rangers in the last quarter from 31 March 2031\n" +
		"  • this is an increase of 366 rangers from the 6,234 rangers recorded at 31 March 2017\n\n" +
		"Numbers fell to 6,570 in Q3 of 2030.\n"
	// atDateUS is a bulletin of a stock as of a US-written day.
	atDateUS = "Lighthouses, 2031\n\nThe service kept 1,230 lighthouses as of December 31, 2031, up from 1,205 a year before.\n"
	// atDateLife is an edition series of three-year periods, measured by
	// a life table.
	atDateLife = "Tree Life Expectancy by Local Areas: 2026-28 to 2030-32\n\n" +
		"Trends in the average number of years trees will live, measured by \"period life expectancy\".\n\n" +
		"Release date:\n16 April 2034\n\n" +
		"  • In 2030–32, oak life expectancy was highest in Dorset (182.9 years).\n\n" +
		"  • For beeches, life expectancy was highest in Purbeck (86.6 years).\n\n" +
		"  • Ash life expectancy at age 65 was highest in Harrow, where they could expect to live for a further 20.9 years.\n"
)

// atDateStep opens a sentence with a change between two months.
const atDateStep = "Ferry prices, UK: February 2030\n\nBetween January and February 2030, ferry fares rose by 1.4%.\n"

var atDateCases = []fieldCase{
	{name: "a change between two months opening a sentence is dated by the later", text: atDateStep, stated: "1.4%",
		want: map[string]string{"period": "2030-02"}},
	{name: "a stock on a day is dated by the day", text: atDatePolice, stated: "6,600 full-time equivalent rangers",
		want: map[string]string{"period": "2031-06-30"}},
	{name: "a change from a day is of the release's day", text: atDatePolice, stated: "15 rangers",
		want: map[string]string{"period": "2031-06-30"}},
	{name: "a comparand recorded at a day keeps its day", text: atDatePolice, stated: "6,234 rangers",
		want: map[string]string{"period": "2017-03-31"}},
	{name: "Q3 of a year is the quarter", text: atDatePolice, stated: "6,570",
		want: map[string]string{"period": "2030-Q3"}},
	{name: "as of a US-written day", text: atDateUS, stated: "1,230 lighthouses",
		want: map[string]string{"period": "2031-12-31"}},
	{name: "no time of its own: the edition the title closes on", text: atDateLife, stated: "86.6 years",
		want: map[string]string{"period": "2030/2032", "status": "estimate"}},
	{name: "a modal of a past period in a measured release is an estimate", text: atDateLife, stated: "20.9 years",
		want: map[string]string{"period": "2030/2032", "status": "estimate"}},
}

func TestDraftAtDate(t *testing.T) { runFieldCases(t, atDateCases) }

func TestTitlePeriodOf(t *testing.T) {
	for _, tc := range []struct {
		title, want string
		ok          bool
	}{
		{"Police officer quarterly strength statistics: 30 June 2023", "2023-06-30", true},
		{"Life Expectancy at Birth and at Age 65 by Local Areas in the United Kingdom: 2006-08 to 2010-12", "2010/2012", true},
		{"Births in England and Wales: 2013", "2013", true},
		{"Public sector finances, UK: September 2017", "2017-09", true},
		{"Fire and rescue incident statistics: England, year ending December 2023", "2023", true},
		{"The Budget and Economic Outlook: 2025 to 2035", "", false},
		{"April 25, 2014", "", false},
		{"FOR IMMEDIATE RELEASE: Tuesday, June 18, 2024", "", false},
		{"Summary", "", false},
	} {
		p, _, ok := titlePeriodOf(tc.title)
		if got := p.String(); ok != tc.ok || ok && got != tc.want {
			t.Errorf("titlePeriodOf(%q) = %q, %v, want %q, %v", tc.title, got, ok, tc.want, tc.ok)
		}
	}
}
