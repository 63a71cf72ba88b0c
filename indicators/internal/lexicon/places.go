package lexicon

// SourceLeads are the words that name what follows them, within its
// clause, as where a document's figures come from, not what they are of,
// lower case: "according to the Census Bureau", "combined with data from
// automatic counters at similar sites in England and Wales", "figures
// from Eurostat". A place named after one is a source, not the
// document's place.
var SourceLeads = []string{"according to ", "data from ", "figures from ", "statistics from ", "estimates from ", "source: ", "sources: "}

// OutwardFlows are the words, lower case, of a flow out of the place
// that reports it: in a clause that holds one, "from X" names the
// reporting side ("whisky exports from Scotland") and "to X" the other
// ("exports to Japan"). In any other clause "from X" is the other side,
// where the things counted come from ("food imported from Japan",
// "timber shipped from Norway", "students from the Republic of
// Ireland"), and "to X" may be either ("visitors to Ireland" are
// Ireland's, "shipments to Japan" a U.S. release's).
var OutwardFlows = []string{"export", "exports", "exported", "exporting", "emigration", "emigrants", "emigrated", "departures",
	"outflows", "outbound"}

// ApartWords are the words, lower case, that make "from X" an exception,
// not an origin: "apart from London", "away from the coast".
var ApartWords = []string{"apart", "aside", "away", "separately", "different", "differently"}

// AdviceLeads are the words, lower case, that name what follows them,
// within its clause, as a body whose advice or announcement a document's
// publisher acted on, not the publisher: "In response to Government and
// Public Health England announcements, the licensing office has …",
// "in line with guidance from NHS England". A body named after one is
// an aside: its place is not the release's.
var AdviceLeads = []string{"in response to ", "in line with ", "in accordance with ", "on the advice of ", "advice from ", "advice of ",
	"guidance from ", "guidance issued by ", "advised by ", "recommended by ", "in light of "}

// WorldPhrases are the words, lower case, that say a figure is the whole
// world's ("Worldwide parcel traffic", "the number of users across the
// world"); with the adjectives "global" and "world's" (the gazetteer's
// names of the world) they are the world's words a draft reads.
var WorldPhrases = []string{"worldwide", "globally", "across the world", "across the globe", "around the world", "around the globe",
	"in the world", "the world over"}
