package indicators_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// permitsDoc holds sentences of the kinds round R's five users met (an
// intellectual property release, a pensions survey, a homicide bulletin,
// a mental health return, a water system fact sheet), written anew.
const permitsDoc = "Permits\n\n" +
	"A record number of permits were issued in 2021 with 5,210 permits.\n" +
	"A record number of licences were issued in 2023 with 6,480 grants, this fell in 2024 by 3.4% to 6,260.\n" +
	"There are 45 plants serving 312,000 people on the list.\n" +
	"The number of people served by plants on the list fell to almost 312,000 (from 350,000 in 2023).\n" +
	"Permits issued fell to 4,980 in 2022 compared to the record high of 5,210 in 2021.\n" +
	"Take-up grew, with more households using this type of heating (21%) than any other for the first time in 2020.\n" +
	"Sales of heat pumps rose for the first time in 2020.\n" +
	"On 31 March 2016 4,120\npatients were in hospital.\n" +
	"- The injury rate was 4.1 injuries per million population, with the rate for cyclists (6.2 per million population) above that for drivers (3.0 per million population).\n" +
	"A survey put it at about 312,000 people on the list.\n"

// TestAdviceRecordFirstPlace checks round R's messages: each says what to write,
// and writing it verifies; what the document writes as it is verifies
// with no message.
func TestAdviceRecordFirstPlace(t *testing.T) {
	const gb = "entities: [GB]\nstatus: fact\n"
	const heating = "more households using this type of heating (21%) than any other for the first time in 2020"
	const record = "A record number of permits were issued in 2021 with 5,210 permits"
	checkAdvice(t, []adviceCase{
		// A record in words is a first place, in the quote's words.
		{"a record number is a first place", permitsDoc, gb + "measure: rank\nperiod: 2021\nstated: record number", record, "", ""},
		{"a record high is a first place", permitsDoc, gb + "measure: rank\nperiod: 2021\nstated: record high",
			"compared to the record high of 5,210 in 2021", "", ""},
		{"a bare record is told the quote's record", permitsDoc, gb + "measure: rank\nperiod: 2021\nstated: record", record,
			`write stated: "record number" with measure: rank`, "stated: record => stated: record number"},
		{"another record's words are told the quote's", permitsDoc, gb + "measure: rank\nperiod: 2021\nstated: record high", record,
			`the quote states the first place as "record number"`, "stated: record high => stated: record number"},
		{"first for a record is told the quote's words", permitsDoc, gb + "measure: rank\nperiod: 2021\nstated: first", record,
			`write stated: "record number"`, "stated: first => stated: record number"},
		// A stated across a line break is told its one-line form.
		{"a stated across a line break", permitsDoc, gb + "measure: stock\nperiod: 2016-03-31\nstated: \"4,120\\npatients\"", "4,120\npatients were in hospital",
			`notice: stated "4,120\npatients" is not on one line with one space between words, and the book, deck and CSV print it as written: write stated: "4,120 patients"`,
			`stated: "4,120\npatients" => stated: 4,120 patients`},
		// A bare count is told the noun its sentence's figure counts.
		{"a bare count after a figure with its noun", permitsDoc, gb + "measure: flow\nperiod: 2024\nstated: 6,260",
			"A record number of licences were issued in 2023 with 6,480 grants, this fell in 2024 by 3.4% to 6,260",
			`notice: "6,260" has no unit, but its quote counts "grants": write unit: grant`, "stated: 6,260 => stated: 6,260\nunit: grant"},
		// A first place beside its bracketed figure; "for the first time"
		// is a time, not a place.
		{"a comparison around a bracketed figure", permitsDoc, gb + "measure: rank\nperiod: 2020\nstated: more than any other", heating, "", ""},
		{"the bracketed figure is its own claim", permitsDoc, gb + "measure: share\nperiod: 2020\nstated: 21%", heating, "", ""},
		{"first of the first time is told the comparison", permitsDoc, gb + "measure: rank\nperiod: 2020\nstated: first", heating,
			`"first" only in "the first time", which says when, not a place; the quote states the place as a comparison: write stated: "more than any other"`,
			"stated: first => stated: more than any other"},
		{"first of the first time, no place in the quote", permitsDoc, gb + "measure: rank\nperiod: 2020\nstated: first",
			"Sales of heat pumps rose for the first time in 2020", `"first" only in "the first time", which says when, not a place`, ""},
	})
}

// TestAdviceSentencePastListMark checks that the sentence advice quotes starts past
// its list mark ("- The homicide rate …", s23r-homicide), and that the
// advice verifies.
func TestAdviceSentencePastListMark(t *testing.T) {
	const gb = "entities: [GB]\nstatus: fact\nmeasure: level\nperiod: 2022\n"
	const sentence = "The injury rate was 4.1 injuries per million population, with the rate for cyclists (6.2 per million population) above that for drivers (3.0 per million population)"
	all := catalogItem("all", gb+"stated: 4.1 injuries per million population", "", "The injury rate was 4.1 injuries per million population")
	got := runMessages(t, permitsDoc, all+catalogItem("cyc", gb+"stated: 6.2 per million population", "", "the rate for cyclists (6.2 per million population)"), "")
	if want := `write quote: "` + sentence + `"`; len(got) != 1 || !strings.Contains(got[0], want) {
		t.Errorf("messages %q, want one holding %q", got, want)
	}
	got = runMessages(t, permitsDoc, all+catalogItem("cyc", gb+"stated: 6.2 per million population\nunit: injury per million population", "", sentence), "")
	if len(got) != 0 {
		t.Errorf("after the advice, messages %q, want none", got)
	}
}

// TestComparedWithOtherSide checks that "higher than X" reads X as the
// other side of a comparison, exact, only where the sentence before
// states a figure or a dated subject; a year that only says when leaves
// "higher than" a bound (verq's rule took any digit).
func TestComparedWithOtherSide(t *testing.T) {
	tests := []struct{ before, want string }{
		{"The 2021 prevalence was 11.4 percent, higher than ", ""},
		{"The 2021 share was significantly lower than ", ""},
		{"Its 2021/22 rate was higher than ", ""},
		{"Unemployment was 13.5 percent, higher than ", ""},
		{"2021's share was higher than ", ""},
		{"Scotland’s 2021 share was higher than ", ""},
		{"In 2022 unemployment was higher than ", "higher than"},
		{"In 2021/22, the rate was lower than ", "lower than"},
		{"Unemployment was higher than ", "higher than"},
	}
	for _, tc := range tests {
		if got := indicators.HedgeBefore(tc.before); got != tc.want {
			t.Errorf("HedgeBefore(%q) = %q, want %q", tc.before, got, tc.want)
		}
	}
}

// TestTwoHedgesOneFigure checks that one figure quoted twice with two hedges
// ("312,000 people", "almost 312,000") is told to keep the hedged
// wording and leave the unhedged quote out, from either side, and that
// doing so verifies (s23r-water: the advice dropped the hedge).
func TestTwoHedgesOneFigure(t *testing.T) {
	const fields = "entities: [IE]\nstatus: fact\nmeasure: stock\nperiod: 2024\nunit: person\n"
	const bare, hedged = "45 plants serving 312,000 people", "fell to almost 312,000"
	second := func(q string) string { return fmt.Sprintf("      - source: doc\n        quote: %q\n", q) }
	const want = `an indicator has one hedge: keep the hedged wording, stated: "almost 312,000", and leave the unhedged quote out`
	tests := []struct{ name, items, want string }{
		{"stated hedged, an unhedged quote", catalogItem("x", fields+"stated: almost 312,000", "", hedged) + second(bare), want},
		{"stated bare, a hedged quote", catalogItem("x", fields+"stated: \"312,000\"", "", bare) + second(hedged), want},
		{"the advice followed", catalogItem("x", fields+"stated: almost 312,000", "", hedged), ""},
		{"both quotes hedged, two ways", catalogItem("x", fields+"stated: almost 312,000", "", hedged) + second("about 312,000 people on the list"),
			`the quote hedges it otherwise, "about 312,000", and an indicator has one hedge: keep the quotes that hedge it as stated, and give this one an indicator of its own (stated: "about 312,000")`},
	}
	for _, tc := range tests {
		got := runMessages(t, permitsDoc, tc.items, "")
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("%s: messages %q, want none", tc.name, got)
		case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
			t.Errorf("%s: messages %q, want one holding %q", tc.name, got, tc.want)
		}
	}
}
