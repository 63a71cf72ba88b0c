package extract

import "testing"

// dealText is a government's release in the first person on a trade
// agreement with one other party, in words of its own (drafts20, the
// kinds of the New Zealand Government's release on its EU agreement): the
// headline names the other party first, a bare "$" is the home's dollar,
// the partner's rank among the home's partners, figures from the
// agreement's entry into force, a "That's" that points back, another
// agreement named, shares of the partner's imports possible and "today".
const dealText = "UK trade pact signed as new chapter opens\n\n" +
	"Australia and the United Kingdom have signed a landmark trade agreement that is set to open new markets in Australia’s fifth-largest trading partner.\n\n" +
	"“The agreement will increase our exports to the UK by up to $2.4 billion per year by 2030,” said the Trade Minister.\n\n" +
	"Tariff savings on Australian exports are $200 million from day one of the agreement entering into force.\n\n" +
	"“That’s around two times the immediate savings from the Japan FTA,” said the Minister.\n\n" +
	"“Between this and the Japan FTA we will save around $300 million annually in tariffs on our exports.\n\n" +
	"“Australia will have the opportunity to provide up to 40% of the UK’s beef imports – up from 9% today. Australian wines could also make up 20% of the UK’s imported wines, up from 12% today.\n\n" +
	"“The agreement also widens our quota for lamb, meaning that if farmers use it, we could account for up to 30% of UK imports.\n"

const dealHead = "UK trade pact signed as new chapter opens"

var homeCases = []draftCase{
	{name: "agreement: \"X's fifth-largest trading partner\" is the partner's rank, X the counterpart, a fact inside its noun phrase",
		text: dealText, section: dealHead, stated: "fifth-largest", title: "Rank of United Kingdom among Australia's trading partners", entities: "GB", counterpart: "AU", measure: "rank", status: "fact", period: "not stated"},
	{name: "agreement: \"our exports to Y\" are the home's, Y the counterpart; a bare \"$\" of a dollar country keeps its base",
		text: dealText, section: dealHead, stated: "up to $2.4 billion per year", entities: "AU", counterpart: "GB", measure: "change", status: "projection", period: "2030", unit: "AUD per year"},
	{name: "agreement: a one-place flow takes the other party; \"from day one of the agreement entering into force\" is a projection",
		text: dealText, section: dealHead, stated: "$200 million", title: "Tariff savings on Australian exports", entities: "AU", counterpart: "GB", measure: "flow", status: "projection", period: "not stated", unit: "AUD"},
	{name: "agreement: \"That's\" takes the status of what it points back to; a place in an agreement's name is no entity; a multiple of savings is a flow",
		text: dealText, section: dealHead, stated: "around two times", title: "Immediate savings compared with the Japan FTA's", entities: "AU", counterpart: "GB", status: "projection", measure: "flow", period: "not stated", unit: "times"},
	{name: "agreement: \"we will save\" is a projection; \"Between this and\" another agreement has no one counterpart and is no title",
		text: dealText, section: dealHead, stated: "around $300 million", title: "Annual tariff savings", entities: "AU", measure: "flow", status: "projection", period: "not stated", unit: "AUD per year"},
	{name: "agreement: \"will have the opportunity to provide N% of Y's imports\" is a projection of the home's share, Y the counterpart",
		text: dealText, section: dealHead, stated: "up to 40%", title: "Share of UK beef imports", entities: "AU", counterpart: "GB", measure: "share", status: "projection", period: "not stated"},
	{name: "agreement: \"up from N today\" is a fact, the baseline of the figure before",
		text: dealText, section: dealHead, stated: "9%", title: "Today's share of UK beef imports", entities: "AU", counterpart: "GB", measure: "share", status: "fact", period: "not stated"},
	{name: "agreement: \"X could make up N% of Y's imported Z\"",
		text: dealText, section: dealHead, stated: "20%", title: "Share of UK imported wines", entities: "AU", counterpart: "GB", measure: "share", status: "projection", period: "not stated"},
	{name: "agreement: \"today\" next to a figure is a fact whatever the sentence's modal",
		text: dealText, section: dealHead, stated: "12%", title: "Today's share of UK imported wines", entities: "AU", counterpart: "GB", measure: "share", status: "fact", period: "not stated"},
	{name: "agreement: a generic \"of UK imports\" takes the product named earlier in the sentence",
		text: dealText, section: dealHead, stated: "up to 30%", title: "Share of UK lamb imports", entities: "AU", counterpart: "GB", measure: "share", status: "projection", period: "not stated"},
	{name: "gazetteer: \"Aotearoa\" is New Zealand",
		text: "Aotearoa exported $5 billion of dairy in 2022.", stated: "$5 billion", entities: "NZ", measure: "flow", status: "fact", period: "2022"},
}

func TestDraftHomeCases(t *testing.T) {
	runDraftCases(t, homeCases)
}

func TestBadTitle(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"Up", true},
		{"Down", true},
		{"“That’s", true},
		{"Between this and the UK FTA", true},
		{"Up from last year", false},
		{"Share of EU butter imports", false},
	}
	for _, tc := range tests {
		if got := badTitle(tc.title); got != tc.want {
			t.Errorf("badTitle(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}
