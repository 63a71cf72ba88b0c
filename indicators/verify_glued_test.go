package indicators_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// gluedDoc holds tables whose cells run together, as three kinds of
// statistics web page stored as text flatten them: a household income
// survey's chart data (testdata/kinds/poverty), a tourism release's
// summary table (testdata/kinds/visitors) and an industrial production
// release's headline table (a CSO page found with the search tool).
const gluedDoc = "Poverty\n\n" +
	"X-axis label202120222023\nAt Risk of Poverty11.812.510.6\nDeprivation13.716.617.3\nConsistent Poverty4.24.93.6\n\n" +
	"Tourism\n\n" +
	"'000 '000\nReason for journeyJul - Sep 2014Jul - Sep 2015 Jul - Sep 2014Jul - Sep 2015\nBusiness291332 190202\nOther256315 3550\nTotal2,4402,771 2,1122,186\n\n" +
	"Industry\n\n" +
	"Production IndexTurnover Index\nOctober 2018109.0108.0\nAnnual % change4.93.8\n\n" +
	"Retail\n\nVolume Index Value Index\nAnnual % change 5.8 5.3\n\n" +
	"Exports rose to 12,345 tonnes in 2023.\n"

// TestGluedQuotes: a quote of a whole row states each of its determined
// cells; a quote that starts or ends inside a number is refused, saying
// which number it cuts and what to quote; a row whose cells are not
// determined is said to be so, with what to quote; a "%" in a row's label
// makes its cells percents, as "'000" makes a table's cells thousands.
func TestGluedQuotes(t *testing.T) {
	const base = "entities: [IE]\nstatus: fact\n"
	tests := []struct {
		name, fields, quote string
		want                []string // nil: it verifies
	}{
		{"a whole row states its middle cell", base + "measure: share\nperiod: 2022\nstated: \"16.6\"", "Deprivation13.716.617.3", nil},
		{"a whole row states its first cell", base + "measure: share\nperiod: 2021\nstated: \"13.7\"", "Deprivation13.716.617.3", nil},
		{"a cell alone, at its borders", base + "measure: share\nperiod: 2023\nstated: \"17.3\"", "17.3", nil},
		{"a cell of a row determined by the table's other rows", base + "measure: flow\nperiod: 2015-Q3\nstated: \"332\"\nunit: trip\nscale: thousand", "Business291332 190202", nil},
		{"a whole row, thousands in comma groups", base + "measure: flow\nperiod: 2015-Q3\nstated: \"2,186\"\nunit: trip\nscale: thousand", "Total2,4402,771 2,1122,186", nil},
		{"a whole row after its month's year", base + "measure: level\nperiod: 2018-10\nstated: \"108.0\"", "October 2018109.0108.0", nil},
		{"the row's run, its month's year glued to it", base + "measure: level\nperiod: 2018-10\nstated: \"109.0\"", "2018109.0108.0", nil},
		{"a figure no cell of the row is", base + "measure: share\nperiod: 2023\nstated: \"17.4\"", "Deprivation13.716.617.3",
			[]string{`the quote does not state "17.4": the quote is in the table row "Deprivation13.716.617.3", whose cells run together and read Deprivation: 13.7 | 16.6 | 17.3, none of them the figure: fix the figure, or quote the row that states it`}},
		{"a quote that starts inside a cell", base + "measure: level\nperiod: 2018-10\nstated: \"9.0108\"", "9.0108",
			[]string{`the quote starts inside "109.0", a cell of the table row "October 2018109.0108.0", whose cells run together and read October 2018: 109.0 | 108.0: quote the cell "109.0", or the whole row`}},
		{"a quote that ends inside a cell", base + "measure: level\nperiod: 2018-10\nstated: \"109.0\"", "October 2018109.0108",
			[]string{`the quote ends inside "108.0", a cell of the table row "October 2018109.0108.0", whose cells run together and read October 2018: 109.0 | 108.0: quote the cell "108.0", or the whole row`}},
		{"a quote that ends inside a number of prose", base + "measure: flow\nperiod: 2023\nstated: \"12\"", "Exports rose to 12",
			[]string{`the quote ends inside the number "12,345", so its figure is none the document writes: quote the whole number "12,345", or, for the figure where it stands apart, give that quote's start and end`}},
		{"a row not determined, quoted whole", base + "measure: flow\nperiod: 2015-Q3\nstated: \"50\"\nunit: trip\nscale: thousand", "Other256315 3550",
			[]string{`the quote does not state "50": the quote is in the table row "Other256315 3550", whose cells run together, and where they begin is not determined (it reads "256 | 315 | 3 | 550" or "256 | 315 | 35 | 50", and maybe more ways): quote the cell alone and give its start and end, or the row's label with the cell glued to it, where it is the row's first`}},
		{"a row not determined, its first cell with its label", base + "measure: flow\nperiod: 2014-Q3\nstated: \"256\"\nunit: trip\nscale: thousand", "Other256", nil},
		{"a row whose label writes %, the unit left out", base + "measure: change\nperiod: 2018-10\nstated: \"4.9\"", "Annual % change4.93.8",
			[]string{`"4.9" stands in a table whose row label or header writes "%" ("Annual % change4.93.8"), so it is 4.9 percent: write unit: percent (stated stays "4.9")`}},
		{"a row whose label writes %, unit percent", base + "measure: change\nperiod: 2018-10\nstated: \"4.9\"\nunit: percent", "Annual % change4.93.8", nil},
		{"a row whose cells stand apart, its label writing %", base + "measure: change\nperiod: 2018-10\nstated: \"5.3\"\nunit: percent", "5.3", nil},
		{"a percent stated against such a cell", base + "measure: change\nperiod: 2018-10\nstated: 5.3%", "5.3",
			[]string{`the quote does not state "5.3%": its number agrees, but the quote writes "5.3" with no percent sign, and the table's "%" makes its cells percents: write stated: "5.3" and unit: percent`}},
		{"unit percent where no % is written", base + "measure: share\nperiod: 2023\nstated: \"17.3\"\nunit: percent", "Deprivation13.716.617.3",
			[]string{`unit percent says "17.3" is a percent, but it is no cell of a table row whose label or table header writes "%": where the quote writes the figure with "%" or "percent", write stated as it does; otherwise leave unit out`}},
	}
	for _, tc := range tests {
		got := parseEntryIn(t, gluedDoc, tc.fields, tc.quote)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: messages (-want +got):\n%s", tc.name, diff)
		}
	}
}
