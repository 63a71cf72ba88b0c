package indicators_test

import (
	"strings"
	"testing"
)

// TestRoundXAdvice: advice round X's users met that did not say what to
// write, each verifying once followed. A bare count whose quote writes a
// bracketed percent before its noun and a span of months before it is
// told the noun ("28.2 million (8.8%) persons", s27x-insurance was told
// "write unit: month"); a heading of a text stored as one line is told to
// leave section out (s27x-insurance, -hatecrime: "a heading is a whole
// line or starts one" and nothing to write); a stock "as at October 2024"
// is told its month (s27x-fuelpov: the list of forms had no month).
func TestRoundXAdvice(t *testing.T) {
	const survey = "What's New? Highlights In the first 9 months of 2016, 28.2 million (8.8%) persons of all ages were uninsured at the time of interview.\n"
	const fuel = "October 2024\n\nAround 340,000 households (25%) in Wales were in fuel poverty.\n"
	const us = "entities: [US]\nstatus: estimate\nmeasure: stock\nperiod: 2016-01/2016-09\nstated: 28.2 million\n"
	const quote = "In the first 9 months of 2016, 28.2 million (8.8%) persons of all ages were uninsured"
	checkAdvice(t, []adviceCase{
		{"a noun past a bracketed percent, not the months", survey, us, quote, `write unit: person`, "stated: 28.2 million => stated: 28.2 million\nunit: person"},
		{"the months alone, no noun", survey, "entities: [US]\nstatus: estimate\nmeasure: stock\nperiod: 2016-01/2016-09\nstated: \"8.8%\"\nunit: percent", "28.2 million (8.8%) persons", "", ""},
		{"a month as at", fuel, "entities: [GB-WLS]\nstatus: estimate\nmeasure: stock\nstated: Around 340,000 households\nperiod: as at October 2024", "Around 340,000 households (25%) in Wales were in fuel poverty",
			"write 2024-10", "period: as at October 2024 => period: 2024-10"},
	})
	fields := us + "unit: person"
	run := func(text string) []string { return runMessages(t, survey, text, "") }
	checkMessagesFix(t, "a heading in a one-line text", run, catalogItem("x", fields, "[Highlights]", quote), "",
		"the text is one line, its headings run into the sentences, so none starts a line: leave section out", "        section: [Highlights]\n => ")
}

// TestEntityHoldsBackNothing: an entity written as a name is told its
// code, and the same run tells the indicator's other faults (s27x-fuelpov:
// "Wales" hid a dropped "Around" until the second run; the README
// promises one run says everything).
func TestEntityHoldsBackNothing(t *testing.T) {
	const doc = "October 2024\n\nAround 340,000 households (25%) in Wales were in fuel poverty.\n"
	tests := []struct {
		name, entities string
		want           []string
	}{
		{"a name for a code", "[Wales]", []string{`did you mean "GB-WLS" (Wales)?`, `write stated: "Around 340,000 households"`}},
		{"a counterpart name", "[GB-WLS]\ncounterpart: Narnia", []string{`unknown entity "Narnia"`, `write stated: "Around 340,000 households"`}},
		{"the code", "[GB-WLS]", []string{`write stated: "Around 340,000 households"`}},
	}
	for _, tc := range tests {
		got := runMessages(t, doc, catalogItem("fp", "entities: "+tc.entities+"\nstatus: estimate\nmeasure: stock\nperiod: 2024-10\nstated: 340,000 households", "", "Around 340,000 households (25%) in Wales were in fuel poverty"), "")
		if len(got) != len(tc.want) {
			t.Errorf("%s: messages %q, want %d", tc.name, got, len(tc.want))
			continue
		}
		for i, w := range tc.want {
			if !strings.Contains(got[i], w) {
				t.Errorf("%s: message %d = %q, want it to hold %q", tc.name, i, got[i], w)
			}
		}
	}
}

// TestFewerIsAChange: a figure its quote counts "fewer" than another is
// told it is a change with or without a base (s27x-hatecrime: a flow
// "188 fewer racist incidents" with no base passed with nothing said);
// "more" may count additions and passes; the advice verifies.
func TestFewerIsAChange(t *testing.T) {
	const doc = "In the 12 months to 31 March 2020 there were 188 fewer racist incidents than in the previous 12 months, and 3,000 more officers were recruited.\n"
	const ni = "entities: [GB-NIR]\nstatus: fact\nperiod: 2019/20\n"
	checkAdvice(t, []adviceCase{
		{"fewer as a flow, no base", doc, ni + "measure: flow\nstated: \"188\"\nunit: racist incident", "there were 188 fewer racist incidents than in the previous 12 months",
			`the quote writes "fewer" right after "188", a fall from what it is compared with, which is a change: write measure: change, direction: down and base:`,
			"measure: flow => measure: change\ndirection: down\nbase: 2018/19"},
		{"more, an addition", doc, ni + "measure: flow\nstated: 3,000 more officers", "3,000 more officers were recruited", "", ""},
		{"fewer as a change", doc, ni + "measure: change\nstated: \"188\"\nunit: incident\ndirection: down\nbase: 2018/19", "there were 188 fewer racist incidents than in the previous 12 months", "", ""},
	})
}

// TestRankTitleSaysOne: a rank's title that says where its 1 is is told
// to leave it to the outputs (s27x-hatecrime: the Indicators sheet said
// "(1 = lowest)" twice); a title without it passes.
func TestRankTitleSaysOne(t *testing.T) {
	const doc = "Sectarian incidents were at their lowest level since 2005/06.\n"
	const rank = "entities: [GB-NIR]\nstatus: fact\nmeasure: rank\nperiod: 2019/20\nstated: lowest"
	const quote = "Sectarian incidents were at their lowest level since 2005/06"
	run := func(title string) func(string) []string {
		return func(text string) []string {
			return runMessages(t, doc, strings.Replace(catalogItem("x", text, "", quote), "title: X", "title: "+title, 1), "")
		}
	}
	checkMessagesFix(t, "a rank title with its 1", run("Sectarian incidents, rank since 2005/06 (1 = lowest)"), rank, "",
		`write title: "Sectarian incidents, rank since 2005/06"`, "")
	checkMessagesFix(t, "a rank title without", run("Sectarian incidents, rank since 2005/06"), rank, "", "", "")
}
