package indicators

import (
	"fmt"
	"strings"
	"sync"

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
)

var unitKindNames = [...]string{"number", "money", "percent", "percentage_point", "count", "rank", "measure", "times"}

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
}

// Units without parameters.
var (
	PercentUnit         = Unit{Kind: Percent}
	PercentagePointUnit = Unit{Kind: PercentagePoint}
	RankUnit            = Unit{Kind: Rank}
	TimesUnit           = Unit{Kind: Times}
)

// String returns the unit as the JSON contract writes it: the ISO 4217 code
// for money ("USD"), "percent", "percentage_point", the counted noun for a
// count ("country"), "rank", "times", a symbol for a measure ("degC"), and
// "" for a pure number. ParseUnit reads it back.
func (u Unit) String() string {
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
	case Count, Measure:
		return u.Name
	}
	return fmt.Sprintf("Unit(%d)", uint8(u.Kind))
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

// measures lists the physical measures, keyed by symbol.
var measures = []MeasureInfo{
	{Symbol: "degC", Display: "℃", Aliases: []string{"°C", "℃", "degrees Celsius", "degree Celsius"}, Singular: "degree Celsius", Plural: "degrees Celsius", Dim: unit.TemperatureDim, Factor: 1, Offset: 273.15},
	{Symbol: "degF", Display: "℉", Aliases: []string{"°F", "℉", "degrees Fahrenheit"}, Singular: "degree Fahrenheit", Plural: "degrees Fahrenheit", Dim: unit.TemperatureDim, Factor: 5.0 / 9, Offset: 255.372222},
	{Symbol: "K", Display: "K", Aliases: []string{"kelvin", "kelvins"}, Singular: "kelvin", Plural: "kelvins", Dim: unit.TemperatureDim, Factor: 1},
	{Symbol: "kg", Display: "kg", Aliases: []string{"kilogram", "kilograms"}, Singular: "kilogram", Plural: "kilograms", Dim: unit.MassDim, Factor: 1},
	{Symbol: "t", Display: "t", Aliases: []string{"tonne", "tonnes", "metric ton", "metric tons"}, Singular: "tonne", Plural: "tonnes", Dim: unit.MassDim, Factor: 1e3},
	{Symbol: "tCO2e", Display: "tCO₂e", Aliases: []string{"tonnes of CO2 equivalent", "tCO2e", "tCO₂e"}, Singular: "tonne of CO₂ equivalent", Plural: "tonnes of CO₂ equivalent", Dim: unit.MassDim, Factor: 1e3},
	{Symbol: "m", Display: "m", Aliases: []string{"metre", "metres", "meter", "meters"}, Singular: "metre", Plural: "metres", Dim: unit.LengthDim, Factor: 1},
	{Symbol: "km", Display: "km", Aliases: []string{"kilometre", "kilometres", "kilometer", "kilometers"}, Singular: "kilometre", Plural: "kilometres", Dim: unit.LengthDim, Factor: 1e3},
	{Symbol: "mi", Display: "mi", Aliases: []string{"mile", "miles"}, Singular: "mile", Plural: "miles", Dim: unit.LengthDim, Factor: 1609.344},
	{Symbol: "km2", Display: "km²", Aliases: []string{"square kilometres", "square kilometers", "km²"}, Singular: "square kilometre", Plural: "square kilometres", Factor: 1e6},
	{Symbol: "ha", Display: "ha", Aliases: []string{"hectare", "hectares"}, Singular: "hectare", Plural: "hectares", Factor: 1e4},
	{Symbol: "W", Display: "W", Aliases: []string{"watt", "watts"}, Singular: "watt", Plural: "watts", Factor: 1},
	{Symbol: "kW", Display: "kW", Aliases: []string{"kilowatt", "kilowatts"}, Singular: "kilowatt", Plural: "kilowatts", Factor: 1e3},
	{Symbol: "MW", Display: "MW", Aliases: []string{"megawatt", "megawatts"}, Singular: "megawatt", Plural: "megawatts", Factor: 1e6},
	{Symbol: "GW", Display: "GW", Aliases: []string{"gigawatt", "gigawatts"}, Singular: "gigawatt", Plural: "gigawatts", Factor: 1e9},
	{Symbol: "kWh", Display: "kWh", Aliases: []string{"kilowatt-hours", "kilowatt hours"}, Singular: "kilowatt-hour", Plural: "kilowatt-hours", Factor: 3.6e6},
	{Symbol: "MWh", Display: "MWh", Aliases: []string{"megawatt-hours", "megawatt hours"}, Singular: "megawatt-hour", Plural: "megawatt-hours", Factor: 3.6e9},
	{Symbol: "GWh", Display: "GWh", Aliases: []string{"gigawatt-hours", "gigawatt hours"}, Singular: "gigawatt-hour", Plural: "gigawatt-hours", Factor: 3.6e12},
	{Symbol: "TWh", Display: "TWh", Aliases: []string{"terawatt-hours", "terawatt hours"}, Singular: "terawatt-hour", Plural: "terawatt-hours", Factor: 3.6e15},
	{Symbol: "L", Display: "L", Aliases: []string{"litre", "litres", "liter", "liters"}, Singular: "litre", Plural: "litres", Factor: 1e-3},
	{Symbol: "bbl", Display: "bbl", Aliases: []string{"barrel", "barrels"}, Singular: "barrel", Plural: "barrels", Factor: 0.158987294928},
	{Symbol: "TW", Display: "TW", Aliases: []string{"terawatt", "terawatts"}, Singular: "terawatt", Plural: "terawatts", Factor: 1e12},
	{Symbol: "g", Display: "g", Aliases: []string{"gram", "grams"}, Singular: "gram", Plural: "grams", Dim: unit.MassDim, Factor: 1e-3},
	{Symbol: "ug", Display: "µg", Aliases: []string{"µg", "microgram", "micrograms"}, Singular: "microgram", Plural: "micrograms", Dim: unit.MassDim, Factor: 1e-9},
	{Symbol: "lb", Display: "lb", Aliases: []string{"pound weight", "lbs"}, Singular: "pound", Plural: "pounds", Dim: unit.MassDim, Factor: 0.45359237},
	{Symbol: "oz", Display: "oz", Aliases: []string{"ounce", "ounces"}, Singular: "ounce", Plural: "ounces", Dim: unit.MassDim, Factor: 0.028349523125},
	{Symbol: "ton", Display: "ton", Aliases: []string{"short ton", "short tons"}, Singular: "ton", Plural: "tons", Dim: unit.MassDim, Factor: 907.18474},
	{Symbol: "pm", Display: "pm", Aliases: []string{"picometre", "picometres", "picometer", "picometers"}, Singular: "picometre", Plural: "picometres", Dim: unit.LengthDim, Factor: 1e-12},
	{Symbol: "mm", Display: "mm", Aliases: []string{"millimetre", "millimetres", "millimeter", "millimeters"}, Singular: "millimetre", Plural: "millimetres", Dim: unit.LengthDim, Factor: 1e-3},
	{Symbol: "cm", Display: "cm", Aliases: []string{"centimetre", "centimetres", "centimeter", "centimeters"}, Singular: "centimetre", Plural: "centimetres", Dim: unit.LengthDim, Factor: 1e-2},
	{Symbol: "dm", Display: "dm", Aliases: []string{"decimetre", "decimetres", "decimeter", "decimeters"}, Singular: "decimetre", Plural: "decimetres", Dim: unit.LengthDim, Factor: 1e-1},
	{Symbol: "in", Display: "in", Aliases: []string{"inch", "inches"}, Singular: "inch", Plural: "inches", Dim: unit.LengthDim, Factor: 0.0254},
	{Symbol: "ft", Display: "ft", Aliases: []string{"foot", "feet"}, Singular: "foot", Plural: "feet", Dim: unit.LengthDim, Factor: 0.3048},
	{Symbol: "m2", Display: "m²", Aliases: []string{"m²", "square metre", "square metres", "square meters"}, Singular: "square metre", Plural: "square metres", Factor: 1},
	{Symbol: "ft2", Display: "ft²", Aliases: []string{"ft²", "square foot", "square feet"}, Singular: "square foot", Plural: "square feet", Factor: 0.09290304},
	{Symbol: "mi2", Display: "mi²", Aliases: []string{"mi²", "square mile", "square miles"}, Singular: "square mile", Plural: "square miles", Factor: 2589988.110336},
	{Symbol: "acre", Display: "acres", Aliases: []string{"acre", "acres"}, Singular: "acre", Plural: "acres", Factor: 4046.8564224},
	{Symbol: "m3", Display: "m³", Aliases: []string{"m³", "cubic metre", "cubic metres", "cubic meters"}, Singular: "cubic metre", Plural: "cubic metres", Factor: 1},
	{Symbol: "ft3", Display: "ft³", Aliases: []string{"ft³", "cubic foot", "cubic feet"}, Singular: "cubic foot", Plural: "cubic feet", Factor: 0.028316846592},
	{Symbol: "mL", Display: "mL", Aliases: []string{"millilitre", "millilitres", "milliliter", "milliliters", "ml"}, Singular: "millilitre", Plural: "millilitres", Factor: 1e-6},
	{Symbol: "gal", Display: "gal", Aliases: []string{"gallon", "gallons"}, Singular: "gallon", Plural: "gallons", Factor: 0.003785411784},
	{Symbol: "tsp", Display: "tsp", Aliases: []string{"teaspoon", "teaspoons"}, Singular: "teaspoon", Plural: "teaspoons", Factor: 4.92892159375e-6},
	{Symbol: "tbsp", Display: "tbsp", Aliases: []string{"tablespoon", "tablespoons"}, Singular: "tablespoon", Plural: "tablespoons", Factor: 1.478676478125e-5},
	{Symbol: "cup", Display: "cups", Aliases: []string{"cups"}, Singular: "cup", Plural: "cups", Factor: 2.365882365e-4},
	{Symbol: "mph", Display: "mph", Aliases: []string{"miles per hour", "miles an hour"}, Singular: "mile per hour", Plural: "miles per hour", Factor: 0.44704},
	{Symbol: "km/h", Display: "km/h", Aliases: []string{"kilometres per hour", "kilometers per hour", "kph", "kmh"}, Singular: "kilometre per hour", Plural: "kilometres per hour", Factor: 1 / 3.6},
	{Symbol: "deg", Display: "°", Aliases: []string{"°", "degree", "degrees"}, Singular: "degree", Plural: "degrees", Factor: 0.017453292519943295},
	{Symbol: "rad", Display: "rad", Aliases: []string{"radian", "radians"}, Singular: "radian", Plural: "radians", Factor: 1},
	{Symbol: "turn", Display: "turns", Aliases: []string{"turns"}, Singular: "turn", Plural: "turns", Factor: 6.283185307179586},
	{Symbol: "bit", Display: "bits", Aliases: []string{"bits"}, Singular: "bit", Plural: "bits", Factor: 1},
	{Symbol: "Mbit", Display: "Mbit", Aliases: []string{"megabit", "megabits", "Mbps"}, Singular: "megabit", Plural: "megabits", Factor: 1e6},
	{Symbol: "MB", Display: "MB", Aliases: []string{"megabyte", "megabytes"}, Singular: "megabyte", Plural: "megabytes", Factor: 8e6},
	{Symbol: "GB", Display: "GB", Aliases: []string{"gigabyte", "gigabytes"}, Singular: "gigabyte", Plural: "gigabytes", Factor: 8e9},
	{Symbol: "TB", Display: "TB", Aliases: []string{"terabyte", "terabytes"}, Singular: "terabyte", Plural: "terabytes", Factor: 8e12},
}

// LookupMeasure returns what claimbook knows of the measure with the given
// symbol or alias ("degC", "°C", "tonnes").
func LookupMeasure(s string) (MeasureInfo, bool) {
	for _, m := range measures {
		if m.Symbol == s {
			return m, true
		}
	}
	for _, m := range measures {
		for _, a := range m.Aliases {
			if a == s || len(a) > 3 && strings.EqualFold(a, s) {
				return m, true
			}
		}
	}
	return MeasureInfo{}, false
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
	if u.Kind != Measure {
		return nil, false
	}
	m, ok := LookupMeasure(u.Name)
	if !ok || m.Dim == 0 {
		return nil, false
	}
	return unit.New(v*m.Factor+m.Offset, unit.Dimensions{m.Dim: 1}), true
}

// ParseUnit parses a unit as String writes it: an ISO 4217 code ("USD"),
// "percent", "percentage_point", "rank", "times", a measure symbol
// ("degC", "MW"), or a counted noun in the singular ("country"), kept as
// written: the singular of an English word is not always its own (ParseStated
// reads plurals).
// The empty string is the zero Unit.
func ParseUnit(s string) (Unit, error) {
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

// lowerCaseCodes are currency codes written in lower case that are no
// English word, so "usd" is a mistake for "USD"; others ("all", "pen",
// "cup") are counted nouns.
var lowerCaseCodes = map[string]bool{
	"usd": true, "eur": true, "jpy": true, "gbp": true, "cny": true, "chf": true, "aud": true,
	"inr": true, "krw": true, "rub": true, "brl": true, "mxn": true, "zar": true, "sek": true,
	"nzd": true, "sgd": true, "hkd": true, "nok": true, "dkk": true, "pln": true, "idr": true,
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
const maxNoun = 64

// isNoun reports whether s looks like a counted noun: lower-case letters,
// digits after the first letter, spaces, hyphens.
func isNoun(s string) bool {
	if s == "" || len(s) > 128 || s[0] < 'a' || s[0] > 'z' || s[len(s)-1] == ' ' || s[len(s)-1] == '-' {
		return false
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == ' ', r == '-':
		default:
			return false
		}
	}
	return true
}

// irregular plurals (singular → plural).
var irregular = map[string]string{
	"person": "people", "child": "children", "man": "men", "woman": "women",
	"foot": "feet", "tooth": "teeth", "mouse": "mice", "criterion": "criteria",
	"phenomenon": "phenomena", "datum": "data", "analysis": "analyses",
	"crisis": "crises", "thesis": "theses",
}

// sesStems are singulars in -s whose plural is -ses ("gas", "gases"); other
// -ses plurals drop only the s ("houses", "doses").
var sesStems = map[string]bool{"gas": true, "bus": true, "atlas": true, "canvas": true, "alias": true, "bias": true, "lens": true, "iris": true, "yes": true, "plus": true}

var unchanging = map[string]bool{"series": true, "species": true, "sheep": true, "fish": true, "aircraft": true, "staff": true, "personnel": true}

// Plural returns the plural of an English noun; in a phrase only the last
// word changes ("nuclear plant" → "nuclear plants").
func Plural(noun string) string {
	head, last := splitLast(noun)
	if p, ok := irregular[last]; ok || unchanging[last] {
		if !ok {
			p = last
		}
		return head + p
	}
	switch {
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
// A word that is no plural Plural makes is returned as it is.
func Singular(noun string) string {
	head, last := splitLast(noun)
	if unchanging[last] {
		return noun
	}
	var cands []string
	for s, p := range irregular {
		if last == p {
			cands = append(cands, s)
		}
	}
	stem := strings.TrimSuffix(last, "es")
	switch {
	case strings.HasSuffix(last, "ies"):
		cands = append(cands, last[:len(last)-3]+"y")
	case strings.HasSuffix(last, "sses"), strings.HasSuffix(last, "xes"), strings.HasSuffix(last, "ches"),
		strings.HasSuffix(last, "shes"), strings.HasSuffix(last, "zzes"):
		cands = append(cands, stem) // processes, taxes, matches, wishes, buzzes
	case strings.HasSuffix(last, "ses") && (strings.HasSuffix(stem, "us") && !strings.HasSuffix(stem, "ous") || sesStems[stem]):
		cands = append(cands, stem) // viruses, statuses, gases
	}
	if strings.HasSuffix(last, "s") {
		cands = append(cands, last[:len(last)-1]) // houses, doses, sizes, countries' kin
	}
	if stem != last {
		cands = append(cands, stem)
	}
	cands = append(cands, last)
	for _, c := range cands {
		if c != "" && Plural(c) == last {
			return head + c
		}
	}
	return noun
}

func splitLast(s string) (head, last string) {
	i := strings.LastIndexAny(s, " -")
	return s[:i+1], s[i+1:]
}
