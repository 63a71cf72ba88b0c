package extract

import "testing"

// scopeLineFarming is round B's agriculture summary: a scope line under
// the heading says which year every figure after it is of, and what its
// changes are measured from.
const scopeLineFarming = `Summary
Updated 20 February 2024
All figures relate to 2022 and the change between 2021 and 2022 unless otherwise stated.
Structure of industry
-
The Utilised Agricultural Area (UAA) decreased by 2.2% and was 17 million hectares, covering 69% of land in the UK.
-
The total labour force on commercial holdings increased by 0.7% and was 471 thousand people.
`

// scopeLineFisheries is a sea fisheries summary whose scope line names the
// year only, in the words "figures refer to".
const scopeLineFisheries = `Sea fisheries statistics: summary

Key figures

The figures in this summary refer to 2030 unless otherwise stated.

- UK vessels landed 620 thousand tonnes of sea fish into the UK and abroad, a decrease of 4% on the year before.
- There were 5,800 registered fishing vessels.
`

// scopeLineForestry is a forestry release whose scope line gives the
// changes' years in "from … to".
const scopeLineForestry = `Forestry statistics: key findings

Woodland area

Statistics relate to 2031 and changes from 2030 to 2031, unless stated.
New planting rose by 12% and was 14 thousand hectares.
`

// scopeLineMixed is a release whose line names a span that is no scope
// line: its level keeps the span.
const scopeLineMixed = `Road casualties: provisional estimates

Casualties were reported between 2029 and 2030 in every region.
There were 1,690 deaths.
`

func TestDraftScopeLine(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"farming level of the scope year", scopeLineFarming, "17 million hectares", map[string]string{"period": "2022"}},
		{"farming change: base from the scope line", scopeLineFarming, "2.2%", map[string]string{"period": "2022", "base": "2021"}},
		{"farming share of the scope year", scopeLineFarming, "69%", map[string]string{"period": "2022"}},
		{"farming change in a later item", scopeLineFarming, "0.7%", map[string]string{"period": "2022", "base": "2021"}},
		{"fisheries: figures refer to a year", scopeLineFisheries, "5,800", map[string]string{"period": "2030"}},
		{"forestry level", scopeLineForestry, "14 thousand hectares", map[string]string{"period": "2031"}},
		{"forestry change from … to", scopeLineForestry, "12%", map[string]string{"period": "2031", "base": "2030"}},
		{"no scope line: the span stays", scopeLineMixed, "1,690 deaths", map[string]string{"period": "2029/2030"}},
	})
}

// scopeLinePrisons is round B's prisoners release: counts at yearend,
// changes from an earlier yearend, the earlier reading in brackets.
const scopeLinePrisons = `Prisoners in 2022

At yearend 2022, correctional authorities in the United States had jurisdiction over 1,230,100 persons in state or federal prisons, an increase of 2% or 25,100 persons from yearend 2021 (1,205,100 persons).

The imprisonment rate at yearend 2022 (355 sentenced prisoners per 100,000 U.S. residents of all ages) was down 26% from yearend 2012 (480 per 100,000).
`

// scopeLineProbation is a probation and parole release in the same words.
const scopeLineProbation = `Probation and Parole in the United States, 2031

At yearend 2031, an estimated 3,745,000 adults were under community supervision, down 4% from yearend 2030 (3,890,400).
`

// scopeLineJails is a jail census whose change runs from one yearend to
// another, and whose flow of the year keeps its year.
const scopeLineJails = `Jail Inmates in 2031

The number of persons held in local jails increased 3% from year-end 2030 (636,300) to year-end 2031 (655,400).
In 2031, jails admitted 7,400,000 persons.
`

func TestDraftYearend(t *testing.T) {
	runFieldCases(t, []fieldCase{
		// "jurisdiction over": no hedge (catalog14, lexicon.OverObjectNouns)
		{"prisons stock at yearend", scopeLinePrisons, "1,230,100 persons", map[string]string{"period": "2022-12-31"}},
		{"prisons change from yearend", scopeLinePrisons, "25,100 persons", map[string]string{"period": "2022-12-31", "base": "2021-12-31"}},
		{"prisons reading in brackets", scopeLinePrisons, "1,205,100 persons", map[string]string{"period": "2021-12-31"}},
		{"prisons rate change from 2012", scopeLinePrisons, "26%", map[string]string{"period": "2022-12-31", "base": "2012-12-31"}},
		{"prisons rate in brackets", scopeLinePrisons, "480", map[string]string{"period": "2012-12-31", "unit": "prisoner per 100,000 residents"}},
		{"probation stock", scopeLineProbation, "an estimated 3,745,000 adults", map[string]string{"period": "2031-12-31"}},
		{"probation change", scopeLineProbation, "4%", map[string]string{"period": "2031-12-31", "base": "2030-12-31"}},
		{"probation reading in brackets", scopeLineProbation, "3,890,400", map[string]string{"period": "2030-12-31"}},
		{"jails earlier reading", scopeLineJails, "636,300", map[string]string{"period": "2030-12-31"}},
		{"jails later reading", scopeLineJails, "655,400", map[string]string{"period": "2031-12-31"}},
		{"jails flow of the year keeps its year", scopeLineJails, "7,400,000 persons", map[string]string{"period": "2031"}},
	})
}
