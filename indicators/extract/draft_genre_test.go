package extract

import (
	"strings"
	"testing"
)

// tradeDealText is a government's release on a trade accord, in words of
// its own (drafts18, the kinds of a UK release on a trade deal): a
// place's tariffs cut, "from A to B" rates, a verb of change over a list,
// a rank among the world's, and points and horizons of time.
const tradeDealText = "Canada and Chile sign fisheries accord\n\n" +
	"Chilean tariffs will be cut, removing duties on 80% of fish lines, with 65% of these becoming duty-free within five years.\n\n" +
	"Salmon and trout tariffs will be reduced from 120% to 60% before falling to 25% by year eight of the accord, while machinery tariffs will go from over 50% to 5% under a quota.\n\n" +
	"The accord is expected to raise bilateral trade by $3.1 billion, Canadian exports by $1.2 billion and wages by $0.9 billion each year in the long run.\n\n" +
	"Canadian firms gain access to Chile’s market as it grows, projected to become the 2nd largest global copper exporter within four years.\n\n" +
	"Wine tariffs will be halved from 40% to 20%. The central bank kept an interest rate of 5.25 percent. It will cut interest rates by 0.5 percent.\n"

// fuelText is a statistical outlook of fuel prices, in words of its own
// (drafts18, the kinds of EIA's Short-Term Energy Outlook): a release-date
// line, prices averaged and forecast per barrel and per gallon with their
// changes from a month and a year before, a spread to another benchmark,
// a range the market expects, quarters and halves, and production that
// declined.
const fuelText = "Quarterly Fuel Outlook\n\nRelease Date: March 12, 2019  |  Next Release Date: April 9, 2019\n\n" +
	"• West Texas Intermediate (WTI) crude oil prices averaged $55/barrel (b) in February, a $4/b increase from January. " +
	"Brent prices showed daily changes of more than 4% for three consecutive trading days from February 25 to March 1.\n" +
	"• The agency forecasts that Brent crude oil prices will average $63/b in 2019. " +
	"Forecast Brent crude oil prices in 2019 and 2020 average $7/b higher than the WTI price. " +
	"Futures contracts for June 2019 delivery suggest the market expects WTI prices to range from $41/b to $70/b in June 2019.\n" +
	"• U.S. diesel retail prices averaged $3.02/gallon (gal) in February, a decrease of 5 cents/gal from January and 12 cents/gal lower than in February 2018. " +
	"The agency expects diesel prices to average $3.10/gal during the second quarter of 2019. Retail prices will average $3.05/gal in 2H19.\n" +
	"• The agency estimates total U.S. crude oil production declined by 90,000 barrels per day (b/d) in February compared with January production.\n"

var genreCases = []draftCase{
	// Rates: a place's tariffs and the figures of their sentence.
	{name: "trade accord: a share of lines in a participle clause inherits the main verb's will; the tariff's place and the page's other party",
		section: "Canada and Chile sign fisheries accord", text: tradeDealText, stated: "80%", title: "Share of fish lines", entities: "CL", counterpart: "CA", measure: "share", status: "pledge", period: "not stated"},
	{name: "trade accord: \"of these\" refers back to the figure before; a \"with\" clause inherits the status",
		section: "Canada and Chile sign fisheries accord", text: tradeDealText, stated: "65%", title: "Share of fish lines becoming duty-free within five years", entities: "CL", counterpart: "CA", measure: "share", status: "pledge", period: "not stated"},
	{name: "trade accord: the A of \"from A to B\" is the present level, a fact; a subject with no place takes the place of the tariffs before",
		section: "Canada and Chile sign fisheries accord", text: tradeDealText, stated: "120%", title: "Salmon and trout tariffs before the accord", entities: "CL", counterpart: "CA", measure: "level", status: "fact", period: "not stated"},
	{name: "trade accord: the B of \"from A to B\" is the level the verb pledges",
		section: "Canada and Chile sign fisheries accord", text: tradeDealText, stated: "60%", title: "Salmon and trout tariffs once reduced", entities: "CL", counterpart: "CA", measure: "level", status: "pledge", period: "not stated"},
	{name: "trade accord: \"falling to 25%\" is the level reached, not a change",
		section: "Canada and Chile sign fisheries accord", text: tradeDealText, stated: "25%", title: "Salmon and trout tariffs by year eight of the accord", entities: "CL", counterpart: "CA", measure: "level", status: "pledge", period: "not stated"},
	{name: "trade accord: \"will go from over 50%\" is the level before, a fact",
		section: "Canada and Chile sign fisheries accord", text: tradeDealText, stated: "over 50%", title: "Machinery tariffs before the accord", entities: "CL", counterpart: "CA", measure: "level", status: "fact", period: "not stated"},
	{name: "trade accord: the level after, under its condition",
		section: "Canada and Chile sign fisheries accord", text: tradeDealText, stated: "5%", title: "Machinery tariffs under a quota", entities: "CL", counterpart: "CA", measure: "level", status: "pledge", period: "not stated"},
	{name: "trade accord: a tariff halved from A to B, B once halved",
		section: "Canada and Chile sign fisheries accord", text: tradeDealText, stated: "20%", title: "Wine tariffs once halved", entities: "CL", counterpart: "CA", measure: "level", status: "pledge", period: "not stated"},
	{name: "an interest rate of a percentage is a level",
		section: "Canada and Chile sign fisheries accord", text: tradeDealText, stated: "5.25 percent", measure: "level", status: "fact", entities: "CA,CL", period: "not stated"},
	{name: "a rate cut by a percentage is a change",
		section: "Canada and Chile sign fisheries accord", text: tradeDealText, stated: "0.5 percent", measure: "change", status: "pledge", entities: "CA,CL", period: "not stated", direction: "down"},
	// One verb over a list of changes.
	{name: "trade accord: the first item of a verb's list of changes keeps the list's closing words",
		section: "Canada and Chile sign fisheries accord", text: tradeDealText, stated: "$3.1 billion", title: "Change in bilateral trade each year in the long run", entities: "CA,CL", measure: "change", status: "projection", period: "not stated", direction: "up"},
	{name: "trade accord: a later item is a change of its own noun, with the verb's status",
		section: "Canada and Chile sign fisheries accord", text: tradeDealText, stated: "$1.2 billion", title: "Change in Canadian exports each year in the long run", entities: "CA", counterpart: "CL", measure: "change", status: "projection", period: "not stated", direction: "up"},
	{name: "trade accord: the last item of the list",
		section: "Canada and Chile sign fisheries accord", text: tradeDealText, stated: "$0.9 billion", title: "Change in wages each year in the long run", entities: "CA", counterpart: "CL", measure: "change", status: "projection", period: "not stated", direction: "up"},
	// A rank among the world's.
	{name: "trade accord: a rank the subject is projected to reach is the place's, among the world's",
		section: "Canada and Chile sign fisheries accord", text: tradeDealText, stated: "2nd largest", title: "Chile's rank among global copper exporters", entities: "CL", counterpart: "WLD", measure: "rank", status: "projection", period: "not stated"},
	{name: "\"forecasted to become\" is a projection, the rank the place's own",
		text: "Peru’s economy keeps growing, forecasted to become the 5th largest global producer of silver.", stated: "5th largest",
		title: "Peru's forecast rank among global producers", entities: "PE", counterpart: "WLD", measure: "rank", status: "projection", period: "not stated"},
	// Outlooks: prices, their changes and spreads, and what dates them.
	{name: "outlook: a price averaged is a level, of the benchmark's place, in the month of the release-date line's year",
		text: fuelText, section: "Quarterly Fuel Outlook", stated: "$55/barrel", title: "WTI crude oil price", entities: "US", measure: "level", status: "fact", period: "2019-02",
		quote: "West Texas Intermediate (WTI) crude oil prices averaged $55/barrel (b) in February, a $4/b increase from January."},
	{name: "outlook: \"a $4/b increase from January\" is a change of the month, not of January",
		text: fuelText, section: "Quarterly Fuel Outlook", stated: "$4/b", title: "Change in WTI crude oil price from January", entities: "US", measure: "change", status: "fact", period: "2019-02", direction: "up"},
	{name: "outlook: daily changes of a percentage over a span of days across months",
		text: fuelText, section: "Quarterly Fuel Outlook", stated: "more than 4%", title: "Daily changes in Brent prices", entities: "WLD", measure: "change", status: "fact", period: "2019-02/2019-03"},
	{name: "outlook: a count takes the changes it counts",
		text: fuelText, section: "Quarterly Fuel Outlook", stated: "three consecutive trading days", title: "Consecutive trading days of daily changes in Brent prices", entities: "WLD", measure: "count", status: "fact", period: "2019-02/2019-03"},
	{name: "outlook: a forecast price is titled by its subject past the reporting clause",
		text: fuelText, section: "Quarterly Fuel Outlook", stated: "$63/b", title: "Brent crude oil price forecast", entities: "WLD", measure: "level", status: "projection", period: "2019"},
	{name: "outlook: a spread to another price is a level; \"in 2019 and 2020\" drafts the first year",
		text: fuelText, section: "Quarterly Fuel Outlook", stated: "$7/b", title: "Brent crude oil price premium over WTI", entities: "WLD", measure: "level", status: "projection", period: "2019"},
	{name: "outlook: the range the market expects is one range, in the month closing the clause",
		text: fuelText, section: "Quarterly Fuel Outlook", stated: "from $41/b to $70/b", title: "Expected range of WTI prices", entities: "US", measure: "level", status: "projection", period: "2019-06"},
	{name: "outlook: \"a decrease of 5 cents\" is a change",
		text: fuelText, section: "Quarterly Fuel Outlook", stated: "5 cents/gal", title: "Change in U.S. diesel retail price from January", entities: "US", measure: "change", status: "fact", period: "2019-02", direction: "down"},
	{name: "outlook: \"lower than in February 2018\" is the base, not the figure's month",
		text: fuelText, section: "Quarterly Fuel Outlook", stated: "12 cents/gal", title: "Change in U.S. diesel retail price from a year earlier", entities: "US", measure: "change", status: "fact", period: "2019-02", base: "2018-02", direction: "down"},
	{name: "outlook: \"during the second quarter of 2019\" is a quarter",
		text: fuelText, section: "Quarterly Fuel Outlook", stated: "$3.10/gal", title: "Diesel price forecast", entities: "US", measure: "level", status: "projection", period: "2019-Q2"},
	{name: "outlook: \"2H19\" is a half; prices that will average are a projection",
		text: fuelText, section: "Quarterly Fuel Outlook", stated: "$3.05/gal", title: "Retail price forecast", entities: "US", measure: "level", status: "projection", period: "2019-H2"},
	{name: "outlook: production that declined by a rate is a change, titled by the reported subject",
		text: fuelText, section: "Quarterly Fuel Outlook", stated: "90,000 barrels per day", title: "Change in U.S. crude oil production from January", entities: "US", measure: "change", status: "estimate", period: "2019-02", direction: "down"},
	{name: "a title never starts with a unit the figure parser left",
		text: "Diesel averaged $3/gal in May, a $1/gal increase from April.", stated: "$1/gal", title: "Increase from April", measure: "change", status: "fact", entities: "", period: "not stated", direction: "up"},
	// Status: what cannot promise, projects.
	{name: "\"will\" with prices as subject is a projection, not a pledge",
		text: "Coffee prices will rise by $2 billion.", stated: "$2 billion", measure: "change", status: "projection", entities: "", period: "not stated"},
	{name: "\"will\" with an actor stays a pledge",
		text: "The ministry will spend $2 billion on roads.", stated: "$2 billion", measure: "flow", status: "pledge", entities: "", period: "not stated"},
}

func TestDraftGenreCases(t *testing.T) {
	runDraftCases(t, genreCases)
}

// TestDraftHorizons: points and horizons of time, and a multiple that
// restates a change given in full, are explained, not drafted (drafts18).
func TestDraftHorizons(t *testing.T) {
	tests := []struct{ text, figure, why string }{
		{tradeDealText, "eight", "a point in time (\"by year eight\")"},
		{tradeDealText, "five years", "a horizon of time (\"within five years\")"},
		{tradeDealText, "four years", "a horizon of time"},
		{tradeDealText, "halved", "restates the change \"from 40% to 20%\""},
		{"Duties fall to zero in year five of the pact.", "five", "a point in time (\"in year five\")"},
	}
	for _, tc := range tests {
		d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
		var skips []string
		for _, cl := range d.claims() {
			if cl.skip == "" && cl.ind.Stated == tc.figure {
				t.Errorf("draft of %q: %q drafted as a claim, want it explained", tc.text, tc.figure)
			}
			skips = append(skips, cl.skip)
		}
		if got := strings.Join(skips, "\n"); !strings.Contains(got, tc.figure+" in doc") || !strings.Contains(got, tc.why) {
			t.Errorf("draft of %q: skips %q, want one for %q saying %q", tc.text, got, tc.figure, tc.why)
		}
	}
}

func TestInanimateWill(t *testing.T) {
	tests := []struct {
		clause string
		want   bool
	}{
		{"brent crude oil prices will average", true},
		{"domestic production will fall to", true},
		{"tariffs will be slashed", false},
		{"the ministry will spend", false},
		{"prices rose", false},
	}
	for _, tc := range tests {
		if got := inanimateWill(tc.clause); got != tc.want {
			t.Errorf("inanimateWill(%q) = %v, want %v", tc.clause, got, tc.want)
		}
	}
}

func TestReleaseDate(t *testing.T) {
	tests := []struct {
		line, want string
		ok         bool
	}{
		{"Release Date: September 9, 2015  |  Next Release Date: October 6, 2015", "September 9, 2015", true},
		{"Released: 4 May 2021", "4 May 2021", true},
		{"For release March 3, 2020; embargoed", "March 3, 2020", true},
		{"Embargoed until 14 July 2018", "14 July 2018", true},
		{"Released figures show a rise", "", false},
		{"September 9, 2015", "", false},
	}
	for _, tc := range tests {
		if got, ok := releaseDate(tc.line); got != tc.want || ok != tc.ok {
			t.Errorf("releaseDate(%q) = %q, %v, want %q, %v", tc.line, got, ok, tc.want, tc.ok)
		}
	}
	if got, want := datelineOf("Outlook\n\nRelease Date: September 9, 2015 | Next Release Date: October 6, 2015\n\nText.\n").String(), "2015-09-09"; got != want {
		t.Errorf("datelineOf(a release-date line) = %s, want %s", got, want)
	}
}

func TestQuarterOf(t *testing.T) {
	tests := []struct{ s, want string }{
		{"to an average of $2.11/gal during the fourth quarter of 2015", "2015-Q4"},
		{"in 3Q24", "2024-Q3"},
		{"in Q3 2024", "2024-Q3"},
		{"in 2H24", "2024-H2"},
		{"over the second half of 2024", "2024-H2"},
		{"in the first quarter of the year", ""},
		{"in 3H24", ""},
	}
	for _, tc := range tests {
		p, _, ok := quarterOf(tc.s)
		got := ""
		if ok {
			got = p.String()
		}
		if got != tc.want {
			t.Errorf("quarterOf(%q) = %q, want %q", tc.s, got, tc.want)
		}
	}
}

func TestBenchmarkIn(t *testing.T) {
	tests := []struct{ s, form, code string }{
		{"North Sea Brent crude oil prices averaged", "Brent", "WLD"},
		{"Forecast West Texas Intermediate (WTI) crude oil prices", "West Texas Intermediate", "US"},
		{"WTI prices to range from", "WTI", "US"},
		{"Brentwood prices", "", ""},
	}
	for _, tc := range tests {
		if form, code, _ := benchmarkIn(tc.s); form != tc.form || code != tc.code {
			t.Errorf("benchmarkIn(%q) = %q, %q, want %q, %q", tc.s, form, code, tc.form, tc.code)
		}
	}
}

func TestBulletPrefix(t *testing.T) {
	tests := []struct {
		sent string
		want int
	}{
		{"• North Sea Brent prices averaged $47.", len("• ")},
		{"-  Exports rose.", 3},
		{"*\tImports fell.", 2},
		{"-5 percent was the change.", 0},
		{"Exports rose.", 0},
	}
	for _, tc := range tests {
		if got := bulletPrefix(tc.sent); got != tc.want {
			t.Errorf("bulletPrefix(%q) = %d, want %d", tc.sent, got, tc.want)
		}
	}
}
