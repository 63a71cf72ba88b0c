package indicators_test

import (
	"testing"
)

// roundSDoc holds sentences of the kinds round S's five users met (a
// household spending release, a stop and search briefing, a fly-tipping
// notice, a flood defence report, a travel survey), written anew.
const roundSDoc = "Households spent an average of £520 per week in 2015\n\n" +
	"Average weekly household spending rose to £519.70 last year.\n\n" +
	"Spending was highest on transport at £72.30 per week. Over half of it (£38.10) was on running costs.\n\n" +
	"Spending on housing increased to £80.50 in 2015 from £77.20 in 2014.\n\n" +
	"Spending per week on recreation:\n\n• package holidays £12.60\n\n" +
	"Total incidents involving household waste were 737,000 in 2020/21.\n" +
	"In 2020/21, 39,000 or 4% of total incidents were of van load size or larger.\n" +
	"The rate of searches for men was 159.9 per 10,000 of the population, compared to 18.4 for women.\n" +
	"Just under two thirds (65%) of incidents involved household waste, and over two fifths (43%) were on highways.\n" +
	"The programme protected 182,000 households, exceeding the government target by 37,000 homes.\n"

// TestRoundSAdvice checks round S's messages: each says what to write,
// and writing it verifies; what the document writes as it is verifies
// with no message.
func TestRoundSAdvice(t *testing.T) {
	const uk = "entities: [GB]\nstatus: estimate\nperiod: 2015\n"
	const eng = "entities: [GB-ENG]\nstatus: fact\nperiod: 2020/21\n"
	checkAdvice(t, []adviceCase{
		// A rate the quote says.
		{"a rate its quote says", roundSDoc, uk + "measure: level\nstated: £72.30 per week", "Spending was highest on transport at £72.30 per week", "", ""},
		{"a rate its quote says, dropped", roundSDoc, uk + "measure: level\nstated: £72.30", "Spending was highest on transport at £72.30 per week",
			`write stated: "£72.30 per week"`, "stated: £72.30 => stated: £72.30 per week"},
		{"a rate its sentence's neighbour says", roundSDoc, uk + "measure: level\nstated: £38.10\nunit: GBP per week", "Over half of it (£38.10) was on running costs",
			`notice: unit "GBP per week" takes "per week" from the title line`, ""},
		{"a rate its list's lead-in says", roundSDoc, uk + "measure: level\nstated: £12.60\nunit: GBP per week", "package holidays £12.60",
			`notice: unit "GBP per week" takes "per week" from the line leading in its list "Spending per week on recreation:"`, ""},
		{"a rate the title frames", roundSDoc, uk + "measure: level\nstated: £80.50\nunit: GBP per week", "Spending on housing increased to £80.50 in 2015",
			`notice: unit "GBP per week" takes "per week" from the title line "Households spent an average of £520 per week in 2015"`, ""},
		{"a rate nothing frames", roundSDoc, eng + "measure: flow\nstated: \"737,000\"\nunit: incident per month", "Total incidents involving household waste were 737,000 in 2020/21",
			`gives "737,000" a rate per month, but no quote says so`, ""},
		// Bare figures are told the noun their sentence counts.
		{"a bare count after its subject", roundSDoc, eng + "measure: flow\nstated: \"737,000\"", "Total incidents involving household waste were 737,000 in 2020/21",
			`notice: "737,000" has no unit, but its quote counts "incidents": write unit: incident`, "stated: \"737,000\" => stated: \"737,000\"\nunit: incident"},
		{"a bare count before its share", roundSDoc, eng + "measure: flow\nstated: \"39,000\"", "In 2020/21, 39,000 or 4% of total incidents were of van load size or larger",
			`notice: "39,000" has no unit, but its quote counts "incidents": write unit: incident`, "stated: \"39,000\" => stated: \"39,000\"\nunit: incident"},
		{"a bare rate beside its twin", roundSDoc, eng + "measure: level\nstated: \"18.4\"", "compared to 18.4 for women",
			`write unit: search per 10,000 population`, "stated: \"18.4\" => stated: \"18.4\"\nunit: search per 10,000 population"},
		// A rate base in the document's words is told the stated and unit.
		{"a rate base with an article", roundSDoc, eng + "measure: level\nstated: 159.9 per 10,000 of the population",
			"The rate of searches for men was 159.9 per 10,000 of the population",
			`write stated: "159.9" and unit: search per 10,000 population`, "stated: 159.9 per 10,000 of the population => stated: \"159.9\"\nunit: search per 10,000 population"},
		// One figure in words and digits: one rule, the digits.
		{"a proportion in words beside its percent", roundSDoc, eng + "measure: share\nstated: just under two thirds", "Just under two thirds (65%) of incidents involved household waste",
			`write stated: "65%", the document's own figure (the words stay in the quote)`, "stated: just under two thirds => stated: 65%"},
		{"a proportion in words with its percent in stated", roundSDoc, eng + "measure: share\nstated: over two fifths (43%)", "over two fifths (43%) were on highways",
			`write stated: "43%", the document's own figure (the words stay in the quote)`, "stated: over two fifths (43%) => stated: 43%"},
		// A target beaten is a figure against a target, up.
		{"a target exceeded by a margin", roundSDoc, "entities: [GB-ENG]\nstatus: fact\nperiod: not stated\nmeasure: change\nstated: 37,000 homes\ndirection: up\nagainst: target",
			"exceeding the government target by 37,000 homes", "", ""},
	})
}
