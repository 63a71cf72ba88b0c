package lexicon

// IndexNouns are the nouns that name an index read in points rather than
// a count of things: a price or production index, a confidence or
// sentiment indicator, a balance of opinion (a net balance, the share who
// say "up" less the share who say "down"). A bare figure one of them is
// said to reach is its level ("the consumer confidence indicator fell to
// 49.7"): an index level, unit index, as the README's "An index with no
// base year" says, which the drafts write and verify's index notice reads.
var IndexNouns = []string{"index", "indices", "indexes", "indicator", "indicators", "balance of opinion", "balances of opinion", "net balance", "net balances"}

// OpinionSurveyWords, in a survey's name, say it asks opinions,
// expectations or judgements ("Economic Tendency Survey", "Business
// Confidence Survey", "Consumer Sentiment Survey"): its balances and
// indicators are a sample's estimates whoever answers, businesses too,
// unlike the counts a survey of businesses or providers collects.
var OpinionSurveyWords = []string{"tendency", "confidence", "sentiment", "opinion", "opinions", "expectations", "attitudes", "perceptions", "outlook"}

// ModelledMeasures are the measures a statistics office only estimates,
// from surveys and models, never counts: output and productivity in
// national accounts terms. A release whose title names one ("Labour
// Productivity, Q1 2013", "Gross domestic product, first quarterly
// estimate") gives estimates.
var ModelledMeasures = []string{"productivity", "gross domestic product", "gross value added", "national accounts"}
