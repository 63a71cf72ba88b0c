package extract

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// Bulleted lists of moves in a business demography release (round B), a
// labour market story and a regional accounts release: the bullet that
// opens each line is layout, never a word of a title.
const (
	rateLevelBusiness = "Business Demography, UK: 2014\n\n1. Main points\n\n  • The number of UK business births increased by 1.2% from 346,000 to 351,000 between 2013 and 2014.\n  • The number of UK business deaths increased by 3.5% from 238,000 to 246,000 between 2013 and 2014, compared with the decrease of 5.9% in 2013 (from 252,000 to 238,000).\n"
	rateLevelJobs     = "Labour market overview\n\nMain points\n\n  • The number of people in full-time jobs increased by 0.4% on the quarter.\n"
	rateLevelRegions  = "Regional accounts\n\nMain points\n\n  – The number of enterprises in Wales fell by 2.1% between 2021 and 2022.\n"
)

// TestDraftNoBulletInTitle: a change's title names what changes
// without the list mark and the article that open its line.
func TestDraftNoBulletInTitle(t *testing.T) {
	runUnitMeasureCases(t, []unitMeasureCase{
		{name: "increased by, bullet", text: rateLevelBusiness, stated: "1.2%", measure: "change", title: "Change in UK business births"},
		{name: "decrease of, bullet", text: rateLevelBusiness, stated: "5.9%", measure: "change", title: "Change in UK business deaths"},
		{name: "labour market bullet", text: rateLevelJobs, stated: "0.4%", measure: "change", title: "Change in people in full-time jobs"},
		{name: "dash bullet", text: rateLevelRegions, stated: "2.1%", measure: "change", title: "Change in enterprises in Wales"},
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
	rateLevelRates     = "Business Demography, UK: 2014\n\nThe number of UK business births increased by 1.2% between 2013 and 2014, a birth rate of 13.7% compared with a rate of 14.1% in 2013. London was the region with the highest birth rate at 17.7% and the highest death rate at 10.6%.\n"
	rateLevelRecycling = "Recycling champions\n\nThe national average recycling rate of 45.1% was the highest annual figure on record.\n"
	rateLevelLeague    = "Recycling league\n\nEast Riding of Yorkshire Council has been recognised for topping the Recycling League of England's local authorities with a recycling rate of 64.8% for 2018/19.\n"
)

// TestDraftRateLevel: a percentage named "<noun> rate" is a level
// whatever links it to its figure ("was", "of", "at"): one statistic,
// one measure.
func TestDraftRateLevel(t *testing.T) {
	runUnitMeasureCases(t, []unitMeasureCase{
		{name: "birth rate of", text: rateLevelRates, stated: "13.7%", measure: "level"},
		{name: "a rate of", text: rateLevelRates, stated: "14.1%", measure: "level"},
		{name: "highest birth rate at", text: rateLevelRates, stated: "17.7%", measure: "level"},
		{name: "highest death rate at", text: rateLevelRates, stated: "10.6%", measure: "level"},
		{name: "recycling rate of: a part of the waste, a share", text: rateLevelRecycling, stated: "45.1%", measure: "share"},
		{name: "league recycling rate of: a share", text: rateLevelLeague, stated: "64.8%", measure: "share"},
		{name: "growth is no rate noun", text: "Economy\n\nThe economy grew at a growth rate of 2.1% in 2023.\n", stated: "2.1%", measure: "change"},
	})
}

// The two ends of a rate's "decreased from X% to Y%" in a business
// demography release (round B), a recycling news page (resource-
// recycling.com) and a jobs story: both ends are levels of the rate, the
// decimal point of the first end no end of the sentence, so a view pairs
// two levels, never a level and a change.
const (
	rateLevelBirthRate = "Business Demography, UK: 2014\n\nIn 2014, there were 351,000 business births in the UK. The birth rate decreased from 14.1% to 13.7% between 2013 and 2014.\n"
	rateLevelPET       = "Recycling news\n\nThe U.S. PET bottle recycling rate dropped from 30.1 percent to 28.4 percent in 2016, as the volume of new containers placed onto the market continued to increase.\n"
	rateLevelJobless   = "Jobs report\n\nThe unemployment rate, which is calculated from a separate survey, fell from 4.1% to 4%, an eight-month low.\n"
)

// TestDraftRateEnds: both ends of a rate's from-to are levels.
func TestDraftRateEnds(t *testing.T) {
	runUnitMeasureCases(t, []unitMeasureCase{
		{name: "birth rate from", text: rateLevelBirthRate, stated: "14.1%", measure: "level"},
		{name: "birth rate to", text: rateLevelBirthRate, stated: "13.7%", measure: "level"},
		{name: "recycling rate from", text: rateLevelPET, stated: "30.1 percent", measure: "level"},
		{name: "recycling rate to", text: rateLevelPET, stated: "28.4 percent", measure: "level"},
		{name: "unemployment rate to: a share", text: rateLevelJobless, stated: "4%", measure: "share"},
	})
}

// TestNamedRateBefore: the last "<noun> rate" before a figure, growth's
// aside.
func TestNamedRateBefore(t *testing.T) {
	tests := []struct{ before, want string }{
		{"the birth rate decreased from 14.1% to ", "birth rate"},
		{"the growth rate fell from ", ""},
		{"the number of births fell from ", ""},
	}
	for _, tt := range tests {
		if got := namedRateBefore(tt.before); got != tt.want {
			t.Errorf("namedRateBefore(%q) = %q, want %q", tt.before, got, tt.want)
		}
	}
}

// TestDraftRateView: the view a rate's from-to draws holds its two
// ends, both levels, in the business release (whose Summary's 13.7% was
// a change, so its 14.1% was drawn beside the Main points' 13.7%) and in
// the recycling page.
func TestDraftRateView(t *testing.T) {
	tests := []struct {
		name, text string
		ends       [2]string
	}{
		{"birth rate", "Business Demography, UK: 2014\n\nMain points\n\n  • The number of UK business births increased by 1.2% between 2013 and 2014, a birth rate of 13.7% compared with a rate of 14.1% in 2013.\n\nSummary\n\nThe birth rate decreased from 14.1% to 13.7% between 2013 and 2014.\n", [2]string{"14.1%", "13.7%"}},
		{"recycling rate", rateLevelPET, [2]string{"30.1 percent", "28.4 percent"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := draftOf(t, indicators.Source{ID: "doc", TextPath: "doc.txt", Text: tt.text})
			byID := map[string]*indicators.Indicator{}
			for k := range c.Indicators {
				byID[c.Indicators[k].ID] = &c.Indicators[k]
			}
			found := false
			for _, v := range c.Views {
				var stated []string
				for _, id := range v.Indicators {
					ind := byID[id]
					if ind == nil {
						continue
					}
					if ind.Measure == indicators.Change && len(v.Indicators) > 1 {
						t.Errorf("view %s holds the change %s (%s) among %v", v.ID, id, ind.Stated, v.Indicators)
					}
					stated = append(stated, ind.Stated)
				}
				if len(stated) == 2 && stated[0] == tt.ends[0] && stated[1] == tt.ends[1] {
					found = true
					for _, id := range v.Indicators {
						if got := byID[id].Measure; got != indicators.Level {
							t.Errorf("view %s: measure of %s = %v, want level", v.ID, id, got)
						}
					}
				}
			}
			if !found {
				t.Errorf("no view draws the two ends %v; views: %+v", tt.ends, c.Views)
			}
		})
	}
}

// TestShareDidFigureComma: what the part of a share did runs past a
// figure's own comma ("over £50,000") to the end of the clause, in the
// farming release (round B), a malaria report's gloss and a household
// income sentence.
func TestShareDidFigureComma(t *testing.T) {
	tests := []struct{ sentence, want string }{
		{"FBI varies greatly while 41% of farms had an FBI of over £50,000.", "Share of farms having an FBI of over £50,000"},
		{"Half (50%) of the population at risk slept under a treated net, up from 29% in 2010.", "Share of the population at risk sleeping under a treated net"},
		{"In 2020, 12% of households had an income of 1,200 dollars or more, the survey found.", "Share of households having an income of 1,200 dollars or more"},
	}
	for _, tt := range tests {
		ms := Extract(tt.sentence)
		var got string
		for _, m := range ms {
			if m.Unit.String() == "percent" {
				got = shareDid(tt.sentence, m)
				break
			}
		}
		if got != tt.want {
			t.Errorf("shareDid(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}
