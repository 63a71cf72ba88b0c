package lexicon

// Extremes are the words and phrases that name the highest or lowest value
// a figure reached within a span of time: "the peak of 113.1 per 10,000
// companies seen during the 2008-09 recession", "the lowest level since
// 2010-12", "a record high". Bare "high", "low" and "record" are none:
// they start compounds and names ("low-carbon generation", "high street
// sales", "Record of the meeting").
var Extremes = []string{"peak", "peaked", "highest", "lowest", "record high", "record low", "all-time high", "all-time low",
	"record-high", "record-low", "maximum", "minimum", "trough"}
