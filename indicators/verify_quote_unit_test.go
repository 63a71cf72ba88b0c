package indicators_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// Round O's four new users (s21o-obesity, -traffic, -suicide,
// -apprentice) wrote hand catalogs of child measurement, road traffic,
// suicide rates and apprenticeships. Their sentences, cut to the clause
// each figure needs, are the documents of these tests.

// trafficDoc is from Scottish Transport Statistics No 32, chapter 5
// (s21o-traffic): vehicle kilometres written "vehicle kms" and
// "vehicle-kms", and a figure its status calls "estimated".
const trafficDoc = "43.5 billion vehicle kms were driven in 2012. The total volume of traffic on major roads was estimated to be 28.9 billion vehicle-kms. This was less than the estimated 9.7 billion vehicle kms on trunk A roads. The route is 120 kms long.\n"

// TestAbbreviationPluralUnit checks that a unit written as an
// abbreviation's plural ("kms") is the unit it abbreviates, and that the
// hyphenated and spaced forms of a compound unit ("vehicle-kms", "vehicle
// kms") are one unit, vehicle km: the traffic user was refused "43.5
// billion vehicle kms" five times as "another unit", and "28.9 billion
// vehicle-kms" was a unit apart.
func TestAbbreviationPluralUnit(t *testing.T) {
	for _, tc := range []struct{ stated, unit string }{
		{"43.5 billion vehicle kms", "vehicle km"},
		{"28.9 billion vehicle-kms", "vehicle km"},
		{"1 vehicle-km", "vehicle km"},
		{"120 kms", "km"},
		{"15.73 billion net tonne kilometres", "net tonne kilometre"},
	} {
		_, u, err := indicators.ParseStated(tc.stated)
		if err != nil || u.String() != tc.unit {
			t.Errorf("ParseStated(%q) unit = %q, %v; want %q", tc.stated, u.String(), err, tc.unit)
		}
	}
	for _, tc := range []struct{ in, want string }{{"vehicle-km", "vehicle km"}, {"vehicle km", "vehicle km"}, {"passenger-kilometre", "passenger kilometre"}, {"full-time", "full-time"}} {
		u, err := indicators.ParseUnit(tc.in)
		if err != nil || u.String() != tc.want {
			t.Errorf("ParseUnit(%q) = %q, %v; want %q", tc.in, u.String(), err, tc.want)
		}
	}
	const tr = "entities: [GB-SCT]\nstatus: estimate\nmeasure: flow\nperiod: 2012\n"
	checkAdvice(t, []adviceCase{
		{"traffic: vehicle kms as stated", trafficDoc, tr + "stated: 43.5 billion vehicle kms", "43.5 billion vehicle kms were driven", "", ""},
		{"traffic: vehicle kms with its unit", trafficDoc, tr + "stated: 43.5 billion vehicle kms\nunit: vehicle km", "43.5 billion vehicle kms were driven", "", ""},
		{"traffic: vehicle-kms with the spaced unit", trafficDoc, tr + "stated: 28.9 billion vehicle-kms\nunit: vehicle km", "28.9 billion vehicle-kms", "", ""},
		{"traffic: vehicle-kms with the hyphenated unit", trafficDoc, tr + "stated: 28.9 billion vehicle-kms\nunit: vehicle-km", "28.9 billion vehicle-kms", "", ""},
		{"traffic: kms", trafficDoc, "entities: [GB-SCT]\nstatus: fact\nmeasure: level\nperiod: 2012\nstated: 120 kms\nunit: km", "The route is 120 kms long", "", ""},
	})
}

// TestEstimatedIsStatus checks that "estimated" before a figure is read
// as its status, not as a hedge of its value: "the estimated 9.7 billion"
// verifies as stated: 9.7 billion with status: estimate (the traffic user
// was told to write stated: "estimated 9.7 billion", which hedged the
// figure in every label), and a figure of another status is told to write
// status: estimate. A stated that keeps the word still reads it as about.
func TestEstimatedIsStatus(t *testing.T) {
	const tr = "entities: [GB-SCT]\nmeasure: flow\nperiod: 2012\n"
	checkAdvice(t, []adviceCase{
		{"traffic: an estimate", trafficDoc, tr + "status: estimate\nstated: 9.7 billion vehicle kms", "the estimated 9.7 billion vehicle kms", "", ""},
		{"traffic: a fact", trafficDoc, tr + "status: fact\nstated: 9.7 billion vehicle kms", "the estimated 9.7 billion vehicle kms",
			`the quote says "estimated" before "9.7 billion vehicle kms", the figure's status, not a bound on its value: write status: estimate (and keep stated: "9.7 billion vehicle kms")`,
			"status: fact => status: estimate"},
		{"traffic: the word kept in stated", trafficDoc, tr + "status: fact\nstated: estimated 9.7 billion vehicle kms", "the estimated 9.7 billion vehicle kms", "", ""},
		{"traffic: estimated to be", trafficDoc, tr + "status: estimate\nstated: 28.9 billion vehicle-kms", "was estimated to be 28.9 billion vehicle-kms", "", ""},
	})
}

// obesityDoc is from NHS Digital's National Child Measurement Programme
// release for 2016/17 (s21o-obesity): footnote numbers glued to a word
// and a year ("deprived6", "2015/163"), and a place written with
// hyphens.
const obesityDoc = `The prevalence of obesity has risen for the second successive year from 9.3 per cent in 2015-16 to 9.6 per cent in 2016-17 for children in reception.2

Obesity prevalence was more than twice as high among children in year 6 (20.0 per cent, similar to 2015/163) than in reception age children.

This ranged from Kingston-upon-Thames at 4.8 per cent, to 13.5 per cent in Wolverhampton for reception year.

  • obesity prevalence for children living in the most deprived6 areas was more than double that of those living in the least deprived areas.
`

// TestNearestQuote checks that a quote the text does not hold but for a
// few characters is told where the text differs and the quote to write,
// and that writing it verifies: the obesity user typed quotes without the
// glued footnote numbers and with "Kingston upon Thames", and was told
// only "copy it verbatim from the text". A quote far from every passage
// keeps that message.
func TestNearestQuote(t *testing.T) {
	const eng = "entities: [GB-ENG]\nstatus: fact\nperiod: 2016/17\n"
	const scotland = "Traffic on Scotland\u02bcs roads rose by 0.4%.\n"
	tests := []struct {
		name, doc, fields, quote string
		want                     string // part of the one message
	}{
		{"obesity: a footnote glued to a word", obesityDoc, eng + "measure: level\nstated: more than double",
			"obesity prevalence for children living in the most deprived areas was more than double",
			`the text has "deprived6" where the quote has "deprived" (a footnote number glued to the word: a quote keeps it): write quote: "obesity prevalence for children living in the most deprived6 areas was more than double"`},
		{"obesity: a footnote glued to a year", obesityDoc, eng + "measure: share\nstated: 20.0 per cent",
			"(20.0 per cent, similar to 2015/16)",
			`the text has "2015/163)" where the quote has "2015/16)" (a footnote number glued to the word: a quote keeps it): write quote: "(20.0 per cent, similar to 2015/163)"`},
		{"obesity: hyphens typed as spaces", obesityDoc, "entities: [GB-KTT]\nstatus: fact\nperiod: 2016/17\nmeasure: share\nstated: 4.8 per cent",
			"This ranged from Kingston upon Thames at 4.8 per cent",
			`the text has "Kingston-upon-Thames" where the quote has "Kingston upon Thames": write quote: "This ranged from Kingston-upon-Thames at 4.8 per cent"`},
		{"traffic: an apostrophe of another kind", scotland, "entities: [GB-SCT]\nstatus: estimate\nperiod: 2012\nmeasure: change\ndirection: up\nstated: 0.4%",
			"Traffic on Scotland's roads rose by 0.4%",
			"the text has \"Scotland\u02bcs\" where the quote has \"Scotland's\": write quote: \"Traffic on Scotland\u02bcs roads rose by 0.4%\""},
		{"obesity: too far to guess", obesityDoc, eng + "measure: share\nstated: 4.8 per cent",
			"The lowest was 4.8 per cent in Kingston",
			`is not in source "doc": copy it verbatim from the text`},
	}
	for _, tc := range tests {
		got := runMessages(t, tc.doc, catalogItem("x", tc.fields, "", tc.quote), "")
		if len(got) != 1 || !strings.Contains(got[0], tc.want) {
			t.Errorf("%s: messages %q, want one holding %q", tc.name, got, tc.want)
			continue
		}
		_, q, ok := strings.Cut(got[0], "write quote: ")
		if !ok {
			continue
		}
		fixed, err := strconv.Unquote(q)
		if err != nil {
			t.Errorf("%s: write quote: %s is not one quoted string: %v", tc.name, q, err)
			continue
		}
		if got := runMessages(t, tc.doc, catalogItem("x", tc.fields, "", fixed), ""); len(got) != 0 {
			t.Errorf("%s: after the advice (quote: %q), messages %q, want none", tc.name, fixed, got)
		}
	}
}

// TestPeriodFootnoteStated checks that a stated "figure" that is a year
// with a footnote number glued to it ("2015/163", which the obesity user
// showed a first-time user might take for a figure) is told so, not
// "unknown unit \"/163\"", and that the figure it offers verifies.
func TestPeriodFootnoteStated(t *testing.T) {
	checkAdvice(t, []adviceCase{
		{"obesity: 2015/163", obesityDoc, "entities: [GB-ENG]\nstatus: fact\nmeasure: share\nperiod: 2016/17\nstated: 2015/163",
			"(20.0 per cent, similar to 2015/163)",
			`cannot read figure "2015/163": "2015/163" is the year 2015/16 with a footnote number (3) glued to it, not a figure: write stated: "20.0 per cent", the figure the quote gives, and period: 2015/16 if the figure is of that year`,
			"stated: 2015/163 => stated: 20.0 per cent"},
	})
}

// suicideDoc is from ONS, Suicides in the UK: 2014 registrations
// (s21o-suicide): rates "per 100,000 population", "per 100,000" after a
// noun, and one with no noun at all ("7.8 per 100,000").
const suicideDoc = `  • The highest suicide rate in the UK in 2014 was among men aged 45 to 59, at 23.9 deaths per 100,000, slightly lower than the record high seen in 2013.

  • The highest suicide rate in England was in the North East at 13.2 deaths per 100,000 population; London had the lowest at 7.8 per 100,000
`

// TestOneRateBase checks the suicide user's rates: a bare rate beside
// rates of deaths is told a unit and a quote that verify then accepts
// (it was told unit: death per 100,000, then refused for a quote that
// names no deaths, and offered unit: per 100,000), in one message, not a
// second on the ratio that divides it; a unit "per 100,000
// population" on a stated "per 100,000" is one base worded two ways, not
// "change one of them"; and a ratio of rates "per 100,000" and "per
// 100,000 population" is a ratio of one unit.
func TestOneRateBase(t *testing.T) {
	const sentence = "The highest suicide rate in England was in the North East at 13.2 deaths per 100,000 population; London had the lowest at 7.8 per 100,000"
	const head = "status: fact\nmeasure: level\nperiod: 2014\n"
	items := func(london, quote string) string {
		return catalogItem("men", "entities: [GB]\nstatus: fact\nmeasure: level\nperiod: 2014\nstated: 23.9 deaths per 100,000", "", "at 23.9 deaths per 100,000") +
			catalogItem("northeast", head+"entities: [E12000001]\nstated: 13.2 deaths per 100,000 population", "", "North East at 13.2 deaths per 100,000 population") +
			catalogItem("london", head+"entities: [E12000007]\n"+london, "", quote) +
			"derived:\n  - id: ne-over-london\n    title: North East over London\n    formula: ratio\n    inputs: [northeast, london]\n"
	}
	tests := []struct {
		name, london, quote string
		want                []string // parts of each message, in order
	}{
		{"a bare rate", "stated: 7.8 per 100,000", "London had the lowest at 7.8 per 100,000",
			[]string{`write unit: death per 100,000, and quote the sentence that names deaths: write quote: "` + sentence + `"`}},
		{"the advice followed", "stated: 7.8 per 100,000\nunit: death per 100,000", sentence, nil},
		{"the population's unit, the short quote", "stated: 7.8 per 100,000\nunit: death per 100,000 population", "London had the lowest at 7.8 per 100,000",
			[]string{`unit "death per 100,000 population" gives the rate "7.8 per 100,000" a counted noun, but no quote names deaths; its sentence does: write quote: "` + sentence + `"`}},
		{"the population's unit, the sentence", "stated: 7.8 per 100,000\nunit: death per 100,000 population", sentence, nil},
	}
	for _, tc := range tests {
		got := runMessages(t, suicideDoc, items(tc.london, tc.quote), "")
		if len(got) != len(tc.want) {
			t.Errorf("%s: messages %q, want %d holding %q", tc.name, got, len(tc.want), tc.want)
			continue
		}
		for i, w := range tc.want {
			if !strings.Contains(got[i], w) {
				t.Errorf("%s: message %d = %q, want one holding %q", tc.name, i, got[i], w)
			}
		}
	}
	for _, tc := range []struct {
		a, b string
		want bool
	}{{"100,000", "100,000 population", true}, {"100,000 people", "100000", true}, {"1,000", "1,000 live births", false}, {"thousand", "1,000 population", true}, {"100,000", "10,000 population", false}} {
		if got := indicators.SamePer(tc.a, tc.b); got != tc.want {
			t.Errorf("samePer(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{{"100,000 population", "100,000"}, {"1,000 people", "1,000"}, {"1,000 live births", "1,000 live births"}, {"day", "day"}, {"capita population", "capita population"}} {
		if got := indicators.BareRateBase(tc.in); got != tc.want {
			t.Errorf("BareRateBase(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// apprenticeDoc is from NCVER's media release of 5 March 2019
// (s21o-apprentice): thousands grouped with a space, nouns counted in
// pairs ("cancellations and withdrawals"), a quarter's flows.
const apprenticeDoc = "There were 34 290 commencements in the September 2018 quarter, down 5.0% compared with the September quarter in 2017.\n\nCancellations and withdrawals increased to 23 725 in the September 2018 quarter, up 2.4% when compared with the September 2017 quarter. The biggest attrition was seen in trade occupations, where cancellations and withdrawals increased by 9.4% to 13 705.\n"

// TestSilentPassesAdvised checks the catalogs round O's users showed verify
// passed silently: each now has one message saying what to write, and
// writing it verifies with none. Swapped years of a from–to clause, a
// unit that drops half a coordinated noun, a bare figure whose nouns are
// the subject of its verb, a count of a quarter's events, "more than
// twice" held as a share, and its unit: percent (told only "change one of
// them").
func TestSilentPassesAdvised(t *testing.T) {
	const eng = "entities: [GB-ENG]\nstatus: fact\n"
	const au = "entities: [AU]\nstatus: estimate\nperiod: 2018-Q3\n"
	const fromTo = "from 9.3 per cent in 2015-16 to 9.6 per cent in 2016-17"
	checkAdvice(t, []adviceCase{
		{"obesity: the from figure given the to year", obesityDoc, eng + "measure: share\nstated: 9.3 per cent\nperiod: 2016/17", fromTo,
			`the quote pairs 9.3 with 2015-16 and 9.6 with 2016-17 ("from 9.3 per cent in 2015-16 to 9.6 per cent in 2016-17"): "9.3 per cent" is of 2015-16: write period: 2015/16`,
			"period: 2016/17 => period: 2015/16"},
		{"obesity: the to figure given the from year", obesityDoc, eng + "measure: share\nstated: 9.6 per cent\nperiod: 2015/16", fromTo,
			`"9.6 per cent" is of 2016-17: write period: 2016/17`, "period: 2015/16 => period: 2016/17"},
		{"spending: money, each end its year", "Spending rose from £1.2 billion in 2019/20 to £1.5 billion in 2020/21.\n", "entities: [GB]\nstatus: fact\nmeasure: flow\nstated: £1.5 billion\nperiod: 2019/20",
			"Spending rose from £1.2 billion in 2019/20 to £1.5 billion in 2020/21", `"£1.5 billion" is of 2020/21: write period: 2020/21`, "period: 2019/20 => period: 2020/21"},
		{"obesity: each figure with its own year", obesityDoc, eng + "measure: share\nstated: 9.6 per cent\nperiod: 2016-17", fromTo, "", ""},
		{"apprentice: half a coordinated unit", apprenticeDoc, au + "measure: flow\nstated: 23 725\nunit: cancellation", "Cancellations and withdrawals increased to 23 725",
			`unit "cancellation" counts only the cancellations of "cancellations and withdrawals", which the quote counts together (every output would say "23 725 cancellations"): write unit: cancellation and withdrawal`,
			"unit: cancellation => unit: cancellation and withdrawal"},
		{"apprentice: one noun for both", apprenticeDoc, au + "measure: flow\nstated: 23 725\nunit: attrition", "Cancellations and withdrawals increased to 23 725", "", ""},
		{"apprentice: a bare figure, its nouns the verb's subject", apprenticeDoc, au + "measure: flow\nstated: \"13 705\"", "where cancellations and withdrawals increased by 9.4% to 13 705",
			`notice: "13 705" has no unit, but its quote counts "cancellations and withdrawals": write unit: cancellation and withdrawal`,
			"stated: \"13 705\" => stated: \"13 705\"\nunit: cancellation and withdrawal"},
		{"apprentice: a count of a quarter's events", apprenticeDoc, au + "measure: count\nstated: 34 290 commencements", "There were 34 290 commencements in the September 2018 quarter",
			`notice: measure count is a number of kinds, places or members, but "34 290 commencements" counts events over period 2018-Q3 (the quote's "quarter"): events over a period are a flow: write measure: flow`,
			"measure: count => measure: flow"},
		{"obesity: more than twice as a share", obesityDoc, eng + "period: 2016/17\nmeasure: share\nstated: more than twice", "Obesity prevalence was more than twice as high",
			`"more than twice" is in times, a ratio of two figures, which is no share of a whole: write measure: level`,
			"measure: share => measure: level"},
		{"obesity: more than twice in percent", obesityDoc, eng + "period: 2016/17\nmeasure: level\nunit: percent\nstated: more than twice", "Obesity prevalence was more than twice as high",
			`unit "percent" disagrees with stated "more than twice", which reads as "times": write unit: times, as the stated words read, or leave unit out`,
			"unit: percent => unit: times"},
	})
}
