package indicators

import (
	"fmt"
	"github.com/claimbook/claimbook/indicators/internal/lexicon"
	"iter"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/currency"
	"gonum.org/v1/gonum/unit"
)

// A UnitKind is the dimension of a Unit.
type UnitKind uint8

// The kinds of unit. The zero value, NoUnit, is a pure number.
const (
	NoUnit          UnitKind = iota
	Money                    // an ISO 4217 currency
	Percent                  // "percent", "%"
	PercentagePoint          // "percentage points"
	Count                    // a count of a named thing: "30 countries"
	Rank                     // a position in an ordering: "second-largest"
	Measure                  // a physical measure with a symbol: ℃, t, MW
	Times                    // a dimensionless ratio: "6 to 10 times"
	// Index is an index number: a level read against its reference
	// period, where it is 100 ("109.0" of an index with 2015 = 100). The
	// reference is the indicator's Base (IndexReference); the figure is
	// written bare, as releases write it.
	Index
)

var unitKindNames = [...]string{"number", "money", "percent", "percentage_point", "count", "rank", "measure", "times", "index"}

// String returns the kind's name.
func (k UnitKind) String() string {
	if int(k) < len(unitKindNames) {
		return unitKindNames[k]
	}
	return fmt.Sprintf("UnitKind(%d)", uint8(k))
}

// A Unit is what a number counts or measures. Units are comparable; the zero
// value is a pure number with no unit. Build one with ParseUnit, the
// constructors (MoneyUnit, CountOf, MeasureUnit) or the variables below.
type Unit struct {
	Kind UnitKind
	// Currency is the ISO 4217 currency of a Money unit.
	Currency currency.Unit
	// Name is the counted noun in the singular for a Count ("country"), the
	// symbol for a Measure ("degC"), and empty otherwise.
	Name string
	// Per is the base of a rate, in lower case, as documents write it after
	// "per" or "a": "day" in "450,000 barrels per day" and "$200 a month",
	// "game" in "31 points per game", "capita", "100,000 population" in
	// "8.4 per 100,000 population" (a pure number per a base). It is ""
	// for a unit that is no rate. Units compare equal, and so chart and
	// compare together, only with the same base.
	Per string
}

// Units without parameters.
var (
	PercentUnit         = Unit{Kind: Percent}
	PercentagePointUnit = Unit{Kind: PercentagePoint}
	RankUnit            = Unit{Kind: Rank}
	TimesUnit           = Unit{Kind: Times}
	IndexUnit           = Unit{Kind: Index}
)

// SharesAxis reports whether figures in u and o can be drawn on one value
// axis, the one rule of a series view and a bars or range view alike:
// units of one kind, of one currency and one measure, rates over one
// base or bases of one size ("per 1,000 unmarried women" beside "per
// 1,000 unmarried men"). Counts of different things share a number axis
// (fires beside fatalities), and ranks any axis of ranks; a percentage
// never shares one with a pure number (10.6% beside a bare 17.3).
func (u Unit) SharesAxis(o Unit) bool {
	if u.Kind != o.Kind || u.Currency != o.Currency || u.Kind == Measure && u.Name != o.Name {
		return false
	}
	return u.Per == o.Per || perSize(u.Per) != "" && perSize(u.Per) == perSize(o.Per)
}

// perSize is the number a rate's base starts with ("1,000" of "1,000
// unmarried women"), or "".
func perSize(per string) string {
	n, _, _ := strings.Cut(per, " ")
	if n == "" || strings.Trim(n, "0123456789,.") != "" {
		return ""
	}
	return n
}

// String returns the unit as the JSON contract writes it: the ISO 4217 code
// for money ("USD"), "percent", "percentage_point", the counted noun for a
// count ("country"), "rank", "times", "index", a symbol for a measure ("degC"), and
// "" for a pure number; a rate adds "per" and its base ("bbl per day",
// "USD per month", "point per game", "per 100,000 population"). ParseUnit
// reads it back.
func (u Unit) String() string {
	if u.Per != "" {
		base := Unit{Kind: u.Kind, Currency: u.Currency, Name: u.Name}.String()
		if base == "" {
			return "per " + u.Per
		}
		return base + " per " + u.Per
	}
	switch u.Kind {
	case NoUnit:
		return ""
	case Money:
		return u.Currency.String()
	case Percent:
		return "percent"
	case PercentagePoint:
		return "percentage_point"
	case Rank:
		return "rank"
	case Times:
		return "times"
	case Index:
		return "index"
	case Count, Measure:
		return u.Name
	}
	return fmt.Sprintf("Unit(%d)", uint8(u.Kind))
}

// RankOrder returns where place 1 of a rank in u is, "1 = lowest", by the
// rank's own word (Name, read from stated: "third lowest"); "" for any
// other unit or a rank with no word. Every output says it beside the
// place (the book's Unit cell, the CSV's, the JSON's rank_order), so that
// a sort on the places never mixes ranks counted from either end
// (s27x-hatecrime: "third lowest" and "largest" both "rank").
func (u Unit) RankOrder() string {
	if u.Kind != Rank || u.Name == "" {
		return ""
	}
	return "1 = " + u.Name
}

// IsZero reports whether u is the zero Unit, a pure number.
func (u Unit) IsZero() bool { return u == Unit{} }

// NonNegative reports whether quantities of u cannot be below zero (money
// stocks can be negative, so only counts and ranks are).
func (u Unit) NonNegative() bool { return u.Kind == Count || u.Kind == Rank }

// currentCurrencies holds the ISO 4217 codes in use today as tender, as
// golang.org/x/text/currency's default query lists them, and XDR.
var currentCurrencies = sync.OnceValue(func() map[string]currency.Unit {
	m := make(map[string]currency.Unit)
	for it := currency.Query(); it.Next(); {
		u := it.Unit()
		m[u.String()] = u
	}
	// The IMF's special drawing right is no tender but is how multilateral
	// documents state loans ("SDR 820 million").
	if u, err := currency.ParseISO("XDR"); err == nil {
		m["XDR"] = u
	}
	return m
})

// MoneyUnit returns the money unit of the ISO 4217 code, which must be upper
// case and currently in use: "USD", "JPY", "EUR". Historic codes ("DEM") and
// lower case are rejected, unlike currency.ParseISO.
func MoneyUnit(code string) (Unit, error) {
	if u, ok := currentCurrencies()[code]; ok {
		return Unit{Kind: Money, Currency: u}, nil
	}
	if _, ok := currentCurrencies()[strings.ToUpper(code)]; ok {
		return Unit{}, fmt.Errorf("indicators: currency code %q must be upper case: write %q", code, strings.ToUpper(code))
	}
	if _, err := currency.ParseISO(code); err == nil {
		return Unit{}, fmt.Errorf("indicators: currency %q is not in use today: write the current ISO 4217 code", code)
	}
	if words, ok := countBases[strings.ToLower(code)]; ok {
		return Unit{}, fmt.Errorf("indicators: unknown currency %q: an upper-case unit is read as an ISO 4217 currency code; %q is a basis of counting (%s): write the counted noun in lower case, such as %q", code, code, words, words+" teacher")
	}
	return Unit{}, fmt.Errorf("indicators: unknown currency %q: write an ISO 4217 code such as \"USD\" or \"JPY\"", code)
}

// CountOf returns the unit of a count of noun, given in the singular
// ("country"); a plural such as "countries" is turned into its singular.
func CountOf(noun string) Unit {
	return Unit{Kind: Count, Name: Singular(strings.TrimSpace(noun))}
}

// A MeasureInfo describes a physical measure unit that claimbook knows.
type MeasureInfo struct {
	Symbol   string         // the symbol in catalogs and JSON: "degC"
	Display  string         // the symbol as printed: "℃"
	Aliases  []string       // other ways documents write it: "°C", "degrees Celsius"
	Singular string         // "degree Celsius"
	Plural   string         // "degrees Celsius"
	Dim      unit.Dimension // the gonum dimension of its SI unit
	Factor   float64        // SI value of 1 symbol: 1000 for "t" (kg)
	Offset   float64        // SI offset: 273.15 for "degC" (K)
}

// measures lists the physical measures of the lexicon, in its order. The
// aliases are the display form and the spellings a stated figure may use.
var measures = func() []MeasureInfo {
	var out []MeasureInfo
	for _, m := range lexicon.Measures {
		al := []string{}
		if m.Display != m.Symbol {
			al = append(al, m.Display)
		}
		al = append(al, m.Spellings...)
		out = append(out, MeasureInfo{Symbol: m.Symbol, Display: m.Display, Aliases: al, Singular: m.Singular,
			Plural: m.Plural, Dim: m.Dim, Factor: m.Factor, Offset: m.Offset})
	}
	return out
}()

// LookupMeasure returns what claimbook knows of the measure with the given
// symbol or alias ("degC", "°C", "tonnes").
//
// The answer is the first measure whose symbol is s, else the first with an
// alias that is s or, of four bytes or more, s up to case (strings.EqualFold),
// found in maps built at the first ask (measureIndex), not a search.
func LookupMeasure(s string) (MeasureInfo, bool) {
	ix := measureIndex()
	if n, ok := ix.symbol[s]; ok {
		return measures[n], true
	}
	n, ok := ix.alias[s]
	if f, fok := ix.folded[foldKey(s)]; fok && (!ok || f < n) {
		n, ok = f, true
	}
	if !ok {
		return MeasureInfo{}, false
	}
	return measures[n], true
}

// measureIndex maps each symbol of measures to its first measure's index,
// each alias to the first measure that has it, and each alias of four
// bytes or more, by foldKey, to the first measure that has it.
var measureIndex = sync.OnceValue(func() (ix struct{ symbol, alias, folded map[string]int }) {
	ix.symbol, ix.alias, ix.folded = map[string]int{}, map[string]int{}, map[string]int{}
	first := func(m map[string]int, k string, n int) {
		if _, ok := m[k]; !ok {
			m[k] = n
		}
	}
	for n, m := range measures {
		first(ix.symbol, m.Symbol, n)
		for _, a := range m.Aliases {
			first(ix.alias, a, n)
			if len(a) > 3 {
				first(ix.folded, foldKey(a), n)
			}
		}
	}
	return ix
})

// foldKey returns s with each rune replaced by the least rune of its
// orbit under unicode.SimpleFold, so that two strings are equal under
// strings.EqualFold exactly when their keys are equal ("Tonnes" and
// "tONNES" both "TONNES"); invalid bytes read as utf8.RuneError, as
// EqualFold reads them.
func foldKey(s string) string {
	b := make([]rune, 0, len(s))
	for _, r := range s {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b = append(b, least)
	}
	return string(b)
}

// Measures returns the physical measures claimbook knows, in a fixed order.
func Measures() []MeasureInfo { return append([]MeasureInfo(nil), measures...) }

// MeasureUnit returns the unit of a known physical measure, by symbol or
// alias.
func MeasureUnit(s string) (Unit, error) {
	m, ok := LookupMeasure(s)
	if !ok {
		return Unit{}, fmt.Errorf("indicators: unknown measure unit %q", s)
	}
	return Unit{Kind: Measure, Name: m.Symbol}, nil
}

// SI returns v, a quantity in u, as a gonum unit value in SI base units
// (kelvin, kilograms, metres...), for measures whose dimension gonum names.
func (u Unit) SI(v float64) (*unit.Unit, bool) {
	if u.Kind != Measure || u.Per != "" {
		return nil, false
	}
	m, ok := LookupMeasure(u.Name)
	if !ok || m.Dim == 0 {
		return nil, false
	}
	return unit.New(v*m.Factor+m.Offset, unit.Dimensions{m.Dim: 1}), true
}

// ParseUnit parses a unit as String writes it: an ISO 4217 code ("USD"),
// "percent", "percentage_point", "rank", "times", "index", a measure symbol
// ("degC", "MW"), or a counted noun in the singular ("country"), kept as
// written: the singular of an English word is not always its own (ParseStated
// reads plurals). A rate is one of these but a rank or times, or nothing,
// then "per" and its base: "bbl per day", "USD per month", "per 100,000
// population".
// The empty string is the zero Unit.
func ParseUnit(s string) (Unit, error) {
	if h := boundInWords(lowerASCII(s)); h != "" || startsWithBound(s) {
		// "or more worker", "more per week": a bound's words read as the
		// unit (s36g-timeuse's book printed "35 mores per week").
		return Unit{}, fmt.Errorf("indicators: unit %q holds a bound's words: a unit is the counted noun or measure alone (worker, hour per week): write a bound on the figure in stated, as the document does (\"1,000 or more workers\", \"35 hours or more per week\"), and a group's (\"aged 65 and over\") in the title", s)
	}
	if u, ok := concentration(s); ok {
		return u, nil // "ug/m3", "µg m-3": ug per cubic metre
	}
	if _, ok := LookupMeasure(s); !ok {
		if base, per, ok := cutPer(s); ok {
			return parseRateUnit(s, base, per)
		}
	}
	return parseUnit(s)
}

// startsWithBound reports whether the unit s opens with "more", "less"
// or "fewer", a bound's word and never a counted noun's ("more per week"
// left of "35 hours or more per week").
func startsWithBound(s string) bool {
	first, _, _ := strings.Cut(lowerASCII(s), " ")
	return first == "more" || first == "less" || first == "fewer"
}

// cutPer splits a unit at its first "per": "bbl per day" is "bbl" and
// "day", "per capita" is "" and "capita".
func cutPer(s string) (base, per string, ok bool) {
	if rest, ok := strings.CutPrefix(s, "per "); ok {
		return "", rest, true
	}
	return strings.Cut(s, " per ")
}

// parseRateUnit reads the rate s, written base "per" per.
func parseRateUnit(s, base, per string) (Unit, error) {
	u, err := parseUnit(base)
	if err != nil {
		return Unit{}, err
	}
	if u.Kind == Rank || u.Kind == Times {
		return Unit{}, fmt.Errorf("indicators: unit %q: a %s is no rate: write %q", s, u.Kind, base)
	}
	if fixed := strings.Join(dropBaseModifier(strings.Split(per, " ")), " "); fixed != per {
		// "USD per U.S. household": the form ParseStated reads
		// "$70,000 per U.S. household" to, with the modifier left out.
		return Unit{}, fmt.Errorf("indicators: unit %q: the base of a rate leaves out the modifier %q: write %q", s, lexicon.BaseModifier, strings.TrimSpace(base+" per "+fixed))
	}
	per = canonicalPer(per)
	if err := checkPer(per); err != nil {
		return Unit{}, fmt.Errorf("indicators: unit %q: %v", s, err)
	}
	u.Per = per
	return measurePer(u), nil
}

// concentration reads s, a unit written as air quality releases write a
// concentration: the symbol or name of a mass and "per cubic metre" in
// one of its forms (lexicon.PerCubicMetre: "µg m-3", "µg/m3", "µg m⁻³",
// "ug/m3", "mg/m3"). It is the mass per cubic metre, the unit
// "microgram(s) per cubic metre" and "ug per m3" are too (measurePer):
// one unit, "ug per cubic metre", however the document writes it.
func concentration(s string) (Unit, bool) {
	for _, form := range lexicon.PerCubicMetre {
		head, ok := strings.CutSuffix(s, form)
		if !ok {
			continue
		}
		if m, ok := LookupMeasure(strings.TrimSpace(head)); ok && m.Dim == unit.MassDim {
			return measurePer(Unit{Kind: Measure, Name: m.Symbol, Per: "m3"}), true
		}
	}
	return Unit{}, false
}

// measurePer returns u with the base of a measure per a measure in the
// one wording a unit keeps, the base measure's singular name: "ug per
// m3" is "ug per cubic metre", as "micrograms per cubic metre" reads.
func measurePer(u Unit) Unit {
	if u.Kind != Measure || u.Per == "" {
		return u
	}
	if m, ok := LookupMeasure(u.Per); ok {
		u.Per = m.Singular
	}
	return u
}

// concentrationShaped reports whether s, unit words after a figure, end
// as a concentration does (lexicon.PerCubicMetre), whatever stands before:
// "ng m-3" with a mass claimbook may not know.
func concentrationShaped(s string) bool {
	for _, form := range lexicon.PerCubicMetre {
		if head, ok := strings.CutSuffix(s, form); ok && strings.TrimSpace(head) != "" {
			return true
		}
	}
	return false
}

// checkPer reports whether per is the base of a rate as Unit.Per keeps it:
// words in lower case (letters, digits, hyphens), one space apart, the
// first of them perhaps a number in digits ("100,000 population"), no
// article, and "per" only between two words ("person per year").
func checkPer(per string) error {
	if per == "cent" {
		return fmt.Errorf("\"per cent\" is percent, not a rate: write \"percent\"")
	}
	words := strings.Split(per, " ")
	bad := len(per) > maxNoun
	if i := slices.Index(words, lexicon.AgedWord); i > 0 {
		// "1,000 women aged 15 to 44": the ages that bound the population.
		bad = bad || !ageBracket(words[i+1:])
		words = words[:i]
	}
	for i, w := range words {
		switch {
		case i == 0 && isPerNumber(w):
		case w == "per":
			bad = bad || i == 0 || i == len(words)-1 || words[i-1] == "per"
		case w == "a", w == "an", w == "the":
			bad = true
		case !isNoun(w):
			bad = true
		}
	}
	if bad {
		return fmt.Errorf("the base of a rate is a noun in lower case, with a number in digits before it if any, like \"day\", \"capita\" or \"100,000 population\"")
	}
	return nil
}

// ageBracket reports whether ws are the ages after "aged" in the base of a
// rate: "15 to 44", "15-44", "under 5", "over 65", each age a whole number
// of up to three digits. "65 and over" is no base: after a figure it is a
// hedge (lexicon.TrailingHedges).
func ageBracket(ws []string) bool {
	age := func(w string) bool { return w != "" && len(w) <= 3 && strings.Trim(w, "0123456789") == "" }
	switch len(ws) {
	case 1:
		lo, hi, ok := strings.Cut(ws[0], "-")
		return ok && age(lo) && age(hi)
	case 2:
		return (ws[0] == "under" || ws[0] == "over") && age(ws[1])
	case 3:
		return age(ws[0]) && ws[1] == "to" && age(ws[2])
	}
	return false
}

// isPerNumber reports whether w is a number in digits with thousands
// separators ("100,000", "1000"), as the base of a rate may start with.
func isPerNumber(w string) bool {
	if w == "" || w[0] < '1' || w[0] > '9' || w[len(w)-1] == ',' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !(w[i] >= '0' && w[i] <= '9' || w[i] == ',' && i > 0 && w[i-1] != ',') {
			return false
		}
	}
	return true
}

// parseUnit is ParseUnit for a unit that is no rate.
func parseUnit(s string) (Unit, error) {
	switch s {
	case "":
		return Unit{}, nil
	case "percent", "%":
		return PercentUnit, nil
	case "percentage_point", "pp":
		return PercentagePointUnit, nil
	case "rank":
		return RankUnit, nil
	case "times":
		return TimesUnit, nil
	case "index":
		return IndexUnit, nil
	}
	if m, ok := LookupMeasure(s); ok {
		return Unit{Kind: Measure, Name: m.Symbol}, nil
	}
	if isUpperCode(s) {
		return MoneyUnit(s)
	}
	if lowerCaseCodes[s] {
		return MoneyUnit(s) // the upper-case error
	}
	if _, whole, ok := cutShareOf(s); ok {
		return Unit{}, fmt.Errorf("indicators: unknown unit %q: a percentage of a whole is in percent: write unit: percent with measure: share, and say %q in the title", s, "of "+whole)
	}
	for _, sg := range lexicon.CurrencySigns() {
		if strings.ToLower(s) == sg.Sign {
			// "unit: HK$": the sign is how stated writes it, the unit its
			// code (s18k-construction).
			return Unit{}, fmt.Errorf("indicators: unknown unit %q: a currency is written as its ISO 4217 code: did you mean %q?", s, sg.Code)
		}
	}
	if u, ok := hyphenedMeasure(s); ok {
		return u, nil // "vehicle-km" is vehicle km
	}
	if concentrationShaped(s) {
		return Unit{}, fmt.Errorf("indicators: unknown unit %q: a concentration is a mass per cubic metre: write unit: ug per cubic metre (micrograms; mg or ng per cubic metre for milli- or nanograms), with stated the figure alone", s)
	}
	if sg, ok := lexicon.MixedCaseSingular(s); ok && sg == s {
		return Unit{Kind: Count, Name: s}, nil // "CoT", "PhD": an abbreviation keeps its case
	}
	if name, noun, ok := namedKind(s); ok {
		// "FOI request" (s29z-foi), "All London licence" (s32c-taxis): an
		// acronym or a name that says which kind is no part of the
		// lower-case noun; stated or the title keeps it.
		return Unit{}, fmt.Errorf("indicators: unknown unit %q: a unit is a counted noun in lower case: write unit: %s, and keep %q in stated as the quote writes it (%q after the figure reads as unit: %s) or in the title", s, noun, name, name+" "+Plural(noun), noun)
	}
	if !isNoun(s) || len(Singular(s)) > maxNoun {
		return Unit{}, fmt.Errorf("indicators: unknown unit %q: write an ISO 4217 code (\"USD\"), percent, percentage_point, rank, times, a measure symbol (\"degC\", \"t\", \"MW\") or a counted noun in lower case (\"country\")", s)
	}
	return Unit{Kind: Count, Name: s}, nil
}

// MustParseUnit is like ParseUnit but panics on error.
func MustParseUnit(s string) Unit {
	u, err := ParseUnit(s)
	if err != nil {
		panic(err)
	}
	return u
}

// MarshalText implements encoding.TextMarshaler.
func (u Unit) MarshalText() ([]byte, error) { return []byte(u.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (u *Unit) UnmarshalText(b []byte) error {
	v, err := ParseUnit(string(b))
	*u = v
	return err
}

// acronym reports whether w is an acronym of two or more capitals, dots
// between them or not ("FOI", "U.K.").
// namedKind splits a unit written with a name or acronym before a
// lower-case noun ("ZEC taxi", "All London licence", "Welsh speaker") into
// the name and the noun.
func namedKind(s string) (name, noun string, ok bool) {
	f := strings.Fields(s)
	for i := 1; i < len(f); i++ {
		if r, _ := utf8.DecodeRuneInString(f[i-1]); !acronym(f[i-1]) && !unicode.IsUpper(r) {
			return "", "", false
		}
		if noun := strings.Join(f[i:], " "); isNoun(noun) {
			return strings.Join(f[:i], " "), noun, true
		}
	}
	return "", "", false
}

func acronym(w string) bool {
	a := strings.ReplaceAll(w, ".", "")
	return len(a) >= 2 && strings.ToUpper(a) == a && asciiLetters(a)
}

func isUpperCode(s string) bool {
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// maxNoun is the longest counted noun, in bytes, in the singular.
const maxNoun = lexicon.MaxNoun

// isNoun reports whether s looks like a counted noun: lower-case letters,
// digits after the first letter, spaces, hyphens, and commas that list
// nouns ("rat, guinea pig and rabbit", lexicon.IsNounList).
func isNoun(s string) bool {
	if s == "" || len(s) > 128 || s[0] < 'a' || s[0] > 'z' || s[len(s)-1] == ' ' || s[len(s)-1] == '-' ||
		strings.ContainsRune(s, ',') && !lexicon.IsNounList(s) {
		return false
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == ' ', r == '-', r == ',': // "rat, guinea pig and rabbit"
		default:
			return false
		}
	}
	return true
}

// cutShareOf cuts a percentage of a named whole, "87.2% of GDP" or
// "percent of GDP", into the percentage ("87.2%", "percent") and the whole
// as written ("GDP"); ok is false if s is none.
func cutShareOf(s string) (pct, whole string, ok bool) {
	low := strings.ToLower(s)
	for _, sign := range []string{"%", "per cent", "percent"} {
		if i := strings.Index(low, sign+" of "); i >= 0 {
			pct, whole = strings.TrimSpace(s[:i+len(sign)]), strings.TrimSpace(s[i+len(sign)+len(" of "):])
			return pct, whole, whole != ""
		}
	}
	return "", "", false
}

// shareOfAdvice says what to write for a stated figure that is a
// percentage of a named whole, "87.2% of GDP": the percentage as stated,
// measure share, and the whole in the title; or "" for any other figure.
func shareOfAdvice(stated string) string {
	pct, whole, ok := cutShareOf(stated)
	if !ok {
		return ""
	}
	if _, _, err := ParseStated(pct); err != nil {
		return ""
	}
	return fmt.Sprintf("a percentage of a whole is stated as the percentage: write stated: %q with measure: share, and say %q in the title", pct, "of "+whole)
}

// unitFormAdvice says what is wrong with a counted noun a catalog gives as
// a unit, and what to write, or "": a unit is what one thing is, so it
// carries no scale word ("thousand trips" is unit trip with scale
// thousand) and is written in the singular ("deaths per million" is death
// per million), as String writes it and as the stated figure's noun reads.
// ParseUnit keeps a noun as written; Load and the series read it through
// this.
func unitFormAdvice(s string, u Unit) string {
	if u.Kind != Count || u.Name == "" {
		return ""
	}
	words := strings.Fields(u.Name)
	if sc, ok := scaleWords[words[0]]; ok && len(words) > 1 && !slices.ContainsFunc(lexicon.Scales, func(x lexicon.Scale) bool { return x.Word == words[0] && x.Abbrev }) {
		fixed := u
		fixed.Name = Singular(strings.Join(words[1:], " "))
		return fmt.Sprintf("unit %q carries the scale word %q: a unit is one of what is counted; write unit: %s and scale: %s (a table's \"'000\" or \"(thousands)\" header is how a source states it; see scale in README)",
			s, words[0], fixed, scaleNames[sc])
	}
	last := words[len(words)-1]
	if sing := Singular(u.Name); sing != u.Name && !slices.Contains(lexicon.SesStems, last) {
		fixed := u
		fixed.Name = sing
		return fmt.Sprintf("unit %q is a plural: a unit is written in the singular: write unit: %s", s, fixed)
	}
	return ""
}

// canonicalPer returns the base of a rate with its number in the one form
// a unit keeps (lexicon.RateBaseNumbers): "thousand total births" is
// "1,000 total births", so that a release writing "per thousand" and one
// writing "per 1,000" chart in one series; "hundred thousand" is
// "100,000".
func canonicalPer(per string) string {
	words := strings.Split(per, " ")
	if len(words) > 1 && words[0] == "hundred" && words[1] == "thousand" {
		words = append([]string{"100,000"}, words[2:]...)
	} else if n, ok := lexicon.RateBaseNumbers[words[0]]; ok {
		words[0] = n
	}
	return strings.Join(words, " ")
}

// samePer reports whether a and b, the bases of two rates, are one base:
// equal once their numbers are written one way (canonicalPer), or a
// number alone and the same number of the whole population
// (lexicon.PopulationBases: "100,000" and "100,000 population").
func samePer(a, b string) bool {
	a, b = canonicalPer(a), canonicalPer(b)
	return a == b || a != "" && b != "" && BareRateBase(a) == BareRateBase(b)
}

// BareRateBase returns per, the base of a rate, without a last word
// naming the whole population after its number (lexicon.PopulationBases:
// "100,000 population" is "100,000"), or per: two bases with one bare
// base are one base worded two ways. It is the one list of those words
// for verify and the renderers alike.
func BareRateBase(per string) string {
	num, word, ok := strings.Cut(per, " ")
	if ok && isPerNumber(num) && slices.Contains(lexicon.PopulationBases, word) {
		return num
	}
	return per
}

// sameRate reports whether a and b are one unit but for the wording of
// a rate's base (samePer).
func sameRate(a, b Unit) bool {
	if a.Per == "" || b.Per == "" {
		return a == b
	}
	pa, pb := a.Per, b.Per
	a.Per, b.Per = "", ""
	return a == b && samePer(pa, pb)
}

// OneRateWording rewrites the base of every rate in c whose base is one
// base worded several ways (BareRateBase: "100,000", "100,000 people",
// "100,000 population") to one wording, the one most of c's indicators
// use (on a tie the longer, then the first in sort order), so that every
// output prints one unit one way: a chart of four rates said "per
// 100,000 people" on two bars and "per 100,000 population" on two, and
// so subtitled "Deaths", not the rate (s22p-alcohol). Stated figures and
// quotes are the document's and stay as they are; a series' unit is
// rewritten alike. It returns how many indicators it changed.
func (c *Catalog) OneRateWording() int {
	return oneRate(rateWordings(c.units(nil)), c.unitRefs(), len(c.Indicators))
}

// unitRefs returns the units of c's indicators, then of its series.
func (c *Catalog) unitRefs() []*Unit {
	units := make([]*Unit, 0, len(c.Indicators)+len(c.Series))
	for i := range c.Indicators {
		units = append(units, &c.Indicators[i].Unit)
	}
	for i := range c.Series {
		units = append(units, &c.Series[i].Unit)
	}
	return units
}

// units yields the units of c's indicators, then of more's.
func (c *Catalog) units(more iter.Seq[*Indicator]) iter.Seq[Unit] {
	return func(yield func(Unit) bool) {
		for i := range c.Indicators {
			if !yield(c.Indicators[i].Unit) {
				return
			}
		}
		if more == nil {
			return
		}
		for ind := range more {
			if !yield(ind.Unit) {
				return
			}
		}
	}
}

// OneRateUnits rewrites units as OneRateWording rewrites a catalog's:
// each rate base they word several ways takes the wording most of them
// use (on a tie the longer). It is the one rule of one base's wording;
// a report reads it for figures it gathers itself (a chart's bars). It
// returns how many it changed.
func OneRateUnits(units []*Unit) int {
	return oneRate(rateWordings(func(yield func(Unit) bool) {
		for _, u := range units {
			if !yield(*u) {
				return
			}
		}
	}), units, len(units))
}

// oneRate gives each of units the wording best holds for its base and
// returns how many of the first n it changed.
func oneRate(best map[rateKey]string, units []*Unit, n int) int {
	if len(best) == 0 {
		return 0
	}
	changed := 0
	for i, u := range units {
		if k, ok := rateKeyOf(*u); ok && best[k] != "" && u.Per != best[k] {
			u.Per = best[k]
			if i < n {
				changed++
			}
		}
	}
	return changed
}

// OneRateWorded returns c where every rate base of c is worded one way,
// else a copy of c with its Indicators and Series as OneRateWording
// rewrites them: c is not changed. Every writer of a report reads its
// catalog through it, so that a Go caller gets one wording of one base as
// claimbook build does.
func (c *Catalog) OneRateWorded() *Catalog {
	c, _ = c.OneRateWordedSeq(nil)
	return c
}

// OneRateWordedSeq is OneRateWorded for a catalog whose indicators go on
// in more, too many to hold in memory (xlsx.WriteSeq): each base takes
// the wording most of c's indicators and more's use, as OneRateWording
// would choose over them all, and the sequence it returns yields more's
// indicators so worded (a copy of each it rewrites). It ranges over more
// once to choose; the sequence ranges over more each time it is ranged
// over. Neither c nor more's indicators are changed.
func (c *Catalog) OneRateWordedSeq(more iter.Seq[*Indicator]) (*Catalog, iter.Seq[*Indicator]) {
	if c == nil {
		return c, more
	}
	best := rateWordings(c.units(more))
	if len(best) == 0 {
		return c, more
	}
	cp := *c
	cp.Indicators = slices.Clone(c.Indicators)
	cp.Series = slices.Clone(c.Series)
	oneRate(best, cp.unitRefs(), 0)
	if more == nil {
		return &cp, nil
	}
	return &cp, func(yield func(*Indicator) bool) {
		for ind := range more {
			if w := *ind; oneRate(best, []*Unit{&w.Unit}, 1) > 0 {
				ind = &w
			}
			if !yield(ind) {
				return
			}
		}
	}
}

// rateKey is a rate's unit with its base bare (BareRateBase), the same
// for every wording of one base.
type rateKey struct {
	u    Unit // with Per set to the bare base
	bare string
}

func rateKeyOf(u Unit) (rateKey, bool) {
	if u.Per == "" {
		return rateKey{}, false
	}
	b := BareRateBase(canonicalPer(u.Per))
	u.Per = b
	return rateKey{u: u, bare: b}, true
}

// rateWordings returns, of each rate base units word more than one way,
// the wording OneRateWording gives them all.
func rateWordings(units iter.Seq[Unit]) map[rateKey]string {
	counts := map[rateKey]map[string]int{}
	for u := range units {
		if k, ok := rateKeyOf(u); ok {
			if counts[k] == nil {
				counts[k] = map[string]int{}
			}
			counts[k][u.Per]++
		}
	}
	best := map[rateKey]string{}
	for k, m := range counts {
		if len(m) < 2 {
			continue
		}
		words := slices.Sorted(maps.Keys(m))
		w := words[0]
		for _, x := range words[1:] {
			if m[x] > m[w] || m[x] == m[w] && len(x) > len(w) {
				w = x
			}
		}
		best[k] = w
	}
	return best
}
