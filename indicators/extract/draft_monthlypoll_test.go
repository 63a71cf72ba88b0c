package extract

import (
	"slices"
	"strings"
	"testing"
)

// Monthly statistics releases and polls in words of their own (drafts57):
// what a figure is (measure, unit), how sure (status), its title, and the
// figures that are no claims.

// monthlyPollBakeryText is a monthly release whose standfirst calls it a
// first estimate, with a flat month, a revision, three-month and yearly
// changes, and a sector after its figure.
const monthlyPollBakeryText = "Bakery output, Wales: June 2031\n\n" +
	"Bakery output was unchanged in June 2031, according to a first estimate.\n\n" +
	"1. Overview\n\n" +
	"Bread output volumes were estimated to be flat (0.0%) in June 2031, following a rise of 2.2% in May 2031 (revised from a rise of 1.9%).\n\n" +
	"Cake output fell by 0.6% in the three months to June 2031 when compared with the previous three months, and by 0.9% when compared with the three months to June 2030.\n\n" +
	"However, pastry output fell 1.4% over the year.\n\n" +
	"Most of the rise came from a monthly rise of 3.1% within artisan stores.\n"

// monthlyPollMillText is a central statistical release on mills in words
// of its own: a release code, a superseded estimate, a named rate, an
// index on a base year and counts at an annual rate.
const monthlyPollMillText = "NORTHLAND CENTRAL BANK STATISTICAL RELEASE\n\n" +
	"K.42 (512)\n" +
	"For release at 10:00 a.m.\n" +
	"June 3, 2031\n\n" +
	"Mill Output and Capacity\n\n" +
	"Mill output rose 0.5 percent in May. In May, paper production fell 0.6 percent after rising for seven consecutive months. Output in April is now estimated to have risen 0.2 percent; previously it was reported to have edged down 0.3 percent. " +
	"Excluding paper mills, timber output rose 0.4 percent in May. The output of sawmills advanced 0.9 percent, while the output of pulp mills increased 1.1 percent. " +
	"Truck deliveries fell from an annual rate of 4.2 million units in April to 3.8 million units in May. " +
	"At 88.4 percent of its 2015 average, total mill output was 2.5 percent above its year-earlier level. " +
	"The rate of capacity utilization for mills edged down 0.2 percentage point to 71.3 percent.\n"

// monthlyPollPollText is a survey's main points in words of its own.
const monthlyPollPollText = "Views on transport, Wales: 3 to 14 May 2031\n\n" +
	"1. Main points\n\n" +
	"  • Around 8 in 10 (79%) adults reported using a bus in the last month, while a lower percentage (41%) reported using a train.\n\n" +
	"  • Among those who drive, around 1 in 20 (5%) reported they had sold a car; over half (54%) reported the cost of fuel as a concern.\n\n" +
	"  • Adults most often named the price of tickets (62%) as a reason.\n"

// monthlyPollWhatCases are the measure, status and title of the releases'
// figures.
var monthlyPollWhatCases = []whatCase{
	{name: "flat in brackets is a zero change", text: monthlyPollBakeryText, stated: "0.0%",
		measure: "change", status: "estimate", title: "Bread output volumes change on the previous month"},
	{name: "revised figure", text: monthlyPollBakeryText, stated: "2.2%",
		measure: "change", status: "estimate", title: "Bread output volumes change on the previous month, revised"},
	{name: "first estimate it revises", text: monthlyPollBakeryText, stated: "1.9%",
		status: "estimate", title: "Bread output volumes change on the previous month, first estimate"},
	{name: "three months", text: monthlyPollBakeryText, stated: "0.6%",
		status: "estimate", title: "Cake output change on the previous three months"},
	{name: "over the year", text: monthlyPollBakeryText, stated: "1.4%",
		status: "estimate", title: "Pastry output change on a year earlier"},
	{name: "sector after the figure", text: monthlyPollBakeryText, stated: "3.1%",
		status: "estimate", title: "Artisan stores change on the previous month"},
	{name: "monthly change by its subject", text: monthlyPollMillText, stated: "0.5 percent",
		measure: "change", status: "fact", title: "Mill output change on the previous month"},
	{name: "subject dated by a month", text: monthlyPollMillText, stated: "0.2 percent",
		status: "estimate", title: "Output change on the previous month"},
	{name: "exclusion stays in the title", text: monthlyPollMillText, stated: "0.4 percent",
		title: "Timber output excluding paper mills change on the previous month"},
	{name: "output of, never a verb", text: monthlyPollMillText, stated: "0.9 percent",
		title: "Output of sawmills change on the previous month"},
	{name: "clause after while", text: monthlyPollMillText, stated: "1.1 percent",
		title: "Output of pulp mills change on the previous month"},
	{name: "year-earlier level", text: monthlyPollMillText, stated: "2.5 percent",
		measure: "change", title: "Total mill output change on a year earlier"},
	{name: "index on a base year is a level", text: monthlyPollMillText, stated: "88.4 percent",
		measure: "level", title: "Total mill output index"},
	{name: "named rate is a level", text: monthlyPollMillText, stated: "71.3 percent",
		measure: "level"},
	{name: "run of months", text: monthlyPollMillText, stated: "seven consecutive months",
		title: "Consecutive monthly rises in paper production"},
	{name: "annual rate from", text: monthlyPollMillText, stated: "4.2 million units",
		title: "Truck deliveries (annual rate)"},
	{name: "annual rate to", text: monthlyPollMillText, stated: "3.8 million units",
		title: "Truck deliveries (annual rate)"},
}

func TestDraftWhatMonthlyPoll(t *testing.T) {
	runWhatCases(t, monthlyPollWhatCases)
}

// TestDraftAnnualRateUnit checks that a count at an annual rate is
// drafted per year, both ends of "from … to …".
func TestDraftAnnualRateUnit(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "from", text: monthlyPollMillText, stated: "4.2 million units", want: map[string]string{"unit": "unit per year"}},
		{name: "to", text: monthlyPollMillText, stated: "3.8 million units", want: map[string]string{"unit": "unit per year"}},
		{name: "no annual rate", text: "Truck deliveries fell to 3.8 million units in May 2031.", stated: "3.8 million units", want: map[string]string{"unit": "unit"}},
	})
}

// monthlyPollNotClaimCases are figures that are no claims of their own and
// neighbours that still are.
var monthlyPollNotClaimCases = []struct {
	name, text, stated string
	want               string // "drafted", or words the skip comment holds
}{
	{"release code's number", monthlyPollMillText, "512", "release code"},
	{"superseded estimate", monthlyPollMillText, "0.3 percent", "earlier estimate of the revised figure"},
	{"revised figure stays", monthlyPollMillText, "0.2 percent", "drafted"},
	{"proportion before its percentage", monthlyPollPollText, "Around 8 in 10", "proportion in words"},
	{"percentage after its proportion", monthlyPollPollText, "79%", "drafted"},
	{"small proportion", monthlyPollPollText, "around 1 in 20", "proportion in words"},
	{"proportion of another figure", "Around 8 in 10 adults took a bus. Fares rose (40%).", "Around 8 in 10", "drafted"},
	{"span after compared with the", monthlyPollBakeryText, "three months", "the three months\": a span"},
	{"months counted", "The mill closed for three months in 2031.", "three months", "drafted"},
}

func TestDraftNotClaimsMonthlyPoll(t *testing.T) {
	for _, tc := range monthlyPollNotClaimCases {
		t.Run(tc.name, func(t *testing.T) {
			got := monthlyPollFate(tc.text, tc.stated)
			if tc.want == "drafted" && got != "drafted" || tc.want != "drafted" && !strings.Contains(got, tc.want) {
				t.Errorf("draft of %q in %q = %q, want %q", tc.stated, tc.text, got, tc.want)
			}
		})
	}
}

// monthlyPollFate drafts text and returns what became of the figure stated:
// "drafted", or the skip comment of every draft of it.
func monthlyPollFate(text, stated string) string {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: text}, map[string]int{})
	var skips []string
	for _, cl := range d.claims() {
		if cl.skip == "" && cl.ind.Stated == stated {
			return "drafted"
		}
		if strings.HasPrefix(cl.skip, "not drafted: "+stated+" in ") {
			skips = append(skips, cl.skip)
		}
	}
	return strings.Join(skips, "; ")
}

// TestDraftNoFirstEstimate checks that a release with no estimate cue
// keeps its facts.
func TestDraftNoFirstEstimate(t *testing.T) {
	text := strings.Replace(monthlyPollBakeryText, ", according to a first estimate", "", 1)
	got := firstDraft(t, text, "1.4%")
	checkWhat(t, got, "1.4%", "", "fact", "")
}

// TestDraftTitleFaultMonthlyPoll checks that the drafter's own title test refuses
// a clipped verb phrase, a bare unit or rate word and a comparison.
func TestDraftTitleFaultMonthlyPoll(t *testing.T) {
	for _, tc := range []struct {
		title  string
		refuse bool
	}{
		{"Change in output in is now estimated", true},
		{"Annual rate", true},
		{"Units of April", true},
		{"Share of average", true},
		{"When compared with the three months", true},
		{"Truck deliveries, annual rate", false},
		{"Capacity utilization rate for mills", false},
	} {
		if got := titleFault(tc.title) != ""; got != tc.refuse {
			t.Errorf("titleFault(%q) = %q, want refused %v", tc.title, titleFault(tc.title), tc.refuse)
		}
	}
}

// monthlyPollSurveyText is a survey's main points in words of its own: a
// share of a population, a list after a lead, the most common actions, a
// group comparison and a share that points back.
const monthlyPollSurveyText = "Views on transport, Wales: 3 to 14 May 2031\n\n" +
	"1. Main points\n\n" +
	"  • 71% of adults reported the price of fares as a concern; other concerns frequently reported as important included delays (64%) and crowding (52%).\n\n" +
	"  • Around 8 in 10 (79%) adults reported their journey time had increased compared with a year ago.\n\n" +
	"  • The most common changes reported by adults because of higher fares were walking to the shops (45%), and cycling to work (21%).\n\n" +
	"  • People living in rural areas more frequently reported driving to work (66%) compared with those living in cities (30%).\n\n" +
	"  • Among those who own a car, around 1 in 20 (6%) reported they were selling their car; this appeared higher (9%) among people living in cities compared with those living in rural areas (3%).\n"

// monthlyPollPollTitleCases are the titles of a survey's shares: who
// reported what.
var monthlyPollPollTitleCases = []whatCase{
	{name: "share of a population", text: monthlyPollSurveyText, stated: "71%", title: "Share of adults reporting the price of fares as a concern"},
}

func TestDraftPollTitles(t *testing.T) {
	runWhatCases(t, monthlyPollPollTitleCases)
}

// TestDraftViewBasis checks the bases that keep a monthly release's
// three-month changes, first estimates and changes on a named level out
// of its monthly changes' view.
func TestDraftViewBasis(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Cake output change on the previous three months", "threemonth"},
		{"Cake output three-month change on a year earlier", "threemonth-year"},
		{"Bread output change on the previous month, first estimate", "revision"},
		{"Pastry output compared with their pre-pandemic level", "level"},
		{"Bread output change on the previous month", "period"},
		{"Pastry output change on a year earlier", "year"},
	} {
		if got := viewBasis(tc.title); got != tc.want {
			t.Errorf("viewBasis(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}

// TestDraftPollViews checks that a survey's views keep one question
// each and a group comparison apart.
func TestDraftPollViews(t *testing.T) {
	_, bars := statsViews(t, monthlyPollSurveyText)
	in := func(a string) int {
		for k, v := range bars {
			if slices.Contains(v, a) {
				return k
			}
		}
		return -1
	}
	for _, tc := range []struct {
		a, b     string
		together bool
	}{
		{"64%", "52%", true},
		{"66%", "30%", true},
		{"71%", "79%", false},
	} {
		ka, kb := in(tc.a), in(tc.b)
		if got := ka >= 0 && ka == kb; got != tc.together {
			t.Errorf("views %q: %q beside %q = %v, want %v", bars, tc.a, tc.b, got, tc.together)
		}
	}
}
