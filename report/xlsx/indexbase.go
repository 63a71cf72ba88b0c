package xlsx

import (
	"regexp"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// baseCell is what the Indicators sheet's Base column says of ind's base:
// the period, as a change's base reads ("September 2018"); for an index
// level, the reference the index is 100 at ("2015=100"), as the title
// writes it where it does. The rule: a level is compared with no period;
// "2015" beside "October 2017" in one column read as the period the
// index was compared with (s19m-industry). An index level is a level
// with no direction whose unit is "index" or whose title names an index
// or says "=100".
func baseCell(ind *indicators.Indicator) string {
	if !ind.Base.IsStated() {
		return ""
	}
	label := ind.Base.Label()
	if !isIndexLevel(ind) {
		return label
	}
	if m := hundredRE.FindString(ind.Title); m != "" && strings.HasPrefix(strings.ReplaceAll(m, " ", ""), strings.ReplaceAll(label, " ", "")+"=") {
		return strings.Join(strings.Fields(m), "")
	}
	return label + "=100"
}

// hundredRE finds an index reference in a title: "2015=100", "2015 = 100".
var hundredRE = regexp.MustCompile(`[0-9][0-9A-Za-z/–-]*\s*=\s*100\b`)

// indexWordRE finds the word index (or indices) in a title.
var indexWordRE = regexp.MustCompile(`(?i)\b(index|indices|indexes)\b`)

// isIndexLevel reports whether ind is the level of an index: no change
// (no direction, not a change measure), its unit "index" or its title
// naming an index or its reference ("=100").
func isIndexLevel(ind *indicators.Indicator) bool {
	if ind.Quantity.Direction != indicators.NoDirection || ind.Measure == indicators.Change {
		return false
	}
	return ind.Unit.String() == "index" || indexWordRE.MatchString(ind.Title) || hundredRE.MatchString(ind.Title)
}
