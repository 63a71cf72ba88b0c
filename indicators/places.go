package indicators

import (
	"cmp"
	"iter"
	"slices"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// PlaceForms are the names of countries and regions that documents write
// and golang.org/x/text's English display names do not give (demonyms,
// short forms, common names), with the entity code a catalog writes for
// each. Adding a form is one row. The drafts' gazetteer
// (indicators/extract) reads them, and CheckEntity's advice (EntityCode)
// does too.
var PlaceForms = []struct {
	Code  string
	Forms []string
}{
	{"US", []string{"U.S.", "US", "U.S.A.", "USA", "United States of America", "America", "American", "Americans", "USAID",
		// "The $5 billion AIDS package approved by Congress": the U.S.
		// Congress, in the U.S. documents of the genre.
		"Congress",
		// U.S. aid agencies and programmes by name: "The new Millennium
		// Challenge Compact … will invest nearly $500 million", "The
		// Peace Corps has sent more than 4,000 volunteers".
		"Millennium Challenge", "Peace Corps"}},
	{"GB", []string{"UK", "U.K.", "Britain", "British"}},
	// The nations of the UK, and the two groups of them its statistics
	// are given for, have ISO 3166-2 codes of their own (drafts43:
	// "prisoners in England and Wales" is GB-EAW, "employees in Great
	// Britain" GB-GBN); "the UK" stays GB.
	{"GB-EAW", []string{"England and Wales"}},
	{"GB-GBN", []string{"Great Britain"}},
	{"GB-ENG", []string{"England"}},
	// A nation's adjective names it as its name does ("Scottish Transport
	// Statistics", "the Welsh Government", "Northern Irish students"): one
	// gazetteer for names and adjectives.
	{"GB-WLS", []string{"Wales", "Welsh"}},
	{"GB-SCT", []string{"Scotland", "Scottish"}},
	{"GB-NIR", []string{"Northern Ireland", "Northern Irish"}},
	{"JP", []string{"Japanese"}},
	{"CN", []string{"PRC", "Chinese", "People's Republic of China"}},
	{"KR", []string{"Korea", "Korean", "ROK", "Republic of Korea"}}, // "Korea" alone is the South in U.S. documents
	{"KP", []string{"DPRK", "North Korean", "DPR Korea", "Democratic People's Republic of Korea",
		// a common misnaming, which "Republic of Korea" inside must not
		// read as the South
		"Democratic Republic of Korea"}},
	// "Congo" alone is the Democratic Republic in U.S. documents ("the 5
	// year war in Congo"); the Republic of the Congo is named as such.
	{"CD", []string{"Congo", "DRC", "DR Congo", "Democratic Republic of the Congo", "Democratic Republic of Congo", "Congolese"}},
	{"CG", []string{"Republic of the Congo", "Congo-Brazzaville"}},
	{"IN", []string{"Indian"}},
	{"DE", []string{"German"}},
	{"FR", []string{"French"}},
	{"IT", []string{"Italian"}},
	{"CA", []string{"Canadian"}},
	{"MX", []string{"Mexican"}},
	{"BR", []string{"Brazilian"}},
	{"RU", []string{"Russian"}},
	{"AU", []string{"Australian"}},
	{"VN", []string{"Viet Nam", "Vietnamese"}},
	{"PH", []string{"Filipino", "Philippine"}},
	{"ID", []string{"Indonesian"}},
	{"TW", []string{"Taiwanese"}},
	{"UA", []string{"Ukrainian"}},
	{"ZA", []string{"South African"}},
	{"NG", []string{"Nigerian"}},
	{"KE", []string{"Kenyan"}},
	{"EG", []string{"Egyptian"}},
	{"IL", []string{"Israeli"}},
	{"SA", []string{"Saudi"}},
	{"TR", []string{"Turkish", "Türkiye"}},
	// Demonyms the rule of names in -a misses ("Ghanaian", not
	// "Ghanan"), of the countries the genre's bilateral pages name most.
	{"GH", []string{"Ghanaian"}},
	{"SN", []string{"Senegalese"}},
	{"ML", []string{"Malian"}},
	{"MW", []string{"Malawian"}},
	{"MZ", []string{"Mozambican"}},
	{"ZW", []string{"Zimbabwean"}},
	{"CM", []string{"Cameroonian"}},
	{"CI", []string{"Ivorian"}},
	{"BJ", []string{"Beninese"}},
	{"TG", []string{"Togolese"}},
	{"SD", []string{"Sudanese"}},
	{"SS", []string{"South Sudanese"}},
	{"SO", []string{"Somali"}},
	{"MA", []string{"Moroccan"}},
	{"PK", []string{"Pakistani"}},
	{"AF", []string{"Afghan"}},
	{"BD", []string{"Bangladeshi"}},
	{"NP", []string{"Nepali", "Nepalese"}},
	{"TH", []string{"Thai"}},
	{"MM", []string{"Burmese", "Burma", "Myanmar"}},
	{"SG", []string{"Singaporean"}},
	{"IQ", []string{"Iraqi"}},
	{"IR", []string{"Iranian"}},
	{"JO", []string{"Jordanian"}},
	{"LB", []string{"Lebanese"}},
	{"PE", []string{"Peruvian"}},
	{"CL", []string{"Chilean"}},
	{"EC", []string{"Ecuadorian"}},
	{"HN", []string{"Honduran"}},
	{"SV", []string{"Salvadoran"}},
	{"HT", []string{"Haitian"}},
	{"PY", []string{"Paraguayan"}},
	{"UY", []string{"Uruguayan"}},
	{"AR", []string{"Argentine", "Argentinian"}},
	{"PL", []string{"Polish"}},
	{"NL", []string{"Dutch"}},
	{"ES", []string{"Spanish"}},
	{"SE", []string{"Swedish"}},
	{"NZ", []string{"New Zealander", "Aotearoa"}},
	{"EU", []string{"EU", "E.U.", "European Union", "EU27", "EU28", "EU-27", "EU-28", "EU 27", "EU 28"}},
	{"EZ", []string{"euro area", "Euro area", "eurozone", "Eurozone", "euro zone", "EA19", "EA20", "EA-19", "EA-20"}},
	{"202", []string{"sub-Saharan Africa", "Subsaharan Africa"}},
	// The parts of Africa as pages write them: "the culture of West
	// Africa" is Western Africa, not the continent.
	{"011", []string{"West Africa"}},
	{"014", []string{"East Africa"}},
	{"015", []string{"North Africa"}},
	{"017", []string{"Central Africa"}},
	// "African countries", "the African Union": the continent, not its
	// sub-Saharan part.
	{"002", []string{"African"}},
	{"150", []string{"European"}},
	// The regions of the World Health Organization, as its pages name
	// them ("The WHO African Region accounted for 93% of malaria
	// cases"): the African Region is Africa (002) and the Region of the
	// Americas and the European Region are the Americas (019) and Europe
	// (150), the nearest M49 regions; the Eastern Mediterranean,
	// South-East Asia and Western Pacific Regions match none, so they
	// name no entity (and no "Asia" inside them counts).
	{"002", []string{"WHO African Region", "African Region"}},
	{"019", []string{"WHO Region of the Americas", "Region of the Americas"}},
	{"150", []string{"WHO European Region", "European Region"}},
	{"WLD", []string{"world's", "global", "worldwide", "developing countries", "developing nations", "low- and middle-income countries",
		"low- and middle-income nations", "low-income countries"}},
	// Names of no entity code, listed so that the names inside them do not
	// count: "Asia-Pacific" is not Asia.
	{"", []string{"Asia-Pacific", "Indo-Pacific", "Trans-Pacific", "Asia Pacific", "National Congress", "Congress Party", "People's Congress",
		"WHO Eastern Mediterranean Region", "Eastern Mediterranean Region", "WHO South-East Asia Region", "South-East Asia Region",
		"WHO Western Pacific Region", "Western Pacific Region"}},
}

// PlaceAdjectives are adjectives of countries that no rule derives from
// their names and that name a language as well: "Irish airports" names
// Ireland as "Ireland" does, but "could speak Irish" names no place. A
// title that has one names its place already (AdjectiveCode; the
// report's NamesPlace: never "Irish airports, Ireland", s33d-airports);
// the drafts' gazetteer does not read them, since a language's name is
// no figure's place. Adding one is one row.
var PlaceAdjectives = []struct {
	Code  string
	Forms []string
}{
	{"IE", []string{"Irish"}},
	{"DK", []string{"Danish"}},
	{"FI", []string{"Finnish"}},
	{"GR", []string{"Greek"}},
	{"CH", []string{"Swiss"}},
	{"PT", []string{"Portuguese"}},
	{"NO", []string{"Norwegian"}},
	{"CZ", []string{"Czech"}},
	{"HU", []string{"Hungarian"}},
	{"IS", []string{"Icelandic"}},
}

// AdjectiveCode returns the entity code of a country whose adjective
// word is (PlaceAdjectives), in any case; "" for any other word.
func AdjectiveCode(word string) string {
	for _, row := range PlaceAdjectives {
		for _, f := range row.Forms {
			if strings.EqualFold(word, f) {
				return row.Code
			}
		}
	}
	return ""
}

// entityCodes maps every name EntityCode knows, in lower case, to its
// code: PlaceForms, the English display names of every ISO 3166-1 country
// and UN M49 region, and the names of Organisations.
func entityCodes() map[string]string {
	entityCodesOnce.Do(buildEntityCodes)
	return entityCodesMap
}

var (
	entityCodesOnce sync.Once
	entityCodesMap  map[string]string
)

// buildEntityCodes fills entityCodesMap, once (entityCodes); a function,
// not a sync.OnceValue, since CheckEntity, which it calls through
// checkEntity, would make a cycle of package initialisation.
func buildEntityCodes() {
	m := map[string]string{}
	add := func(name, code string) {
		if k := strings.ToLower(name); name != "" && m[k] == "" {
			m[k] = code
		}
	}
	for _, row := range PlaceForms {
		for _, f := range row.Forms {
			add(f, row.Code)
		}
	}
	for _, o := range Organisations {
		add(o.Name, o.Code)
	}
	for code, name := range CountryNames() {
		add(name, code)
	}
	names := display.English.Regions()
	for n := 2; n < 1000; n++ {
		code := strconv.Itoa(1000 + n)[1:]
		if checkEntity(code) != nil {
			continue
		}
		r, _ := language.ParseRegion(code)
		add(names.Name(r), code)
	}
	add("World", World)
	entityCodesMap = m
}

// EntityCode returns the entity code of a place or organisation written by
// name, in any case ("Scotland" is "GB-SCT", "Japan" "JP", "the euro
// area" "EZ"), or "" when the name is not known. A leading "the" is
// dropped.
func EntityCode(name string) string {
	n := strings.TrimSpace(name)
	if len(n) > 4 && strings.EqualFold(n[:4], "the ") {
		n = n[4:]
	}
	return entityCodes()[strings.ToLower(n)]
}

// StatisticalAreas are the areas a country's statistics are given for
// that have no ISO 3166-2 code, each an entity by the code its national
// statistics office gives it: the nine regions of England by their GSS
// codes (ONS, E12000001 to E12000009), which every English release names
// ("the South East", "the West Midlands") and ISO 3166-2 does not list
// (it lists England, GB-ENG, and its counties and boroughs); London the
// region is Greater London, one boundary. Forms are
// the names documents write, in any case, with a leading "the" dropped;
// Within is the entity the area lies in. Adding an area is one row.
var StatisticalAreas = []struct {
	Code, Name, Within string
	Forms              []string
}{
	{"E12000001", "North East", "GB-ENG", []string{"North East of England", "North East England"}},
	{"E12000002", "North West", "GB-ENG", []string{"North West of England", "North West England"}},
	{"E12000003", "Yorkshire and The Humber", "GB-ENG", []string{"Yorkshire and the Humber", "Yorkshire & the Humber", "Yorkshire and Humber"}},
	{"E12000004", "East Midlands", "GB-ENG", nil},
	{"E12000005", "West Midlands", "GB-ENG", nil},
	{"E12000006", "East of England", "GB-ENG", []string{"East"}},
	{"E12000007", "London", "GB-ENG", []string{"Greater London"}},
	{"E12000008", "South East", "GB-ENG", []string{"South East of England", "South East England"}},
	{"E12000009", "South West", "GB-ENG", []string{"South West of England", "South West England"}},
}

// statisticalArea returns the row of StatisticalAreas whose code is s.
func statisticalArea(s string) (code, name, within string, ok bool) {
	for _, a := range StatisticalAreas {
		if a.Code == s {
			return a.Code, a.Name, a.Within, true
		}
	}
	return "", "", "", false
}

// statisticalAreasNamed returns the codes of StatisticalAreas named n (in
// lower case, "the" dropped).
func statisticalAreasNamed(n string) []string {
	var out []string
	for _, a := range StatisticalAreas {
		if strings.EqualFold(a.Name, n) || slices.ContainsFunc(a.Forms, func(f string) bool { return strings.EqualFold(f, n) }) {
			out = append(out, a.Code)
		}
	}
	return out
}

// homeDomains are the ends of web addresses whose publishers are a
// country's government or statistics office, with the country, beyond
// the country code top-level domains ("ons.gov.uk" is GB by ".uk").
// A devolved government's address also says the part of the country it
// governs (place), which a catalog's entities are for unless its text says
// otherwise: the nations' own top-level domains (".scot", ".wales",
// ".cymru": www.gov.scot, publichealthscotland.scot) and the Northern
// Ireland departments' "-ni.gov.uk" (www.health-ni.gov.uk). A row's
// suffix matches the end of a host, or the whole host without its first
// dot ("gov.scot").
var homeDomains = []struct{ suffix, code, place string }{
	{".gov", "US", ""}, {".mil", "US", ""}, {".scot", "GB", "GB-SCT"}, {".wales", "GB", "GB-WLS"}, {".cymru", "GB", "GB-WLS"},
	{".nhs.uk", "GB", ""}, {".nisra.gov.uk", "GB", "GB-NIR"}, {".nidirect.gov.uk", "GB", "GB-NIR"}, {"-ni.gov.uk", "GB", "GB-NIR"},
}

// genericTLD are country code top-level domains sold to all comers
// (".io", ".tv", ".ai", ".co"): their addresses say no country.
var genericTLD = map[string]bool{"IO": true, "TV": true, "ME": true, "AI": true, "CO": true, "FM": true, "LY": true, "WS": true, "CC": true, "TO": true, "NU": true, "TK": true}

// SourcePlace returns the place a source's address says its figures are
// for: the part of the country a devolved government's address names
// (homeDomains: "GB-WLS" for www.gov.wales, "GB-SCT" for gov.scot), else
// the country, as SourceHome gives it; "" when the address says none.
func SourcePlace(url string) string {
	_, place := addressPlace(url)
	return place
}

// SourceHome returns the country whose government or statistics a
// source's address belongs to, as an ISO 3166-1 code ("GB" for
// www.ons.gov.uk, www.gov.uk and gov.scot, "US" for www.ncdc.noaa.gov,
// "CA" for www150.statcan.gc.ca), or "" when the address says none
// (".org", ".com", ".int"). It is the country whose subdivisions a name of
// a catalog is read as first (CheckEntityFor): "South East" in a UK
// release is the region of England, not Singapore's district.
func SourceHome(url string) string {
	home, _ := addressPlace(url)
	return home
}

// addressPlace is the one reader of a web address's place: the country
// its host belongs to (homeDomains, else its country code top-level
// domain) and the place it is for (the row's part of the country, else
// the country), or "" and "".
func addressPlace(url string) (home, place string) {
	host := urlHost(url)
	for _, d := range homeDomains {
		if strings.HasSuffix(host, d.suffix) || host == d.suffix[1:] {
			return d.code, cmp.Or(d.place, d.code)
		}
	}
	i := strings.LastIndexByte(host, '.')
	if i < 0 || len(host)-i != 3 {
		return "", ""
	}
	tld := strings.ToUpper(host[i+1:])
	if genericTLD[tld] {
		return "", ""
	}
	if tld == "UK" {
		return "GB", "GB"
	}
	if checkEntity(tld) != nil || tld == "EU" {
		return "", ""
	}
	return tld, tld
}

// urlHost returns the host of a web address, in lower case, without its
// port or a final dot: "www.gov.wales" of "https://www.gov.wales/x".
func urlHost(url string) string {
	host := url
	if _, rest, ok := strings.Cut(host, "://"); ok {
		host = rest
	}
	host, _, _ = strings.Cut(host, "/")
	host, _, _ = strings.Cut(host, ":")
	return strings.ToLower(strings.TrimSuffix(host, "."))
}

// UncodedAreas are areas documents give figures for that have no code of
// their own in any table a catalog takes, with the entity that holds them:
// the contiguous United States (NOAA's "CONUS", the "Lower 48") is
// written US, with "contiguous U.S." in the title.
var UncodedAreas = []struct {
	Code  string
	Forms []string
}{
	{"US", []string{"CONUS", "contiguous U.S.", "contiguous US", "contiguous United States", "Lower 48", "lower 48 states"}},
}

// Cities are cities and towns that releases give figures for and that
// have no code of their own, each with the ISO 3166-2 subdivision that
// holds it: "Christchurch" in a New Zealand release is written NZ-CAN
// (Canterbury), with "Christchurch" in the title (s20n-gambling: the
// advice's example was Auckland, NZ-AUK, the wrong region). Their names
// recur from one country to another (a Christchurch in Dorset, a Perth in
// Scotland), so only verify's advice reads them, and only for a catalog
// whose sources are of the city's country or of none (CheckEntityFor);
// the drafts' gazetteer does not. Cities that are subdivisions of their
// own (GB-MAN, Manchester; IE-D, Dublin) need no row. Adding a city is one
// row.
var Cities = []struct {
	Name, Within string
}{
	{"Christchurch", "NZ-CAN"}, {"Wellington", "NZ-WGN"}, {"Hamilton", "NZ-WKO"}, {"Tauranga", "NZ-BOP"},
	{"Dunedin", "NZ-OTA"}, {"Queenstown", "NZ-OTA"}, {"Invercargill", "NZ-STL"}, {"Napier", "NZ-HKB"},
	{"Palmerston North", "NZ-MWT"}, {"Whangarei", "NZ-NTL"}, {"New Plymouth", "NZ-TKI"},
	{"Sydney", "AU-NSW"}, {"Melbourne", "AU-VIC"}, {"Brisbane", "AU-QLD"}, {"Perth", "AU-WA"},
	{"Adelaide", "AU-SA"}, {"Hobart", "AU-TAS"}, {"Darwin", "AU-NT"}, {"Canberra", "AU-ACT"},
	{"Gold Coast", "AU-QLD"}, {"Newcastle", "AU-NSW"},
	{"Toronto", "CA-ON"}, {"Ottawa", "CA-ON"}, {"Montreal", "CA-QC"}, {"Vancouver", "CA-BC"},
	{"Calgary", "CA-AB"}, {"Edmonton", "CA-AB"}, {"Winnipeg", "CA-MB"}, {"Halifax", "CA-NS"},
	{"Cork", "IE-CO"}, {"Galway", "IE-G"}, {"Limerick", "IE-LK"},
}

// cityWithin returns the subdivision that holds the city named n (in any
// case, Cities) in the country home, or, where home is "", in the one
// country that has a city of that name; "" for none.
func cityWithin(n, home string) string {
	n = strings.TrimSpace(n)
	found := ""
	for _, c := range Cities {
		if !strings.EqualFold(c.Name, n) || home != "" && entityCountry(c.Within) != home {
			continue
		}
		if found != "" && found != c.Within {
			return ""
		}
		found = c.Within
	}
	return found
}

// uncodedArea returns the entity that holds the area named n, in any
// case, a leading "the" dropped, or "".
func uncodedArea(n string) string {
	n = strings.TrimSpace(n)
	if len(n) > 4 && strings.EqualFold(n[:4], "the ") {
		n = n[4:]
	}
	for _, a := range UncodedAreas {
		if slices.ContainsFunc(a.Forms, func(f string) bool { return strings.EqualFold(f, n) }) {
			return a.Code
		}
	}
	return ""
}

// HomeOf returns the country all of sources' addresses belong to
// (SourceHome), or "" when they name none or several: the home a catalog's
// entities are checked against (CheckEntityFor). A source with no address
// says nothing either way.
func HomeOf(sources []Source) string {
	home := ""
	for _, s := range sources {
		h := SourceHome(s.URL)
		switch {
		case h == "":
		case home == "":
			home = h
		case h != home:
			return ""
		}
	}
	return home
}

// CountryNames yields each ISO 3166-1 alpha-2 code CheckEntity accepts
// with its English name as golang.org/x/text gives it ("HK", "Hong Kong
// SAR China"), in the codes' order: the one walk over the countries that
// the places table, the entity advice and the drafter's gazetteer read.
func CountryNames() iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		names := display.English.Regions()
		for a := 'A'; a <= 'Z'; a++ {
			for b := 'A'; b <= 'Z'; b++ {
				code := string([]rune{a, b})
				if checkEntity(code) != nil {
					continue
				}
				r, _ := language.ParseRegion(code)
				if !yield(code, names.Name(r)) {
					return
				}
			}
		}
	}
}
