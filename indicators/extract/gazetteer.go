package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	iso3166 "github.com/biter777/countries"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// The gazetteer: every way a document names a country or region, with the
// entity code a catalog writes for it. It is built once from
// golang.org/x/text/language's English display names of every ISO 3166-1
// country and UN M49 region, the demonyms of the one-word names in -a
// ("Tanzanian"), plus indicators.PlaceForms, the table of demonyms, short
// forms and common names the display names do not give (which also lets
// verify say "did you mean GB-SCT?" for an entity written "Scotland").

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
	for _, row := range indicators.PlaceForms {
		for _, f := range row.Forms {
			// "Iraqis" too; "Scottish", "Welsh" are adjectives, no name
			add(f, row.Code, (strings.HasSuffix(f, "an") || strings.HasSuffix(f, "i") || strings.HasSuffix(f, "sh")) && len(f) > 4)
		}
	}
	for _, a := range indicators.UncodedAreas { // "CONUS", "contiguous U.S.": the entity that holds them
		for _, f := range a.Forms {
			add(f, a.Code, false)
		}
	}
	names := display.English.Regions()
	for code, name := range indicators.CountryNames() {
		add(name, code, false)
		if strings.HasSuffix(name, "a") && !strings.Contains(name, " ") {
			// "Tanzania" → "Tanzanian", "Zambia" → "Zambian": the
			// demonym of most names in -a; a form no text writes
			// ("Chinan") never matches.
			add(name+"n", code, true)
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
	return placesRead(s, base, false)
}

// placesWithBodies is placesIn with the places inside public bodies'
// names kept ("the UK Missing Persons Bureau" names GB): where a release's
// publisher says the release's place, when nothing else does.
func placesWithBodies(s string, base int) []placeMention {
	return placesRead(s, base, true)
}

// placesRead is placesIn, keeping the places inside bodies' names
// (inBodyName) when bodies is true.
func placesRead(s string, base int, bodies bool) []placeMention {
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
		if inShadowName(s, i, p.form) {
			continue // "New England", "American Indian": no place of that name
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
		if code != "" && !inProperName(s, i) && !inLenderName(s, i, j) && (bodies || !inBodyName(s, i, j, placeAdjective(p))) {
			out = append(out, placeMention{base + i, base + j, code})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return withNationGroups(s, base, withoutOrganisationPlaces(s, base, out))
}

// inBodyName reports whether the place at [i, j) of s stands inside the
// proper name of a body (where38, s30a): a run of capitalised words
// after it that holds one of vocab.BodyWords ("the UK Missing Persons
// Bureau", "the Scottish Public Services Ombudsman"), or a body word
// with "of" or "for" right before it ("the Bank of Canada"); or, for a
// place's adjective ("European", "Scottish"), any run of capitalised
// words that names no place ("the European Economic Area" is no part of
// Europe). The body's place is at most the release's (placeBodyOf), which
// a coverage the text states goes before. A place's own government or
// council and a survey of it (vocab.GoverningWords: "the Welsh
// Government", "the Aberdeenshire Council area", "the English Housing
// Survey") are the place's; and a title line, whose every word is
// capitalised, says nothing by its capitals ("Scottish Transport
// Statistics").
func inBodyName(s string, i, j int, adjective bool) bool {
	if titleCaseLine(s, i) || coverageBefore(s, i) {
		return false
	}
	var run []string
	rest := s[j:]
	for len(run) < 6 {
		if !strings.HasPrefix(rest, " ") {
			break
		}
		w := firstField(rest)
		if w == "" {
			break
		}
		bare := strings.TrimRight(w, ",.;:)’'")
		if isUpperWord(bare) {
			run = append(run, strings.TrimSuffix(strings.TrimSuffix(bare, "’s"), "'s"))
		} else if len(run) == 0 || !slices.Contains([]string{"of", "for", "and", "&"}, w) {
			break
		}
		if bare != w {
			break
		}
		rest = rest[1+len(w):]
	}
	for _, w := range run {
		if slices.Contains(vocab.GoverningWords, strings.TrimSuffix(w, "s")) {
			return false // "London Councils", "Fife Council"
		}
	}
	if slices.ContainsFunc(run, func(w string) bool {
		return slices.Contains(vocab.BodyWords, w) || slices.Contains(vocab.BodyWords, strings.TrimSuffix(w, "s")) // "London Tribunals"
	}) {
		return !knownBodyAt(s, i, j)
	}
	if f := strings.Fields(s[max(0, i-40):i]); len(f) >= 2 && (f[len(f)-1] == "of" || f[len(f)-1] == "for") {
		if w := f[len(f)-2]; slices.Contains(vocab.BodyWords, w) && !slices.Contains(vocab.GoverningWords, w) {
			return !knownBodyAt(s, i, j)
		}
	}
	if len(run) == 0 || !adjective {
		return false
	}
	return len(placesInNoName(run[0])) == 0 && !nameOpeners[run[0]] && !isAllCaps(run[0]) && !knownBodyAt(s, i, j)
}

// knownBodyAt reports whether the place at [i, j) of s stands in the name
// of a body of publicBodies that speaks for its country ("the Canadian
// Wildlife Service", "the Bank of Canada"), which the readers of a
// release's publisher (headBodies, issuerOf) read by its name.
func knownBodyAt(s string, i, j int) bool {
	for _, b := range publicBodies {
		if !b.home && !b.subject {
			continue
		}
		for _, n := range append([]string{b.name}, b.also...) {
			lo, hi := max(0, j-len(n)), min(len(s), i+len(n))
			if len(n) < j-i || lo >= hi {
				continue
			}
			if k := strings.Index(s[lo:hi], n); k >= 0 && lo+k <= i && lo+k+len(n) >= j {
				return true
			}
		}
	}
	return false
}

// coverageBefore reports whether the words before byte i of s say that
// what follows is what the figures cover: "sickness absence in the UK
// Civil Service workforce", "statistics on the UK Civil Service": a body
// the text is about, not its publisher or source, names the place of its
// figures.
func coverageBefore(s string, i int) bool {
	f := strings.Fields(s[max(0, i-24):i])
	if len(f) > 0 && strings.EqualFold(f[len(f)-1], "the") {
		f = f[:len(f)-1]
	}
	return len(f) > 0 && slices.Contains([]string{"in", "on", "across", "throughout", "within", "for"}, f[len(f)-1])
}

// placeAdjective reports whether a gazetteer entry is a place's
// adjective ("European", "Scottish", "Japanese", "French"), not its name.
func placeAdjective(p place) bool {
	return p.demonym || strings.HasSuffix(p.form, "ese") || strings.HasSuffix(p.form, "ch")
}

// isAllCaps reports whether w is written in capitals alone ("NHS").
func isAllCaps(w string) bool {
	return len(w) > 1 && strings.ToUpper(w) == w
}

// titleCaseLine reports whether the line of s around byte i is a title
// line: no word of it but a function word opens in lower case.
func titleCaseLine(s string, i int) bool {
	lo := strings.LastIndexByte(s[:i], '\n') + 1
	hi := len(s)
	if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
		hi = i + k
	}
	for _, w := range strings.Fields(s[lo:hi]) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !slices.Contains([]string{"of", "for", "and", "the", "in", "on", "to", "a", "an", "by", "at", "from", "with"}, w) {
			return false
		}
	}
	return true
}

// withNationGroups reads a list of the UK's nations as the group its
// statistics are given for (ukGroups): "44 services in England, Wales
// and Scotland" is Great Britain's (GB-GBN), one place, as "England and
// Wales" is GB-EAW; nations named apart ("5% in England and 6% in
// Wales") stay each its own.
func withNationGroups(s string, base int, ps []placeMention) []placeMention {
	for i := 0; i+1 < len(ps); i++ {
		k := i
		codes := []string{ps[i].code}
		for k+1 < len(ps) && strings.HasPrefix(ps[k+1].code, "GB-") && strings.HasPrefix(ps[k].code, "GB-") {
			if sep := s[ps[k].end-base : ps[k+1].start-base]; sep != ", " && sep != " and " && sep != ", and " {
				break
			}
			k++
			codes = append(codes, ps[k].code)
		}
		if k == i {
			continue
		}
		code, ok := ukGroups[strings.Join(slices.Sorted(slices.Values(codes)), " ")]
		if !ok {
			continue
		}
		merged := placeMention{ps[i].start, ps[k].end, code}
		return withNationGroups(s, base, slices.Concat(ps[:i], []placeMention{merged}, ps[k+1:]))
	}
	return ps
}

// placeShadows are names built on a place's name that name no place of
// that code and that ISO 3166-2 does not give (shadowNames adds those): a
// region of another country ("New England"), a people ("American Indian"
// is neither India nor, alone, the United States) or a sea ("Indian
// Ocean").
var placeShadows = []string{"New England", "American Indian", "Indian Ocean"}

// shadowNames returns placeShadows and every ISO 3166-2 subdivision name of
// more than one word that holds another country's name or demonym. The
// genre's pattern: a country's name inside the name of a subdivision of
// another country names no place of that country — "British Columbia" is
// Canada's, not the UK's; "New South Wales" Australia's; "New Mexico" the
// United States'. A subdivision of the country its name holds ("South
// Australia", "Western Australia") keeps that country, as does a
// territory ISO 3166-2 lists under the other ("La Réunion", FR-RE) and a
// name with a note in parentheses ("North-West (South Africa)").
func shadowNames() []string {
	out := slices.Clone(placeShadows)
	forms := map[string]bool{}
	for _, p := range gazetteer() {
		forms[p.form] = true
	}
	for sub := range indicators.Subdivisions() {
		code := sub.Code
		for _, name := range sub.Names {
			if !strings.Contains(name, " ") || strings.Contains(name, "(") || slices.Contains(out, name) {
				continue
			}
			if forms[name] {
				continue // a gazetteer form itself ("Northern Ireland")
			}
			for _, p := range gazetteer() {
				k := strings.Index(name, p.form)
				if k < 0 || !wordEdge(name, k, k+len(p.form)) || len(p.code) < 2 || p.code[0] < 'A' || p.code[0] > 'Z' {
					continue
				}
				if c := p.code[:2]; c != code[:2] && !iso3166.SubdivisionCode(code[:2]+"-"+c).IsValid() {
					out = append(out, name)
					break
				}
			}
		}
	}
	return out
}

// A shadowAt is a place's form inside a name of shadowNames, at its byte
// offset there.
type shadowAt struct {
	name string
	at   int
}

// shadowsByForm maps each gazetteer form inside a name of shadowNames to
// the names it is inside.
var shadowsByForm = sync.OnceValue(func() map[string][]shadowAt {
	out := map[string][]shadowAt{}
	for _, name := range shadowNames() {
		for _, p := range gazetteer() {
			if k := strings.Index(name, p.form); k >= 0 && wordEdge(name, k, k+len(p.form)) {
				out[p.form] = append(out[p.form], shadowAt{name, k})
			}
		}
	}
	return out
})

// isShadowName reports whether name is one of shadowNames: a name that
// holds another place's and so can be nothing else ("New South Wales",
// "British Columbia"), read once.
func isShadowName(name string) bool { return shadowSet()[name] }

// shadowSet is shadowNames as a set, built once.
var shadowSet = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, n := range shadowNames() {
		out[n] = true
	}
	return out
})

// inShadowName reports whether the place form at byte i of s is part of
// a name of placeShadows there, or of its plural ("American Indians").
func inShadowName(s string, i int, form string) bool {
	for _, sh := range shadowsByForm()[form] {
		k := i - sh.at
		if k < 0 || !strings.HasPrefix(s[k:], sh.name) {
			continue
		}
		e := k + len(sh.name)
		if e < len(s) && s[e] == 's' {
			e++
		}
		if wordEdge(s, k, k+len(sh.name)) || wordEdge(s, k, e) {
			return true
		}
	}
	return false
}

// withAcronymAfter returns to, moved past an acronym in parentheses
// that follows it (" (ISIS)"), so that the name it defines is read whole,
// or past the " and Wales" of "England and Wales" that a break at "and"
// cut: England alone is another place (drafts43).
func withAcronymAfter(text string, to int) int {
	if strings.HasPrefix(text[to:], " and Wales") && strings.HasSuffix(text[:to], "England") {
		return to + len(" and Wales")
	}
	if strings.HasPrefix(text[to:], ", ") || strings.HasPrefix(text[to:], " and ") {
		// "in England, Wales and Scotland": a group of nations a break
		// at the comma cut (withNationGroups).
		from := max(lineStart(text, to), to-20)
		for _, p := range placesIn(text[from:min(len(text), to+40)], from) {
			if p.start < to && p.end > to && ukGroupCode(p.code) {
				return p.end
			}
		}
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
