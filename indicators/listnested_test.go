package indicators_test

import (
	"strings"
	"testing"
)

// TestListSumTopLevel checks the notice on a total whose list's quoted
// items cannot sum to it: items indented under an item are parts of that
// item, not of the total, and are not summed; a sum is written as the
// total's figure is, in its scale (round AH, s37h-disasteraid: the
// housing and other-needs bullets under "$954 million in grants" were
// summed beside it, and the sum printed "4029000000").
func TestListSumTopLevel(t *testing.T) {
	doc := func(total string) string {
		return "Relief to flood survivors has reached " + total + ", including:\n\n" +
			"  • $900 million in grants to households\n" +
			"    • $700 million for housing\n" +
			"    • $200 million for other needs\n" +
			"  • $1.3 billion in loans to homeowners\n" +
			"  • $800 million in grants to councils\n"
	}
	const us = "entities: [US]\nstatus: fact\nperiod: not stated\nmeasure: flow\n"
	items := func(total string) string {
		return titledItem("total", "Relief to flood survivors", us+"stated: "+total, "Relief to flood survivors has reached "+total+", including:") +
			titledItem("households", "Grants to households", us+"stated: $900 million", "$900 million in grants to households") +
			titledItem("housing", "Grants for housing", us+"stated: $700 million", "$700 million for housing") +
			titledItem("other", "Grants for other needs", us+"stated: $200 million", "$200 million for other needs") +
			titledItem("loans", "Loans to homeowners", us+"stated: $1.3 billion", "$1.3 billion in loans to homeowners") +
			titledItem("councils", "Grants to councils", us+"stated: $800 million", "$800 million in grants to councils")
	}
	tests := []struct {
		name, total string
		want        string // a notice holding this; "": no notice of a sum
	}{
		{"the top level sums to the total", "$3.0 billion", ""},
		{"the top level exceeds the total", "$2.5 billion", `the 3 figures quoted from the list "total" leads in ("households", "loans", "councils") sum to at least $3 billion, more than its "$2.5 billion"`},
		{"the top level falls short of the total", "$3.5 billion", `the 3 figures quoted from every item of the list "total" leads in ("households", "loans", "councils") sum to at most $3 billion, less than its "$3.5 billion"`},
	}
	for _, tc := range tests {
		got := issuedMessages(t, doc(tc.total), "2013-01-01", items(tc.total))
		var sums []string
		for _, m := range got {
			if strings.Contains(m, "figures quoted from") {
				sums = append(sums, m)
			}
		}
		switch {
		case tc.want == "" && len(sums) > 0:
			t.Errorf("%s: notices %q, want none", tc.name, sums)
		case tc.want != "" && (len(sums) != 1 || !strings.Contains(sums[0], tc.want)):
			t.Errorf("%s: notices %q, want one holding %q; all messages: %q", tc.name, sums, tc.want, got)
		}
	}
}
