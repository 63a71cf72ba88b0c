package extract

import "testing"

// comparedBaseRolling is a release of rolling years whose changes are compared
// with earlier rolling years, each reading in brackets.
const comparedBaseRolling = `Ferry passenger statistics: Offshire, year ending June 2031

Key results

Ferries carried 412,300 passengers in the year ending June 2031, an increase of 2.5% compared with the previous year (402,250), an increase of 9.1% compared with 5 years ago (377,900) and a fall of 4% compared with ten years ago (429,480).

In the year ending June 2031, there were 118 sailings cancelled for 96 storms, compared with 140 sailings cancelled for 101 storms in the previous year.
`

// comparedBaseQuarter is a quarterly release whose bullets compare each figure
// with the same quarter a year earlier, named in several ways.
const comparedBaseQuarter = `Library lending in Offshire: April to June 2031

In this release:
Between April and June 2031:
- 81,400 books were lent to readers, up 3.2% from April to June 2030.
- 2,300 readers returned after a break, up 1.5% from April to June 2029, two years before.
- 12,900 readers joined a library, which is up 6.6% from the same quarter the previous year.
- Lending of e-books rose 11.0% from the same period last year to 9,870 loans in April to June 2031.
- This follows the rise in e-book lending this quarter (11.0%) and last quarter (14.2%) compared to previous year.
- On 30 June 2031, 45,120 readers held a library card, which is an increase of 2.4% from 30 June 2030.
`

// comparedBaseSpans is a bulletin whose periods are runs of three years.
const comparedBaseSpans = `Regional health tables: 2028-2030

- Healthy life years at birth have increased by 1.2 years per decade since 1998-2000 for women.
- Healthy life years at 65 increased by 12% to 10.4 years for men in the 30 years between 1998-2000 and 2028-2030.
`

func TestDraftComparedPeriods(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"main figure keeps its rolling year", comparedBaseRolling, "412,300 passengers", map[string]string{"period": "2030-07/2031-06"}},
		{"previous year in brackets", comparedBaseRolling, "402,250", map[string]string{"period": "2029-07/2030-06"}},
		{"5 years ago in brackets", comparedBaseRolling, "377,900", map[string]string{"period": "2025-07/2026-06"}},
		{"ten years ago in brackets", comparedBaseRolling, "429,480", map[string]string{"period": "2020-07/2021-06"}},
		{"change on the previous year", comparedBaseRolling, "2.5%", map[string]string{"period": "2030-07/2031-06", "base": "2029-07/2030-06"}},
		{"change on 5 years ago", comparedBaseRolling, "9.1%", map[string]string{"period": "2030-07/2031-06", "base": "2025-07/2026-06"}},
		{"change on ten years ago", comparedBaseRolling, "4%", map[string]string{"period": "2030-07/2031-06", "base": "2020-07/2021-06"}},
		{"main clause keeps the opening period", comparedBaseRolling, "118 sailings", map[string]string{"period": "2030-07/2031-06"}},
		{"compared clause dated by its end", comparedBaseRolling, "140 sailings", map[string]string{"period": "2029-07/2030-06"}},
		{"second figure of the compared clause", comparedBaseRolling, "101 storms", map[string]string{"period": "2029-07/2030-06"}},
	})
}

func TestDraftQuarterBases(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"from months of a year before", comparedBaseQuarter, "3.2%", map[string]string{"period": "2031-Q2", "base": "2030-Q2"}},
		{"same quarter the previous year", comparedBaseQuarter, "6.6%", map[string]string{"period": "2031-Q2", "base": "2030-Q2"}},
		{"same period last year", comparedBaseQuarter, "11.0%", map[string]string{"period": "2031-Q2", "base": "2030-Q2"}},
		{"last quarter in brackets", comparedBaseQuarter, "14.2%", map[string]string{"period": "2031-Q1"}},
		{"own date beats the lead-in", comparedBaseQuarter, "45,120 readers", map[string]string{"period": "2031-06-30"}},
		{"change from a date", comparedBaseQuarter, "2.4%", map[string]string{"period": "2031-06-30", "base": "2030-06-30"}},
	})
}

func TestDraftSpanBases(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"since a span of years", comparedBaseSpans, "1.2 years per decade", map[string]string{"period": "2028/2030", "base": "1998/2000"}},
		{"between two spans", comparedBaseSpans, "12%", map[string]string{"period": "2028/2030", "base": "1998/2000"}},
	})
}
