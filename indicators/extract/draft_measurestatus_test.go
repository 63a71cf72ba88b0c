package extract

import (
	"strings"
	"testing"
)

// The sentences of the thirteenth session's unseen releases (housing
// construction, school statistics, immunisation coverage) beside the same
// patterns in releases of other kinds: new home sales, a schools news
// story, a parliamentary answer, a labour force survey.
const (
	measureStatusHousing  = "Building Permits\nPrivately owned housing units authorized by building permits in August were at a seasonally adjusted annual rate of 1,419,000. This is 7.7 percent (±1.2 percent) above the revised July rate of 1,317,000 and is 12.0 percent (±1.6 percent) above the August 2018 rate of 1,267,000. Single-family authorizations in August were at a rate of 866,000; this is 4.5 percent (±0.8 percent) above the revised July figure of 829,000. Authorizations of units in buildings with five units or more were at a rate of 509,000 in August.\n"
	measureStatusSales    = "New Home Sales\nSales of new one-family houses in October 2007 were at a seasonally adjusted annual rate of 728,000, according to estimates released jointly today. This is 1.7 percent (±11.0%) above the revised September rate of 716,000 and is 23.5 percent (±10.3%) below the October 2006 estimate of 952,000.\n"
	measureStatusVaccines = "Main points\n\n  • 12-month UK coverage for the ‘6-in-1’ vaccine decreased by 0.1% to 92.3%, rotavirus increased by 0.2% to 89.6% and pneumococcal conjugate vaccine (PCV) dose 1 decreased by 0.1% at 94.2%\n"
	measureStatusLabour   = "Labour Force Survey\n\nEmployment rose by 0.3% in May, and the unemployment rate decreased by 0.2 percentage points to 5.1%.\n"
	measureStatusSchools  = "Schools Statistics\n\nIn 2019, the overall pupil teacher ratio (PTR) in all publicly funded schools was 13.6, the same as the previous year. An increase in the number of teachers in primary schools has resulted in a reduction in PTR to 15.9 (from 16.1 in 2018). The average class size for pupils in primary schools was 23.5, unchanged since 2016.\n"
	measureStatusTES      = "More pupils, fewer staff\n\nThe 440,600 pupils who attended local authority primary schools last September represented an increase of 1,100 on the previous year. The number of teachers fell by 300, producing a pupil-teacher ratio (PTR) of 19.9. Teacher numbers fell over the year by 400, which gave a PTR of 13.2.\n"
	measureStatusHansard  = "Pupil-Teacher Ratio\n\nThe overall pupil-teacher ratio in maintained nursery, primary and secondary schools in Wales in January 1984 was 17.3.\n"
)

// TestDraftMeasureMeasureStatus: the level a move reaches is what the quantity is
// alone; "N percent above/below the <base> rate" is a change with its
// direction; a level at an annual rate, and "at a rate of" in its
// paragraph, is a flow; a ratio of two counted nouns is a level.
func TestDraftMeasureMeasureStatus(t *testing.T) {
	runUnitMeasureCases(t, []unitMeasureCase{
		{name: "decreased by A to B", text: measureStatusVaccines, stated: "92.3%", measure: "share"},
		{name: "increased by A to B", text: measureStatusVaccines, stated: "89.6%", measure: "share"},
		{name: "decreased by A at B", text: measureStatusVaccines, stated: "94.2%", measure: "share"},
		{name: "the by figure stays a change", text: measureStatusVaccines, stated: "0.2%", measure: "change", dir: "up"},
		{name: "an unemployment rate reached is a share", text: measureStatusLabour, stated: "5.1%", measure: "share"},
		{name: "above the revised rate", text: measureStatusHousing, stated: "7.7 percent", measure: "change", dir: "up"},
		{name: "above the revised figure", text: measureStatusHousing, stated: "4.5 percent", measure: "change", dir: "up"},
		{name: "sales above the revised rate", text: measureStatusSales, stated: "1.7 percent", measure: "change", dir: "up"},
		{name: "sales below the estimate", text: measureStatusSales, stated: "23.5 percent", measure: "change", dir: "down"},
		{name: "annual rate", text: measureStatusHousing, stated: "1,419,000", measure: "flow"},
		{name: "at a rate of, in the paragraph", text: measureStatusHousing, stated: "866,000", measure: "flow"},
		{name: "sales at an annual rate", text: measureStatusSales, stated: "728,000", measure: "flow"},
		{name: "pupil teacher ratio", text: measureStatusSchools, stated: "13.6", measure: "level"},
		{name: "acronym of a ratio", text: measureStatusSchools, stated: "15.9", measure: "level"},
		{name: "average class size", text: measureStatusSchools, stated: "23.5", measure: "level"},
		{name: "pupil-teacher ratio (PTR) of", text: measureStatusTES, stated: "19.9", measure: "level"},
		{name: "a PTR of", text: measureStatusTES, stated: "13.2", measure: "level"},
		{name: "ratio in a parliamentary answer", text: measureStatusHansard, stated: "17.3", measure: "level"},
	})
}

// TestDraftUnit: a ratio's figure is in "<first> per <second>"; a
// housing count at an annual rate counts dwelling units per year.
func TestDraftUnit(t *testing.T) {
	runUnitMeasureCases(t, []unitMeasureCase{
		{name: "pupil teacher ratio", text: measureStatusSchools, stated: "13.6", unit: "pupil per teacher"},
		{name: "acronym", text: measureStatusSchools, stated: "15.9", unit: "pupil per teacher"},
		{name: "average class size", text: measureStatusSchools, stated: "23.5", unit: "pupil per class"},
		{name: "news story's ratio", text: measureStatusTES, stated: "19.9", unit: "pupil per teacher"},
		{name: "housing units at an annual rate", text: measureStatusHousing, stated: "1,419,000", unit: "unit per year"},
	})
}

// TestDraftStatusMeasureStatus: a release whose figures carry margins of error is
// a release of estimates, its levels included.
func TestDraftStatusMeasureStatus(t *testing.T) {
	for _, tc := range []struct{ name, text, stated string }{
		{"level of a release with margins", measureStatusHousing, "1,419,000"},
		{"change with a margin", measureStatusHousing, "12.0 percent"},
		{"sales level", measureStatusSales, "728,000"},
		{"sales change", measureStatusSales, "23.5 percent"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkWhat(t, firstDraft(t, tc.text, tc.stated), tc.stated, "", "estimate", "")
		})
	}
	checkWhat(t, firstDraft(t, measureStatusSchools, "13.6"), "13.6", "", "fact", "")
}

// TestDraftNotClaimsMeasureStatus: a change's base value after "of" and a class
// "with five units or more" are comments, not claims.
func TestDraftNotClaimsMeasureStatus(t *testing.T) {
	for _, tc := range []struct {
		name, text, flat string
	}{
		{"base value of a rate", measureStatusHousing, "1,317,000"},
		{"base value of a figure", measureStatusHousing, "829,000"},
		{"base value of a sales rate", measureStatusSales, "716,000"},
		{"base value of an estimate", measureStatusSales, "952,000"},
		{"class of buildings", measureStatusHousing, "five units or more"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
			found := false
			for _, cl := range d.claims() {
				if cl.skip == "" && cl.ind.Stated == tc.flat {
					t.Errorf("%q drafted as a claim, want a comment", tc.flat)
				}
				if strings.Contains(cl.skip, tc.flat+" in") {
					found = true
				}
			}
			if !found {
				t.Errorf("no comment on %q, want one", tc.flat)
			}
		})
	}
}

// TestDraftTitle: a change on a base is titled by the level it
// points back to and the base it names.
func TestDraftTitle(t *testing.T) {
	runUnitMeasureCases(t, []unitMeasureCase{
		{name: "this is … above, sentence before", text: measureStatusSales, stated: "1.7 percent", title: "Change in sales of new one-family houses from the revised September rate"},
		{name: "below the estimate, subject too long", text: measureStatusHousing, stated: "7.7 percent", title: "Change from the revised July rate"},
		{name: "; this is … above, clause before", text: measureStatusHousing, stated: "4.5 percent", title: "Change in single-family authorizations from the revised July figure"},
		{name: "ratio", text: measureStatusHansard, stated: "17.3", title: "Pupil-teacher ratio"},
	})
}

// TestDraftAgeOfMeasure: "at N months" in a sentence of coverage or
// uptake is the age the rate is read at, not a claim.
func TestDraftAgeOfMeasure(t *testing.T) {
	for _, tc := range []struct{ name, text, flat string }{
		{"country floor at 12 months", "Main points\n\n  • at the country-level, in Scotland at least 95% coverage was achieved for all antigens (except rotavirus) at 12 months, in Wales at least 94% coverage\n", "12 months"},
		{"uptake at 24 months", "Childhood Vaccination Statistics\n\nIn England, uptake of the first dose of MMR at 24 months was 89.2% in 2021-22.\n", "24 months"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
			for _, cl := range d.claims() {
				if cl.skip == "" && cl.ind.Stated == tc.flat {
					t.Errorf("%q drafted as a claim, want a comment", tc.flat)
				}
			}
		})
	}
}
