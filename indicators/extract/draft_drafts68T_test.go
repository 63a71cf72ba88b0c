package extract

import "testing"

// Bulleted lists of moves in a business demography release (round B), a
// labour market story and a regional accounts release: the bullet that
// opens each line is layout, never a word of a title.
const (
	drafts68Business = "Business Demography, UK: 2014\n\n1. Main points\n\n  • The number of UK business births increased by 1.2% from 346,000 to 351,000 between 2013 and 2014.\n  • The number of UK business deaths increased by 3.5% from 238,000 to 246,000 between 2013 and 2014, compared with the decrease of 5.9% in 2013 (from 252,000 to 238,000).\n"
	drafts68Jobs     = "Labour market overview\n\nMain points\n\n  • The number of people in full-time jobs increased by 0.4% on the quarter.\n"
	drafts68Regions  = "Regional accounts\n\nMain points\n\n  – The number of enterprises in Wales fell by 2.1% between 2021 and 2022.\n"
)

// TestDrafts68NoBulletInTitle: a change's title names what changes
// without the list mark and the article that open its line.
func TestDrafts68NoBulletInTitle(t *testing.T) {
	runDrafts65Cases(t, []drafts65Case{
		{name: "increased by, bullet", text: drafts68Business, stated: "1.2%", measure: "change", title: "Increase in UK business births"},
		{name: "decrease of, bullet", text: drafts68Business, stated: "5.9%", measure: "change", title: "Decrease in UK business deaths"},
		{name: "labour market bullet", text: drafts68Jobs, stated: "0.4%", measure: "change", title: "Increase in people in full-time jobs"},
		{name: "dash bullet", text: drafts68Regions, stated: "2.1%", measure: "change", title: "Decrease in enterprises in Wales"},
	})
}

// TestIsListMark: a word of list marks alone is one; a word with a
// letter or digit is not.
func TestIsListMark(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"•", true}, {"–", true}, {"*", true}, {"", false}, {"•The", false}, {"-2", false}, {"rate", false},
	}
	for _, tt := range tests {
		if got := isListMark(tt.w); got != tt.want {
			t.Errorf("isListMark(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}

// A rate in a business demography release (round B) and in two stories
// of council recycling league tables (Bridlington Free Press, 2017;
// Pocklington Post, 2020), linked to its figure by "of" or "at" as well as by "was".
const (
	drafts68Rates     = "Business Demography, UK: 2014\n\nThe number of UK business births increased by 1.2% between 2013 and 2014, a birth rate of 13.7% compared with a rate of 14.1% in 2013. London was the region with the highest birth rate at 17.7% and the highest death rate at 10.6%.\n"
	drafts68Recycling = "Recycling champions\n\nThe national average recycling rate of 45.1% was the highest annual figure on record.\n"
	drafts68League    = "Recycling league\n\nEast Riding of Yorkshire Council has been recognised for topping the Recycling League of England's local authorities with a recycling rate of 64.8% for 2018/19.\n"
)

// TestDrafts68RateLevel: a percentage named "<noun> rate" is a level
// whatever links it to its figure ("was", "of", "at"): one statistic,
// one measure.
func TestDrafts68RateLevel(t *testing.T) {
	runDrafts65Cases(t, []drafts65Case{
		{name: "birth rate of", text: drafts68Rates, stated: "13.7%", measure: "level"},
		{name: "a rate of", text: drafts68Rates, stated: "14.1%", measure: "level"},
		{name: "highest birth rate at", text: drafts68Rates, stated: "17.7%", measure: "level"},
		{name: "highest death rate at", text: drafts68Rates, stated: "10.6%", measure: "level"},
		{name: "recycling rate of", text: drafts68Recycling, stated: "45.1%", measure: "level"},
		{name: "league recycling rate of", text: drafts68League, stated: "64.8%", measure: "level"},
		{name: "growth is no rate noun", text: "Economy\n\nThe economy grew at a growth rate of 2.1% in 2023.\n", stated: "2.1%", measure: "change"},
	})
}
