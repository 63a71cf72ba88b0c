package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/claimbook/claimbook/indicators"
)

// The gazetteer: every way a document names a country or region, with the
// entity code a catalog writes for it. It is built once from
// golang.org/x/text/language's English display names of every ISO 3166-1
// country and UN M49 region, the demonyms of the one-word names in -a
// ("Tanzanian"), plus the table below of demonyms, short forms and common
// names the display names do not give. Adding a form is one row.
var placeForms = []struct {
	code  string
	forms []string
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

// place is one entry of the gazetteer.
type place struct {
	form string // as written, case-sensitive
	code string
	// demonym marks a form of the table above that names people and
	// takes a plural ("Kenyan" → "Kenyans").
	demonym bool
}

var gazetteer = sync.OnceValue(func() []place {
	seen := map[string]bool{}
	var out []place
	add := func(form, code string, demonym bool) {
		if form == "" || seen[form] {
			return
		}
		seen[form] = true
		out = append(out, place{form, code, demonym})
	}
	for _, row := range placeForms {
		for _, f := range row.forms {
			add(f, row.code, (strings.HasSuffix(f, "an") || strings.HasSuffix(f, "i")) && len(f) > 4) // "Iraqis" too
		}
	}
	names := display.English.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			if indicators.CheckEntity(code) != nil {
				continue
			}
			r, _ := language.ParseRegion(code)
			name := names.Name(r)
			add(name, code, false)
			if strings.HasSuffix(name, "a") && !strings.Contains(name, " ") {
				// "Tanzania" → "Tanzanian", "Zambia" → "Zambian": the
				// demonym of most names in -a; a form no text writes
				// ("Chinan") never matches.
				add(name+"n", code, true)
			}
		}
	}
	for n := 2; n < 1000; n++ {
		code := fmt.Sprintf("%03d", n)
		if indicators.CheckEntity(code) != nil {
			continue
		}
		r, _ := language.ParseRegion(code)
		add(names.Name(r), code, false)
	}
	// Longest forms first, so that "South Africa" wins over "Africa".
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].form) > len(out[j].form) })
	return out
})

// A placeMention is a place named in a text, at byte offsets.
type placeMention struct {
	start, end int
	code       string
}

// placesIn returns the places named in s, in order, at byte offsets from
// base. Forms match whole words, as written (case matters, so "us" is not
// the United States); "the world's" and "global" give WLD.
func placesIn(s string, base int) []placeMention {
	g := gazetteer()
	byFirst := gazetteerByFirst()
	// Every occurrence of every form at a word's start, found in one pass
	// over s, then taken in the gazetteer's order (longest forms first)
	// and, per form, from the left: the order in which a search form by
	// form would take them.
	var hits []placeHit
	for i := 0; i < len(s); i++ {
		if i > 0 && isWordByte(s[i-1]) {
			continue // no form starts inside a word (wordEdge)
		}
		for _, e := range byFirst[s[i]] {
			if strings.HasPrefix(s[i:], g[e].form) {
				hits = append(hits, placeHit{e, i})
			}
		}
	}
	slices.SortStableFunc(hits, func(a, b placeHit) int { return a.entry - b.entry })
	var out []placeMention
	var taken []bool
	for _, h := range hits {
		p, i := g[h.entry], h.at
		j := i + len(p.form)
		if p.demonym && j < len(s) && s[j] == 's' && wordEdge(s, i, j+1) {
			j++ // "Kenyans"
		}
		if taken == nil {
			taken = make([]bool, len(s))
		}
		if !wordEdge(s, i, j) || taken[i] || taken[j-1] {
			continue
		}
		if (p.form == "England" || p.form == "Wales") && (strings.HasSuffix(s[:i], "New ") || strings.HasSuffix(s[:i], "South ")) {
			continue // "New England" is the U.S.'s, "New South Wales" Australia's
		}
		code := p.code
		if len(code) > 3 && code[2] == '-' && strings.HasSuffix(s[:i], "Bank of ") {
			code = code[:2] // "the Bank of England" is the UK's central bank
		}
		if j < len(s) && s[j] == '$' {
			// "US$ 2.7 billion": a currency's sign, not a place.
			continue
		}
		if p.form == "global" && planNouns[strings.ToLower(strings.Trim(firstField(s[j:]), ",.;:"))] {
			// "the global strategy": a plan, no place (drafts37).
			continue
		}
		for k := i; k < j; k++ {
			taken[k] = true
		}
		if code != "" && !inProperName(s, i) && !inLenderName(s, i, j) {
			out = append(out, placeMention{base + i, base + j, code})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return withoutOrganisationPlaces(s, base, out)
}

// withAcronymAfter returns to, moved past an acronym in parentheses
// that follows it (" (ISIS)"), so that the name it defines is read whole,
// or past the " and Wales" of "England and Wales" that a break at "and"
// cut: England alone is another place (drafts43).
func withAcronymAfter(text string, to int) int {
	if strings.HasPrefix(text[to:], " and Wales") && strings.HasSuffix(text[:to], "England") {
		return to + len(" and Wales")
	}
	rest := text[to:min(len(text), to+10)]
	k := strings.IndexByte(rest, ')')
	if strings.HasPrefix(rest, " (") && k >= 4 && strings.ToUpper(rest[2:k]) == rest[2:k] {
		return to + k + 1
	}
	return to
}

// withoutOrganisationPlaces drops the places of an organisation named
// after two of them and defined by an acronym: "the Islamic State of Iraq
// and Syria (ISIS)" is neither Iraq's nor Syria's. A national body named
// after one place ("Central Bank of Nigeria (CBN)") keeps it.
func withoutOrganisationPlaces(s string, base int, ps []placeMention) []placeMention {
	for i := 0; i+1 < len(ps); i++ {
		a, b := ps[i], ps[i+1]
		of := s[:a.start-base]
		if !strings.HasSuffix(of, " of ") || s[a.end-base:b.start-base] != " and " {
			continue
		}
		name := strings.TrimSuffix(of, " of ")
		r, _ := utf8.DecodeRuneInString(name[strings.LastIndexByte(name, ' ')+1:])
		if !unicode.IsUpper(r) {
			continue
		}
		rest := s[b.end-base:]
		k := strings.IndexByte(rest, ')')
		if !strings.HasPrefix(rest, " (") || k < 4 || k > 8 || strings.ToUpper(rest[2:k]) != rest[2:k] {
			continue
		}
		return withoutOrganisationPlaces(s, base, slices.Delete(slices.Clone(ps), i, i+2))
	}
	return ps
}

// A placeHit is an occurrence of gazetteer entry entry at byte at.
type placeHit struct{ entry, at int }

// gazetteerByFirst indexes the gazetteer by the first byte of each form,
// each list in the gazetteer's order.
var gazetteerByFirst = sync.OnceValue(func() *[256][]int {
	var idx [256][]int
	for e, p := range gazetteer() {
		idx[p.form[0]] = append(idx[p.form[0]], e)
	}
	return &idx
})

// wordEdge reports whether s[i:j] stands as whole words.
func wordEdge(s string, i, j int) bool {
	if i > 0 && isWordByte(s[i-1]) {
		return false
	}
	if j < len(s) && isWordByte(s[j]) && !possessive(s[j:]) {
		// "U.S." ends with a stop; "American" must not match "Americans".
		return false
	}
	if j < len(s) && s[j] == '.' && s[j-1] != '.' && j+1 < len(s) && isWordByte(s[j+1]) {
		return false
	}
	return true
}

// possessive reports whether s opens with a typographic possessive ("’s"
// of "Brazil’s", or "’" alone of "the United States’"), which ends a name
// as "'s" does.
func possessive(s string) bool {
	rest, ok := strings.CutPrefix(s, "’")
	rest = strings.TrimPrefix(rest, "s")
	return ok && (rest == "" || !isWordByte(rest[0]))
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// documentSubjects returns the places a document names most, up to two,
// the home party first: what "our two countries" and "bilateral" mean in
// it.
func documentSubjects(text string) []string {
	count := map[string]int{}
	first := map[string]int{}
	pairFirsts := map[string]int{}
	ps := placesIn(text, 0)
	listed := listedPlaces(text, ps)
	for i, p := range ps {
		if i+1 < len(ps) && ps[i+1].start == p.end+1 && text[p.end] == '-' && ps[i+1].code != p.code {
			pairFirsts[p.code]++
		}
		if p.code == indicators.World || listed[p.start] {
			continue // a list says which places, not whom the page is about
		}
		if _, ok := first[p.code]; !ok {
			first[p.code] = p.start
		}
		count[p.code]++
	}
	var codes []string
	for c := range count {
		codes = append(codes, c)
	}
	sort.Slice(codes, func(i, j int) bool {
		if count[codes[i]] != count[codes[j]] {
			return count[codes[i]] > count[codes[j]]
		}
		return first[codes[i]] < first[codes[j]]
	})
	if len(codes) > 2 {
		codes = codes[:2]
	}
	// The home party first: the one a document names first in its pairs
	// ("U.S.-Korea trade", "the U.S.-Japan Alliance"), as its hand
	// catalogs list entities ([US, JP]).
	if len(codes) == 2 && pairFirsts[codes[1]] > pairFirsts[codes[0]] {
		codes[0], codes[1] = codes[1], codes[0]
	}
	return codes
}

// nameOpeners may stand before a place without making it part of a name:
// compass words, months and days, titles of address.
var nameOpeners = map[string]bool{"North": true, "South": true, "East": true, "West": true, "Northern": true, "Southern": true,
	"Eastern": true, "Western": true, "Central": true, "Greater": true, "Mainland": true, "Continental": true, "Rural": true, "Urban": true,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true, "August": true,
	"September": true, "October": true, "November": true, "December": true, "Monday": true, "Tuesday": true, "Wednesday": true,
	"Thursday": true, "Friday": true, "Saturday": true, "Sunday": true, "Today": true, "Both": true, "All": true, "The": true, "In": true,
	// Prepositions a title capitalizes: "U.S. Security Cooperation With
	// Lebanon" names Lebanon.
	"With": true, "To": true, "Toward": true, "Towards": true, "Between": true}

// inProperName reports whether the place at byte i of s is part of a
// proper name, such as a programme's ("Power Africa", "the Electrify
// Africa Act"): a capitalized word that is no place stands right before it,
// in the middle of a sentence.
func inProperName(s string, i int) bool {
	j := i
	if j == 0 || s[j-1] != ' ' {
		return false
	}
	j--
	k := strings.LastIndexAny(s[:j], " \n\t(\"“") + 1
	w := s[k:j]
	r, _ := utf8.DecodeRuneInString(w)
	if w == "" || !unicode.IsUpper(r) || nameOpeners[w] || strings.ContainsAny(w, ".,;:") || len(placesInNoName(w)) > 0 {
		return false
	}
	// At the start of a sentence, a capital says nothing.
	b := strings.TrimRight(s[:k], " \t\u00a0")
	if b == "" || strings.ContainsAny(b[len(b)-1:], ".!?:\n•") {
		return false
	}
	return true
}

// placesInNoName is placesIn without the proper-name rule, for one word.
func placesInNoName(w string) []place {
	var out []place
	for _, p := range gazetteer() {
		if p.form == w || strings.TrimRight(w, "’'s") == p.form {
			out = append(out, p)
		}
	}
	return out
}

// benchmarks are prices named after where they are set: a figure of one
// is that place's ("WTI" is the U.S.'s), or the world's for a global
// benchmark ("Brent"). Longer forms first.
var benchmarks = []struct{ form, code string }{
	{"West Texas Intermediate", "US"}, {"WTI", "US"}, {"Henry Hub", "US"}, {"Brent", indicators.World},
}

// benchmarkIn returns the first benchmark s names, as written, and its
// entity code.
func benchmarkIn(s string) (string, string, bool) {
	best, form, code := -1, "", ""
	for _, b := range benchmarks {
		for from := 0; ; {
			i := strings.Index(s[from:], b.form)
			if i < 0 {
				break
			}
			i += from
			from = i + 1
			if j := i + len(b.form); i > 0 && isWordByte(s[i-1]) || j < len(s) && isWordByte(s[j]) {
				continue
			}
			if best < 0 || i < best {
				best, form, code = i, b.form, b.code
			}
			break
		}
	}
	return form, code, best >= 0
}

// subnational names the provinces, territories and states of countries
// whose national statistical offices' releases list them in place of the
// country ("Employment increased in … Prince Edward Island, and
// Alberta"). They name no entity in a sentence (a province's figure is
// not its country's); a release that lists them is its country's.
var subnational = []struct {
	code  string
	names []string
}{
	{"CA", []string{"Newfoundland and Labrador", "Prince Edward Island", "Nova Scotia", "New Brunswick", "Quebec", "Ontario",
		"Manitoba", "Saskatchewan", "Alberta", "British Columbia", "Yukon", "Northwest Territories", "Nunavut"}},
	{"AU", []string{"New South Wales", "Victoria", "Queensland", "South Australia", "Western Australia", "Tasmania",
		"Northern Territory", "Australian Capital Territory"}},
}

// A subnationalMention is a province or state named in a text.
type subnationalMention struct {
	name, code string
}

// subnationalIn returns the provinces and states a text names, as whole
// words, in the order of the table.
func subnationalIn(text string) []subnationalMention {
	var out []subnationalMention
	for _, c := range subnational {
		for _, n := range c.names {
			for i := strings.Index(text, n); i >= 0; {
				end := i + len(n)
				if (i == 0 || !isWordByte(text[i-1])) && (end == len(text) || !isWordByte(text[end])) {
					out = append(out, subnationalMention{n, c.code})
					break
				}
				j := strings.Index(text[end:], n)
				if j < 0 {
					break
				}
				i = end + j
			}
		}
	}
	return out
}

// regionSpans are regions of international bodies that span several UN
// M49 regions, with the codes a catalog writes for them: UNICEF's and
// the World Bank's "East Asia and Pacific" is Eastern Asia (030),
// South-eastern Asia (035) and Oceania (009).
var regionSpans = []struct {
	name  string
	codes []string
}{
	{"East Asia and Pacific", []string{"030", "035", "009"}},
	{"East Asia and the Pacific", []string{"030", "035", "009"}},
}

// regionSpanIn returns the first spanning region s names, and its codes.
func regionSpanIn(s string) (string, []string, bool) {
	for _, r := range regionSpans {
		if strings.Contains(s, r.name) {
			return r.name, r.codes, true
		}
	}
	return "", nil, false
}
