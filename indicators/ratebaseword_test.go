package indicators_test

import (
	"strings"
	"testing"
)

// TestBareRateOwnBase checks that a bare rate beside a rate of a noun is
// told the noun with its own stated's base ("per 1,000 persons" beside
// "complaints per 1,000 people", s32c-noise), not the other figure's
// wording of it, and that writing the advice verifies.
func TestBareRateOwnBase(t *testing.T) {
	const doc = "Belfast had the highest rate, 20.2 complaints per 1,000 people, and Newry, Mourne and Down the lowest, 2.1 per 1,000 persons.\n" +
		"The rate was 13.2 deaths per 100,000 population in the North East and 7.8 per 100,000 in London.\n"
	const ni = "entities: [GB-NIR]\nstatus: fact\nmeasure: level\nperiod: 2021/22\n"
	tests := []struct {
		name, items, want, fix string
	}{
		{"a base worded otherwise",
			catalogItem("belfast", ni+"stated: 20.2 complaints per 1,000 people", "", "Belfast had the highest rate, 20.2 complaints per 1,000 people") +
				catalogItem("newry", ni+"stated: 2.1 per 1,000 persons", "", "Belfast had the highest rate, 20.2 complaints per 1,000 people, and Newry, Mourne and Down the lowest, 2.1 per 1,000 persons."),
			"write unit: complaint per 1,000 persons", "stated: 2.1 per 1,000 persons => stated: 2.1 per 1,000 persons\nunit: complaint per 1,000 persons"},
		{"a bare base",
			catalogItem("ne", ni+"stated: 13.2 deaths per 100,000 population", "", "The rate was 13.2 deaths per 100,000 population in the North East and 7.8 per 100,000 in London.") +
				catalogItem("london", ni+"stated: 7.8 per 100,000", "", "The rate was 13.2 deaths per 100,000 population in the North East and 7.8 per 100,000 in London."),
			"write unit: death per 100,000 population", "stated: 7.8 per 100,000 => stated: 7.8 per 100,000\nunit: death per 100,000 population"},
	}
	for _, tc := range tests {
		got := runMessages(t, doc, tc.items, "")
		if len(got) != 1 || !strings.HasSuffix(got[0], tc.want) {
			t.Errorf("%s: messages %q, want one ending %q", tc.name, got, tc.want)
			continue
		}
		old, new, _ := strings.Cut(tc.fix, " => ")
		if got := runMessages(t, doc, strings.Replace(tc.items, old, strings.ReplaceAll(new, "\n", "\n    "), 1), ""); len(got) != 0 {
			t.Errorf("%s: after the fix, messages %q, want none", tc.name, got)
		}
	}
}
