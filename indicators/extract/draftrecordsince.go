package extract

import "strings"

// A year a figure is compared with, not a year it is of nor the base of
// a change (drafts54, statistics releases):
//
//	3,200, the lowest level since 2006 → the figure's period stays (the
//	sentence's or the one carried to it); 2006 is no base of a level and
//	no start of a total over the years since
//	the highest since records began in 1971 → 1971 names when the series
//	starts: never the figure's year
//	the lowest since the survey began in 1997, the highest growth seen
//	since the economic downturn in 2008 → a series' start or an event
//	"since" names, a few words on: never the figure's year (drafts60)

// superlatives are the words that make "since YEAR" after them a
// comparison with every year since.
var superlatives = map[string]bool{"lowest": true, "highest": true, "largest": true, "smallest": true, "biggest": true,
	"strongest": true, "weakest": true, "fastest": true, "slowest": true, "sharpest": true, "steepest": true,
	"fewest": true, "most": true, "least": true, "best": true, "worst": true, "greatest": true, "weakest-ever": true}

// comparisonYear reports whether the words before a year, lower case,
// make it a comparison's year: "since" after a superlative a few words
// back ("the lowest level since"), or the start of the records ("since
// records began in", "when records began in").
func comparisonYear(words []string) bool {
	n := len(words)
	if n >= 2 && (words[n-1] == "in" || words[n-1] == "since") && (words[n-2] == "began" || words[n-2] == "started" || words[n-2] == "begun") && n >= 3 && strings.HasPrefix(words[n-3], "record") {
		return true // "since records began in 1971"
	}
	if sinceEventYear(words) || afterEventYear(words) {
		return true
	}
	if n == 0 || words[n-1] != "since" {
		return false
	}
	for i := n - 2; i >= max(0, n-5); i-- {
		w := strings.Trim(words[i], ",;:()")
		if superlatives[w] {
			return true
		}
		if strings.HasSuffix(words[i], ",") || w == "and" || w == "but" {
			break
		}
	}
	return false
}

// sinceEventYear reports whether the words before a year, lower case, end
// on an event or a series' start that "since" names a few words back:
// "since the survey began in", "since the series started in", "since the
// economic downturn in". An event named with a verb of its own ("since
// the agreement entered into force in") is a span's start, left to the
// rules of "since".
func sinceEventYear(words []string) bool {
	n := len(words)
	if n < 3 || words[n-1] != "in" {
		return false
	}
	began := words[n-2] == "began" || words[n-2] == "started" || words[n-2] == "begun"
	for i := n - 2; i >= max(0, n-6); i-- {
		w := words[i]
		if strings.ContainsAny(w, ",;:()0123456789") {
			return false
		}
		if w != "since" {
			continue
		}
		between := words[i+1 : n-1]
		if began {
			return len(between) >= 2 && len(between) <= 4
		}
		if len(between) < 2 || len(between) > 4 || between[0] != "the" {
			return false
		}
		for _, b := range between[1:] {
			if strings.HasSuffix(b, "ed") || b == "of" || b == "into" {
				return false
			}
		}
		return true
	}
	return false
}
