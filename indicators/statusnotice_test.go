package indicators_test

import "testing"

// TestStatusNotices checks that a fact whose quote says it was worked out
// ("we estimate that", round AB's empty homes) is told to be an estimate,
// and only where the cue governs its figure; and that a fact of a month
// after its source's issue date (round AB's blood stocks) is told to be a
// projection, or to say in a note what was counted when.
func TestStatusNotices(t *testing.T) {
	const doc = "In 2021, we estimate that 89.7% of unoccupied homes were vacant, while 10.3% were second homes.\n" +
		"Of all homes, it was estimated that there was a higher vacancy rate in Wales (7.0%) than in England (5.4%).\n" +
		"In 2018, there were an estimated 228 million cases of malaria in 89 countries.\n" +
		"Over 119 tonnes of drugs were seized, with a street value of around £3 billion.\n" +
		"The rate fell on the 2022 estimate of 12.5%.\n" +
		"Exports reached $25 billion in 2011 (provisional).\n" +
		"Centres are just 40 percent full in the middle of September.\n" +
		"Bathing waters will meet the standard in 2025: 98% of them.\n"
	const fact = "entities: [GB]\nstatus: fact\nmeasure: share\nperiod: 2021\n"
	const wantEstimate = "is an estimate: write status: estimate"
	tests := []struct {
		name, fields, quote, want, fix string
	}{
		{"a clause cue before the figure", fact + "stated: 89.7%", "we estimate that 89.7% of unoccupied homes were vacant", wantEstimate, "status: fact => status: estimate"},
		{"a clause cue reaches a second figure", fact + "stated: 10.3%", "In 2021, we estimate that 89.7% of unoccupied homes were vacant, while 10.3% were second homes.", wantEstimate, "status: fact => status: estimate"},
		{"it was estimated that", fact + "stated: 5.4%", "it was estimated that there was a higher vacancy rate in Wales (7.0%) than in England (5.4%)", `quote says "estimated"`, "status: fact => status: estimate"},
		{"an estimated before another figure", "entities: [WLD]\nstatus: fact\nmeasure: count\nperiod: 2018\nstated: 89 countries", "In 2018, there were an estimated 228 million cases of malaria in 89 countries.", "", ""},
		{"a valuation after the figure", "entities: [GB]\nstatus: fact\nmeasure: flow\nperiod: 2023\nstated: Over 119 tonnes", "Over 119 tonnes of drugs were seized, with a street value of around £3 billion.", "", ""},
		{"a series' figure named by its release", "entities: [IE]\nstatus: fact\nmeasure: share\nperiod: 2022\nstated: 12.5%", "The rate fell on the 2022 estimate of 12.5%.", "", ""},
		{"a note on the data", "entities: [US]\nstatus: fact\nmeasure: flow\nperiod: 2011\nstated: $25 billion", "Exports reached $25 billion in 2011 (provisional).", `quote says "(provisional)"`, "status: fact => status: estimate"},
		{"a month after the issue date", "entities: [GB]\nstatus: fact\nmeasure: share\nperiod: 2024-09\nstated: 40 percent", "Centres are just 40 percent full in the middle of September.",
			`period 2024-09 starts after source "doc" was issued (2024-08): a figure of a date to come is a projection: write status: projection`, "status: fact => status: projection"},
		{"a month after the issue date with a note", "entities: [GB]\nstatus: fact\nmeasure: share\nperiod: 2024-09\nstated: 40 percent\nnotes: [\"Appointments booked for September by the end of August.\"]", "Centres are just 40 percent full in the middle of September.", "", ""},
		{"a year after the issue date", "entities: [GB-SCT]\nstatus: fact\nmeasure: share\nperiod: 2025\nstated: 98%", "Bathing waters will meet the standard in 2025: 98% of them.", "", ""},
	}
	for _, tc := range tests {
		run := func(fields string) []string {
			return runMessagesIssued(t, doc, "2024-08", catalogItem("x", fields, "", tc.quote))
		}
		checkMessagesFix(t, tc.name, run, tc.fields, "", tc.want, tc.fix)
	}
}
