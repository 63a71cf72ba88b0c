package chart

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestPartsWholeSubtitle: a waffle of parts says what they are
// percentages of, as the book's doughnut of them does (xlsx
// TestPartsWholeSubtitle): from what the parts' titles share
// (s18k-children: "Percent" alone under the referral outcomes), and
// from each part's own "share of" where it says one (testdata/kinds/research);
// a whole the view's title says already is not said again under it
// (wording.titleSaysWhole: "Percent" under "Shares of business R&D
// expenditure by industry", s36g-aid).
func TestPartsWholeSubtitle(t *testing.T) {
	tests := []struct {
		name, view string
		figs       []fig
		want       string
	}{
		{"s18k-children referral outcomes", "Outcome of referrals to social services, Northern Ireland, 2014/15", []fig{
			{id: "met", title: "Referred children whose needs were met at referral", stated: "26%", period: "2014/15"},
			{id: "further", title: "Referred children allocated for further action (assessment or service)", stated: "69%", period: "2014/15"},
		}, "Percent of referred children"},
		{"research's industries", "Shares of business R&D expenditure by industry, 2006/07", []fig{
			{id: "manufacturing", title: "Manufacturing share of business R&D expenditure", stated: "65%", period: "2006/07"},
			{id: "mining", title: "Mining share of business R&D expenditure", stated: "12%", period: "2006/07"},
		}, "Percent"},
	}
	for _, tt := range tests {
		for i := range tt.figs {
			tt.figs[i].measure, tt.figs[i].status = indicators.Share, indicators.Fact
		}
		c := figCatalog(t, tt.figs...)
		v := indicators.ChartView{ID: "parts", Title: tt.view, Kind: indicators.PartOfWhole}
		for _, f := range tt.figs {
			v.Indicators = append(v.Indicators, f.id)
		}
		c.Views = append(c.Views, v)
		if got := figSlide(t, c, "parts").Subtitle; got != tt.want {
			t.Errorf("%s: subtitle = %q, want %q", tt.name, got, tt.want)
		}
	}
}
