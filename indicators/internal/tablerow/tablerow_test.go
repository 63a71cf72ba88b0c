package tablerow

import (
	"reflect"
	"strings"
	"testing"
)

// Tables flattened by a web page stored as text, from documents of four
// kinds: a household income survey (testdata/kinds/poverty), a tourism
// release (testdata/kinds/visitors), an industrial production release
// and a retail sales release (CSO pages found with the search tool), and
// a goods trade release (a CSO page, rows only).
func TestRows(t *testing.T) {
	type want struct {
		label   string
		cells   string // "text@head|…", or "" for a row not determined
		ways    int    // the splits shown where not determined
		percent bool
	}
	for _, tc := range []struct {
		name, text string
		rows       []want
	}{
		{"poverty: years glued in the header, one decimal each", `X-axis label202120222023
At Risk of Poverty11.812.510.6
Deprivation13.716.617.3
Consistent Poverty4.24.93.6
Deprivation Rate for those at Risk of Poverty35.638.933.8
`, []want{
			{"At Risk of Poverty", "11.8@2021|12.5@2022|10.6@2023", 0, false},
			{"Deprivation", "13.7@2021|16.6@2022|17.3@2023", 0, false},
			{"Consistent Poverty", "4.2@2021|4.9@2022|3.6@2023", 0, false},
			{"Deprivation Rate for those at Risk of Poverty", "35.6@2021|38.9@2022|33.8@2023", 0, false},
		}},
		{"visitors: thousands grouped, the column count of the rows that are determined", `  Overseas trips to Ireland Trips by Irish residents overseas
‘000 ‘000
Reason for journeyJul - Sep 2014Jul - Sep 2015 Jul - Sep 2014Jul - Sep 2015
Business291332 190202
Visits to Friends/Relatives643640 440419
Holiday/Leisure/Recreation1,2501,485 1,4461,515
Other256315 3550
Total2,4402,771 2,1122,186
`, []want{
			{"Business", "291@Jul - Sep 2014|332@Jul - Sep 2015|190@Jul - Sep 2014|202@Jul - Sep 2015", 0, false},
			{"Visits to Friends/Relatives", "643@Jul - Sep 2014|640@Jul - Sep 2015|440@Jul - Sep 2014|419@Jul - Sep 2015", 0, false},
			{"Holiday/Leisure/Recreation", "1,250@Jul - Sep 2014|1,485@Jul - Sep 2015|1,446@Jul - Sep 2014|1,515@Jul - Sep 2015", 0, false},
			{"Other", "", 2, false}, // "3550": 3|550, 35|50 or 355|0
			{"Total", "2,440@Jul - Sep 2014|2,771@Jul - Sep 2015|2,112@Jul - Sep 2014|2,186@Jul - Sep 2015", 0, false},
		}},
		{"industry: header words glued, a month's year at the front, signs, % in the label", `Seasonally Adjusted Manufacturing Industries
(Base Year 2015 = 100)
Production IndexTurnover Index
October 2018109.0108.0
September 2018109.2109.9
Monthly % change-0.2-1.8
Annual % change4.93.8
May 2018 - July 201898.7102.3
% change9.76.2
`, []want{
			{"October 2018", "109.0@Production Index|108.0@Turnover Index", 0, false},
			{"September 2018", "109.2@Production Index|109.9@Turnover Index", 0, false},
			{"Monthly % change", "-0.2@Production Index|-1.8@Turnover Index", 0, true},
			{"Annual % change", "4.9@Production Index|3.8@Turnover Index", 0, true},
			{"May 2018 - July 2018", "98.7@Production Index|102.3@Turnover Index", 0, false},
			{"% change", "9.7@Production Index|6.2@Turnover Index", 0, true},
		}},
		{"retail: a zero cell", `     Volume IndexValue Index
October 2017112.6106.2
Monthly % change0.00.1
`, []want{
			{"October 2017", "112.6@Volume Index|106.2@Value Index", 0, false},
			{"Monthly % change", "0.0@Volume Index|0.1@Value Index", 0, true},
		}},
		{"trade: thousands in comma groups, three columns, no header of columns", `Seasonally adjusted
€ million
January 201710,5855,5465,039
April 20179,5326,3943,139
`, []want{
			{"January 2017", "10,585|5,546|5,039", 0, false},
			{"April 2017", "9,532|6,394|3,139", 0, false},
		}},
		{"trade: the count of the header's glued words decides where a small first cell would make four", `€ million
 ExportsImportsSurplus
February 202012,1158,1883,927
March 202017,1146,67710,437
`, []want{
			{"February 2020", "12,115@Exports|8,188@Imports|3,927@Surplus", 0, false},
			{"March 2020", "17,114@Exports|6,677@Imports|10,437@Surplus", 0, false},
		}},
		{"a label in another script's letters", "Émigrés12.413.1\n", []want{{"Émigrés", "12.4|13.1", 0, false}}},
		{"a year opening the row", `2018109.0108.0
2019111.2110.4
`, []want{
			{"2018", "109.0|108.0", 0, false},
			{"2019", "111.2|110.4", 0, false},
		}},
	} {
		rows := Rows(tc.text)
		var got []want
		for _, r := range rows {
			w := want{label: r.Label, ways: len(r.Ways), percent: r.Percent}
			var cs []string
			for _, c := range r.Cells {
				if tc.text[c.Start:c.End] != c.Text {
					t.Errorf("%s: cell %q at %d..%d reads %q", tc.name, c.Text, c.Start, c.End, tc.text[c.Start:c.End])
				}
				if c.Head != "" {
					cs = append(cs, c.Text+"@"+c.Head)
				} else {
					cs = append(cs, c.Text)
				}
			}
			w.cells = strings.Join(cs, "|")
			got = append(got, w)
		}
		if !reflect.DeepEqual(got, tc.rows) {
			t.Errorf("%s:\n got %+v\nwant %+v", tc.name, got, tc.rows)
		}
	}
}

// Lines that are no rows of a table whose cells run together.
func TestNoRows(t *testing.T) {
	for _, text := range []string{
		"The rate was 10.6% in 2023, down from 12.5% in 2022.\n",
		"Source: FIRE0102\n",
		"‘000 ‘000\nBusiness291 190\n",    // no run is glued cells
		"in the financial year 2014-15\n", // a sentence's range
		"Table 5.1\nSee figure 5.1 and table 5.1.\n",
		"X-axis label202120222023\n", // a header alone
		"London 12.5 13.1 14.0\n",    // cells apart
		"Table A1.2.3\n",             // a section's number
		"Median weekly pay£612.5\n",  // one number glued to its label
		"On-line ISSN 2009-5155\n",   // a code after a word
		"‘000 ‘000\n",                // a table's scale marks
	} {
		if rows := Rows(text); len(rows) > 0 {
			t.Errorf("%q: read %+v", text, rows)
		}
	}
}

// RowAt finds the row holding a position from inside its block.
func TestRowAt(t *testing.T) {
	text := "Poverty\n\nX-axis label202120222023\nAt Risk of Poverty11.812.510.6\nDeprivation13.716.617.3\n\nOne in four.\n"
	at := strings.Index(text, "16.6")
	r, ok := RowAt(text, at)
	if !ok || r.Label != "Deprivation" || len(r.Cells) != 3 || r.Cells[1].Text != "16.6" || r.Cells[1].Head != "2022" {
		t.Errorf("RowAt(16.6) = %+v, %v", r, ok)
	}
	if _, ok := RowAt(text, strings.Index(text, "One")); ok {
		t.Errorf("RowAt(One) found a row")
	}
}
