package extract

import "testing"

// comparativeCase is a figure of a sentence and what its draft should say:
// measure, direction ("none" for none) and title; "" leaves a field
// unchecked.
type comparativeCase struct {
	name, text, stated        string
	measure, direction, title string
}

// comparativeRun drafts each case's text and checks the fields it names.
func comparativeRun(t *testing.T, cases []comparativeCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			checkWhat(t, got, tc.stated, tc.measure, "", tc.title)
			checkHow(t, got, tc.stated, tc.direction, "")
		})
	}
}

// comparativeLowPay is a labour statement in words of its own: a count
// written as a change, then a list after a colon that the first item's
// "fewer" covers.
const comparativeLowPay = "Low pay statistics\n\n" +
	"Compared to 2015-16, there were over 2.1 million fewer workers in low pay, after tax: 410,000 fewer apprentices, 700,000 part-time staff and 95,000 cleaners.\n\n" +
	"The agency hired 3,000 more inspectors in the same period.\n"

func TestDraftComparativeCount(t *testing.T) {
	comparativeRun(t, []comparativeCase{
		{name: "fewer heads the sentence", text: comparativeLowPay, stated: "over 2.1 million fewer workers",
			measure: "change", direction: "down", title: "Change in workers in low pay"},
		{name: "fewer heads the list", text: comparativeLowPay, stated: "410,000 fewer apprentices",
			measure: "change", direction: "down", title: "Change in apprentices"},
		{name: "list item inherits fewer", text: comparativeLowPay, stated: "700,000 part-time staff",
			measure: "change", direction: "down", title: "Change in part-time staff"},
		{name: "last list item inherits fewer", text: comparativeLowPay, stated: "95,000 cleaners",
			measure: "change", direction: "down", title: "Change in cleaners"},
		{name: "more is a rise", text: comparativeLowPay, stated: "3,000 more inspectors",
			measure: "change", direction: "up", title: "Change in inspectors"},
	})
}

// comparativeShares is a statement of shares below a line: a change in
// points, the share it reaches and the count that restates that share.
const comparativeShares = "Regional pay\n\n" +
	"In the northern region, this was a decrease of one percentage point to 12% or 3.1 million workers.\n\n" +
	"In the south, it was a rise of 2 points to 19% or 4.4 million renters.\n"

func TestDraftPointsToShare(t *testing.T) {
	comparativeRun(t, []comparativeCase{
		{name: "the change in points", text: comparativeShares, stated: "one percentage point", measure: "change", direction: "down"},
		{name: "share a decrease reaches", text: comparativeShares, stated: "12%", measure: "share", direction: "none", title: "Share of workers"},
		{name: "count restating the share", text: comparativeShares, stated: "3.1 million workers", measure: "count", title: "Workers"},
		{name: "share a rise reaches", text: comparativeShares, stated: "19%", measure: "share", direction: "none", title: "Share of renters"},
		{name: "count restating the risen share", text: comparativeShares, stated: "4.4 million renters", measure: "count", title: "Renters"},
	})
}

// comparativeRegions is a release whose change noun heads a list of
// percentages, each in its own region.
const comparativeRegions = "Regional output\n\n" +
	"In Quarter 2 2022 there were rises in all four main regions with increases of 0.4% in the north, 1.2% in the south, and 0.8% in the west.\n\n" +
	"Exports showed falls of 2.5% in machinery, 3.1% in fuels and 0.7% in food.\n"

func TestDraftChangeList(t *testing.T) {
	comparativeRun(t, []comparativeCase{
		{name: "first item", text: comparativeRegions, stated: "0.4%", measure: "change", direction: "up", title: "Change in the north"},
		{name: "second item", text: comparativeRegions, stated: "1.2%", measure: "change", direction: "up", title: "Change in the south"},
		{name: "last item after and", text: comparativeRegions, stated: "0.8%", measure: "change", direction: "up", title: "Change in the west"},
		{name: "falls heading a list", text: comparativeRegions, stated: "3.1%", measure: "change", direction: "down", title: "Change in fuels"},
		{name: "last fall", text: comparativeRegions, stated: "0.7%", measure: "change", direction: "down", title: "Change in food"},
	})
}

// comparativeCycling is a casualty release in words of its own: counts a
// clause "there were" opens, a change set off after one by a comma, and
// a count compared with the year before.
const comparativeCycling = "Cycle safety\n\n" +
	"In the year ending March 2019, there were 31,200 seriously injured or killed (SIK) cyclists, a 5% fall compared with the previous year.\n\n" +
	"In the year ending March 2019, there were 91,400 reported cycle accidents of all kinds, 6% lower than the 97,100 for the year ending March 2018.\n\n" +
	"There are 412 registered charities in the borough.\n"

func TestDraftThere(t *testing.T) {
	comparativeRun(t, []comparativeCase{
		{name: "there were names the count", text: comparativeCycling, stated: "31,200", measure: "count",
			title: "Seriously injured or killed (SIK) cyclists"},
		{name: "change after the count's comma", text: comparativeCycling, stated: "5%", measure: "change", direction: "down",
			title: "Change in seriously injured or killed (SIK) cyclists"},
		{name: "there were with an of phrase", text: comparativeCycling, stated: "91,400", measure: "flow",
			title: "Reported cycle accidents of all kinds"},
		{name: "lower than a count is a change", text: comparativeCycling, stated: "6%", measure: "change", direction: "down",
			title: "Change in reported cycle accidents of all kinds"},
		{name: "compared count takes the noun", text: comparativeCycling, stated: "97,100", measure: "flow",
			title: "Reported cycle accidents of all kinds"},
		{name: "noun inside the figure keeps its title", text: comparativeCycling, stated: "412 registered charities",
			title: "Registered charities"},
	})
}

func TestDraftThereUnit(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "head noun after an acronym", text: comparativeCycling, stated: "31,200", want: map[string]string{"unit": "cyclist"}},
		{name: "compared count's unit", text: comparativeCycling, stated: "97,100", want: map[string]string{"unit": "accident"}},
	})
}

// comparativeJoint is a release whose joined subjects "respectively" splits
// among the changes after one verb.
const comparativeJoint = "Street safety\n\n" +
	"Cyclists and pedestrians decreased by 4% and 6% respectively.\n\n" +
	"In the same quarter, serious injuries, minor injuries and deaths rose by 2%, 5% and 1% respectively.\n"

func TestDraftRespectively(t *testing.T) {
	comparativeRun(t, []comparativeCase{
		{name: "first part", text: comparativeJoint, stated: "4%", measure: "change", direction: "down", title: "Change in cyclists"},
		{name: "second part", text: comparativeJoint, stated: "6%", measure: "change", direction: "down", title: "Change in pedestrians"},
		{name: "first of three past a lead phrase", text: comparativeJoint, stated: "2%", direction: "up", title: "Change in serious injuries"},
		{name: "middle of three", text: comparativeJoint, stated: "5%", direction: "up", title: "Change in minor injuries"},
		{name: "last of three", text: comparativeJoint, stated: "1%", direction: "up", title: "Change in deaths"},
	})
}

// comparativeWages is a statement whose change has "this" for a subject, in
// sentences a qualifying phrase opens, then a list whose later items are
// bare numbers before their nouns.
const comparativeWages = "Low pay\n\n" +
	"Between 2015 and 2016, the share of workers on low pay fell. After tax, this was a decrease of one percentage point to 12% or 3.1 million workers. " +
	"Compared to 2010, there were 2.1 million fewer workers in low pay, after tax: 410,000 fewer apprentices, 700,000 seasonal farm workers, 120,000 working age carers and 95,000 cleaners.\n"

func TestDraftThis(t *testing.T) {
	comparativeRun(t, []comparativeCase{
		{name: "this is the subject before", text: comparativeWages, stated: "one percentage point", measure: "change", direction: "down",
			title: "Change in the share of workers on low pay after tax"},
		{name: "qualifier on the share", text: comparativeWages, stated: "12%", measure: "share", title: "Share of workers after tax"},
		{name: "qualifier on the count", text: comparativeWages, stated: "3.1 million workers", measure: "count", title: "Workers after tax"},
		{name: "list item of several words", text: comparativeWages, stated: "700,000 seasonal farm workers", measure: "change", direction: "down",
			title: "Change in seasonal farm workers"},
		{name: "list item the parser leaves bare", text: comparativeWages, stated: "120,000", measure: "change", direction: "down",
			title: "Change in working age carers"},
	})
}

// comparativeVacancy is a release whose earlier reading, after "up from",
// belongs to an estimated series, and a pledge whose starting point does
// not.
const comparativeVacancy = "Rental vacancies\n\n" +
	"The rental vacancy rate is estimated at 4.2% in the latest month, up from 4.0% in May 2021. The agency will raise the rate to 6%, up from 5% in 2020.\n"

func TestDraftUpFromStatus(t *testing.T) {
	for _, tc := range []struct{ name, stated, status string }{
		{"the estimate", "4.2%", "estimate"},
		{"up from an estimate is one", "4.0%", "estimate"},
		{"the pledge", "6%", "pledge"},
		{"up from a pledge is a fact", "5%", "fact"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, comparativeVacancy, tc.stated)
			checkWhat(t, got, tc.stated, "", tc.status, "")
		})
	}
}
