package indicators_test

import (
	"strings"
	"testing"
)

// TestUnitPartNoticesBasis checks that a headcount beside its full-time
// equivalent in one view (s29z-civilservice: "510,080 headcount and 478,090
// on a full-time equivalent basis") takes no notice of one thing under two
// units: they are two measures of one workforce, each in its own unit,
// while a part under a longer unit still takes one.
func TestUnitPartNoticesBasis(t *testing.T) {
	const doc = "The Civil Service employed 510,080 civil servants, or 478,090 on a full-time equivalent basis (FTE), of whom 59,340 were senior civil servants.\n"
	const gb = "entities: [GB]\nstatus: fact\nmeasure: stock\nperiod: 2022-03-31\n"
	const quote = "The Civil Service employed 510,080 civil servants, or 478,090 on a full-time equivalent basis (FTE), of whom 59,340 were senior civil servants."
	heads := catalogItem("heads", gb+"stated: 510,080 civil servants\nunit: civil servant", "", quote)
	for _, tc := range []struct{ name, stated, unit, want string }{
		{"full-time equivalents beside the headcount", "478,090", "full-time equivalent civil servant", ""},
		{"a part under a longer unit", "59,340", "senior civil servant", `write unit: civil servant on "other"`},
	} {
		other := catalogItem("other", gb+"stated: \""+tc.stated+"\"\nunit: "+tc.unit, "", quote)
		got := runMessages(t, doc, heads+other, "  - id: v\n    kind: bars\n    title: Civil servants\n    indicators: [heads, other]\n")
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("%s: messages %q, want none", tc.name, got)
		case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
			t.Errorf("%s: messages %q, want one holding %q", tc.name, got, tc.want)
		}
	}
}
