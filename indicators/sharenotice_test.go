package indicators_test

import "testing"

// TestShareNotices checks that a share counts a part of a whole in one
// thing: a share written with a number of things (round AB's "43,175"
// appeals) is told its measure, and a derived share of delays in people
// (round AB's bed census) is told the two count different things, unless
// one unit ends in the other's or a description says why.
func TestShareNotices(t *testing.T) {
	const doc = "There were 37,909 appeals, compared to 43,175 the previous year (0.91 per cent).\n" +
		"Of the 777 people delayed, 464 delays were for health and social care reasons.\n" +
		"Of 1,500 dwellings, 120 unoccupied dwellings were vacant; 17.3 were in the table.\n"
	const share = "entities: [GB]\nstatus: fact\nmeasure: share\nperiod: 2015/16\n"
	items := func(id, stated, unit, quote string) string {
		f := "entities: [GB]\nstatus: fact\nmeasure: stock\nperiod: 2020-10\nstated: " + stated
		if unit != "" {
			f += "\nunit: " + unit
		}
		return catalogItem(id, f, "", quote)
	}
	const people = "Of the 777 people delayed, 464 delays were for health and social care reasons."
	const dwellings = "Of 1,500 dwellings, 120 unoccupied dwellings were vacant; 17.3 were in the table."
	tests := []struct {
		name, items, want, fix string
	}{
		{"a share written with a number of things", catalogItem("x", share+"stated: \"43,175\"", "", "compared to 43,175 the previous year"),
			`measure share is a part of a whole in percent, but "43,175" is a number of things: write measure: flow`, "measure: share => measure: flow\nunit: appeal"},
		{"a share with its counted noun", catalogItem("x", share+"stated: \"37,909\"\nunit: appeal", "", "There were 37,909 appeals"),
			`"37,909" is a number of things`, "measure: share => measure: flow"},
		{"a table's bare percent", catalogItem("x", share+"stated: \"17.3\"", "", "17.3 were in the table"), "", ""},
		{"a share of delays in people", items("delays", "464 delays", "", people) + items("people", "777 people", "", people) +
			"derived:\n  - id: s\n    title: Share\n    formula: share\n    inputs: [delays, people]\n",
			`derived "s" is a share of "delays" (delays) in "people" (people), which count different things`,
			"title: Share => title: Share\ndescription: One delay per person."},
		{"a part whose unit ends in the whole's", items("part", "120", "unoccupied dwelling", dwellings) + items("all", "1,500 dwellings", "", dwellings) +
			"derived:\n  - id: s\n    title: Share\n    formula: share\n    inputs: [part, all]\n", "", ""},
	}
	for _, tc := range tests {
		run := func(items string) []string { return runMessages(t, doc, items, "") }
		checkMessagesFix(t, tc.name, run, tc.items, "    ", tc.want, tc.fix)
	}
}
