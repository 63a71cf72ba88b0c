package extract

import "testing"

// drafts62Rolling is a release of rolling years whose changes are compared
// with earlier rolling years, each reading in brackets.
const drafts62Rolling = `Ferry passenger statistics: Offshire, year ending June 2031

Key results

Ferries carried 412,300 passengers in the year ending June 2031, an increase of 2.5% compared with the previous year (402,250), an increase of 9.1% compared with 5 years ago (377,900) and a fall of 4% compared with ten years ago (429,480).

In the year ending June 2031, there were 118 sailings cancelled for 96 storms, compared with 140 sailings cancelled for 101 storms in the previous year.
`

// drafts62Quarter is a quarterly release whose bullets compare each figure
// with the same quarter a year earlier, named in several ways.
const drafts62Quarter = `Library lending in Offshire: April to June 2031

In this release:
Between April and June 2031:
- 81,400 books were lent to readers, up 3.2% from April to June 2030.
- 2,300 readers returned after a break, up 1.5% from April to June 2029, two years before.
- 12,900 readers joined a library, which is up 6.6% from the same quarter the previous year.
- Lending of e-books rose 11.0% from the same period last year to 9,870 loans in April to June 2031.
- This follows the rise in e-book lending this quarter (11.0%) and last quarter (14.2%) compared to previous year.
- On 30 June 2031, 45,120 readers held a library card, which is an increase of 2.4% from 30 June 2030.
`

// drafts62Spans is a bulletin whose periods are runs of three years.
const drafts62Spans = `Regional health tables: 2028-2030

- Healthy life years at birth have increased by 1.2 years per decade since 1998-2000 for women.
- Healthy life years at 65 increased by 12% to 10.4 years for men in the 30 years between 1998-2000 and 2028-2030.
`

func TestDrafts62ComparedPeriods(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"main figure keeps its rolling year", drafts62Rolling, "412,300 passengers", map[string]string{"period": "2030-07/2031-06"}},
		{"previous year in brackets", drafts62Rolling, "402,250", map[string]string{"period": "2029-07/2030-06"}},
		{"5 years ago in brackets", drafts62Rolling, "377,900", map[string]string{"period": "2025-07/2026-06"}},
		{"ten years ago in brackets", drafts62Rolling, "429,480", map[string]string{"period": "2020-07/2021-06"}},
		{"change on the previous year", drafts62Rolling, "2.5%", map[string]string{"period": "2030-07/2031-06", "base": "2029-07/2030-06"}},
		{"change on 5 years ago", drafts62Rolling, "9.1%", map[string]string{"period": "2030-07/2031-06", "base": "2025-07/2026-06"}},
		{"change on ten years ago", drafts62Rolling, "4%", map[string]string{"period": "2030-07/2031-06", "base": "2020-07/2021-06"}},
		{"main clause keeps the opening period", drafts62Rolling, "118 sailings", map[string]string{"period": "2030-07/2031-06"}},
		{"compared clause dated by its end", drafts62Rolling, "140 sailings", map[string]string{"period": "2029-07/2030-06"}},
		{"second figure of the compared clause", drafts62Rolling, "101 storms", map[string]string{"period": "2029-07/2030-06"}},
	})
}

func TestDrafts62QuarterBases(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"from months of a year before", drafts62Quarter, "3.2%", map[string]string{"period": "2031-Q2", "base": "2030-Q2"}},
		{"same quarter the previous year", drafts62Quarter, "6.6%", map[string]string{"period": "2031-Q2", "base": "2030-Q2"}},
		{"same period last year", drafts62Quarter, "11.0%", map[string]string{"period": "2031-Q2", "base": "2030-Q2"}},
		{"last quarter in brackets", drafts62Quarter, "14.2%", map[string]string{"period": "2031-Q1"}},
		{"own date beats the lead-in", drafts62Quarter, "45,120 readers", map[string]string{"period": "2031-06-30"}},
		{"change from a date", drafts62Quarter, "2.4%", map[string]string{"period": "2031-06-30", "base": "2030-06-30"}},
	})
}

func TestDrafts62SpanBases(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"since a span of years", drafts62Spans, "1.2 years per decade", map[string]string{"period": "2028/2030", "base": "1998/2000"}},
		{"between two spans", drafts62Spans, "12%", map[string]string{"period": "2028/2030", "base": "1998/2000"}},
	})
}
