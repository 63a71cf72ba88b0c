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

// adviceCase is a row of the round N advice tables: an indicator's
// fields and quote against doc, the part of the one message wanted ("" for
// none), and the fix, "old => new" pairs split by " | ", after which the
// catalog verifies with no message ("" when there is nothing to apply).
type adviceCase struct {
	name, doc, fields, quote string
	want, fix                string
}

// checkAdvice runs the rows of an advice table: each gives the one
// message wanted, and its fix gives none (the advice offers only what
// verify then accepts).
func checkAdvice(t *testing.T, tests []adviceCase) {
	t.Helper()
	for _, tc := range tests {
		got := messagesN(t, tc.doc, item18("x", tc.fields, "", tc.quote), "")
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("%s: messages %q, want none", tc.name, got)
			continue
		case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
			t.Errorf("%s: messages %q, want one holding %q", tc.name, got, tc.want)
			continue
		case tc.fix == "":
			continue
		}
		fixed := tc.fields
		for _, pair := range strings.Split(tc.fix, " | ") {
			old, repl, _ := strings.Cut(pair, " => ")
			if !strings.Contains(fixed, old) {
				t.Fatalf("%s: fix %q: no %q in the fields", tc.name, pair, old)
			}
			fixed = strings.Replace(fixed, old, repl, 1)
		}
		if got := messagesN(t, tc.doc, item18("x", fixed, "", tc.quote), ""); len(got) != 0 {
			t.Errorf("%s: after the advice (%q), messages %q, want none", tc.name, fixed, got)
		}
	}
}

// TestBaseOfOwnClause checks that the base a change with none is told
// comes from its own clause only (round N, s20n-population): a quarter's
// growth beside a year-on-year rate is not told the other's "a year
// earlier"; growth "over the year to June 2023" of that year has no other
// base; "the same period in 2019" of a year ending June is the year
// ending June 2019; and a day a year back keeps its day. Sentences of
// population, gambling, credit and cancer releases.
func TestBaseOfOwnClause(t *testing.T) {
	const population = "Australia’s population grew by 0.6 per cent in the June 2023 quarter, to be 2.4 per cent higher than a year earlier.\n" +
		"Australia’s population grew by 624,000 people over the year to June 2023, an increase of 2.4 per cent.\n" +
		"Short-term arrivals were 21.9 per cent below the same period in 2019.\n"
	const gambling = "Gaming machine spend rose 1.8 per cent in the March 2011 quarter, to be 4.2 per cent higher than a year earlier.\n"
	const credit = "Household deposits increased by 1.2% in April 2012, and fell by 3.5% compared with April 2011.\n"
	const cancer = "Registrations of cancer rose by 7,985 over the year to December 2018, an increase of 2.5 per cent on the previous year.\n"
	const au = "entities: [AU]\nstatus: estimate\nmeasure: change\ndirection: up\n"
	const nz = "entities: [NZ]\nstatus: fact\nmeasure: change\ndirection: up\n"
	checkAdvice(t, []adviceCase{
		{"population: a quarter's growth is not told the year-on-year's base", population,
			au + "stated: 0.6 per cent\nperiod: 2023-Q2", "grew by 0.6 per cent in the June 2023 quarter", "", ""},
		{"population: the year-on-year rate beside it is", population,
			au + "stated: 2.4 per cent\nperiod: 2023-Q2", "to be 2.4 per cent higher than a year earlier",
			`says "a year earlier": write base: 2022-Q2`, "period: 2023-Q2 => period: 2023-Q2\nbase: 2022-Q2"},
		{"population: a day a year earlier keeps its day", population,
			au + "stated: 2.4 per cent\nperiod: 2023-06-30", "to be 2.4 per cent higher than a year earlier",
			`write base: 2022-06-30`, "period: 2023-06-30 => period: 2023-06-30\nbase: 2022-06-30"},
		{"population: growth over the year to June of that year has no other base", population,
			au + "stated: 624,000 people\nperiod: 2022-07/2023-06", "grew by 624,000 people over the year to June 2023", "", ""},
		{"population: the same period in 2019 of a year ending June", population,
			"entities: [AU]\nstatus: estimate\nmeasure: change\ndirection: down\nstated: 21.9 per cent\nperiod: 2022-07/2023-06", "21.9 per cent below the same period in 2019",
			`says "same period in 2019": write base: 2018-07/2019-06`, "period: 2022-07/2023-06 => period: 2022-07/2023-06\nbase: 2018-07/2019-06"},
		{"gambling: a quarter's growth is not told the year-on-year's base", gambling,
			nz + "stated: 1.8 per cent\nperiod: 2011-Q1", "rose 1.8 per cent in the March 2011 quarter", "", ""},
		{"gambling: the year-on-year rate beside it is", gambling,
			nz + "stated: 4.2 per cent\nperiod: 2011-Q1", "to be 4.2 per cent higher than a year earlier",
			`write base: 2010-Q1`, "period: 2011-Q1 => period: 2011-Q1\nbase: 2010-Q1"},
		{"credit: another clause's comparand is not the first figure's", credit,
			"entities: [IE]\nstatus: fact\nmeasure: change\ndirection: up\nstated: 1.2%\nperiod: 2012-04", "increased by 1.2% in April 2012", "", ""},
		{"credit: the second clause's figure is told its own", credit,
			"entities: [IE]\nstatus: fact\nmeasure: change\ndirection: down\nstated: 3.5%\nperiod: 2012-04", "fell by 3.5% compared with April 2011",
			`says "compared with April 2011": write base: 2011-04`, "period: 2012-04 => period: 2012-04\nbase: 2011-04"},
		{"cancer: growth over the year to December of a year has no other base", cancer,
			"entities: [GB-ENG]\nstatus: fact\nmeasure: change\ndirection: up\nstated: 7,985\nunit: registration\nperiod: 2018-01/2018-12", "rose by 7,985 over the year to December 2018", "", ""},
		{"cancer: the rate beside it names its own comparand", cancer,
			"entities: [GB-ENG]\nstatus: fact\nmeasure: change\ndirection: up\nstated: 2.5 per cent\nperiod: 2018", "an increase of 2.5 per cent on the previous year",
			`says "previous year": write base: 2017`, "period: 2018 => period: 2018\nbase: 2017"},
	})
}
