package indicators_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// spendingDoc holds sentences of the kinds round S's five users met (a
// household spending release, a stop and search briefing, a fly-tipping
// notice, a flood defence report, a travel survey), written anew.
const spendingDoc = "Households spent an average of £520 per week in 2015\n\n" +
	"Average weekly household spending rose to £519.70 last year.\n\n" +
	"Spending was highest on transport at £72.30 per week. Over half of it (£38.10) was on running costs.\n\n" +
	"Spending on housing increased to £80.50 in 2015 from £77.20 in 2014.\n\n" +
	"Spending per week on recreation:\n\n• package holidays £12.60\n\n" +
	"Total incidents involving household waste were 737,000 in 2020/21.\n" +
	"In 2020/21, 39,000 or 4% of total incidents were of van load size or larger.\n" +
	"The rate of searches for men was 159.9 per 10,000 of the population, compared to 18.4 for women.\n" +
	"Just under two thirds (65%) of incidents involved household waste, and over two fifths (43%) were on highways.\n" +
	"The programme protected 182,000 households, exceeding the government target by 37,000 homes.\n" +
	"The grant was £2,000 a year ago and is £2,400 now.\n"

// frameDoc frames its figures with no rate in its title or lead: only
// the lead-in of its list says "per week".
const frameDoc = "Family Spending 2015\n\nHouseholds spent more on transport than on housing.\n\n" +
	"Spending was highest on transport at £72.30 per week. Over half of it (£38.10) was on running costs.\n\n" +
	"Spending per week on recreation:\n\n• package holidays £12.60\n"

// TestAdviceRateFrame checks round S's messages: each says what to write,
// and writing it verifies; what the document writes as it is verifies
// with no message.
func TestAdviceRateFrame(t *testing.T) {
	const uk = "entities: [GB]\nstatus: estimate\nperiod: 2015\n"
	const eng = "entities: [GB-ENG]\nstatus: fact\nperiod: 2020/21\n"
	checkAdvice(t, []adviceCase{
		// A rate the quote says.
		{"a rate its quote says", spendingDoc, uk + "measure: level\nstated: £72.30 per week", "Spending was highest on transport at £72.30 per week", "", ""},
		{"a rate its quote says, dropped", spendingDoc, uk + "measure: level\nstated: £72.30", "Spending was highest on transport at £72.30 per week",
			`write stated: "£72.30 per week"`, "stated: £72.30 => stated: £72.30 per week"},
		{"a rate its sentence's neighbour says", frameDoc, uk + "measure: level\nstated: £38.10\nunit: GBP per week", "Over half of it (£38.10) was on running costs",
			`gives "£38.10" a rate per week, but no quote says so`, ""},
		{"a rate its list's lead-in says", frameDoc, uk + "measure: level\nstated: £12.60\nunit: GBP per week", "package holidays £12.60", "", ""},
		{"a rate the title frames", spendingDoc, uk + "measure: level\nstated: £80.50\nunit: GBP per week", "Spending on housing increased to £80.50 in 2015", "", ""},
		{"a time after the figure is no rate", spendingDoc, uk + "measure: level\nstated: £2,000", "The grant was £2,000 a year ago", "", ""},
		{"a rate the lead frames", "Family Spending 2015\n\nAverage weekly household spending rose to £519.70 last year.\n\nSpending on housing increased to £80.50 in 2015.\n",
			uk + "measure: level\nstated: £80.50\nunit: GBP per week", "Spending on housing increased to £80.50 in 2015", "", ""},
		{"a rate nothing frames", spendingDoc, eng + "measure: flow\nstated: \"737,000\"\nunit: incident per month", "Total incidents involving household waste were 737,000 in 2020/21",
			`gives "737,000" a rate per month, but no quote says so`, ""},
		// Bare figures are told the noun their sentence counts.
		{"a bare count after its subject", spendingDoc, eng + "measure: flow\nstated: \"737,000\"", "Total incidents involving household waste were 737,000 in 2020/21",
			`notice: "737,000" has no unit, but its quote counts "incidents": write unit: incident`, "stated: \"737,000\" => stated: \"737,000\"\nunit: incident"},
		{"a bare count before its share", spendingDoc, eng + "measure: flow\nstated: \"39,000\"", "In 2020/21, 39,000 or 4% of total incidents were of van load size or larger",
			`notice: "39,000" has no unit, but its quote counts "incidents": write unit: incident`, "stated: \"39,000\" => stated: \"39,000\"\nunit: incident"},
		{"a bare rate beside its twin", spendingDoc, eng + "measure: level\nstated: \"18.4\"", "compared to 18.4 for women",
			`write unit: search per 10,000 population`, "stated: \"18.4\" => stated: \"18.4\"\nunit: search per 10,000 population"},
		// A rate base in the document's words is told the stated and unit.
		{"a rate base with an article", spendingDoc, eng + "measure: level\nstated: 159.9 per 10,000 of the population",
			"The rate of searches for men was 159.9 per 10,000 of the population",
			`write stated: "159.9" and unit: search per 10,000 population`, "stated: 159.9 per 10,000 of the population => stated: \"159.9\"\nunit: search per 10,000 population"},
		// One figure in words and digits: one rule, the digits.
		{"a proportion in words beside its percent", spendingDoc, eng + "measure: share\nstated: just under two thirds", "Just under two thirds (65%) of incidents involved household waste",
			`write stated: "65%", the document's own figure (the words stay in the quote)`, "stated: just under two thirds => stated: 65%"},
		{"a proportion in words with its percent in stated", spendingDoc, eng + "measure: share\nstated: over two fifths (43%)", "over two fifths (43%) were on highways",
			`write stated: "43%", the document's own figure (the words stay in the quote)`, "stated: over two fifths (43%) => stated: 43%"},
		// A target beaten is a figure against a target, up.
		{"a target exceeded by a margin", spendingDoc, "entities: [GB-ENG]\nstatus: fact\nperiod: not stated\nmeasure: change\nstated: 37,000 homes\ndirection: up\nagainst: target",
			"exceeding the government target by 37,000 homes", "", ""},
	})
}

// TestPlaceAndDateNotices checks the notices the field table promises of
// a figure's place and a source's date (s24s-flooding, -flytipping): a
// figure with no entities whose source's other figures name places of
// one country, though not all the same; a source updated with no date
// issued; and an unknown subdivision one letter from a code.
func TestPlaceAndDateNotices(t *testing.T) {
	const fields = "status: fact\nmeasure: flow\nperiod: 2015\nunit: incident\n"
	places := catalogItem("a", "entities: [GB-ENG]\nstated: \"737,000\"\n"+fields, "", "Total incidents involving household waste were 737,000") +
		catalogItem("b", "entities: [GB-KHL]\nstated: \"39,000\"\n"+fields, "", "39,000 or 4% of total incidents")
	tests := []struct{ name, items, dates, want string }{
		{"places of one country", places + catalogItem("c", "stated: £12.60\nmeasure: level\nunit: GBP per week\nstatus: fact\nperiod: 2015", "", "package holidays £12.60"), "",
			`notice: indicator "c" names no entities, though every other indicator of its source names a place in United Kingdom: write the place the figure is for (entities: [GB] if nothing narrower is said)`},
		{"updated, not issued", places, "    updated: 2023-08-25\n",
			`notice: source "doc" gives the date it was updated and no date issued, so the outputs cite it by the update's year ("Doc 2023"): write issued:`},
		{"updated and issued", places, "    issued: 2021-12-01\n    updated: 2023-08-25\n", ""},
		{"an unknown subdivision", catalogItem("k", "entities: [GB-KHC]\nstated: \"39,000\"\n"+fields, "", "39,000 or 4% of total incidents"), "",
			`did you mean "GB-KEC" (Kensington and Chelsea) or "GB-KHL" (Kingston upon Hull)?`},
	}
	for _, tc := range tests {
		got := messagesDated(t, spendingDoc, tc.dates, tc.items)
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("%s: messages %q, want none", tc.name, got)
		case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
			t.Errorf("%s: messages %q, want one holding %q", tc.name, got, tc.want)
		}
	}
}

// messagesDated is runMessages with the source's dates (lines of YAML
// under the source, "" for none).
func messagesDated(t *testing.T, doc, dates, items string) []string {
	t.Helper()
	y := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n%s    text: doc.txt\n    sha256: %s\nindicators:\n%s", dates, sha(doc), items)
	_, notices, err := indicators.ParseWithNotices("c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(doc), nil })
	var list indicators.ErrorList
	if err != nil && !errors.As(err, &list) {
		t.Fatalf("ParseWithNotices error = %v, want an ErrorList", err)
	}
	var got []string
	for _, e := range list {
		got = append(got, e.Msg)
	}
	for _, n := range notices {
		got = append(got, "notice: "+n.Msg)
	}
	return got
}

// TestEventsOverYearFlow checks that events counted over a year are told
// they are a flow, as a quarter's are (s24s-stopsearch), and that things
// counted, or events at a day, are not.
func TestEventsOverYearFlow(t *testing.T) {
	const doc = "There were a total of 529,475 searches carried out in England and Wales in 2022/23.\n" +
		"Fly-tipping incidents fell during the year to 980,000.\n" +
		"Searches were made in 12 police forces in 2022/23.\n"
	const ew = "entities: [GB-EAW]\nstatus: fact\nperiod: 2022/23\n"
	checkAdvice(t, []adviceCase{
		{"searches in a year", doc, ew + "measure: count\nstated: 529,475 searches", "529,475 searches carried out in England and Wales in 2022/23",
			`notice: measure count is a number of kinds, places or members, but "529,475 searches" counts events over period 2022/23 (the quote's "in 2022/23"): events over a period are a flow: write measure: flow`,
			"measure: count => measure: flow"},
		{"incidents during the year", doc, ew + "measure: count\nstated: \"980,000\"\nunit: incident", "Fly-tipping incidents fell during the year to 980,000",
			`write measure: flow`, "measure: count => measure: flow"},
		{"places counted in a year", doc, ew + "measure: count\nstated: 12 police forces", "Searches were made in 12 police forces in 2022/23", "", ""},
	})
}

// TestScaleFromCompared checks a figure written without the scale
// word of the figure it is compared with (s24s-cycling): a notice with no
// scale; scale from the compared figure accepted with a note and refused
// without one; no notice where no comparison joins them or the two are
// near in size.
func TestScaleFromCompared(t *testing.T) {
	const doc = "Cycling accounted for 290 million vehicle kilometres in 2017, similar to the 288 vehicle kilometres in 2016.\n" +
		"Trains carried 1.2 million passengers; 350 passengers used the new halt.\n" +
		"Exports were £2.1 million in 2017, compared with £1,950,000 in 2016.\n"
	const sc = "entities: [GB-SCT]\nstatus: estimate\nmeasure: flow\nperiod: 2016\n"
	const slip = "similar to the 288 vehicle kilometres in 2016"
	checkAdvice(t, []adviceCase{
		{"a figure without its twin's scale", doc, sc + "stated: 288 vehicle kilometres", slip,
			`notice: stated "288 vehicle kilometres" is compared with "290 million vehicle kilometres", in one unit and a thousand times or more apart: if the document left out the scale word, write scale: million and a note that says so (stated stays as written)`, ""},
		{"the scale read from the compared figure, with a note", doc, sc + "stated: 288 vehicle kilometres\nscale: million\nnotes: [\"The release writes 288 vehicle kilometres; the scale is that of the 290 million it is compared with.\"]", slip, "", ""},
		{"the scale read from the compared figure, no note", doc, sc + "stated: 288 vehicle kilometres\nscale: million", slip,
			`scale million reads "288 vehicle kilometres" in millions, as "290 million vehicle kilometres" beside it, which the document writes without the scale: keep stated as written and add a note`,
			"scale: million => scale: million\nnotes: [The release writes 288 vehicle kilometres.]"},
		{"two figures with no comparison", doc, sc + "stated: 350 passengers", "350 passengers used the new halt", "", ""},
		{"two figures near in size", doc, sc + "stated: £1,950,000", "compared with £1,950,000 in 2016", "", ""},
	})
}

// TestSeriesNounOtherWord checks that a point of a series may keep the
// document's other word for the series' noun in stated ("684 offences"
// of a series of homicides) where its quote names the series' noun too
// (s23r-homicide was told to drop "offences"), and not where it does not.
func TestSeriesNounOtherWord(t *testing.T) {
	const doc = "There were 590 homicides in the year ending March 2023, 94 fewer than the 684 offences recorded a year before.\n" +
		"Police also recorded 684 offences of arson.\n"
	const fields = "entities: [GB-EAW]\nstatus: fact\nmeasure: flow\nseries: s\nunit: homicide\n"
	const series = "series:\n  - id: s\n    title: Homicides\n    unit: homicide\n    measure: flow\n"
	now := catalogItem("now", fields+"stated: 590 homicides\nperiod: 2022-04/2023-03", "", "There were 590 homicides in the year ending March 2023")
	tests := []struct{ name, quote, want string }{
		{"the quote names the series' noun", "There were 590 homicides in the year ending March 2023, 94 fewer than the 684 offences recorded a year before", ""},
		{"the quote names another thing", "Police also recorded 684 offences of arson", `unit "homicide" disagrees with stated "684 offences", which reads as "offence"`},
	}
	for _, tc := range tests {
		got := runMessages(t, doc, now+catalogItem("before", fields+"stated: 684 offences\nperiod: 2021-04/2022-03", "", tc.quote)+series, "")
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("%s: messages %q, want none", tc.name, got)
		case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
			t.Errorf("%s: messages %q, want one holding %q", tc.name, got, tc.want)
		}
	}
}

// TestFramedRateQuantity checks that a rate its frame says (the title's
// "per week") is still held to its stated figure: a catalog built in Go
// whose quantity disagrees with stated is refused, framed or not.
func TestFramedRateQuantity(t *testing.T) {
	text := "Households spent an average of £520 per week in 2015\n\nSpending on housing increased to £80.50 in 2015.\n"
	quote := "Spending on housing increased to £80.50 in 2015"
	for _, tc := range []struct {
		name, unit string
	}{{"framed rate", "GBP per week"}, {"no rate", "GBP"}} {
		u, err := indicators.ParseUnit(tc.unit)
		if err != nil {
			t.Fatal(err)
		}
		q, _, err := indicators.ParseStated("£81.50")
		if err != nil {
			t.Fatal(err)
		}
		period, err := indicators.ParsePeriod("2015")
		if err != nil {
			t.Fatal(err)
		}
		at := strings.Index(text, quote)
		c := &indicators.Catalog{
			Sources: []indicators.Source{{ID: "s", Title: "S", Text: text, SHA256: sha(text)}},
			Indicators: []indicators.Indicator{{
				ID: "housing", Title: "Spending on housing", Entities: []string{"GB"}, Stated: "£80.50",
				Measure: indicators.Level, Status: indicators.Estimate, Quantity: q, Unit: u,
				Period:     period,
				Provenance: []indicators.Provenance{{Source: "s", Quote: quote, Span: indicators.Span{Start: at, End: at + len(quote)}}},
			}},
		}
		if err := c.Verify(); err == nil || !strings.Contains(err.Error(), "quantity disagrees with stated") {
			t.Errorf("%s: Verify() = %v, want an error holding %q", tc.name, err, "quantity disagrees with stated")
		}
	}
}
