package indicators_test

import (
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
