package lexicon

// RateBaseNumbers are the ways a rate's base writes its number, with the
// one form a unit keeps: "per thousand total births" and "per 1,000 total
// births" are one base, "1,000 total births"; "per million population"
// keeps the word, as documents write it.
var RateBaseNumbers = map[string]string{
	"thousand": "1,000", "1000": "1,000", "hundred": "100", "10000": "10,000",
	"100000": "100,000", "1,000,000": "million", "1000000": "million",
}
