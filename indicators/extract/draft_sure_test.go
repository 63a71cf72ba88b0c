package extract

import (
	"strings"
	"testing"
)

// The measure, unit, status and title of figures of drafts27's genres, in
// sentences of their own: a statistics office's flash estimate, a crop
// outlook, a fact sheet of modelled estimates, a ministry's brief. Each
// case checks only the fields it names (entities and period are the other
// half's).

// sureCase is one figure of a text and the fields to check ("" leaves a
// field unchecked); skip, when set, is a word the figure's "not drafted"
// comment must hold instead.
type sureCase struct {
	name, text, stated           string
	measure, status, title, unit string
	skip                         string
}

// runSureCases drafts each case's text and checks the named fields of the
// first figure stated as the case says.
func runSureCases(t *testing.T, cases []sureCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
			var got *claim
			var all []string
			skipped := ""
			for _, cl := range d.claims() {
				all = append(all, cl.ind.Stated+cl.skip)
				if cl.skip != "" && strings.Contains(cl.skip, "not drafted: "+tc.stated+" in") && skipped == "" {
					skipped = cl.skip
				}
				if cl.skip == "" && cl.ind.Stated == tc.stated && got == nil {
					got = &cl
				}
			}
			if tc.skip != "" {
				if !strings.Contains(skipped, tc.skip) {
					t.Errorf("comment on %q = %q, want one that says %q", tc.stated, skipped, tc.skip)
				}
				return
			}
			if got == nil {
				t.Fatalf("no draft of %q; drafts: %q", tc.stated, all)
			}
			checkWhat(t, *got, tc.stated, tc.measure, tc.status, tc.title)
			if tc.unit != "" && got.ind.Unit.String() != tc.unit {
				t.Errorf("unit of %q = %q, want %q", tc.stated, got.ind.Unit.String(), tc.unit)
			}
		})
	}
}

// flashText is a statistics office's flash estimate of industrial
// output: its opening names the estimate, later sentences go back to the
// month before and to a place the estimate does not cover.
const flashText = "Industrial output up in the euro area\n\n12 March 2024\n\n" +
	"Industrial production rose by 0.3% in the euro area and by 0.4% in the EU27 in January 2024, compared with the previous month, according to a flash estimate published by the statistics office.\n\n" +
	"In December 2023, industrial production had fallen by 0.2% in the euro area.\n\n" +
	"Compared with the same month of the previous year, industrial production rose by 1.2% in the euro area and by 1.5% in the EU27, after +0.9% and +1.1% respectively in the previous month.\n\n" +
	"In Japan, industrial production increased by 0.7% compared with the previous month (after +0.6% in December 2023). Compared with the same month of the previous year, industrial production grew by 1.9%.\n"

func TestDraftSureFlashEstimate(t *testing.T) {
	runSureCases(t, []sureCase{
		{name: "opening", text: flashText, stated: "0.3%", status: "estimate", title: "Industrial production growth on the previous month"},
		{name: "opening second place", text: flashText, stated: "0.4%", status: "estimate", title: "Industrial production growth on the previous month"},
		{name: "month before", text: flashText, stated: "0.2%", status: "fact", title: "Industrial production fall on the previous month"},
		{name: "year on year", text: flashText, stated: "1.2%", status: "estimate", title: "Industrial production growth on the same month of the previous year"},
		{name: "after, respectively first", text: flashText, stated: "0.9%", status: "fact", title: "Industrial production growth on the same month of the previous year"},
		{name: "after, respectively second", text: flashText, stated: "1.1%", status: "fact", title: "Industrial production growth on the same month of the previous year"},
		{name: "place not estimated", text: flashText, stated: "0.7%", status: "fact", title: "Industrial production growth on the previous month"},
		{name: "place of the sentence before", text: flashText, stated: "1.9%", status: "fact"},
		{name: "after in parentheses", text: flashText, stated: "0.6%", status: "fact", title: "Industrial production growth on the previous month"},
	})
}

// cropOutlookText is a crop outlook of its own: forecasts of production, yield,
// area and prices, each with its change from the month before.
const cropOutlookText = "(Farm Radio) – USDA released the World Agricultural Supply and Demand Estimates report.\n" +
	"Sorghum production is forecast at 380 million bushels, up 12 million bushels from last month, with a yield of 70.1 bushels per acre, up 2.4 bushels. " +
	"Harvested area is 5.4 million acres, up 150,000. The season-average sorghum price fell 15 cents to $4.80 a bushel.\n" +
	"Millet output is forecast at 9 million bushels on higher area and yield, which is 31.5 bushels per acre. " +
	"The area planted to millet is predicted to be 410,000 acres, lower than last month but 4 percent from last year.\n" +
	"Barley production is predicted at 160 million bushels.\n" +
	"The season-average farm price rose 20 cents to $4.10 a bushel for oats.\n"

func TestDraftSureCropOutlook(t *testing.T) {
	runSureCases(t, []sureCase{
		{name: "production", text: cropOutlookText, stated: "380 million bushels", measure: "flow", status: "projection", title: "Sorghum production forecast"},
		{name: "production revised", text: cropOutlookText, stated: "12 million bushels", measure: "change", status: "projection", title: "Upward revision of sorghum production forecast"},
		{name: "yield", text: cropOutlookText, stated: "70.1 bushels per acre", measure: "level", status: "projection"},
		{name: "yield revised", text: cropOutlookText, stated: "2.4 bushels", measure: "change", status: "projection"},
		{name: "area", text: cropOutlookText, stated: "5.4 million acres", measure: "stock", status: "projection", title: "Sorghum harvested area"},
		{name: "area revised bare", text: cropOutlookText, stated: "150,000", measure: "change", status: "projection", title: "Upward revision of sorghum harvested area"},
		{name: "price cut", text: cropOutlookText, stated: "15 cents", measure: "change", status: "projection", title: "Change in season-average sorghum price"},
		{name: "price", text: cropOutlookText, stated: "$4.80 a bushel", measure: "level", status: "projection", title: "Season-average sorghum price"},
		{name: "which is", text: cropOutlookText, stated: "31.5 bushels per acre", measure: "level", title: "Millet yield"},
		{name: "from last year", text: cropOutlookText, stated: "4 percent", status: "projection", title: "Change in area planted to millet from last year"},
		{name: "predicted", text: cropOutlookText, stated: "160 million bushels", measure: "flow", status: "projection", title: "Barley production forecast"},
		{name: "crop after the price", text: cropOutlookText, stated: "$4.10 a bushel", measure: "level", title: "Season-average farm price for oats"},
		{name: "rise to the price", text: cropOutlookText, stated: "20 cents", measure: "change", title: "Change in season-average farm price for oats"},
	})
}

// forecastText forecasts outside a crop outlook: "is predicted at",
// "calling for", and a clause that goes on from a forecast.
const forecastText = "Tourism board outlook\n\nVisitor numbers are predicted at 4.2 million people next year, up 300,000 people from this year.\n\n" +
	"The tourism board is calling for 12 new hotels by the coast.\n\nThe board counted 3.9 million people this year.\n"

func TestDraftSureForecastVerbs(t *testing.T) {
	runSureCases(t, []sureCase{
		{name: "predicted at", text: forecastText, stated: "4.2 million people", status: "projection", title: "Visitor numbers forecast"},
		{name: "goes on from a forecast", text: forecastText, stated: "300,000 people", status: "projection"},
		{name: "calling for", text: forecastText, stated: "12 new hotels", status: "projection"},
		{name: "a count stays a fact", text: forecastText, stated: "3.9 million people", status: "fact"},
	})
}

// estimatesText is a fact sheet of modelled estimates: a total, its
// shares "Of those", shares and counts of the estimated whole, and a run
// in prose of five years.
const estimatesText = "Fast facts: cholera in the region\n\n" +
	"There were 1,200 estimated new cholera cases in the region in 2023. Of those, 40% were among children under five; 25% were among adults.\n\n" +
	"In 2023, children under five accounted for 40% (480) of the 1,200 estimated new cholera cases.\n\n" +
	"  • Girls under five accounted for 18% (216) of estimated new cholera cases.\n\n" +
	"An estimated 900 cholera cases occurred among adults in 2019, followed by 850 in 2020, 800 in 2021, and 760 in 2022, respectively.\n"

func TestDraftSureEstimatedWhole(t *testing.T) {
	runSureCases(t, []sureCase{
		// New cases in a year are things new over a span, a flow (measure20).
		{name: "there were", text: estimatesText, stated: "1,200", measure: "flow", status: "estimate", title: "Estimated new cholera cases", unit: "case"},
		{name: "of those", text: estimatesText, stated: "40%", measure: "share", status: "estimate", title: "Share of estimated new cholera cases among children under five"}, // titles18: the share reader takes the whole the count before counts, hedge word and all (countedNP),
		{name: "of those, after a semicolon", text: estimatesText, stated: "25%", status: "estimate", title: "Share of estimated new cholera cases among adults"},             // titles18: as above,
		{name: "bullet share", text: estimatesText, stated: "18%", status: "estimate", title: "Girls under five as a share of estimated new cholera cases"},
		{name: "run lead", text: estimatesText, stated: "An estimated 900 cholera cases", status: "estimate", title: "Cholera cases among adults"}, // titles18: countedNP reads the noun past the number; the hedge before it is the status's,
		{name: "run item", text: estimatesText, stated: "850", measure: "flow", status: "estimate", title: "Cholera cases among adults", unit: "case"},
		{name: "run item after a year", text: estimatesText, stated: "800", status: "estimate", title: "Cholera cases among adults", unit: "case"},
		{name: "run item last", text: estimatesText, stated: "760", status: "estimate", unit: "case"},
	})
}

func TestDraftSureRestatedWhole(t *testing.T) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: estimatesText}, map[string]int{})
	n, skips := 0, 0
	for _, cl := range d.claims() {
		switch {
		case cl.skip == "" && cl.ind.Stated == "1,200":
			n++
		case strings.Contains(cl.skip, "not drafted: 1,200 in") && strings.Contains(cl.skip, "drafted before"):
			skips++
		}
	}
	if n != 1 || skips != 1 {
		t.Errorf("drafts of 1,200 = %d and comments %d, want 1 and 1 (\"of the 1,200 …\" points back)", n, skips)
	}
}

// ministryBriefText is a ministry's brief of its own: a support price per
// quintal, an increase a subject experienced and the levels it ran
// between, money in lakh crore paid under a scheme, a mission's budget.
const ministryBriefText = "Ministry of Rural Affairs\n\n" +
	"In 2024-25, the MSP for Maize is set at 2,225 per quintal.\n\n" +
	"Rural credit- The institutional credit flow to dairy farmers has experienced a sharp increase of 180%, rising from 1.10 lakh crore in FY 2014-15 to 3.08 lakh crore in FY 2023-24\n\n" +
	"Over 2.5 lakh crore in loans have been disbursed under the Kisan Credit Card scheme (KCC).\n\n" +
	"The National Dairy Mission, approved on 05.03.2024 with a 1,250 crore budget\n\n" +
	"Connected 640 clinics with e-Sehat across 12 Districts & 3 UTs of the region\n\n" +
	"1. During 2023-24 an amount of Rs 5,400 crore has been released under various schemes and missions for irrigation of the farms.\n"

func TestDraftSureBrief(t *testing.T) {
	runSureCases(t, []sureCase{
		{name: "price per quintal", text: ministryBriefText, stated: "2,225 per quintal", measure: "level", title: "Minimum support price for Maize"},
		{name: "experienced an increase", text: ministryBriefText, stated: "180%", measure: "change", title: "Change in institutional credit flow to dairy farmers"},
		{name: "from", text: ministryBriefText, stated: "1.10 lakh crore", measure: "flow", title: "Institutional credit flow to dairy farmers"},
		{name: "to", text: ministryBriefText, stated: "3.08 lakh crore", measure: "flow", title: "Institutional credit flow to dairy farmers"},
		{name: "done under", text: ministryBriefText, stated: "Over 2.5 lakh crore", measure: "flow", title: "Loans disbursed under the Kisan Credit Card scheme"},
		{name: "across", text: ministryBriefText, stated: "12 Districts", title: "Districts across which clinics were connected with e-Sehat"},
		{name: "across, spelt out", text: ministryBriefText, stated: "3 UTs", title: "Union territories across which clinics were connected with e-Sehat"},
		{name: "an amount of", text: ministryBriefText, stated: "Rs 5,400 crore", measure: "flow", title: "Amount released under schemes for irrigation of the farms"},
		{name: "budget", text: ministryBriefText, stated: "1,250 crore", measure: "flow", title: "National Dairy Mission budget"},
	})
}

// TestDraftSureHeadlineLine: a headline in sentence case on a line of its
// own ("Factory output up 0.3% in the euro area") restates the body's
// figure: a comment, not a second claim; so does a brief's highlight line.
func TestDraftSureHeadlineLine(t *testing.T) {
	runSureCases(t, []sureCase{
		{name: "title line", text: "Factory output up 0.3% in the euro area\n\nFactory output rose by 0.3% in the euro area in May, compared with the previous month.\n",
			stated: "0.3%", skip: "a headline's figure, restated in the text below"},
		{name: "highlight line", text: "Ministry of Ports\n\nRecord cargo- During 2023-24 a total of 820 million tonnes\n\nThe ports handled a total of 820 million tonnes in 2023-24, a record.\n",
			stated: "820 million tonnes", skip: "a headline's figure, restated in the text below"},
	})
}
