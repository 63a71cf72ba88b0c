package extract

import (
	"strings"
	"testing"
)

// lenderText is a lender's financing release in words of its own
// (drafts22, the kinds of the World Bank's release on three projects in
// Bangladesh): an approval "for … in <country>" in the lead, a list of
// amounts each with its own "for", a programme's goals "by increasing A to
// N% and B to M%", what a project "will ensure", and an amount whose
// scale word is missing.
const lenderText = "The Asian Development Bank approved $820 million for two projects in Nepal that would benefit nearly 5 million people by widening roads and expanding rural schools.\n\n" +
	"The projects approved by the Bank’s Board are $500 million in new financing for the Rural Roads Connectivity Program; and $320 million for the School Sector Reform Project.\n\n" +
	"The new financing for the ongoing US$250 Rural Roads Connectivity Program would continue to improve rural access by increasing all-season road coverage to 85 percent and the school attendance rate to 92 percent.\n\n" +
	"The project will ensure clean water supply to 75 percent of the schools within two years.\n"

var lenderCases = []draftCase{
	{name: "lender lead: \"approved $X\" is a fact, titled as the financing approved for Y, in the lead's country",
		text: lenderText, stated: "$820 million", title: "Asian Development Bank financing approved for two projects in Nepal", entities: "NP", measure: "flow", status: "fact", period: "not stated"},
	{name: "lender list: an amount \"in B for C\" is titled by its own phrase, the lead's country with no place of its own",
		text: lenderText, stated: "$500 million", title: "New financing for the Rural Roads Connectivity Program", entities: "NP", measure: "flow", status: "fact", period: "not stated"},
	{name: "lender list: a later amount \"for D\" is titled by its own \"for\" phrase",
		text: lenderText, stated: "$320 million", title: "Financing for the School Sector Reform Project", entities: "NP", measure: "flow", status: "fact", period: "not stated"},
	{name: "lender goal: \"by increasing A to N%\" is a target share, titled by A",
		text: lenderText, stated: "85 percent", title: "All-season road coverage the program aims to reach", entities: "NP", measure: "share", status: "target", period: "not stated"},
	{name: "lender goal: \"and B to M%\" takes B, the noun phrase before its own \"to\"",
		text: lenderText, stated: "92 percent", title: "School attendance rate the program aims to reach", entities: "NP", measure: "share", status: "target", period: "not stated"},
	{name: "lender project: \"will ensure … N percent\" is a target",
		text: lenderText, stated: "75 percent", entities: "NP", measure: "share", status: "target", period: "not stated"},
	{name: "not a lender's lead: a figure with no place takes the document's one place",
		text: "The agency reported $820 million for two projects in Nepal. Spending reached $40 million.\n", stated: "$40 million", entities: "NP", measure: "flow", status: "fact", period: "not stated"},
}

func TestDraftLenderCases(t *testing.T) { runDraftCases(t, lenderCases) }

// TestDraftLenderNotClaims: an amount with no scale word before a
// programme's name, among amounts in millions, is explained (drafts22).
func TestDraftLenderNotClaims(t *testing.T) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: lenderText}, map[string]int{})
	var skips, stated []string
	for _, cl := range d.claims() {
		if cl.skip != "" {
			skips = append(skips, cl.skip)
		} else {
			stated = append(stated, cl.ind.Stated)
		}
	}
	const want = "not drafted: US$250 in doc (an amount with no scale word before a programme's name"
	found := false
	for _, s := range skips {
		found = found || strings.HasPrefix(s, want) && strings.Contains(s, "scale word missing?")
	}
	if !found {
		t.Errorf("skips of lenderText = %q (drafted %q), want one that starts %q", skips, stated, want)
	}
}

// TestDraftLenderSource: the lender named as the lead's subject is the
// proposed publisher; no title ever starts with a quote mark (drafts22).
func TestDraftLenderSource(t *testing.T) {
	tests := []struct {
		text, publisher, short string
	}{
		{lenderText, "Asian Development Bank", "Asian Development Bank"},
		{"The IMF approved $1.2 billion for a programme in Kenya.\n", "International Monetary Fund", "IMF"},
		{"The council approved $1.2 billion for a programme in Kenya.\n", "", ""},
	}
	for _, tc := range tests {
		d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
		if d.source.Publisher != tc.publisher || d.source.Short != tc.short {
			t.Errorf("publisher of %q = %q (%q), want %q (%q)", tc.text, d.source.Publisher, d.source.Short, tc.publisher, tc.short)
		}
	}
	quoted := "The World Bank approved $300 million for a project in Ghana.\n\n“The additional financing will bring 2 million children to school,” said a team leader.\n"
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: quoted}, map[string]int{})
	for _, cl := range d.claims() {
		if cl.skip == "" && strings.HasPrefix(cl.ind.Title, "“") {
			t.Errorf("title of %q = %q, want one that starts with no quote mark", cl.ind.Stated, cl.ind.Title)
		}
	}
}
