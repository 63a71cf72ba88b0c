package lexicon

// SourceLeads are the words that name what follows them, within its
// clause, as where a document's figures come from, not what they are of,
// lower case: "according to the Census Bureau", "combined with data from
// automatic counters at similar sites in England and Wales", "figures
// from Eurostat". A place named after one is a source, not the
// document's place.
var SourceLeads = []string{"according to ", "data from ", "figures from ", "statistics from ", "estimates from ", "source: ", "sources: "}
