package extract

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// Survey and transport releases in words of their own (drafts59): a
// count of people that is the subject of a verb and its share in
// brackets, a rank among age groups, a change between two years, a
// group "with X% <participle>", open-ended age bands, and the levels and
// changes of bullets under a "When comparing" lead-in.

// surveyText is a survey release's main points.
const surveyText = "Adult cycling habits in Wales: 2031\n\n1. Main points\n\n" +
	"- Around 2.1 million people aged 16 years and over (8.4%) cycled to work in Wales in 2031; this is the highest proportion since records began in 2015.\n" +
	"- Around 1.3 million adults aged 18 years and over (5.2%) currently use an electric bike in Wales in 2031.\n" +
	"- Those aged 45 to 54 years had the lowest proportion of regular cyclists (3.1%) in Wales in 2031.\n" +
	"- Those aged 35 to 44 years have had the largest reduction in car use (6.2 percentage points) between 2015 (71.4%) and 2031 (65.2%).\n" +
	"- Cycling was highest among people aged 25 to 34 years in Wales, with 12.7% riding bikes either daily or weekly.\n"

// surveyFerryText is a transport release's bullets under lead-ins.
const surveyFerryText = "Ferry passenger statistics: April to June 2031\n\n" +
	"When comparing April to June 2031 with April to June 2030 through Welsh ferry terminals:\n\n" +
	"- total number of foot passengers increased by 4% to 3.2 million passengers\n" +
	"- inward passengers increased by 7% to 1.8 million passengers\n" +
	"- outward passengers held steady at 1.4 million passengers\n" +
	"- total weight of loaded freight fell by 2% to 12.4 million tonnes\n\n" +
	"When comparing the rolling year to June 2031 with June 2030 through Welsh ferry terminals:\n\n" +
	"- total weight of freight increased by 3% to 51.0 million tonnes\n"

// surveyWhatCases are the titles and measures of the releases' figures.
var surveyWhatCases = []whatCase{
	{name: "count of people subject of a verb", text: surveyText, stated: "Around 2.1 million people",
		title: "People aged 16 years and over cycling to work"}, // titles77: the share's whole and predicate (drafttitle_np.go)
	{name: "share in brackets after the count", text: surveyText, stated: "8.4%",
		measure: "share", title: "Share of people aged 16 years and over cycling to work"}, // titles77: the general reader's title
	{name: "present-tense verb after an adverb", text: surveyText, stated: "Around 1.3 million adults",
		title: "Adults aged 18 years and over that use an electric bike"}, // titles77: the general reader's title
	{name: "share of a present-tense count", text: surveyText, stated: "5.2%",
		title: "Share of adults aged 18 years and over that use an electric bike"}, // titles77: the general reader's title
	{name: "superlative names a rank", text: surveyText, stated: "3.1%",
		title: "Share of regular cyclists among people aged 45 to 54 (lowest)"},
	{name: "largest reduction is a fall among the group since the first year", text: surveyText, stated: "6.2 percentage points",
		measure: "change", title: "Change in car use among people aged 35 to 44 since 2015 (largest)"},
	{name: "first end of a change between years", text: surveyText, stated: "71.4%",
		title: "Car use among people aged 35 to 44 years"},
	{name: "last end of a change between years", text: surveyText, stated: "65.2%",
		title: "Car use among people aged 35 to 44 years"},
	{name: "with X% participle after among group", text: surveyText, stated: "12.7%",
		title: "Share of people aged 25 to 34 years riding bikes"},
	{name: "level of increased by N% to M", text: surveyFerryText, stated: "3.2 million passengers",
		title: "Total number of foot passengers"},
	{name: "level whose subject holds its counted noun", text: surveyFerryText, stated: "1.8 million passengers",
		title: "Inward passengers"},
	{name: "level that held steady", text: surveyFerryText, stated: "1.4 million passengers",
		title: "Outward passengers"},
	{name: "level keeps the subject's of phrase", text: surveyFerryText, stated: "12.4 million tonnes",
		title: "Total weight of loaded freight"},
	{name: "change says what it is compared with", text: surveyFerryText, stated: "4%",
		measure: "change", title: "Change in total number of foot passengers on a year earlier"},
	{name: "fall keeps the subject's of phrase", text: surveyFerryText, stated: "2%",
		title: "Change in total weight of loaded freight on a year earlier"},
	{name: "rolling-year level carries its lead-in", text: surveyFerryText, stated: "51.0 million tonnes",
		title: "Total weight of freight, rolling year"},
	{name: "rolling-year change carries its lead-in", text: surveyFerryText, stated: "3%",
		title: "Change in total weight of freight, rolling year"},
}

func TestDraftWhatSurvey(t *testing.T) {
	runWhatCases(t, surveyWhatCases)
}

// surveyHowCases are the directions of changes named by a noun.
var surveyHowCases = []whatHowCase{
	{name: "largest reduction in brackets", text: surveyText, stated: "6.2 percentage points", direction: "down"},
	{name: "a reduction of", text: "Rail fares, Wales: 2031\n\nOff-peak fares saw a reduction of 1.5 percentage points in 2031.\n",
		stated: "1.5 percentage points", direction: "down"},
	{name: "a fall of", text: "Rail fares, Wales: 2031\n\nThe share of late trains saw a fall of 2.4 percentage points in 2031.\n",
		stated: "2.4 percentage points", direction: "down"},
}

func TestDraftDirection(t *testing.T) {
	runWhatHow(t, surveyHowCases)
}

// surveyAgeBandCases are open-ended age bands, which are no claims.
var surveyAgeBandCases = []struct {
	name, text, band string
}{
	{name: "years and over", text: surveyText, band: "16 years and over"},
	{name: "adults aged N years and over", text: surveyText, band: "18 years and over"},
	{name: "years and older", text: "Bus use, Wales: 2031\n\nThe survey asks people aged 65 years and older how often they ride a bus.\n", band: "65 years and older"},
}

func TestDraftAgeBands(t *testing.T) {
	for _, tc := range surveyAgeBandCases {
		t.Run(tc.name, func(t *testing.T) {
			d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
			for _, cl := range d.claims() {
				if cl.skip == "" && cl.ind.Stated == tc.band {
					t.Errorf("draft of %q = a claim titled %q, want none (an age band)", tc.band, cl.ind.Title)
				}
			}
		})
	}
}

// surveyFaultCases are titles the drafter's own title test refuses.
var surveyFaultCases = []struct {
	title string
	fault bool
}{
	{"People -ed", true},
	{"Adults -ed", true},
	{"Unnamed share", true},
	{"Units total volume of unitised traffic increased", true},
	{"Outward units held steady", true},
	{"Total weight of freight fell", true},
	{"Outward passengers", false},
	{"Total weight of loaded freight", false},
	{"Share of people aged 25 to 34 years riding bikes", false},
	{"Long-term unemployment", false},
}

func TestDraftTitleFaultSurvey(t *testing.T) {
	for _, tc := range surveyFaultCases {
		if got := titleFault(tc.title) != ""; got != tc.fault {
			t.Errorf("titleFault(%q) = %q, want a fault %v", tc.title, titleFault(tc.title), tc.fault)
		}
	}
}

// surveyRentsText is a pay-like release led by its time, with an
// opening phrase that changes the measure, two groups compared, and its
// own sources counted in words.
const surveyRentsText = "Rents in Wales: 2031\n\n1. Main points\n\n" +
	"- In May 2031 median monthly rents for one-bedroom flats were £612, up 3.1% from £594 in 2030.\n" +
	"- Adjusted for inflation, monthly rents increased by 0.8% compared with 2030.\n" +
	"- Monthly rents grew by 2.9% for flats compared with 5.2% for houses.\n\n" +
	"2. Introduction\n\n" +
	"The Welsh Government collects data on rents through two main surveys.\n"

// surveyRentsCases are the titles of the rents release's figures.
var surveyRentsCases = []whatCase{
	{name: "leading time phrase is no subject", text: surveyRentsText, stated: "£612",
		title: "Median monthly rents for one-bedroom flats"},
	{name: "earlier level takes the level's title", text: surveyRentsText, stated: "£594",
		title: "Median monthly rents for one-bedroom flats"},
	{name: "change after the level", text: surveyRentsText, stated: "3.1%",
		measure: "change", title: "Growth in median monthly rents for one-bedroom flats"},
	{name: "determiner of a time-led subject left out", text: "Rents in Wales: 2031\n\nIn 2031, our social rents were £402 on average.\n", stated: "£402",
		title: "Social rents"},
	{name: "first group of a comparison", text: surveyRentsText, stated: "2.9%",
		title: "Growth in monthly rents for flats"},
	{name: "second group of a comparison", text: surveyRentsText, stated: "5.2%",
		title: "Growth in monthly rents for houses"},
}

func TestDraftRents(t *testing.T) {
	runWhatCases(t, surveyRentsCases)
}

func TestDraftOwnSources(t *testing.T) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: surveyRentsText}, map[string]int{})
	for _, cl := range d.claims() {
		if cl.skip == "" && cl.ind.Stated == "two main surveys" {
			t.Errorf("draft of %q = a claim titled %q, want none (the document's own sources)", "two main surveys", cl.ind.Title)
		}
	}
}

// surveyUnitWordCases are the words a view's title gives a unit.
var surveyUnitWordCases = []struct {
	stated, want string
}{
	{"12.4 million tonnes", "tonnes"},
	{"3.2 million passengers", "passengers"},
	{"40 GWh", "gigawatt hours"},
}

func TestDraftUnitWords(t *testing.T) {
	for _, tc := range surveyUnitWordCases {
		_, u, err := indicators.ParseStated(tc.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tc.stated, err)
		}
		if got := unitWords(u); got != tc.want {
			t.Errorf("unitWords(%q) = %q, want %q", u, got, tc.want)
		}
	}
}
