package lexicon

// RateBaseNumbers are the ways a rate's base writes its number, with the
// one form a unit keeps: "per thousand total births" and "per 1,000 total
// births" are one base, "1,000 total births"; "per million population"
// keeps the word, as documents write it.
var RateBaseNumbers = map[string]string{
	"thousand": "1,000", "1000": "1,000", "hundred": "100", "10000": "10,000",
	"100000": "100,000", "1,000,000": "million", "1000000": "million",
}

// PopulationBases are the words after a rate's number that name the
// whole population, which a document may as well leave out: "13.2 deaths
// per 100,000 population" and "7.8 per 100,000" in one bullet of a
// suicide bulletin are one rate base worded two ways (s21o-suicide).
var PopulationBases = []string{"population", "people", "persons", "inhabitants", "residents"}
