package extract

import "github.com/claimbook/claimbook/indicators"

// wordClass says what a known word can be inside a quantity.
type wordClass uint8

const (
	wNone    wordClass = iota
	wDigit             // one … nine (and zero)
	wTeen              // ten … nineteen
	wTens              // twenty … ninety
	wHundred           // hundred
	wScale             // thousand, million, bn …
	wDozen             // dozen
	wFrac              // a denominator: half, third(s), quarter(s), fifth(s) …
)

// word flags.
const (
	fMonth = 1 << iota
	fWeekday
	fOrdinal  // first, second, third (also a denominator for "third")
	fDown     // a verb or noun of decrease
	fUp       // a verb or noun of increase
	fPercent  // percent, pct
	fCurrency // a currency name after a number: dollars, yen
	fFunction // a capitalised word that does not make "X 12" an identifier
	fIdent    // Section, Article, Title …: "Section 301" is a name
	fTime     // a.m., p.m., hours: "6 pm"
	fNotNoun  // a word that follows a number but is not a counted noun
	fDateWord // year-like companions: "fiscal", "FY", "calendar"
	fMult     // a verb of multiplying: "doubled", "tripling", "halved" (val is the factor, or 0 for a half)
)

type lexEntry struct {
	class wordClass
	val   int64 // the number a number word stands for; the denominator of wFrac
	scale indicators.Scale
	flags uint32
	cur   string // ISO 4217 code of a currency word
}

// lexicon maps lower-case words to what they mean; the tokenizer looks each
// word up once.
var lexicon = map[string]*lexEntry{}

func addWords(e lexEntry, words ...string) {
	for _, w := range words {
		old := lexicon[w]
		if old == nil {
			old = &lexEntry{}
			lexicon[w] = old
		}
		if old.class == wNone {
			old.class, old.val, old.scale = e.class, e.val, e.scale
		}
		if e.cur != "" {
			old.cur = e.cur
		}
		old.flags |= e.flags
	}
}

func init() {
	for i, w := range []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"} {
		addWords(lexEntry{class: wDigit, val: int64(i)}, w)
	}
	addWords(lexEntry{class: wDigit, val: 0}, "nought", "naught", "nil")
	for i, w := range []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"} {
		addWords(lexEntry{class: wTeen, val: int64(10 + i)}, w)
	}
	for i, w := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		addWords(lexEntry{class: wTens, val: int64(20 + 10*i)}, w)
	}
	addWords(lexEntry{class: wHundred, val: 100}, "hundred", "hundreds")
	addWords(lexEntry{class: wDozen, val: 12}, "dozen", "dozens")
	for w, s := range map[string]indicators.Scale{
		"thousand": indicators.Thousand, "thousands": indicators.Thousand,
		"million": indicators.Million, "millions": indicators.Million, "mn": indicators.Million, "mln": indicators.Million, "mil": indicators.Million,
		"billion": indicators.Billion, "billions": indicators.Billion, "bn": indicators.Billion, "bln": indicators.Billion,
		"trillion": indicators.Trillion, "trillions": indicators.Trillion, "tn": indicators.Trillion, "trn": indicators.Trillion, "tln": indicators.Trillion,
	} {
		addWords(lexEntry{class: wScale, scale: s}, w)
	}
	for w, d := range map[string]int64{
		"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
		"fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
		"ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100, "thousandth": 1000, "thousandths": 1000,
		"twentieth": 20, "twentieths": 20, "thirtieth": 30, "thirtieths": 30, "fortieth": 40, "fortieths": 40,
		"fiftieth": 50, "fiftieths": 50, "sixtieth": 60, "sixtieths": 60, "seventieth": 70, "seventieths": 70,
		"eightieth": 80, "eightieths": 80, "ninetieth": 90, "ninetieths": 90, "millionth": 1e6, "millionths": 1e6,
		"billionth": 1e9, "billionths": 1e9, "trillionth": 1e12, "trillionths": 1e12,
	} {
		addWords(lexEntry{class: wFrac, val: d}, w)
	}
	addWords(lexEntry{flags: fOrdinal}, "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
		"ninth", "tenth", "eleventh", "twelfth", "twentieth", "hundredth", "last", "next", "previous")
	addWords(lexEntry{flags: fMonth}, "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
	addWords(lexEntry{flags: fWeekday}, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	addWords(lexEntry{flags: fDown}, "reduce", "reduces", "reduced", "reducing", "reduction", "reductions", "cut", "cutting",
		"lower", "lowered", "lowering", "decrease", "decreased", "decreasing", "decline", "declined", "declining",
		"fall", "falls", "fell", "fallen", "falling", "drop", "dropped", "dropping", "shrink", "shrank", "shrunk", "shrinking",
		"slash", "slashed", "slashing", "trim", "trimmed", "curb", "curbed", "contract", "contracted", "contraction", "slump", "slumped",
		"plunge", "plunged", "tumble", "tumbled", "slide", "slid", "down", "lose", "lost", "shed", "eliminate", "eliminated",
		"ease", "eased", "easing", "dip", "dipped", "sank", "sink", "retreat", "retreated", "narrow", "narrowed", "narrowing",
		"halve", "halved", "halving", "decreases", "declines", "drops", "reduces", "cuts", "slashes", "lowers")
	addWords(lexEntry{flags: fUp}, "increase", "increased", "increasing", "raise", "raises", "raised", "raising",
		"rise", "rises", "rose", "risen", "rising", "grow", "grows", "grew", "grown", "growing", "growth", "expand", "expanded", "expands",
		"expansion", "boost", "boosted", "boosts", "climb", "climbed", "climbs", "jump", "jumped", "jumps", "surge", "surged", "surges",
		"gain", "gained", "up", "soar", "soared", "higher", "increment", "add", "added", "adds",
		"recover", "recovered", "rebound", "rebounded", "widen", "widened", "widening", "hike", "hiked", "hikes",
		"double", "doubled", "doubling", "triple", "tripled", "increases", "accelerate", "accelerated", "gains")
	addWords(lexEntry{flags: fPercent}, "percent", "percents", "pct", "percentage")
	for w, c := range map[string]string{
		"dollar": "USD", "dollars": "USD", "yen": "JPY", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
		"sterling": "GBP", "won": "KRW", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "rupee": "INR", "rupees": "INR",
		"franc": "CHF", "francs": "CHF", "peso": "MXN", "pesos": "MXN", "lira": "TRY", "liras": "TRY", "rouble": "RUB", "roubles": "RUB",
		"ruble": "RUB", "rubles": "RUB", "real": "BRL", "reais": "BRL", "rand": "ZAR", "ringgit": "MYR", "baht": "THB", "dong": "VND",
		"rupiah": "IDR", "shekel": "ILS", "shekels": "ILS", "krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK",
		"usd": "USD", "jpy": "JPY", "eur": "EUR", "gbp": "GBP", "cny": "CNY", "chf": "CHF", "cad": "CAD", "aud": "AUD",
		"krw": "KRW", "inr": "INR", "mxn": "MXN", "hkd": "HKD", "sgd": "SGD", "nzd": "NZD", "brl": "BRL", "zar": "ZAR",
		"try": "TRY", "sek": "SEK", "nok": "NOK", "dkk": "DKK", "rub": "RUB", "idr": "IDR", "thb": "THB", "php": "PHP", "vnd": "VND",
		"lari": "GEL", "kip": "LAK", "colon": "CRC", "colón": "CRC",
		"kes": "KES", "ngn": "NGN", "egp": "EGP", "sar": "SAR", "aed": "AED", "qar": "QAR", "kwd": "KWD", "pkr": "PKR",
		"bdt": "BDT", "lkr": "LKR", "uah": "UAH", "pln": "PLN", "czk": "CZK", "huf": "HUF", "ron": "RON", "ils": "ILS",
		"clp": "CLP", "ars": "ARS", "ghs": "GHS", "etb": "ETB", "tzs": "TZS", "ugx": "UGX", "xof": "XOF", "xaf": "XAF",
		"myr": "MYR", "twd": "TWD", "kzt": "KZT", "sdr": "XDR", "xdr": "XDR", "naira": "NGN", "hryvnia": "UAH", "zloty": "PLN", "taka": "BDT", "cedi": "GHS", "cedis": "GHS",
	} {
		addWords(lexEntry{flags: fCurrency, cur: c}, w)
	}
	addWords(lexEntry{flags: fFunction}, "in", "about", "over", "some", "nearly", "by", "with", "of", "for", "to", "and", "the",
		"only", "just", "all", "around", "approximately", "almost", "more", "less", "fewer", "up", "roughly", "between", "from",
		"than", "at", "under", "exactly", "another", "those", "these", "this", "that", "each", "its", "their", "our", "total",
		"a", "an", "since", "until", "after", "before", "during", "on", "as", "is", "are", "was", "were", "be", "it", "we",
		"they", "he", "she", "there", "here", "some", "nearly", "estimated", "above", "below", "least", "most", "many", "much",
		"well", "close", "almost", "upwards", "excess", "through", "reach", "reached", "reaching", "totalling", "totaling",
		"but", "or", "nor", "yet", "so", "if", "while", "when", "where", "what", "which", "who", "how", "why", "also", "then",
		"today", "yesterday", "now", "still", "already", "every", "per", "than", "via", "across", "against", "among", "including")
	addWords(lexEntry{flags: fIdent}, "section", "sections", "article", "articles", "title", "chapter", "chapters", "resolution",
		"rule", "phase", "tier", "level", "no", "nos", "number", "vol", "volume", "page", "pages", "p", "pp", "room", "order",
		"law", "annex", "paragraph", "para", "item", "step", "round", "stage", "category", "figure", "fig", "table", "box",
		"goal", "goals", "sdg", "sdgs", "amendment", "part", "clause", "appendix", "exhibit", "note", "version", "v", "route",
		"highway", "interstate", "flight", "unit", "block", "lot", "line", "gate", "platform", "class", "grade", "division",
		"district", "ward", "precinct", "region", "zone", "sector", "schedule", "form", "docket", "case", "bill", "act",
		"decision", "directive", "regulation", "standard", "iso", "ieee", "covid", "boeing", "airbus", "windows", "iphone",
		"model", "series", "type", "mark", "mk", "generation", "gen", "week", "day", "year", "month", "season", "episode",
		"apollo", "artemis", "gemini", "voyager", "landsat", "sentinel", "team", "group", "agenda", "vision", "plan", "program",
		"programme", "project", "operation", "exercise", "summit", "g", "p5", "channel", "studio", "terminal", "pier", "berth",
		"footnote", "footnotes", "endnote", "endnotes", "pillar", "scope", "suite", "floor", "slide", "row", "column", "question")
	addWords(lexEntry{flags: fTime}, "am", "pm", "a.m", "p.m", "hrs", "gmt", "utc", "est", "edt", "pst", "pdt", "cet", "jst", "o'clock", "o’clock")
	addWords(lexEntry{flags: fNotNoun}, "was", "is", "has", "its", "this", "as", "us", "yes", "less", "across", "always", "perhaps",
		"plus", "minus", "thus", "unless", "whereas", "towards", "besides", "afterwards", "does", "goes", "his", "hers", "ours",
		"theirs", "yours", "whose", "was", "news", "series", "means", "ways", "sometimes", "nevertheless", "regardless", "progress",
		"access", "address", "success", "process", "business", "status", "focus", "bonus", "census", "consensus", "basis", "analysis",
		"crisis", "emphasis", "gas", "bus", "plus", "mass", "class", "less", "unless", "times", "fold", "percent", "percents",
		"degrees", "points", "basis", "its", "includes", "remains", "represents", "accounts", "comes", "makes", "takes", "gives",
		"seems", "becomes", "stands", "holds", "puts", "gets", "aims", "seeks", "commits", "pledges",
		"meets", "brings", "rises", "falls", "grows",
		"jumps", "climbs", "surges", "reaches", "exceeds", "tops", "totals", "equals", "amounts", "hits",
		"ranks", "ends", "begins", "starts", "continues", "shows", "says", "finds", "whereas",
		"respectively", "apiece", "each", "annually", "yearly", "alike", "afterward", "thereafter", "nationwide", "worldwide")
	addWords(lexEntry{flags: fMult, val: 2}, "double", "doubled", "doubles", "doubling")
	addWords(lexEntry{flags: fMult, val: 3}, "triple", "tripled", "triples", "tripling", "treble", "trebled", "trebling")
	addWords(lexEntry{flags: fMult, val: 4}, "quadruple", "quadrupled", "quadruples", "quadrupling")
	addWords(lexEntry{flags: fMult, val: 0}, "halve", "halved", "halves", "halving")
	addWords(lexEntry{flags: fDateWord}, "fy", "fiscal", "calendar", "cy", "q1", "q2", "q3", "q4", "h1", "h2")
	buildLexTable()
	initNumberish()
}

// lexTable is an open-addressing hash table over the lexicon, faster than
// a Go map for the one look-up the tokenizer makes per word.
var (
	lexTable []lexSlot
	lexMask  uint32
)

type lexSlot struct {
	key string
	e   *lexEntry
}

func buildLexTable() {
	n := 1
	for n < 4*len(lexicon) {
		n <<= 1
	}
	lexTable, lexMask = make([]lexSlot, n), uint32(n-1)
	for k, e := range lexicon {
		h := fnv(k)
		for i := h & lexMask; ; i = (i + 1) & lexMask {
			if lexTable[i].e == nil {
				lexTable[i] = lexSlot{k, e}
				break
			}
		}
	}
}

func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

// lookup returns the lexicon entry of the word w, folding ASCII letters to
// lower case without allocating, or nil; words longer than 24 bytes are
// unknown.
func lookup(w string) *lexEntry {
	if len(w) > 24 {
		return nil
	}
	var buf [24]byte
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
		h = (h ^ uint32(c)) * 16777619
	}
	key := buf[:len(w)]
	for i := h & lexMask; ; i = (i + 1) & lexMask {
		sl := &lexTable[i]
		if sl.e == nil {
			return nil
		}
		if sl.key == string(key) {
			return sl.e
		}
	}
}

// A measureForm is a way documents write a physical unit after a number.
type measureForm struct {
	words  []string // lower-case words as tokens: "degrees", "celsius"
	symbol string   // the Unit name: "degC"
	exp    int      // a power of ten folded into the value ("Mt" is 10^6 t)
}

// measureForms lists unit phrases, longest first for each first word. The
// matcher tries them in order.
var measureForms = []measureForm{
	{[]string{"km", "2"}, "km2", 0}, {[]string{"m", "2"}, "m2", 0}, {[]string{"m", "3"}, "m3", 0},
	{[]string{"°", "celsius"}, "degC", 0}, {[]string{"°", "fahrenheit"}, "degF", 0},
	{[]string{"miles", "an", "hour"}, "mph", 0}, {[]string{"kilometres", "an", "hour"}, "km/h", 0}, {[]string{"kilometers", "an", "hour"}, "km/h", 0},
	{[]string{"kmph"}, "km/h", 0}, {[]string{"km", "/", "hr"}, "km/h", 0},
	{[]string{"bits"}, "bit", 0}, {[]string{"bit"}, "bit", 0},
	{[]string{"tablespoons"}, "tbsp", 0}, {[]string{"tablespoon"}, "tbsp", 0}, {[]string{"teaspoons"}, "tsp", 0}, {[]string{"teaspoon"}, "tsp", 0},
	{[]string{"cups"}, "cup", 0}, {[]string{"cup"}, "cup", 0}, {[]string{"rad"}, "rad", 0}, {[]string{"radians"}, "rad", 0},
	{[]string{"turns"}, "turn", 0}, {[]string{"turn"}, "turn", 0},
	{[]string{"degrees", "celsius"}, "degC", 0}, {[]string{"degree", "celsius"}, "degC", 0},
	{[]string{"degrees", "centigrade"}, "degC", 0}, {[]string{"deg", "celsius"}, "degC", 0},
	{[]string{"degrees", "c"}, "degC", 0}, {[]string{"degree", "c"}, "degC", 0}, {[]string{"deg", "c"}, "degC", 0},
	{[]string{"°", "c"}, "degC", 0}, {[]string{"℃"}, "degC", 0}, {[]string{"celsius"}, "degC", 0},
	{[]string{"centigrade"}, "degC", 0}, {[]string{"centigrate"}, "degC", 0}, {[]string{"celcius"}, "degC", 0},
	{[]string{"degrees", "fahrenheit"}, "degF", 0}, {[]string{"degree", "fahrenheit"}, "degF", 0},
	{[]string{"degrees", "farenheit"}, "degF", 0}, {[]string{"deg", "fahrenheit"}, "degF", 0},
	{[]string{"degrees", "f"}, "degF", 0}, {[]string{"degree", "f"}, "degF", 0}, {[]string{"deg", "f"}, "degF", 0},
	{[]string{"°", "f"}, "degF", 0}, {[]string{"℉"}, "degF", 0}, {[]string{"fahrenheit"}, "degF", 0}, {[]string{"farenheit"}, "degF", 0},
	{[]string{"kelvin"}, "K", 0}, {[]string{"kelvins"}, "K", 0},
	{[]string{"degrees"}, "deg", 0}, {[]string{"degree"}, "deg", 0}, {[]string{"deg"}, "deg", 0}, {[]string{"°"}, "deg", 0},
	{[]string{"tonnes", "of", "co2", "equivalent"}, "tCO2e", 0}, {[]string{"tons", "of", "co2", "equivalent"}, "tCO2e", 0},
	{[]string{"tco2e"}, "tCO2e", 0}, {[]string{"mtco2e"}, "tCO2e", 6}, {[]string{"gtco2e"}, "tCO2e", 9},
	{[]string{"metric", "tons"}, "t", 0}, {[]string{"metric", "ton"}, "t", 0}, {[]string{"metric", "tonnes"}, "t", 0},
	{[]string{"tonnes"}, "t", 0}, {[]string{"tonne"}, "t", 0}, {[]string{"tons"}, "ton", 0}, {[]string{"ton"}, "ton", 0},
	{[]string{"t"}, "t", 0}, {[]string{"mt"}, "t", 6}, {[]string{"gt"}, "t", 9},
	{[]string{"kilograms"}, "kg", 0}, {[]string{"kilogram"}, "kg", 0}, {[]string{"kg"}, "kg", 0}, {[]string{"kgs"}, "kg", 0},
	{[]string{"grams"}, "g", 0}, {[]string{"gram"}, "g", 0}, {[]string{"g"}, "g", 0},
	{[]string{"micrograms"}, "ug", 0}, {[]string{"microgram"}, "ug", 0}, {[]string{"μg"}, "ug", 0}, {[]string{"µg"}, "ug", 0}, {[]string{"mcg"}, "ug", 0},
	{[]string{"pounds"}, "lb", 0}, {[]string{"pound"}, "lb", 0}, {[]string{"lbs"}, "lb", 0}, {[]string{"lb"}, "lb", 0},
	{[]string{"ounces"}, "oz", 0}, {[]string{"ounce"}, "oz", 0}, {[]string{"oz"}, "oz", 0},
	{[]string{"square", "kilometres"}, "km2", 0}, {[]string{"square", "kilometers"}, "km2", 0}, {[]string{"square", "kilometer"}, "km2", 0},
	{[]string{"square", "kilometre"}, "km2", 0}, {[]string{"sq", "km"}, "km2", 0}, {[]string{"km²"}, "km2", 0}, {[]string{"km2"}, "km2", 0},
	{[]string{"square", "meters"}, "m2", 0}, {[]string{"square", "metres"}, "m2", 0}, {[]string{"square", "meter"}, "m2", 0},
	{[]string{"square", "miles"}, "mi2", 0}, {[]string{"square", "mile"}, "mi2", 0}, {[]string{"square", "feet"}, "ft2", 0},
	{[]string{"cubic", "feet"}, "ft3", 0}, {[]string{"cubic", "meters"}, "m3", 0}, {[]string{"cubic", "metres"}, "m3", 0},
	{[]string{"kilometres", "per", "hour"}, "km/h", 0}, {[]string{"kilometers", "per", "hour"}, "km/h", 0},
	{[]string{"km", "/", "h"}, "km/h", 0}, {[]string{"kmh"}, "km/h", 0}, {[]string{"kph"}, "km/h", 0},
	{[]string{"miles", "per", "hour"}, "mph", 0}, {[]string{"mph"}, "mph", 0},
	{[]string{"kilometres"}, "km", 0}, {[]string{"kilometers"}, "km", 0}, {[]string{"kilometre"}, "km", 0}, {[]string{"kilometer"}, "km", 0}, {[]string{"km"}, "km", 0},
	{[]string{"metres"}, "m", 0}, {[]string{"meters"}, "m", 0}, {[]string{"metre"}, "m", 0}, {[]string{"meter"}, "m", 0}, {[]string{"m"}, "m", 0},
	{[]string{"centimetres"}, "cm", 0}, {[]string{"centimeters"}, "cm", 0}, {[]string{"cm"}, "cm", 0},
	{[]string{"millimetres"}, "mm", 0}, {[]string{"millimeters"}, "mm", 0}, {[]string{"mm"}, "mm", 0},
	{[]string{"decimeters"}, "dm", 0}, {[]string{"decimetres"}, "dm", 0}, {[]string{"dm"}, "dm", 0},
	{[]string{"picometers"}, "pm", 0}, {[]string{"picometer"}, "pm", 0},
	{[]string{"miles"}, "mi", 0}, {[]string{"mile"}, "mi", 0}, {[]string{"mi"}, "mi", 0},
	{[]string{"feet"}, "ft", 0}, {[]string{"foot"}, "ft", 0}, {[]string{"ft"}, "ft", 0},
	{[]string{"inches"}, "in", 0}, {[]string{"inch"}, "in", 0},
	{[]string{"hectares"}, "ha", 0}, {[]string{"hectare"}, "ha", 0}, {[]string{"ha"}, "ha", 0},
	{[]string{"acres"}, "acre", 0}, {[]string{"acre"}, "acre", 0},
	{[]string{"kilowatt", "-", "hours"}, "kWh", 0}, {[]string{"kilowatt", "hours"}, "kWh", 0}, {[]string{"kwh"}, "kWh", 0},
	{[]string{"megawatt", "-", "hours"}, "MWh", 0}, {[]string{"megawatt", "hours"}, "MWh", 0}, {[]string{"mwh"}, "MWh", 0},
	{[]string{"gigawatt", "-", "hours"}, "GWh", 0}, {[]string{"gigawatt", "hours"}, "GWh", 0}, {[]string{"gwh"}, "GWh", 0},
	{[]string{"terawatt", "-", "hours"}, "TWh", 0}, {[]string{"terawatt", "hours"}, "TWh", 0}, {[]string{"twh"}, "TWh", 0},
	{[]string{"watts"}, "W", 0}, {[]string{"watt"}, "W", 0},
	{[]string{"kilowatts"}, "kW", 0}, {[]string{"kilowatt"}, "kW", 0}, {[]string{"kw"}, "kW", 0},
	{[]string{"megawatts"}, "MW", 0}, {[]string{"megawatt"}, "MW", 0}, {[]string{"mw"}, "MW", 0},
	{[]string{"terawatts"}, "TW", 0}, {[]string{"terawatt"}, "TW", 0}, {[]string{"tw"}, "TW", 0},
	{[]string{"gigawatts"}, "GW", 0}, {[]string{"gigawatt"}, "GW", 0}, {[]string{"gw"}, "GW", 0},
	{[]string{"litres"}, "L", 0}, {[]string{"liters"}, "L", 0}, {[]string{"litre"}, "L", 0}, {[]string{"liter"}, "L", 0},
	{[]string{"millilitres"}, "mL", 0}, {[]string{"milliliters"}, "mL", 0}, {[]string{"ml"}, "mL", 0},
	{[]string{"gallons"}, "gal", 0}, {[]string{"gallon"}, "gal", 0},
	{[]string{"barrels"}, "bbl", 0}, {[]string{"barrel"}, "bbl", 0}, {[]string{"bbl"}, "bbl", 0},
	{[]string{"megabits"}, "Mbit", 0}, {[]string{"megabit"}, "Mbit", 0}, {[]string{"megabytes"}, "MB", 0}, {[]string{"megabyte"}, "MB", 0},
	{[]string{"gigabytes"}, "GB", 0}, {[]string{"terabytes"}, "TB", 0}, {[]string{"mb"}, "MB", 0}, {[]string{"gb"}, "GB", 0},
}

// measureByFirst indexes measureForms by their first word.
var measureByFirst = func() map[string][]int {
	m := map[string][]int{}
	for i, f := range measureForms {
		m[f.words[0]] = append(m[f.words[0]], i)
	}
	return m
}()

// currencySigns are the signs and prefixes written before an amount.
var currencySigns = map[string]string{
	"$": "USD", "us$": "USD", "u.s.$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR", "₭": "LAK",
	"c$": "CAD", "ca$": "CAD", "a$": "AUD", "au$": "AUD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD", "r$": "BRL",
	"mxn$": "MXN", "mx$": "MXN", "mex$": "MXN", "usd$": "USD", "aud$": "AUD", "cad$": "CAD", "nzd$": "NZD", "hkd$": "HKD", "sgd$": "SGD", "₺": "TRY", "₽": "RUB", "₱": "PHP", "₪": "ILS", "₫": "VND", "฿": "THB", "₡": "CRC", "₾": "GEL", "₦": "NGN", "₴": "UAH", "₵": "GHS", "₸": "KZT",
}

// hedges maps a hedge phrase (lower-case words) to its qualifier, for a
// phrase that ends right before the number.
var hedges = []struct {
	words []string
	q     indicators.Qualifier
}{
	{[]string{"slightly", "more", "than"}, indicators.MoreThan}, {[]string{"a", "little", "more", "than"}, indicators.MoreThan},
	{[]string{"slightly", "over"}, indicators.MoreThan}, {[]string{"a", "little", "over"}, indicators.MoreThan},
	{[]string{"slightly", "above"}, indicators.MoreThan}, {[]string{"just", "above"}, indicators.MoreThan},
	{[]string{"just", "more", "than"}, indicators.MoreThan}, {[]string{"north", "of"}, indicators.MoreThan},
	{[]string{"slightly", "less", "than"}, indicators.Nearly}, {[]string{"a", "little", "less", "than"}, indicators.Nearly},
	{[]string{"slightly", "fewer", "than"}, indicators.Nearly}, {[]string{"just", "less", "than"}, indicators.Nearly},
	{[]string{"slightly", "under"}, indicators.Nearly}, {[]string{"a", "little", "under"}, indicators.Nearly},
	{[]string{"slightly", "below"}, indicators.Nearly}, {[]string{"south", "of"}, indicators.LessThan},
	{[]string{"as", "high", "as"}, indicators.UpTo}, {[]string{"as", "low", "as"}, indicators.AtLeast},
	{[]string{"in", "the", "order", "of"}, indicators.Approx}, {[]string{"of", "the", "order", "of"}, indicators.Approx},
	{[]string{"~"}, indicators.Approx}, {[]string{"≈"}, indicators.Approx}, {[]string{"near"}, indicators.Approx},
	{[]string{"an", "estimated"}, indicators.Approx}, {[]string{"approximately"}, indicators.Approx},
	{[]string{"about"}, indicators.Approx}, {[]string{"around"}, indicators.Approx}, {[]string{"roughly"}, indicators.Approx},
	{[]string{"some"}, indicators.Approx}, {[]string{"circa"}, indicators.Approx}, {[]string{"approx"}, indicators.Approx},
	{[]string{"an", "approximate"}, indicators.Approx}, {[]string{"estimated"}, indicators.Approx},
	{[]string{"just", "under"}, indicators.Nearly}, {[]string{"just", "below"}, indicators.Nearly},
	{[]string{"close", "to"}, indicators.Nearly}, {[]string{"almost"}, indicators.Nearly}, {[]string{"nearly"}, indicators.Nearly},
	{[]string{"just", "shy", "of"}, indicators.Nearly},
	{[]string{"no", "more", "than"}, indicators.UpTo}, {[]string{"not", "more", "than"}, indicators.UpTo},
	{[]string{"no", "less", "than"}, indicators.AtLeast}, {[]string{"no", "fewer", "than"}, indicators.AtLeast},
	{[]string{"not", "less", "than"}, indicators.AtLeast},
	{[]string{"more", "than"}, indicators.MoreThan}, {[]string{"greater", "than"}, indicators.MoreThan},
	{[]string{"upwards", "of"}, indicators.MoreThan}, {[]string{"in", "excess", "of"}, indicators.MoreThan},
	{[]string{"well", "over"}, indicators.MoreThan}, {[]string{"well", "above"}, indicators.MoreThan},
	{[]string{"well", "in", "excess", "of"}, indicators.MoreThan}, {[]string{"upward", "of"}, indicators.MoreThan},
	{[]string{"approx", "."}, indicators.Approx}, {[]string{"in", "the", "region", "of"}, indicators.Approx},
	{[]string{"on", "the", "order", "of"}, indicators.Approx}, {[]string{"as", "few", "as"}, indicators.AtLeast},
	{[]string{"as", "little", "as"}, indicators.AtLeast},
	{[]string{"just", "over"}, indicators.MoreThan}, {[]string{"over"}, indicators.MoreThan}, {[]string{"above"}, indicators.MoreThan},
	{[]string{"exceeding"}, indicators.MoreThan}, {[]string{"exceeds"}, indicators.MoreThan}, {[]string{"exceeded"}, indicators.MoreThan},
	{[]string{"exceed"}, indicators.MoreThan}, {[]string{"topped"}, indicators.MoreThan}, {[]string{"topping"}, indicators.MoreThan},
	{[]string{"at", "least"}, indicators.AtLeast}, {[]string{"a", "minimum", "of"}, indicators.AtLeast},
	{[]string{"up", "to"}, indicators.UpTo}, {[]string{"at", "most"}, indicators.UpTo}, {[]string{"as", "many", "as"}, indicators.UpTo},
	{[]string{"as", "much", "as"}, indicators.UpTo}, {[]string{"a", "maximum", "of"}, indicators.UpTo},
	{[]string{"less", "than", "or", "equal", "to"}, indicators.UpTo}, {[]string{"fewer", "than", "or", "equal", "to"}, indicators.UpTo},
	{[]string{"smaller", "than", "or", "equal", "to"}, indicators.UpTo}, {[]string{"equal", "to", "or", "less", "than"}, indicators.UpTo},
	{[]string{"less", "or", "equal", "than"}, indicators.UpTo}, {[]string{"smaller", "or", "equal", "than"}, indicators.UpTo},
	{[]string{"lower", "or", "equal", "than"}, indicators.UpTo}, {[]string{"less", "or", "equal", "to"}, indicators.UpTo},
	{[]string{"greater", "than", "or", "equal", "to"}, indicators.AtLeast}, {[]string{"more", "than", "or", "equal", "to"}, indicators.AtLeast},
	{[]string{"equal", "to", "or", "more", "than"}, indicators.AtLeast}, {[]string{"equal", "to", "or", "greater", "than"}, indicators.AtLeast},
	{[]string{"at", "least", "or", "equal", "to"}, indicators.AtLeast}, {[]string{"higher", "or", "equal", "than"}, indicators.AtLeast},
	{[]string{"bigger", "or", "equal", "than"}, indicators.AtLeast}, {[]string{"larger", "or", "equal", "than"}, indicators.AtLeast},
	{[]string{"greater", "or", "equal", "than"}, indicators.AtLeast},
	{[]string{"<", "="}, indicators.UpTo}, {[]string{">", "="}, indicators.AtLeast}, {[]string{"≤"}, indicators.UpTo}, {[]string{"≥"}, indicators.AtLeast},
	{[]string{"<"}, indicators.LessThan}, {[]string{">"}, indicators.MoreThan},
	{[]string{"larger", "than"}, indicators.MoreThan}, {[]string{"bigger", "than"}, indicators.MoreThan},
	{[]string{"higher", "than"}, indicators.MoreThan}, {[]string{"smaller", "than"}, indicators.LessThan},
	{[]string{"lower", "than"}, indicators.LessThan}, {[]string{"surpass"}, indicators.MoreThan}, {[]string{"surpassing"}, indicators.MoreThan},
	{[]string{"less", "than"}, indicators.LessThan}, {[]string{"fewer", "than"}, indicators.LessThan},
	{[]string{"well", "below"}, indicators.LessThan}, {[]string{"well", "under"}, indicators.LessThan},
	{[]string{"under"}, indicators.LessThan}, {[]string{"below"}, indicators.LessThan},
}
