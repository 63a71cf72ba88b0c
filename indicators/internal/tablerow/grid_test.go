package tablerow

import (
	"strings"
	"testing"
)

// Tables written as pipe tables or aligned columns, from documents of five
// kinds: a benefits release (DWP, testdata/kinds/benefits: one column
// under a header whose words for the labels' column and the figures' run
// together), an electoral statistics bulletin (ONS, testdata/kinds/elections:
// no leading "|", the caption below), employment insurance claims
// (Statistics Canada's The Daily, table 2: a header over several lines, a
// line of units, footnote marks on periods), provincial GDP (Statistics
// Canada, data table for chart 1, in both forms: a line of units under
// the header) and employments by age and sex (Statistics Norway: leading
// "|", the label column's header lost, thousands apart by spaces, rows of
// a label alone heading the rows under them). Each row is written
// "form|label|section|caption" and its cells "text@head#unit" with "%"
// after a percent.
func TestGridRows(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		rows       []string
	}{
		{"elections: ONS, pipe table, caption below", `The total number of registrations is shown in Table 1.
Country | Parliamentary electoral registrations | Local government electoral registrations |
---|---|---|
United Kingdom | 46,560,452 | 48,844,292 |
Northern Ireland | 1,334,429 | 1,367,778 |
Download this table Table 1: Parliamentary and local government electoral registrations, December 2021
`, []string{
			"pipe table|United Kingdom||Parliamentary and local government electoral registrations, December 2021: 46,560,452@Parliamentary electoral registrations | 48,844,292@Local government electoral registrations",
			"pipe table|Northern Ireland||Parliamentary and local government electoral registrations, December 2021: 1,334,429@Parliamentary electoral registrations | 1,367,778@Local government electoral registrations",
		}},
		{"claims: Statistics Canada, header over lines, units, signs", `Table 2
Initial and renewal claims received, by province and territory – Seasonally adjusted
January 2022 |
December 2022p |
January 2023p |
December 2022 to January 2023 | January 2022 to January 2023 | December 2022 to January 2023 | January 2022 to January 2023 | |
---|---|---|---|---|---|---|---|
number | number | number | change | change | % change | % change | |
Canada | 344,920 | 245,250 | 253,700 | 8,450 | -91,220 | 3.4 | -26.4 |
p
preliminary
`, []string{
			"pipe table|Canada||Initial and renewal claims received, by province and territory – Seasonally adjusted: 344,920@January 2022#number | 245,250@December 2022p#number | 253,700@January 2023p#number | 8,450@December 2022 to January 2023#change | -91,220@January 2022 to January 2023#change | 3.4@December 2022 to January 2023#% change% | -26.4@January 2022 to January 2023#% change%",
		}},
		{"GDP: Statistics Canada, pipe table, a line of units in the label column", `Data table for Chart 1
Geography | 2019 | 2020 | 2023 |
---|---|---|---|
index (2019=100) | |||
Newfoundland and Labrador | 100 | 95.3 | 92.5 |
Canada | 100 | 95.1 | 105.4 |
Note: The reference year 2019 was used as the index.
`, []string{
			"pipe table|Newfoundland and Labrador||: 100@2019 | 95.3@2020 | 92.5@2023",
			"pipe table|Canada||: 100@2019 | 95.1@2020 | 105.4@2023",
		}},
		{"GDP: Statistics Canada, aligned, a header of years, a line of units", `Real gross domestic product, all industries, provinces and territories
Geography 2019 2020 2023
index (2019=100)
Newfoundland and Labrador 100 95.3 92.5
Prince Edward Island 100 97.1 110.8
Source(s): Table 36-10-0402-01.
`, []string{
			"aligned table|Newfoundland and Labrador||Real gross domestic product, all industries, provinces and territories: 100@2019 | 95.3@2020 | 92.5@2023",
			"aligned table|Prince Edward Island||Real gross domestic product, all industries, provinces and territories: 100@2019 | 97.1@2020 | 110.8@2023",
		}},
		{"employment: Statistics Norway, leading pipes, sections, thousands apart", `Number of employments, by age and sex

| 3rd quarter 2017 | Percentage change from 3rd quarter 2016 | |
|---|---|---|
| All ages | ||
| Both sexes | 2 857 108 | 1.7 |
| Less than 25 years | ||
| Males | 211 201 | 2.7 |
`, []string{
			"pipe table|Both sexes|All ages|Number of employments, by age and sex: 2 857 108@3rd quarter 2017 | 1.7@Percentage change from 3rd quarter 2016%",
			"pipe table|Males|Less than 25 years|Number of employments, by age and sex: 211 201@3rd quarter 2017 | 2.7@Percentage change from 3rd quarter 2016%",
		}},
		{"employment by industry: Statistics Canada, aligned, sections, seven columns", `Newfoundland and Labrador
Total employed, all industries 234.5 238.3 2.3 3.8 5.7 1.6 2.5
Goods-producing sector 51.7 51.5 1.5 -0.2 3.4 -0.4 7.1
Prince Edward Island
Total employed, all industries 83.9 85.6 1.1 1.7 2.1 2.0 2.5
`, []string{
			"aligned table|Total employed, all industries|Newfoundland and Labrador|: 234.5 | 238.3 | 2.3 | 3.8 | 5.7 | 1.6 | 2.5",
			"aligned table|Goods-producing sector|Newfoundland and Labrador|: 51.7 | 51.5 | 1.5 | -0.2 | 3.4 | -0.4 | 7.1",
			"aligned table|Total employed, all industries|Prince Edward Island|: 83.9 | 85.6 | 1.1 | 1.7 | 2.1 | 2.0 | 2.5",
		}},
		{"benefits: DWP, one column under its header, a footnote's mark", `DWP benefits by number of claimants at August 2022

Benefit Number of claimants
State Pension 12,579,000
Personal Independence Payment * 2,774,000
Jobseeker’s Allowance 89,000

Source: DWP benefits statistics
`, []string{
			"aligned table|State Pension||DWP benefits by number of claimants at August 2022: 12,579,000",
			"aligned table|Personal Independence Payment||DWP benefits by number of claimants at August 2022: 2,774,000",
			"aligned table|Jobseeker’s Allowance||DWP benefits by number of claimants at August 2022: 89,000",
		}},
	} {
		var got []string
		for _, r := range Rows(tc.text) {
			var cs []string
			for _, c := range r.Cells {
				if tc.text[c.Start:c.End] != c.Text {
					t.Errorf("%s: cell %q at %d..%d reads %q", tc.name, c.Text, c.Start, c.End, tc.text[c.Start:c.End])
				}
				s := c.Text
				if c.Head != "" {
					s += "@" + c.Head
				}
				if c.Unit != "" {
					s += "#" + c.Unit
				}
				if c.Percent {
					s += "%"
				}
				cs = append(cs, s)
			}
			got = append(got, strings.Join([]string{r.Form.String(), r.Label, r.Section, r.Caption}, "|")+": "+strings.Join(cs, " | "))
		}
		if strings.Join(got, "\n") != strings.Join(tc.rows, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.rows)
		}
	}
}

// Lines with pipes or figures apart by spaces that are no table's rows.
func TestNoGridRows(t *testing.T) {
	for _, text := range []string{
		"Release Date: September 9, 2015  |  Next Release Date: October 6, 2015\n",                               // pipes, no line of dashes
		"Press enquiries: 0300 123 3535\n",                                                                       // one line of figures apart
		"Country | 2020 | 2021 |\nUnited Kingdom | 1 | 2 |\n",                                                    // no line of dashes
		"The rate rose in 2020 2021 and 2022.\nIt fell in 2023 2024.\n",                                          // prose
		"At risk of poverty\n\n10.6%\nof people\nwere at risk of poverty in 2023\ncompared with 12.5% in 2022\n", // a headline's lines (testdata/kinds/poverty)
		"London 12.5 13.1\nParis 10.2\n",                                                                         // two rows, counts differ
	} {
		if rows := Rows(text); len(rows) > 0 {
			t.Errorf("%q: read %+v", text, rows)
		}
	}
}

// RowAt finds a pipe table's row from a position in it, with its cells'
// labels.
func TestRowAtPipe(t *testing.T) {
	text := "Shown in Table 1.\nCountry | Parliamentary electoral registrations | Local government electoral registrations |\n---|---|---|\nEngland | 38,889,429 | 40,882,721 |\nWales | 2,307,877 | 2,348,576 |\nDownload this table Table 1: Registrations, December 2021\n"
	r, ok := RowAt(text, strings.Index(text, "2,348,576"))
	if !ok || r.Form != Pipe || r.Label != "Wales" || len(r.Cells) != 2 || r.Cells[1].Head != "Local government electoral registrations" {
		t.Errorf("RowAt(2,348,576) = %+v, %v, want the row Wales", r, ok)
	}
	if _, ok := RowAt(text, strings.Index(text, "Shown")); ok {
		t.Errorf("RowAt(Shown) found a row")
	}
}
