package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestGluedRowsDrafted: each cell of a determined row is drafted, field by
// field — title from the row's label and the column's header, period from
// the header (or the label), the table's scale and percent sign — with the
// row as its quote; a row whose cells are not determined is named in a
// comment, and no fragment of any row is drafted. Tables from a household
// income survey (testdata/kinds/poverty), a tourism release
// (testdata/kinds/visitors) and an industrial production release (a CSO
// page found with the search tool).
func TestGluedRowsDrafted(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // stated | title | period | unit | scale | measure
		notes      []string // the rows not determined
	}{
		{"poverty", "Poverty\n\nX-axis label202120222023\nDeprivation13.716.617.3\nConsistent Poverty4.24.93.6\n\nThe at risk of poverty rate was 10.6% in 2023.\n", []string{
			"13.7 | Deprivation | 2021 |  |  | level",
			"16.6 | Deprivation | 2022 |  |  | level",
			"17.3 | Deprivation | 2023 |  |  | level",
			"4.2 | Consistent Poverty | 2021 |  |  | level",
			"4.9 | Consistent Poverty | 2022 |  |  | level",
			"3.6 | Consistent Poverty | 2023 |  |  | level",
			"10.6% | ",
		}, nil},
		{"visitors", "Tourism and Travel\n\n  Overseas trips to Ireland Trips by Irish residents overseas\n‘000 ‘000\nReason for journeyJul - Sep 2014Jul - Sep 2015 Jul - Sep 2014Jul - Sep 2015\nBusiness291332 190202\nOther256315 3550\nTotal2,4402,771 2,1122,186\n\nThe number of overseas trips to Ireland increased from 2.440 million in Quarter 3 2014 to 2.771 million trips in Quarter 3 2015.\n", []string{
			"291 | Overseas trips to Ireland, business | 2014-Q3 | trip | thousand | flow",
			"332 | Overseas trips to Ireland, business | 2015-Q3 | trip | thousand | flow",
			"190 | Trips by Irish residents overseas, business | 2014-Q3 | trip | thousand | flow",
			"202 | Trips by Irish residents overseas, business | 2015-Q3 | trip | thousand | flow",
			// 2,440 and 2,771 give way to the text's 2.440 and 2.771 million.
			"2,112 | Trips by Irish residents overseas, total | 2014-Q3 | trip | thousand | flow",
			"2,186 | Trips by Irish residents overseas, total | 2015-Q3 | trip | thousand | flow",
			"2.440 million | Overseas trips to Ireland | 2014-Q3 | trip | million | flow",
			"2.771 million trips | Overseas trips to Ireland | 2015-Q3 | trip | million | flow",
		}, []string{`Other256315 3550`}},
		{"industry", "Industrial Production & Turnover\n\nSeasonally Adjusted Manufacturing Industries\n(Base Year 2015 = 100)\nProduction IndexTurnover Index\nOctober 2018109.0108.0\nAnnual % change4.93.8\n", []string{
			"100 | Base Year | ", // the header's base, drafted as before
			"109.0 | Production Index | 2018-10 |  |  | level",
			"108.0 | Turnover Index | 2018-10 |  |  | level",
			"4.9 | Production Index, annual % change | 2018-10 | percent |  | change",
			"3.8 | Turnover Index, annual % change | 2018-10 | percent |  | change",
		}, nil},
	} {
		d := newDocDraft(DraftSource{ID: "doc", TextPath: "doc.txt", Text: tc.text}, map[string]int{})
		var notes, drafted []string
		for _, cl := range d.claims() {
			switch {
			case strings.Contains(cl.skip, "cells run together"):
				notes = append(notes, cl.skip)
			case cl.skip == "":
				ind := cl.ind
				row := ind.Stated + " | " + ind.Title + " | " + ind.Period.String() + " | " + ind.Unit.String() + " | " + ind.Quantity.Scale.String() + " | " + ind.Measure.String()
				drafted = append(drafted, row)
				if sp := ind.Provenance[0].Span; tc.text[sp.Start:sp.End] != ind.Provenance[0].Quote {
					t.Errorf("%s: %s: quote %q is not at its span", tc.name, ind.Stated, ind.Provenance[0].Quote)
				}
			}
		}
		if len(drafted) != len(tc.want) {
			t.Errorf("%s: drafted\n%s\nwant\n%s", tc.name, strings.Join(drafted, "\n"), strings.Join(tc.want, "\n"))
			continue
		}
		for i := range drafted {
			if !strings.HasPrefix(drafted[i], tc.want[i]) {
				t.Errorf("%s: drafted %q, want %q…", tc.name, drafted[i], tc.want[i])
			}
		}
		if len(notes) != len(tc.notes) {
			t.Errorf("%s: comments %q, want the rows %q", tc.name, notes, tc.notes)
		}
		for i := range min(len(notes), len(tc.notes)) {
			if !strings.Contains(notes[i], tc.notes[i]) || !strings.Contains(notes[i], "not determined") {
				t.Errorf("%s: comment %q, want the row %q not determined", tc.name, notes[i], tc.notes[i])
			}
		}
	}
}

// TestTableCellsDrafted: a pipe or aligned table's cells are drafted by
// the one drafter of a table's cells, field by field — title from the
// column's label or the caption with the row's label and section, unit
// from what they count or the "%" or "index" of a column or the units'
// line, period from the column's header, the caption or the change's
// header, the place of the row's label — and no figure of the table's
// header, units or sections is drafted as one of its own. Tables from an
// electoral statistics bulletin (ONS, testdata/kinds/elections),
// employment insurance claims and provincial GDP (Statistics Canada, found
// with the search tool, corpus pages), and employments by age and sex
// (Statistics Norway, found the same way). The measure of the
// registrations is the measure reader's (it reads flow where the hand
// reads stock), so it is not asserted here.
func TestTableCellsDrafted(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // stated | title | period | base | unit | measure | entities
	}{
		{"elections: ONS", "2. Number of electoral registrations\nThe numbers are shown in Table 1.\nCountry | Parliamentary electoral registrations | Local government electoral registrations |\n---|---|---|\nUnited Kingdom | 46,560,452 | 48,844,292 |\nWales | 2,307,877 | 2,348,576 |\nDownload this table Table 1: Parliamentary and local government electoral registrations, December 2021\n", []string{
			"46,560,452 | Parliamentary electoral registrations, United Kingdom | 2021-12 | not stated | registration | ",
			"48,844,292 | Local government electoral registrations, United Kingdom | 2021-12 | not stated | registration | ",
			"2,307,877 | Parliamentary electoral registrations, Wales | 2021-12 | not stated | registration | ",
			"2,348,576 | Local government electoral registrations, Wales | 2021-12 | not stated | registration | ",
		}},
		{"claims: Statistics Canada", "Table 2\nInitial and renewal claims received, by province and territory – Seasonally adjusted\nJanuary 2022 |\nJanuary 2023p |\nJanuary 2022 to January 2023 | January 2022 to January 2023 | |\n---|---|---|---|---|\nnumber | number | change | % change | |\nYukon | 310 | 320 | 10 | 3.2 |\np\npreliminary\n", []string{
			"310 | Initial and renewal claims received, Yukon | 2022-01 | not stated |  | count | [CA-YT]",
			"320 | Initial and renewal claims received, Yukon | 2023-01 | not stated |  | count | [CA-YT]",
			"10 | Change in initial and renewal claims received, Yukon | 2023-01 | 2022-01 |  | change | [CA-YT]",
			"3.2 | Percentage change in initial and renewal claims received, Yukon | 2023-01 | 2022-01 | percent | change | [CA-YT]",
		}},
		{"GDP: Statistics Canada, aligned", "Real gross domestic product, all industries, provinces and territories\nGeography 2019 2020 2023\nindex (2019=100)\nNova Scotia 100 95.5 105.7\nYukon 100 101.8 118.6\n", []string{
			"100 | Real gross domestic product, Nova Scotia | 2019 | 2019 | index | level | [CA-NS]",
			"95.5 | Real gross domestic product, Nova Scotia | 2020 | 2019 | index | level | [CA-NS]",
			"105.7 | Real gross domestic product, Nova Scotia | 2023 | 2019 | index | level | [CA-NS]",
			"100 | Real gross domestic product, Yukon | 2019 | 2019 | index | level | [CA-YT]",
			"101.8 | Real gross domestic product, Yukon | 2020 | 2019 | index | level | [CA-YT]",
			"118.6 | Real gross domestic product, Yukon | 2023 | 2019 | index | level | [CA-YT]",
		}},
		{"employments: Statistics Norway", "Number of employments, by age and sex\n\n| 3rd quarter 2017 | Percentage change from 3rd quarter 2016 | |\n|---|---|---|\n| All ages | ||\n| Both sexes | 2 857 108 | 1.7 |\n| Less than 25 years | ||\n| Males | 211 201 | 2.7 |\n", []string{
			"2 857 108 | Number of employments, both sexes, all ages | 2017-Q3 | not stated | employment | count | []",
			"1.7 | Percentage change in number of employments, both sexes, all ages | 2017-Q3 | 2016-Q3 | percent | change | []",
			"211 201 | Number of employments, males, less than 25 years | 2017-Q3 | not stated | employment | count | []",
			"2.7 | Percentage change in number of employments, males, less than 25 years | 2017-Q3 | 2016-Q3 | percent | change | []",
		}},
		// A table of one column under a heading that counts nothing: the
		// heading above is the section's, so neither its words nor the
		// header's name the cells' unit, and the title is the row's label.
		{"key figures: one column under a heading", "Census 2022 results\n\nKey figures\nPopulation 5,149,139\nHouseholds 1,841,152\n", []string{
			"5,149,139 | Population | 2022 | not stated |  | ",
			"1,841,152 | Households | 2022 | not stated |  | ",
		}},
	} {
		d := newDocDraft(DraftSource{ID: "doc", TextPath: "doc.txt", Text: tc.text}, map[string]int{})
		var drafted []string
		for _, cl := range d.claims() {
			if cl.skip != "" {
				continue
			}
			ind := cl.ind
			drafted = append(drafted, strings.Join([]string{ind.Stated, ind.Title, ind.Period.String(), ind.Base.String(), ind.Unit.String(), ind.Measure.String(), fmt.Sprint(ind.Entities)}, " | "))
			if sp := ind.Provenance[0].Span; tc.text[sp.Start:sp.End] != ind.Provenance[0].Quote {
				t.Errorf("%s: %s: quote %q is not at its span", tc.name, ind.Stated, ind.Provenance[0].Quote)
			}
		}
		if len(drafted) != len(tc.want) {
			t.Errorf("%s: drafted\n%s\nwant\n%s", tc.name, strings.Join(drafted, "\n"), strings.Join(tc.want, "\n"))
			continue
		}
		for i := range drafted {
			if !strings.HasPrefix(drafted[i], tc.want[i]) {
				t.Errorf("%s: drafted %q, want %q…", tc.name, drafted[i], tc.want[i])
			}
		}
	}
}
