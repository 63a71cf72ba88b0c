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
		got := messagesN(t, tc.doc, item18("x", tc.fields, "", tc.quote), "")
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
		if got := messagesN(t, tc.doc, item18("x", tc.fields, "", fixed), ""); len(got) != 0 {
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
