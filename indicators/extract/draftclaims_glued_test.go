package extract

import (
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
