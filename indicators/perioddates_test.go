package indicators_test

import "testing"

// TestPeriodTheQuoteGives: one reader of the time a quote gives its
// figure, each advice verifying once followed: a year after the
// figure's own words, past an age band ("35% of all people aged 15 and
// over in 2011 had", s26w-language, passed while "13% in 2011" was
// told); "in 2022 to 2023", GOV.UK's words for a financial or tax year
// (s26w-taxgap); a stock at the end of a financial year, its last day
// (s25v-loans); a change between two stock dates, dated by them
// (s25v-greenbelt).
func TestPeriodTheQuoteGives(t *testing.T) {
	const ie = "entities: [IE]\nstatus: fact\nmeasure: share\nstated: 35%\n"
	const uk = "entities: [GB]\nstatus: estimate\nmeasure: share\nstated: 4.9%\n"
	const loans = "entities: [GB-ENG]\nstatus: fact\nmeasure: stock\nstated: 121.8 billion\n"
	const yearEnd = "The balance was 121.8 billion at the end of the financial year 2018-19"
	stock := func(country, period string) string {
		return "entities: [" + country + "]\nstatus: fact\nmeasure: stock\nstated: 121.8 billion\nperiod: " + period
	}
	const belt = "entities: [GB-ENG]\nstatus: fact\nmeasure: change\nstated: 3,540 hectares\ndirection: down\n"
	checkAdvice(t, []adviceCase{
		{"a year past an age band", releaseDoc, ie + "period: 2022", "Just 35% of all people aged 15 and over in 2011 had a third-level qualification",
			`the quote dates 35% "in 2011", before period 2022: write period: 2011`, "period: 2022 => period: 2011"},
		{"the later year, its own figure's", releaseDoc, "entities: [IE]\nstatus: fact\nmeasure: share\nstated: 45%\nperiod: 2022", "this figure was 45% in 2022", "", ""},
		{"a tax year in words, as a span", releaseDoc, uk + "period: 2022/2023", "4.9% in 2022 to 2023",
			`the quote dates 4.9% "in 2022 to 2023", a year across two (a financial or tax year in words): write period: 2022/23`, "period: 2022/2023 => period: 2022/23"},
		{"a tax year in words, as a year", releaseDoc, uk + "period: 2023", "4.9% in 2022 to 2023", `write period: 2022/23`, "period: 2023 => period: 2022/23"},
		{"a tax year in words, as fiscal", releaseDoc, uk + "period: FY2022-23", "4.9% in 2022 to 2023", "", ""},
		{"a stock at the end of a financial year", releaseDoc, loans + "period: FY2018-19", "The balance was 121.8 billion at the end of the financial year 2018-19",
			`a stock at the end of a financial year is at its last day: write period: 2019-03-31`, "period: FY2018-19 => period: 2019-03-31"},
		// verify30: the day of each country's own financial year
		// (lexicon.FiscalYearEnds), each verifying once written.
		{"the same, in Australia", releaseDoc, stock("AU", "2018/19"), yearEnd,
			`write period: 2019-06-30, the day financial year 2018/19 ends in Australia`, "period: 2018/19 => period: 2019-06-30"},
		{"the same, in New Zealand", releaseDoc, stock("NZ", "2018/19"), yearEnd,
			`write period: 2019-06-30, the day financial year 2018/19 ends in New Zealand`, "period: 2018/19 => period: 2019-06-30"},
		{"a US fiscal year", releaseDoc, stock("US", "FY2019"), yearEnd,
			`write period: 2019-09-30, the day financial year FY2019 ends in United States`, "period: FY2019 => period: 2019-09-30"},
		{"a Japanese fiscal year, named by its start", releaseDoc, stock("JP", "FY2018"), yearEnd,
			`write period: 2019-03-31`, "period: FY2018 => period: 2019-03-31"},
		{"Canada's", releaseDoc, stock("CA", "2018/19"), yearEnd, `write period: 2019-03-31, the day financial year 2018/19 ends in Canada`, "period: 2018/19 => period: 2019-03-31"},
		{"Ireland's, the calendar year", releaseDoc, stock("IE", "2018"), yearEnd, `write period: 2018-12-31, the day financial year 2018 ends in Ireland`, "period: 2018 => period: 2018-12-31"},
		{"a UK year of one year, no day to tell", releaseDoc, stock("GB", "FY2018"), yearEnd, "", ""},
		{"a country the table lacks", releaseDoc, stock("DE", "2018/19"), yearEnd,
			`write period: the day financial year 2018/19 ends (2019-03-31 in United Kingdom, Canada, India, Japan; 2019-06-30 in Australia, New Zealand; 2019-09-30 in United States)`, "period: 2018/19 => period: 2019-03-31"},
		{"a change between two days, as a year", releaseDoc, belt + "period: 2023/24", "There was a decrease of 3,540 hectares between 31 March 2023 and 31 March 2024",
			`the quote measures the change between 31 March 2023 and 31 March 2024: write period: 2024-03-31 and base: 2023-03-31`, "period: 2023/24 => period: 2024-03-31\nbase: 2023-03-31"},
		{"a change between two days, its end only", releaseDoc, belt + "period: 2024-03-31", "There was a decrease of 3,540 hectares between 31 March 2023 and 31 March 2024",
			`write period: 2024-03-31 and base: 2023-03-31`, "period: 2024-03-31 => period: 2024-03-31\nbase: 2023-03-31"},
	})
}

// TestQuoteAcrossParagraphs: a quote the text breaks into two paragraphs
// is told where the break is and how to write it, and the quote so
// written verifies (s26w-taxgap: "copy it verbatim", with no hint).
func TestQuoteAcrossParagraphs(t *testing.T) {
	const base = "entities: [GB]\nstatus: estimate\nperiod: 2022/23\nmeasure: share\nstated: 4.8%\n"
	checkAdvice(t, []adviceCase{
		{"one space for the break", releaseDoc, base, "The tax gap is estimated to be 4.8% of total theoretical tax liabilities",
			`the text has it across a paragraph break after "estimated to be": write quote: "The tax gap is estimated to be\n\n4.8% of total theoretical tax liabilities", the break as \n\n in double quotes, or quote from "4.8% of total"`, ""},
		{"the break written", releaseDoc, base, "The tax gap is estimated to be\n\n4.8% of total theoretical tax liabilities", "", ""},
	})
}
