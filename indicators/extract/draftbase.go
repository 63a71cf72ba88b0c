package extract

import (
	"strconv"
	"strings"
	"time"
)

// A basePhrase is the words that name the figure a change is compared
// with: "above the revised July rate", "below the October 2006
// estimate", "than the previous month's figure", "compared with the
// June 2023 level". The genre names a change's base by a word of
// comparison, "the", up to four modifiers (revised, a month, a year) and
// the noun of the figure; readBases is the one reader of it (drafts75),
// for a change's base month (comparedMonthBase), its title
// (aboveBaseChange) and the base value stated after it (baseValue).
type basePhrase struct {
	word       string     // the word of comparison, lower case, spaces single: "above", "higher than"
	base       string     // the base as written: "the revised July rate"
	month      time.Month // the month the base names, or 0
	year       int        // the year the base names, or 0
	start, end int        // the phrase's byte offsets in the text read
}

// basePhraseRE matches a base phrase: group 1 the word of comparison,
// group 2 the base.
var basePhraseRE = lazyRegexp(`(?i)\b(above|below|over|under|than|from|on|higher\s+than|lower\s+than|compared\s+(?:to|with))\s+(the\s+(?:[a-z0-9’'-]+\s+){0,4}?(?:rate|estimate|figure|level|average|total|reading|value))\b`)

// readBases returns the base phrases of s, in order.
func readBases(s string) []basePhrase {
	if !strings.Contains(s, "the") && !strings.Contains(s, "The") {
		return nil // most texts a figure's words give stop here
	}
	var out []basePhrase
	for _, g := range basePhraseRE.FindAllStringSubmatchIndex(s, -1) {
		b := basePhrase{word: strings.ToLower(strings.Join(strings.Fields(s[g[2]:g[3]]), " ")), base: s[g[4]:g[5]], start: g[0], end: g[1]}
		for _, w := range strings.Fields(b.base) {
			if n := monthNumber(strings.ToLower(w)); n > 0 && w[0] >= 'A' && w[0] <= 'Z' {
				b.month = time.Month(n)
			} else if y, err := strconv.Atoi(w); err == nil && len(w) == 4 && (w[:2] == "19" || w[:2] == "20") {
				b.year = y
			}
		}
		out = append(out, b)
	}
	return out
}

// dated returns the base as a title names it: a dated period alone when
// the base is "the <Month> <YYYY> <noun>" ("August 2018": the period says
// which figure), else as written, in lower case first ("the revised July
// rate").
func (b basePhrase) dated() string {
	f := strings.Fields(b.base)
	if len(f) == 4 && b.month != 0 && b.year != 0 && strings.EqualFold(f[0], "the") && f[1] == b.month.String() && f[2] == strconv.Itoa(b.year) {
		return f[1] + " " + f[2]
	}
	return lowerFirst(b.base)
}
