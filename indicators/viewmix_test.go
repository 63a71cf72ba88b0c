package indicators_test

import (
	"strings"
	"testing"
)

// TestViewMixesQuantities checks what a bars view may put on one axis:
// counts of a flow and a stock, or their changes, are refused, and so
// are bars over time whose counted noun changes with the year; kinds of
// one period, percentages of a flow and a stock, and one noun over time
// pass.
func TestViewMixesQuantities(t *testing.T) {
	const doc = "The service received 40,000 new applications, up 5,100 (14.6%) on the year.\n" +
		"There were 850,000 children covered, up 20,000 (2.4%) on the year.\n" +
		"In 1982, 84,000 licences were issued, and 83,000 in 1983; in 1984, some 86,600 dogs were licensed.\n" +
		"There were 120 emergency calls and 90 patient journeys in 1984.\n"
	const gb = "entities: [GB]\nstatus: fact\n"
	items := catalogItem("apps", gb+"measure: flow\nperiod: 2024\nstated: 40,000 new applications\nunit: application", "", "The service received 40,000 new applications, up 5,100 (14.6%) on the year.") +
		catalogItem("appsup", gb+"measure: change\ndirection: up\nperiod: 2024\nbase: 2023\nstated: 5,100\nunit: application", "", "The service received 40,000 new applications, up 5,100 (14.6%) on the year.") +
		catalogItem("appspc", gb+"measure: change\ndirection: up\nperiod: 2024\nbase: 2023\nstated: 14.6%", "", "The service received 40,000 new applications, up 5,100 (14.6%) on the year.") +
		catalogItem("kids", gb+"measure: stock\nperiod: 2024\nstated: 850,000 children", "", "There were 850,000 children covered, up 20,000 (2.4%) on the year.") +
		catalogItem("kidsup", gb+"measure: change\ndirection: up\nperiod: 2024\nbase: 2023\nstated: 20,000\nunit: child", "", "There were 850,000 children covered, up 20,000 (2.4%) on the year.") +
		catalogItem("kidspc", gb+"measure: change\ndirection: up\nperiod: 2024\nbase: 2023\nstated: 2.4%", "", "There were 850,000 children covered, up 20,000 (2.4%) on the year.") +
		catalogItem("lic82", gb+"measure: flow\nperiod: 1982\nstated: 84,000 licences", "", "In 1982, 84,000 licences were issued") +
		catalogItem("lic83", gb+"measure: flow\nperiod: 1983\nstated: 83,000\nunit: licence", "", "and 83,000 in 1983") +
		catalogItem("dogs84", gb+"measure: flow\nperiod: 1984\nstated: some 86,600 dogs", "", "some 86,600 dogs were licensed") +
		catalogItem("calls", gb+"measure: flow\nperiod: 1984\nstated: 120 emergency calls", "", "There were 120 emergency calls") +
		catalogItem("journeys", gb+"measure: flow\nperiod: 1984\nstated: 90 patient journeys", "", "90 patient journeys in 1984")
	tests := []struct {
		show string
		want string // what the one message holds, or "" for none
	}{
		{"[appsup, kidsup]", `draws "appsup", a flow (counted over its period), beside "kidsup", a stock (counted at a date)`},
		{"[apps, kids]", `draws "apps", a flow (counted over its period), beside "kids", a stock`},
		{"[lic82, lic83, dogs84]", `draws "lic82" in licences (1982) beside "dogs84" in dogs (1984): bars over time read as one quantity`},
		{"[appspc, kidspc]", ""},
		{"[lic82, lic83]", ""},
		{"[calls, journeys]", ""},
		{"[calls, journeys, dogs84]", ""},
	}
	for _, tc := range tests {
		views := "  - id: v\n    title: V\n    kind: bars\n    indicators: " + tc.show + "\n"
		got := runMessages(t, doc, items, views)
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("view of %s: messages %q, want none", tc.show, got)
		case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
			t.Errorf("view of %s: messages %q, want one holding %q", tc.show, got, tc.want)
		}
	}
}
