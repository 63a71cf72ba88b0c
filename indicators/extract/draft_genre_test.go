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
		section: "Canada and Chile sign fisheries accord", text: tradeDealText, stated: "$3.1 billion", title: "Increase in bilateral trade each year in the long run", entities: "CA,CL", measure: "change", status: "projection", period: "not stated", direction: "up"},
	{name: "trade accord: a later item is a change of its own noun, with the verb's status",
		section: "Canada and Chile sign fisheries accord", text: tradeDealText, stated: "$1.2 billion", title: "Increase in Canadian exports each year in the long run", entities: "CA", counterpart: "CL", measure: "change", status: "projection", period: "not stated", direction: "up"},
	{name: "trade accord: the last item of the list",
		section: "Canada and Chile sign fisheries accord", text: tradeDealText, stated: "$0.9 billion", title: "Increase in wages each year in the long run", entities: "CA", counterpart: "CL", measure: "change", status: "projection", period: "not stated", direction: "up"},
	// A rank among the world's.
	{name: "trade accord: a rank the subject is projected to reach is the place's, among the world's",
		section: "Canada and Chile sign fisheries accord", text: tradeDealText, stated: "2nd largest", title: "Chile's rank among global copper exporters", entities: "CL", counterpart: "WLD", measure: "rank", status: "projection", period: "not stated"},
	{name: "\"forecasted to become\" is a projection, the rank the place's own",
		text: "Peru’s economy keeps growing, forecasted to become the 5th largest global producer of silver.", stated: "5th largest",
		title: "Peru's forecast rank among global producers", entities: "PE", counterpart: "WLD", measure: "rank", status: "projection", period: "not stated"},
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
