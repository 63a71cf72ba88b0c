package indicators_test

import (
	"fmt"
	"strings"
	"testing"
)

// issuedMessages is catalogMessages with the source's issue date.
func issuedMessages(t *testing.T, doc, issued, items string) []string {
	t.Helper()
	y := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    issued: %s\n    text: doc.txt\n    sha256: %s\nindicators:\n%s", issued, sha(doc), items)
	return parseMessages(t, "c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(doc), nil })
}

// TestVerify39Notices checks session 35's notices on sentences of the
// genre, with near misses: a period of another length than the span its
// quote names, a figure the document expects held as a fact, a month
// named without its year dated a year early, a change of one month or
// quarter in percent or points with no base, and a level with no unit
// beside its change in points (s35f: five users who wrote a catalog by
// hand from the README).
func TestVerify39Notices(t *testing.T) {
	const gb = "entities: [GB]\nstatus: estimate\n"
	const doc = "Regular pay growth fell to 5.6% in the three months to May.\n" +
		"The rate was 4.4% in the year to March 2024.\n" +
		"Of adults, 27% volunteered in the year ending in September 2013.\n" +
		"Inflation is expected to increase to 2.7% in the second half of this year.\n" +
		"Inflation was higher than expected at 2.7% in June.\n" +
		"Inflation was at the 2% target in both May and June.\n" +
		"Productivity fell by 0.3% in the first quarter.\n" +
		"Productivity fell by 0.4% in Q1 and was 0.5% lower than a year earlier.\n" +
		"The indicator fell 6.4 points in September to 90.8.\n" +
		"Employment rose by 40,000 in May.\n"
	tests := []struct {
		name, issued, items string
		want                string // what the one message holds; "" for none
		fix                 string
	}{
		// A span of months ending in a month.
		{"three months given one month", "2024-08-01",
			titledItem("x", "Regular pay growth", gb+"measure: level\nstated: 5.6%\nperiod: 2024-05", "Regular pay growth fell to 5.6% in the three months to May."),
			`the quote says "three months to May", 3 months ending in May 2024, but period 2024-05 spans one month: write period: 2024-03/2024-05`,
			"period: 2024-05 => period: 2024-03/2024-05"},
		{"a year counted with both ends", "2014-03-01",
			titledItem("x", "Adults who volunteered", gb+"measure: share\nstated: 27%\nperiod: 2012-09/2013-09", "Of adults, 27% volunteered in the year ending in September 2013."),
			`spans 13 months: write period: 2012-10/2013-09`,
			"period: 2012-09/2013-09 => period: 2012-10/2013-09"},
		{"a 12-month rate dated by its month", "2024-05-01",
			titledItem("x", "Rate", gb+"measure: level\nstated: 4.4%\nperiod: 2024-03", "The rate was 4.4% in the year to March 2024."), "", ""},
		{"a year of twelve months", "2014-03-01",
			titledItem("x", "Adults who volunteered", gb+"measure: share\nstated: 27%\nperiod: 2012-10/2013-09", "Of adults, 27% volunteered in the year ending in September 2013."), "", ""},

		// A figure the document expects.
		{"expected, held as a fact", "2024-08-01",
			titledItem("x", "Inflation", "entities: [GB]\nstatus: fact\nmeasure: level\nstated: 2.7%\nperiod: 2024-H2", "Inflation is expected to increase to 2.7% in the second half of this year."),
			`the quote says "is expected to" before the figure: a figure the document expects is a projection, not a fact: write status: projection`,
			"status: fact => status: projection"},
		{"higher than expected is an outturn", "2024-08-01",
			titledItem("x", "Inflation", "entities: [GB]\nstatus: fact\nmeasure: level\nstated: 2.7%\nperiod: 2024-06", "Inflation was higher than expected at 2.7% in June."), "", ""},

		// A month named without its year.
		{"a month a year early", "2024-08-01",
			titledItem("x", "Inflation", "entities: [GB]\nstatus: fact\nmeasure: level\nstated: 2%\nperiod: 2023-05", "Inflation was at the 2% target in both May and June."),
			`period 2023-05 is more than a year before the source was issued (2024-08-01), and the quote names May with no year: a month named alone is the latest one before the release: write period: 2024-05`,
			"period: 2023-05 => period: 2024-05"},
		{"the latest month", "2024-08-01",
			titledItem("x", "Inflation", "entities: [GB]\nstatus: fact\nmeasure: level\nstated: 2%\nperiod: 2024-05", "Inflation was at the 2% target in both May and June."), "", ""},

		// A change of one month or quarter with no base.
		{"a quarter's change with no base", "2013-06-28",
			titledItem("x", "Productivity", gb+"measure: change\nstated: 0.3%\ndirection: down\nperiod: 2013-Q1", "Productivity fell by 0.3% in the first quarter."),
			`a change of one quarter with no base, and its quote names no comparand: a monthly or quarterly release's change that names none is on the quarter before, by the release's convention: where it is, write base: 2012-Q4 (the outputs then print "from Q4 2012 to Q1 2013")`,
			"period: 2013-Q1 => period: 2013-Q1\nbase: 2012-Q4"},
		{"a year earlier is the other clause's", "2013-06-28",
			titledItem("x", "Productivity", gb+"measure: change\nstated: 0.4%\ndirection: down\nperiod: 2013-Q1", "Productivity fell by 0.4% in Q1 and was 0.5% lower than a year earlier."),
			`write base: 2012-Q4`, "period: 2013-Q1 => period: 2013-Q1\nbase: 2012-Q4"},
		{"the clause's own year earlier", "2013-06-28",
			titledItem("x", "Productivity", gb+"measure: change\nstated: 0.5%\ndirection: down\nperiod: 2013-Q1", "Productivity fell by 0.4% in Q1 and was 0.5% lower than a year earlier."),
			`its sentence says "a year earlier": write base: 2012-Q1`, "period: 2013-Q1 => period: 2013-Q1\nbase: 2012-Q1"},
		{"a count's change is not told", "2022-06-10",
			titledItem("x", "Employment", gb+"measure: change\nstated: \"40,000\"\nunit: person\ndirection: up\nperiod: 2022-05", "Employment rose by 40,000 in May."), "", ""},
	}
	for _, tc := range tests {
		run := func(items string) []string { return issuedMessages(t, doc, tc.issued, items) }
		checkMessagesFix(t, tc.name, run, tc.items, "    ", tc.want, tc.fix)
	}
}

// TestLevelBesidePoints checks that a level with no unit whose quote
// gives its change in points is told to take the points' unit (an index
// or a score), and that one with a unit is not (s35f-confidence).
func TestLevelBesidePoints(t *testing.T) {
	const doc = "The indicator fell 6.4 points in September to 90.8.\n"
	change := titledItem("c", "Change in the indicator", "entities: [SE]\nstatus: estimate\nmeasure: change\nstated: 6.4 points\ndirection: down\nperiod: 2022-09\nbase: 2022-08", "The indicator fell 6.4 points in September to 90.8.")
	for _, tc := range []struct{ name, unit, want string }{
		{"no unit", "", `a level with no unit, and its quote's change "6.4 points" (indicator "c") is in points of it: write unit: index for a level of an index`},
		{"an index", "\nunit: index", ""},
		{"a score", "\nunit: point", ""},
	} {
		level := titledItem("l", "The indicator", "entities: [SE]\nstatus: estimate\nmeasure: level\nstated: \"90.8\"\nperiod: 2022-09"+tc.unit, "The indicator fell 6.4 points in September to 90.8.")
		got := issuedMessages(t, doc, "2022-09-28", level+change)
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("%s: messages %q, want none", tc.name, got)
		case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
			t.Errorf("%s: messages %q, want one holding %q", tc.name, got, tc.want)
		}
	}
}

// TestVerify39Quotes checks the quotes session 35's users were refused:
// a footnote marker glued after a percent ("rose by 0.3%1.") and one
// number of a vote written two ways ("5–4", "Four members"), with near
// misses.
func TestVerify39Quotes(t *testing.T) {
	const doc = "The number of hours worked rose by 0.3%1. Rates were 5.2%10.3% in the table.\n" +
		"The committee voted by a majority of 5–4 to cut the rate. Four members preferred to hold it.\n" +
		"Prices rose 5–4 per cent.\n"
	count := "entities: [GB]\nstatus: fact\nmeasure: count\nstated: Four\nunit: member\nperiod: 2024-07"
	for _, tc := range []struct{ name, items, want string }{
		{"a footnote after a percent", titledItem("x", "Hours worked", "entities: [GB]\nstatus: estimate\nmeasure: change\nstated: 0.3%\ndirection: up\nperiod: 2013-Q1\nbase: 2012-Q4", "The number of hours worked rose by 0.3%1."), ""},
		{"a glued row is no footnote", titledItem("x", "Rate", "entities: [GB]\nstatus: fact\nmeasure: level\nstated: 5.2%\nperiod: 2013", "Rates were 5.2%10.3% in the table."), `the quote does not state "5.2%"`},
		{"a vote's side quoted twice", strings.Replace(titledItem("x", "Members preferring to hold", count, "Four members preferred to hold it."), "    provenance:\n", "    provenance:\n      - source: doc\n        quote: The committee voted by a majority of 5–4 to cut the rate.\n", 1), ""},
		{"a range is no vote", titledItem("x", "Members", count, "Prices rose 5–4 per cent."), `the quote does not state "Four"`},
	} {
		got := issuedMessages(t, doc, "2024-08-01", tc.items)
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("%s: messages %q, want none", tc.name, got)
		case tc.want != "" && (len(got) == 0 || !strings.Contains(got[0], tc.want)):
			t.Errorf("%s: messages %q, want one holding %q", tc.name, got, tc.want)
		}
	}
}
