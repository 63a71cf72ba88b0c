package lexicon

import (
	"math"
	"strings"
	"unicode"
)

// A Scale is a scale word or abbreviation written after a number.
type Scale struct {
	Word string // lower case: "billion", "bn"
	Exp  int    // the power of ten: 9 for "billion"
	// Abbrev marks an abbreviation, which may be glued to the digits
	// ("1.2bn", "$3m"); a word is written apart ("1.2 billion").
	Abbrev bool
	// Plural marks a plural form ("millions"), read by the extractor in
	// "tens of millions" and by ParseStated after a number.
	Plural bool
}

// Scales lists the scale words; the first of each power of ten is the
// name of the scale (indicators.Scale's String). The one-letter
// abbreviations "k", "m" and "b" are read only glued to digits or after a
// currency sign ("$5m"); "t" is always the tonne.
var Scales = []Scale{
	{Word: "thousand", Exp: 3}, {Word: "million", Exp: 6}, {Word: "billion", Exp: 9}, {Word: "trillion", Exp: 12},
	{Word: "thousands", Exp: 3, Plural: true}, {Word: "millions", Exp: 6, Plural: true},
	{Word: "billions", Exp: 9, Plural: true}, {Word: "trillions", Exp: 12, Plural: true},
	{Word: "k", Exp: 3, Abbrev: true},
	{Word: "m", Exp: 6, Abbrev: true}, {Word: "mn", Exp: 6, Abbrev: true}, {Word: "mln", Exp: 6, Abbrev: true}, {Word: "mil", Exp: 6, Abbrev: true},
	{Word: "b", Exp: 9, Abbrev: true}, {Word: "bn", Exp: 9, Abbrev: true}, {Word: "bln", Exp: 9, Abbrev: true},
	{Word: "tn", Exp: 12, Abbrev: true}, {Word: "trn", Exp: 12, Abbrev: true}, {Word: "tln", Exp: 12, Abbrev: true},
}

// LookupScale returns the scale row of the lower-case word w.
func LookupScale(w string) (Scale, bool) {
	for _, s := range Scales {
		if s.Word == w {
			return s, true
		}
	}
	return Scale{}, false
}

// A NumberClass says how a number word combines with others.
type NumberClass uint8

// The classes of number words.
const (
	Digit   NumberClass = iota + 1 // zero … nine
	Teen                           // ten … nineteen
	Tens                           // twenty … ninety
	Hundred                        // hundred
	Dozen                          // dozen
)

// A Number is a number word.
type Number struct {
	Word  string
	Value int64
	Class NumberClass
	// Plural marks "hundreds", "dozens": an order of magnitude, not a
	// figure, in "hundreds of jobs".
	Plural bool
}

// Numbers lists the number words.
var Numbers = []Number{
	{"zero", 0, Digit, false}, {"one", 1, Digit, false}, {"two", 2, Digit, false}, {"three", 3, Digit, false},
	{"four", 4, Digit, false}, {"five", 5, Digit, false}, {"six", 6, Digit, false}, {"seven", 7, Digit, false},
	{"eight", 8, Digit, false}, {"nine", 9, Digit, false},
	{"nought", 0, Digit, false}, {"naught", 0, Digit, false}, {"nil", 0, Digit, false},
	{"ten", 10, Teen, false}, {"eleven", 11, Teen, false}, {"twelve", 12, Teen, false}, {"thirteen", 13, Teen, false},
	{"fourteen", 14, Teen, false}, {"fifteen", 15, Teen, false}, {"sixteen", 16, Teen, false},
	{"seventeen", 17, Teen, false}, {"eighteen", 18, Teen, false}, {"nineteen", 19, Teen, false},
	{"twenty", 20, Tens, false}, {"thirty", 30, Tens, false}, {"forty", 40, Tens, false}, {"fifty", 50, Tens, false},
	{"sixty", 60, Tens, false}, {"seventy", 70, Tens, false}, {"eighty", 80, Tens, false}, {"ninety", 90, Tens, false},
	{"hundred", 100, Hundred, false}, {"hundreds", 100, Hundred, true},
	{"dozen", 12, Dozen, false}, {"dozens", 12, Dozen, true},
}

// ZeroWords are the determiners a document states a zero count with:
// "no" before the counted noun ("There were no prosecutions") and "none"
// alone. They are no number words: the drafter takes no figure from them
// ("no more than", "no change"); a catalog's stated reads them as 0, as it
// reads "zero", "nil" and "nought" of Numbers.
var ZeroWords = []string{"no", "none"}

// LookupNumber returns the number word w (lower case).
func LookupNumber(w string) (Number, bool) {
	for _, n := range Numbers {
		if n.Word == w {
			return n, true
		}
	}
	return Number{}, false
}

// A Fraction is the word for a denominator: "half", "thirds".
type Fraction struct {
	Word        string
	Denominator int64
}

// Fractions lists the denominators written as words, singular and plural.
var Fractions = []Fraction{
	{"half", 2}, {"halves", 2}, {"third", 3}, {"thirds", 3}, {"quarter", 4}, {"quarters", 4}, {"fourth", 4}, {"fourths", 4},
	{"fifth", 5}, {"fifths", 5}, {"sixth", 6}, {"sixths", 6}, {"seventh", 7}, {"sevenths", 7}, {"eighth", 8}, {"eighths", 8},
	{"ninth", 9}, {"ninths", 9}, {"tenth", 10}, {"tenths", 10}, {"hundredth", 100}, {"hundredths", 100},
	{"thousandth", 1000}, {"thousandths", 1000},
	{"twentieth", 20}, {"twentieths", 20}, {"thirtieth", 30}, {"thirtieths", 30}, {"fortieth", 40}, {"fortieths", 40},
	{"fiftieth", 50}, {"fiftieths", 50}, {"sixtieth", 60}, {"sixtieths", 60}, {"seventieth", 70}, {"seventieths", 70},
	{"eightieth", 80}, {"eightieths", 80}, {"ninetieth", 90}, {"ninetieths", 90}, {"millionth", 1e6}, {"millionths", 1e6},
	{"billionth", 1e9}, {"billionths", 1e9}, {"trillionth", 1e12}, {"trillionths", 1e12},
}

// LookupFraction returns the denominator of the fraction word w.
func LookupFraction(w string) (int64, bool) {
	for _, f := range Fractions {
		if f.Word == w {
			return f.Denominator, true
		}
	}
	return 0, false
}

// An IndianScale is a scale word of the Indian numbering system, written
// apart after a number: "35 lakh", "100 crore", "2.5 lakh crore" (the two
// multiply: 10^12).
type IndianScale struct {
	Word string // lower case
	Exp  int    // the power of ten
}

// IndianScales lists them.
var IndianScales = []IndianScale{{"lakh", 5}, {"lakhs", 5}, {"crore", 7}, {"crores", 7}}

// LookupIndianScale returns the power of ten of the Indian scale word w
// (lower case), or 0.
func LookupIndianScale(w string) int {
	for _, s := range IndianScales {
		if s.Word == w {
			return s.Exp
		}
	}
	return 0
}

// A VulgarFraction is a fraction written as one character: ¼, ½, ⅛.
type VulgarFraction struct {
	Sign                   rune
	Numerator, Denominator int64
}

// VulgarFractions lists the single-character fractions, read alone ("¼%")
// and glued after a whole number ("4¾%", "2½ million").
var VulgarFractions = []VulgarFraction{
	{'½', 1, 2}, {'¼', 1, 4}, {'¾', 3, 4}, {'⅛', 1, 8}, {'⅜', 3, 8}, {'⅝', 5, 8}, {'⅞', 7, 8},
	{'⅕', 1, 5}, {'⅖', 2, 5}, {'⅗', 3, 5}, {'⅘', 4, 5}, {'⅓', 1, 3}, {'⅔', 2, 3}, {'⅙', 1, 6}, {'⅚', 5, 6},
}

// LookupVulgar returns the fraction written as the character r.
func LookupVulgar(r rune) (VulgarFraction, bool) {
	for _, f := range VulgarFractions {
		if f.Sign == r {
			return f, true
		}
	}
	return VulgarFraction{}, false
}

// OrdinalSuffixes are the letters of an ordinal after its digits ("1st",
// "22nd"), which a text flattened from print may set apart ("1 st
// April"); lower case, in the order of the digits 1, 2 and 3 they
// follow, then the one of every other.
var OrdinalSuffixes = []string{"st", "nd", "rd", "th"}

// Ordinals are the ordinal words from "first" on, as ranks are written
// ("second largest").
var Ordinals = []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"}

// Superlative reports whether the lower-case word w is an adjective such
// as "largest" or "biggest", as ranks are written ("second largest", "the
// world's largest spender"): a word of six letters or more ending in
// "est", but the nouns and verbs that only look like one.
func Superlative(w string) bool {
	switch w {
	case "interest", "forest", "request", "harvest", "contest", "protest", "arrest", "manifest", "conquest", "inquest", "suggest", "invest", "digest", "attest", "detest", "honest", "modest", "earnest", "midwest", "southwest", "northwest":
		return false
	}
	return len(w) > 5 && strings.HasSuffix(w, "est")
}

// FirstPlaceWords are the words that state a first place without an
// ordinal or a superlative in "-est": "Airlines with Most Passengers" is
// the first place, as "largest" is.
var FirstPlaceWords = []string{"most", "least", "top"}

// RankFrames are the words that begin a rank's frame, what its place is
// counted among, after the words that rank it: "11th least since 2000",
// "10th most on record", "the most of any industry sector", "the largest
// in the world". The frame is the document's, kept in stated; the rank's
// unit is its direction words ("least", "most popular") alone.
var RankFrames = []string{"since", "on", "of", "in", "among", "ever", "for", "across", "to", "so", "yet"}

// RankTimeFrames are the frames of RankFrames that give a place its
// reach in time, after the words that rank it: "the highest on record",
// "the lowest since records began", "the largest ever", "the warmest of
// all time", "the lowest level yet". A first place without its reach says
// less than the document does.
var RankTimeFrames = []string{"on record", "since", "ever", "of all time", "yet"}

// RankSpanLeads are the words that give a place its reach as a span of
// time back from the figure's, before a number of years, months or
// decades (Durations): "the lowest level for 20 years", "the highest in
// five years", "the lowest for a decade".
var RankSpanLeads = []string{"for", "in"}

// RankSpanBack are the words after "the" that count a span of
// RankSpanLeads back from the figure's time: "the highest in the past 25
// years", "the lowest for the last decade".
var RankSpanBack = []string{"past", "last", "previous", "preceding"}

// FirstPlaceQuantifiers are the phrases in which a word of
// FirstPlaceWords is a quantity, not a place: "the top destination for
// most of the exports" states no first place by "most".
var FirstPlaceQuantifiers = []string{"most of", "least of", "at most", "at least"}

// FirstPlaceComparisons are the comparisons that state a first place,
// lower case, as stated writes them: "carried more passengers than any
// other airline" is stated "more than any other", and the quote may put
// words between the two parts.
var FirstPlaceComparisons = [][2]string{
	{"more", "than any other"}, {"fewer", "than any other"}, {"less", "than any other"},
	{"more", "than any of"}, {"fewer", "than any of"},
}

// RunAfterWords are the words after a period that make an ordinal before
// it count a run of periods, as RunWords before it do: "for the 11th
// year in a row" and "for the third year running" are runs of 11 and 3
// years.
var RunAfterWords = []string{"in a row", "running"}

// PlaceNouns are the nouns that name a place in a ranking itself, after
// a word of first place or an ordinal: "top spot", "first place", "the
// top position" say the first place, and no way it is counted.
var PlaceNouns = []string{"spot", "place", "position", "slot"}

// RunWords are the words that make an ordinal count a run of periods, not
// a place in a list: "for the eighth consecutive year" is a run of eight
// years.
var RunWords = []string{"consecutive", "successive", "straight"}

// A UnitWord is a word for a unit that is no measure, currency or counted
// noun, written after a number.
type UnitWord struct {
	Word string // lower case: "percent", "pp"
	Unit string // the JSON contract's unit: percent, percentage_point or times
}

// UnitWords lists them; the first of each unit is how it is written.
// "ppt" is a percentage point, as economic news writes it (a part per
// trillion is written out, or "ng/L"); "pp" and "p.p." as UK releases write
// it, glued to the number or not ("a decrease of 5.3pp"), and "% points". A bare "points" is none of them: it
// counts points of an index or a score as often ("the Dow lost 190
// points", "7.3 points a game"), and is the counted noun "point".
var UnitWords = []UnitWord{
	{"percent", "percent"}, {"%", "percent"}, {"pct", "percent"}, {"percents", "percent"},
	{"percentage points", "percentage_point"}, {"percentage point", "percentage_point"}, {"pp", "percentage_point"}, {"ppt", "percentage_point"}, {"ppts", "percentage_point"},
	{"p.p.", "percentage_point"}, {"% points", "percentage_point"}, {"% point", "percentage_point"},
	{"times", "times"}, {"fold", "times"}, {"-fold", "times"},
}

// IsMultipleWord reports whether w, lower case, is one of the UnitWords of
// a multiple ("40 times that of June 2020", "a tenfold rise"): a
// multiple's word is never a counted noun.
func IsMultipleWord(w string) bool {
	for _, u := range UnitWords {
		if u.Unit == "times" && u.Word == w {
			return true
		}
	}
	return false
}

// A ScaleLetter is a one-letter scale abbreviation glued to digits
// ("1.2b", "5K"), matched as written: "M" is a million, "m" only where it
// cannot be a metre.
type ScaleLetter struct {
	Letter string // as written: "b", "M"
	Exp    int    // the power of ten
	// MoneyOnly marks a letter read as a scale only after a currency sign
	// ("$5m", "$2T") or where the reader has ruled out the unit it also
	// abbreviates (metre, tonne).
	MoneyOnly bool
}

// ScaleLetters lists the one-letter scale abbreviations.
var ScaleLetters = []ScaleLetter{
	{"b", 9, false}, {"B", 9, false}, {"M", 6, false}, {"m", 6, true}, {"T", 12, true}, {"k", 3, false}, {"K", 3, false},
}

// Minus is the minus sign, U+2212, read like a hyphen before a number.
const Minus = '−'

// MinusWords are the words documents write for a minus sign before a
// figure, in lower case: "minus €167 million", "negative 0.3 percent"
// (a central bank's net flows, a growth rate). The model reads each as
// the sign of the figure after it, in stated and in a quote alike.
var MinusWords = []string{"minus", "negative"}

// IsDash reports whether r is one of the dashes documents write between
// the ends of a range, before a negative number or inside a compound:
// the hyphen-minus, hyphen (U+2010), non-breaking hyphen (U+2011), figure
// dash (U+2012), en dash (U+2013) and em dash (U+2014). The minus sign is
// Minus.
func IsDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014':
		return true
	}
	return false
}

// SharesScale reports whether the low end of a range written without a
// scale takes the scale of the high end, a power of ten exp ("$1–2
// billion", "5 to 7 million"): only when it is below 1,000, written
// without digit groups and still not above the high end once scaled, so
// "1,000 to 1 billion" and "1000 to 1 billion" run from a thousand and
// "$200 to $4 million" from $200. high is at full magnitude.
func SharesScale(low, high float64, exp int, grouped bool) bool {
	return !grouped && low < 1000 && low*math.Pow10(exp) <= high
}

// IsSpace reports whether r separates words as a space does: Unicode's
// white space (unicode.IsSpace: the no-break, thin and narrow no-break
// spaces among them), the zero-width space U+200B and the byte-order mark
// U+FEFF, which documents leave between a sign and its number.
func IsSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

// A Multiplier is a verb that states a ratio: "doubled" is 2 times,
// "halving" 0.5 times (with the direction of the change).
type Multiplier struct {
	Forms  []string // lower case, every form of the verb
	Factor float64
}

// Multipliers are the verbs of multiplying, read by the extractor and by
// the catalog's stated grammar.
var Multipliers = []Multiplier{
	{[]string{"double", "doubled", "doubles", "doubling"}, 2},
	{[]string{"triple", "tripled", "triples", "tripling", "treble", "trebled", "trebling"}, 3},
	{[]string{"quadruple", "quadrupled", "quadruples", "quadrupling"}, 4},
	{[]string{"halve", "halved", "halves", "halving"}, 0.5},
}

// LookupMultiplier returns the factor of the verb of multiplying w (lower
// case).
func LookupMultiplier(w string) (float64, bool) {
	for _, m := range Multipliers {
		for _, f := range m.Forms {
			if f == w {
				return m.Factor, true
			}
		}
	}
	return 0, false
}

// Fold is the suffix of a ratio in one word: "threefold", "3-fold".
const Fold = "fold"
