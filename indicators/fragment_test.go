package indicators_test

import (
	"strings"
	"testing"
)

// TestQuoteBracketAdvice checks that a quote cut inside a bracket
// (s25u-cyber: "83% of charities)") is told the sentence it stands in,
// and that writing it leaves no message; a balanced quote takes none.
func TestQuoteBracketAdvice(t *testing.T) {
	const doc = "By far the most common type of breach is phishing (84% of businesses and 83% of charities).\n" +
		"Around a third of charities (32%) reported a breach.\n"
	const sentence = "By far the most common type of breach is phishing (84% of businesses and 83% of charities)."
	const fields = "entities: [GB]\nstatus: estimate\nmeasure: share\nperiod: 2024\nstated: 83%"
	for _, tc := range []struct{ name, quote, want string }{
		{"a closing bracket without its opening", "83% of charities)", `write quote: "` + sentence + `"`},
		{"an opening bracket without its closing", "phishing (84% of businesses and 83%", `write quote: "` + sentence + `"`},
		{"the sentence", sentence, ""},
		{"a balanced clause", "(84% of businesses and 83% of charities)", ""},
	} {
		got := runMessages(t, doc, catalogItem("x", fields, "", tc.quote), "")
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("%s: messages %q, want none", tc.name, got)
		case tc.want != "" && (len(got) != 1 || !strings.HasSuffix(got[0], tc.want)):
			t.Errorf("%s: messages %q, want one ending %q", tc.name, got, tc.want)
		}
	}
}

// TestUnitPartNotices checks that a view counting one thing under two
// units, one the other's head noun (s25u-charging: "device" beside
// "charging device"), is told the head noun, and that writing it leaves
// no message; two nouns of their own take none.
func TestUnitPartNotices(t *testing.T) {
	const doc = "There were 49,220 public charging devices installed in the UK.\nOf these, 8,908 had 50kW of power or above.\nThere were 120 depots.\n"
	const gb = "entities: [GB]\nstatus: fact\nmeasure: stock\nperiod: 2023-10\n"
	total := catalogItem("total", gb+"stated: 49,220 public charging devices", "", "There were 49,220 public charging devices installed in the UK.")
	view := "  - id: v\n    kind: bars\n    title: Charging devices\n    indicators: [total, fast]\n"
	for _, tc := range []struct{ name, unit, want string }{
		{"the parts under a longer unit, the total writing it", "charging device", `write unit: charging device on "total"`},
		{"the head noun", "device", ""},
	} {
		fast := catalogItem("fast", gb+"stated: \"8,908\"\nunit: "+tc.unit, "", "Of these, 8,908 had 50kW of power or above.")
		got := runMessages(t, doc, total+fast, view)
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("%s: messages %q, want none", tc.name, got)
		case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
			t.Errorf("%s: messages %q, want one holding %q", tc.name, got, tc.want)
		}
	}
}
