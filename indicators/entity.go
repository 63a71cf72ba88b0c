package indicators

import (
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/biter777/countries"
	"github.com/claimbook/claimbook/indicators/internal/lexicon"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// World is the entity code for the whole world.
const World = "WLD"

// EuroArea is the entity code for the countries that use the euro
// (Eurostat's EA19, EA20), exceptionally reserved in ISO 3166-1.
const EuroArea = "EZ"

// Organisations are the entity codes of groups of countries that act or
// are counted as one and have no ISO 3166 or UN M49 code, with the names a
// reader knows them by: "NATO" for its members' defence spending, "DAC"
// for the OECD donors' aid. A code is its common abbreviation, upper case,
// so that it never reads as a country's two letters ("AU" is Australia,
// never the African Union). The United Nations is none of them: "UN" is a
// region of golang.org/x/text, whose names the drafts' gazetteer reads as
// places, and a release that names the UN's climate convention is no
// release about the UN.
var Organisations = []struct{ Code, Name string }{
	{"NATO", "NATO"},
	{"OECD", "OECD"},
	{"DAC", "OECD Development Assistance Committee"},
	{"G7", "G7"},
	{"G20", "G20"},
	{"OPEC", "OPEC"},
	{"ASEAN", "ASEAN"},
	{"APEC", "APEC"},
}

// organisationName returns the name of an organisation's code, or "".
func organisationName(s string) string {
	for _, o := range Organisations {
		if o.Code == s {
			return o.Name
		}
	}
	return ""
}

// CheckEntity checks an entity code of a catalog: an ISO 3166-1 alpha-2
// country code ("US", "JP"), an ISO 3166-2 code of a country's subdivision
// ("GB-ENG" England, "GB-WLS" Wales, "US-CA" California, "CA-ON" Ontario,
// "AU-NSW" New South Wales), "WLD" for the world, a UN M49 code of a region
// ("202" Sub-Saharan Africa, "150" Europe, "419" Latin America), "EU" for
// the European Union or "EZ" for the euro area (both reserved by ISO 3166
// for these unions), an organisation's code ("NATO", "DAC", "G20": see
// Organisations) or the code of an area its country's statistics are given
// for that has no ISO 3166-2 code ("E12000008", the South East of England:
// see StatisticalAreas). The error says what to write instead.
func CheckEntity(s string) error { return CheckEntityFor(s, "") }

// CheckEntityFor is CheckEntity for an entity of a catalog whose sources
// are a country's own (home, an ISO 3166-1 code such as SourceHome gives,
// or "" for none): a name written for a code is read as that country's
// area or subdivision first, so that "South East" in a UK release is
// E12000008, the region of England, and not SG-04, Singapore's district;
// with no home, or none of its areas so named, every area of that name is
// offered. A region of England, which has no ISO 3166-2 code, is written
// as its GSS code (StatisticalAreas).
func CheckEntityFor(s, home string) error {
	err := checkEntity(s)
	if u, ok := err.(unknownEntity); ok {
		if c := EntityCode(string(u)); c != "" {
			return fmt.Errorf("unknown entity %q: did you mean %q (%s)? an entity is written as its code", s, c, EntityName(c))
		}
		if slices.Contains(lexicon.AbroadWords, strings.ToLower(strings.TrimSpace(string(u)))) {
			// "overseas": everywhere outside the entity's country.
			return fmt.Errorf("unknown entity %q: did you mean %q (%s)? everywhere outside the entity's country (%q) is the world seen from it: write %q, and say %q in the title", s, World, EntityName(World), strings.TrimSpace(string(u)), World, strings.TrimSpace(string(u)))
		}
		if c := countryNamedShort(string(u)); c != "" {
			// "Hong Kong" for CLDR's "Hong Kong SAR China": a country or
			// territory comes before any area of one (s18k-construction).
			return fmt.Errorf("unknown entity %q: did you mean %q (%s)? an entity is written as its code", s, c, EntityName(c))
		}
		if c := stateFormCountry(string(u)); c != "" {
			// "Republic of Ireland": a country's long name, a country
			// before any local area of the source's own (s19m-students).
			return fmt.Errorf("unknown entity %q: did you mean %q (%s)? an entity is written as its code", s, c, EntityName(c))
		}
		if c, whole := complementOf(string(u)); c != "" {
			// "non-EU": everything but a place, which no code names.
			outside := strconv.Quote(whole)
			if n := EntityName(c); !strings.EqualFold(n, whole) {
				outside += " (" + n + ")"
			}
			return fmt.Errorf("unknown entity %q: no code names a complement, everywhere outside %s: leave it off where it is the counterpart, write the place the figure is for where it is an entity, and name %q in the title", s, outside, s)
		}
		if c := homeSubdivision(string(u), home); c != "" {
			// "QC" in a Statistics Canada release: a province written
			// as tables write it, without its country.
			return fmt.Errorf("unknown entity %q: did you mean %q (%s, %s)? a state, province or nation is written with its country's code, as ISO 3166-2 does", s, c, subdivisionName(c), EntityName(home))
		}
		if c := uncodedArea(string(u)); c != "" {
			return fmt.Errorf("unknown entity %q: the area has no code of its own: write %q (%s) and name the area in the title", s, c, EntityName(c))
		}
		if c := cityWithin(string(u), home); c != "" {
			return fmt.Errorf("unknown entity %q: a city has no code of its own: write %q (%s, %s), the area that holds it, and name %q in the title", s, c, subdivisionName(c), EntityName(entityCountry(c)), strings.TrimSpace(string(u)))
		}
		type alt struct{ code, text string }
		var alts []alt
		n := strings.ToLower(strings.TrimSpace(string(u)))
		if len(n) > 4 && n[:4] == "the " {
			n = n[4:]
		}
		for _, c := range statisticalAreasNamed(n) {
			_, name, within, _ := statisticalArea(c)
			alts = append(alts, alt{c, fmt.Sprintf("%q (%s, a region of %s, which ISO 3166-2 gives no code)", c, name, EntityName(within))})
		}
		for _, c := range subdivisionsNamed(string(u)) {
			alts = append(alts, alt{c, fmt.Sprintf("%q (%s, %s)", c, subdivisionName(c), EntityName(c[:2]))})
		}
		if home != "" {
			// The home country's own areas first, and alone if it has any.
			var own []alt
			for _, a := range alts {
				if entityCountry(a.code) == home {
					own = append(own, a)
				}
			}
			if len(own) > 0 {
				alts = own
			}
		}
		if len(alts) > 0 {
			var texts []string
			for _, a := range alts {
				texts = append(texts, a.text)
			}
			how := "a country's state, province or nation is written as its ISO 3166-2 code"
			if slices.ContainsFunc(alts, func(a alt) bool { return len(a.code) > 2 && a.code[2] != '-' }) {
				how = "a region of England is written as its GSS code, a country's state, province or nation as its ISO 3166-2 code"
			}
			return fmt.Errorf("unknown entity %q: did you mean %s? %s", s, strings.Join(texts, " or "), how)
		}
		if home != "" && placeName(string(u)) {
			return fmt.Errorf("unknown entity %q: %s", s, localAreaAdvice(string(u), home))
		}
	}
	return err
}

// countryNamedShort returns the ISO 3166-1 code of the one country or
// territory whose English name starts with name and a space ("Hong Kong"
// of "Hong Kong SAR China", "Hong Kong SAR"), or "" where none or several
// do.
func countryNamedShort(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	if len(n) < 4 {
		return ""
	}
	found := ""
	for code, name := range CountryNames() {
		if strings.HasPrefix(strings.ToLower(name), n+" ") {
			if found != "" && found != code {
				return "" // "Congo" of two
			}
			found = code
		}
	}
	return found
}

// stateFormCountry returns the ISO 3166-1 code of the country a long name
// with its form of state names ("Republic of Ireland" is IE, "the Kingdom
// of Spain" ES: lexicon.StateForms), or "".
func stateFormCountry(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.TrimPrefix(n, "the ")
	for _, f := range lexicon.StateForms {
		rest, ok := strings.CutPrefix(n, f+" ")
		if !ok {
			continue
		}
		if c := EntityCode(rest); len(c) == 2 && checkEntity(c) == nil {
			return c
		}
		if c := countryNamedShort(rest); c != "" {
			return c
		}
		return ""
	}
	return ""
}

// complementOf returns the code of the place a name says everything but
// ("non-EU" is all but EU, "the rest of the world" all but WLD:
// lexicon.ComplementWords), and that place as written, or "".
func complementOf(name string) (code, whole string) {
	n := strings.TrimSpace(name)
	low := strings.TrimPrefix(strings.ToLower(n), "the ")
	n = n[len(n)-len(low):]
	for _, w := range lexicon.ComplementWords {
		if !strings.HasPrefix(low, w) {
			continue
		}
		rest := strings.TrimSpace(n[len(w):])
		rest = strings.TrimSuffix(strings.TrimSuffix(rest, " countries"), " Countries")
		if c := EntityCode(rest); c != "" {
			return c, rest
		}
		if checkEntity(rest) == nil && rest == strings.ToUpper(rest) {
			return rest, rest
		}
		return "", ""
	}
	return "", ""
}

// placeName reports whether s reads as the name of a place, not a code:
// words that start with a capital letter ("East Dorset", "Purbeck").
func placeName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || strings.ToUpper(s) == s {
		return false // "XYZ" is a code, misspelt or unknown
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "and" && w != "of" && w != "upon" && w != "on" {
			return false
		}
	}
	return true
}

// localAreaAdvice says what to write for a local area with no code (a
// local authority district such as "East Dorset" or "Purbeck") in a
// catalog whose sources belong to home: the rule of the README, the area
// that holds it, named in the title. The area that holds it is named where
// the local area's name is an area qualifier and a subdivision of home
// ("East Dorset" is in Dorset, GB-DOR); else the home country stands in.
// Local areas get no codes of their own (GSS district codes are not
// held): two areas of one county are then told apart by their titles.
func localAreaAdvice(name, home string) string {
	low := strings.ToLower(strings.TrimSpace(name))
	for _, q := range lexicon.AreaQualifiers {
		rest, ok := strings.CutPrefix(low, q+" ")
		if !ok {
			continue
		}
		for _, c := range subdivisionsNamed(rest) {
			if entityCountry(c) == home {
				return fmt.Sprintf("a local area has no code here: write the area that holds it, %q (%s), and name %q in the title (two areas of one county are told apart by their titles)", c, subdivisionName(c), name)
			}
		}
	}
	all := subdivisionsOf(home)
	if len(all) == 0 {
		// A territory with no subdivisions (HK): no county, region or
		// GSS code to offer.
		return fmt.Sprintf("a local area has no code here: write %q (%s), the area that holds it, and name %q in the title", home, EntityName(home), name)
	}
	if home != "GB" && len(all) <= maxListedSubdivisions {
		// Few enough to list; an example is never offered: one region
		// not read from the area's own name is likely the wrong one
		// (NZ-AUK for Christchurch, s20n-gambling; IE-C, Connacht, for
		// Dún Laoghaire-Rathdown, in Leinster, s26w-language).
		var list []string
		for _, c := range all {
			list = append(list, fmt.Sprintf("%s %s", c, subdivisionName(c)))
		}
		return fmt.Sprintf("a local area has no code here: write the area that holds it, one of %s's ISO 3166-2 codes (%s), or %q (%s) itself, and name %q in the title (two areas of one region are told apart by their titles)",
			EntityName(home), strings.Join(list, ", "), home, EntityName(home), name)
	}
	region := "its ISO 3166-2 code"
	if home == "GB" {
		region = "its county or region (its ISO 3166-2 code or a GSS region code)"
	}
	return fmt.Sprintf("a local area has no code here: write the area that holds it, %s, or %q (%s) itself, and name %q in the title (two areas of one county or region are told apart by their titles)",
		region, home, EntityName(home), name)
}

// maxListedSubdivisions is the most subdivisions of a country
// localAreaAdvice lists in full (New Zealand's 19).
const maxListedSubdivisions = 20

// subdivisionsOf returns the ISO 3166-2 codes of country c, sorted.
func subdivisionsOf(c string) []string {
	var all []string
	for _, cs := range subdivisionNames() {
		for _, x := range cs {
			if entityCountry(x) == c && !slices.Contains(all, x) {
				all = append(all, x)
			}
		}
	}
	slices.Sort(all)
	return all
}

// entityCountry returns the ISO 3166-1 country an entity code lies in:
// "GB" for GB-ENG and for E12000008, the code itself for a country, ""
// for a region of the world or an organisation.
func entityCountry(c string) string {
	if _, _, within, ok := statisticalArea(c); ok {
		return entityCountry(within)
	}
	if len(c) > 3 && c[2] == '-' || len(c) == 2 {
		return c[:2]
	}
	return ""
}

// unknownEntity is checkEntity's error for a string that is no entity
// code at all, which CheckEntity may read as a name (EntityCode).
type unknownEntity string

func (u unknownEntity) Error() string {
	return fmt.Sprintf("unknown entity %q: write an ISO 3166-1 alpha-2 country code such as \"US\" or \"JP\", an ISO 3166-2 subdivision code such as \"GB-ENG\" (England), \"WLD\" for the world, a UN M49 region code such as \"202\" (Sub-Saharan Africa) or \"150\" (Europe), \"EU\" or \"EZ\" (the euro area), or an organisation such as \"NATO\", \"OECD\", \"DAC\" or \"G20\"", string(u))
}

// checkEntity is CheckEntity without the advice that reads s as a name.
func checkEntity(s string) error {
	if s == World || s == "EU" || s == EuroArea || organisationName(s) != "" {
		return nil
	}
	if up := strings.ToUpper(s); up != s && organisationName(up) != "" {
		return fmt.Errorf("entity %q must be upper case: write %q (%s)", s, up, organisationName(up))
	}
	if len(s) > 3 && s[2] == '-' {
		return checkSubdivision(s)
	}
	if _, _, _, ok := statisticalArea(s); ok {
		return nil
	}
	r, err := language.ParseRegion(s)
	switch {
	case len(s) == 2 && err == nil && r.IsCountry() && r.ISO3() != "ZZZ":
		if c := currentRegion(r); c != r.String() {
			// "VD" (North Vietnam), "ZR" (Zaire): withdrawn from ISO 3166-1.
			return fmt.Errorf("entity %q is a withdrawn ISO 3166-1 code: write %q (%s)", s, c, EntityName(c))
		}
		if r.String() == s {
			return nil
		}
		if strings.ToUpper(s) == r.String() {
			return fmt.Errorf("entity %q must be upper case: write %q", s, r.String())
		}
	case len(s) == 2 && (strings.EqualFold(s, "eu") || strings.EqualFold(s, "ez")):
		return fmt.Errorf("entity %q must be upper case: write %q", s, strings.ToUpper(s))
	case len(s) == 2 && err == nil && r.IsCountry():
		if c := canonicalCountry(s); c != "" {
			return fmt.Errorf("entity %q is not an ISO 3166-1 code: write %q for %s", s, c, EntityName(c))
		}
	case len(s) == 3 && isDigits(s) && err == nil:
		switch {
		case r.String() == "001":
			return fmt.Errorf("entity %q is the world: write \"WLD\"", s)
		case r.IsGroup():
			return nil
		case r.IsCountry() && r.ISO3() != "ZZZ":
			return fmt.Errorf("entity %q is the M49 code of a country: write its ISO 3166-1 alpha-2 code %q (%s)", s, r.String(), EntityName(r.String()))
		}
	case len(s) == 3 && err == nil && r.IsCountry() && r.ISO3() != "ZZZ":
		return fmt.Errorf("entity %q is an alpha-3 code: write the ISO 3166-1 alpha-2 code %q", s, r.String())
	}
	return unknownEntity(s)
}

// checkSubdivision checks an ISO 3166-2 code, "GB-ENG", as the ISO 3166-2
// tables of github.com/biter777/countries list it.
func checkSubdivision(s string) error {
	if countries.SubdivisionCode(s).IsValid() {
		return nil
	}
	if up := strings.ToUpper(s); countries.SubdivisionCode(up).IsValid() {
		return fmt.Errorf("entity %q must be upper case: write %q", s, up)
	}
	cc := s[:2]
	if r, err := language.ParseRegion(cc); err == nil && r.IsCountry() && r.String() == strings.ToUpper(cc) && r.ISO3() != "ZZZ" {
		more := ""
		if r.String() == "GB" && len(s) <= 5 {
			// "GB-SE", "GB-WM": a region's initials.
			more = "; a region of England has no ISO 3166-2 code: write its GSS code (\"E12000008\" South East, \"E12000005\" West Midlands)"
		}
		var near []string
		in := strings.ToUpper(s[3:])
		for _, c := range subdivisionsOf(r.String()) {
			// One letter mistyped or one too many; a code one letter
			// short is a region's initials ("GB-SE"), told below.
			if len(in) >= len(c[3:]) && editDistance(in, c[3:]) == 1 {
				near = append(near, fmt.Sprintf("%q (%s)", c, subdivisionName(c)))
			}
		}
		if len(near) > 0 {
			// "GB-KHC" for Kingston upon Hull's GB-KHL (s24s-flooding).
			more = "; did you mean " + strings.Join(near, " or ") + "?" + more
		}
		return fmt.Errorf("unknown entity %q: %q is no ISO 3166-2 subdivision of %s: write the code ISO 3166-2 gives it (\"GB-ENG\" England, \"US-CA\" California) or the country's own %q%s", s, s[3:], EntityName(r.String()), r.String(), more)
	}
	return fmt.Errorf("unknown entity %q: an ISO 3166-2 subdivision code starts with its country's ISO 3166-1 alpha-2 code (\"GB-ENG\" England, \"US-CA\" California)", s)
}

// SubdivisionCodes returns the ISO 3166-2 codes of the subdivisions named
// name, in any case, a leading "the" dropped, in code order: "Oregon" is
// US-OR, "Georgia" US-GA, "South Australia" AU-SA; nil for a name that is
// no subdivision's.
func SubdivisionCodes(name string) []string { return subdivisionsNamed(name) }

// subdivisionsNamed returns the ISO 3166-2 codes of the subdivisions
// named name, in any case and with a leading "the" dropped, in code order:
// "South Australia" is AU-SA, "Ontario" CA-ON. The names are the ones the
// ISO 3166-2 tables of github.com/biter777/countries give (each part of
// "Wales; Cymru"); the abbreviations documents use ("NSW", "SA") are not
// read, since "SA" is Saudi Arabia's own code.
func subdivisionsNamed(name string) []string {
	n := strings.ToLower(strings.TrimSpace(name))
	if len(n) > 4 && n[:4] == "the " {
		n = n[4:]
	}
	return subdivisionNames()[n]
}

// A Subdivision is a subdivision of a country as ISO 3166-2 lists it: its
// code ("GB-WLS"), its names ("Wales", "Cymru": each part of the table's
// "Wales; Cymru", trimmed) and its type ("Nation", "State", "Province",
// "Council area"). Short is its first name less the type it ends in,
// which documents write alone ("Yukon" of "Yukon Territory", "Abuja" of
// "Abuja Capital Territory"), or "" where the name does not end in its
// type or what is left is a word for a part of any area (AreaWord:
// "Northern" of "Northern Territory").
type Subdivision struct {
	Code  string
	Names []string
	Type  string
	Short string
}

// AreaWord reports whether name is a word for a part of any area, an
// area qualifier ("East", "North-West") or its adjective ("Western",
// "Central", "Centre"): a name of a region of some country, never one
// place alone.
func AreaWord(name string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == '-' || r == ' ' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "ern"), "re")
		if w != "cent" && w != "centr" && !slices.Contains(lexicon.AreaQualifiers, w) {
			return false
		}
	}
	return true
}

// Subdivisions yields every subdivision ISO 3166-2 lists, in the order of
// the tables of github.com/biter777/countries: the one walk over the
// subdivisions that CheckEntity and its advice (SubdivisionCodes) and the
// drafter's readers of states, provinces and a document's own
// subdivisions read, so that a name the drafter reads as a subdivision is
// one verify knows by that name.
func Subdivisions() iter.Seq[Subdivision] {
	return func(yield func(Subdivision) bool) {
		for _, c := range countries.AllSubdivisions() {
			if !strings.Contains(string(c), "-") {
				continue // the table's "Unknown"
			}
			sub := Subdivision{Code: string(c), Type: fmt.Sprint(c.SubdivisionType())}
			for _, part := range strings.Split(c.String(), ";") {
				sub.Names = append(sub.Names, strings.TrimSpace(part))
			}
			if short, ok := strings.CutSuffix(sub.Names[0], " "+sub.Type); ok && short != "" && !AreaWord(short) {
				sub.Short = short
			}
			if !yield(sub) {
				return
			}
		}
	}
}

// subdivisionNames maps every subdivision name of ISO 3166-2, in lower
// case, to its codes, built once.
var subdivisionNames = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for sub := range Subdivisions() {
		for _, part := range append(sub.Names, sub.Short) {
			if k := strings.ToLower(part); k != "" && !slices.Contains(m[k], sub.Code) {
				m[k] = append(m[k], sub.Code)
			}
		}
	}
	for _, cs := range m {
		slices.Sort(cs)
	}
	return m
})

// subdivisionName returns the English or local name ISO 3166-2 gives a
// subdivision ("England", "Wales" of "Wales; Cymru"), or "".
func subdivisionName(s string) string {
	sub := countries.SubdivisionCode(s)
	if !sub.IsValid() {
		return ""
	}
	name, _, _ := strings.Cut(sub.String(), ";")
	return strings.TrimSpace(name)
}

// currentRegion returns the code in use today for r, as
// golang.org/x/text/language canonicalizes a deprecated region ("VD" →
// "VN", "ZR" → "CD"), or r's own code.
func currentRegion(r language.Region) string {
	tag, err := language.Raw.Compose(language.Und, r)
	if err != nil {
		return r.String()
	}
	c, err := language.All.Canonicalize(tag)
	if err != nil {
		return r.String()
	}
	if cr, conf := c.Region(); conf == language.Exact {
		return cr.String()
	}
	return r.String()
}

// canonicalCountry returns the ISO 3166-1 code a reserved code such as "UK"
// stands for, or "".
func canonicalCountry(s string) string {
	r, err := language.ParseRegion(s)
	if err != nil {
		return ""
	}
	if m := r.M49(); m != 0 {
		if c, err := language.ParseRegion(fmt.Sprintf("%03d", m)); err == nil && c.IsCountry() && c.ISO3() != "ZZZ" && c.String() != s {
			return c.String()
		}
	}
	return ""
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// EntityName returns the English display name of an entity code: "United
// States" for "US", "England" for "GB-ENG", "Sub-Saharan Africa" for "202", "European Union" for
// "EU", "Euro area" for "EZ", "World" for "WLD", an organisation's name
// ("OECD Development Assistance Committee" for "DAC"). It returns the code
// itself for a code CheckEntity refuses.
func EntityName(s string) string {
	switch s {
	case World:
		return "World"
	case EuroArea:
		return "Euro area" // as Eurostat and the ECB say it; CLDR's is "Eurozone"
	}
	if n := organisationName(s); n != "" {
		return n
	}
	if CheckEntity(s) != nil {
		return s
	}
	if _, name, _, ok := statisticalArea(s); ok {
		return name
	}
	if n := subdivisionName(s); n != "" {
		return n
	}
	r, err := language.ParseRegion(s)
	if err != nil {
		return s
	}
	if n, ok := briefingNames[r.String()]; ok {
		return n
	}
	return display.English.Regions().Name(r)
}

// briefingNames are the names a briefing writes for the regions whose
// CLDR English name (x/text's display.English) reads as a code list's:
// "Hong Kong SAR China" without its comma (s18k-construction: every page
// header), "Congo - Kinshasa". The names are the World Bank's and the
// UN's, as statistical releases write them.
var briefingNames = map[string]string{
	"HK": "Hong Kong SAR, China",
	"MO": "Macao SAR, China",
	"CD": "Democratic Republic of the Congo",
	"CG": "Republic of the Congo",
}

// homeSubdivision returns the ISO 3166-2 code of the subdivision of the
// home country that s writes without its country ("QC" of a Canadian
// source is "CA-QC"), or "".
func homeSubdivision(s, home string) string {
	s = strings.TrimSpace(s)
	if home == "" || len(s) < 1 || len(s) > 3 || strings.ToUpper(s) != s || !isASCIIAlnum(s) {
		return ""
	}
	c := home + "-" + s
	if checkEntity(c) != nil || subdivisionName(c) == "" {
		return ""
	}
	return c
}

// isASCIIAlnum reports whether s is ASCII letters and digits only.
func isASCIIAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if b := s[i]; !(b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' || b >= '0' && b <= '9') {
			return false
		}
	}
	return true
}
