package lexicon

// Durations are the counted nouns of a span of time, singular: "over five
// years" is a span, not a hedge, and "2.5 years" may be counted in
// fractions.
var Durations = []string{"year", "month", "week", "day", "decade", "hour", "century", "minute", "quarter", "session", "term"}

// RateNouns are the singular nouns that name the population of a rate
// ("per 100,000 population", "per capita"); plurals are read by IsPlural.
var RateNouns = []string{"population", "capita", "head", "person", "resident"}
