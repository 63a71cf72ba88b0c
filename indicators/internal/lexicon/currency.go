package lexicon

import (
	"strings"
	"sync"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// A CurrencySign is a sign or prefix written before an amount.
type CurrencySign struct {
	Sign string // lower case: "$", "us$", "a$", "€"
	Code string // ISO 4217: "USD"
	// Written marks the sign Format writes for the code ("$5 billion");
	// other currencies are written with their code ("CHF 5 million").
	Written bool
}

// currencySigns are the signs documents write that golang.org/x/text does
// not give as an English symbol, and the choices where it would be
// ambiguous: a bare "$" is the US dollar, "¥" the yen.
var currencySigns = []CurrencySign{
	{"$", "USD", true}, {"€", "EUR", true}, {"£", "GBP", true}, {"¥", "JPY", true},
	{"us$", "USD", false}, {"u.s.$", "USD", false}, {"usd$", "USD", false}, {"₩", "KRW", false}, {"₹", "INR", false}, {"₭", "LAK", false},
	{"c$", "CAD", false}, {"ca$", "CAD", false}, {"cad$", "CAD", false}, {"a$", "AUD", false}, {"au$", "AUD", false}, {"aud$", "AUD", false},
	{"nz$", "NZD", false}, {"nzd$", "NZD", false}, {"hk$", "HKD", false}, {"hkd$", "HKD", false}, {"s$", "SGD", false}, {"sgd$", "SGD", false},
	{"$us", "USD", false}, {"$a", "AUD", false}, {"$au", "AUD", false}, {"$nz", "NZD", false}, {"$hk", "HKD", false}, // Australian and Asian press: "$US55 million ($A80 million)"
	{"r$", "BRL", false}, {"mxn$", "MXN", false}, {"mx$", "MXN", false}, {"mex$", "MXN", false},
	{"y=", "JPY", false}, // wire services write the yen sign in ASCII: "Y=28,030"
	{"₺", "TRY", false}, {"₽", "RUB", false}, {"₱", "PHP", false}, {"₪", "ILS", false}, {"₫", "VND", false}, {"฿", "THB", false},
	{"₡", "CRC", false}, {"₾", "GEL", false}, {"₦", "NGN", false}, {"₴", "UAH", false}, {"₵", "GHS", false}, {"₸", "KZT", false},
}

// CurrencySigns returns the signs written before an amount: the table
// above, then the English symbol golang.org/x/text/currency gives each
// current currency ("CN¥", "NT$", "৳") where it is no code, no word and
// not taken.
var CurrencySigns = sync.OnceValue(func() []CurrencySign {
	out := append([]CurrencySign(nil), currencySigns...)
	taken := map[string]bool{}
	for _, s := range out {
		taken[s.Sign] = true
	}
	p := message.NewPrinter(language.English)
	for it := currency.Query(); it.Next(); {
		u := it.Unit()
		sym := strings.TrimSpace(strings.TrimRight(p.Sprint(currency.Symbol(u.Amount(0))), "0.,"))
		sym = strings.ToLower(sym)
		if sym == "" || taken[sym] || strings.EqualFold(sym, u.String()) || !strings.ContainsFunc(sym, func(r rune) bool { return r > 0x7f || r == '$' }) {
			continue
		}
		taken[sym] = true
		out = append(out, CurrencySign{Sign: sym, Code: u.String()})
	}
	return out
})

// DollarSigns are the signs readers of a country write for its currency
// where documents write a bare "$" (the dollars other than the U.S. one,
// the real, the Mexican peso): a label that says "$1.8 billion" of New
// Zealand dollars reads as U.S. dollars unless it says "NZ$".
var DollarSigns = map[string]string{
	"AUD": "A$", "BRL": "R$", "CAD": "C$", "HKD": "HK$", "MXN": "MX$",
	"NZD": "NZ$", "SGD": "S$", "TWD": "NT$",
}

// A HomeSign is the currency a bare sign means in the documents of a
// country other than the sign's own: a bare "$" is the US dollar
// (CurrencySigns), but "$12 billion" in an Australian release is
// Australian dollars.
type HomeSign struct {
	Sign    string // as CurrencySigns writes it: "$", "¥"
	Country string // ISO 3166-1 alpha-2: "AU"
	Code    string // ISO 4217: "AUD"
}

// HomeSigns are the countries whose documents write a bare sign for their
// own currency; one table for every sign and country.
var HomeSigns = []HomeSign{
	{"$", "AU", "AUD"}, {"$", "CA", "CAD"}, {"$", "NZ", "NZD"}, {"$", "HK", "HKD"}, {"$", "SG", "SGD"},
	{"$", "MX", "MXN"}, {"$", "TW", "TWD"}, {"$", "AR", "ARS"}, {"$", "CL", "CLP"}, {"$", "CO", "COP"},
	{"$", "JM", "JMD"}, {"$", "FJ", "FJD"}, {"$", "BS", "BSD"}, {"$", "BB", "BBD"}, {"$", "TT", "TTD"},
	{"$", "NA", "NAD"}, {"$", "LR", "LRD"}, {"$", "BZ", "BZD"}, {"$", "GY", "GYD"}, {"$", "SB", "SBD"},
	{"¥", "CN", "CNY"}, {"£", "EG", "EGP"}, {"£", "LB", "LBP"}, {"£", "SY", "SYP"},
}

// WrittenCodes are the codes documents write for an ISO 4217 code that
// nobody writes: the IMF's special drawing right, XDR, is "SDR 178.4
// million". Format writes the written code and ParseStated reads it.
var WrittenCodes = map[string]string{"XDR": "SDR"}

// A CurrencyName is a currency word written after an amount ("5 billion
// yen") or a code written in lower case.
type CurrencyName struct {
	Name string // lower case
	Code string // ISO 4217
	// Ambiguous marks a name that is a common word too ("won", "real"):
	// it counts only after a scale word ("5 billion won").
	Ambiguous bool
}

// CurrencyNames lists the currency words.
var CurrencyNames = []CurrencyName{
	{"dollar", "USD", false}, {"dollars", "USD", false}, {"us dollars", "USD", false}, {"u.s. dollars", "USD", false},
	{"yen", "JPY", false}, {"euro", "EUR", false}, {"euros", "EUR", false},
	{"pound", "GBP", true}, {"pounds", "GBP", true}, {"sterling", "GBP", false}, {"pounds sterling", "GBP", false},
	{"won", "KRW", true}, {"yuan", "CNY", false}, {"renminbi", "CNY", false}, {"rmb", "CNY", false},
	{"rupee", "INR", false}, {"rupees", "INR", false}, {"franc", "CHF", false}, {"francs", "CHF", false},
	{"peso", "MXN", false}, {"pesos", "MXN", false}, {"lira", "TRY", false}, {"liras", "TRY", false},
	{"rouble", "RUB", false}, {"roubles", "RUB", false}, {"ruble", "RUB", false}, {"rubles", "RUB", false},
	{"real", "BRL", true}, {"reais", "BRL", false}, {"rand", "ZAR", true}, {"ringgit", "MYR", false}, {"baht", "THB", false},
	{"dong", "VND", true}, {"rupiah", "IDR", false}, {"shekel", "ILS", false}, {"shekels", "ILS", false},
	{"krona", "SEK", false}, {"kronor", "SEK", false}, {"krone", "NOK", false}, {"kroner", "NOK", false},
	{"lari", "GEL", true}, {"kip", "LAK", true}, {"colon", "CRC", true}, {"colón", "CRC", false},
	{"naira", "NGN", false}, {"hryvnia", "UAH", false}, {"zloty", "PLN", false}, {"taka", "BDT", false},
	{"cedi", "GHS", false}, {"cedis", "GHS", false}, {"sdr", "XDR", false},
	// The shillings are four currencies: the name alone is none of them
	// ("5 billion shillings" is a count), the country's word before it
	// says which ("Tanzanian shillings", "Kenya shillings").
	{"tanzanian shillings", "TZS", false}, {"tanzanian shilling", "TZS", false}, {"tanzania shillings", "TZS", false}, {"tanzania shilling", "TZS", false},
	{"kenyan shillings", "KES", false}, {"kenyan shilling", "KES", false}, {"kenya shillings", "KES", false}, {"kenya shilling", "KES", false},
	{"ugandan shillings", "UGX", false}, {"ugandan shilling", "UGX", false}, {"uganda shillings", "UGX", false}, {"uganda shilling", "UGX", false},
	{"somali shillings", "SOS", false}, {"somali shilling", "SOS", false},
	// Wire services name the Nordic and Czech currencies in English with
	// the country's word: "7.5 million Danish crowns"; "crowns" alone is a
	// count.
	{"danish crowns", "DKK", false}, {"danish crown", "DKK", false}, {"swedish crowns", "SEK", false}, {"swedish crown", "SEK", false},
	{"norwegian crowns", "NOK", false}, {"norwegian crown", "NOK", false}, {"czech crowns", "CZK", false}, {"czech crown", "CZK", false},
	{"icelandic crowns", "ISK", false}, {"icelandic crown", "ISK", false},
	// Codes read in lower case after an amount ("5 million usd"); codes
	// that are English words ("all", "cup") are not among them.
	{"usd", "USD", false}, {"jpy", "JPY", false}, {"eur", "EUR", false}, {"gbp", "GBP", false}, {"cny", "CNY", false},
	{"chf", "CHF", false}, {"cad", "CAD", false}, {"aud", "AUD", false}, {"krw", "KRW", false}, {"inr", "INR", false},
	{"mxn", "MXN", false}, {"hkd", "HKD", false}, {"sgd", "SGD", false}, {"nzd", "NZD", false}, {"brl", "BRL", false},
	{"zar", "ZAR", false}, {"try", "TRY", true}, {"sek", "SEK", false}, {"nok", "NOK", false}, {"dkk", "DKK", false},
	{"rub", "RUB", false}, {"idr", "IDR", false}, {"thb", "THB", false}, {"php", "PHP", false}, {"vnd", "VND", false},
	{"kes", "KES", false}, {"ngn", "NGN", false}, {"egp", "EGP", false}, {"sar", "SAR", false}, {"aed", "AED", false},
	{"qar", "QAR", false}, {"kwd", "KWD", false}, {"pkr", "PKR", false}, {"bdt", "BDT", false}, {"lkr", "LKR", false},
	{"uah", "UAH", false}, {"pln", "PLN", false}, {"czk", "CZK", false}, {"huf", "HUF", false}, {"ron", "RON", false},
	{"ils", "ILS", false}, {"clp", "CLP", false}, {"ars", "ARS", false}, {"ghs", "GHS", false}, {"etb", "ETB", false},
	{"tzs", "TZS", false}, {"ugx", "UGX", false}, {"xof", "XOF", false}, {"xaf", "XAF", false}, {"myr", "MYR", false},
	{"twd", "TWD", false}, {"kzt", "KZT", false}, {"xdr", "XDR", false},
}

// A Subunit is a word for a currency's hundredth written after an amount:
// "16 cents" is US$0.16, "50 pence" £0.50. A bare "cents" is in US
// dollars, as a bare "$" is.
type Subunit struct {
	Word string // lower case: "cents"
	Code string // ISO 4217
}

// Subunits lists the hundredths' words, singular and plural.
var Subunits = []Subunit{{"cent", "USD"}, {"cents", "USD"}, {"euro cent", "EUR"}, {"euro cents", "EUR"},
	{"penny", "GBP"}, {"pence", "GBP"}, {"pennies", "GBP"}}

// LookupCurrencyName returns the currency word w (lower case).
func LookupCurrencyName(w string) (CurrencyName, bool) {
	for _, c := range CurrencyNames {
		if c.Name == w {
			return c, true
		}
	}
	return CurrencyName{}, false
}

// CurrencyCodeWords are the lower-case codes that are no English word, so
// that "usd" in a catalog is a mistake for "USD"; others ("all", "pen",
// "cup") may be counted nouns.
func CurrencyCodeWords() []string {
	var out []string
	for _, c := range CurrencyNames {
		if len(c.Name) == 3 && strings.ToUpper(c.Name) == c.Code && !c.Ambiguous {
			out = append(out, c.Name)
		}
	}
	return out
}

// A CurrencyAdjective is a word of a country before a currency name after
// an amount: "10 US dollars", "5 billion Japanese yen".
type CurrencyAdjective struct {
	Word string // lower case: "us", "japanese"
	Code string // ISO 4217: the currency meant when a currency word follows
}

// CurrencyAdjectives lists the country words read before a currency name.
var CurrencyAdjectives = []CurrencyAdjective{
	{"us", "USD"}, {"american", "USD"}, {"canadian", "CAD"}, {"australian", "AUD"}, {"singapore", "SGD"}, {"singaporean", "SGD"},
	{"chinese", "CNY"}, {"japanese", "JPY"}, {"british", "GBP"}, {"swiss", "CHF"}, {"mexican", "MXN"}, {"indian", "INR"},
	{"turkish", "TRY"}, {"korean", "KRW"}, {"brazilian", "BRL"}, {"russian", "RUB"}, {"taiwan", "TWD"}, {"taiwanese", "TWD"},
	// Where a name is shared, the country's word says whose: "Pakistani
	// rupees", "Argentine pesos", "Danish kroner", "Rwandan francs".
	{"pakistani", "PKR"}, {"nepalese", "NPR"}, {"argentine", "ARS"}, {"argentinian", "ARS"}, {"chilean", "CLP"},
	{"colombian", "COP"}, {"philippine", "PHP"}, {"danish", "DKK"}, {"norwegian", "NOK"}, {"swedish", "SEK"},
	{"rwandan", "RWF"}, {"congolese", "CDF"}, {"guinean", "GNF"}, {"nigerian", "NGN"}, {"ghanaian", "GHS"},
	{"indonesian", "IDR"}, {"malaysian", "MYR"}, {"thai", "THB"}, {"israeli", "ILS"}, {"polish", "PLN"},
	{"ukrainian", "UAH"}, {"bangladeshi", "BDT"},
}

// A CurrencyPrefix is an abbreviation written before an amount, matched as
// written (case counts): "Rs 500", "Rs. 500".
type CurrencyPrefix struct {
	Prefix string // as written: "Rs", "KSh"
	Code   string // ISO 4217
}

// CurrencyPrefixes lists the abbreviations written before an amount:
// rupees, rupiah, ringgit, Kenyan shillings.
var CurrencyPrefixes = []CurrencyPrefix{
	{"Rs", "INR"}, {"Rp", "IDR"}, {"RM", "MYR"}, {"KSh", "KES"}, {"Ksh", "KES"},
}

// LowerCodes are the currency codes also read before an amount when not
// written in capitals ("usd 5", "Rmb 3bn"); after an amount every code in
// CurrencyNames is read.
var LowerCodes = []string{"usd", "rmb", "Rmb", "eur", "gbp", "jpy", "cny"}

// Pence is the letter glued to digits for pence, the hundredth of a pound
// sterling, as British news writes share prices ("rose 6.5% to 164p") and
// charges ("a 5p charge"): the extractor and a catalog's stated read it as
// money, £1.64, as "164 pence" is (Subunits).
const Pence = "p"

// GluedSubunits are the marks of a currency's hundredth glued to an
// amount, as a catalog's stated writes them after the document: "5p"
// (Pence), "50c" and "50¢" (US cents, as a bare "cents" is); the sign
// apart from it too ("50 ¢"), a letter never ("0 c" is no money). The digits of a video format ("1080p", VideoLines)
// are no pence.
var GluedSubunits = []Subunit{{Pence, "GBP"}, {"c", "USD"}, {"¢", "USD"}}

// VideoLines are the line counts that a glued "p" names as a video format,
// not pence: "1080p", "720p".
var VideoLines = map[string]bool{"240": true, "360": true, "480": true, "576": true, "720": true, "1080": true, "1440": true, "2160": true, "4320": true}
