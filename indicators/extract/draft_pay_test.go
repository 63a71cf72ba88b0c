package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// Pay and pay gaps in words of their own (drafts61): pay is a level in
// money per the base its rate word names; a pay gap is a level in
// percent, the level reached and the level it came from.

// payText is an earnings release's main points.
const payText = "Survey of Wages in Wales: 2031 provisional results\n\n1. Main points\n\n" +
	"In April 2031 median gross weekly earnings for full-time employees were £712, up 3.1% from £690 in 2030.\n\n" +
	"Median hourly pay for part-time workers was £14.20 in April 2031.\n\n" +
	"Average annual salaries of nurses were £38,400 in 2031.\n\n" +
	"Mean household income stood at £41,250 in 2031.\n\n" +
	"The annual pay bill of the health service was £2.4 billion in 2031.\n\n" +
	"Employers paid £310 in training grants in 2031.\n\n" +
	"In April 2031 the ethnicity pay gap (for median hourly earnings) for all employees narrowed to 6.8%, from 7.5% in 2030.\n\n" +
	"The disability pay gap narrowed by 0.4 percentage points in 2031.\n"

// payCases are the measures, units and titles of pay and gaps.
var payCases = []whatHowCase{
	{name: "weekly earnings are a level per week", text: payText, stated: "£712", measure: "level", unit: "GBP per week"},
	{name: "earlier value of weekly earnings", text: payText, stated: "£690", measure: "level", unit: "GBP per week"},
	{name: "the growth of pay stays a change", text: payText, stated: "3.1%", measure: "change", direction: "up"},
	{name: "hourly pay is a level per hour", text: payText, stated: "£14.20", measure: "level", unit: "GBP per hour"},
	{name: "annual salaries are a level per year", text: payText, stated: "£38,400", measure: "level", unit: "GBP per year"},
	{name: "mean income with no rate word is a level", text: payText, stated: "£41,250", measure: "level", unit: "GBP"},
	{name: "a pay bill of billions is no pay level", text: payText, stated: "£2.4 billion", measure: "flow", unit: "GBP"},
	{name: "money with no pay word stays a flow", text: payText, stated: "£310", measure: "flow", unit: "GBP"},
	{name: "the gap reached is a level", text: payText, stated: "6.8%", measure: "level", direction: "none",
		title: "Ethnicity pay gap in median hourly earnings for all employees"},
	{name: "the gap it came from is a level", text: payText, stated: "7.5%", measure: "level",
		title: "Ethnicity pay gap in median hourly earnings for all employees"},
	{name: "a gap that narrowed by points is a change", text: payText, stated: "0.4 percentage points", measure: "change"},
}

func TestDraftPay(t *testing.T) {
	runWhatHow(t, payCases)
}

// payViewText holds quarterly and rolling-year totals, and a group's
// value of an earlier year beside other groups' later values.
const payViewText = "Canal freight statistics: January to March 2031\n\n" +
	"When comparing January to March 2031 with January to March 2030 through Welsh canals:\n\n" +
	"- total canal tonnage increased by 4% to 12.2 million tonnes\n" +
	"- inward freight increased by 6% to 7.1 million tonnes\n" +
	"- outward freight fell by 1% to 5.1 million tonnes\n\n" +
	"When comparing the rolling year to March 2031 with March 2030 through Welsh canals:\n\n" +
	"- total canal tonnage increased by 2% to 48.8 million tonnes\n"

// TestDraftViewsOneSpan: a 12-month total never stands beside
// quarterly totals, nor its change beside quarterly changes.
func TestDraftViewsOneSpan(t *testing.T) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: payViewText}, map[string]int{})
	var inds []indicators.Indicator
	for _, cl := range d.claims() {
		if cl.skip == "" {
			inds = append(inds, cl.ind)
		}
	}
	views, _ := proposeViews("doc", inds, map[string]int{})
	for _, v := range views {
		grains := map[string]bool{}
		for _, id := range v.Indicators {
			for i := range inds {
				if inds[i].ID == id {
					grains[spanGrain(&inds[i])] = true
				}
			}
		}
		if len(grains) > 1 {
			t.Errorf("view %q = %v, figures of %d spans, want one", v.Title, v.Indicators, len(grains))
		}
	}
}

// TestDraftYearSplit: a figure stated for two years is a pair of its
// own; another group's earlier year stays out of this year's bars.
func TestDraftYearSplit(t *testing.T) {
	y := func(id, title string, year int) *indicators.Indicator {
		return &indicators.Indicator{ID: id, Title: title, Period: indicators.Period{From: indicators.Date{Year: year}}}
	}
	byID := map[string]*indicators.Indicator{}
	for _, ind := range []*indicators.Indicator{
		y("a23", "Share of people aged 16 to 24 who cycle", 2031), y("b23", "Share of people aged 25 to 34 who cycle", 2031),
		y("c11", "Share of people aged 35 to 44 who cycle", 2019), y("c23", "Share of people aged 35 to 44 who cycle", 2031),
		y("d11", "Share of people aged 45 to 54 who cycle", 2019),
		{ID: "es31", Title: "Applicants in Spain", Entities: []string{"ES"}, Period: indicators.Period{From: indicators.Date{Year: 2031, Month: 1}, To: indicators.Date{Year: 2031, Month: 3}}},
		{ID: "es30", Title: "Applicants in Spain before", Entities: []string{"ES"}, Period: indicators.Period{From: indicators.Date{Year: 2030, Month: 10}, To: indicators.Date{Year: 2030, Month: 12}}},
		{ID: "pt31", Title: "Applicants in Portugal", Entities: []string{"PT"}, Period: indicators.Period{From: indicators.Date{Year: 2031, Month: 1}, To: indicators.Date{Year: 2031, Month: 3}}},
		{ID: "fr30", Title: "Applicants in France", Entities: []string{"FR"}, Period: indicators.Period{From: indicators.Date{Year: 2030, Month: 10}, To: indicators.Date{Year: 2030, Month: 12}}},
	} {
		byID[ind.ID] = ind
	}
	tests := []struct {
		ids     []string
		pairs   [][]string
		leftOut []string
	}{
		{[]string{"a23", "b23", "c23"}, nil, nil},
		{[]string{"a23", "c23", "b23", "c11"}, [][]string{{"c11", "c23"}}, nil},
		{[]string{"a23", "b23", "d11"}, nil, []string{"d11"}},
		{[]string{"a23", "c11", "c23", "d11"}, [][]string{{"c11", "c23"}}, []string{"d11"}},
		{[]string{"es31", "es30", "pt31"}, nil, nil},              // one place's quarter before stays
		{[]string{"es31", "pt31", "fr30"}, nil, []string{"fr30"}}, // another place's earlier year does not
	}
	for _, tt := range tests {
		pairs, out := yearSplit(tt.ids, byID)
		if diff := cmp.Diff(tt.pairs, pairs); diff != "" {
			t.Errorf("yearSplit(%q) pairs (-want +got):\n%s", tt.ids, diff)
		}
		if diff := cmp.Diff(tt.leftOut, out); diff != "" {
			t.Errorf("yearSplit(%q) left out (-want +got):\n%s", tt.ids, diff)
		}
	}
}

// payBandText is a survey release on an activity by age band.
const payBandText = "Adult gambling habits in Wales: 2031\n\n1. Main points\n\n" +
	"- Around 0.9 million people aged 18 years and over (14.2%) gambled online in Wales in 2031.\n" +
	"- Those aged 25 to 34 years had the highest proportion of current gamblers (21.5%) in Wales in 2031.\n" +
	"- Those aged 18 to 24 years have had the largest reduction in gambling prevalence (6.1 percentage points) between 2019 (19.0%) and 2031 (12.9%).\n"

// payBandCases are the titles of shares of an age band: the band
// and what the document says its people did.
var payBandCases = []whatHowCase{
	{name: "doers among a band, highest", text: payBandText, stated: "21.5%", measure: "share",
		title: "Share of people aged 25 to 34 who gambled online (highest)"},
	{name: "prevalence among a band, first year", text: payBandText, stated: "19.0%",
		title: "Share of people aged 18 to 24 who gambled online"},
	{name: "prevalence among a band, last year", text: payBandText, stated: "12.9%",
		title: "Share of people aged 18 to 24 who gambled online"},
}

func TestDraftBandShareTitles(t *testing.T) {
	runWhatHow(t, payBandCases)
}
