package extract

import (
	"slices"
	"testing"
)

// periodCases are sentences with a quarter or a half-year written with a
// figure ("3Q24", "2H24", "Q4'24", "the fourth quarter of 2015"): the
// period is no quantity, and the figures around it are found as they were.
var periodCases = []struct {
	in   string
	want []string
}{
	{"Orders rose 6% in 3Q24 and 2% in 4Q15.", []string{"6% | percent | 6 | exact | percent | up", "2% | percent | 2 | exact | percent"}},
	{"Output in the second half of 2023 (2H23) grew 3%.", []string{"3% | percent | 3 | exact | percent | up"}},
	{"Coal averaged $61/t during the fourth quarter of 2016.", []string{"$61/t | currency | 61 | exact | USD per tonne"}},
	{"Revenue in Q3 2024 was $5 billion and in 3Q 2024 $6 billion.", []string{
		"$5 billion | currency | 5000000000 | exact | USD", "$6 billion | currency | 6000000000 | exact | USD"}},
	{"Margins in 1H19 and H1 2019 were 12%.", []string{"12% | percent | 12 | exact | percent"}},
	{"In 2Q2018 the mill hired 300 people.", []string{"300 people | count | 300 | exact | person"}},
	{"The 2H 2025 plan includes 3 new kilns.", []string{"3 new kilns | count | 3 | exact | kiln"}},
	{"Prices rose 4% in Q3 and 5% in Q4.", []string{"4% | percent | 4 | exact | percent | up", "5% | percent | 5 | exact | percent"}},
	// A year written in two digits after an apostrophe.
	{"In Q4'24 it cut 20 jobs.", []string{"20 jobs | count | 20 | exact | job | down"}},
	{"The FY’23 budget added 40 posts.", []string{"40 posts | count | 40 | exact | post | up"}},
	{"Since '98 it has opened 12 stores.", []string{"12 stores | count | 12 | exact | store"}},
	{"Sales in Sept '15 and 3Q '15 reached 9 million units.", []string{"9 million units | count | 9000000 | exact | unit"}},
	// Near misses that stay figures: feet and inches, a quote, a decade.
	{"The guard is 5'11 and ran '24 laps' in the ’90s.", []string{"5 | number | 5 | exact | -", "11 | number | 11 | exact | -", "24 laps | count | 24 | exact | lap"}},
	{"A quarter of the firms left in the first quarter.", []string{"A quarter | number | 0.25 | exact | -"}},
}

// TestPeriods asserts periodCases.
func TestPeriods(t *testing.T) {
	for _, tc := range periodCases {
		ms := Extract(tc.in)
		checkMentions(t, tc.in, ms)
		if got := strs(ms); !slices.Equal(got, tc.want) {
			t.Errorf("Extract(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
