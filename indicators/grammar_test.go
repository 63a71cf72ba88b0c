package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestParseStatedGrammar covers the grammar of issue 9: limiting verbs,
// every hedge of the lexicon, hedged ranges, counted nouns with modifiers,
// fractions and number words. Adding a hedge or a unit to the lexicon is
// one row here.
func TestParseStatedGrammar(t *testing.T) {
	tests := []struct {
		in                   string
		value, low, high     string // "" for none
		qualifier, unit      string
		hedge, noun, written string // written: what Format gives back
	}{
		{"topped $442 billion", "442e9", "", "", "more_than", "USD", "", "", "more than $442 billion"},
		// A shilling is four currencies: the country's word says which
		// (issue 11); the name alone stays a count.
		{"850 billion Tanzanian shillings", "850e9", "", "", "exact", "TZS", "", "", "TZS 850 billion"},
		{"2 billion Kenya shillings", "2e9", "", "", "exact", "KES", "", "", "KES 2 billion"},
		{"1 Ugandan shilling", "1", "", "", "exact", "UGX", "", "", "UGX 1"},
		{"5 billion shillings", "5e9", "", "", "exact", "shilling", "", "", "5 billion shillings"},
		// A currency named with its country's word is that country's, as
		// the extractor reads it.
		{"5 billion Japanese yen", "5e9", "", "", "exact", "JPY", "", "", "¥5 billion"},
		{"500 Pakistani rupees", "500", "", "", "exact", "PKR", "", "", "PKR 500"},
		{"10 swiss francs", "10", "", "", "exact", "CHF", "", "", "CHF 10"},
		{"10 British pounds", "10", "", "", "exact", "GBP", "", "", "£10"},
		{"exceeded $442 billion", "442e9", "", "", "more_than", "USD", "", "", "more than $442 billion"},
		{"surpassed $442 billion", "442e9", "", "", "more_than", "USD", "", "", "more than $442 billion"},
		{"fell short of $5 billion", "5e9", "", "", "less_than", "USD", "", "", "less than $5 billion"},
		{"north of $5 billion", "5e9", "", "", "more_than", "USD", "", "", "more than $5 billion"},
		{"slightly more than 30 percent", "30", "", "", "more_than", "percent", "", "", "more than 30 percent"},
		{"well over 2 million people", "2e6", "", "", "more_than", "person", "", "", "more than 2 million people"},
		{"upwards of 500 people", "500", "", "", "more_than", "person", "", "", "more than 500 people"},
		{"5 mins", "5", "", "", "exact", "minute", "", "", "5 minutes"},
		{"sub-300 sq m", "300", "", "", "less_than", "m2", "", "", "less than 300 m²"},
		{"sub-$100", "100", "", "", "less_than", "USD", "", "", "less than $100"},
		{"app. 40 workers", "40", "", "", "approx", "worker", "", "", "about 40 workers"},
		{"approx. 40 workers", "40", "", "", "approx", "worker", "", "", "about 40 workers"},
		{"some 300 firms", "300", "", "", "approx", "firm", "", "", "about 300 firms"},
		{"just under 5 percent", "5", "", "", "nearly", "percent", "", "", "nearly 5 percent"},
		{"~5 percent", "5", "", "", "approx", "percent", "", "", "about 5 percent"},
		{"a shade under 5 percent", "", "", "", "", "", "", "", ""}, // not a hedge: an error
		// A hedge after the figure and its unit (issue 11).
		{"110 GW or more", "110", "", "", "at_least", "GW", "", "", "at least 110 GW"},
		{"$5 million or less", "5e6", "", "", "up_to", "USD", "", "", "up to $5 million"},
		{"3 percent or higher", "3", "", "", "at_least", "percent", "", "", "at least 3 percent"},
		{"500 workers or fewer", "500", "", "", "up_to", "worker", "", "", "up to 500 workers"},
		{"20 points or above", "20", "", "", "at_least", "point", "", "", "at least 20 points"},
		{"500 OR MORE", "500", "", "", "at_least", "", "", "", "at least 500"},
		{"65 and over", "65", "", "", "at_least", "", "", "", "at least 65"},
		// News writing (issue 11): the wire services' yen sign, a
		// currency named with its country's word, a dotted abbreviation.
		{"Y=28,030", "28030", "", "", "exact", "JPY", "", "", "¥28,030"},
		{"7.5 million Danish crowns", "7.5e6", "", "", "exact", "DKK", "", "", "DKK 7.5 million"},
		{"80 m.p.h.", "80", "", "", "exact", "mph", "", "", "80 mph"},
		{"about 500 or more", "500", "", "", "at_least", "", "", "", "at least 500"}, // the bound after wins over "about"
		{"at least 110 GW or more", "", "", "", "", "", "", "", ""},                  // two hedges: an error
		{"5 to 7 percent or more", "", "", "", "", "", "", "", ""},                   // a range takes no hedge after it: an error
		{"an estimated $55 billion to $93 billion", "", "55e9", "93e9", "range", "USD", "an estimated", "", "an estimated $55 billion to $93 billion"},
		{"roughly 5 to 7 percent", "", "5", "7", "range", "percent", "roughly", "", "roughly 5 to 7 percent"},
		{"1,500 U.S. jobs", "1500", "", "", "exact", "job", "", "U.S. jobs", "1,500 U.S. jobs"},
		{"six focus countries", "6", "", "", "exact", "country", "", "focus countries", "6 focus countries"},
		{"2,700 to 6,600 premature deaths", "", "2700", "6600", "range", "death", "", "premature deaths", "2,700 to 6,600 premature deaths"},
		{"1 U.S. job", "1", "", "", "exact", "job", "", "U.S. job", "1 U.S. job"},
		// Coordinate modifiers are one noun phrase; a comma right before
		// the head ends a list, which is no unit.
		{"77,000 good-paying, union jobs", "77000", "", "", "exact", "job", "", "good-paying, union jobs", "77,000 good-paying, union jobs"},
		{"tens of thousands of new, well-paid jobs", "", "1e4", "1e5", "range", "job", "", "new, well-paid jobs", "10 to 100 thousand new, well-paid jobs"},
		{"5,000 homes, schools", "", "", "", "", "", "", "", ""},
		{"450 million people of the developing world", "450e6", "", "", "exact", "person", "", "people of the developing world", "450 million people of the developing world"},
		{"1,200 students who graduated in 2020", "1200", "", "", "exact", "student", "", "students who graduated in 2020", "1,200 students who graduated in 2020"},
		{"30 jobs in manufacturing", "30", "", "", "exact", "job", "", "jobs in manufacturing", "30 jobs in manufacturing"},
		{"over half", "0.5", "", "", "more_than", "", "", "", "more than 0.5"},
		{"half a million jobs", "0.5e6", "", "", "exact", "job", "", "", "0.5 million jobs"},
		{"two-thirds", "0.666666666666667", "", "", "exact", "", "", "", "0.666666666666667"},
		{"2/3s", "0.666666666666667", "", "", "exact", "", "", "", "0.666666666666667"},
		{"2/3", "0.666666666666667", "", "", "exact", "", "", "", "0.666666666666667"},
		{"a third", "0.333333333333333", "", "", "exact", "", "", "", "0.333333333333333"},
		{"three quarters", "0.75", "", "", "exact", "", "", "", "0.75"},
		// A whole number in words and a fraction after "and", as the
		// extractor reads it (it was read as the whole number alone).
		{"two and a half years per decade", "2.5", "", "", "exact", "year per decade", "", "", "2.5 years per decade"},
		{"five and a half million people", "5.5e6", "", "", "exact", "person", "", "", "5.5 million people"},
		{"one and three quarters percent", "1.75", "", "", "exact", "percent", "", "", "1.75 percent"},
		{"six", "6", "", "", "exact", "", "", "", "6"},
		{"twenty-five countries", "25", "", "", "exact", "country", "", "", "25 countries"},
		{"three hundred and twenty sites", "320", "", "", "exact", "site", "", "", "320 sites"},
		{"a dozen countries", "12", "", "", "exact", "country", "", "", "12 countries"},
		{"5 metric tonnes", "5", "", "", "exact", "t", "", "", "5 t"},
		{"5 short tons", "5", "", "", "exact", "ton", "", "", "5 ton"},
		{"-$11.0 billion", "-11.0e9", "", "", "exact", "USD", "", "", "-$11.0 billion"},
		{"a $5-billion deal", "", "", "", "", "", "", "", ""}, // an article is no figure: an error
		{"$5-billion", "5e9", "", "", "exact", "USD", "", "", "$5 billion"},
		{"5-million-dollar", "5e6", "", "", "exact", "USD", "", "", "$5 million"},
		{"0-Bn", "0", "", "", "exact", "", "", "", "0 billion"},
		{"5-m", "5", "", "", "exact", "m", "", "", "5 metres"},
		{"68-ounce", "68", "", "", "exact", "oz", "", "", "68 oz"},
		{"5 million-strong", "", "", "", "", "", "", "", ""}, // a scale word as a modifier: an error
		{"5 b-side records", "5", "", "", "exact", "record", "", "b-side records", "5 b-side records"},
		{"1,000 to 1 billion", "", "1000", "1e9", "range", "", "", "", "1,000 to 1,000,000,000"},
		{"$1-2 billion", "", "1e9", "2e9", "range", "USD", "", "", "$1 billion to $2 billion"},
		{"5 ASs", "5", "", "", "exact", "as", "", "ASs", "5 ASs"},
		{"7th largest", "7", "", "", "exact", "rank", "", "", "seventh-largest"},
		{"23rd-largest", "23", "", "", "exact", "rank", "", "", "23rd-largest"},
		{"2th largest", "", "", "", "", "", "", "", ""}, // no ordinal: an error that says "2nd"
		// A superlative alone is the first place: "the world's largest
		// spender"; a word that only ends like one is no rank.
		{"largest", "1", "", "", "exact", "rank", "", "", "largest"},
		{"Biggest", "1", "", "", "exact", "rank", "", "", "biggest"},
		{"interest", "", "", "", "", "", "", "", ""},
		// A bare ordinal is a place in a list: "Turkey (10th)", "Vietnam
		// (eighth)".
		{"7th", "7", "", "", "exact", "rank", "", "", "seventh"},
		{"14th", "14", "", "", "exact", "rank", "", "", "14th"},
		{"eighth", "8", "", "", "exact", "rank", "", "", "eighth"},
		{"0th", "", "", "", "", "", "", "", ""}, // no place: an error
		{"doubled", "2", "", "", "exact", "times", "", "", "2 times"},
		{"more than tripled", "3", "", "", "more_than", "times", "", "", "more than 3 times"},
		{"halving", "0.5", "", "", "exact", "times", "", "", "0.5 times"},
		{"twice", "2", "", "", "exact", "times", "", "", "2 times"},
		{"threefold", "3", "", "", "exact", "times", "", "", "3 times"},
		{"10-fold", "10", "", "", "exact", "times", "", "", "10 times"},
		{"onefold", "", "", "", "", "", "", "", ""}, // no ratio: an error
		{"1.0 days", "1.0", "", "", "exact", "day", "", "", "1.0 days"},
		{"1 bus", "1", "", "", "exact", "bus", "", "", "1 bus"},
		{"0.5 ppt", "0.5", "", "", "exact", "percentage_point", "", "", "0.5 percentage points"},
		{"5 AXs", "5", "", "", "exact", "ax", "", "AXs", "5 AXs"},
		{"50 NGOs", "50", "", "", "exact", "ngo", "", "NGOs", "50 NGOs"},
		{"between -2 and -1 percent", "", "-2", "-1", "range", "percent", "", "", "-2 to -1 percent"},
		// Rates with their base (issue 11).
		{"450,000 barrels per day", "450000", "", "", "exact", "bbl per day", "", "", "450,000 bbl per day"},
		{"$200 a month", "200", "", "", "exact", "USD per month", "", "", "$200 per month"},
		{"31 points per game", "31", "", "", "exact", "point per game", "", "", "31 points per game"},
		{"8.4 per 100,000 population", "8.4", "", "", "exact", "per 100,000 population", "", "", "8.4 per 100,000 population"},
		{"12 cases per 100,000 people", "12", "", "", "exact", "case per 100,000 people", "", "", "12 cases per 100,000 people"},
		{"$50,000 per capita", "50000", "", "", "exact", "USD per capita", "", "", "$50,000 per capita"},
		{"about 5 percent a year", "5", "", "", "approx", "percent per year", "", "", "about 5 percent per year"},
		{"$1-2 billion a year", "", "1e9", "2e9", "range", "USD per year", "", "", "$1 billion to $2 billion per year"},
		{"$80 a barrel", "80", "", "", "exact", "USD per barrel", "", "", "$80 per barrel"},
		// Proportions, as the extractor reads them: a share as a pure
		// number; what it is a share of belongs to the title.
		{"One in four", "0.25", "", "", "exact", "", "", "", "0.25"},
		{"1 in 5", "0.2", "", "", "exact", "", "", "", "0.2"},
		{"one in every five", "0.2", "", "", "exact", "", "", "", "0.2"},
		{"9 out of ten", "0.9", "", "", "exact", "", "", "", "0.9"},
		{"one of four", "0.25", "", "", "exact", "", "", "", "0.25"},
		{"about one in four", "0.25", "", "", "approx", "", "", "", "about 0.25"},
		{"one in four children", "", "", "", "", "", "", "", ""}, // was 1 child
		{"1 in 5 children", "", "", "", "", "", "", "", ""},
		{"1 in 2014", "", "", "", "", "", "", "", ""}, // a year, no proportion
		{"1 in 2,000", "0.0005", "", "", "exact", "", "", "", "0.0005"},
		// Thousands in spaced groups, as WHO and the UN write them and the
		// extractor reads them: a plain space before "000" or before a
		// group another follows, a no-break or thin space always.
		{"405 000 deaths", "405000", "", "", "exact", "death", "", "", "405,000 deaths"},
		{"1 234 567", "1234567", "", "", "exact", "", "", "", "1,234,567"},
		{"about 40\u202f500 cases", "40500", "", "", "approx", "case", "", "", "about 40,500 cases"},
		{"40\u00a0500", "40500", "", "", "exact", "", "", "", "40,500"},
		{"40 500", "40500", "", "", "exact", "", "", "", "40,500"},                               // as Eurostat's pages are copied
		{"10 100-metre", "", "", "", "", "", "", "", ""},                                         // two numbers
		{"3 MiG0 000 jets", "3", "", "", "exact", "jet", "", "MiG0 000 jets", "3 MiG0 000 jets"}, // digits ending a word start no group
		{"2014 300 people", "", "", "", "", "", "", "", ""},
		// Fractions as central banks write rates: one character alone or
		// glued to the whole number, digits after a hyphen or a space.
		{"¼%", "0.25", "", "", "exact", "percent", "", "", "0.25 percent"},
		{"around ¼% per quarter", "0.25", "", "", "approx", "percent per quarter", "", "", "about 0.25 percent per quarter"},
		{"4¾%", "4.75", "", "", "exact", "percent", "", "", "4.75 percent"},
		{"$2½ billion", "2.5e9", "", "", "exact", "USD", "", "", "$2.5 billion"},
		{"5-1/4 percent", "5.25", "", "", "exact", "percent", "", "", "5.25 percent"},
		{"5 1/4 percent", "5.25", "", "", "exact", "percent", "", "", "5.25 percent"},
		{"5-1/4 to 5-1/2 percent", "", "5.25", "5.5", "range", "percent", "", "", "5.25 to 5.5 percent"},
		{"0 to 1/4 percent", "", "0", "0.25", "range", "percent", "", "", "0 to 0.25 percent"},
		{"5-4/3 percent", "", "", "", "", "", "", "", ""}, // no proper fraction: an error
		{"5-1/4/2 percent", "", "", "", "", "", "", "", ""},
		// India's numbering: lakh and crore at full magnitude, rupee
		// prefixes as written, digits grouped in pairs before the last three.
		{"Rs 10,103 crore", "101030000000", "", "", "exact", "INR", "", "", "INR 101,030,000,000"},
		{"Rs. 75 lakh", "7500000", "", "", "exact", "INR", "", "", "INR 7,500,000"},
		{"₹2,000 crore", "20000000000", "", "", "exact", "INR", "", "", "INR 20,000,000,000"},
		{"INR 500 crore", "5000000000", "", "", "exact", "INR", "", "", "INR 5,000,000,000"},
		{"Over 1.70 lakh crore", "1.70e12", "", "", "more_than", "", "", "", "more than 1,700,000,000,000"},
		{"28,16,000", "2816000", "", "", "exact", "", "", "", "2,816,000"},
		{"1,00,000 farmers", "100000", "", "", "exact", "farmer", "", "", "100,000 farmers"},
		{"28,16,00", "", "", "", "", "", "", "", ""}, // no grouping: an error
		{"rs 500", "", "", "", "", "", "", "", ""},   // the prefix is matched as written
		// Crops are measured: bushels keep their unit with decimals, and
		// "a bushel" is a price's base.
		{"$5.45 a bushel", "5.45", "", "", "exact", "USD per bushel", "", "", "$5.45 per bushel"},
		{"1.7 bushels", "1.7", "", "", "exact", "bu", "", "", "1.7 bu"},
		{"176.3 bushels per acre", "176.3", "", "", "exact", "bu per acre", "", "", "176.3 bu per acre"},
		{"2,300 per quintal", "2300", "", "", "exact", "per quintal", "", "", "2,300 per quintal"},
		// A base after a slash, short forms spelt out (an outlook's "$47/b").
		{"$47/barrel", "47", "", "", "exact", "USD per barrel", "", "", "$47 per barrel"},
		{"$10/b", "10", "", "", "exact", "USD per barrel", "", "", "$10 per barrel"},
		{"$2.64/gal", "2.64", "", "", "exact", "USD per gallon", "", "", "$2.64 per gallon"},
		{"$2.80/MMBtu", "2.80", "", "", "exact", "USD per million btu", "", "", "$2.80 per million btu"},
		{"$1.2 billion/year", "1.2e9", "", "", "exact", "USD per year", "", "", "$1.2 billion per year"},
		{"$32/b to $73/b", "", "32", "73", "range", "USD per barrel", "", "", "$32 to $73 per barrel"},
		{"$32 to $73/b", "", "32", "73", "range", "USD per barrel", "", "", "$32 to $73 per barrel"},
		{"about $5/day", "5", "", "", "approx", "USD per day", "", "", "about $5 per day"},
		{"13.2 million b/d", "13.2e6", "", "", "exact", "bbl per day", "", "", "13.2 million bbl per day"},
		{"$32/b to $73/gal", "", "", "", "", "", "", "", ""}, // two bases: an error
		{"$47/b/d", "", "", "", "", "", "", "", ""},
		{"$47/b per day", "", "", "", "", "", "", "", ""},
		{"second/b", "", "", "", "", "", "", "", ""},
		{"5/cent", "", "", "", "", "", "", "", ""}, // per cent is percent: an error
		{"$1,200 per person per year", "1200", "", "", "exact", "USD per person per year", "", "", "$1,200 per person per year"},
		{"1,500 U.S. jobs per year", "1500", "", "", "exact", "job per year", "", "U.S. jobs", "1,500 U.S. jobs per year"},
		{"30 miles per hour", "30", "", "", "exact", "mph", "", "", "30 mph"},
		{"2.5 percentage points per year", "2.5", "", "", "exact", "percentage_point per year", "", "", "2.5 percentage points per year"},
		{"6 to 10 times per year", "", "", "", "", "", "", "", ""}, // a multiple has no base: an error
		{"5 per The Day", "", "", "", "", "", "", "", ""},          // the base is in lower case: an error
		// Ages: a count of years, the phrase "years old".
		{"45-year-old", "45", "", "", "exact", "year", "", "years old", "45 years old"},
		{"aged 67", "67", "", "", "exact", "year", "", "years old", "67 years old"},
		{"ages 18-24", "", "18", "24", "range", "year", "", "years old", "18 to 24 years old"},
		{"aged between 20 and 30", "", "20", "30", "range", "year", "", "years old", "20 to 30 years old"},
		{"1 year old", "1", "", "", "exact", "year", "", "years old", "1 year old"},
		{"3-month-old", "3", "", "", "exact", "month", "", "months old", "3 months old"},
		{"50 year-old", "50", "", "", "exact", "year", "", "years old", "50 years old"},
		{"aged $5", "", "", "", "", "", "", "", ""}, // an age is no amount: an error
		// Measures of news: seconds, horsepower, yards, hertz.
		{"9.58 seconds", "9.58", "", "", "exact", "s", "", "", "9.58 s"},
		{"300 hp", "300", "", "", "exact", "hp", "", "", "300 hp"},
		{"300 horsepower", "300", "", "", "exact", "hp", "", "", "300 hp"},
		{"120 yards", "120", "", "", "exact", "yd", "", "", "120 yd"},
		{"3.2 GHz", "3.2", "", "", "exact", "GHz", "", "", "3.2 GHz"},
		{"50 hertz", "50", "", "", "exact", "Hz", "", "", "50 Hz"},
		{"1990s", "", "", "", "", "", "", "", ""}, // a decade, not seconds: an error
		// Ranges written "from … to" (the extractor reads them so where no
		// word of change stands before "from"), and a low end that keeps
		// its own scale when the high end's would put it above.
		{"from $200 to $4 million", "", "200", "4e6", "range", "USD", "", "", "$200 to $4,000,000"},
		{"from $10 to $15 billion", "", "10e9", "15e9", "range", "USD", "", "", "$10 billion to $15 billion"},
		{"from 5 to 7 per cent", "", "5", "7", "range", "percent", "", "", "5 to 7 percent"},
		{"$200 to $4 million", "", "200", "4e6", "range", "USD", "", "", "$200 to $4,000,000"},
		{"from $200", "", "", "", "", "", "", "", ""}, // "from" without "to": an error
		{"$US55,931,000", "55931000", "", "", "exact", "USD", "", "", "$55,931,000"},
		{"$A82,615,680", "82615680", "", "", "exact", "AUD", "", "", "AUD 82,615,680"},
		// A scale word joined to the currency by a hyphen, as the
		// extractor reads it (a FuzzMentionStated finding).
		{"5 billion-dollar", "5e9", "", "", "exact", "USD", "", "", "$5 billion"},
		{"0 Bn-dollAr", "0", "", "", "exact", "USD", "", "", "$0 billion"},
		{"5 million-strong", "", "", "", "", "", "", "", ""}, // a word, not a unit, after the hyphen: an error
		// An order of magnitude is the range up to ten times its lower
		// bound, as the extractor reads it.
		{"tens of thousands of jobs", "", "10e3", "100e3", "range", "job", "", "", "10 to 100 thousand jobs"},
		{"tens of thousands", "", "10e3", "100e3", "range", "", "", "", "10 to 100 thousand"},
		{"hundreds of millions of dollars", "", "100e6", "1e9", "range", "USD", "", "", "$100 million to $1,000 million"},
		{"thousands of job cuts", "", "1e3", "10e3", "range", "cut", "", "job cuts", "1 to 10 thousand job cuts"},
		{"hundreds of miles", "", "100", "1000", "range", "mi", "", "", "100 to 1,000 mi"},
		{"dozens of people", "", "12", "120", "range", "person", "", "", "12 to 120 people"},
		{"thousands of", "", "", "", "", "", "", "", ""}, // of what: an error
		// A rank's superlative is a word: digits there are no rank (a
		// FuzzParseStated finding).
		{"second A0B0", "", "", "", "", "", "", "", ""},
		{"2nd b0", "", "", "", "", "", "", "", ""},
		// A count whose plural reads as another unit's is refused (a
		// FuzzParseStated finding: "0 trie" wrote "0 tries", "try" is TRY).
		{"0 trie", "", "", "", "", "", "", "", ""},
		// A bare "points" counts points of an index or a score.
		{"190 points", "190", "", "", "exact", "point", "", "", "190 points"},
		{"58.06 points", "58.06", "", "", "exact", "point", "", "", "58.06 points"},
		{"0.5 percentage points", "0.5", "", "", "exact", "percentage_point", "", "", "0.5 percentage points"},
		// Measures of technology and engineering news.
		{"352 μm", "352", "", "", "exact", "um", "", "", "352 µm"},
		{"2.4 microns", "2.4", "", "", "exact", "um", "", "", "2.4 µm"},
		{"7 nanometers", "7", "", "", "exact", "nm", "", "", "7 nm"},
		{"15 ppb", "15", "", "", "exact", "ppb", "", "", "15 ppb"},
		{"400 parts per million", "400", "", "", "exact", "ppm", "", "", "400 ppm"},
		{"4500 mAh", "4500", "", "", "exact", "mAh", "", "", "4,500 mAh"},
		{"8.90 ksi", "8.90", "", "", "exact", "ksi", "", "", "8.90 ksi"},
		{"61.4 MPa", "61.4", "", "", "exact", "MPa", "", "", "61.4 MPa"},
		{"113 gigapascals", "113", "", "", "exact", "GPa", "", "", "113 GPa"},
		{"30 psi", "30", "", "", "exact", "psi", "", "", "30 psi"},
		{"450 newton metres", "450", "", "", "exact", "Nm", "", "", "450 N·m"},
		{"332 lb-ft", "332", "", "", "exact", "lbft", "", "", "332 lb-ft"},
		{"275 pound-feet", "275", "", "", "exact", "lbft", "", "", "275 lb-ft"},
		{"640 bhp", "640", "", "", "exact", "bhp", "", "", "640 bhp"},
		{"3000 rpm", "3000", "", "", "exact", "rpm", "", "", "3,000 rpm"},
		{"43.5 mpg", "43.5", "", "", "exact", "mpg", "", "", "43.5 mpg"},
		{"570 sq m", "570", "", "", "exact", "m2", "", "", "570 m²"},
		{"2,000 sq ft", "2000", "", "", "exact", "ft2", "", "", "2,000 ft²"},
		{"30 Mbps", "30", "", "", "exact", "Mbit/s", "", "", "30 Mbit/s"},
		{"1 Gbps", "1", "", "", "exact", "Gbit/s", "", "", "1 Gbit/s"},
		{"5 megabits", "5", "", "", "exact", "Mbit", "", "", "5 Mbit"},
		// Cents and pence are money, not a count of coins: a hundredth of
		// the currency, at full magnitude with the digits as written
		// ("50 pence" is £0.50, as "$0.50" is US$0.50), so that a price in
		// pence and one in pounds compare and chart together. A bare
		// "cents" is in US dollars, as a bare "$" is.
		{"50 pence", "0.50", "", "", "exact", "GBP", "", "", "£0.50"},
		{"1 penny", "0.01", "", "", "exact", "GBP", "", "", "£0.01"},
		{"118.5 pence", "1.185", "", "", "exact", "GBP", "", "", "£1.185"},
		{"30 pennies", "0.30", "", "", "exact", "GBP", "", "", "£0.30"},
		{"16 cents", "0.16", "", "", "exact", "USD", "", "", "$0.16"},
		{"1 cent", "0.01", "", "", "exact", "USD", "", "", "$0.01"},
		{"84.75 cents", "0.8475", "", "", "exact", "USD", "", "", "$0.8475"},
		{"about 40 cents", "0.40", "", "", "approx", "USD", "", "", "about $0.40"},
		{"12 euro cents", "0.12", "", "", "exact", "EUR", "", "", "€0.12"},
		{"10 to 20 cents", "", "0.10", "0.20", "range", "USD", "", "", "$0.10 to $0.20"},
		{"85 cents/gal", "0.85", "", "", "exact", "USD per gallon", "", "", "$0.85 per gallon"},
		{"85 cents per gallon", "0.85", "", "", "exact", "USD per gallon", "", "", "$0.85 per gallon"},
		{"5 cents a share", "0.05", "", "", "exact", "USD per share", "", "", "$0.05 per share"},
		{"$5 cents", "", "", "", "", "", "", "", ""}, // a sign and a subunit: an error
		{"€12 cents", "", "", "", "", "", "", "", ""},
		{"85 cents/gal per day", "", "", "", "", "", "", "", ""},
	}
	for _, tc := range tests {
		q, u, err := indicators.ParseStated(tc.in)
		if tc.qualifier == "" {
			if err == nil {
				t.Errorf("ParseStated(%q) = %+v %v, want an error", tc.in, q, u)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseStated(%q): %v", tc.in, err)
			continue
		}
		// The scale is checked by the written form.
		want := indicators.Quantity{Hedge: tc.hedge, Noun: tc.noun, Scale: q.Scale}
		want.Qualifier, _ = indicators.ParseQualifier(tc.qualifier)
		if tc.value != "" {
			want.Value = dec(tc.value)
		} else {
			want.Low, want.High = dec(tc.low), dec(tc.high)
		}
		if !sameQuantity(q, want) || q.Hedge != want.Hedge || q.Noun != want.Noun || u.String() != tc.unit {
			t.Errorf("ParseStated(%q) = %+v %q, want %+v %q", tc.in, q, u, want, tc.unit)
		}
		if got := indicators.Format(q, u, indicators.Style{}); got != tc.written {
			t.Errorf("Format(ParseStated(%q)) = %q, want %q", tc.in, got, tc.written)
		}
	}
}

// TestGluedTo: "2 to10000" is the range the extractor reads in it.
func TestGluedTo(t *testing.T) {
	q, _, err := indicators.ParseStated("2 to10000")
	if err != nil || q.Qualifier != indicators.Range || q.Low.Float64() != 2 || q.High.Float64() != 10000 {
		t.Errorf("ParseStated(%q) = %+v, %v; want the range 2 to 10000", "2 to10000", q, err)
	}
}

// TestIsOrderOfMagnitude: the ranges whose ends the words imply, as
// ParseStated reads them, and not a range written with both ends.
func TestIsOrderOfMagnitude(t *testing.T) {
	for _, tt := range []struct {
		stated string
		want   bool
	}{
		{"tens of thousands of jobs", true},
		{"Tens of thousands", true},
		{"hundreds of millions of dollars", true},
		{"dozens of people", true},
		{"thousands of job cuts", true},
		{"26 to 28 percent", false},
		{"two to three countries", false},
		{"several hundred protesters", false},
		{"$279 billion", false},
	} {
		if got := indicators.IsOrderOfMagnitude(tt.stated); got != tt.want {
			t.Errorf("IsOrderOfMagnitude(%q) = %v, want %v", tt.stated, got, tt.want)
		}
	}
}

// TestBareCents: a document's bare "cents" may be cents of another
// dollar, named by the catalog's unit, as a bare "$" may; euro cents and
// pence may not.
func TestBareCents(t *testing.T) {
	tests := []struct {
		stated, unit string
		ok           bool
	}{
		{"16 cents", "USD", true},
		{"16 cents", "CAD", true},
		{"85 cents/gal", "AUD per gallon", true},
		{"16 cents", "EUR", false},
		{"12 euro cents", "CAD", false},
		{"12 euro cents", "EUR", true},
		{"50 pence", "CAD", false},
	}
	for _, tc := range tests {
		q, _, err := indicators.ParseStated(tc.stated)
		if err != nil {
			t.Fatal(err)
		}
		text := "Fuel will cost " + tc.stated + " more."
		c := &indicators.Catalog{
			Sources: []indicators.Source{{ID: "s", Title: "S", Text: text, SHA256: sha(text)}},
			Indicators: []indicators.Indicator{{ID: "x", Title: "X", Stated: tc.stated, Quantity: q, Unit: indicators.MustParseUnit(tc.unit),
				Provenance: []indicators.Provenance{{Source: "s", Quote: text, Span: indicators.Span{Start: 0, End: len(text)}}}}},
		}
		if err := c.Verify(); (err == nil) != tc.ok {
			t.Errorf("stated %q with unit %s: Verify() = %v, want ok %v", tc.stated, tc.unit, err, tc.ok)
		}
	}
}
