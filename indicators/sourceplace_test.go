package indicators_test

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSourcePlaceNotices checks the notices of a source's address (round
// Y, s28y-gpappts, s28y-wellbeing): a devolved government's release whose
// text names no place is the place its address says, not the whole
// country; and a page with no date issued is cited with no year (a
// notice, which -strict fails until issued is written, or "not stated").
func TestSourcePlaceNotices(t *testing.T) {
	const wales = "Appointments\n\nThere were 4.7 million appointments.\n"
	const uk = "Appointments\n\nThere were 4.7 million appointments in the UK.\n"
	item := func(entities string) string {
		e := ""
		if entities != "" {
			e = "entities: [" + entities + "]\n"
		}
		return catalogItem("appts", e+"status: fact\nmeasure: flow\nperiod: 2025-Q1\nstated: 4.7 million appointments", "", "There were 4.7 million appointments")
	}
	tests := []struct {
		name, doc, source, items string
		want                     []string
	}{
		{"the whole country of a Welsh address", wales, "    issued: 2025-05-01\n    publisher: Office of Examples\n    url: https://www.gov.wales/node/1\n", item("GB"),
			[]string{"entities [GB] is all of United Kingdom, but the source's address is the government of Wales and its text never names United Kingdom: write entities: [GB-WLS]"}},
		{"the address's place", wales, "    issued: 2025-05-01\n    publisher: Office of Examples\n    url: https://www.gov.wales/node/1\n", item("GB-WLS"), nil},
		{"the country the text names", uk, "    issued: 2025-05-01\n    publisher: Office of Examples\n    url: https://www.gov.wales/node/1\n", item("GB"), nil},
		{"no entities on a Scottish address", wales, "    issued: 2025-05-01\n    publisher: Office of Examples\n    url: https://www.gov.scot/publications/x\n", item(""),
			[]string{`indicator "appts" names no entities, which every indicator has: write entities: [GB-SCT]`}},
		{"no date issued on a page", wales, "    publisher: Office of Examples\n    url: https://www.gov.wales/node/1\n", item("GB-WLS"),
			[]string{`source "doc" gives no date issued, so the outputs cite it with no year`}},
	}
	for _, tc := range tests {
		y := "sources:\n  - id: doc\n    title: Doc\n" + tc.source + "    text: doc.txt\n    sha256: " + sha(tc.doc) + "\nindicators:\n" + tc.items
		_, notices, err := indicators.ParseWithNotices("c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(tc.doc), nil })
		if err != nil {
			t.Fatalf("%s: ParseWithNotices: %v", tc.name, err)
		}
		if len(notices) != len(tc.want) {
			t.Errorf("%s: notices %v, want %d", tc.name, notices, len(tc.want))
			continue
		}
		for i, n := range notices {
			if !strings.Contains(n.Msg, tc.want[i]) {
				t.Errorf("%s: notice %q, want one holding %q", tc.name, n.Msg, tc.want[i])
			}
		}
	}
	// A page with no date issued takes a notice, which -strict fails:
	// "issued: not stated" answers it.
	y := "sources:\n  - id: doc\n    title: Doc\n    publisher: Office of Examples\n    url: https://www.gov.wales/node/1\n    text: doc.txt\n    sha256: " + sha(wales) + "\nindicators:\n" + item("GB-WLS")
	_, notices, _ := indicators.ParseWithNotices("c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(wales), nil })
	if len(notices) != 1 || indicators.IsNote(notices[0]) {
		t.Errorf("no date issued: notices %v, want one notice that is no note", notices)
	}
}

// TestNoEntitiesToldOnce checks that indicators of one source with no
// entities, each told the same place, take one notice that lists the
// others (s29z-foi: 17 notices of one cause).
func TestNoEntitiesToldOnce(t *testing.T) {
	const doc = "Requests\n\nThere were 70,475 requests.\nOf these, 34% were granted.\n"
	items := catalogItem("received", "status: fact\nmeasure: flow\nperiod: 2023\nstated: 70,475 requests", "", "There were 70,475 requests.") +
		catalogItem("granted", "status: fact\nmeasure: share\nperiod: 2023\nstated: 34%", "", "Of these, 34% were granted.")
	y := "sources:\n  - id: doc\n    title: Doc\n    issued: 2024-05-01\n    publisher: Office of Examples\n    url: https://www.gov.uk/x\n    text: doc.txt\n    sha256: " + sha(doc) + "\nindicators:\n" + items
	_, notices, err := indicators.ParseWithNotices("c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(doc), nil })
	if err != nil {
		t.Fatal(err)
	}
	want := `indicator "received" names no entities, which every indicator has: write entities: [GB]; and 1 more with none, each told alike ("granted")`
	if len(notices) != 1 || notices[0].Msg != want {
		t.Errorf("notices %v, want one: %q", notices, want)
	}
}
