package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// agencyText is a global body's page of key figures, in words of its own
// (drafts19, the kinds of WHO's "World Malaria Day 2020 – Key messages"):
// world totals with no place, a WHO region's share of cases and deaths
// "worldwide", a share of a whole held by listed places with their own
// shares in parentheses and "(6% each)", targets set off by dashes,
// funding in US$ and its sources, and shares of people who did something.
const agencyText = "Dengue in figures\n" +
	"Cases and deaths\n" +
	"In 2023, there were an estimated 6.5 million cases of dengue in 80 countries. Gains in reducing dengue were slow over the period 2019 to 2023.\n" +
	"The WHO Region of the Americas accounted for 80% of dengue cases and 60% of deaths worldwide in 2023. " +
	"More than half of all cases were in 5 countries: Brazil (40% of cases); Mexico (9%); as well as Peru, Colombia and Argentina (6% each).\n" +
	"Targets and money\n" +
	"On current trends, three key targets of the WHO strategy for dengue 2021–2030 – cutting dengue case incidence and death rates by at least 25% by 2025 – will be missed.\n" +
	"In 2023, total funding for dengue control reached an estimated US$ 1.2 billion, well short of the US$ 3 billion funding target of the strategy. " +
	"Nearly 60% of dengue funding was provided by private donors. " +
	"Governments of dengue-endemic countries contributed about 35% of total funding.\n" +
	"Gaps in WHO-recommended protection\n" +
	"- In 2023, a third (33%) of people at risk of dengue in Asia slept under a treated net, a small rise since 2020.\n" +
	"- About 26% of eligible children in Asia received the recommended 2 or more doses of dengue vaccine in 2023.\n"

var globalCases = []draftCase{
	// The world's figures with no place.
	{name: "agency page: there were N X of Y is titled \"Y X\", the world's on a global body's page",
		text: agencyText, stated: "an estimated 6.5 million cases", title: "Dengue cases", entities: "WLD", measure: "count", status: "estimate", period: "2023"},
	{name: "agency page: \"an estimated\" qualifies the figure it stands before, not the countries after it",
		text: agencyText, stated: "80 countries", title: "Countries with dengue cases", entities: "WLD", measure: "count", status: "fact", period: "2023"},
	// A WHO region and "worldwide".
	{name: "agency page: a WHO region is its M49 region, the year closing the sentence beats a span of the sentence before",
		text: agencyText, stated: "80%", title: "Share of dengue cases", entities: "019", measure: "share", status: "fact", period: "2023"},
	{name: "agency page: \"worldwide\" names the whole, not the share's place",
		text: agencyText, stated: "60%", entities: "019", measure: "share", status: "fact", period: "2023"},
	// A list of places with their shares.
	{name: "agency page: a share in N countries is of every listed place, those after \"as well as\" too",
		text: agencyText, stated: "More than half", title: "Share of all cases in five countries", entities: "BR,MX,PE,CO,AR", measure: "share", status: "fact", period: "2023"},
	{name: "agency page: a figure in parentheses is the place's before it, with no counterpart",
		text: agencyText, stated: "40%", title: "Brazil's share of cases", entities: "BR", measure: "share", status: "fact", period: "2023"},
	{name: "agency page: a later item without its noun takes the list's",
		text: agencyText, stated: "9%", title: "Mexico's share of cases", entities: "MX", measure: "share", status: "fact", period: "2023"},
	// Targets set off by dashes.
	{name: "agency page: a target set off by dashes after \"targets\", one per object joined by \"and\"",
		text: agencyText, stated: "at least 25%", title: "Target cut in dengue death rates", entities: "WLD", measure: "change", status: "target", period: "2025", direction: "down"},
	// Money in US$.
	{name: "agency page: \"US$\" names no place: total funding is the world's",
		text: agencyText, stated: "an estimated US$ 1.2 billion", entities: "WLD", measure: "flow", status: "estimate", period: "2023"},
	{name: "agency page: a money target is titled by the words after it",
		text: agencyText, stated: "US$ 3 billion", title: "Funding target of the strategy", entities: "WLD", measure: "flow", status: "target", period: "2023"},
	{name: "agency page: \"provided by\" is no change; the share names who provides it",
		text: agencyText, stated: "Nearly 60%", title: "Share of dengue funding from private donors", entities: "WLD", measure: "share", status: "fact", period: "2023"},
	{name: "agency page: a share a subject contributed names the part",
		text: agencyText, stated: "about 35%", title: "Share of funding from governments of dengue-endemic countries", entities: "WLD", measure: "share", status: "fact", period: "2023"},
	// Shares of people who did something.
	{name: "agency page: a share of people who did something, the place left to the entities",
		text: agencyText, stated: "33%", title: "Share of people at risk of dengue sleeping under a treated net", entities: "142", measure: "share", status: "fact", period: "2023"},
	{name: "agency page: a year closing the sentence dates its figure; a definition is cut from the title, the place kept in a short one",
		text: agencyText, stated: "About 26%", title: "Share of eligible children in Asia receiving dengue vaccine", entities: "142", measure: "share", status: "fact", period: "2023"},
	// Elsewhere.
	{name: "a year closing the sentence is not a figure's before \"to\" another",
		text: "Sales rose from $4 billion to $5 billion in 2021.", stated: "$4 billion", period: "not stated"},
	{name: "\"US$\" glued is a currency; \"U.S.\" with a space before the amount is the place",
		text: "Kenya received US$ 12 million in grants. The U.S. $6 billion pledge was made in Nairobi.", stated: "US$ 12 million", entities: "KE", measure: "flow", status: "fact", period: "not stated"},
}

func TestDraftGlobalCases(t *testing.T) { runDraftCases(t, globalCases) }

// TestDraftGlobalSplits: "(6% each)" is one claim per place of the list
// before it, and a target of two objects joined by "and" one claim per
// object, each with its own title and id (drafts19).
func TestDraftGlobalSplits(t *testing.T) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: agencyText}, map[string]int{})
	got := map[string][]string{}
	for _, cl := range d.claims() {
		if cl.skip == "" && (cl.ind.Stated == "6%" || cl.ind.Stated == "at least 25%") {
			got[cl.ind.Stated] = append(got[cl.ind.Stated], cl.ind.ID+" "+strings.Join(cl.ind.Entities, ",")+" "+cl.ind.Title)
		}
	}
	want := map[string][]string{
		"6%": {
			"perus-share-of-cases-2023 PE Peru's share of cases",
			"colombias-share-of-cases-2023 CO Colombia's share of cases",
			"argentinas-share-of-cases-2023 AR Argentina's share of cases",
		},
		"at least 25%": {
			"target-cut-in-dengue-case-incidence-2025 WLD Target cut in dengue case incidence",
			"target-cut-in-dengue-death-rates-2025 WLD Target cut in dengue death rates",
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("split claims of agencyText (-want +got):\n%s", diff)
	}
}

// TestDraftGlobalNotClaims: the number of places a list then names, the
// number of targets a sentence spells out and a standard "the
// recommended" defines are explained, not drafted (drafts19).
func TestDraftGlobalNotClaims(t *testing.T) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: agencyText}, map[string]int{})
	var skips []string
	for _, cl := range d.claims() {
		if cl.skip != "" {
			skips = append(skips, cl.skip)
		}
	}
	want := []string{
		"not drafted: 5 countries in doc (the number of the 5 places the sentence lists after it)",
		"not drafted: three key targets in doc (the number of the targets the sentence spells out, which are drafted themselves)",
		"not drafted: 2 or more in doc (what \"the recommended\" defines, not a measured figure)",
	}
	for _, w := range want {
		found := false
		for _, s := range skips {
			found = found || strings.HasPrefix(s, w)
		}
		if !found {
			t.Errorf("skips of agencyText = %q, want one that starts %q", skips, w)
		}
	}
}

// TestDraftGlobalSource: a page that names an international body three
// times or more is the body's (drafts19).
func TestDraftGlobalSource(t *testing.T) {
	tests := []struct {
		text, publisher, short string
	}{
		{agencyText, "World Health Organization", "WHO"},
		{"Key facts\nThe World Bank lends. The World Bank reports. World Bank data show 5% growth.\n", "World Bank", "World Bank"},
		{"Key facts\nWHO data show 5% growth, as WHO said.\n", "", ""},
		{"Key facts\nWho knows? WHOLE numbers: 5% growth. who who who\n", "", ""},
	}
	for _, tc := range tests {
		d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
		if d.source.Publisher != tc.publisher || d.source.Short != tc.short {
			t.Errorf("publisher of %q = %q (%q), want %q (%q)", tc.text, d.source.Publisher, d.source.Short, tc.publisher, tc.short)
		}
	}
}

// TestPlacesInRegionsAndCurrency: the WHO's regions and "US$" in the
// gazetteer (drafts19).
func TestPlacesInRegionsAndCurrency(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"funding of US$ 2.7 billion", nil},
		{"the U.S. $6 billion pledge", []string{"US"}},
		{"The WHO African Region accounted for most cases", []string{"002"}},
		{"the WHO European Region and the Region of the Americas", []string{"150", "019"}},
		{"the WHO South-East Asia Region and the Western Pacific Region", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, p := range placesIn(tc.text, 0) {
			got = append(got, p.code)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("placesIn(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
}
