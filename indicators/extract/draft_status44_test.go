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

// dentalText is a health service's statistics release of people seen and
// treated in windows of months, and a workforce held in a year.
const dentalText = "NHS Dental Statistics\n\n" +
	"The report shows that half of all adults in England (21.96m) saw an NHS dentist in the 24 months up to June 2019. This is compared to 22.03m in the 24 months to June 2018, a slight decrease from 50.7% to 50.2%.\n\n" +
	"Among children, 59.0% (7.00m) saw an NHS dentist in the 12 months to June this year. This is a slight increase from 58.6% (6.90m) in the 12 months to June 2018.\n\n" +
	"In 2018-19, 39.72m courses of treatment were completed by NHS dentists. This is compared to 37.43m in 2008-09.\n\n" +
	"Dental workforce information shows there were 24,545 dentists performing NHS activity during the financial year 2018-19, an increase of 237 (1.0%) on 2017-18. In 2008-09, the equivalent number was 21,343.\n"

// TestStatus44Measure: people seen or treated in a window, and things
// done in a year, are flows; a bare number set beside a figure before it ("compared to",
// "the equivalent number was", a bracket after a change's end) is that
// figure's measure for another time; a bracket after the level a change
// goes from is a level, no change.
func TestStatus44Measure(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"people who saw someone in a window are a flow", dentalText, "21.96m", map[string]string{"measure": "flow"}},
		{"the window's comparand is the same flow", dentalText, "22.03m", map[string]string{"measure": "flow"}},
		{"children seen, in a bracket after a share", dentalText, "7.00m", map[string]string{"measure": "flow"}},
		{"a bracket after the level a change goes from is that level, no change", dentalText, "6.90m", map[string]string{"measure": "flow"}},
		{"the change's own level stays a share", dentalText, "58.6%", map[string]string{"measure": "share"}},
		{"things done: the of-phrase of the noun ends at its verb", dentalText, "39.72m courses", map[string]string{"measure": "flow"}},
		{"compared to, another year", dentalText, "37.43m", map[string]string{"measure": "flow"}},
		{"near miss: the equivalent number beside a count (no flow or stock before it) stays a count", dentalText, "21,343", map[string]string{"measure": "count"}},
		{"the equivalent number beside a flow is the same flow", "Dental statistics\n\nIn 2018-19, 39.72m courses of treatment were completed. In 2008-09, the equivalent number was 37.43m.\n", "37.43m", map[string]string{"measure": "flow"}},
		{"near miss: the change stays a change", dentalText, "237", map[string]string{"measure": "change"}},
		{"near miss: a bracket after a change by is the change", "Sales report\n\nSales increased by $5.2 billion (95 percent) in 2013.\n",
			"95 percent", map[string]string{"measure": "change"}},
		{"near miss: bodies stay a count", "Carrier bags\n\n285 large retailers registered and reported data to Defra for this first reporting period.\n",
			"285 large retailers", map[string]string{"measure": "count"}},
	})
}

// TestSentenceBasis: what a change's sentence sets it against, one basis
// or none.
func TestSentenceBasis(t *testing.T) {
	for _, tc := range []struct{ q, want string }{
		{"In the three months to January 2020, the quantity bought in the retail sales industry fell by 0.8% when compared with the previous three months.", "threemonth"},
		{"The value of Hong Kong's total goods exports rose 18.2% year-on-year in February, while that of goods imports increased 25.4%.", "year"},
		{"Average hourly wages were up 3.3% (+$0.99 to $31.06) year over year, similar to the growth observed in March (+$1.03; +3.4%).", "year"},
		{"When compared with a year earlier, both measures reported growth at 2.1% for the amount spent.", "year"},
		{"In contrast, the monthly picture was one of growth at 1.2% and 0.9% for the amount spent and the quantity bought respectively.", "period"},
		{"Comparing the three-month period ending in February with the preceding three months, the value of total goods exports increased 4%.", "threemonth"},
		{"Sales in the three months to March were 2.0% higher than a year earlier.", "threemonth-year"},
		{"Total hours worked fell 1.9% in April.", ""},                                    // near miss: no words of a basis
		{"Prices rose 0.4% on the month and 2.1% on the same month a year earlier.", ""},  // near miss: two bases, the words around each figure decide
		{"The year-end total of 3,100 was a record, up 3% from the previous record.", ""}, // near miss: "year-end" is no yearly basis
	} {
		if got := sentenceBasis(tc.q); got != tc.want {
			t.Errorf("sentenceBasis(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

// TestStatus44ViewsApart: a monthly release's changes of a month, of
// three months and of a year are never drawn in one view.
func TestStatus44ViewsApart(t *testing.T) {
	const text = "Retail sales, Great Britain: January 2020\n\n" +
		"In the three months to January 2020, the quantity bought fell by 0.8% when compared with the previous three months.\n\n" +
		"In contrast, the monthly picture was one of growth at 1.2% for the amount spent.\n\n" +
		"Sales of clothing rose 2.1% year-on-year in January.\n"
	_, views := statsViews(t, text)
	for _, v := range views {
		has := map[string]bool{}
		for _, s := range v {
			has[s] = true
		}
		if n := btoi(has["0.8%"]) + btoi(has["1.2%"]) + btoi(has["2.1%"]); n > 1 {
			t.Errorf("a view draws changes of different bases together: %q", v)
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
