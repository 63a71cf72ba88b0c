package extract

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// The texts of drafts66's WHO/WHEN cases: a new user's release (new
// residential construction) and, for each rule, releases of other kinds
// or months that show the same pattern of the genre.
const (
	// nrcText is the HUD and Census Bureau's release of new residential
	// construction for August 2019, shortened.
	nrcText = "HUD AND CENSUS BUREAU REPORT RESIDENTIAL CONSTRUCTION ACTIVITY IN AUGUST 2019\n" +
		"WASHINGTON - The U.S. Department of Housing and Urban Development (HUD) and the U.S. Census Bureau jointly announced the following new residential construction statistics for August 2019.\n" +
		"Building Permits\n" +
		"Privately owned housing units authorized by building permits in August were at a seasonally adjusted annual rate of 1,419,000. This is 7.7 percent (±1.2 percent) above the revised July rate of 1,317,000 and is 12.0 percent (±1.6 percent) above the August 2018 rate of 1,267,000. Single-family authorizations in August were at a rate of 866,000; this is 4.5 percent (±0.8 percent) above the revised July figure of 829,000.\n" +
		"Housing Starts\n" +
		"Privately owned housing starts in August were at a seasonally adjusted annual rate of 1,364,000.\n"
	// nrsText is the same bodies' release of new residential sales (June
	// 2024): the lead names the month, the title does not end on it.
	nrsText = "HUD and Census Bureau Report New Residential Sales\n\n" +
		"WASHINGTON - The U.S. Census Bureau and the U.S. Department of Housing and Urban Development jointly announced the following new residential sales statistics for June 2024:\n\n" +
		"New Home Sales\n" +
		"Sales of new single-family houses were at a seasonally adjusted annual rate of 617,000 in June 2023. This is 0.6 percent (±14.6 percent)* below the revised May rate of 621,000.\n\n" +
		"Sales Price\n" +
		"The median sales price of new houses sold in June was $417,300.\n"
	// nrsOctText is the release of new residential sales for October 2017,
	// its title in capitals, its lead's subjects in the other order.
	nrsOctText = "HUD AND CENSUS BUREAU REPORT NEW RESIDENTIAL SALES IN OCTOBER 2017\n\n" +
		"WASHINGTON – The U.S. Department of Housing and Urban Development (HUD) and the U.S. Census Bureau today jointly announced the following new residential sales statistics for October 2017:\n\n" +
		"NEW HOME SALES\n" +
		"Sales of new single-family houses in October were at a seasonally adjusted annual rate of 685,000. This is 6.2 percent (±19.0 percent)* above the revised September rate of 645,000, and is 18.7 percent (±23.5 percent)* above the October 2016 estimate of 577,000.\n\n" +
		"SALES PRICE\n" +
		"The median sales price of new houses sold in October was $312,800.\n"
)

// TestDraftPeriodsMonthlyWhen holds the reference month of a monthly release:
// months named without a year are of the month its title or lead names,
// a "Month YYYY" a change is compared with never dates later sentences,
// and "This is N percent above …" takes the level's period.
func TestDraftPeriodsMonthlyWhen(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"first level", nrcText, "1,419,000", map[string]string{"period": "2019-08"}},
		{"level after a base month-year", nrcText, "866,000", map[string]string{"period": "2019-08"}},
		{"next paragraph's level", nrcText, "1,364,000", map[string]string{"period": "2019-08"}},
		{"this is: the level's month", nrcText, "7.7 percent", map[string]string{"period": "2019-08"}},
		{"and is: the level's month", nrcText, "12.0 percent", map[string]string{"period": "2019-08"}},
		{"; this is: the level's month", nrcText, "4.5 percent", map[string]string{"period": "2019-08"}},
		// the revised July rate is a base (drafts66T: its value is a
		// comment, no claim): the change it is a base of says 2019-07.
		{"revised month of the release's year", nrcText, "7.7 percent", map[string]string{"base": "2019-07"}},
		// new residential sales, June 2024: a "June 2023" level earlier
		// in the text does not date "in June" (the lead names 2024).
		{"lead's month", nrsText, "$417,300", map[string]string{"period": "2024-06"}},
		{"this is, after a dated level", nrsText, "0.6 percent", map[string]string{"period": "2023-06"}},
		// new residential sales, October 2017: a title in capitals.
		{"capitals title's month", nrsOctText, "685,000", map[string]string{"period": "2017-10"}},
		{"after October 2016 base", nrsOctText, "$312,800", map[string]string{"period": "2017-10"}},
		{", and is: the level's month", nrsOctText, "18.7 percent", map[string]string{"period": "2017-10"}},
	})
}

// TestDraftComparedMonthBase holds the base month a change's own words
// name: "above the revised July rate" is the month before, "above the
// August 2018 rate" the month written.
func TestDraftComparedMonthBase(t *testing.T) {
	aug := indicators.Period{From: indicators.Date{Year: 2019, Month: 8}}
	for _, tc := range []struct {
		own  string
		want string
	}{
		{" (±1.2 percent) above the revised July rate of 1,317,000", "2019-07"},
		{" (±1.6 percent) above the August 2018 rate of 1,267,000", "2018-08"},
		{" (±14.6 percent)* below the revised May rate of 621,000", "2019-05"},
		{" (±23.5 percent)* above the October 2016 estimate of 577,000", "2016-10"},
		{" above the revised September figure of 645,000", "2018-09"}, // a later month is of the year before
		{" above the average of 1,000", ""},
		{"; the August rate for units was 424,000", ""},
	} {
		got, _, ok := comparedMonthBase(tc.own, aug)
		gs := ""
		if ok {
			gs = got.String()
		}
		if gs != tc.want {
			t.Errorf("comparedMonthBase(%q, 2019-08) = %q, want %q", tc.own, gs, tc.want)
		}
	}
}

// TestDraftEntities holds the country of a national statistics
// office that is a subject of a release's lead, after a dateline and
// joined to another body by "and the".
func TestDraftEntities(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"second subject after a dateline", nrcText, "1,419,000", map[string]string{"entities": "US"}},
		{"first subject after a dateline", nrsText, "617,000", map[string]string{"entities": "US"}},
		{"second subject, en dash dateline", nrsOctText, "685,000", map[string]string{"entities": "US"}},
	})
}

// schoolsText is a government's annual summary statistics for schools
// (Scotland, 2019), shortened.
const schoolsText = "Schools Statistics Published\n\n" +
	"Over the year to 2019 teacher numbers increased by 288 to 52,247. This coupled with a rise in pupils of 4,738 has meant that the pupil teacher ratio has remained at 13.6.\n\n" +
	"An increase in the number of teachers in primary schools has resulted in a reduction in PTR to 15.9 (from 16.1 in 2018).\n\n" +
	"An estimated 11% of two year olds were registered for funded ELC, an increase from 10% in 2018.\n\n" +
	"The average class size for pupils in primary schools was 23.5, unchanged since 2016.\n"

// TestDraftRefYear holds the reference year an annual release's lead
// names: figures naming no year of their own are of it, and a year after
// "from <figure> in" dates that figure only.
func TestDraftRefYear(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"no year of its own", schoolsText, "4,738", map[string]string{"period": "2019"}},
		{"remained at", schoolsText, "13.6", map[string]string{"period": "2019"}},
		{"before (from X in Y)", schoolsText, "15.9", map[string]string{"period": "2019"}},
		{"the compared figure keeps its year", schoolsText, "16.1", map[string]string{"period": "2018"}},
		{"before an increase from X in Y", schoolsText, "An estimated 11%", map[string]string{"period": "2019"}},
		{"the compared percentage keeps its year", schoolsText, "10%", map[string]string{"period": "2018"}},
		{"unchanged since", schoolsText, "23.5", map[string]string{"period": "2019"}},
	})
}
