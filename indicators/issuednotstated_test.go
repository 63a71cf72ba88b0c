package indicators_test

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestIssuedNotStated checks that a source whose page gives no date
// published can say so, "issued: not stated", as a period can: the
// notice asking for the date (which -strict fails on) is answered, the outputs cite no year, and the
// exports keep the form, which the loader reads back.
func TestIssuedNotStated(t *testing.T) {
	const doc = "The ombudsman received 5,662 complaints.\n"
	item := catalogItem("x", "entities: [GB-SCT]\nstatus: fact\nmeasure: flow\nperiod: 2018/19\nstated: 5,662 complaints", "", "The ombudsman received 5,662 complaints.")
	tests := []struct {
		name, source string
		want         string // what the one notice holds; "" none
	}{
		{"no issued, a page", "    publisher: Office of Examples\n    url: https://example.org/statistics\n", "gives no date issued"},
		{"no issued, updated", "    updated: 2021-03-17\n", "gives the date it was updated and no date issued"},
		{"issued not stated", "    publisher: Office of Examples\n    url: https://example.org/statistics\n    issued: not stated\n", ""},
		{"issued not stated, updated", "    updated: 2021-03-17\n    issued: not stated\n    issued_from: no date on the page or the release calendar\n", ""},
	}
	for _, tc := range tests {
		y := "sources:\n  - id: doc\n    title: Doc\n" + tc.source + "    text: doc.txt\n    sha256: " + sha(doc) + "\nindicators:\n" + item
		c, notices, err := indicators.ParseWithNotices("c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(doc), nil })
		if err != nil {
			t.Fatalf("%s: ParseWithNotices: %v", tc.name, err)
		}
		switch {
		case tc.want == "" && len(notices) != 0:
			t.Errorf("%s: notices %v, want none", tc.name, notices)
		case tc.want != "" && (len(notices) != 1 || !strings.Contains(notices[0].Msg, tc.want) || !strings.Contains(notices[0].Msg, "or issued: not stated")):
			t.Errorf("%s: notices %v, want one holding %q and the form not stated", tc.name, notices, tc.want)
		}
		if got := c.Sources[0].IssuedNotStated; got != (tc.want == "") {
			t.Errorf("%s: IssuedNotStated = %v, want %v", tc.name, got, tc.want == "")
		}
		if tc.want != "" {
			continue
		}
		for _, enc := range []func(io.Writer, *indicators.Catalog) error{indicators.WriteYAML, indicators.WriteJSON} {
			var b bytes.Buffer
			if err := enc(&b, c); err != nil {
				t.Fatalf("%s: encode: %v", tc.name, err)
			}
			if got := b.String(); !strings.Contains(got, "issued: not stated") && !strings.Contains(got, `"issued": "not stated"`) {
				t.Errorf("%s: encoded %q, want issued: not stated kept", tc.name, got)
			}
		}
	}
	// A typo is refused with the form to write.
	_, err := indicators.Parse("c.yaml", []byte("sources:\n  - id: doc\n    title: Doc\n    issued: unknown\n"), nil)
	if err == nil || !strings.Contains(err.Error(), `(or "not stated" where neither the text nor its page`) {
		t.Errorf("issued: unknown: %v, want the not stated form offered", err)
	}
}
