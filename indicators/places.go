package indicators

import (
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
	{"GB-WLS", []string{"Wales"}},
	{"GB-SCT", []string{"Scotland"}},
	{"GB-NIR", []string{"Northern Ireland"}},
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
	names := display.English.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			if checkEntity(code) != nil {
				continue
			}
			r, _ := language.ParseRegion(code)
			add(names.Name(r), code)
		}
	}
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
