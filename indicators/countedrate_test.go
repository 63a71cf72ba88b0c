package indicators_test

import "testing"

// TestCountedNounRate checks that a rate written after a counted noun
// ("5,100 new requests per day2", a daily equivalent of a year's flow)
// that the catalog drops (stated "5,100", unit: request) is told the
// unit to write, as "£474 per week" is, footnote mark and all; and that
// the advice verifies. Before, it passed -strict in silence.
func TestCountedNounRate(t *testing.T) {
	const doc = "Adult social care activity 2030-31\n\nCouncils received 1.9 million new requests, equivalent to 5,100 new requests per day2.\n"
	const f = "entities: [GB-ENG]\nstatus: fact\nmeasure: level\nperiod: 2030/31\nstated: \"5,100\"\n"
	const quote = "equivalent to 5,100 new requests per day2"
	tests := []struct {
		name, unit, want, fix string
	}{
		{"the rate dropped", "unit: request", `the quote writes "5,100 new requests per day", a rate per day, but the catalog gives the figure no rate, and every output would drop it: write unit: request per day`,
			"unit: request => unit: request per day"},
		{"the rate kept", "unit: request per day", "", ""},
	}
	for _, tc := range tests {
		items := catalogItem("daily", f+tc.unit, "", quote)
		run := func(items string) []string { return runMessages(t, doc, items, "") }
		checkMessagesFix(t, tc.name, run, items, "    ", tc.want, tc.fix)
	}
}
