package indicators_test

import (
	"strings"
	"testing"
)

// TestViewPartNeedsMoreThanWords checks the notice on a view that draws a
// total beside its own part: the part's title must say the total's words
// as the total does, each phrase a preposition opens in the total a
// phrase of the same preposition in the part, and the part's figure must
// not exceed the total's (round AH, s37h-refugees: "Grants of alternative
// forms of leave following an application for asylum", a route of its
// own, was called a part of "Grants of asylum" because the words nest).
func TestViewPartNeedsMoreThanWords(t *testing.T) {
	const doc = "Grants of refuge numbered 9,000, grants of discretionary leave following a claim for refuge 2,000 and grants of refuge to children 1,500.\n" +
		"In all 40,000 households were in fuel poverty, and 12,000 households in severe fuel poverty.\n" +
		"Visits numbered 3,000, while visits to museums numbered 5,000 over two years.\n"
	const gb = "entities: [GB]\nstatus: fact\nperiod: 2020\n"
	grants := titledItem("g", "Grants of refuge", gb+"measure: flow\nstated: \"9,000\"\nunit: grant", "Grants of refuge numbered 9,000") +
		titledItem("o", "Grants of discretionary leave following a claim for refuge", gb+"measure: flow\nstated: \"2,000\"\nunit: grant", "grants of discretionary leave following a claim for refuge 2,000") +
		titledItem("c", "Grants of refuge to children", gb+"measure: flow\nstated: \"1,500\"\nunit: grant", "grants of refuge to children 1,500")
	fuel := titledItem("f", "Households in fuel poverty", gb+"measure: stock\nstated: 40,000 households", "40,000 households were in fuel poverty") +
		titledItem("s", "Households in severe fuel poverty", gb+"measure: stock\nstated: 12,000 households", "12,000 households in severe fuel poverty")
	visits := titledItem("v", "Visits", gb+"measure: flow\nstated: \"3,000\"\nunit: visit", "Visits numbered 3,000") +
		titledItem("m", "Visits to museums", gb+"measure: flow\nstated: \"5,000\"\nunit: visit", "visits to museums numbered 5,000")
	view := func(ids string) string {
		return "views:\n  - id: w\n    title: Figures\n    kind: bars\n    indicators: [" + ids + "]\n"
	}
	tests := []struct {
		name, items string
		part        bool // a notice of a part is wanted
	}{
		{"a route of its own, its words nested in a trailing phrase", grants + view("g, o"), false},
		{"the same words in the same phrase, narrowed", grants + view("g, c"), true},
		{"an adjective inside the total's phrase", fuel + view("f, s"), true},
		{"a part larger than its total is none", visits + view("v, m"), false},
	}
	for _, tc := range tests {
		got := issuedMessages(t, doc, "2021-01-01", tc.items)
		found := false
		for _, m := range got {
			found = found || strings.Contains(m, "a part of it")
		}
		if found != tc.part {
			t.Errorf("%s: a notice of a part = %v, want %v; messages: %q", tc.name, found, tc.part, got)
		}
	}
}
