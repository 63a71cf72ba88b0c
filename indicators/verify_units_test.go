package indicators_test

import (
	"fmt"
	"strings"
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
			`stated "1.5 million CoTs" counts "CoTs", an abbreviation (unit CoT), not "course of treatment": write stated: "1.5 million", the figure alone, to keep unit: course of treatment`,
			"stated: 1.5 million CoTs => stated: 1.5 million"},
		{"dental: CoTs with unit cot", dentalDoc, wls + "stated: 1.5 million CoTs\nunit: cot", "equating to 1.5 million CoTs",
			`unit "cot" reads the abbreviation "CoTs" as the word "cot": an abbreviation keeps its own letters and case (stated "1.5 million CoTs" counts "CoT"): leave unit out, or write stated: "1.5 million", the figure alone, and unit: the words "CoTs" stands for`,
			"unit: cot => unit: CoT"},
		{"dental: CoTs alone", dentalDoc, wls + "stated: 1.5 million CoTs", "equating to 1.5 million CoTs", "", ""},
		{"dental: CoTs with its own unit", dentalDoc, wls + "stated: 1.5 million CoTs\nunit: CoT", "equating to 1.5 million CoTs", "", ""},
		{"dental: the figure alone with unit CoT", dentalDoc, wls + "stated: 1.5 million\nunit: CoT", "equating to 1.5 million CoTs", "", ""},
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

// alcoholDoc is from ONS's "Alcohol-specific deaths in the UK:
// registered in 2018" (s22p-alcohol): a record high and one rate base
// worded two ways.
const alcoholDoc = "There were 7,551 deaths from alcohol-specific causes registered in the UK in 2018, equivalent to 11.9 deaths per 100,000 people. That was 146 fewer deaths (a 2% decrease) than the record high of 7,697 deaths in 2017. In 2015 the rate was 11.3 deaths per 100,000 population.\n"

// TestRecordPlace checks that a record high or low is a first place,
// the highest or lowest of its series: "the record high of 7,697 deaths
// in 2017" had no form at all (s22p-alcohol), and stated: highest
// against it was told the quote's numbers disagree; it is now told the
// quote's own rank word.
func TestRecordPlace(t *testing.T) {
	for _, s := range []string{"record high", "record low", "all-time high"} {
		q, u, err := indicators.ParseStated(s)
		if err != nil || u.Kind != indicators.Rank || q.Value.String() != "1" {
			t.Errorf("ParseStated(%q) = %v, %v, %v; want the first place", s, q, u, err)
		}
	}
	const gb = "entities: [GB]\nstatus: fact\nmeasure: rank\nperiod: 2017\n"
	checkAdvice(t, []adviceCase{
		{"alcohol: a record high", alcoholDoc, gb + "stated: record high", "than the record high of 7,697 deaths in 2017", "", ""},
		{"alcohol: highest against a record high", alcoholDoc, gb + "stated: highest", "than the record high of 7,697 deaths in 2017",
			`the quote does not state "highest": the quote states the first place as "record high", a record, the highest or lowest of its series: write stated: "record high"`,
			"stated: highest => stated: record high"},
	})
}

// TestOneRateBaseInSeries checks that one rate base worded two ways
// ("per 100,000 people", "per 100,000 population") is one unit in a
// series, as in bars and derived figures (README: one base), and that
// OneRateWording (which build calls) gives both points one wording.
func TestOneRateBaseInSeries(t *testing.T) {
	const gb = "entities: [GB]\nstatus: fact\nmeasure: level\nseries: uk-rate\n"
	items := catalogItem("uk-rate-2018", gb+"period: 2018\nstated: 11.9 deaths per 100,000 people", "", "equivalent to 11.9 deaths per 100,000 people") +
		catalogItem("uk-rate-2015", gb+"period: 2015\nstated: 11.3 deaths per 100,000 population", "", "the rate was 11.3 deaths per 100,000 population")
	y := "sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: " + sha(alcoholDoc) + "\nseries:\n  - id: uk-rate\n    title: Alcohol-specific death rate, UK\n    measure: level\nindicators:\n" + items
	c, notices, err := indicators.ParseWithNotices("c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(alcoholDoc), nil })
	if err != nil || len(notices) != 0 {
		t.Fatalf("ParseWithNotices = %v, notices %v; want none", err, notices)
	}
	c.OneRateWording()
	a, _ := c.Indicator("uk-rate-2018")
	b, _ := c.Indicator("uk-rate-2015")
	if a.Unit != b.Unit {
		t.Errorf("after OneRateWording, units %q and %q, want one wording", a.Unit, b.Unit)
	}
}

// volunteerDoc is from the ABS media release "More than 5 million
// Australians do voluntary work" (9 July 2007, s22p-volunteer).
const volunteerDoc = "Results from the 2006 General Social Survey show that 5.2 million people (34%) of the Australian population aged 18 years and over, participate in voluntary work. They contributed 713 million hours to the community. Almost two-thirds (64%) of partnered mothers volunteered. Around 12% were for between 140 and 299 hours a year. In June 2005, 31% had volunteered.\n"

// TestPeriodNotices checks round P's period notices: "2005-06" (June
// 2005) on a figure whose quote names no June 2005 (a financial year is
// written 2005/06); a rank's title that holds its period; and a view
// title that writes a span with a hyphen where the outputs write an en
// dash. Each advice, applied, verifies with no message.
func TestPeriodNotices(t *testing.T) {
	const au = "entities: [AU]\nstatus: estimate\nmeasure: share\n"
	checkAdvice(t, []adviceCase{
		{"volunteer: 2005-06 for a 2006 survey", volunteerDoc, au + "stated: 34%\nperiod: 2005-06", "5.2 million people (34%) of the Australian population",
			`period "2005-06" reads as June 2005, but no quote names June 2005: a year across two is written 2005/06`, "period: 2005-06 => period: 2006"},
		{"volunteer: June 2005 named", volunteerDoc, au + "stated: 31%\nperiod: 2005-06", "In June 2005, 31% had volunteered", "", ""},
		{"volunteer: the year across two", volunteerDoc, au + "stated: 34%\nperiod: 2005/06", "5.2 million people (34%) of the Australian population", "", ""},
	})
	for _, tc := range []struct {
		title, period, said, rest string
	}{
		{"Rank of 2018 alcohol-specific deaths among years since 2001, UK", "2018", "2018", "Rank of alcohol-specific deaths among years since 2001, UK"},
		{"Rank of 2012 among the warmest years since 1895", "2012", "2012", "Rank among the warmest years since 1895"},
		{"Bathing waters classified for 2024", "2024", "2024", "Bathing waters classified"},
		{"Rank among years since 2001", "2001", "", ""},
	} {
		p, err := indicators.ParsePeriod(tc.period)
		if err != nil {
			t.Fatal(err)
		}
		if said, rest := indicators.TitlePeriod(tc.title, p); said != tc.said || rest != tc.rest {
			t.Errorf("titlePeriod(%q, %s) = %q, %q; want %q, %q", tc.title, tc.period, said, rest, tc.said, tc.rest)
		}
	}
	items := "  - id: x\n    title: Rank of 2017 alcohol-specific deaths among years since 2001\n    " +
		"entities: [GB]\n    status: fact\n    measure: rank\n    period: 2017\n    stated: record high\n    provenance:\n      - source: doc\n        quote: \"than the record high of 7,697 deaths in 2017\"\n"
	got := runMessages(t, alcoholDoc, items, "")
	want := `title "Rank of 2017 alcohol-specific deaths among years since 2001" holds its period, "2017", which the outputs add from period: leave it out of the title: write title: "Rank of alcohol-specific deaths among years since 2001"`
	if len(got) != 1 || !contains(got[0], want) {
		t.Errorf("a rank's title with its period: messages %q, want one holding %q", got, want)
	}
	fixed := strings.Replace(items, "Rank of 2017 alcohol-specific", "Rank of alcohol-specific", 1)
	if got := runMessages(t, alcoholDoc, fixed, ""); len(got) != 0 {
		t.Errorf("after the advice, messages %q, want none", got)
	}
}

// TestViewTitleSpans checks that a view title's year spans written with a
// hyphen are each told in one message, as the outputs label them (every
// span of "2011-12 and 2012-13" at once, s25u-ambulance, whose advice
// fixed the first; a year across two as its figures' period writes it,
// the figures' own hyphen no fault), and that the title advised verifies.
func TestViewTitleSpans(t *testing.T) {
	const doc = "In 2012-13 there were 8.01 million calls.\nIn 2013-14 there were 8.45 million calls.\n"
	item := func(id, period, quote string) string {
		return catalogItem(id, "entities: [GB-ENG]\nstatus: fact\nmeasure: flow\nperiod: "+period+"\nstated: 8.01 million calls", "", quote)
	}
	for _, tc := range []struct {
		name, periods, title, want string
	}{
		{"a span of years", "2012/13", "Calls, 2001-2017", "Calls, 2001–2017"},
		{"two years across two, written with a slash", "2012/13", "Calls, 2012-13 and 2013-14", "Calls, 2012/13 and 2013/14"},
		{"a span of years and a year across two", "2012-13", "Calls, 2001-2017 and 2012-13", "Calls, 2001–2017 and 2012-13"},
		// s25v-greenbelt: the figures' own "2012-13" is no fault in a
		// title; the en dash is the outputs' typography.
		{"two years across two, written with a hyphen", "2012-13", "Calls, 2012-13 and 2013-14", ""},
	} {
		items := item("x", tc.periods, "In 2012-13 there were 8.01 million calls")
		view := "  - id: v\n    kind: headline\n    title: " + tc.title + "\n    indicators: [x]\n"
		got := runMessages(t, doc, items, view)
		if tc.want == "" {
			if len(got) != 0 {
				t.Errorf("%s: messages %q, want none", tc.name, got)
			}
			continue
		}
		want := fmt.Sprintf("write title: %q", tc.want)
		if len(got) != 1 || !strings.HasSuffix(got[0], want) {
			t.Errorf("%s: messages %q, want one ending %q", tc.name, got, want)
			continue
		}
		if got := runMessages(t, doc, items, strings.Replace(view, tc.title, tc.want, 1)); len(got) != 0 {
			t.Errorf("%s: after the advice, messages %q, want none", tc.name, got)
		}
	}
}

// TestVolunteerAdvice checks round P's advice that contradicted itself
// or was wrong (s22p-volunteer): each gives one answer, and the answer
// verifies.
func TestVolunteerAdvice(t *testing.T) {
	const au = "entities: [AU]\nstatus: estimate\nperiod: 2006\n"
	checkAdvice(t, []adviceCase{
		{"volunteer: the stated noun is not the quote's", volunteerDoc, au + "measure: stock\nstated: 5.2 million volunteers", "show that 5.2 million people (34%) of the Australian population",
			`the quote counts "people" after "5.2 million", not "volunteers": write stated: "5.2 million people", the quote's words`,
			"stated: 5.2 million volunteers => stated: 5.2 million people"},
		{"volunteer: qualifier around", volunteerDoc, au + "measure: share\nstated: 12%\nqualifier: around", "Around 12% were for between 140 and 299 hours a year",
			`unknown qualifier "around": "around" is a hedge, qualifier approx; a hedge is written in stated, in the quote's words: write stated: "Around 12%" and leave qualifier out`,
			"stated: 12% => stated: Around 12% | qualifier: around => "},
		{"volunteer: almost two-thirds in one round trip", volunteerDoc, au + "measure: share\nstated: almost two-thirds", "Almost two-thirds (64%) of partnered mothers volunteered",
			`the quote gives its percent beside it, "64%": write stated: "64%"`, "stated: almost two-thirds => stated: 64%"},
		{"volunteer: status survey", volunteerDoc, "entities: [AU]\nperiod: 2006\nmeasure: share\nstated: 64%\nstatus: survey", "Almost two-thirds (64%) of partnered mothers volunteered",
			`unknown status "survey": a survey's result, a figure from a sample, is an estimate: write estimate`, "status: survey => status: estimate"},
		{"volunteer: status provisional", volunteerDoc, "entities: [AU]\nperiod: 2006\nmeasure: share\nstated: 64%\nstatus: provisional", "Almost two-thirds (64%) of partnered mothers volunteered",
			`write estimate, and say "provisional" in a note`, "status: provisional => status: estimate\nnotes: [Provisional.]"},
	})
	// A ratio of hours to people: the bare hours figure is told its own
	// noun, hour, never person.
	items := catalogItem("hours", au+"measure: flow\nstated: 713 million", "", "They contributed 713 million hours to the community") +
		catalogItem("volunteers", au+"measure: stock\nstated: 5.2 million people", "", "show that 5.2 million people (34%) of the Australian population") +
		"derived:\n  - id: hours-per-volunteer\n    title: Hours per volunteer\n    formula: ratio\n    inputs: [hours, volunteers]\n"
	got := runMessages(t, volunteerDoc, items, "")
	if !containsMsg(got, `give "hours" the unit of what it counts at its own entry (unit: hour, as its quote counts)`) || containsMsg(got, "unit: person") {
		t.Errorf("a ratio of hours to people: messages %q, want the hours told unit: hour, never unit: person", got)
	}
	fixed := strings.Replace(items, "stated: 713 million", "stated: 713 million\n    unit: hour", 1)
	if got := runMessages(t, volunteerDoc, fixed, ""); len(got) != 0 {
		t.Errorf("after the advice, messages %q, want none", got)
	}
}

// TestMeasureByUnitAndClause checks round P's measure notices: days
// given as an average per site are a level under any other measure
// (s22p-air accepted them under all four), and people under measure:
// count are a stock where the quote says "there were", a flow where it
// counts them over a window (s22p-dental); a clause that says neither
// takes none.
func TestMeasureByUnitAndClause(t *testing.T) {
	const air = "In urban areas, air pollution in 2008 was recorded as moderate or higher on 27 days on average per site, compared with 24 days in 2007.\n"
	const dental = "There were 1,438 dentists with NHS activity recorded. 1.7 million patients were recorded as having been treated in the 24 months before 31 March 2014. Dentists trained 300 nurses.\n"
	const gb = "entities: [GB]\nstatus: fact\nperiod: 2008\nunit: day\n"
	const wls = "entities: [GB-WLS]\nstatus: fact\n"
	checkAdvice(t, []adviceCase{
		{"air: days on average per site under flow", air, gb + "measure: flow\nstated: 27 days", "on 27 days on average per site",
			`its sentence gives "27 days" "on average", an average per site or per thing: an average is a level: write measure: level`, "measure: flow => measure: level"},
		{"air: the earlier year's figure of the sentence", air, "entities: [GB]\nstatus: fact\nperiod: 2007\nmeasure: stock\nstated: 24 days", "compared with 24 days in 2007",
			`an average is a level: write measure: level`, "measure: stock => measure: level"},
		{"air: a level", air, gb + "measure: level\nstated: 27 days", "on 27 days on average per site", "", ""},
		{"dental: there were 1,438 dentists", dental, wls + "period: 2013-14\nmeasure: count\nstated: 1,438 dentists", "There were 1,438 dentists with NHS activity recorded",
			`measure count is a number of kinds, places or members, but "1,438 dentists" counts people (dentists), and the quote says "there were" of them`, "measure: count => measure: stock"},
		{"dental: patients over 24 months", dental, wls + "period: 2012-04/2014-03\nmeasure: count\nstated: 1.7 million patients", "1.7 million patients were recorded as having been treated in the 24 months before 31 March 2014",
			`people counted over a period as they are served are a flow`, "measure: count => measure: flow"},
		{"dental: a clause that says neither", dental, wls + "period: 2013-14\nmeasure: count\nstated: 300 nurses", "Dentists trained 300 nurses", "", ""},
	})
}

// TestOfKindTitleRepeat checks that a stated figure whose of-kind unit
// the title names ("Units of Dental Activity delivered") is not told to
// write unit: unit, the head alone (s22p-dental: every label would have
// read "just under 5.1 million units").
func TestOfKindTitleRepeat(t *testing.T) {
	items := "  - id: udas\n    title: Units of Dental Activity delivered\n    entities: [GB-WLS]\n    status: fact\n    measure: flow\n    period: 2013-14\n" +
		"    stated: just under 5.1 million Units of Dental Activity\n    provenance:\n      - source: doc\n        quote: \"Dentists delivered just under 5.1 million Units of Dental Activity\"\n"
	if got := runMessages(t, dentalDoc, items, ""); len(got) != 0 {
		t.Errorf("messages %q, want none", got)
	}
}
