package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// Round P's four new users (s22p-air, -alcohol, -dental, -volunteer)
// wrote hand catalogs of air quality, alcohol deaths, dental services and
// volunteering. Their sentences, cut to the clause each figure needs, are
// the documents of these tests.

// airDoc is from Defra's "Air quality indicator for sustainable
// development 2008 provisional results" (s22p-air): concentrations in
// "µg m-3" (the micro sign, U+00B5) and the British "microgrammes".
const airDoc = "Urban background particulate levels averaged 20 microgrammes per cubic metre (µg m-3) in 2008, compared to 22 µg m-3 in 2007. Ozone averaged 61 µg/m3 in 2008 and 58 μg m⁻³ in 2007. Nitrogen dioxide was 21 ppb.\n"

// TestConcentrationUnit checks that every way releases write a
// concentration is one unit, ug per cubic metre, in stated and in unit:
// alike; that "mg/m3" is milligrams per cubic metre; and that a quote
// whose unit goes on past stated ("22 µg" of "22 µg m-3") is refused
// with the stated that keeps it.
func TestConcentrationUnit(t *testing.T) {
	for _, tc := range []struct{ stated, unit string }{
		{"22 µg m-3", "ug per cubic metre"},
		{"22 μg m-3", "ug per cubic metre"}, // Greek mu U+03BC
		{"22 µg/m3", "ug per cubic metre"},
		{"22 µg m⁻³", "ug per cubic metre"},
		{"22 ug/m3", "ug per cubic metre"},
		{"22 µg per m3", "ug per cubic metre"},
		{"20 microgrammes per cubic metre", "ug per cubic metre"},
		{"20 micrograms per cubic metre", "ug per cubic metre"},
		{"0.5 mg/m3", "mg per cubic metre"},
		{"6 ng m-3", "ng per cubic metre"},
		{"21 ppb", "ppb"},
		{"22 µg", "ug"},
	} {
		_, u, err := indicators.ParseStated(tc.stated)
		if err != nil || u.String() != tc.unit {
			t.Errorf("ParseStated(%q) unit = %q, %v; want %q", tc.stated, u.String(), err, tc.unit)
		}
	}
	for _, in := range []string{"microgram per cubic metre", "ug per m3", "ug/m3", "µg m-3", "μg/m³", "ug per cubic metre", "microgrammes per cubic metre"} {
		u, err := indicators.ParseUnit(in)
		if err != nil || u.String() != "ug per cubic metre" {
			t.Errorf("ParseUnit(%q) = %q, %v; want %q", in, u.String(), err, "ug per cubic metre")
		}
	}
	if _, err := indicators.ParseUnit("pg m-3"); err == nil || !contains(err.Error(), "a concentration is a mass per cubic metre: write unit: ug per cubic metre") {
		t.Errorf("ParseUnit(%q) error = %v, want one naming a concentration and the unit to write", "pg m-3", err)
	}
	const gb = "entities: [GB]\nstatus: fact\nmeasure: level\n"
	checkAdvice(t, []adviceCase{
		{"air: µg m-3 as stated", airDoc, gb + "period: 2007\nstated: 22 µg m-3", "compared to 22 µg m-3 in 2007", "", ""},
		{"air: the figure with its unit", airDoc, gb + "period: 2007\nstated: \"22\"\nunit: microgram per cubic metre", "compared to 22 µg m-3 in 2007", "", ""},
		{"air: unit written as the document does", airDoc, gb + "period: 2007\nstated: \"22\"\nunit: µg m-3", "compared to 22 µg m-3 in 2007", "", ""},
		{"air: microgrammes with the unit", airDoc, gb + "period: 2008\nstated: 20 microgrammes per cubic metre\nunit: microgram per cubic metre", "averaged 20 microgrammes per cubic metre", "", ""},
		{"air: µg/m3", airDoc, gb + "period: 2008\nstated: 61 µg/m3\nunit: ug per cubic metre", "Ozone averaged 61 µg/m3", "", ""},
		{"air: Greek mu and superscript", airDoc, gb + "period: 2007\nstated: 58 μg m⁻³", "58 μg m⁻³ in 2007", "", ""},
		{"air: a mass where the quote gives a concentration", airDoc, gb + "period: 2007\nstated: 22 µg", "compared to 22 µg m-3 in 2007",
			`the quote's unit goes on past stated "22 µg": it writes "22 µg m-3", in ug per cubic metre, not ug: write stated: "22 µg m-3"`, "stated: 22 µg => stated: 22 µg m-3"},
		{"air: an unknown mass per cubic metre", "Levels averaged 3 pg m-3 in 2008.\n", gb + "period: 2008\nstated: 3 pg m-3", "averaged 3 pg m-3 in 2008",
			`"pg m-3" is a concentration, a mass per cubic metre: write stated: "3" and unit: ug per cubic metre`, ""},
	})
}

// dentalDoc is from the Welsh Government's "NHS dental services" of 21
// August 2014 (s22p-dental): units named by their of-complement
// ("courses of treatment", "Units of Dental Activity") and the
// release's abbreviation "CoTs".
const dentalDoc = "There were 2.4 million individual NHS dental courses of treatment, equating to 1.5 million CoTs for adults. Dentists delivered just under 5.1 million Units of Dental Activity and 203,439 units of orthodontic activity.\n"

// TestOfKindUnit checks that a unit whose head counts nothing until its
// of-complement names the kind ("courses of treatment", "Units of Dental
// Activity") is the whole phrase, with its plural on the head; and that
// an abbreviation in mixed case ("CoTs") is never read as a dictionary
// word ("cot"): the advice is the figure alone with the spelled-out unit,
// which verifies.
func TestOfKindUnit(t *testing.T) {
	for _, tc := range []struct{ stated, unit string }{
		{"2.4 million individual NHS dental courses of treatment", "course of treatment"},
		{"just under 5.1 million Units of Dental Activity", "unit of dental activity"},
		{"203,439 units of orthodontic activity", "unit of orthodontic activity"},
		{"1 course of treatment", "course of treatment"},
		{"12 cases of measles", "case"}, // a case is a thing counted: the complement says of what
	} {
		_, u, err := indicators.ParseStated(tc.stated)
		if err != nil || u.String() != tc.unit {
			t.Errorf("ParseStated(%q) unit = %q, %v; want %q", tc.stated, u.String(), err, tc.unit)
		}
	}
	for _, tc := range []struct{ singular, plural string }{
		{"course of treatment", "courses of treatment"},
		{"unit of dental activity", "units of dental activity"},
		{"episode of care", "episodes of care"},
		{"country", "countries"},
	} {
		if got := indicators.Plural(tc.singular); got != tc.plural {
			t.Errorf("Plural(%q) = %q, want %q", tc.singular, got, tc.plural)
		}
		if got := indicators.Singular(tc.plural); got != tc.singular {
			t.Errorf("Singular(%q) = %q, want %q", tc.plural, got, tc.singular)
		}
	}
	const wls = "entities: [GB-WLS]\nstatus: fact\nmeasure: flow\nperiod: 2013-14\n"
	checkAdvice(t, []adviceCase{
		{"dental: courses of treatment with its unit", dentalDoc, wls + "stated: 2.4 million individual NHS dental courses of treatment\nunit: course of treatment",
			"2.4 million individual NHS dental courses of treatment", "", ""},
		{"dental: courses of treatment without", dentalDoc, wls + "stated: 2.4 million individual NHS dental courses of treatment",
			"2.4 million individual NHS dental courses of treatment", "", ""},
		{"dental: units of dental activity", dentalDoc, wls + "stated: just under 5.1 million units of dental activity\nunit: unit of dental activity",
			"just under 5.1 million Units of Dental Activity", "", ""},
		{"dental: Units of Dental Activity at the quote's start", dentalDoc, wls + "stated: just under 5.1 million Units of Dental Activity",
			"just under 5.1 million Units of Dental Activity",
			`write stated: "just under 5.1 million units of dental activity"`,
			"Units of Dental Activity => units of dental activity"},
		{"dental: the head alone in stated with the whole unit", dentalDoc, wls + "stated: 203,439 units\nunit: unit of orthodontic activity",
			"203,439 units of orthodontic activity", "", ""},
		{"dental: the head alone as the unit", dentalDoc, wls + "stated: 203,439 units", "203,439 units of orthodontic activity",
			`unit "unit" is the head of "units of orthodontic activity", which the quote writes after "203,439 units": the of-complement names the kind of thing counted and is part of the unit: write unit: unit of orthodontic activity`,
			"stated: 203,439 units => stated: 203,439 units\nunit: unit of orthodontic activity"},
		{"dental: a whole unit the quote does not name", dentalDoc, wls + "stated: 203,439 units\nunit: unit of dental activity", "203,439 units of orthodontic activity",
			`unit "unit of dental activity" disagrees with stated "203,439 units"`, ""},
		{"dental: CoTs with the spelled-out unit", dentalDoc, wls + "stated: 1.5 million CoTs\nunit: course of treatment", "equating to 1.5 million CoTs",
			`stated "1.5 million CoTs" counts "CoTs", an abbreviation, which would read as the word "cot": write stated: "1.5 million", the figure alone, to keep unit: course of treatment`,
			"stated: 1.5 million CoTs => stated: 1.5 million"},
		{"dental: CoTs with unit cot", dentalDoc, wls + "stated: 1.5 million CoTs\nunit: cot", "equating to 1.5 million CoTs",
			`write stated: "1.5 million", the figure alone, and unit: the words "CoTs" stands for`,
			"stated: 1.5 million CoTs => stated: 1.5 million | unit: cot => unit: course of treatment"},
		{"dental: CoTs alone", dentalDoc, wls + "stated: 1.5 million CoTs", "equating to 1.5 million CoTs",
			`write stated: "1.5 million", the figure alone, and unit: the words "CoTs" stands for`,
			"stated: 1.5 million CoTs => stated: 1.5 million\nunit: course of treatment"},
	})
}

// TestUnitPlural checks the one plural of a unit's noun the outputs and
// the drafter read: on the head of an of-kind unit, and a noun already
// plural kept.
func TestUnitPlural(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"course of treatment", "courses of treatment"},
		{"unit of dental activity", "units of dental activity"},
		{"thousand trips", "thousand trips"},
		{"country", "countries"},
		{"person", "people"},
	} {
		if got := indicators.UnitPlural(tc.in); got != tc.want {
			t.Errorf("UnitPlural(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
