package lexicon

// Extremes are the words and phrases that name the highest or lowest value
// a figure reached within a span of time: "the peak of 113.1 per 10,000
// companies seen during the 2008-09 recession", "the lowest level since
// 2010-12", "a record high". Bare "high", "low" and "record" are none:
// they start compounds and names ("low-carbon generation", "high street
// sales", "Record of the meeting").
var Extremes = []string{"peak", "peaked", "highest", "lowest", "record high", "record low", "record number", "record level", "record amount", "all-time high", "all-time low",
	"record-high", "record-low", "maximum", "minimum", "trough"}

// IsRecordPlace reports whether s, in lower case, is one of Extremes
// that names a record ("record high", "all-time low"): a record high or
// low is the first place of a series, its highest or lowest value, as
// "the record high of 7,697 deaths in 2017" and "a record number of
// designs were registered" state, in the plural too ("record amounts
// of cocaine were seized", "record highs").
func IsRecordPlace(s string) bool {
	if len(s) > len("record") && s[len(s)-1] == 's' {
		s = s[:len(s)-1]
	}
	for _, e := range Extremes {
		if e == s && (len(e) > len("record") && e[:len("record")] == "record" || len(e) > len("all-time") && e[:len("all-time")] == "all-time") {
			return true
		}
	}
	return false
}

// ReachedExtremes are the words of a first place whose reach in time
// stands before them, with the superlative each is: "a five-year low" is
// the lowest of five years, "a 10-year high" and "a 30-year peak" the
// highest of ten and thirty.
var ReachedExtremes = map[string]string{"high": "highest", "low": "lowest", "peak": "highest", "trough": "lowest"}
