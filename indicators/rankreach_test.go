package indicators_test

import "testing"

// seizuresDoc holds sentences of the kinds round Y's users met (a drug
// seizures news story, a well-being bulletin), written anew.
const seizuresDoc = "Fish landings\n\n" +
	"The fleet landed 119 tonnes of fish, in the highest number of landings on record.\n" +
	"Ports handled 217,644 landings, the highest since records began in 1973.\n" +
	"Record amounts of cod were landed through a zero tolerance approach to discards.\n" +
	"Satisfaction fell to its lowest level since we began measuring it.\n" +
	"Catches were the largest ever, and 3,000 boats fished.\n" +
	"Landings fell to the lowest level for 20 years.\n" +
	"Discards were at their lowest level yet.\n" +
	"Prices were the highest in Wales.\n"

// TestAdviceRankReach checks that a first place keeps the reach in time
// its quote gives it ("on record", "since records began": round Y), in
// stated or in the title, that a record in the plural is a first place,
// and that "zero" naming a policy is no number the quote disagrees with.
func TestAdviceRankReach(t *testing.T) {
	const rank = "entities: [GB]\nstatus: fact\nmeasure: rank\nperiod: 2023\n"
	const onRecord = "The fleet landed 119 tonnes of fish, in the highest number of landings on record."
	const since = "Ports handled 217,644 landings, the highest since records began in 1973."
	const record = "Record amounts of cod were landed through a zero tolerance approach to discards."
	checkAdvice(t, []adviceCase{
		{"a superlative without its reach on record", seizuresDoc, rank + "stated: highest", onRecord,
			`the quote gives the place a reach, "on record", which stated "highest" and the title leave out: write stated: "highest number of landings on record"`,
			"stated: highest => stated: highest number of landings on record"},
		{"a superlative without its reach since", seizuresDoc, rank + "stated: highest", since,
			`write stated: "highest since records began in 1973"`, "stated: highest => stated: highest since records began in 1973"},
		{"a reach of words, no year", seizuresDoc, rank + "stated: lowest", "Satisfaction fell to its lowest level since we began measuring it.",
			`write stated: "lowest level since we began measuring it"`, "stated: lowest => stated: lowest level since we began measuring it"},
		{"a reach since ends where the sentence joins another clause", seizuresDoc + "Prices were the lowest since 1990 and landings fell.\n", rank + "stated: lowest", "Prices were the lowest since 1990 and landings fell.",
			`write stated: "lowest since 1990"`, "stated: lowest => stated: lowest since 1990"},
		{"ever is a reach", seizuresDoc, rank + "stated: largest", "Catches were the largest ever, and 3,000 boats fished.",
			`write stated: "largest ever"`, "stated: largest => stated: largest ever"},
		{"the reach apart from the superlative", seizuresDoc, rank + "stated: highest on record", onRecord,
			`it gives the place its reach "on record" with other words between: write stated: "highest number of landings on record"`,
			"stated: highest on record => stated: highest number of landings on record"},
		{"the reach with the superlative", seizuresDoc, rank + "stated: highest since records began in 1973", since, "", ""},
		{"a record in the plural is a first place", seizuresDoc, rank + "stated: Record amounts", record, "", ""},
		{"a bare record is told the plural record", seizuresDoc, rank + "stated: record", record,
			`write stated: "Record amounts" with measure: rank`, "stated: record => stated: Record amounts"},
		{"a span of years back is a reach", seizuresDoc, rank + "stated: lowest", "Landings fell to the lowest level for 20 years.",
			`the quote gives the place a reach, "for 20 years"`, "stated: lowest => stated: lowest level for 20 years"},
		{"yet is a reach", seizuresDoc, rank + "stated: lowest", "Discards were at their lowest level yet.",
			`write stated: "lowest level yet"`, "stated: lowest => stated: lowest level yet"},
		{"a place is no span of time", seizuresDoc, rank + "stated: highest", "Prices were the highest in Wales.", "", ""},
		{"zero tolerance is no number", seizuresDoc, "entities: [GB]\nstatus: fact\nmeasure: flow\nperiod: 2023\nstated: 12 tonnes", record,
			`the numbers in the quote (none) disagree`, ""},
	})
	// The reach in the title is kept there: no notice; "among all" is a
	// reach of "ever" or "on record", no reach of "since".
	among := runMessages(t, seizuresDoc, "  - id: x\n    title: Catches, rank among all years reported\n    entities: [GB]\n    status: fact\n    measure: rank\n    period: 2023\n    stated: largest\n    provenance:\n      - source: doc\n        quote: \"Catches were the largest ever\"\n", "")
	if len(among) != 0 {
		t.Errorf("a reach of ever among all years: messages %q, want none", among)
	}
	// The reach in the title is kept there: no notice.
	title := runMessages(t, seizuresDoc, "  - id: x\n    title: Landings, rank among years on record\n    entities: [GB]\n    status: fact\n    measure: rank\n    period: 2023\n    stated: highest\n    provenance:\n      - source: doc\n        quote: \""+onRecord+"\"\n", "")
	if len(title) != 0 {
		t.Errorf("a reach in the title: messages %q, want none", title)
	}
}
