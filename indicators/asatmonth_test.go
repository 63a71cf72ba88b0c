package indicators_test

import "testing"

// TestAsAtMonthNotices checks the two notices of a figure held at a month
// (s27x-fuelpov, "as at October 2024"): households under measure: count
// are told a stock, and period: 2024 under the heading "October 2024",
// whose quote names no year, is told the month; each fix verifies. Before,
// both passed -strict in silence.
func TestAsAtMonthNotices(t *testing.T) {
	const doc = "Fuel poverty estimates: as at October 2030\n\nOctober 2030\n\nAround 340,000 households (25%) were in fuel poverty.\n"
	const f = "entities: [GB-WLS]\nstatus: estimate\n"
	const quote = "Around 340,000 households (25%) were in fuel poverty."
	tests := []struct {
		name, items, want, fix string
	}{
		{"households at a month under measure: count",
			catalogItem("fp", f+"measure: count\nperiod: 2030-10\nstated: Around 340,000 households", "[October 2030]", quote),
			"write measure: stock", "measure: count => measure: stock"},
		{"a year under its heading's month",
			catalogItem("fp", f+"measure: stock\nperiod: 2030\nstated: Around 340,000 households", "[October 2030]", quote),
			`the heading "October 2030" dates the figure ("October 2030") and no quote names another time: write period: 2030-10`, "period: 2030 => period: 2030-10"},
		{"the month written", catalogItem("fp", f+"measure: stock\nperiod: 2030-10\nstated: Around 340,000 households", "[October 2030]", quote), "", ""},
		{"a year the quote writes", catalogItem("fp", f+"measure: stock\nperiod: 2030\nstated: Around 340,000 households", "[October 2030]", quote+" In 2030 the rate rose."), "", ""},
	}
	for _, tc := range tests {
		d := doc
		if tc.name == "a year the quote writes" {
			d = doc[:len(doc)-1] + " In 2030 the rate rose.\n"
		}
		run := func(items string) []string { return runMessages(t, d, items, "") }
		checkMessagesFix(t, tc.name, run, tc.items, "    ", tc.want, tc.fix)
	}
}
