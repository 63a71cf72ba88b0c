package indicators_test

import "testing"

// TestVerify38Notices checks session 34's three notices on sentences of
// the genre, with near misses: a rate that is a part of a population
// written as a level (hand catalogs wrote share and level for one
// thing), a table cell given a period not its column's (s34e-charities),
// and a title naming a date the figure's period is not (s34e-jobs).
func TestVerify38Notices(t *testing.T) {
	const gb = "entities: [GB]\nstatus: estimate\n"
	const (
		rateDoc = "The unemployment rate edged down to 5.2% in April.\n" +
			"The UK employment rate was 76.3%, up 0.6 percentage points on the year.\n" +
			"The crime rate was 5.2 per 1,000 people in April.\n" +
			"CPI inflation rate was 5.2% in April.\n"
		tableDoc = "Registrations and register information\n" +
			"Category | July to Sept 2024 | Oct to Dec 2024 | Jan to Mar 2025 | April to June 2025 | Year to date |\n" +
			"---|---|---|---|---|---|\n" +
			"Registration applications | 2,366 | 2,434 | 2,587 | 2,811 | 10,198 |\n" +
			"Charities on the register | 170,503 | 170,755 | 170,877 | 170,827 | 170,827 |\n" +
			"Area | Sales | Stores |\n" +
			"---|---|---|\n" +
			"North | 2,366 | 12 |\n"
		titleDoc = "Employment was little changed in April after two consecutive months of growth.\n" +
			"The number of closures was 1.5 times the number in the quarter ending June 2024.\n" +
			"There were 120 closures in the quarter ending September 2024.\n"
	)
	tests := []struct {
		name, doc, title, fields, quote string
		want                            string // what the one message holds; "" for none
		fix                             string
	}{
		// A rate that is a part of a population is a share.
		{"an unemployment rate as a level", rateDoc, "Unemployment rate",
			gb + "measure: level\nstated: 5.2%\nperiod: 2022-04", "The unemployment rate edged down to 5.2% in April.",
			`title "Unemployment rate" names the unemployment rate, the part of a population in one state, a part of a whole in percent: write measure: share`,
			"measure: level => measure: share"},
		{"an unemployment rate as a share", rateDoc, "Unemployment rate",
			gb + "measure: share\nstated: 5.2%\nperiod: 2022-04", "The unemployment rate edged down to 5.2% in April.", "", ""},
		{"an employment rate with a place", rateDoc, "UK employment rate",
			gb + "measure: level\nstated: 76.3%\nperiod: 2022-04", "The UK employment rate was 76.3%",
			`names the employment rate`, "measure: level => measure: share"},
		{"a change in the rate is a change", rateDoc, "Change in the UK employment rate on a year earlier",
			gb + "measure: change\nstated: 0.6 percentage points\ndirection: up\nperiod: 2022-04\nbase: 2021-04", "The UK employment rate was 76.3%, up 0.6 percentage points on the year.", "", ""},
		{"a rate per base is a level", rateDoc, "Crime rate",
			gb + "measure: level\nstated: 5.2\nunit: crime per 1000 person\nperiod: 2022-04", "The crime rate was 5.2 per 1,000 people in April.", "", ""},
		{"an inflation rate is a level", rateDoc, "CPI inflation rate",
			gb + "measure: level\nstated: 5.2%\nperiod: 2022-04", "CPI inflation rate was 5.2% in April.", "", ""},

		// A table cell's period is its column's.
		{"a cell given another column's period", tableDoc, "Registration applications",
			"entities: [GB-EAW]\nstatus: fact\nmeasure: flow\nstated: \"2,366\"\nunit: application\nperiod: 2025-Q2", "Registration applications | 2,366 | 2,434 | 2,587 | 2,811 | 10,198 |",
			`period 2025-Q2 is not that of the column "2,366" stands in, headed "July to Sept 2024" (2024-Q3): write period: 2024-Q3, or, where the figure is another column's, write that column's cell as stated (the column of 2025-Q2 holds "2,811")`,
			"period: 2025-Q2 => period: 2024-Q3"},
		{"a cell given its column's period", tableDoc, "Registration applications",
			"entities: [GB-EAW]\nstatus: fact\nmeasure: flow\nstated: \"2,811\"\nunit: application\nperiod: 2025-Q2", "Registration applications | 2,366 | 2,434 | 2,587 | 2,811 | 10,198 |", "", ""},
		{"a cell given its column's months", tableDoc, "Registration applications",
			"entities: [GB-EAW]\nstatus: fact\nmeasure: flow\nstated: \"2,434\"\nunit: application\nperiod: 2024-10/2024-12", "Registration applications | 2,366 | 2,434 | 2,587 | 2,811 | 10,198 |", "", ""},
		{"a stock at its column's end", tableDoc, "Charities on the register",
			"entities: [GB-EAW]\nstatus: fact\nmeasure: stock\nstated: \"170,503\"\nunit: charity\nperiod: 2024-09", "Charities on the register | 170,503 | 170,755 | 170,877 | 170,827 | 170,827 |", "", ""},
		{"a cell written twice in its row", tableDoc, "Charities on the register",
			"entities: [GB-EAW]\nstatus: fact\nmeasure: stock\nstated: \"170,827\"\nunit: charity\nperiod: 2024-09", "Charities on the register | 170,503 | 170,755 | 170,877 | 170,827 | 170,827 |", "", ""},
		{"a column headed with no period", tableDoc, "Sales, North",
			"entities: [GB-EAW]\nstatus: fact\nmeasure: flow\nstated: \"2,366\"\nunit: sale\nperiod: 2025-Q2", "North | 2,366 | 12 |", "", ""},

		// A title names no date the figure's period is not.
		{"a title dated after the period", titleDoc, "Consecutive months of employment growth before April 2022",
			gb + "measure: count\nstated: two consecutive months\nperiod: 2022-02/2022-03", "Employment was little changed in April after two consecutive months of growth.",
			`title "Consecutive months of employment growth before April 2022" names "before April 2022", a date the figure's period 2022-02/2022-03 is not: a title carries no period, and the outputs add the figure's own: write title: "Consecutive months of employment growth"`,
			""},
		{"a title without the date", titleDoc, "Consecutive months of employment growth",
			gb + "measure: count\nstated: two consecutive months\nperiod: 2022-02/2022-03", "Employment was little changed in April after two consecutive months of growth.", "", ""},
		{"a title dated within the period", titleDoc, "Closures in the quarter ending September 2024",
			gb + "measure: flow\nstated: \"120\"\nunit: closure\nperiod: 2024-Q3", "There were 120 closures in the quarter ending September 2024.", "", ""},
		{"a title naming its comparand's date", titleDoc, "Closures, times the number in the quarter ending June 2024",
			gb + "measure: level\nstated: 1.5 times\nperiod: 2024-Q3", "The number of closures was 1.5 times the number in the quarter ending June 2024.", "", ""},
		{"a title with a start since", titleDoc, "Consecutive months of employment growth since April 2020",
			gb + "measure: count\nstated: two consecutive months\nperiod: 2022-02/2022-03", "Employment was little changed in April after two consecutive months of growth.", "", ""},
	}
	for _, tc := range tests {
		run := func(items string) []string { return catalogMessages(t, tc.doc, items) }
		checkMessagesFix(t, tc.name, run, titledItem("x", tc.title, tc.fields, tc.quote), "    ", tc.want, tc.fix)
	}
}
