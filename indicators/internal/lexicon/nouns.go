package lexicon

import "slices"

// Durations are the counted nouns of a span of time, singular: "over five
// years" is a span, not a hedge, and "2.5 years" may be counted in
// fractions.
var Durations = []string{"year", "month", "week", "day", "decade", "hour", "century", "minute", "quarter", "session", "term"}

// ClockDurations are the Durations read off a clock, whose figures are
// measured and rounded as any measure's: "55 minutes" a day of work is
// 54.5 to 55.5 minutes, as "7.7 hours" is 7.65 to 7.75, not a count of
// minutes exact to the unit (out45, s36g-timeuse). Days, weeks and
// longer spans are counted ("a ban of 3 days").
var ClockDurations = []string{"hour", "minute"}

// WorkingTimeWords are the words that make a duration a unit of its own:
// "10 working days", "five business days", "190 school days" count days
// of work, trading or school, not calendar days.
var WorkingTimeWords = []string{"working", "business", "school", "trading", "sitting"}

// RateNouns are the singular nouns that name the population of a rate
// ("per 100,000 population", "per capita"), or what a rate is counted per
// in news and sport ("31 points a game", "$2 a share"); plurals are read
// by IsPlural.
var RateNouns = []string{"population", "capita", "head", "person", "resident", "game", "match", "season", "share", "piece"}

// BaseModifier is the one modifier that may stand between the number and
// the noun of a counted noun or a rate's base and is left out of the
// base: "355 sentenced prisoners per 100,000 U.S. residents" is 355
// prisoners per 100,000 residents, "$70,000 per U.S. household" $70,000
// per household, and the extractor reads "1,500 U.S. jobs" as jobs.
const BaseModifier = "U.S."

// NetWords are the words that make a figure of counted things a net one,
// which may be below zero: "Net migration was -43,000 British citizens"
// (indicators.MeasureKind.Nets).
var NetWords = []string{"net"}

// TimeBackWords are the words after a span of time that place a moment
// before or after another: "12 months earlier", "two years ago", "three
// years later" are times, not figures, and "3 percent a year earlier" has
// no rate. They begin RateArticleStops.
var TimeBackWords = RateArticleStops[:8:8]

// RateArticleStops are the words after "a year", "a month" … that make
// the phrase a time, not the base of a rate: "3 percent a year earlier",
// "$5 a month ago", "a quarter of". The first are TimeBackWords.
var RateArticleStops = []string{"ago", "earlier", "later", "before", "prior", "previously", "back", "hence", "after", "on", "of", "from", "since", "into", "ahead", "old"}

// ChildNouns are the words for the young that an age bracket follows:
// "children under five", "infants under 5 years old" give an age, not a
// figure "less than 5".
var ChildNouns = []string{"children", "child", "infants", "infant", "newborns", "newborn", "babies", "baby", "kids", "toddlers", "boys", "girls"}

// RatePhrases are the words that say a figure is a rate per span of time
// where the figure's own words do not ("283,734 units" at a "seasonally
// adjusted annual rate"), by the span: a catalog may give such a figure
// unit "unit per year" when its quote says one of them. Those that begin
// "each" or "every", and the adverbs in -ly, are also the base of a rate
// written after the figure ("£2.2 billion each year", "£5 annually"), as
// the extractor reads them.
var RatePhrases = map[string][]string{
	"year":    {"annual rate", "annualized", "annualised", "saar", "per year", "a year", "per annum", "each year", "every year", "yearly", "annually"},
	"month":   {"monthly rate", "per month", "a month", "each month", "every month", "monthly"},
	"quarter": {"quarterly rate", "per quarter", "a quarter", "each quarter", "every quarter", "quarterly"},
	"week":    {"weekly rate", "per week", "a week", "each week", "every week", "weekly"},
	"day":     {"daily rate", "per day", "a day", "each day", "every day", "daily"},
	"hour":    {"hourly", "per hour", "an hour", "each hour", "every hour"},
}

// IsArticleRateBase reports whether w, a singular noun in lower case, is
// the base of a rate after "a" or "an" as well as after "per": a span of
// time (Durations: "$200 a month"), a rate noun ("31 points a game") or a
// measure's singular name ("$80 a barrel"). After "per" any noun is.
func IsArticleRateBase(w string) bool {
	for _, ws := range [][]string{Durations, RateNouns} {
		for _, x := range ws {
			if x == w {
				return true
			}
		}
	}
	for _, m := range Measures {
		if m.Singular == w {
			return true
		}
	}
	return false
}

// FractionalNouns are the counted nouns besides spans of time (Durations)
// that documents count in fractions: points of an index or a score
// ("up 58.06 points", "7.3 points a game"), and cents and pence where
// they are no amount after a number (an amount, "84.75 cents", is money:
// Subunits). Any other plural noun is
// counted in fractions only as an average, before the base of a rate ("3.7
// rebounds a game", "1.6 children per woman").
var FractionalNouns = []string{"point", "cent", "penny"}

// CountedPoints are the words of counted points the extractor reads
// before the base of a rate: "31 points per game". A bare "points" is
// always the counted noun "point" (UnitWords).
var CountedPoints = []string{"points", "point"}

// ScoreWords are the words around two numbers joined by a dash that make
// them a score or a tally of votes, not a range: "won 112-104", "lost
// 98-104", "a 52-48 vote", "a 10-2 record".
var ScoreWords = []string{"won", "win", "wins", "winning", "lost", "lose", "loses", "losing", "beat", "beats", "beating", "defeated", "defeat", "victory", "vote", "votes", "voted", "score", "scored", "scores", "tied", "tie", "drew", "draw", "led", "lead", "leads", "trailed", "trail", "trails", "edged", "routed", "margin", "record", "decision", "majority"}

// AgeWords are the words written before an age: "aged 67", "ages 18-24",
// "at age 5". An age is a count of years.
var AgeWords = []string{"aged", "age", "ages"}

// AnnualRateWords are the words before "rate of" that make the count
// after them a rate per year: "an annual rate of 9.0 million units", "a
// seasonally adjusted annual rate of 1.35 million". They are among the
// words of RatePhrases["year"], so a catalog's quote holds them.
var AnnualRateWords = []string{"annual", "annualized", "annualised"}

// AnnualRateAfter are the words after a count that make it a rate per
// year: "at a 1.2 million SAAR" (seasonally adjusted annual rate).
var AnnualRateAfter = []string{"saar"}

// DurationHedgeLeads are the words before "over" or "under" and a span of
// time that make "over" and "under" hedges of the span, not prepositions:
// "unemployed for over two years" is more than two years, "done in under
// 10 minutes" less than 10, "narrowed to under four years", "waits of over
// 18 weeks", "the stay was over two years", while "over two years" alone
// is a period ("$5 billion over two years").
var DurationHedgeLeads = []string{"for", "in", "to", "of", "is", "was", "are", "were", "be", "been"}

// OverObjectNouns are the nouns that take "over" as their object's
// preposition, after which "over" is no hedge of the figure that follows:
// "had jurisdiction over 1,230,100 persons", "legal authority over 146,100
// persons", "control over 60% of the market".
var OverObjectNouns = []string{"jurisdiction", "control", "authority", "custody", "responsibility", "power", "powers"}

// YearBase is the base of a rate per year, as indicators.Unit.Per keeps it.
const YearBase = "year"

// AgedWord is the word after the noun of a rate's base that bounds its
// population by age: "per 1,000 women aged 15 to 44". The base keeps the
// ages ("aged 15-44", "aged under 5"), as
// indicators.Unit.Per does.
const AgedWord = "aged"

// AppositionAgeWords are the words that, after "Name, 66,", make the
// number between the commas the person's age, as news writes it: "Maddon,
// 66, has used the downtime", "Jamie Armstrong, 25, said", "John Smith, 45,
// of Boston", "Jones, 34, a teacher".
var AppositionAgeWords = []string{"said", "says", "told", "who", "has", "had", "is", "was", "died", "added", "lives", "lived", "of", "a", "an"}

// MaxAppositionAge is the largest number read as an age in apposition.
const MaxAppositionAge = 120

// AgeNouns are the spans of time an age is written in before "old", in
// the singular: "a 45-year-old man", "a 3-month-old baby", "10 years old".
var AgeNouns = []string{"year", "month", "week", "day"}

// AgePhrase returns the noun phrase of an age in unit, a span of time in
// the singular ("year"): "years old", whichever way the document writes it
// ("45-year-old", "aged 45", "45 years old"). It tells an age from a span
// of the same unit ("45 years").
func AgePhrase(unit string) string { return Plural(unit) + " " + AgeOld }

// AgeOld is the word that ends an age: "45-year-old", "10 years old".
const AgeOld = "old"

// NounAbbreviations are abbreviations written for a counted noun, in lower
// case, with the noun they stand for: "25 bps" counts basis points, "3min"
// minutes.
var NounAbbreviations = map[string]string{"bp": "basis point", "bps": "basis point", "min": "minute", "mins": "minute"}

// RateBaseAbbreviations are the short forms of a rate's base written
// after a slash, in lower case, with the base they stand for: "$47/b" is
// $47 per barrel, "16 cents/gal" 16 cents per gallon, "$2.80/MMBtu" per
// million Btu. A base not listed is kept as written ("$5/day").
var RateBaseAbbreviations = map[string]string{"b": "barrel", "bbl": "barrel", "gal": "gallon", "lb": "pound", "lbs": "pound",
	"oz": "ounce", "bu": "bushel", "cwt": "hundredweight", "mmbtu": "million btu", "kwh": "kilowatthour", "mwh": "megawatthour",
	"t": "tonne", "mt": "metric ton", "hr": "hour", "yr": "year", "mo": "month", "wk": "week"}

// RateAbbreviations are units of a rate written in one token, in lower
// case, with the words they stand for: "13.2 million b/d" is 13.2 million
// barrels per day.
var RateAbbreviations = map[string]string{"b/d": "barrels per day", "bbl/d": "barrels per day", "bpd": "barrels per day"}

// MaxNoun is the longest counted noun, in bytes, in the singular: a longer
// word after a number is no noun a catalog can name.
const MaxNoun = 64

// AreaQualifiers are the words that name a part of an area after which a
// local area is called ("East Dorset", "Mid Suffolk", "South
// Lakeland"), lower case: the area named after them, if it has a code,
// holds the local area.
var AreaQualifiers = []string{"north", "south", "east", "west", "mid", "central", "upper", "lower", "inner", "outer",
	"north east", "north west", "south east", "south west"}

// StateForms are the words before a country's name that say its form of
// state, in a long name documents write ("the Republic of Ireland",
// "Kingdom of Spain"), lower case, longest first: the name after them, if
// it is a country's, is that country.
var StateForms = []string{"people's republic of", "democratic republic of", "federal republic of", "islamic republic of",
	"republic of", "kingdom of", "commonwealth of", "principality of", "grand duchy of", "sultanate of", "state of"}

// AbroadWords are the words for everywhere outside the document's own
// country, lower case: a counterpart written "overseas" (net overseas
// migration) or "abroad" (trips abroad) is the world, WLD, seen from the
// entity.
var AbroadWords = []string{"overseas", "abroad", "foreign", "international", "offshore", "worldwide", "global", "outside the country"}

// ComplementWords are the words before a place that name everything but
// it ("non-EU countries", "outside the EU", "the rest of the world",
// "extra-EU trade"), lower case: no code names such a complement.
var ComplementWords = []string{"non-", "non ", "extra-", "outside the ", "outside ", "rest of the ", "rest of ", "all but the ", "all but ", "other than the ", "other than "}

// IrregularPasts are the past tenses of the common verbs that do not end
// in "-ed", as a count's own predicate writes them: "5.4 million people
// went to botanic gardens", "4,730 people left the Future Reserves". A
// verb of change ("rose", "fell") is none: it is read by Directions.
var IrregularPasts = []string{"went", "made", "took", "saw", "got", "gave", "paid", "spent", "lost", "left", "came", "became",
	"felt", "thought", "did", "won", "sent", "held", "kept", "met", "sold", "bought", "brought", "built", "began", "ran",
	"chose", "drove", "found", "wrote", "ate", "drank", "flew", "heard", "knew", "taught", "told", "wore"}

// CoordinatedWholes are the nouns that count both of two things a
// document counts together with "and" ("1400 pubs and clubs" are 1400
// venues, "300 boys and girls" 300 children), keyed by the two singulars
// in alphabetical order, joined by a space: the unit verify offers for
// such a figure, whose last noun alone ("club") would misread it.
var CoordinatedWholes = map[string]string{
	"club pub": "venue", "bar pub": "venue", "bar club": "venue", "casino club": "venue",
	"boy girl": "child", "man woman": "person", "female male": "person",
	"college school": "institution", "college university": "institution",
	"hospice hospital": "facility", "death injury": "casualty",
}

// PeopleNouns are counted nouns, in the singular, of people or of the
// households they live in (the head of a unit: "full-time equivalent
// officer" is an officer): a number of them
// present at a date is a stock, and counted as they are served over a
// period ("1.7 million patients treated in the 24 months before 31 March
// 2014", a head count over a rolling window) a flow; never a count of
// kinds, places or members (measure: count), which verify notices
// (s22p-dental: "1,438 dentists" under measure: count).
var PeopleNouns = slices.Concat(HoldingPeople, []string{"dentist", "doctor", "nurse", "midwife", "practitioner", "volunteer",
	"drinker", "visitor", "apprentice", "trainee", "graduate", "carer", "parent", "mother", "father", "citizen", "migrant",
	"refugee", "voter", "couple", "member of staff"}, SexNouns)

// HoldingPeople are the people nouns (PeopleNouns) the drafter takes for
// a holding counted at a date, a stock where the clause says so
// ("there were 52,247 teachers", "1.2 million claimants at 31 March"). The
// others are left to the drafter's other rules: counted over a period more
// often than held (visitors, voters, graduates, migrants), named by sex
// (SexNouns), or a workforce a title names by where it works ("nurses
// working in hospitals").
var HoldingPeople = []string{"person", "people", "household", "adult", "child", "patient", "teacher", "pupil", "student", "officer",
	"prisoner", "inmate", "employee", "worker", "resident", "claimant", "recipient", "beneficiary", "smoker", "user",
	"sleeper", "staff", "subscriber"}

// SexNouns are the people nouns (PeopleNouns) that name people by sex. A
// document uses them most often to break a figure down ("more cancers
// diagnosed in men (167,281) than women (153,114)", "scholarships for
// 5,000 girls"), so the drafter does not take one for a holding counted
// at a date, as it does the other people nouns.
var SexNouns = []string{"man", "woman", "girl", "boy"}

// AverageWords are the words of a clause that make a figure an average
// per something, a level ("27 days on average per site", "an average of
// 4.2 per household"), lower case.
var AverageWords = []string{"on average", "an average of", "average per", "per site", "per station", "a year on average"}

// CountingModifiers are the words before a counted noun that change what
// is counted, so the unit keeps them: a potential victim is no victim, a
// suspected case no case ("17,004 potential victims" counts potential
// victims; the README's unit field); so does a state that makes the thing
// another class ("8,300 stray dogs" beside "86,600 dogs" licensed).
var CountingModifiers = []string{"potential", "suspected", "alleged", "possible", "probable", "presumed", "attempted",
	"unoccupied", "vacant", "empty", "stray", "abandoned", "unlicensed", "unregistered"}

// KindlessHeads are the counted nouns that name no kind of thing by
// themselves: the nouns before them say what is counted, and stay in
// the unit ("penalty charge notices", "charging devices", "gaming
// machines", "police services", "donor centres", "emergency calls").
// Any other head is counted alone, as the hand
// catalogs of forty kinds of release write them ("drug seizures",
// "food samples", "road casualties" count seizures, samples and
// casualties; the kind goes in the title).
var KindlessHeads = []string{"notice", "device", "machine", "service", "centre", "center", "call", "facility"}

// LooseModifiers are the words before a counted noun that say how many,
// which, when or how good the things are, never what kind of thing is
// counted: sizes (and their comparatives, "195,000 lower income
// households"), quantifiers, times and evaluatives ("a record 1,200
// large homes", "3,400 additional beds", "the 2,100 existing posts").
// A counted noun keeps the nouns before its head that name its kind
// ("penalty charge notice", "bed day"), never these (the README's unit
// field); Evaluatives are dropped too.
var LooseModifiers = slices.Concat(NewnessWords, []string{"large", "small", "big", "major", "minor", "tiny", "medium", "total", "overall", "whole", "entire",
	"more", "fewer", "less", "most", "least", "many", "few", "several", "other", "same", "such",
	"all", "some", "any", "each", "every", "both", "various", "different", "certain", "own", "only", "just", "nearly", "almost",
	"old", "current", "recent", "previous", "former", "latest", "last", "next", "first", "early", "late", "future", "past", "present",
	"existing", "remaining", "outstanding", "ongoing", "pending", "growing", "increasing", "rising", "falling", "declining",
	"annual", "monthly", "weekly", "daily", "yearly", "quarterly", "hourly", "public", "private", "main", "key", "top", "high",
	"low", "long", "short", "full", "good", "poor", "bad", "best", "worst", "average", "typical", "estimated", "male", "female",
	"young", "elderly", "separate", "individual", "actual", "real", "open",
	"lower", "higher", "larger", "smaller", "bigger", "greater", "older", "younger", "longer", "shorter"})

// NewnessWords are the adjectives before a counted noun that say the
// things were added in the figure's period, never what kind of thing is
// counted: "8 new licences", "300 additional officers", "12 extra beds",
// "5 further cases" count licences, officers, beds and cases; the word
// goes in the title ("New licences issued"): verify tells a unit that
// keeps one, and the drafter drops them from a counted noun, as it does
// every word of LooseModifiers.
var NewnessWords = []string{"new", "additional", "extra", "further"}

// AdjectiveEndings are the endings of adjectives in English ("electoral",
// "homophobic", "serious", "active", "installed"): a word before a
// counted noun that ends so is no noun of its kind, unless it is one of
// NounsLikeAdjectives ("hospital", "traffic", "bed").
var AdjectiveEndings = []string{"al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ish", "ese", "ed", "est"}

// NounsLikeAdjectives are nouns with an ending of AdjectiveEndings that
// name the kind of a counted thing ("hospital beds", "traffic offences").
var NounsLikeAdjectives = []string{"hospital", "animal", "capital", "referral", "tribunal", "rental", "arrival", "approval", "withdrawal",
	"disposal", "renewal", "removal", "survival", "terminal", "signal", "trial", "festival", "journal", "traffic", "clinic", "music",
	"bed", "shed", "sled", "seed", "need", "feed", "speed", "steel", "fuel", "metal", "rail", "mail", "goal", "coal", "deal", "meal"}

// YearFlowWords name a flow over a year in the words before its figure:
// "a total annual income of £103 billion", "yearly spending of $2
// million". Such a flow is summed over a year, never held at a day: the
// month of a stock dated earlier in its sentence ("170,827 charities at
// the end of June 2025 with a total annual income of …") is not its period.
var YearFlowWords = []string{"annual", "yearly"}

// DefinitionWords are the words of a clause that define a class by a
// figure rather than measure it ("full-time workers (those usually
// working 35 hours or more per week)", "a major work stoppage is defined
// as one involving 1,000 or more workers"): its figure is a threshold.
// Each is matched in lower case, as words; "involves" and "involve" count
// only after a sentence that opens with "a" or "an" ("A major work
// stoppage involves 1,000 or more workers"), the genre's definition.
var DefinitionWords = []string{"defined as", "is defined", "are defined", "definition of", "refers to", "refer to", "those usually", "those who", "i.e.", "that is,"}

// DefiningVerbs are the verbs of a definition after a generic subject,
// "A major work stoppage involves 1,000 or more workers" (DefinitionWords).
var DefiningVerbs = []string{"involves", "involve", "means", "includes"}
