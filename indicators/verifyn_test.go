package indicators_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// messagesN parses a catalog of one source, doc, with the indicators and
// views given (YAML under "indicators:", then "views:" if views is not
// empty), and returns every message of one run, errors and notices, in
// file order, notices marked "notice: ", without positions.
func messagesN(t *testing.T, doc, items, views string) []string {
	t.Helper()
	y := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n%s", sha(doc), items)
	if views != "" {
		y += "views:\n" + views
	}
	_, notices, err := indicators.ParseWithNotices("c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(doc), nil })
	var list indicators.ErrorList
	if err != nil && !errors.As(err, &list) {
		t.Fatalf("ParseWithNotices error = %v, want an ErrorList", err)
	}
	all := slices.Clone(list)
	for _, n := range notices {
		m := *n
		m.Msg = "notice: " + n.Msg
		all = append(all, &m)
	}
	all.Sort()
	var got []string
	for _, e := range all {
		got = append(got, e.Msg)
	}
	return got
}

// TestNoticesBesideErrors checks that a catalog with errors still says
// its notices, those of the indicators with no error of their own, in
// one run (round N: a view's error held back "write unit: migrant", so a
// writer fixed the file twice and split a view needlessly), and that a
// view of a bare count beside counts of a noun names the unit its quote
// counts, not "a view of its own".
func TestNoticesBesideErrors(t *testing.T) {
	const population = "Net overseas migration added 518,000 migrants to the population, and natural increase added 106,000 people.\n"
	const cancer = "There were more cancers diagnosed in men (167,281) than women (153,114).\n"
	const births = "There were 698,512 live births in England and Wales in 2013, and 3,284 stillbirths.\n"
	const head = "entities: [AU]\nstatus: estimate\nmeasure: flow\nperiod: 2022-07/2023-06\n"
	const eng = "entities: [GB-ENG]\nstatus: fact\nmeasure: flow\nperiod: 2018\n"
	const ew = "measure: flow\nperiod: 2013\n"
	bars := func(a, b string) string {
		return fmt.Sprintf("  - id: v\n    title: V\n    kind: bars\n    indicators: [%s, %s]\n", a, b)
	}
	tests := []struct {
		name, doc, items, views string
		want                    []string // parts of each message, in order
	}{
		{"population: the view names the unit the bare figure's quote counts", population,
			item18("nom", head+"stated: \"518,000\"", "", "added 518,000 migrants") +
				item18("natural", head+"stated: \"106,000 people\"", "", "natural increase added 106,000 people"),
			bars("nom", "natural"),
			[]string{`notice: "518,000" has no unit, but its quote counts "migrants": write unit: migrant`,
				`view "v" of kind bars draws "nom" in a pure number beside "natural" in person: its bars share one axis; give "nom" the unit of what it counts: write unit: migrant on "nom"`}},
		{"cancer: a figure in brackets counts the noun before it", cancer,
			item18("men", eng+"stated: \"167,281\"", "", "more cancers diagnosed in men (167,281)") +
				item18("women", eng+"stated: \"153,114\"\nunit: cancer", "", "than women (153,114)"),
			bars("women", "men"),
			[]string{`notice: "167,281" has no unit, but its quote counts "cancers": write unit: cancer`,
				`give "men" the unit of what it counts: write unit: cancer on "men"`}},
		{"births: an error of one indicator leaves another's notice standing", births,
			item18("births", ew+"entities: [GB-EAW]\nstatus: fact\nstated: \"698,512\"", "", "There were 698,512 live births") +
				item18("still", ew+"status: fact\nstated: \"3,284 stillbirths\"\nentities: [England]", "", "and 3,284 stillbirths"),
			"",
			[]string{`notice: "698,512" has no unit, but its quote counts "births": write unit: birth`,
				`unknown entity "England"`}},
		{"births: an indicator with an error gives no notice of its own", births,
			item18("births", ew+"entities: [GB-EAW]\nstated: \"698,512\"\nstatus: guess", "", "There were 698,512 live births"),
			"",
			[]string{`unknown status "guess"`}},
	}
	for _, tc := range tests {
		got := messagesN(t, tc.doc, tc.items, tc.views)
		if len(got) != len(tc.want) {
			t.Errorf("%s: messages %q, want %d holding %q", tc.name, got, len(tc.want), tc.want)
			continue
		}
		for i, w := range tc.want {
			if !strings.Contains(got[i], w) {
				t.Errorf("%s: message %d = %q, want one holding %q", tc.name, i, got[i], w)
			}
		}
	}
}
