package indicators_test

import (
	"strings"
	"testing"
)

// TestEarlierLevel checks that a level its quote dates before the
// release's time ("down from 57% a year earlier", "compared with 14% in
// the same quarter last year", "from 77% in 2021") and that is written at
// the release's period gets a notice with the period to write, that
// writing it leaves no message, and that a figure its words compare, or
// call the same as an earlier one, gets none (s24t-planning).
func TestEarlierLevel(t *testing.T) {
	const doc = "Planning statistics: July to September 2023\n" +
		"This accounted for 53% of all decisions, down from 57% a year earlier.\n" +
		"Of all applications, 12% were refused, compared with 14% in the same quarter last year.\n" +
		"The approval rate was 81%, up from 77% in 2021.\n" +
		"The pupil teacher ratio was 13.6, the same as the previous year.\n" +
		"The ratio was 2.1 points higher than a year earlier.\n" +
		"Exports totalled $35 billion last year.\n"
	// now is the release's own figure, dated at its period, beside the
	// one tested.
	const now = "entities: [GB-ENG]\nstatus: fact\nmeasure: share\nstated: 53%\nperiod: 2023-Q3"
	tests := []struct {
		name, fields, quote string
		want, fix           string
	}{
		{"a year earlier", "stated: 57%\nperiod: 2023-Q3", "down from 57% a year earlier",
			`the quote dates 57% "a year earlier", before period 2023-Q3: write period: 2022-Q3`, "period: 2023-Q3 => period: 2022-Q3"},
		{"in the same quarter last year", "stated: 14%\nperiod: 2023-Q3", "compared with 14% in the same quarter last year",
			`the quote dates 14% "in the same quarter last year", before period 2023-Q3: write period: 2022-Q3`, "period: 2023-Q3 => period: 2022-Q3"},
		{"in YEAR", "stated: 77%\nperiod: 2023-Q3", "up from 77% in 2021",
			`the quote dates 77% "in 2021", before period 2023-Q3: write period: 2021`, "period: 2023-Q3 => period: 2021"},
		{"in YEAR, written that year's quarter", "stated: 77%\nperiod: 2021-Q3", "up from 77% in 2021", "", ""},
		{"a year earlier, written so", "stated: 57%\nperiod: 2022-Q3", "down from 57% a year earlier", "", ""},
		{"the same as the previous year", "stated: \"13.6\"\nunit: pupil per teacher\nperiod: 2023-Q3", "The pupil teacher ratio was 13.6, the same as the previous year", "", ""},
		{"a change than a year earlier", "stated: 2.1 points\nmeasure: change\ndirection: up\nbase: 2022-Q3\nperiod: 2023-Q3", "2.1 points higher than a year earlier", "", ""},
		{"last year counts back from the writing", "stated: $35 billion\nmeasure: flow\nperiod: 2023", "Exports totalled $35 billion last year", "", ""},
	}
	for _, tc := range tests {
		run := func(fields string) []string {
			f := "entities: [GB-ENG]\nstatus: fact\nmeasure: share\n" + fields
			if strings.Contains(fields, "measure:") {
				f = "entities: [GB-ENG]\nstatus: fact\n" + fields
			}
			return runMessages(t, doc, catalogItem("now", now, "", "This accounted for 53% of all decisions")+catalogItem("x", f, "", tc.quote), "")
		}
		checkMessagesFix(t, tc.name, run, tc.fields, "", tc.want, tc.fix)
	}
}
