package indicators_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// tableDoc holds pipe and aligned tables as stored pages of three kinds
// write them: an electoral statistics bulletin (ONS,
// testdata/kinds/elections), employment insurance claims (Statistics
// Canada's The Daily, a line of units and columns of changes and percent
// changes) and provincial GDP as an index (Statistics Canada, aligned
// columns).
const tableDoc = "Country | Parliamentary electoral registrations | Local government electoral registrations |\n---|---|---|\n" +
	"England | 38,889,429 | 40,882,721 |\nWales | 2,307,877 | 2,348,576 |\n" +
	"Download this table Table 1: Parliamentary and local government electoral registrations, December 2021\n\n" +
	"Initial and renewal claims received, by province and territory – Seasonally adjusted\n" +
	"January 2022 | January 2023p | January 2022 to January 2023 | January 2022 to January 2023 | |\n---|---|---|---|---|\n" +
	"number | number | change | % change | |\n" +
	"Canada | 344,920 | 253,700 | -91,220 | -26.4 |\nYukon | 310 | 320 | 10 | 3.2 |\n\n" +
	"Real gross domestic product, all industries\nGeography 2019 2020 2023\nindex (2019=100)\n" +
	"Nova Scotia 100 95.5 105.7\nYukon 100 101.8 118.6\n"

// TestTableQuotes: a quote of a pipe or aligned table's row, or of a cell
// with its row's label, states each of its cells; a figure no cell of the
// row is is refused with the row's cells under their column's labels; a
// cell under a column whose label or unit writes "%" is a percent.
func TestTableQuotes(t *testing.T) {
	const reg = "entities: [GB-ENG]\nstatus: fact\nmeasure: stock\nperiod: 2021-12\nunit: registration\n"
	const claims = "entities: [CA]\nstatus: fact\n"
	tests := []struct {
		name, fields, quote string
		want                []string // nil: it verifies
	}{
		{"a cell with its row's label", reg + "stated: 38,889,429", "England | 38,889,429", nil},
		{"a whole row states its last cell", reg + "stated: 40,882,721", "England | 38,889,429 | 40,882,721 |", nil},
		{"a figure no cell of the row is", reg + "stated: 38,889,430", "England | 38,889,429 | 40,882,721 |",
			[]string{`the quote does not state "38,889,430": the quote is in the pipe table's row "England | 38,889,429 | 40,882,721 |", whose cells read England: 38,889,429 (Parliamentary electoral registrations) | 40,882,721 (Local government electoral registrations), none of them the figure: fix the figure, or quote the row that states it`}},
		{"a percent change under \"% change\"", claims + "measure: change\nperiod: 2023-01\nbase: 2022-01\nstated: \"-26.4\"\nunit: percent", "Canada | 344,920 | 253,700 | -91,220 | -26.4 |", nil},
		{"a cell under \"% change\", the unit left out", claims + "measure: change\nperiod: 2023-01\nbase: 2022-01\nstated: \"3.2\"", "Yukon | 310 | 320 | 10 | 3.2 |",
			[]string{`"3.2" stands in a table whose row label or header writes "%" ("Yukon | 310 | 320 | 10 | 3.2 |"), so it is 3.2 percent: write unit: percent (stated stays "3.2")`}},
		{"unit percent on a cell under \"number\"", claims + "measure: count\nperiod: 2023-01\nstated: \"320\"\nunit: percent", "Yukon | 310 | 320 | 10 | 3.2 |",
			[]string{`unit percent says "320" is a percent, but it is no cell of a table row whose label or table header writes "%": where the quote writes the figure with "%" or "percent", write stated as it does; otherwise leave unit out`}},
		{"an aligned row states its cell", "entities: [CA-NS]\nstatus: fact\nmeasure: level\nperiod: 2023\nbase: 2019\nunit: index\nstated: \"105.7\"", "Nova Scotia 100 95.5 105.7", nil},
		{"an aligned row, a figure no cell is", "entities: [CA-NS]\nstatus: fact\nmeasure: level\nperiod: 2023\nbase: 2019\nunit: index\nstated: \"105.8\"", "Nova Scotia 100 95.5 105.7",
			[]string{`the quote does not state "105.8": the quote is in the aligned table's row "Nova Scotia 100 95.5 105.7", whose cells read Nova Scotia: 100 (2019) | 95.5 (2020) | 105.7 (2023), none of them the figure: fix the figure, or quote the row that states it`}},
	}
	for _, tc := range tests {
		got := parseEntryIn(t, tableDoc, tc.fields, tc.quote)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: messages (-want +got):\n%s", tc.name, diff)
		}
	}
}
