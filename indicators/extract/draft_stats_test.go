package extract

import (
	"strings"
	"testing"
)

// statsRelease is a statistics office's update in words of its own: its
// opening says it presents estimates.
const statsRelease = "Regional Freight Accounts: March 2021\n\n" +
	"The Freight Accounts Update presents the latest estimates of the region's freight task.\n\n" +
	"Key figures\n\n" +
	"Freight moved in the year to March 2021 was 84.0 Mt, down 1.5 per cent or 1.3 Mt on the previous year. " +
	"Rail freight rose 4.1 per cent in trend terms. " +
	"Road freight had grown by 0.7 per cent in the previous year.\n"

// statsInventory states an inventory's total in megatonnes of CO2
// equivalent, which the extractor reads without its power of ten.
const statsInventory = "Transport Emissions Brief 2020\n\n" +
	"Emissions from transport were 98.6 Mt CO2-e in 2020, up 2.2 per cent or 2.1 Mt CO2-e on 2019.\n"

// statsPopulation is a bureau's population release in words of its own.
const statsPopulation = "4102.0 - Regional Population Statistics, Jun 2020\n\n" +
	"City population passes 1.3 million\n" +
	"The city's population reached 1.3 million in June 2020, according to the statistics office.\n\n" +
	"In the year ended June 2020, the city's population grew by 12,400 people, an annual growth rate of 0.9% (5,600 people in the inner districts).\n\n" +
	"Every district gained residents, with Northside recording the largest increase (4,100 people) and Eastvale the smallest (250 people).\n\n" +
	"Births exceeded deaths, and natural increase was 6,100 people. Net migration (4,200 people) contributed over half (54%) of the growth. " +
	"Overseas arrivals added a further 900 people, and the region recorded a net interstate migration loss of 430 people. " +
	"Enrolments fell by 3,200 students.\n\n" +
	"Housing completions were the highest in 15 years.\n\n" +
	"The outer districts grew at a growth rate of 1.4% (2,300 people).\n\n" +
	"Sales rose in the June quarter of 2021, to $4.1 billion.\n\n" +
	"Details are in Regional Population Statistics, June 2020 (cat. no. 4102.0).\n"

// statsCase names the measure, status, direction and unit a figure's
// draft should have; "" leaves a field unchecked.
type statsCase struct {
	name, text, stated               string
	measure, status, direction, unit string
}

func TestDraftStatsWhatAndHowSure(t *testing.T) {
	cases := []statsCase{
		{name: "release of estimates: total", text: statsRelease, stated: "84.0 Mt", measure: "flow", status: "estimate"},
		{name: "release of estimates: change", text: statsRelease, stated: "1.5 per cent", measure: "change", status: "estimate", direction: "down"},
		{name: "percent or amount: one change twice", text: statsRelease, stated: "1.3 Mt", measure: "change", status: "estimate", direction: "down"},
		{name: "release of estimates: trend", text: statsRelease, stated: "4.1 per cent", status: "estimate", direction: "up"},
		{name: "pluperfect stays a fact", text: statsRelease, stated: "0.7 per cent", status: "fact"},
		{name: "scaled CO2 equivalent drafted", text: statsInventory, stated: "98.6 Mt CO2-e", unit: "tCO2e"},
		{name: "scaled CO2 equivalent restated change", text: statsInventory, stated: "2.1 Mt CO2-e", measure: "change", direction: "up", unit: "tCO2e"},
		{name: "population counts persons, held at a date: a stock (session 17: was a count)", text: statsPopulation, stated: "1.3 million", measure: "stock", unit: "person"},
		{name: "grew by people", text: statsPopulation, stated: "12,400 people", measure: "change", direction: "up"},
		{name: "annual growth rate", text: statsPopulation, stated: "0.9%", measure: "change", direction: "up"},
		{name: "largest increase in brackets", text: statsPopulation, stated: "4,100 people", measure: "change", direction: "up"},
		{name: "smallest in brackets", text: statsPopulation, stated: "250 people", measure: "change", direction: "up"},
		{name: "natural increase is a flow", text: statsPopulation, stated: "6,100 people", measure: "flow", direction: "none"},
		{name: "net migration in brackets is a flow", text: statsPopulation, stated: "4,200 people", measure: "flow", direction: "none"},
		{name: "added a further is a flow", text: statsPopulation, stated: "900 people", measure: "flow", direction: "none"},
		{name: "migration loss is a flow", text: statsPopulation, stated: "430 people", measure: "flow", direction: "none"},
		{name: "fell by students", text: statsPopulation, stated: "3,200 students", measure: "change", direction: "down"},
		{name: "bracket restates a growth rate", text: statsPopulation, stated: "2,300 people", measure: "change", direction: "up"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			checkWhat(t, got, tc.stated, tc.measure, tc.status, "")
			checkHow(t, got, tc.stated, tc.direction, tc.unit)
		})
	}
}

// TestDraftStatsNotClaims checks that identifiers, records, periods and
// restatements are explained, not drafted, and that the explanation of a
// period does not ask for the figure to be written.
func TestDraftStatsNotClaims(t *testing.T) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: statsPopulation}, map[string]int{})
	drafted := map[string]int{}
	var skips []string
	for _, cl := range d.claims() {
		if cl.skip != "" {
			skips = append(skips, cl.skip)
			continue
		}
		drafted[cl.ind.Stated]++
	}
	cases := []struct {
		stated string
		want   int
	}{
		{"4102.0", 0},    // a catalogue number, on the product line and after "cat. no."
		{"15 years", 0},  // "the highest in 15 years" is a record
		{"over half", 0}, // restated exactly by "(54%)"
		{"54%", 1},
		{"1.3 million", 1}, // the headline restated by its lead is one claim
		{"quarter", 0},
		{"$4.1 billion", 1},
	}
	for _, tc := range cases {
		if got := drafted[tc.stated]; got != tc.want {
			t.Errorf("drafts of %q = %d, want %d (skips: %q)", tc.stated, got, tc.want, skips)
		}
	}
	for _, s := range skips {
		if strings.HasPrefix(s, "not drafted: quarter ") && strings.Contains(s, "write it by hand") {
			t.Errorf("skip of quarter = %q, want no invitation to write it", s)
		}
	}
}
