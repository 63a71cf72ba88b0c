package extract

import "testing"

// surveyWhenSurvey is an annual survey's provisional release whose lead
// opens with the month the survey reads its figures in.
const surveyWhenSurvey = `Annual Survey of Farm Rents: 2022 provisional results

Release date:
14 November 2022

1. Main points

In March 2022 the average rent for arable land was £212 per hectare, up 4.1% from £204 in 2021.

Rents for grassland rose by 2.8% compared with 2021.

Average rents for dairy farms were £187 per hectare (up 1.5% on 2021) compared with £163 (up 0.9%) for livestock farms.

The 4.1% rise this year is the largest rise in rents since the financial crisis in 2009.
`

// surveyWhenMethod is an annual survey whose method, not its lead, names
// the month its figures are read in.
const surveyWhenMethod = `Annual Survey of Apprentice Pay: 2023

Release date:
2 October 2023

1. Main points

Median hourly pay of apprentices was £7.10 in 2023, up 9.2% on 2022.

2. Methods

The survey's figures relate to the pay period including 12 May.
`

// surveyWhenReport is a report, not a survey, whose sentence opens with a
// month: its other figures keep their years.
const surveyWhenReport = `Regional Transport Review 2022

Release date:
14 November 2022

In March 2022 the operator carried 21 million passengers.

Fares rose by 3.1% in 2022.
`

// surveyWhenSince is a release whose figures are compared with a series'
// start and an event "since" names.
const surveyWhenSince = `Annual Population Survey: 2019

The unemployment rate of 4.2% is the lowest rate since the survey began in 1992.

The 1.1% growth in employment is the highest growth seen since the banking crisis in 2008.
`

func TestDraftSurveyMonthPeriods(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "lead month dates the figure", text: surveyWhenSurvey, stated: "£212 per hectare",
			want: map[string]string{"period": "2022-03"}},
		{name: "year-earlier figure, same month", text: surveyWhenSurvey, stated: "£204",
			want: map[string]string{"period": "2021-03"}},
		{name: "change in the lead, base a year earlier", text: surveyWhenSurvey, stated: "4.1%",
			want: map[string]string{"period": "2022-03", "base": "2021-03"}},
		{name: "another paragraph's change: compared with a year", text: surveyWhenSurvey, stated: "2.8%",
			want: map[string]string{"period": "2022-03", "base": "2021-03"}},
		{name: "up X% on YEAR gives a base, not a period", text: surveyWhenSurvey, stated: "1.5%",
			want: map[string]string{"period": "2022-03", "base": "2021-03"}},
		{name: "compared with a figure for another group: the same period", text: surveyWhenSurvey, stated: "£163",
			want: map[string]string{"period": "2022-03"}},
		{name: "method names the month, title the year", text: surveyWhenMethod, stated: "£7.10",
			want: map[string]string{"period": "2023-05"}},
		{name: "method month: the change's base", text: surveyWhenMethod, stated: "9.2%",
			want: map[string]string{"period": "2023-05", "base": "2022-05"}},
		{name: "no survey: a plain year stays a year", text: surveyWhenReport, stated: "3.1%",
			want: map[string]string{"period": "2022"}},
	})
}

func TestDraftSinceDatesNothing(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "since the survey began in YEAR", text: surveyWhenSince, stated: "4.2%",
			want: map[string]string{"period": "2019"}},
		{name: "since the event in YEAR", text: surveyWhenSince, stated: "1.1%",
			want: map[string]string{"period": "2019"}},
	})
}

func TestDraftProvisionalChanges(t *testing.T) {
	for _, tc := range []struct {
		name, text, stated, status string
	}{
		{"change continuing a provisional level", surveyWhenSurvey, "4.1%", "estimate"},
		{"bracketed change on a year", surveyWhenSurvey, "1.5%", "estimate"},
		{"the level compared with another group", surveyWhenSurvey, "£163", "estimate"},
		{"the year-earlier level stays a fact", surveyWhenSurvey, "£204", "fact"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			checkWhat(t, got, tc.stated, "", tc.status, "")
		})
	}
}

func TestDraftChangeOnYear(t *testing.T) {
	for _, tc := range []struct {
		words []string
		want  bool
	}{
		{[]string{"(up", "3.4%", "on"}, true},
		{[]string{"down", "2", "per", "cent", "on"}, true},
		{[]string{"rose", "0.3", "percentage", "points", "on"}, true},
		{[]string{"the", "report", "on"}, false},
		{[]string{"on"}, false},
	} {
		if got := changeOnYear(tc.words); got != tc.want {
			t.Errorf("changeOnYear(%q) = %v, want %v", tc.words, got, tc.want)
		}
	}
}

func TestDraftSinceEventYear(t *testing.T) {
	for _, tc := range []struct {
		words []string
		want  bool
	}{
		{[]string{"lowest", "since", "the", "survey", "began", "in"}, true},
		{[]string{"growth", "seen", "since", "the", "economic", "downturn", "in"}, true},
		{[]string{"since", "the", "agreement", "entered", "into", "force", "in"}, false},
		{[]string{"exports", "rose", "in"}, false},
		{[]string{"since", "2001,", "and", "in"}, false},
	} {
		if got := sinceEventYear(tc.words); got != tc.want {
			t.Errorf("sinceEventYear(%q) = %v, want %v", tc.words, got, tc.want)
		}
	}
}

// surveyWhenList is a dated paragraph and a bulleted list that breaks down
// its figure, then an undated list under an undated paragraph.
const surveyWhenList = `Road casualties by age

In 2021, young drivers were involved in 18% (4,200) of the 23,300 reported collisions.

  • Drivers aged 17 to 19 were involved in 7% (1,600) of reported collisions.
  • Drivers aged 20 to 24 were involved in 11% (2,600) of reported collisions.

Older drivers are involved in fewer collisions.

  • Drivers aged 70 and over were involved in 3% of reported collisions.
`

func TestDraftListLeadPeriods(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "first item: the paragraph's year", text: surveyWhenList, stated: "7%",
			want: map[string]string{"period": "2021"}},
		{name: "second item: the paragraph's year", text: surveyWhenList, stated: "11%",
			want: map[string]string{"period": "2021"}},
		{name: "undated paragraph: the release's year, which its lead gives its figures (releaseRef, when77)", text: surveyWhenList, stated: "3%",
			want: map[string]string{"period": "2021"}},
	})
}
