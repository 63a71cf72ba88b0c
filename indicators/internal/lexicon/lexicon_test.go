package lexicon

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"north of", []string{"north", "of"}},
		{"approx.", []string{"approx", "."}},
		{"<=", []string{"<", "="}},
		{"tCO2e", []string{"tCO", "2", "e"}},
		{"kilowatt-hours", []string{"kilowatt", "-", "hours"}},
		{"°C", []string{"°", "C"}},
		{"o'clock", []string{"o'clock"}},
	}
	for _, tc := range tests {
		if got := Words(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("Words(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestPluralSingular(t *testing.T) {
	tests := []struct{ singular, plural string }{
		{"country", "countries"}, {"person", "people"}, {"life", "lives"}, {"tie", "ties"}, {"status", "statuses"},
		{"gas", "gases"}, {"dose", "doses"}, {"staff", "staff"}, {"nuclear plant", "nuclear plants"}, {"datum", "data"},
		{"mandi", "mandis"}, {"anganwadi", "anganwadis"}, {"taxi", "taxis"}, {"bus", "buses"}, {"census", "censuses"},
		{"bureau", "bureaus"}, {"menu", "menus"}, {"hindu", "hindus"}, {"crisis", "crises"},
		// Nouns in -sis (s19m: "71,802 diagnosises" in every output).
		{"diagnosis", "diagnoses"}, {"analysis", "analyses"}, {"hypothesis", "hypotheses"},
		{"purpose", "purposes"}, {"base", "bases"},
	}
	for _, tc := range tests {
		if got := Plural(tc.singular); got != tc.plural {
			t.Errorf("Plural(%q) = %q, want %q", tc.singular, got, tc.plural)
		}
		if got := Singular(tc.plural); got != tc.singular {
			t.Errorf("Singular(%q) = %q, want %q", tc.plural, got, tc.singular)
		}
		if !IsPlural(tc.plural) {
			t.Errorf("IsPlural(%q) = false, want true", tc.plural)
		}
	}
	// Any noun in -sis takes -ses; Singular undoes it (TestSisPlurals).
	if got := Plural("apoptosis"); got != "apoptoses" {
		t.Errorf("Plural(%q) = %q, want %q", "apoptosis", got, "apoptoses")
	}
	if got := Singular("apoptoses"); got != "apoptosis" {
		t.Errorf("Singular(%q) = %q, want %q", "apoptoses", got, "apoptosis")
	}
	for _, p := range OtherPlurals {
		if got := Singular(p[1]); got != p[0] {
			t.Errorf("Singular(%q) = %q, want %q", p[1], got, p[0])
		}
		if !IsPlural(p[1]) {
			t.Errorf("IsPlural(%q) = false, want true", p[1])
		}
	}
}

// TestSisPlurals: a plural in -oses, -ases, -eses or -yses reads back as
// a noun in -sis unless its -se singular is a common noun (review19 #8:
// "3,000 psychoses" drafted the unit "psychose"); axis and chassis are
// irregular, and a word in -is of four letters or fewer takes no plural.
func TestSisPlurals(t *testing.T) {
	tests := []struct{ singular, plural string }{
		// Medical and other nouns in -sis, by the rule.
		{"psychosis", "psychoses"}, {"neurosis", "neuroses"}, {"thrombosis", "thromboses"},
		{"fibrosis", "fibroses"}, {"acidosis", "acidoses"}, {"metastasis", "metastases"},
		{"oasis", "oases"}, {"thesis", "theses"}, {"synthesis", "syntheses"},
		{"paralysis", "paralyses"}, {"dialysis", "dialyses"}, {"prognosis", "prognoses"},
		{"mental health diagnosis", "mental health diagnoses"}, {"emphasis", "emphases"},
		// Nouns in -sis the rule does not reach (-ises, -pses).
		{"crisis", "crises"}, {"synopsis", "synopses"}, {"ellipsis", "ellipses"},
		// Nouns in -se the genre writes (testdata/corpus and kinds: cases,
		// releases, increases, cheeses, phases, purposes, doses, decreases,
		// diseases, closes, purchases, phrases).
		{"dose", "doses"}, {"booster dose", "booster doses"}, {"overdose", "overdoses"}, {"purpose", "purposes"},
		{"case", "cases"}, {"suitcase", "suitcases"}, {"base", "bases"}, {"database", "databases"},
		{"phase", "phases"}, {"phrase", "phrases"}, {"purchase", "purchases"}, {"release", "releases"},
		{"increase", "increases"}, {"decrease", "decreases"}, {"disease", "diseases"}, {"lease", "leases"},
		{"cheese", "cheeses"}, {"diocese", "dioceses"}, {"close", "closes"}, {"rose", "roses"}, {"nose", "noses"},
		{"hose", "hoses"}, {"vase", "vases"},
		// Singulars in -s with -ses: unchanged by the rule.
		{"gas", "gases"}, {"bias", "biases"}, {"alias", "aliases"}, {"atlas", "atlases"},
		// Irregular.
		{"axis", "axes"}, {"chassis", "chassis"}, {"iris", "irises"},
	}
	for _, tc := range tests {
		if got := Plural(tc.singular); got != tc.plural {
			t.Errorf("Plural(%q) = %q, want %q", tc.singular, got, tc.plural)
		}
		if got := Singular(tc.plural); got != tc.singular {
			t.Errorf("Singular(%q) = %q, want %q", tc.plural, got, tc.singular)
		}
		if got := Plural(Singular(Plural(tc.singular))); got != tc.plural {
			t.Errorf("Plural(Singular(Plural(%q))) = %q, want %q", tc.singular, got, tc.plural)
		}
	}
	// A word in -is of four letters or fewer is no noun Plural changes.
	for _, w := range []string{"this", "his", "is"} {
		if got := Plural(w); got != w {
			t.Errorf("Plural(%q) = %q, want it unchanged", w, got)
		}
	}
}

// TestTables checks what every reader relies on: known qualifier words,
// one written hedge per qualifier, no phrase listed twice, and no measure
// spelling that names two units.
func TestNotPlural(t *testing.T) {
	for _, w := range []string{"basis", "analysis", "tennis", "status", "glass", "india's", "bus", "census", "virus", "bonus", "campus", "surplus", "thesis"} {
		if IsPlural(w) {
			t.Errorf("IsPlural(%q) = true, want false", w)
		}
		if got := Singular(w); got != w {
			t.Errorf("Singular(%q) = %q, want it unchanged (a singular in -s)", w, got)
		}
		if got := Singular("coach and " + w); got != "coach and "+w {
			t.Errorf("Singular(%q) = %q, want it unchanged", "coach and "+w, got)
		}
	}
}

func TestTables(t *testing.T) {
	qualifiers := map[string]int{"approx": 0, "nearly": 0, "more_than": 0, "at_least": 0, "up_to": 0, "less_than": 0}
	seen := map[string]bool{}
	for _, h := range Hedges {
		if _, ok := qualifiers[h.Qualifier]; !ok {
			t.Errorf("hedge %q: unknown qualifier %q", h.Phrase, h.Qualifier)
		}
		if h.Written {
			qualifiers[h.Qualifier]++
		}
		if seen[h.Phrase] {
			t.Errorf("hedge %q is listed twice", h.Phrase)
		}
		seen[h.Phrase] = true
	}
	// The extractor takes the first hedge that ends before a figure: a
	// phrase comes before any shorter one it ends with ("getting close
	// to" before "close to").
	for i, h := range Hedges {
		for _, longer := range Hedges[i+1:] {
			if strings.HasSuffix(longer.Phrase, " "+h.Phrase) {
				t.Errorf("hedge %q comes after %q, which it ends with", longer.Phrase, h.Phrase)
			}
		}
	}
	for q, n := range qualifiers {
		if n != 1 {
			t.Errorf("qualifier %q has %d written hedges, want 1", q, n)
		}
	}
	spelled := map[string]string{}
	for _, m := range Measures {
		for _, s := range append([]string{m.Symbol, m.Display}, m.Spellings...) {
			if o, ok := spelled[s]; ok && o != m.Symbol {
				t.Errorf("spelling %q names both %q and %q", s, o, m.Symbol)
			}
			spelled[s] = m.Symbol
		}
	}
	for _, c := range CurrencySigns() {
		if len(c.Code) != 3 {
			t.Errorf("currency sign %q: code %q", c.Sign, c.Code)
		}
	}
	if d, ok := LookupDirection("reduce"); !ok || d.Up || !d.Change {
		t.Errorf("LookupDirection(%q) = %+v, %v, want a down verb of change", "reduce", d, ok)
	}
}

// TestScannerTables has a row for each table the extractor's scanner
// reads: a word and what the table must say of it.
func TestScannerTables(t *testing.T) {
	adjective := func(w string) string {
		for _, a := range CurrencyAdjectives {
			if a.Word == w {
				return a.Code
			}
		}
		return ""
	}
	prefix := func(w string) string {
		for _, p := range CurrencyPrefixes {
			if p.Prefix == w {
				return p.Code
			}
		}
		return ""
	}
	letter := func(w string) string {
		for _, l := range ScaleLetters {
			if l.Letter == w {
				return fmt.Sprintf("%d money=%v", l.Exp, l.MoneyOnly)
			}
		}
		return ""
	}
	in := func(list []string) func(string) string {
		return func(w string) string {
			if slices.Contains(list, w) {
				return "yes"
			}
			return ""
		}
	}
	yes := func(f func(string) bool) func(string) string {
		return func(w string) string {
			if f(w) {
				return "yes"
			}
			return ""
		}
	}
	dash := func(w string) string {
		r, _ := utf8.DecodeRuneInString(w)
		if IsDash(r) {
			return "yes"
		}
		return ""
	}
	acronym := func(w string) string { return fmt.Sprintf("%d %s", Acronym(w), SingularOf(w)) }
	tests := []struct {
		table, word, want string
		lookup            func(string) string
	}{
		{"IsDash", "-", "yes", dash},
		{"IsDash", "\u2010", "yes", dash},
		{"IsDash", "\u2012", "yes", dash},
		{"IsDash", "–", "yes", dash},
		{"IsDash", "—", "yes", dash},
		{"IsDash", "−", "", dash}, // the minus sign is Minus
		{"IsDash", "~", "", dash},
		{"Acronym", "NGOs", "2 ngo", acronym},
		{"Acronym", "ASEAN", "1 asean", acronym},
		{"Acronym", "Countries", "0 country", acronym},
		{"Acronym", "ABS", "1 abs", acronym},
		{"CurrencyAdjectives", "japanese", "JPY", adjective},
		{"CurrencyAdjectives", "us", "USD", adjective},
		{"CurrencyAdjectives", "dollar", "", adjective},
		{"CurrencyPrefixes", "Rs", "INR", prefix},
		{"CurrencyPrefixes", "KSh", "KES", prefix},
		{"CurrencyPrefixes", "rs", "", prefix},
		{"LowerCodes", "usd", "yes", in(LowerCodes)},
		{"LowerCodes", "Rmb", "yes", in(LowerCodes)},
		{"LowerCodes", "all", "", in(LowerCodes)},
		{"ScaleLetters", "b", "9 money=false", letter},
		{"ScaleLetters", "m", "6 money=true", letter},
		{"ScaleLetters", "T", "12 money=true", letter},
		{"ScaleLetters", "t", "", letter},
		{"Durations", "year", "yes", in(Durations)},
		{"Durations", "years", "", in(Durations)},
		{"RateNouns", "capita", "yes", in(RateNouns)},
		{"RateNouns", "people", "", in(RateNouns)},
		{"RateNouns", "game", "yes", in(RateNouns)},
		{"RateArticleStops", "earlier", "yes", in(RateArticleStops)},
		{"RateArticleStops", "day", "", in(RateArticleStops)},
		{"TimeBackWords", "ago", "yes", in(TimeBackWords)},
		{"TimeBackWords", "hence", "yes", in(TimeBackWords)},
		{"TimeBackWords", "of", "", in(TimeBackWords)},
		{"ChildNouns", "infants", "yes", in(ChildNouns)},
		{"ChildNouns", "homes", "", in(ChildNouns)},
		{"IsArticleRateBase", "month", "yes", yes(IsArticleRateBase)},
		{"IsArticleRateBase", "game", "yes", yes(IsArticleRateBase)},
		{"IsArticleRateBase", "barrel", "yes", yes(IsArticleRateBase)},
		{"IsArticleRateBase", "friend", "", yes(IsArticleRateBase)},
		{"IsArticleRateBase", "months", "", yes(IsArticleRateBase)},
		{"AgeWords", "aged", "yes", in(AgeWords)},
		{"AgeNouns", "month", "yes", in(AgeNouns)},
		{"AgeNouns", "decade", "", in(AgeNouns)},
		{"AgePhrase", "year", "years old", AgePhrase},
		{"AgePhrase", "month", "months old", AgePhrase},
	}
	for _, tc := range tests {
		if got := tc.lookup(tc.word); got != tc.want {
			t.Errorf("%s[%q] = %q, want %q", tc.table, tc.word, got, tc.want)
		}
	}
	for _, c := range CurrencyAdjectives {
		if !asciiLowerWord(c.Word) || len(c.Code) != 3 {
			t.Errorf("currency adjective %q: code %q, want a lower-case word and an ISO code", c.Word, c.Code)
		}
	}
}

func asciiLowerWord(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

func TestNounAbbreviations(t *testing.T) {
	for abbr, noun := range map[string]string{"bp": "basis point", "bps": "basis point"} {
		if got := NounAbbreviations[abbr]; got != noun {
			t.Errorf("NounAbbreviations[%q] = %q, want %q", abbr, got, noun)
		}
	}
}

func TestGluedFootnote(t *testing.T) {
	tests := []struct {
		in, word, marker string
		ok               bool
	}{
		{"million4", "million", "4", true}, // round C's A&E release
		{"rate1", "rate", "1", true},
		{"England2", "England", "2", true},
		{"Wales³", "Wales", "³", true},
		{"attendances12", "attendances", "12", true},
		{"COP21", "", "", false}, // a name in capitals
		{"MenB2", "", "", false},
		{"CO2", "", "", false},
		{"FY2025", "", "", false},
		{"mid2010", "", "", false}, // a year: more than two digits
		{"km2", "", "", false},     // too short a word
		{"million", "", "", false}, // no marker
		{"rate1³", "", "", false},  // digits and superscripts mixed
	}
	for _, tt := range tests {
		word, marker, ok := GluedFootnote(tt.in)
		if word != tt.word || marker != tt.marker || ok != tt.ok {
			t.Errorf("GluedFootnote(%q) = %q, %q, %v, want %q, %q, %v", tt.in, word, marker, ok, tt.word, tt.marker, tt.ok)
		}
	}
}

// TestPeopleAdjectives checks that an adjective used as a noun for people
// takes no plural (round C's road casualties: "2,001 seriously injured"
// was written "2,001 injureds"; a labour market release's "1.3 million
// unemployed").
func TestPeopleAdjectives(t *testing.T) {
	tests := []struct{ in, want string }{
		{"injured", "injured"},
		{"seriously injured", "seriously injured"},
		{"unemployed", "unemployed"},
		{"homeless", "homeless"},
		{"casualty", "casualties"}, // a countable noun beside them
		{"fatality", "fatalities"},
	}
	for _, tt := range tests {
		if got := Plural(tt.in); got != tt.want {
			t.Errorf("Plural(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := Singular(tt.want); got != tt.in {
			t.Errorf("Singular(%q) = %q, want %q", tt.want, got, tt.in)
		}
	}
}

// TestFunctionWords checks the word class tables: lower-case words, none
// twice in a class.
func TestFunctionWords(t *testing.T) {
	for _, tc := range []struct {
		name  string
		words []string
	}{
		{"Articles", Articles}, {"Demonstratives", Demonstratives}, {"Possessives", Possessives},
		{"Prepositions", Prepositions}, {"GroupPrepositions", GroupPrepositions}, {"Conjunctions", Conjunctions}, {"Contrasts", Contrasts},
		{"RelativePronouns", RelativePronouns}, {"Pronouns", Pronouns}, {"Copulas", Copulas}, {"HaveForms", HaveForms},
		{"Evaluatives", Evaluatives},
	} {
		seen := map[string]bool{}
		for _, w := range tc.words {
			if !asciiLowerWord(w) {
				t.Errorf("%s holds %q, want a lower-case word", tc.name, w)
			}
			if seen[w] {
				t.Errorf("%s holds %q twice", tc.name, w)
			}
			seen[w] = true
		}
	}
}

// TestMultipliersAreDirections checks that every form of a verb of
// multiplying is a direction word of its way: up for a factor above one
// ("quadrupled", "trebled"), down below ("halved"), so the two lists
// cannot fall out of step again (s17i-broadband).
func TestMultipliersAreDirections(t *testing.T) {
	for _, m := range Multipliers {
		for _, w := range m.Forms {
			d, ok := LookupDirection(w)
			if !ok || d.Up != (m.Factor > 1) {
				t.Errorf("LookupDirection(%q) = %+v, %v, want a direction word, up %v", w, d, ok, m.Factor > 1)
			}
		}
	}
}

// TestCoordinatedWholesKeys checks every CoordinatedWholes key is what a
// lookup builds: two singulars in alphabetical order, joined by a space
// (a key such as "men women" could never match).
func TestCoordinatedWholesKeys(t *testing.T) {
	for key := range CoordinatedWholes {
		a, b, ok := strings.Cut(key, " ")
		if !ok || strings.Contains(b, " ") || Singular(a) != a || Singular(b) != b || a > b {
			t.Errorf("CoordinatedWholes key %q is not two sorted singulars", key)
		}
	}
}

// TestSingularInS checks that the singulars in -s of SesStems are no
// plurals (review22 item 10: Singular("lens") was "len", so "1,200 lens"
// was taken for a plural) and make their plural in -es.
func TestSingularInS(t *testing.T) {
	for _, w := range []string{"lens", "gas", "bias", "atlas", "canvas"} {
		if IsPlural(w) {
			t.Errorf("IsPlural(%q) = true, want false", w)
		}
		if got := Singular(w); got != w {
			t.Errorf("Singular(%q) = %q, want %q", w, got, w)
		}
		if got := Singular(w + "es"); got != w {
			t.Errorf("Singular(%q) = %q, want %q", w+"es", got, w)
		}
	}
}

func TestOutsideBrackets(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"more employees (36%) than any other", "more employees  than any other"},
		{"no asides", "no asides"},
		{"nested (a (b) c) end", "nested  end"},
		{"stray ) bracket", "stray  bracket"},
		{"open (never closed", "open "},
	} {
		if got := OutsideBrackets(tc.in); got != tc.want {
			t.Errorf("OutsideBrackets(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestYearBackPointsInPhrases checks that YearBackPoints is a part of
// YearBackPhrases in its order, so the two lists cannot drift apart.
func TestYearBackPointsInPhrases(t *testing.T) {
	i := 0
	for _, p := range YearBackPhrases {
		if i < len(YearBackPoints) && p == YearBackPoints[i] {
			i++
		}
	}
	if i != len(YearBackPoints) {
		t.Errorf("YearBackPoints[%d] = %q is not in YearBackPhrases after the points before it", i, YearBackPoints[i])
	}
}

func TestMonthNumber(t *testing.T) {
	for w, want := range map[string]int{"january": 1, "may": 5, "sep": 9, "sept": 9, "dec": 12, "Dec": 0, "dec.": 0, "ma": 0, "septem": 0} {
		if got := MonthNumber(w); got != want {
			t.Errorf("MonthNumber(%q) = %d, want %d", w, got, want)
		}
	}
}

// TestMarkerAt: a footnote's marker glued after a rate's word is one or
// two digits, or superscripts, with no letter or digit after it.
func TestMarkerAt(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"2 in 2017-18", 1}, {"2", 1}, {"12.", 2}, {"³ a week", len("³")}, {"2017", 0}, {"2nd", 0}, {"", 0}, {" 2", 0}, {"2x", 0},
	}
	for _, tc := range tests {
		if got := MarkerAt(tc.in); got != tc.want {
			t.Errorf("MarkerAt(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}
