package extract

import (
	"strings"
	"testing"
)

// The measure, status, direction and unit of figures of the eighth
// session's genres (drafts31), in sentences of their own: a statistics
// bulletin's comparison tails, a lender's outputs and loan terms, an
// appeal's targets, a programme's benchmarks.

// bulletinText is a statistics bulletin of its own: rates with their
// changes on the year and the quarter, a count with its changes, and a
// note that its figures are estimates.
const bulletinText = "Household survey bulletin: May 2031\n\n" +
	"Main points for February to April 2031\n\n" +
	"  • The regional participation rate was estimated at 68.1%, 0.3 percentage points lower than a year earlier and 0.2 percentage points up on the previous quarter.\n\n" +
	"  • The regional inactivity rate was estimated at a record low of 18.4%, 0.7 percentage points higher than the previous year.\n\n" +
	"  • There were an estimated 412,000 job openings in the region; this is 9,000 fewer than the previous quarter and 3,000 more than a year earlier.\n\n" +
	"  • Annual growth in household income eased to 2.7% in the region.\n\n" +
	"  • Employment in the region was estimated to have risen; 2,400,000 people were in work.\n\n" +
	"The survey reaches a sample of homes, so these statistics are estimates based on samples.\n"

func TestDraftCompareTails(t *testing.T) {
	runSureCases(t, []sureCase{
		{name: "record low rate, of a part of a population: a share", text: bulletinText, stated: "18.4%", measure: "share", status: "estimate"},
		{name: "any rate at a record", text: "The claimant rate was estimated at a record low of 2.1% in May.\n", stated: "2.1%", measure: "level"},
		{name: "growth rate stays a change", text: "The growth rate was 2.1% in May.\n", stated: "2.1%", measure: "change"},
		{name: "lower than a year earlier", text: bulletinText, stated: "0.3 percentage points", measure: "change", status: "estimate"},
		{name: "up on the previous quarter", text: bulletinText, stated: "0.2 percentage points", measure: "change", status: "estimate"},
		{name: "higher than the previous year", text: bulletinText, stated: "0.7 percentage points", measure: "change", status: "estimate"},
		{name: "sentence the bulletin estimates", text: bulletinText, stated: "2,400,000 people", status: "estimate"},
		{name: "fewer than, takes the noun", text: bulletinText, stated: "9,000", measure: "change", status: "estimate", unit: "opening"},
		{name: "more than, takes the noun", text: bulletinText, stated: "3,000", measure: "change", status: "estimate", unit: "opening"},
	})
}

func TestDraftCompareDirection(t *testing.T) {
	for _, tc := range []struct{ text, stated, want string }{
		{bulletinText, "0.3 percentage points", "down"},
		{bulletinText, "0.2 percentage points", "up"},
		{bulletinText, "0.7 percentage points", "up"},
		{bulletinText, "9,000", "down"},
		{bulletinText, "3,000", "up"},
		{bulletinText, "2.7%", "up"}, // growth that eases is still a rise
		{"Output growth is projected to slow to 1.4 percent in 2032 as export demand cools.\n", "1.4 percent", "up"},
		{appealText, "$0.8 billion", "up"},
		{appealText, "2 million", "up"},
	} {
		got := firstDraft(t, tc.text, tc.stated)
		if d := got.ind.Quantity.Direction.String(); d != tc.want {
			t.Errorf("direction of %q = %q (%s), want %q", tc.stated, d, got.fieldNotes["measure"], tc.want)
		}
	}
}

// loanReleaseText is a development bank's release of its own: approved money,
// outputs the loan will finance, homes it will benefit, the loan's terms.
const loanReleaseText = "March 3, 2031\n\n" +
	"The Asian Development Bank (ADB) approved a $60 million program to strengthen rural water services in Nepal.\n\n" +
	"The program will finance the rehabilitation of 35 water treatment plants and the training of 240 technicians. " +
	"In total, the operation will benefit 90,000 households in rural areas.\n\n" +
	"The loan has a disbursement period of 6 years, a grace period of 4.5 years, and a maturity of 20 years.\n"

func TestDraftCompareLender(t *testing.T) {
	runSureCases(t, []sureCase{
		{name: "approved money stays a fact", text: loanReleaseText, stated: "$60 million", status: "fact"},
		{name: "will finance, a target", text: loanReleaseText, stated: "35 water treatment plants", status: "target"},
		{name: "will benefit, a projection", text: loanReleaseText, stated: "90,000 households", status: "projection"},
		{name: "disbursement period", text: loanReleaseText, stated: "6 years", measure: "level"},
		{name: "grace period", text: loanReleaseText, stated: "4.5 years", measure: "level"},
		{name: "maturity", text: loanReleaseText, stated: "20 years", measure: "level"},
	})
}

// appealText is a humanitarian appeal's update of its own: people in
// need, the people plans aim to help, requirements and their increases.
const appealText = "Record needs in the region\n\n" +
	"(Nairobi, 4 May 2031): Some 18 million people in the region need food assistance while response plans, aiming to help over 12 million of the most vulnerable, remain underfunded.\n\n" +
	"In January, agencies launched the 2031 regional appeal. Requirements have since risen to $4.6 billion, adding $0.8 billion to the requirements and 2 million to the number of people to receive aid.\n"

func TestDraftCompareAppeal(t *testing.T) {
	runSureCases(t, []sureCase{
		{name: "people in need stay a fact", text: appealText, stated: "Some 18 million people", status: "fact"},
		{name: "aiming to help, people of the sentence", text: appealText, stated: "over 12 million", status: "target", unit: "person"},
		{name: "requirements", text: appealText, stated: "$4.6 billion", status: "target"},
		{name: "adding to the requirements", text: appealText, stated: "$0.8 billion", measure: "change", status: "target"},
		{name: "adding, outside an appeal", text: "The new plant opened in March, adding 1,200 jobs to the local economy.\n", stated: "1,200 jobs", measure: "change"},
		{name: "to the number of people", text: appealText, stated: "2 million", measure: "change", status: "target", unit: "person"},
	})
}

func TestDraftCompareCountOutOf(t *testing.T) {
	runSureCases(t, []sureCase{
		{name: "A of B nouns", text: "Seven of 12 quantitative targets for the review were met.\n", stated: "Seven", unit: "target"},
		{name: "A of B nouns, digits", text: "9 of 14 prior actions were completed on time.\n", stated: "9", unit: "action"},
	})
}

// TestDraftCompareTwoBases: one figure compared with two bases joined by
// "and" is one claim per base.
func TestDraftCompareTwoBases(t *testing.T) {
	text := "The regional vacancy rate was estimated at 2.9%, 0.1 percentage points lower than the previous year and the previous quarter.\n"
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: text}, map[string]int{})
	var titles []string
	for _, cl := range d.claims() {
		if cl.skip == "" && cl.ind.Stated == "0.1 percentage points" {
			titles = append(titles, cl.ind.Title)
			if cl.ind.Measure.String() != "change" || cl.ind.Quantity.Direction.String() != "down" {
				t.Errorf("claim %q of 0.1 percentage points: measure %v, direction %v, want change, down", cl.ind.Title, cl.ind.Measure, cl.ind.Quantity.Direction)
			}
		}
	}
	if len(titles) != 2 || !strings.Contains(titles[1], "previous quarter") || titles[0] == titles[1] {
		t.Errorf("claims of 0.1 percentage points = %q, want two, the second on the previous quarter", titles)
	}
}

// TestDraftCompareCurrencyNote: the note on an amount restated in a
// second currency says which to keep.
func TestDraftCompareCurrencyNote(t *testing.T) {
	for _, tc := range []struct{ text, stated, want string }{
		{"The Board's approval enables a disbursement of about US$60 million (SDR 44.9 million) to Ruritania.\n", "SDR 44.9 million", "keep this one, the amount of record"},
		{"The government will spend 120 billion shillings ($46 million) on roads.\n", "$46 million", "keep the first, the amount as the document states it"},
	} {
		got := firstDraft(t, tc.text, tc.stated)
		found := false
		for _, n := range got.notes {
			found = found || strings.Contains(n, tc.want)
		}
		if !found {
			t.Errorf("notes of %q = %q, want one that says %q", tc.stated, got.notes, tc.want)
		}
	}
}
