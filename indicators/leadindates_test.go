package indicators_test

import "testing"

// TestLeadInDatesNotice checks that a figure whose period is not stated,
// under a list's lead-in line that dates its items by both ends ("In the
// 12 months from 1 st April 2019 to 31 st March 2020:", s27x-hatecrime;
// a heading "Between January and March 2025"), is told that period, and
// that writing it verifies. Before, both passed -strict in silence.
func TestLeadInDatesNotice(t *testing.T) {
	const hate = "Hate incidents: update to 31 March 2030\n\nIn the 12 months from 1 st April 2029 to 31 st March 2030:\n\n  • There were 1,200 racist incidents.\n"
	const appts = "Appointments in general practice\n\nBetween January and March 2030\n\n  • 94.0% of appointments were attended.\n"
	const f = "entities: [GB-NIR]\nstatus: fact\nperiod: not stated\n"
	tests := []struct {
		name, doc, items, want, fix string
	}{
		{"a lead-in line ending in a colon", hate,
			catalogItem("racist", f+"measure: flow\nstated: 1,200 racist incidents", "", "There were 1,200 racist incidents."),
			`the line leading in its list, "In the 12 months from 1 st April 2029 to 31 st March 2030:", dates the figures under it ("from 1 april 2029 to 31 march 2030"): write period: 2029-04/2030-03`,
			"period: not stated => period: 2029-04/2030-03"},
		{"a heading that names a quarter by its months", appts,
			catalogItem("attended", f+"measure: share\nstated: 94.0%", "[Between January and March 2030]", "94.0% of appointments were attended."),
			"write period: 2030-Q1", "period: not stated => period: 2030-Q1"},
		{"a lead-in with no span", "Appointments\n\nKey points:\n\n  • 94.0% of appointments were attended.\n",
			catalogItem("attended", f+"measure: share\nstated: 94.0%", "", "94.0% of appointments were attended."), "", ""},
	}
	for _, tc := range tests {
		run := func(items string) []string { return runMessages(t, tc.doc, items, "") }
		checkMessagesFix(t, tc.name, run, tc.items, "    ", tc.want, tc.fix)
	}
}
