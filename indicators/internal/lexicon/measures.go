package lexicon

import "gonum.org/v1/gonum/unit"

// A Measure is a physical unit: its symbol in catalogs and JSON, how it is
// printed, its singular and plural names and every other spelling
// documents use, and its SI factor.
type Measure struct {
	Symbol   string // in catalogs and JSON: "degC"
	Display  string // printed: "℃"
	Singular string // "degree Celsius"
	Plural   string // "degrees Celsius"
	// Spellings are the other ways documents write the unit after a
	// number. ParseStated reads the symbol, the display form and these
	// (exactly, or regardless of case when longer than three bytes); the
	// extractor reads these, the singular and the plural regardless of
	// case.
	Spellings []string
	// InProse says the extractor also reads the symbol and display form in
	// running text: "500 MW", "2 km", but not "6 pm" or "5 in".
	InProse bool
	Dim     unit.Dimension // the gonum dimension of its SI unit, if gonum names it
	Factor  float64        // SI value of one unit: 1000 for "t" (kg)
	Offset  float64        // SI offset: 273.15 for "degC" (K)
}

// Measures lists the physical units. The short ton ("ton", "short tons")
// is kept apart from the tonne ("t", "tonnes", "metric tonnes").
var Measures = []Measure{
	{Symbol: "degC", Display: "℃", Singular: "degree Celsius", Plural: "degrees Celsius", Spellings: []string{"°C", "degrees Celsius", "degree Celsius", "°Celsius", "degrees centigrade", "deg Celsius", "degrees C", "degree C", "deg C", "°c", "Celsius", "centigrade", "centigrate", "celcius"}, InProse: true, Dim: unit.TemperatureDim, Factor: 1, Offset: 273.15},
	{Symbol: "degF", Display: "℉", Singular: "degree Fahrenheit", Plural: "degrees Fahrenheit", Spellings: []string{"°F", "degrees Fahrenheit", "°Fahrenheit", "degree Fahrenheit", "degrees farenheit", "deg Fahrenheit", "degrees F", "degree F", "deg F", "Fahrenheit", "farenheit"}, InProse: true, Dim: unit.TemperatureDim, Factor: 5.0 / 9, Offset: 255.372222},
	{Symbol: "K", Display: "K", Singular: "kelvin", Plural: "kelvins", Spellings: []string{"kelvin", "kelvins"}, Dim: unit.TemperatureDim, Factor: 1},
	{Symbol: "kg", Display: "kg", Singular: "kilogram", Plural: "kilograms", Spellings: []string{"kilogram", "kilograms", "kgs"}, InProse: true, Dim: unit.MassDim, Factor: 1},
	{Symbol: "t", Display: "t", Singular: "tonne", Plural: "tonnes", Spellings: []string{"tonne", "tonnes", "metric ton", "metric tons", "metric tonnes", "metric tonne"}, InProse: true, Dim: unit.MassDim, Factor: 1e3},
	{Symbol: "tCO2e", Display: "tCO₂e", Singular: "tonne of CO₂ equivalent", Plural: "tonnes of CO₂ equivalent", Spellings: append([]string{"tonnes of CO2 equivalent", "tons of CO2 equivalent", "tonnes of carbon dioxide equivalent", "tonnes of CO2e", "tonnes of CO2-e"}, co2eSpellings("t", "tonnes")...), InProse: true, Dim: unit.MassDim, Factor: 1e3},
	{Symbol: "m", Display: "m", Singular: "metre", Plural: "metres", Spellings: []string{"metre", "metres", "meter", "meters"}, InProse: true, Dim: unit.LengthDim, Factor: 1},
	{Symbol: "km", Display: "km", Singular: "kilometre", Plural: "kilometres", Spellings: []string{"kilometre", "kilometres", "kilometer", "kilometers", "kms"}, InProse: true, Dim: unit.LengthDim, Factor: 1e3},
	{Symbol: "mi", Display: "mi", Singular: "mile", Plural: "miles", Spellings: []string{"mile", "miles"}, InProse: true, Dim: unit.LengthDim, Factor: 1609.344},
	{Symbol: "km2", Display: "km²", Singular: "square kilometre", Plural: "square kilometres", Spellings: []string{"square kilometres", "square kilometers", "square kilometer", "square kilometre", "sq km", "km 2"}, InProse: true, Factor: 1e6},
	{Symbol: "ha", Display: "ha", Singular: "hectare", Plural: "hectares", Spellings: []string{"hectare", "hectares"}, InProse: true, Factor: 1e4},
	{Symbol: "W", Display: "W", Singular: "watt", Plural: "watts", Spellings: []string{"watt", "watts"}, Factor: 1},
	{Symbol: "kW", Display: "kW", Singular: "kilowatt", Plural: "kilowatts", Spellings: []string{"kilowatt", "kilowatts"}, InProse: true, Factor: 1e3},
	{Symbol: "MW", Display: "MW", Singular: "megawatt", Plural: "megawatts", Spellings: []string{"megawatt", "megawatts"}, InProse: true, Factor: 1e6},
	{Symbol: "GW", Display: "GW", Singular: "gigawatt", Plural: "gigawatts", Spellings: []string{"gigawatt", "gigawatts"}, InProse: true, Factor: 1e9},
	{Symbol: "kWh", Display: "kWh", Singular: "kilowatt-hour", Plural: "kilowatt-hours", Spellings: []string{"kilowatt-hours", "kilowatt hours"}, InProse: true, Factor: 3.6e6},
	{Symbol: "MWh", Display: "MWh", Singular: "megawatt-hour", Plural: "megawatt-hours", Spellings: []string{"megawatt-hours", "megawatt hours"}, InProse: true, Factor: 3.6e9},
	{Symbol: "GWh", Display: "GWh", Singular: "gigawatt-hour", Plural: "gigawatt-hours", Spellings: []string{"gigawatt-hours", "gigawatt hours"}, InProse: true, Factor: 3.6e12},
	{Symbol: "TWh", Display: "TWh", Singular: "terawatt-hour", Plural: "terawatt-hours", Spellings: []string{"terawatt-hours", "terawatt hours"}, InProse: true, Factor: 3.6e15},
	// Energy as energy balances and statistics write it: "978 PJ" of
	// generation, "6,000 TJ", "4.1 EJ"; the tonne of oil equivalent, by
	// itself or prefixed (ScaledMeasures: "ktoe", "Mtoe").
	{Symbol: "J", Display: "J", Singular: "joule", Plural: "joules", Spellings: []string{"joule", "joules"}, Factor: 1},
	{Symbol: "MJ", Display: "MJ", Singular: "megajoule", Plural: "megajoules", Spellings: []string{"megajoule", "megajoules"}, InProse: true, Factor: 1e6},
	{Symbol: "GJ", Display: "GJ", Singular: "gigajoule", Plural: "gigajoules", Spellings: []string{"gigajoule", "gigajoules"}, InProse: true, Factor: 1e9},
	{Symbol: "TJ", Display: "TJ", Singular: "terajoule", Plural: "terajoules", Spellings: []string{"terajoule", "terajoules"}, InProse: true, Factor: 1e12},
	{Symbol: "PJ", Display: "PJ", Singular: "petajoule", Plural: "petajoules", Spellings: []string{"petajoule", "petajoules"}, InProse: true, Factor: 1e15},
	{Symbol: "EJ", Display: "EJ", Singular: "exajoule", Plural: "exajoules", Spellings: []string{"exajoule", "exajoules"}, InProse: true, Factor: 1e18},
	{Symbol: "toe", Display: "toe", Singular: "tonne of oil equivalent", Plural: "tonnes of oil equivalent", Spellings: []string{"tonnes of oil equivalent", "tonne of oil equivalent", "tons of oil equivalent"}, InProse: true, Factor: 41.868e9},
	{Symbol: "L", Display: "L", Singular: "litre", Plural: "litres", Spellings: []string{"litre", "litres", "liter", "liters"}, Factor: 1e-3},
	{Symbol: "bbl", Display: "bbl", Singular: "barrel", Plural: "barrels", Spellings: []string{"barrel", "barrels"}, InProse: true, Factor: 0.158987294928},
	{Symbol: "TW", Display: "TW", Singular: "terawatt", Plural: "terawatts", Spellings: []string{"terawatt", "terawatts"}, InProse: true, Factor: 1e12},
	{Symbol: "g", Display: "g", Singular: "gram", Plural: "grams", Spellings: []string{"gram", "grams"}, InProse: true, Dim: unit.MassDim, Factor: 1e-3},
	{Symbol: "ug", Display: "µg", Singular: "microgram", Plural: "micrograms", Spellings: []string{"microgram", "micrograms", "μg", "mcg", "microgramme", "microgrammes"}, InProse: true, Dim: unit.MassDim, Factor: 1e-9},
	// Milligrams and nanograms: the masses a concentration is given in
	// beside the microgram ("0.5 mg/m3", "6 ng m-3"; PerCubicMetre).
	{Symbol: "mg", Display: "mg", Singular: "milligram", Plural: "milligrams", Spellings: []string{"milligram", "milligrams", "milligramme", "milligrammes"}, Dim: unit.MassDim, Factor: 1e-6},
	{Symbol: "ng", Display: "ng", Singular: "nanogram", Plural: "nanograms", Spellings: []string{"nanogram", "nanograms", "nanogramme", "nanogrammes"}, Dim: unit.MassDim, Factor: 1e-12},
	{Symbol: "lb", Display: "lb", Singular: "pound", Plural: "pounds", Spellings: []string{"pound weight", "lbs"}, InProse: true, Dim: unit.MassDim, Factor: 0.45359237},
	{Symbol: "oz", Display: "oz", Singular: "ounce", Plural: "ounces", Spellings: []string{"ounce", "ounces"}, InProse: true, Dim: unit.MassDim, Factor: 0.028349523125},
	{Symbol: "ton", Display: "ton", Singular: "ton", Plural: "tons", Spellings: []string{"short ton", "short tons", "tons"}, InProse: true, Dim: unit.MassDim, Factor: 907.18474},
	{Symbol: "pm", Display: "pm", Singular: "picometre", Plural: "picometres", Spellings: []string{"picometre", "picometres", "picometer", "picometers"}, Dim: unit.LengthDim, Factor: 1e-12},
	{Symbol: "mm", Display: "mm", Singular: "millimetre", Plural: "millimetres", Spellings: []string{"millimetre", "millimetres", "millimeter", "millimeters"}, InProse: true, Dim: unit.LengthDim, Factor: 1e-3},
	{Symbol: "cm", Display: "cm", Singular: "centimetre", Plural: "centimetres", Spellings: []string{"centimetre", "centimetres", "centimeter", "centimeters"}, InProse: true, Dim: unit.LengthDim, Factor: 1e-2},
	{Symbol: "dm", Display: "dm", Singular: "decimetre", Plural: "decimetres", Spellings: []string{"decimetre", "decimetres", "decimeter", "decimeters"}, InProse: true, Dim: unit.LengthDim, Factor: 1e-1},
	{Symbol: "in", Display: "in", Singular: "inch", Plural: "inches", Spellings: []string{"inch", "inches"}, Dim: unit.LengthDim, Factor: 0.0254},
	{Symbol: "ft", Display: "ft", Singular: "foot", Plural: "feet", Spellings: []string{"foot", "feet"}, InProse: true, Dim: unit.LengthDim, Factor: 0.3048},
	{Symbol: "m2", Display: "m²", Singular: "square metre", Plural: "square metres", Spellings: []string{"square metre", "square metres", "square meters", "square meter", "sq m", "sqm", "sq metres", "sq meters", "sq metre", "sq meter"}, InProse: true, Factor: 1},
	{Symbol: "ft2", Display: "ft²", Singular: "square foot", Plural: "square feet", Spellings: []string{"square foot", "square feet", "sq ft", "sq feet", "sqft"}, Factor: 0.09290304},
	{Symbol: "mi2", Display: "mi²", Singular: "square mile", Plural: "square miles", Spellings: []string{"square mile", "square miles", "sq mi", "sq miles", "sq mile"}, Factor: 2589988.110336},
	// Areas and volumes in the other lengths: "5.6 million cubic yards"
	// of debris is a volume, never a length in yards.
	{Symbol: "yd2", Display: "yd²", Singular: "square yard", Plural: "square yards", Spellings: []string{"square yard", "square yards", "sq yd", "sq yds", "sq yards"}, Factor: 0.83612736},
	{Symbol: "in2", Display: "in²", Singular: "square inch", Plural: "square inches", Spellings: []string{"square inch", "square inches", "sq in"}, Factor: 0.00064516},
	{Symbol: "cm2", Display: "cm²", Singular: "square centimetre", Plural: "square centimetres", Spellings: []string{"square centimetre", "square centimetres", "square centimeter", "square centimeters", "sq cm"}, Factor: 1e-4},
	{Symbol: "mm2", Display: "mm²", Singular: "square millimetre", Plural: "square millimetres", Spellings: []string{"square millimetre", "square millimetres", "square millimeter", "square millimeters", "sq mm"}, Factor: 1e-6},
	{Symbol: "acre", Display: "acres", Singular: "acre", Plural: "acres", Spellings: []string{}, InProse: true, Factor: 4046.8564224},
	{Symbol: "m3", Display: "m³", Singular: "cubic metre", Plural: "cubic metres", Spellings: []string{"cubic metre", "cubic metres", "cubic meters", "cubic meter", "cu m"}, InProse: true, Factor: 1},
	{Symbol: "ft3", Display: "ft³", Singular: "cubic foot", Plural: "cubic feet", Spellings: []string{"cubic foot", "cubic feet", "cu ft"}, Factor: 0.028316846592},
	{Symbol: "yd3", Display: "yd³", Singular: "cubic yard", Plural: "cubic yards", Spellings: []string{"cubic yard", "cubic yards", "cu yd", "cu yds", "cubic yds"}, Factor: 0.764554857984},
	{Symbol: "in3", Display: "in³", Singular: "cubic inch", Plural: "cubic inches", Spellings: []string{"cubic inch", "cubic inches", "cu in"}, Factor: 1.6387064e-5},
	{Symbol: "cm3", Display: "cm³", Singular: "cubic centimetre", Plural: "cubic centimetres", Spellings: []string{"cubic centimetre", "cubic centimetres", "cubic centimeter", "cubic centimeters"}, Factor: 1e-6},
	{Symbol: "km3", Display: "km³", Singular: "cubic kilometre", Plural: "cubic kilometres", Spellings: []string{"cubic kilometre", "cubic kilometres", "cubic kilometer", "cubic kilometers"}, Factor: 1e9},
	{Symbol: "mL", Display: "mL", Singular: "millilitre", Plural: "millilitres", Spellings: []string{"millilitre", "millilitres", "milliliter", "milliliters", "ml"}, InProse: true, Factor: 1e-6},
	{Symbol: "gal", Display: "gal", Singular: "gallon", Plural: "gallons", Spellings: []string{"gallon", "gallons"}, Factor: 0.003785411784},
	// Crops are measured, not counted: "176.3 bushels per acre", "up 1.7
	// bushels", "2,300 per quintal" (the U.S. bushel; the quintal of 100 kg
	// that India's support prices are set per).
	{Symbol: "bu", Display: "bu", Singular: "bushel", Plural: "bushels", Spellings: []string{"bushel", "bushels"}, InProse: true, Factor: 0.03523907016688},
	{Symbol: "quintal", Display: "quintals", Singular: "quintal", Plural: "quintals", Spellings: []string{"quintals", "qtl"}, Dim: unit.MassDim, Factor: 100},
	{Symbol: "tsp", Display: "tsp", Singular: "teaspoon", Plural: "teaspoons", Spellings: []string{"teaspoon", "teaspoons"}, Factor: 4.92892159375e-6},
	{Symbol: "tbsp", Display: "tbsp", Singular: "tablespoon", Plural: "tablespoons", Spellings: []string{"tablespoon", "tablespoons"}, Factor: 1.478676478125e-5},
	{Symbol: "cup", Display: "cups", Singular: "cup", Plural: "cups", Spellings: []string{}, InProse: true, Factor: 2.365882365e-4},
	{Symbol: "mph", Display: "mph", Singular: "mile per hour", Plural: "miles per hour", Spellings: []string{"miles per hour", "miles an hour", "m.p.h."}, InProse: true, Factor: 0.44704},
	{Symbol: "km/h", Display: "km/h", Singular: "kilometre per hour", Plural: "kilometres per hour", Spellings: []string{"kilometres per hour", "kilometers per hour", "kph", "kmh", "kilometres an hour", "kilometers an hour", "kmph", "km/hr"}, InProse: true, Factor: 1 / 3.6},
	{Symbol: "deg", Display: "°", Singular: "degree", Plural: "degrees", Spellings: []string{"degree", "degrees"}, InProse: true, Factor: 0.017453292519943295},
	{Symbol: "rad", Display: "rad", Singular: "radian", Plural: "radians", Spellings: []string{"radian", "radians"}, InProse: true, Factor: 1},
	{Symbol: "turn", Display: "turns", Singular: "turn", Plural: "turns", Spellings: []string{}, InProse: true, Factor: 6.283185307179586},
	{Symbol: "bit", Display: "bits", Singular: "bit", Plural: "bits", Spellings: []string{}, InProse: true, Factor: 1},
	{Symbol: "Mbit", Display: "Mbit", Singular: "megabit", Plural: "megabits", Spellings: []string{"megabit", "megabits"}, Factor: 1e6},
	// Data rates are their own units: "a 30Mbps plan" is a speed, not an
	// amount of data.
	{Symbol: "Mbit/s", Display: "Mbit/s", Singular: "megabit per second", Plural: "megabits per second", Spellings: []string{"Mbps", "Mb/s", "megabits per second", "megabit per second"}, InProse: true, Factor: 1e6},
	{Symbol: "Gbit/s", Display: "Gbit/s", Singular: "gigabit per second", Plural: "gigabits per second", Spellings: []string{"Gbps", "Gb/s", "gigabits per second", "gigabit per second"}, InProse: true, Factor: 1e9},
	{Symbol: "MB", Display: "MB", Singular: "megabyte", Plural: "megabytes", Spellings: []string{"megabyte", "megabytes"}, InProse: true, Factor: 8e6},
	{Symbol: "GB", Display: "GB", Singular: "gigabyte", Plural: "gigabytes", Spellings: []string{"gigabyte", "gigabytes"}, InProse: true, Factor: 8e9},
	{Symbol: "TB", Display: "TB", Singular: "terabyte", Plural: "terabytes", Spellings: []string{"terabyte", "terabytes"}, Factor: 8e12},
	{Symbol: "hp", Display: "hp", Singular: "horsepower", Plural: "horsepower", Spellings: []string{"horsepower"}, InProse: true, Factor: 745.69987158227022},
	{Symbol: "yd", Display: "yd", Singular: "yard", Plural: "yards", Spellings: []string{"yard", "yards", "yds"}, InProse: true, Dim: unit.LengthDim, Factor: 0.9144},
	{Symbol: "Hz", Display: "Hz", Singular: "hertz", Plural: "hertz", Spellings: []string{"hertz"}, InProse: true, Factor: 1},
	{Symbol: "kHz", Display: "kHz", Singular: "kilohertz", Plural: "kilohertz", Spellings: []string{"kilohertz"}, InProse: true, Factor: 1e3},
	{Symbol: "MHz", Display: "MHz", Singular: "megahertz", Plural: "megahertz", Spellings: []string{"megahertz"}, InProse: true, Factor: 1e6},
	{Symbol: "GHz", Display: "GHz", Singular: "gigahertz", Plural: "gigahertz", Spellings: []string{"gigahertz"}, InProse: true, Factor: 1e9},
	// Measures of technology and engineering news: "a 352 μm pixel pitch",
	// "4 ppb of lead", "a 4500 mAh battery", "8.90 ksi (61.4 MPa)", "640bhp",
	// "332 lb-ft of torque", "3000 rpm", "43.5 mpg". "Nm" and "nm" differ
	// only in case, so neither symbol is read in prose.
	{Symbol: "um", Display: "µm", Singular: "micrometre", Plural: "micrometres", Spellings: []string{"μm", "micrometre", "micrometres", "micrometer", "micrometers", "micron", "microns"}, InProse: true, Dim: unit.LengthDim, Factor: 1e-6},
	{Symbol: "nm", Display: "nm", Singular: "nanometre", Plural: "nanometres", Spellings: []string{"nanometre", "nanometres", "nanometer", "nanometers"}, Dim: unit.LengthDim, Factor: 1e-9},
	{Symbol: "ppm", Display: "ppm", Singular: "part per million", Plural: "parts per million", Spellings: []string{"parts per million", "part per million"}, InProse: true, Factor: 1e-6},
	{Symbol: "ppb", Display: "ppb", Singular: "part per billion", Plural: "parts per billion", Spellings: []string{"parts per billion", "part per billion"}, InProse: true, Factor: 1e-9},
	{Symbol: "mAh", Display: "mAh", Singular: "milliampere-hour", Plural: "milliampere-hours", Spellings: []string{"milliampere-hours", "milliampere hours", "milliamp-hours", "milliamp hours"}, InProse: true, Factor: 3.6},
	{Symbol: "kPa", Display: "kPa", Singular: "kilopascal", Plural: "kilopascals", Spellings: []string{"kilopascal", "kilopascals"}, InProse: true, Factor: 1e3},
	{Symbol: "MPa", Display: "MPa", Singular: "megapascal", Plural: "megapascals", Spellings: []string{"megapascal", "megapascals"}, InProse: true, Factor: 1e6},
	{Symbol: "GPa", Display: "GPa", Singular: "gigapascal", Plural: "gigapascals", Spellings: []string{"gigapascal", "gigapascals"}, InProse: true, Factor: 1e9},
	{Symbol: "psi", Display: "psi", Singular: "pound per square inch", Plural: "pounds per square inch", Spellings: []string{"pounds per square inch", "pound per square inch"}, InProse: true, Factor: 6894.757293168361},
	{Symbol: "ksi", Display: "ksi", Singular: "kilopound per square inch", Plural: "kilopounds per square inch", Spellings: []string{"kilopounds per square inch", "kilopound per square inch"}, InProse: true, Factor: 6894757.293168361},
	{Symbol: "Nm", Display: "N·m", Singular: "newton metre", Plural: "newton metres", Spellings: []string{"newton metres", "newton metre", "newton meters", "newton meter", "newton-metres", "newton-meters"}, Factor: 1},
	{Symbol: "lbft", Display: "lb-ft", Singular: "pound-foot", Plural: "pound-feet", Spellings: []string{"lb-ft", "lb ft", "lbs-ft", "pound-feet", "pound feet", "pounds-feet", "ft-lb", "foot-pounds", "foot pounds"}, Factor: 1.3558179483314004},
	{Symbol: "bhp", Display: "bhp", Singular: "brake horsepower", Plural: "brake horsepower", Spellings: []string{"brake horsepower"}, InProse: true, Factor: 745.69987158227022},
	{Symbol: "rpm", Display: "rpm", Singular: "revolution per minute", Plural: "revolutions per minute", Spellings: []string{"revolutions per minute", "revolution per minute"}, InProse: true, Factor: 0.10471975511965977},
	{Symbol: "mpg", Display: "mpg", Singular: "mile per gallon", Plural: "miles per gallon", Spellings: []string{"miles per gallon"}, InProse: true, Factor: 425143.70743027225},
	// A second is a time, a record's or a deadline's ("9.58 seconds",
	// "within 30 seconds"); minutes, hours and longer spans stay counted
	// nouns (Durations: "24 hours"). The symbol "s" is not read in prose.
	{Symbol: "s", Display: "s", Singular: "second", Plural: "seconds", Spellings: []string{"second", "seconds", "secs"}, Dim: unit.TimeDim, Factor: 1}}

// A ScaledMeasure is a unit symbol with an SI prefix the model keeps as a
// power of ten: "Mt" is 10⁶ t. The extractor reads them; a stated figure
// writes the scale word instead ("5 million t").
type ScaledMeasure struct {
	Spelling string
	Symbol   string
	Exp      int
}

// ScaledMeasures lists the prefixed symbols the extractor and
// indicators.ParseStated read: kilo-, mega- and gigatonnes, of oil
// equivalent ("ktoe", "Mtoe") and of CO₂
// equivalent in every way inventories write it ("Mt CO2-e", "MtCO2e",
// "kt CO2-eq").
var ScaledMeasures = func() []ScaledMeasure {
	out := []ScaledMeasure{{"kt", "t", 3}, {"Mt", "t", 6}, {"Gt", "t", 9}, {"ktoe", "toe", 3}, {"Mtoe", "toe", 6}}
	for _, p := range []struct {
		prefix string
		exp    int
	}{{"k", 3}, {"M", 6}, {"G", 9}} {
		for _, sp := range co2eSpellings(p.prefix+"t", "") {
			out = append(out, ScaledMeasure{sp, "tCO2e", p.exp})
		}
	}
	return out
}()

// co2eForms are the ways inventories write "CO₂ equivalent" after a unit
// of mass.
var co2eForms = []string{"CO2e", "CO2-e", "CO2-eq", "CO2eq", "CO2 eq", "CO2 e", "CO₂e", "CO₂-e", "CO₂-eq", "CO₂eq"}

// co2eSpellings returns the spellings of a unit of mass followed by "CO₂
// equivalent", joined to it and after a space ("tCO2-e", "t CO2-e"), and
// after the long name if one is given ("tonnes CO2-e").
func co2eSpellings(symbol, name string) []string {
	var out []string
	for _, f := range co2eForms {
		out = append(out, symbol+f, symbol+" "+f)
		if name != "" {
			out = append(out, name+" "+f)
		}
	}
	return out
}

// MeasureModifiers are the nouns (and the few words used as nouns) that
// name what a measure counts in the units of transport and energy
// statistics: "net tonne kilometres", "passenger kilometres", "vehicle
// miles", "available seat kilometres", "revenue passenger miles". Only
// these, or another measure ("tonne" in "net tonne kilometres"), may stand
// before a measure in one counted unit; an adjective or a comparative
// ("15 more kilometres", "3 additional megawatts") says what the figure
// is, not what it counts in.
var MeasureModifiers = map[string]bool{"net": true, "gross": true, "passenger": true, "vehicle": true,
	"seat": true, "available": true, "revenue": true, "freight": true, "train": true, "car": true,
	"bus": true, "lorry": true, "truck": true, "person": true, "man": true, "cargo": true, "container": true}

// PowerWords are the words before a length that make it an area or a
// volume, one unit with it ("square miles", "cubic yards", "sq ft"): no
// modifier of the length, which a figure is never written in alone.
var PowerWords = map[string]bool{"square": true, "sq": true, "cubic": true, "cu": true}

// PerCubicMetre lists the ways air quality releases write "per cubic
// metre" after the symbol of a mass: "µg m-3", "µg m⁻³", "µg/m3",
// "µg/m³". A mass and one of these is a concentration, one unit however
// it is written (indicators reads it as the mass per cubic metre).
var PerCubicMetre = []string{" m-3", " m⁻³", " m−3", "/m3", "/m³", " /m3", " / m3", "/ m3", " per m3", " per m³", "/cubic metre", "/cubic meter"}

// IsMass reports whether m is a mass ("ug", "mg", "kg", "t"): the
// measures that one of PerCubicMetre's forms after makes a concentration.
func (m Measure) IsMass() bool { return m.Dim == unit.MassDim }
