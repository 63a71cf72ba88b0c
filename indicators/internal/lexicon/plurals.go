package lexicon

import (
	"slices"
	"strings"
)

// Irregular lists the nouns whose plural is not made by the rules of
// Plural, as singular–plural pairs. It is the one singular/plural table:
// ParseStated, Format, the renderers and the extractor read it.
var Irregular = [][2]string{
	{"person", "people"}, {"child", "children"}, {"man", "men"}, {"woman", "women"},
	{"foot", "feet"}, {"tooth", "teeth"}, {"mouse", "mice"}, {"criterion", "criteria"},
	{"phenomenon", "phenomena"}, {"datum", "data"}, {"medium", "media"},
	{"life", "lives"}, {"wife", "wives"}, {"knife", "knives"},
	{"half", "halves"}, {"wolf", "wolves"}, {"shelf", "shelves"}, {"thief", "thieves"}, {"leaf", "leaves"}, {"calf", "calves"},
	{"penny", "pence"}, // money: "50 pence"; "5 pennies" (coins) reads back by the rules
	{"axis", "axes"},   // not "axises"; "axes" reads back as "axis", not "ax"
}

// sisNouns are nouns in -sis whose plural Singular's rule for -oses,
// -ases, -eses and -yses (sisSingular) does not reach: "crises",
// "synopses", "ellipses". Plural makes -ses of any noun in -sis.
var sisNouns = []string{"crisis", "synopsis", "ellipsis"}

// SeNouns are the nouns in -se whose plural ends as a plural of a noun in
// -sis does (-oses, -ases, -eses): Singular reads such a plural as -sis
// ("psychoses", "neuroses", "thromboses", "diagnoses", "analyses") unless
// its -se singular is one of these or ends in one of SeEndings. They are
// the nouns of the genre (testdata/corpus and testdata/kinds write cases,
// releases, increases, cheeses, phases, purposes, doses, decreases,
// diseases, closes, purchases, phrases) and a few common others. Whole
// words: "dose" would take "acidoses", "rose" "fibroses", "nose"
// "diagnoses", "hose" "psychoses", "phase" "emphases".
var SeNouns = []string{"dose", "overdose", "rose", "hose", "nose", "prose", "close", "phase", "phrase", "vase",
	"cheese", "diocese"}

// SeEndings end nouns in -se and no noun in -sis: "disease", "increase",
// "release" (-ease), "suitcase", "database", "purchase", "purpose".
var SeEndings = []string{"ease", "case", "base", "chase", "pose"}

// OtherPlurals are plurals that read back to a singular whose usual plural
// is another: "persons" (statistics' and law's word, "1,230,100 persons")
// is "person", as "people" is. Plural never makes them.
var OtherPlurals = [][2]string{{"person", "persons"}}

// RelativeWords open a relative clause after a noun: "marriages that were
// religious ceremonies", "adults who smoke", "firms which export",
// "households where both adults work".
var RelativeWords = []string{"that", "which", "who", "whose", "whom", "where"}

// NounEnders are the words that end a counted noun's head and start what
// follows it ("people of the developing world", "students who graduated",
// "jobs in manufacturing"): the head noun is the last word before the
// first of them. They are the prepositions below and RelativeWords.
var NounEnders = append([]string{"of", "in", "for", "with", "from", "across",
	"on", "at", "under", "to", "by", "into", "between", "among", "per"}, RelativeWords...)

// OfKindHeads are the nouns that count nothing until their of-complement
// names the kind of thing: "courses of treatment", "Units of Dental
// Activity", "units of orthodontic activity", "episodes of care". The
// complement is part of the unit (course of treatment, unit of dental
// activity), and the plural is on the head noun (Plural).
var OfKindHeads = []string{"unit", "course", "episode", "spell"}

// IsOfKindHead reports whether w, a noun in lower case in the singular or
// the plural, is one of OfKindHeads.
func IsOfKindHead(w string) bool {
	for _, h := range OfKindHeads {
		if w == h || w == h+"s" {
			return true
		}
	}
	return false
}

// FrameNouns are the nouns that frame a count without being what it
// counts: "the number of adoptions", "other types of adoptions", "kinds
// of crime", "the level of referrals". A phrase headed by one of them
// followed by "of" counts the noun after "of" (IsFrameNoun).
var FrameNouns = []string{"number", "type", "kind", "sort", "level"}

// IsFrameNoun reports whether w, a noun in lower case in the singular or
// the plural, is one of FrameNouns.
func IsFrameNoun(w string) bool {
	for _, h := range FrameNouns {
		if w == h || w == h+"s" {
			return true
		}
	}
	return false
}

// cutOfKind splits a noun phrase whose head is one of OfKindHeads before
// its " of ": "course of treatment" is "course" and " of treatment".
func cutOfKind(noun string) (head, of string, ok bool) {
	i := strings.Index(noun, " of ")
	if i < 0 {
		return "", "", false
	}
	_, last := splitLast(noun[:i])
	if !IsOfKindHead(last) || i+len(" of ") == len(noun) {
		return "", "", false
	}
	return noun[:i], noun[i:], true
}

// Unchanging lists the nouns whose plural is the singular.
var Unchanging = []string{"series", "species", "sheep", "fish", "aircraft", "staff", "personnel", "police", "livestock", "cattle", "corps", "chassis"}

// PeopleAdjectives are adjectives a document uses as nouns for people
// ("the injured", "2,001 seriously injured", "1.3 million unemployed"):
// no countable noun, so they take no plural ("2,001 injured", never
// "injureds") and read as they are written.
var PeopleAdjectives = []string{"injured", "killed", "wounded", "dead", "missing", "unemployed", "employed",
	"self-employed", "homeless", "elderly", "disabled", "deceased", "displaced", "insured", "uninsured", "bereaved"}

// IsPlurals are the plurals in -is of nouns in -i, which IsPlural would
// otherwise take for singulars such as "basis": "1410 mandis", "13.9 lakh
// anganwadis", "200 taxis".
var IsPlurals = []string{"mandis", "anganwadis", "taxis", "rabbis", "safaris", "skis"}

// UsPlurals are the plurals in -us of nouns in -u, which IsPlural would
// otherwise take for singulars such as "census" or "bus": "statistical
// bureaus", "menus".
var UsPlurals = []string{"bureaus", "plateaus", "tableaus", "menus", "gurus", "emus", "haikus", "tutus", "gnus", "bayous", "milieus", "hindus", "zulus", "tofus"}

// SesStems are singulars in -s whose plural is -ses ("gas", "gases");
// other -ses plurals drop only the s ("houses", "doses").
var SesStems = []string{"gas", "bus", "atlas", "canvas", "alias", "bias", "lens", "iris", "yes", "plus"}

var (
	pluralOf   = map[string]string{}
	singularOf = map[string]string{}
	unchanging = map[string]bool{}
	// peopleAdjective: Plural and Singular leave them as they are, but
	// IsPlural takes none for a plural noun ("more than 40 injured" is
	// no count of a noun to the extractor).
	peopleAdjective = map[string]bool{}
	sesStem         = map[string]bool{}
	isPlural        = map[string]bool{}
	seNoun          = map[string]bool{}
)

func init() {
	for _, p := range Irregular {
		pluralOf[p[0]] = p[1]
		singularOf[p[1]] = p[0]
	}
	for _, w := range SeNouns {
		seNoun[w] = true
	}
	for _, w := range sisNouns {
		p := sisPlural(w)
		pluralOf[w] = p
		singularOf[p] = w
	}
	for _, p := range OtherPlurals {
		singularOf[p[1]] = p[0]
	}
	for _, w := range Unchanging {
		unchanging[w] = true
	}
	for _, w := range PeopleAdjectives {
		peopleAdjective[w] = true
	}
	for _, w := range SesStems {
		sesStem[w] = true
	}
	for _, w := range IsPlurals {
		isPlural[w] = true
	}
	for _, w := range UsPlurals {
		isPlural[w] = true
	}
}

// IsUnchanging reports whether the noun w is its own plural ("staff").
func IsUnchanging(w string) bool { return unchanging[w] }

// IsPeopleAdjective reports whether the lower-case word w is one of
// PeopleAdjectives ("injured", "unemployed").
func IsPeopleAdjective(w string) bool { return peopleAdjective[w] }

// Plural returns the plural of an English noun; in a phrase only the last
// word changes ("nuclear plant" → "nuclear plants").
func Plural(noun string) string {
	if h, of, ok := cutOfKind(noun); ok {
		return Plural(h) + of // "course of treatment": "courses of treatment"
	}
	if l, ok := eachNoun(noun, Plural); ok {
		return l // "pub and club": "pubs and clubs", one unit; "rat, guinea pig and rabbit": "rats, guinea pigs and rabbits"
	}
	head, last := splitLast(noun)
	if p, ok := pluralOf[last]; ok {
		return head + p
	}
	if p, ok := vesCompound(last, 0); ok {
		return head + p
	}
	if unchanging[last] || peopleAdjective[last] {
		return noun
	}
	if len(last) <= 4 && strings.HasSuffix(last, "is") && !sesStem[last] {
		return noun // "this", "his": no noun ("iris" is, in SesStems)
	}
	switch {
	case strings.HasSuffix(last, "sis") && len(last) > 4:
		return head + sisPlural(last)
	case strings.HasSuffix(last, "y") && len(last) > 1 && !strings.ContainsRune("aeiou", rune(last[len(last)-2])):
		return head + last[:len(last)-1] + "ies"
	case strings.HasSuffix(last, "s"), strings.HasSuffix(last, "x"), strings.HasSuffix(last, "z"),
		strings.HasSuffix(last, "ch"), strings.HasSuffix(last, "sh"):
		return head + last + "es"
	}
	return head + last + "s"
}

// Singular returns the singular of an English noun, undoing Plural: of the
// candidates English spelling allows it returns the first whose Plural is
// the word, so that Plural(Singular(Plural(x))) == Plural(x) always holds.
// A word that is no plural Plural makes, or that IsPlural refuses (a
// singular in -ss, -us or -is: "bus", "census", "basis"), is returned as
// it is. In a phrase only the last word changes.
func Singular(noun string) string {
	if h, of, ok := cutOfKind(noun); ok {
		return Singular(h) + of // "units of dental activity": "unit of dental activity"
	}
	if l, ok := eachNoun(noun, Singular); ok {
		return l // "pubs and clubs": "pub and club"; a list keeps its commas and "and"s as written
	}
	head, last := splitLast(noun)
	if unchanging[last] || peopleAdjective[last] {
		return noun
	}
	if s, ok := singularOf[last]; ok {
		return head + s
	}
	if s, ok := vesCompound(last, 1); ok {
		return head + s
	}
	if !IsPlural(last) {
		return noun // "bus", "census", "basis", "glass": singulars in -s
	}
	if s, ok := sisSingular(last); ok {
		return head + s
	}
	var cands [5]string
	n := 0
	stem := strings.TrimSuffix(last, "es")
	switch {
	case strings.HasSuffix(last, "ies") && len(last) > 4:
		cands[n] = last[:len(last)-3] + "y" // countries
		n++
	case strings.HasSuffix(last, "sses"), strings.HasSuffix(last, "xes"), strings.HasSuffix(last, "ches"),
		strings.HasSuffix(last, "shes"), strings.HasSuffix(last, "zzes"):
		cands[n] = stem // processes, taxes, matches, wishes, buzzes
		n++
	case strings.HasSuffix(last, "ses") && (strings.HasSuffix(stem, "us") && !strings.HasSuffix(stem, "ous") || sesStem[stem]):
		cands[n] = stem // viruses, statuses, gases
		n++
	}
	if len(last) > 1 && strings.HasSuffix(last, "s") {
		cands[n] = last[:len(last)-1] // houses, doses, sizes, ties
		n++
	}
	if stem != last && stem != "" {
		cands[n] = stem
		n++
	}
	if last != "" {
		cands[n] = last
		n++
	}
	for _, c := range cands[:n] {
		if pluralIs(c, last) {
			if head == "" {
				return c
			}
			return head + c
		}
	}
	return noun
}

// IsNounList reports whether s lists nouns with commas and a last "and",
// each taking the plural ("rat, guinea pig and rabbit"): one counted unit.
func IsNounList(s string) bool {
	items, _ := listItems(s)
	return len(items) > 2 && !slices.ContainsFunc(items, func(it string) bool { return it == "" || strings.Contains(it, ",") })
}

// eachNoun applies f to each noun of a phrase that lists nouns with
// "and" or "or" and commas ("pub and club", "rat, guinea pig and rabbit",
// "firearm or shotgun": "firearms or shotguns", never "firearm or
// shotguns", s26w-firearms), each of which takes the plural, and reports
// whether the phrase is such a list.
// Its commas and "and"s stay as written.
// A first noun shorter than the last joins modifiers of one head noun
// instead ("state and territory library", "primary and secondary
// school"): the plural goes on the head alone, so eachNoun reports false;
// unless it is a noun of people (PeopleNouns), which modifies none ("nurse,
// midwife and nursing associate": "nurses, midwives and nursing
// associates", s30a-nursing; "child and young person").
func eachNoun(noun string, f func(string) string) (string, bool) {
	items, seps := listItems(noun)
	if len(items) < 2 || !strings.HasSuffix(seps[len(seps)-1], " and ") && !strings.HasSuffix(seps[len(seps)-1], " or ") || slices.ContainsFunc(items, func(it string) bool { return it == "" || strings.Contains(it, ",") }) ||
		strings.Count(items[0], " ") < strings.Count(items[len(items)-1], " ") && !isPeopleNoun(Singular(items[0])) {
		return "", false
	}
	var b strings.Builder
	for i, it := range items {
		b.WriteString(f(it))
		if i < len(seps) {
			b.WriteString(seps[i])
		}
	}
	return b.String(), true
}

// listItems cuts a phrase at its ", and ", ", or ", ", ", " and " and "
// or ", returning the items and the separators between them.
func listItems(noun string) (items, seps []string) {
	for rest := noun; ; {
		at, sep := -1, ""
		for _, s := range []string{", and ", ", or ", ", ", " and ", " or "} {
			if i := strings.Index(rest, s); i >= 0 && (at < 0 || i < at) {
				at, sep = i, s
			}
		}
		if at < 0 {
			items = append(items, rest)
			break
		}
		items, seps = append(items, rest[:at]), append(seps, sep)
		rest = rest[at+len(sep):]
	}
	return items, seps
}

// pluralIs reports whether Plural(w) == p for a single word w, without
// building the plural.
func pluralIs(w, p string) bool {
	if q, ok := pluralOf[w]; ok {
		return q == p
	}
	if q, ok := vesCompound(w, 0); ok {
		return q == p
	}
	if unchanging[w] || peopleAdjective[w] {
		return w == p
	}
	n := len(w)
	switch {
	case strings.HasSuffix(w, "sis") && n > 4:
		return p == sisPlural(w)
	case strings.HasSuffix(w, "y") && n > 1 && !strings.ContainsRune("aeiou", rune(w[n-2])):
		return len(p) == n+2 && strings.HasPrefix(p, w[:n-1]) && strings.HasSuffix(p, "ies")
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return len(p) == n+2 && strings.HasPrefix(p, w) && strings.HasSuffix(p, "es")
	}
	return len(p) == n+1 && strings.HasPrefix(p, w) && p[n] == 's'
}

// IsPlural reports whether the lower-case word w looks like a plural noun:
// an irregular or unchanging plural, one of IsPlurals or UsPlurals, or a word in -s
// that is not in -ss, -us, -is or -'s.
func IsPlural(w string) bool {
	if _, ok := singularOf[w]; ok || unchanging[w] || isPlural[w] {
		return true
	}
	if sesStem[w] {
		return false // "lens", "gas", "bias": singulars in -s (SesStems)
	}
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	switch w[n-2] {
	case 's', 'u', 'i', '\'':
		return false
	}
	return true
}

// sisSingular returns the noun in -sis whose plural is p, if p is in
// -oses, -ases, -eses or -yses and its -se singular is none of SeNouns or
// SeEndings (nor a singular in -s of SesStems: "gases", "biases"):
// "psychoses" → "psychosis", "oases" → "oasis", "theses" → "thesis",
// "analyses" → "analysis"; "doses", "cases", "diseases" are not.
func sisSingular(p string) (string, bool) {
	n := len(p)
	if n < 5 || !strings.HasSuffix(p, "ses") || !strings.ContainsRune("oaey", rune(p[n-4])) {
		return "", false
	}
	se := p[:n-1] // "psychose", "dose"
	if sesStem[p[:n-2]] || seNoun[se] {
		return "", false
	}
	for _, e := range SeEndings {
		if strings.HasSuffix(se, e) {
			return "", false
		}
	}
	return p[:n-2] + "is", true
}

// vesCompound returns w with the ending of an Irregular noun in -f or -fe
// swapped for its plural in -ves (from 0: "midwife" → "midwives",
// "bookshelf" → "bookshelves") or the other way (from 1), where w is a
// compound that ends in one. Only these nouns end their compounds so:
// "human" and "German" are no compounds of "man", nor "chief", "belief"
// and "roof" of any noun in -ves.
func vesCompound(w string, from int) (string, bool) {
	for _, p := range Irregular {
		if !strings.HasSuffix(p[1], "ves") {
			continue
		}
		if len(w) > len(p[from]) && strings.HasSuffix(w, p[from]) {
			return w[:len(w)-len(p[from])] + p[1-from], true
		}
	}
	return "", false
}

// sisPlural is the plural of a noun in -sis: "diagnosis" → "diagnoses".
func sisPlural(w string) string { return w[:len(w)-2] + "es" }

func splitLast(s string) (head, last string) {
	i := strings.LastIndexAny(s, " -")
	return s[:i+1], s[i+1:]
}

// Acronym reports whether w is an acronym in capitals (1: "ASEAN") or its
// plural (2: "NGOs"), or neither (0).
func Acronym(w string) int {
	n := len(w)
	if n < 2 || n > 7 {
		return 0
	}
	if w[n-1] == 's' && n >= 3 {
		n--
	}
	for i := 0; i < n; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return 0
		}
	}
	if n < len(w) {
		return 2
	}
	return 1
}

// MixedCaseSingular returns the singular of w, as a unit keeps it, when w
// is an abbreviation in mixed case, ASCII letters with a capital after a
// small letter ("CoTs", "PhDs", "iPhones"): its own letters and case, less
// a plural's final "s" ("CoT", "PhD", "iPhone"). Such a word is no English
// noun to lower and singularise ("CoTs" is courses of treatment, not
// cots). ok is false for any other word ("GPs", "trusts", "McDonald's").
func MixedCaseSingular(w string) (singular string, ok bool) {
	if len(w) < 2 {
		return "", false
	}
	mixed := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return "", false
		}
		if i > 0 && c >= 'A' && c <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			mixed = true
		}
	}
	if !mixed {
		return "", false
	}
	if sg, ok := strings.CutSuffix(w, "s"); ok {
		if _, still := MixedCaseSingular(sg); still {
			return sg, true
		}
	}
	return w, true
}

// OtherPlural reports whether w is one of OtherPlurals' plurals
// ("persons"): a head noun that counts its singular, as a made plural does.
func OtherPlural(w string) bool {
	for _, p := range OtherPlurals {
		if p[1] == w {
			return true
		}
	}
	return false
}

// MadePlural reports whether w is the plural Plural makes of its own
// singular ("deaths", "children"), as a noun that is its own plural
// ("police", "staff") or another's ("persons") is not: the stricter test
// of IsPlural, for a head noun that a unit is named by.
func MadePlural(w string) bool {
	s := Singular(w)
	return s != w && Plural(s) == w
}

// SingularOf returns the singular, in lower case, of a head noun as a
// document writes it: an acronym's plural loses its s ("NGOs" → "ngo",
// "AXs" → "ax"), an acronym in capitals is singular ("ABS" → "abs"), any
// other word goes through Singular in lower case.
func SingularOf(cased string) string {
	switch Acronym(cased) {
	case 1:
		return strings.ToLower(cased)
	case 2:
		return strings.ToLower(cased[:len(cased)-1])
	}
	return Singular(strings.ToLower(cased))
}

// isPeopleNoun reports whether the singular w is one of PeopleNouns.
func isPeopleNoun(w string) bool { return slices.Contains(PeopleNouns, w) }
