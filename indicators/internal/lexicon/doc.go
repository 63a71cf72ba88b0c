// Package lexicon is claimbook's one vocabulary of figures: the words and
// signs documents write around a number, listed once and read by every
// package that parses or writes a figure — indicators.ParseStated and
// Format, catalog verification, the extractor (indicators/extract) and its
// draft catalogs, and, through package indicators, both renderers.
//
// It holds, each in one table:
//
//   - Hedges: hedge phrases and limiting verbs with the qualifier they
//     mean ("north of" more_than, "fell short of" less_than, "~" approx);
//   - Scales: scale words and abbreviations ("billion", "bn");
//   - Numbers and Fractions: number words and the denominators of
//     fractions ("twenty", "dozen", "thirds");
//   - CurrencySigns and CurrencyNames: signs before an amount ("$", "A$",
//     "$US", and what golang.org/x/text/currency knows of each current currency's
//     English symbol) and currency words after one ("yen"); DollarSigns,
//     the sign a label writes for a currency documents write "$" ("NZ$");
//   - Measures: the physical units, each with its symbol, display form,
//     singular, plural and every other spelling ("metric tonnes" is t; a
//     short ton is "ton", apart from the tonne; "Mbps" is Mbit/s, a rate,
//     apart from the megabit); the singular is the unit's long name, which
//     examples/newsquant reads through indicators.LookupMeasure;
//   - Irregular, Unchanging and SesStems: the one singular/plural table of
//     counted nouns, with Plural, Singular and IsPlural; FractionalNouns,
//     the counted nouns besides spans of time written in fractions ("58.06
//     points");
//   - Directions: the words that say a change goes up or down (or, for
//     a word of better or worse, either way: "improvement"), with
//     MoveVerbs, the verbs of a change with no direction ("went from 5 to
//     7 percent" is no range), and UpParticle, the verbs that make "up" a
//     particle ("gave up 517 yards");
//   - CurrencyAdjectives, CurrencyPrefixes and LowerCodes: country words
//     before a currency name ("Japanese yen"), abbreviations before an
//     amount ("Rs 500") and codes read in lower case ("usd 5"); Subunits,
//     the words for a currency's hundredth ("16 cents" is US$0.16, "50
//     pence" £0.50), and Pence, the "p" glued to digits ("164p");
//   - RateBaseAbbreviations and RateAbbreviations: the short forms of a
//     rate's base after a slash ("$47/b" is per barrel) and of a rate in
//     one token ("b/d" is barrels per day);
//   - ScaleLetters: one-letter scales glued to digits ("1.2b", "$5m");
//   - Durations and RateNouns: the nouns of a span of time ("years"), of
//     which WorkingTimeWords make units of their own ("working days"), and
//     of the base of a rate ("per 100,000 population", "a game"), with
//     RateArticleStops, the words that make "a year" a time ("a year
//     earlier"), of which TimeBackWords also make "12 months earlier" one;
//   - AgainstLeads, ForecastWords, TargetWords and GroupWords: the words that set a
//     change against a forecast or target ("lower than forecast", "below
//     target"), which indicators.Comparand names, BeatVerbs among the
//     leads ("exceeding the target"); LikeWords, which with
//     ComparedWithPhrases and SinceWords lead to a compared figure
//     ("similar to"); AbroadWords, everywhere
//     outside the entity's country ("overseas": WLD); CoordinatedWholes,
//     the one noun for two counted together ("pubs and clubs": venue);
//   - AgeWords and AgeNouns: the words of an age ("aged 67", "a
//     45-year-old"), and ChildNouns, before an age bracket ("children
//     under five");
//   - Ordinals, Multipliers and Fold: ranks in words ("second largest"),
//     verbs of multiplying ("doubled" is 2 times) and "-fold";
//   - UnitWords: percent, percentage point ("pp", "ppt") and times;
//   - Articles, Demonstratives, Possessives, Prepositions, Conjunctions,
//     Contrasts, RelativePronouns, Pronouns, Copulas, HaveForms, Modals
//     and DoForms: the
//     English function words, a table per word class, of which the
//     extractor builds its stop lists ("the", "of", "which", "were");
//   - the rules both the grammar and the extractor apply to characters and
//     numbers: IsDash and Minus (the dashes), IsSpace (what separates
//     words), SharesScale (when "$1–2 billion" shares its scale), Acronym
//     and SingularOf ("NGOs" counts "ngo"), MaxNoun (the longest counted
//     noun), JoinHyphenBreaks with HyphenPrefixes (a word a line break
//     hyphenated: "regis-\ntrations" is one word, "de- registrations"
//     keeps its prefix's hyphen).
//
// The package imports nothing of claimbook, so qualifiers are named by the
// words of the JSON contract ("more_than") and scales by their power of ten;
// package indicators turns them into its types once.
//
// # Adding a word
//
// Adding a hedge or a unit is one table row plus one test row. A new hedge:
//
//	{Phrase: "a shade under", Qualifier: "nearly"},
//
// in Hedges, and in the test table of package indicators
//
//	{"a shade under 5 percent", "5", "nearly", "percent"},
//
// after which ParseStated reads it, Verify sees it before a figure, the
// extractor finds it and drafts keep it. A new measure is one row in
// Measures (symbol, display, singular, plural, spellings, SI factor).
package lexicon
