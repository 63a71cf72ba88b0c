package extract

import "testing"

// status44: hard sentences of the session's four rules, near misses
// included.

// TestTitleNamesSurvey: a title that is a survey's own release (its name,
// then a period, a subject or what of it is released), not a headline in
// which a survey does something.
func TestTitleNamesSurvey(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"Labour Force Survey, April 2022", true},
		{"Labour Force Survey May 2022", true},
		{"Annual Population Survey 2023", true},
		{"Cycling survey results", true},
		{"Survey of household spending: 2019", true},
		{"Crime Survey for England and Wales: year ending March 2024", true},
		{"National Travel Survey", true},
		{"Survey Counts Foreign Scholars at American Universities", false}, // a headline: the survey counts
		{"Survey finds more people cycle to work", false},
		{"Surveyors' fees rose in 2023", false}, // no word "survey"
		{"Rough sleeping snapshot in England: autumn 2024", false},
	} {
		if got := titleNamesSurvey(tc.title); got != tc.want {
			t.Errorf("titleNamesSurvey(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

// TestSurveyOfBodies: organisations named before "survey" or after its
// "of" make a survey of bodies; anything else is a sample's.
func TestSurveyOfBodies(t *testing.T) {
	for _, tc := range []struct {
		l    string
		want bool
	}{
		{"internet service provider survey, june 2021", true},
		{"business survey 2023", true},
		{"survey of businesses: 2023", true},
		{"a survey of the local authorities of england", true},
		{"survey of payroll jobs, march 2023", true},
		{"survey of household spending", false},
		{"labour force survey, may 2022", false},
		{"survey of businessmen's travel", false}, // "businessmen" is people, not "business"
		{"cycling survey results", false},
	} {
		if got := surveyOfBodies(tc.l); got != tc.want {
			t.Errorf("surveyOfBodies(%q) = %v, want %v", tc.l, got, tc.want)
		}
	}
}

// TestStatus44SurveyOfPeople: a release titled by a survey of people or
// households gives estimates whether or not it names a reference period;
// a survey of organisations, a census or a register, and a headline about
// a survey, give facts.
func TestStatus44SurveyOfPeople(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"a household survey's month", "Labour Force Survey, April 2022\nReleased: 2022-05-06\nEmployment was little changed in April. The unemployment rate edged down 0.1 percentage points to 5.2%.\n",
			"5.2%", map[string]string{"status": "estimate"}},
		{"a household survey's change", "Labour Force Survey, April 2022\nReleased: 2022-05-06\nEmployment rose by 40,000 (+0.2%) in April.\n",
			"40,000", map[string]string{"status": "estimate"}},
		{"a people survey with no period of its own", "Cycling survey results\n\nSome 310 thousand people cycled to work in Norway in 2021.\n",
			"Some 310 thousand people", map[string]string{"status": "estimate"}},
		{"near miss: a survey of employers' payrolls counts what they keep", "Survey of Payroll Jobs, March 2023\nReleased: 2023-04-14\nJobs fell by 12,000 in March.\n",
			"12,000", map[string]string{"status": "fact"}},
		{"near miss: a survey of businesses", "Survey of businesses, March 2023\nReleased: 2023-04-14\nTurnover rose by 2.1% in March.\n",
			"2.1%", map[string]string{"status": "fact"}},
		{"near miss: a census count", "Census of Population 2022\n\nThere were 1,873,997 Irish speakers in April 2022.\n",
			"1,873,997 Irish speakers", map[string]string{"status": "fact"}},
		{"near miss: a register's count in a titled release", "Fire and rescue incident statistics: England, year ending March 2022\n\nFire and rescue services attended 564,827 incidents in the year ending March 2022.\n",
			"564,827 incidents", map[string]string{"status": "fact"}},
	})
}
