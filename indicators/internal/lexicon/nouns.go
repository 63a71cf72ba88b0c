package lexicon

// Durations are the counted nouns of a span of time, singular: "over five
// years" is a span, not a hedge, and "2.5 years" may be counted in
// fractions.
var Durations = []string{"year", "month", "week", "day", "decade", "hour", "century", "minute", "quarter", "session", "term"}

// RateNouns are the singular nouns that name the population of a rate
// ("per 100,000 population", "per capita"); plurals are read by IsPlural.
var RateNouns = []string{"population", "capita", "head", "person", "resident"}

// NounAbbreviations are abbreviations written for a counted noun, in lower
// case, with the noun they stand for: "25 bps" counts basis points.
var NounAbbreviations = map[string]string{"bp": "basis point", "bps": "basis point"}

// MaxNoun is the longest counted noun, in bytes, in the singular: a longer
// word after a number is no noun a catalog can name.
const MaxNoun = 64
