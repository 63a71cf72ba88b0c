package lexicon

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
)

// ContributionWords are the words that say a figure in percentage points
// is a component's contribution to a rate of growth or inflation ("Net
// exports contributed 0.2 percentage points", "the largest upward
// contribution … came from transport (0.30 percentage points)",
// "detracted 0.3 percentage points"): a part of the rate, not a change of
// the component over time.
var ContributionWords = []string{"contributed", "contributes", "contributing", "contribution", "contributions",
	"detracted", "detracts", "detracting", "subtracted"}

// InflationMeasures are the names of a consumer price index or of its
// rate, lower case, words apart by one space (a reader matches any run of
// spaces): the name a quote gives a rate of inflation under ("The
// Consumer Prices Index (CPI) rose by 0.4% in the 12 months to February
// 2021"). Verify reads a figure in percent whose verb's subject is one as
// the rate of inflation for its period, a level, whatever verb says how
// prices got there; the extractor drafts a 12-month rise after one so.
// "Adjusted for inflation" names none.
var InflationMeasures = []string{"cpi", "cpih", "rpi", "rpij", "rpix", "hicp",
	"consumer prices index", "consumer price index", "consumer prices", "consumer price",
	"retail prices index", "retail price index", "harmonised index of consumer prices", "harmonized index of consumer prices",
	"all items index", "all-items index", "all items", "all-items",
	"inflation rate", "rate of inflation", "rate of consumer price inflation"}

// InflationRateWords are the words after an index's name that make the
// name its rate: "CPI inflation", "the CPI annual rate", "the RPI
// 12-month rate".
var InflationRateWords = []string{"inflation", "rate", "annual", "12-month", "twelve-month", "monthly"}

// InflationPattern returns a regular expression, for lower-case text, that
// matches any of InflationMeasures as whole words, the longest first, with
// any run of spaces between its words.
func InflationPattern() string {
	names := slices.Clone(InflationMeasures)
	slices.SortStableFunc(names, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	for i, n := range names {
		names[i] = strings.ReplaceAll(regexp.QuoteMeta(n), " ", `\s+`)
	}
	return `\b(?:` + strings.Join(names, "|") + `)\b`
}
