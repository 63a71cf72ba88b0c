package extract

import "testing"

// annualAlcoholText is an annual survey release's main points, in words
// of its own: a title ending on its place and year, bullets of two
// surveys.
const annualAlcoholText = "Alcohol use in Wales: 2022\n" +
	"1. Main points\n" +
	"- Around 4.2 million adults aged 18 years and over (8.1%) drank alcohol daily in Wales in 2022; this is the lowest proportion since records began in 2009, based on our estimates from the National Drinking Survey (NDS).\n" +
	"- Those aged 45 to 54 years had the highest proportion of daily drinkers (12.3%).\n" +
	"- Those aged 16 to 24 years have had the largest fall in daily drinking (6.1 percentage points) between 2009 (20.3%) and 2022 (14.2%).\n" +
	"2. Using these statistics\n" +
	"The figures come from two sources.\n"

// annualFerryText is a provisional quarterly release, in words of its
// own, with a rolling year under a lead-in line.
const annualFerryText = "Ferry passenger statistics: April to June 2021\n\n" +
	"Provisional quarterly statistics on passengers carried by ferry operators for April to June 2021.\n\n" +
	"When comparing April to June 2021 with April to June 2020:\n\n" +
	"  • total passengers increased by 40% to 3.2 million passengers\n\n" +
	"When comparing the rolling year to June 2021 with June 2020:\n\n" +
	"  • total passengers fell by 12% to 9.8 million passengers\n"

// annualText is an annual release whose later sentence is dated
// by the year that ends its own clause, not a later clause's year.
const annualText = "Cycling survey results\n\n" +
	"Some 310 thousand people cycled to work in Norway in 2021, the highest number since 2015.\n"

func TestDraftWhenFields(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"clause-closing year, the count", annualAlcoholText, "Around 4.2 million adults", map[string]string{"period": "2022"}},
		{"clause-closing year, the share in brackets", annualAlcoholText, "8.1%", map[string]string{"period": "2022"}},
		{"year before the bracket, first end", annualAlcoholText, "20.3%", map[string]string{"period": "2009"}},
		{"year before the bracket, last end", annualAlcoholText, "14.2%", map[string]string{"period": "2022"}},
		{"change between two years", annualAlcoholText, "6.1 percentage points", map[string]string{"period": "2022", "base": "2009"}},
		{"title's year for an undated bullet", annualAlcoholText, "12.3%", map[string]string{"period": "2022"}},
		{"clause year before a comma", annualText, "Some 310 thousand people", map[string]string{"period": "2021"}},
	})
}

func TestDraftWhoFields(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"title's place before its year", annualAlcoholText, "6.1 percentage points", map[string]string{"entities": "GB-WLS"}},
		{"title's place, an undated bullet", annualAlcoholText, "12.3%", map[string]string{"entities": "GB-WLS"}},
	})
}

func TestDraftStatusAnnual(t *testing.T) {
	cases := []struct {
		name, text, stated, status string
	}{
		{"survey estimates in the sentence", annualAlcoholText, "8.1%", "estimate"},
		{"survey estimates, a later bullet", annualAlcoholText, "12.3%", "estimate"},
		{"survey estimates, a change", annualAlcoholText, "6.1 percentage points", "estimate"},
		{"provisional quarter", annualFerryText, "3.2 million passengers", "estimate"},
		{"provisional quarter's change", annualFerryText, "40%", "estimate"},
		{"provisional rolling year", annualFerryText, "9.8 million passengers", "estimate"},
		{"a survey of people with no period of its own, no provisional cue (status44: estimates)", annualText, "Some 310 thousand people", "estimate"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkWhat(t, firstDraft(t, tc.text, tc.stated), tc.stated, "", tc.status, "")
		})
	}
}

// annualRiseText has a year that ends a clause after another figure of
// its own: it dates that figure, not the first.
const annualRiseText = "Bus use in the city rose from 12% of trips to 18% in 2020.\n\n" +
	"The levy stays at 1.5% of fares, well above the rate charged in 2019; the council sets it.\n"

func TestDraftClauseYearNotAcrossFigures(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"another figure before the year", annualRiseText, "12%", map[string]string{"period": "not stated"}},
		{"a comma before the year", annualRiseText, "1.5%", map[string]string{"period": "not stated"}},
	})
}

func TestDraftPublisher(t *testing.T) {
	cases := []struct {
		name, text, publisher, short string
	}{
		{"GOV.UK From line, body on the next line",
			"Rail passenger statistics: July to September 2022\n\nProvisional statistics on rail journeys.\n\nPublished 1 December 2022\nFrom:\nDepartment for Transport\n\nDetails\n\nJourneys rose by 4% to 120 million.\n",
			"Department for Transport", "DfT"},
		{"From line, body on the same line",
			"Road works statistics: 2021\n\nFrom: Department for Levelling Up\n\nWorks rose by 3% to 2 million.\n",
			"Department for Levelling Up", ""},
		{"From line naming no body",
			"Letters page\n\nFrom: a reader in Leeds\n\nPrices rose by 3% in 2021.\n",
			"", ""},
		{"statistics office as the first prose paragraph's subject",
			"Alcohol use in Wales: 2022\n1. Main points\n- Around 8.1% of adults drank alcohol daily in Wales in 2022.\n2. Using these statistics\nThe Office for National Statistics (ONS) collects data on drinking habits through one annual survey of households.\n",
			"Office for National Statistics", "ONS"},
		{"a later paragraph's subject is not the publisher",
			"Alcohol use in Wales: 2022\nAdults in Wales drank less in 2022 than in any year since the series began in 2009, on every measure.\nThe Office for National Statistics (ONS) collects data on drinking habits through one annual survey of households.\n",
			"", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got, short, _ := publisherOf(c.text); got != c.publisher || short != c.short {
				t.Errorf("publisherOf(%q) = %q, %q, want %q, %q", c.text, got, short, c.publisher, c.short)
			}
		})
	}
}

func TestDraftLeadInBaseAnnual(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"the level reached has no base", annualFerryText, "3.2 million passengers", map[string]string{"period": "2021-Q2", "base": "not stated"}},
	})
}

// annualLongLeadText has a long comparing lead-in line over its
// bullets.
const annualLongLeadText = "Details\n\n" +
	"When comparing April to June 2021 with April to June 2020 across all ferry routes of the North Sea:\n\n" +
	"  • total passengers increased by 40% to 3.2 million passengers\n"

func TestDraftSectionsAnnual(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"long comparing lead-in line", annualLongLeadText, "40%", map[string]string{"section": "Details / When comparing April to June 2021 with April to June 2020 across all ferry routes of the North Sea:"}},
	})
}

// annualEarningsText is an annual survey's provisional results, in
// words of its own, opening a sentence with the survey's month.
const annualEarningsText = "Survey of Farm Wages: 2019 provisional results\n\n" +
	"In June 2019 median weekly pay for farm workers was £412, up 3.1% from £400 in 2018.\n"

func TestDraftMonthOpen(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"the opening's month", annualEarningsText, "£412", map[string]string{"period": "2019-06"}},
		// drafts60: a survey reads its figures in its lead's month every year.
		{"the year before's figure, the survey's month", annualEarningsText, "£400", map[string]string{"period": "2018-06"}},
	})
	checkWhat(t, firstDraft(t, annualEarningsText, "£412"), "£412", "", "estimate", "")
	checkWhat(t, firstDraft(t, annualEarningsText, "£400"), "£400", "", "fact", "")
}
