package indicators_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// footnoteDoc is the text of the footnote and scale cases: an A&E release
// (round C's hospitals user, marker 4 glued to "million"), a trade release
// and a population release.
const footnoteDoc = `A&E attendances rose from 14.3 million4 in 2013/14 to 14.6 million.
Exports reached $2.5 billion2 in 2019, from 2.1 billion.
The population was 3.4 million people in 2020, and 7 regions reported.`

// TestScaleAndFootnote checks that a footnote marker glued to a scale
// word ("14.3 million4") is read as a marker, not as a counted noun
// "million4" that loses the scale, and that a stated figure missing the
// scale word its quote writes after the number is refused with what to
// write: both were million-fold errors that verified.
func TestScaleAndFootnote(t *testing.T) {
	const base = "entities: [GB]\nstatus: fact\nperiod: 2014\nmeasure: flow\n"
	tests := []struct {
		name, fields, quote string
		want                []string // nil: it verifies
	}{
		{"the figure before the marker", base + "stated: 14.3 million\nunit: attendance", "from 14.3 million4 in 2013/14", nil},
		{"the marker in stated", base + "stated: 14.3 million4", "from 14.3 million4 in 2013/14",
			[]string{`cannot read figure "14.3 million4": "million4" reads as the scale word "million" with the footnote marker "4" glued on: write "14.3 million" without the marker (verify reads the quote past it)`}},
		{"the scale left out", base + "stated: \"14.3\"\nunit: attendance", "from 14.3 million4 in 2013/14",
			[]string{`the quote writes "million4" after "14.3", a scale word the stated figure lacks, so "14.3" would be read a million times too small: write stated: "14.3 million"`}},
		{"money, the marker", base + "stated: $2.5 billion", "Exports reached $2.5 billion2 in 2019", nil},
		{"money, the scale left out", base + "stated: \"$2.5\"", "Exports reached $2.5 billion2 in 2019",
			[]string{`the quote writes "billion2" after "$2.5", a scale word the stated figure lacks, so "$2.5" would be read a billion times too small: write stated: "$2.5 billion"`}},
		{"people, the scale left out", base + "stated: \"3.4\"\nunit: person", "The population was 3.4 million people",
			[]string{`the quote writes "million" after "3.4", a scale word the stated figure lacks, so "3.4" would be read a million times too small: write stated: "3.4 million"`}},
		{"a count with no scale", base + "stated: \"7\"\nunit: region", "and 7 regions reported", nil},
		{"a marker on the noun", base + "stated: 14.6 million attendances4", "to 14.6 million.",
			[]string{`cannot read figure "14.6 million attendances4": "attendances4" reads as "attendances" with the footnote marker "4" glued on: write "14.6 million attendances" without the marker (verify reads the quote past it)`}},
	}
	for _, tt := range tests {
		got := parseEntryIn(t, footnoteDoc, tt.fields, tt.quote)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Parse messages (-want +got):\n%s", tt.name, diff)
		}
	}
}
