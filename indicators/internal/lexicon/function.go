package lexicon

// The English function words, one table per word class, in lower case.
// The extractor's stop lists (the words a title may not end on, the words
// that end a noun phrase, a subject, a share's whole) are each a union of
// some of these classes and a few words of their own context; they are
// built from these tables, not written again.

// Articles are the articles: "the", "a", "an".
var Articles = []string{"a", "an", "the"}

// Demonstratives are the demonstrative determiners and pronouns: "this
// rise", "those countries". "that" is a relative pronoun too.
var Demonstratives = []string{"this", "that", "these", "those"}

// Possessives are the possessive determiners a report writes before a
// noun: "its exports", "their share", "our estimates".
var Possessives = []string{"our", "its", "their", "his", "her"}

// Prepositions are the short prepositions of place, time and relation
// that every noun phrase may close on or open a new one with: "of", "in",
// "on", "at", "for", "to", "by", "with", "from". Longer or rarer ones
// ("across", "within", "during", "since") are each list's own words.
var Prepositions = []string{"of", "in", "on", "at", "for", "to", "by", "with", "from"}

// GroupPrepositions open a phrase that names the group a figure is of,
// never what it counts: "Employment rose among core-aged women
// (+43,000)" counts people employed, and "women" is whom they are
// among.
var GroupPrepositions = []string{"among", "amongst"}

// Conjunctions are the coordinating conjunctions that join the items of a
// list or two noun phrases: "cars and vans", "five or more".
var Conjunctions = []string{"and", "or"}

// PhraseEnds are the marks that end a phrase inside a sentence: the
// words after one ("a decrease in loans, while exports …") are no longer
// the phrase's before it.
const PhraseEnds = ",;:.()\n"

// Contrasts are the conjunctions that open a clause set against the one
// before: "…, while imports fell", "but", "whereas".
var Contrasts = []string{"but", "while", "whereas"}

// RelativePronouns open a relative clause after a noun: "countries that
// export", "deaths which", "people who".
var RelativePronouns = []string{"that", "which", "who"}

// Pronouns are the personal pronouns that stand as a subject in place of
// a noun: "it rose", "they account for".
var Pronouns = []string{"it", "they", "we", "he", "she"}

// Copulas are the finite forms of "be" that link a subject to its
// figure or its verb: "is", "are", "was", "were".
var Copulas = []string{"is", "are", "was", "were"}

// LevelVerbs are the verbs, besides a copula and a word of change, that
// link a subject to a figure it stands at: "CPI inflation stood at 3%",
// "the rate remained at 2%", "the index reached 5%".
var LevelVerbs = []string{"stood", "stands", "remained", "remains", "reached", "reaches", "hit", "hits", "averaged", "averages", "came", "comes"}

// HaveForms are the forms of "have" that make a perfect tense ("has
// risen") or own a figure ("had 5 million").
var HaveForms = []string{"have", "has", "had"}

// Modals are the modal auxiliaries, after which a word is a verb ("will
// average", "could rise"): they open a clause, never a title.
var Modals = []string{"will", "would", "could", "can", "may", "might", "shall", "should", "must"}

// DoForms are the forms of "do" that stand as an auxiliary ("did
// average", "does not include").
var DoForms = []string{"do", "does", "did"}

// Connectives are the linking adverbs and phrases that open a clause and
// tie it to the one before ("Equally the number of …", "In addition, …",
// "As a result …"): they say how the clause follows, never what its figure
// measures. Phrases are lower case, words apart by one space.
var Connectives = []string{"however", "meanwhile", "overall", "equally", "similarly", "likewise", "additionally",
	"furthermore", "moreover", "also", "consequently", "therefore", "thus", "hence", "nevertheless", "nonetheless",
	"conversely", "notably", "importantly", "instead", "besides", "accordingly", "altogether", "separately", "finally",
	"firstly", "secondly", "thirdly", "lastly", "again", "still", "so", "but", "and", "yet", "indeed",
	"in addition", "by contrast", "in contrast", "as a result", "on the other hand", "at the same time", "in total",
	"in all", "in particular", "in comparison", "of these", "of those", "of this", "of which", "as well", "in turn",
	"even so", "above all", "more broadly", "more generally", "taken together", "in summary", "in short", "all told"}

// FramePrepositions open an adverbial frame set before a clause's subject
// and closed by a comma ("Further to the introduction of X in 2013, …",
// "Following the opening of …, …", "Compared with 2019, …"): the frame
// says when, why or against what, never what the figure measures. The
// short Prepositions open such frames too.
var FramePrepositions = []string{"further to", "following", "after", "before", "since", "during", "despite",
	"due to", "owing to", "thanks to", "because of", "as a result of", "in addition to", "in line with",
	"compared with", "compared to", "in comparison with", "in comparison to", "according to", "apart from",
	"in spite of", "among", "amongst", "across", "within", "throughout", "over", "under", "as of", "as at",
	"excluding", "including", "between", "against", "alongside", "unlike", "like", "beyond", "until", "up to"}

// Evaluatives are the adjectives a writer sets before a figure or its
// change to judge its size ("a massive 89% increase", "a record 7,400",
// "a welcome fall of 3%"): they weigh the figure, never name what is
// measured. Size words that also sort things ("large retailers", "small
// businesses") are not among them.
var Evaluatives = []string{"massive", "huge", "record", "significant", "welcome", "sharp", "modest", "substantial",
	"dramatic", "marked", "notable", "considerable", "remarkable", "staggering", "whopping", "striking", "slight",
	"steep", "impressive", "worrying", "unprecedented", "healthy", "hefty", "tremendous", "enormous", "vast",
	"sizeable", "sizable", "noticeable", "encouraging", "disappointing", "startling", "alarming", "extraordinary",
	"phenomenal", "surprising", "steady"}
