package extract

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"

	iso3166 "github.com/biter777/countries"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"

	"github.com/claimbook/claimbook/indicators"
)

// States, provinces and territories (drafts34, what88):
//
//	Only Georgia (11th warmest year), Oregon (12th warmest), and
//	Washington (30th warmest) → US-GA, US-OR, US-WA: a figure of one
//	state is the state's, by its ISO 3166-2 code; in a U.S. document
//	"Georgia" and "Washington" are the states
//	1.7% in the Northern Territory → AU-NT
//	Nineteen states, stretching from Utah to Massachusetts → US: a
//	figure the sentence gives for no one state is its country's
//	West Virginia added 1,900 jobs → US-WV: the one state the clause names
//	… the main contributor to the Territory's population growth (2,800
//	people) → AU-NT: "the Territory", "the State", "the Province" point
//	back to the last one named
//
// The genre's pattern: a figure's place is the most specific one its own
// words name — the state a figure follows in parentheses or is "in" —
// read in the document's own country first.

// homeSubdivisions are states whose names are also a country's or a
// capital's, read as the state only in a document whose home is the
// state's country or whose sentence names another of its states:
// "Georgia" in a U.S. report is US-GA.
var homeSubdivisions = []struct {
	code  string
	names []string
}{
	{"US", []string{"Georgia", "Washington"}},
}

// homeName reports whether name is one of homeSubdivisions' names.
func homeName(name string) bool {
	for _, h := range homeSubdivisions {
		if slices.Contains(h.names, name) {
			return true
		}
	}
	return false
}

// subdivisionAbbrevs are the abbreviations of states and provinces a
// news dateline writes after a town's name: the Associated Press's
// ("LONDON, Ky.", "DUBLIN, Calif.", "LONDON, Ont.") and the postal
// codes ("DUBLIN, OH"), with the country. "D.C." and "DC" are not here:
// "WASHINGTON, D.C." is the capital itself.
var subdivisionAbbrevs = map[string]string{
	"Ala.": "US", "Ariz.": "US", "Ark.": "US", "Calif.": "US", "Colo.": "US", "Conn.": "US", "Del.": "US", "Fla.": "US",
	"Ga.": "US", "Ill.": "US", "Ind.": "US", "Kan.": "US", "Kans.": "US", "Ky.": "US", "La.": "US", "Md.": "US", "Mass.": "US",
	"Mich.": "US", "Minn.": "US", "Miss.": "US", "Mo.": "US", "Mont.": "US", "Neb.": "US", "Nev.": "US", "N.H.": "US",
	"N.J.": "US", "N.M.": "US", "N.Y.": "US", "N.C.": "US", "N.D.": "US", "Okla.": "US", "Ore.": "US", "Pa.": "US",
	"R.I.": "US", "S.C.": "US", "S.D.": "US", "Tenn.": "US", "Tex.": "US", "Vt.": "US", "Va.": "US", "Wash.": "US",
	"W.Va.": "US", "Wis.": "US", "Wyo.": "US",
	"AL": "US", "AK": "US", "AZ": "US", "AR": "US", "CA": "US", "CO": "US", "CT": "US", "DE": "US", "FL": "US", "GA": "US",
	"HI": "US", "ID": "US", "IL": "US", "IN": "US", "IA": "US", "KS": "US", "KY": "US", "LA": "US", "ME": "US", "MD": "US",
	"MA": "US", "MI": "US", "MN": "US", "MS": "US", "MO": "US", "MT": "US", "NE": "US", "NV": "US", "NH": "US", "NJ": "US",
	"NM": "US", "NY": "US", "NC": "US", "ND": "US", "OH": "US", "OK": "US", "OR": "US", "PA": "US", "RI": "US", "SC": "US",
	"SD": "US", "TN": "US", "TX": "US", "UT": "US", "VT": "US", "VA": "US", "WA": "US", "WV": "US", "WI": "US", "WY": "US",
	"Ont.": "CA", "Que.": "CA", "B.C.": "CA", "Alta.": "CA", "Man.": "CA", "Sask.": "CA", "N.S.": "CA", "N.B.": "CA",
	"Nfld.": "CA", "P.E.I.": "CA",
}

// A subdivAt is a state, province or territory named at a byte
// offset of a text.
type subdivAt struct {
	start, end int
	name, code string
}

// firstLevelTypes are the ISO 3166-2 subdivision types of the units a
// country's releases list in place of the country: its states, provinces
// and territories.
var firstLevelTypes = []string{"State", "Province", "Territory", "Union Territory"}

// A stateIndex holds the names ISO 3166-2 gives states, provinces and
// territories (firstLevelTypes): each name's country, and each country's
// names.
type stateIndex struct {
	country map[string]string
	names   map[string][]string
}

// stateNames indexes the names of states, provinces and territories that
// ISO 3166-2 gives a subdivision of one country only, built once, with
// isoSubdivisionNames' rules (no gazetteer place, no note, four letters or
// more); a name that ends in its type ("Yukon Territory") stands without
// it too. A name two countries give ("Punjab") is no country's here.
var stateNames = sync.OnceValue(func() stateIndex {
	forms := map[string]bool{}
	for _, p := range gazetteer() {
		forms[p.form] = true
	}
	of := map[string]string{}
	for sub := range indicators.Subdivisions() {
		if !slices.Contains(firstLevelTypes, sub.Type) {
			continue
		}
		code := sub.Code[:2]
		for _, n := range sub.Names {
			for _, n := range []string{n, sub.Short} {
				if len(n) < 4 || forms[n] || strings.ContainsAny(n, "(),") || !unicode.IsUpper([]rune(n)[0]) || indicators.AreaWord(n) {
					continue
				}
				if c, ok := of[n]; ok && c != code {
					of[n] = "" // two countries'
					continue
				}
				of[n] = code
			}
		}
	}
	x := stateIndex{country: map[string]string{}, names: map[string][]string{}}
	for n, c := range of {
		if c != "" {
			x.country[n] = c
			x.names[c] = append(x.names[c], n)
		}
	}
	for _, ns := range x.names {
		slices.Sort(ns)
	}
	return x
})

// longestStateName is the most bytes subdivisionsIn reads from a
// capital letter on.
const longestStateName = 48

// A stateCountry is a country two or more of whose states, provinces or
// territories a text names, with the first name.
type stateCountry struct {
	code, first string
}

// statesCountries returns the countries two or more of whose states,
// provinces or territories subs names (distinct names), in code order,
// with the first name. The genre's pattern: a release that lists a
// country's states or provinces is that country's ("Employment increased
// in … Prince Edward Island, and Alberta"), and its states are read as
// states; one name alone may be another thing ("Victoria", "Alberta" a
// person).
func statesCountries(subs []subdivAt) []stateCountry {
	seen := map[string][]string{}
	for _, s := range subs {
		if !slices.Contains(seen[s.code], s.name) {
			seen[s.code] = append(seen[s.code], s.name)
		}
	}
	var out []stateCountry
	for c, ns := range seen {
		if len(ns) >= 2 {
			out = append(out, stateCountry{c, ns[0]})
		}
	}
	slices.SortFunc(out, func(a, b stateCountry) int { return strings.Compare(a.code, b.code) })
	return out
}

// subdivisionsIn returns the states, provinces and territories text
// names (stateNames), whole words, in text order: a name inside a longer
// one ("West Virginia") is the longer one's. It reads one name alone, for
// words whose place the context already says (a dateline's "LONDON,
// Ontario", a title's "in Ohio"); a document's states are listedStates'.
func subdivisionsIn(text string) []subdivAt {
	idx := stateNames()
	return outermost(capitalNames(text, func(n string) (string, bool) {
		c, ok := idx.country[n]
		return c, ok
	}))
}

// capitalNames returns each run of whole words of text that opens with a
// capital, of four bytes to longestStateName, whose code lookup gives,
// in text order, inner runs too (outermost keeps the longer).
func capitalNames(text string, lookup func(string) (string, bool)) []subdivAt {
	var out []subdivAt
	for i := 0; i < len(text); i++ {
		if text[i] < 'A' || text[i] > 'Z' || i > 0 && isWordByte(text[i-1]) {
			continue
		}
		for j := i + 4; j <= min(len(text), i+longestStateName); j++ {
			if j < len(text) && isWordByte(text[j]) {
				continue
			}
			if c, ok := lookup(text[i:j]); ok {
				out = append(out, subdivAt{i, j, text[i:j], c})
			}
		}
	}
	return out
}

// listedStates returns subdivisionsIn(text) of the countries two or more
// of whose states, provinces or territories text names (statesCountries).
func listedStates(text string) []subdivAt {
	subs := subdivisionsIn(text)
	var two []string
	for _, c := range statesCountries(subs) {
		two = append(two, c.code)
	}
	return slices.DeleteFunc(subs, func(s subdivAt) bool { return !slices.Contains(two, s.code) })
}

// outermost sorts subs in text order and drops names inside a longer one
// ("Virginia" in "West Virginia").
func outermost(subs []subdivAt) []subdivAt {
	slices.SortFunc(subs, func(a, b subdivAt) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return (b.end - b.start) - (a.end - a.start) // the longer name first
	})
	kept := subs[:0]
	lastEnd := -1
	for _, s := range subs {
		if s.start < lastEnd {
			continue
		}
		kept = append(kept, s)
		lastEnd = s.end
	}
	return kept
}

// namesIn returns where text names each of names, whole words, as
// subdivisions of country code.
func namesIn(text, code string, names []string) []subdivAt {
	var out []subdivAt
	for _, n := range names {
		for from := 0; ; {
			i := strings.Index(text[from:], n)
			if i < 0 {
				break
			}
			i += from
			end := i + len(n)
			from = end
			if (i == 0 || !isWordByte(text[i-1])) && (end == len(text) || !isWordByte(text[end])) {
				out = append(out, subdivAt{i, end, n, code})
			}
		}
	}
	return out
}

// subdivisionsOf returns the whole text's states, provinces and
// territories, read once.
func (d *docDraft) subdivisionsOf() []subdivAt {
	if d.subdivs == nil {
		s := listedStates(d.src.Text)
		if c := d.placesCountry(); c != "" {
			s = withHomeSubdivisions(d.src.Text, c, s)
		}
		d.subdivs = &s
	}
	return *d.subdivs
}

// placesCountry returns the country of the document's own place
// (docContext: its country, or its publisher's), else the one country
// every place the document names lies in ("England", "Scotland" and
// "Wales" are the UK's), else the one whose areas it lists
// (listedCountry), or "".
func (d *docDraft) placesCountry() string {
	if c := d.context().place; len(c) == 1 && len(c[0]) >= 2 && c[0][0] >= 'A' && c[0][0] <= 'Z' {
		return c[0][:2]
	}
	one := ""
	for _, p := range d.docPlaces() {
		if !isCountry(p.code) {
			continue
		}
		if one != "" && p.code[:2] != one {
			return ""
		}
		one = p.code[:2]
	}
	if one == "" {
		one, _ = listedCountry(d.src.Text)
	}
	return one
}

// withHomeSubdivisions adds to subs the subdivisions of the document's own
// country, home, that text names by their ISO 3166-2 names and no name of
// subs covers, in text order. The genre's pattern: a figure is about the
// most specific place its words name, read within the document's own
// country first — "lowest in Glasgow City (72.6 years)" in a UK release is
// GB-GLG, "highest in Camden (23.8 years)" GB-CMD, as "Prince Edward
// Island (+49.4%)" in a Canadian one is CA-PE. A name that opens a
// sentence or line (unless it is a state, province or territory:
// "Reading" and "Bury" are words too) and a name that is a common word
// (wordSubdivisionNames) are read only beside another place of the
// country in their sentence: "the expected standard in Reading" is a
// school subject, not GB-RDG, while "Cavan had the lowest … compared with
// Offaly" names two counties.
func withHomeSubdivisions(text, home string, subs []subdivAt) []subdivAt {
	names := isoSubdivisionNames()[home]
	if len(names) == 0 {
		return subs
	}
	var add []subdivAt
	opens := map[int]bool{}
	for _, s := range namesIn(text, home, names) {
		if slices.ContainsFunc(subs, func(o subdivAt) bool { return o.start < s.end && s.start < o.end }) {
			continue
		}
		if _, state := stateNames().country[s.name]; !state && (strings.TrimSpace(text[max(0, s.start-2):s.start]) == "" || strings.HasSuffix(strings.TrimRight(text[:s.start], " "), ".")) {
			opens[s.start] = true
		}
		add = append(add, s)
	}
	all := append(slices.Clone(subs), add...)
	add = slices.DeleteFunc(add, func(s subdivAt) bool {
		// A name that opens a sentence or line ("Reading", "Bury") or is
		// a common word is a place only where its sentence names another
		// place of the country: "Cavan had the lowest … compared with
		// Offaly".
		if opens[s.start] && slices.ContainsFunc(all, func(o subdivAt) bool { return o.name == s.name && !opens[o.start] }) && !slices.Contains(wordSubdivisionNames, s.name) {
			return false // named as a place elsewhere ("by Dublin postal district. Dublin 20, at …")
		}
		return (opens[s.start] || slices.Contains(wordSubdivisionNames, s.name)) && !namedWithAnother(text, s, all) && !governedBy(text, s.end)
	})
	if len(add) == 0 {
		return subs
	}
	return outermost(append(slices.Clone(subs), add...))
}

// governedBy reports whether the capitalised words after byte end of
// text, up to three, end on one of a place's own government
// (vocab.GoverningWords): "the Aberdeenshire Council area", "the
// Highland Council", "Belfast City Council", "Cardiff County Council"
// name the council's area, a part of the country with its own ISO 3166-2
// code, not a longer name; a local authority's name names its area.
func governedBy(text string, end int) bool {
	if !strings.HasPrefix(text[end:], " ") {
		return false
	}
	for i, w := range strings.Fields(text[end:min(len(text), end+40)]) {
		bare := strings.TrimRight(w, ".,;:)")
		if i == 3 || !isCapitalized(bare) {
			return false
		}
		if slices.Contains(vocab.GoverningWords, bare) && bare != "Statistics" {
			return true
		}
		if bare != w {
			return false
		}
	}
	return false
}

// wordSubdivisionNames are ISO 3166-2 names of subdivisions that are also
// common words, capitalised as a heading, a school subject or a title
// writes them, or another thing's name: "the expected standard in
// Reading", "Highland cattle", "Brent crude".
// withHomeSubdivisions reads one as a place only where its sentence names
// another subdivision of the country that is no such word (namedWithAnother):
// "Reading, Slough and Wokingham".
var wordSubdivisionNames = []string{"Reading", "Bury", "Highland", "Harrow", "Slough", "Brent"}

// namedWithAnother reports whether the sentence around s (from the last
// sentence end or line break before it to the next) names another of
// subs that is not one of wordSubdivisionNames.
func namedWithAnother(text string, s subdivAt, subs []subdivAt) bool {
	lo := max(strings.LastIndex(text[:s.start], ". "), strings.LastIndexByte(text[:s.start], '\n')) + 1
	hi := len(text)
	for _, stop := range []string{". ", ".\n", "\n"} { // not a figure's decimal point ("at 14.2%, while Leitrim")
		if k := strings.Index(text[s.end:], stop); k >= 0 {
			hi = min(hi, s.end+k)
		}
	}
	return slices.ContainsFunc(subs, func(o subdivAt) bool {
		return o.start >= lo && o.end <= hi && o.name != s.name && !slices.Contains(wordSubdivisionNames, o.name)
	})
}

// isoSubdivisionNames maps each country's ISO 3166-1 code to the names
// ISO 3166-2 gives its subdivisions, as github.com/biter777/countries
// lists them (each part of "Wales; Cymru"), built once; names the
// gazetteer reads as places already ("Scotland"), names with a note
// ("London, City of", "North-West (Cameroon)") and names of fewer than
// four letters are left out.
var isoSubdivisionNames = sync.OnceValue(func() map[string][]string {
	forms := map[string]bool{}
	for _, p := range gazetteer() {
		forms[p.form] = true
	}
	m := map[string][]string{}
	for sub := range indicators.Subdivisions() {
		code := sub.Code
		for _, n := range sub.Names {
			if len(n) < 4 || forms[n] || strings.ContainsAny(n, "(),") || !unicode.IsUpper([]rune(n)[0]) || slices.Contains(m[code[:2]], n) {
				continue
			}
			m[code[:2]] = append(m[code[:2]], n)
		}
	}
	return m
})

// backSubdivisionRe points back to the last subdivision named: "the
// Territory's", "the State".
var backSubdivisionRe = lazyRegexp(`\b[Tt]he (?:Territory|State|Province)\b`)

// ownSubdivisionBefore matches what may stand between a state and a
// figure of it that follows: "Georgia (", "Texas's ", "Prince Edward
// Island (+" (a signed change).
var ownSubdivisionBefore = lazyRegexp(`^(?:['’]s)?\s*\(?\s*[+−-]?$`)

// ownSubdivision returns the state, province or territory of subs that
// figure m is of: the one it follows in parentheses ("Georgia (11th
// warmest year)"), or the one it is "in" ("1.7% in the Northern
// Territory"), with no other figure between; else the last one its
// sentence names before it with no other figure but a rank between (its subject:
// "Cavan had the lowest … at 298 litres compared with Offaly", a place
// named as a comparison only where no other is); else the one its clause
// (cs to ce) names, with no other country.
func (d *docDraft) ownSubdivision(m Mention, cs, ce int, subs []subdivAt) (subdivAt, bool) {
	text := d.src.Text
	for i := len(subs) - 1; i >= 0; i-- {
		if s := subs[i]; s.end <= m.Span.Start && ownSubdivisionBefore.MatchString(text[s.end:m.Span.Start]) {
			return s, true
		}
	}
	end := d.nextFigureAt(m)
	for _, s := range subs {
		if s.start >= m.Span.End && s.end <= end && areaLeadRe.MatchString(text[m.Span.End:s.start]) && !d.laterItemPlace(m, s.start) {
			return s, true
		}
	}
	// The subject: the last one named before the figure in its sentence
	// with no other figure between, one named as a comparison ("than in
	// Wales", "compared with Offaly") only where no other stands there
	// ("… compared with Offaly which had the highest annual average of
	// 398 litres").
	var subjects, compared []subdivAt
	for _, s := range subs {
		if s.end > m.Span.Start || s.start < m.Sentence.Start || slices.ContainsFunc(d.mentionsWithin(s.end, m.Span.Start), func(o Mention) bool {
			// a rank between ("Offaly which had the highest annual
			// average of 398 litres") ranks the same figure
			// or a rank of the figure between ("Dublin 20, at 274 litres
			// …, had the lowest")
			return o.Span != m.Span && o.Kind != Rank && m.Kind != Rank && o.Span.Start >= s.end && o.Span.End <= m.Span.Start
		}) {
			continue
		}
		if asidePlace(text, placeMention{s.start, s.end, s.code}) {
			compared = append(compared, s)
		} else {
			subjects = append(subjects, s)
		}
	}
	if len(subjects) == 0 {
		subjects = compared
	}
	// One place alone: "Ontario and Texas together added 6,000 jobs"
	// is neither's.
	if len(subjects) > 0 && !slices.ContainsFunc(subjects, func(o subdivAt) bool { return o.name != subjects[0].name }) &&
		!(homeName(subjects[0].name) && !slices.ContainsFunc(subs, func(o subdivAt) bool { return o.name != subjects[0].name })) {
		return subjects[len(subjects)-1], true
	}
	// The one state its clause names, and no country: "West Virginia
	// added 1,900 jobs".
	var one []subdivAt
	for _, s := range subs {
		if s.start >= cs && s.end <= ce && !slices.ContainsFunc(one, func(o subdivAt) bool { return o.name == s.name }) && !d.laterItemPlace(m, s.start) {
			one = append(one, s)
		}
	}
	if len(one) == 1 && homeName(one[0].name) && !slices.ContainsFunc(subs, func(o subdivAt) bool { return o.name != one[0].name }) {
		// "Washington raised tariffs", "Washington scored 31 points":
		// a name that is also a capital, a government or a person is
		// the state only beside another state, in parentheses or after
		// "in" (the rules above), not alone in its clause.
		return subdivAt{}, false
	}
	if len(one) == 1 && !slices.ContainsFunc(d.placesAt(text, m.Sentence.Start, cs, ce), func(p placeMention) bool { return len(p.code) == 2 && p.code != one[0].code }) {
		return one[0], true
	}
	return subdivAt{}, false
}

// sentenceSubdivisions returns the states, provinces and territories m's
// sentence names (the document's, and one alone after "in"), with those
// of homeSubdivisions when the document's home is their country or the
// sentence names another state of it.
func (d *docDraft) sentenceSubdivisions(m Mention) []subdivAt {
	var out []subdivAt
	for _, s := range d.subdivisionsOf() {
		if s.start >= m.Sentence.Start && s.end <= m.Sentence.End {
			out = append(out, s)
		}
	}
	sent := d.src.Text[m.Sentence.Start:m.Sentence.End]
	for _, s := range subdivisionsIn(sent) {
		// One state alone after "in" is a place: "10,000 jobs in Ohio",
		// "In Ontario, there were …"; so is one in the genitive, "Texas's
		// 1,234 businesses" (not a name a person or a country shares),
		// and one whose name holds another place's, which can be no
		// person or thing: "Visits from New South Wales".
		s.start, s.end = s.start+m.Sentence.Start, s.end+m.Sentence.Start
		after := d.src.Text[s.end:min(len(d.src.Text), s.end+4)]
		genitive := (strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s")) && !homeName(s.name)
		if (strings.EqualFold(lastWord(d.src.Text[max(m.Sentence.Start, s.start-4):s.start]), "in") || genitive || isShadowName(s.name)) && !slices.ContainsFunc(out, func(o subdivAt) bool { return o.start == s.start }) {
			out = append(out, s)
		}
	}
	for _, h := range homeSubdivisions {
		if d.home() != h.code && !slices.ContainsFunc(out, func(s subdivAt) bool { return s.code == h.code }) {
			continue
		}
		for _, s := range namesIn(sent, h.code, h.names) {
			s.start, s.end = s.start+m.Sentence.Start, s.end+m.Sentence.Start
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b subdivAt) int { return a.start - b.start })
	return slices.DeleteFunc(out, func(s subdivAt) bool { return inLongerName(d.src.Text, m.Sentence.Start, s) })
}

// inLongerName reports whether the state s stands inside a longer proper
// name, a capitalised word right after it or right before it (not the
// sentence's first, which starts at sentStart): "West Texas Intermediate"
// is a crude oil, "Georgia Power" a company, no place.
func inLongerName(text string, sentStart int, s subdivAt) bool {
	if after := strings.Fields(text[s.end:min(len(text), s.end+20)]); len(after) > 0 && strings.HasPrefix(text[s.end:], " ") && isCapitalized(after[0]) {
		return !governedBy(text, s.end)
	}
	before := strings.Fields(text[sentStart:s.start])
	if len(before) > 1 && slices.Contains(vocab.AreaQualifiers, strings.ToLower(before[len(before)-1])) {
		return false // "East Dorset": a part of the county, in it
	}
	return len(before) > 1 && strings.HasSuffix(text[:s.start], " ") && isCapitalized(before[len(before)-1])
}

// outsideClauseNotes are the entities notes (draft.go's parties) of a
// place read outside the figure's own clause, for want of one in it.
var outsideClauseNotes = []string{"named in the sentence after the figure", "named in the clause before", "named in the heading above"}

// outsideClause reports whether an entities note says the place was read
// outside the figure's own clause. A state the clause itself names wins
// over it: "Visits from New South Wales numbered 30,000 …, while visits to
// Wales rose 4%" → 30,000 is AU-NSW's, not Wales's.
func outsideClause(note string) bool { return slices.Contains(outsideClauseNotes, note) }

// isoSubdivision returns the ISO 3166-2 code of s, or "".
func isoSubdivision(s subdivAt) string {
	for _, c := range indicators.SubdivisionCodes(s.name) {
		if strings.HasPrefix(c, s.code+"-") {
			return c
		}
	}
	return ""
}

// subdivisionClaim gives a figure of one state, province or territory
// (ownSubdivision) its ISO 3166-2 code, over its country, the nation of
// it the figure was given ("across the country": GB-ENG, then "in Kent")
// or a country of the same name; a figure that names no place, and has no parties by any
// other rule, the one "the Territory" points back to, or the country of
// the states its sentence names.
func (d *docDraft) subdivisionClaim(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	if len(ind.Entities) > 1 || ind.Counterpart != "" {
		return
	}
	subs := d.sentenceSubdivisions(m)
	if s, ok := d.ownSubdivision(m, cs, ce, subs); ok {
		if iso := isoSubdivision(s); iso != "" && (len(ind.Entities) == 0 || ind.Entities[0] == s.code || strings.HasPrefix(ind.Entities[0], s.code+"-") && nationCode(ind.Entities[0]) == ind.Entities[0] || ind.Entities[0] == indicators.EntityCode(s.name) || outsideClause(cl.fieldNotes["entities"]) && s.start >= cs && s.end <= ce) {
			ind.Entities = []string{iso}
			cl.fieldNotes["entities"] = fmt.Sprintf("%s, the state, province or territory the figure is of", s.name)
			declare(cl.fieldNotes, "entities", "entities/subdivisionClaim#1")
			cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "entities: ") })
			return
		}
	}
	if len(ind.Entities) > 0 {
		return
	}
	code, why := "", ""
	for _, s := range subs {
		if code != "" && code != s.code {
			return // subdivisions of two countries
		}
		code, why = s.code, fmt.Sprintf("%s, a state, province or territory of it, named in the sentence", s.name)
	}
	if len(subs) > 0 && !slices.ContainsFunc(subs, func(s subdivAt) bool { return s.name != subs[0].name }) {
		if s := subs[0]; s.end <= m.Span.Start && !d.figureBetween(m, s.end, m.Span.Start) && !homeName(s.name) {
			if iso := isoSubdivision(s); iso != "" {
				// "In Ontario, there were …": the one state the sentence
				// names before the figure, the most specific place its
				// words give it
				code, why = iso, fmt.Sprintf("%s, the one state, province or territory the sentence names before the figure", s.name)
			}
		}
	}
	if code == "" {
		g := backSubdivisionRe.FindStringIndex(d.src.Text[m.Sentence.Start:m.Sentence.End])
		if g == nil {
			return
		}
		at := m.Sentence.Start + g[0]
		for _, s := range d.subdivisionsOf() {
			if s.end <= at {
				code, why = s.code, fmt.Sprintf("%q points back to %s, a state, province or territory of it", d.src.Text[at:m.Sentence.Start+g[1]], s.name)
				if iso := isoSubdivision(s); iso != "" {
					code, why = iso, fmt.Sprintf("%q points back to %s, the state, province or territory the figure is of", d.src.Text[at:m.Sentence.Start+g[1]], s.name)
				}
			}
		}
	}
	if code == "" {
		return
	}
	ind.Entities = []string{code}
	cl.fieldNotes["entities"] = why
	declare(cl.fieldNotes, "entities", "entities/subdivisionClaim#2")
	cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "entities: ") })
}

// nationCode returns the nation a code is of: code itself when it is a
// country, or a subdivision ISO 3166-2 types as a nation or a country of
// its own (England, Scotland, Wales, England and Wales, Great Britain);
// else the country it lies in.
func nationCode(code string) string {
	i := strings.IndexByte(code, '-')
	if i < 0 {
		return code
	}
	switch iso3166.SubdivisionCode(code).SubdivisionType() {
	case iso3166.SubdivisionTypeCountry, iso3166.SubdivisionTypeNation:
		return code
	}
	return code[:i]
}

// subdivisionCountry maps each name isoSubdivisionNames gives a
// subdivision of any level (a county, a council area, a province) to its
// country, or to "" where two countries give it, built once.
var subdivisionCountry = sync.OnceValue(func() map[string]string {
	out := map[string]string{}
	for code, names := range isoSubdivisionNames() {
		for _, n := range names {
			if c, ok := out[n]; ok && c != code {
				out[n] = ""
				continue
			}
			out[n] = code
		}
	}
	return out
})

// listedCountry returns the one country two or more of whose subdivisions,
// of any level, text names inside its sentences, and why; "" when none or
// several. The genre's pattern: a release that breaks its figures down
// by counties, council areas or provinces says whose they are by naming
// them, where its address or title page said the country ("Cavan had the
// lowest … compared with Offaly" is Ireland's). A name that opens a
// sentence or is a common word (wordSubdivisionNames) does not count.
func listedCountry(text string) (string, string) {
	idx := subdivisionCountry()
	found := capitalNames(text, func(n string) (string, bool) {
		return idx[n], idx[n] != "" && !indicators.AreaWord(n) && !slices.Contains(wordSubdivisionNames, n)
	})
	named := map[string][]string{}
	for _, s := range outermost(found) { // "Virginia" in "West Virginia" is none
		if b := strings.TrimRight(text[max(0, s.start-3):s.start], " \t"); b == "" || strings.ContainsAny(b[len(b)-1:], ".!?:\n•") {
			continue // a sentence's or line's first word
		}
		if !slices.Contains(named[s.code], s.name) {
			named[s.code] = append(named[s.code], s.name)
		}
	}
	code := ""
	for c, ns := range named {
		if len(ns) < 2 {
			continue
		}
		if code != "" {
			return "", ""
		}
		code = c
	}
	if code == "" {
		return "", ""
	}
	return code, fmt.Sprintf("%s, the country whose areas the text names (%s)", codeName(code), strings.Join(named[code], ", "))
}
