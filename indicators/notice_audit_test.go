package indicators_test

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestNoticeAudit checks, for each kind of notice verify gives, a small
// catalog of the genre that takes it, and that writing its advice (fix,
// "old => new" pairs split by " | ") leaves a correct catalog with no
// message: a notice that no correct catalog clears would fail every
// verify -strict for nothing, and is a note instead (TestNotesPassStrict).
func TestNoticeAudit(t *testing.T) {
	const eng = "entities: [GB-ENG]\nstatus: fact\n"
	tests := []struct {
		kind, doc, items string
		want             string // what the one message holds
		fix              string
	}{
		{"a noun after the figure another than the unit (nounNotices)",
			"In 2022, there were 385 firearms certificates that were revoked.\n",
			catalogItem("revoked", eng+"measure: flow\nperiod: 2022\nstated: \"385\"\nunit: licence", "", "385 firearms certificates that were revoked"),
			`write stated: "385 firearms certificates" and leave the unit out`, `stated: "385" => stated: 385 firearms certificates | unit: licence => `},
		{"a count with no unit (countNotices)",
			"In 2011, there were 880 female drug poisoning deaths.\n",
			catalogItem("deaths", eng+"measure: flow\nperiod: 2011\nstated: \"880\"", "", "there were 880 female drug poisoning deaths"),
			"write unit: death", "stated: \"880\" => stated: \"880\"\nunit: death"},
		{"a unit of two nouns joined by another word than the quote's (countNotices, conjunctionUnit)",
			"  • 439 firearm and shotguns that were reported as lost or stolen\n",
			catalogItem("lost", "entities: [GB-EAW]\nstatus: fact\nmeasure: flow\nperiod: 2021-04/2022-03\nstated: \"439\"\nunit: firearm or shotgun", "", "439 firearm and shotguns that were reported as lost or stolen"),
			"write unit: firearm and shotgun", "unit: firearm or shotgun => unit: firearm and shotgun"},
		{"a unit word with a headline's capital (countNotices)",
			"12,440 People joined the UK Regular Forces in the 12 months to 30 September 2024.\n",
			catalogItem("intake", "entities: [GB]\nstatus: fact\nmeasure: flow\nperiod: 2023-10/2024-09\nstated: 12,440 People", "", "12,440 People joined the UK Regular Forces"),
			`write stated: "12,440 people"`, "stated: 12,440 People => stated: 12,440 people"},
		{"a stated that repeats its title (titleNotices)",
			"There were 5.8 million Universal Credit claimants at December 2022.\n",
			strings.Replace(catalogItem("uc", "entities: [GB-GBN]\nstatus: fact\nmeasure: stock\nperiod: 2022-12\nstated: 5.8 million Universal Credit claimants", "", "There were 5.8 million Universal Credit claimants"), "title: Uc", "title: Universal Credit claimants", 1),
			`write stated: "5.8 million" and unit: claimant`, "stated: 5.8 million Universal Credit claimants => stated: 5.8 million\nunit: claimant"},
		{"a quote cut inside a bracket (bracketNotices)",
			"By far the most common type of breach is phishing (84% of businesses and 83% of charities).\n",
			catalogItem("charities", "entities: [GB]\nstatus: estimate\nmeasure: share\nperiod: 2024\nstated: 83%", "", "83% of charities)"),
			"write quote:", `quote: "83% of charities)" => quote: "By far the most common type of breach is phishing (84% of businesses and 83% of charities)."`},
		{"a stated across a line break (statedLineNotices)",
			"In 2021, 5,954\npeople were detained.\n",
			catalogItem("detained", eng+"measure: flow\nperiod: 2021\nstated: \"5,954\\npeople\"", "", "In 2021, 5,954\npeople were detained."),
			`write stated: "5,954 people"`, `stated: "5,954\npeople" => stated: 5,954 people`},
		{"a rate the quote writes and the catalog drops (rateNotices)",
			"Households spent an average of £474 per week in 2010.\n",
			catalogItem("spend", "entities: [GB]\nstatus: estimate\nmeasure: level\nperiod: 2010\nstated: £474\nunit: GBP", "", "Households spent an average of £474 per week in 2010"),
			`write stated: "£474 per week" and unit: GBP per week`, "stated: £474 => stated: £474 per week | unit: GBP => unit: GBP per week"},
		{"a rate after a counted noun the catalog drops (rateNotices, counted)",
			"Councils received 1.9 million new requests, equivalent to 5,100 new requests per day2.\n",
			catalogItem("daily", eng+"measure: level\nperiod: 2030/31\nstated: \"5,100\"\nunit: request", "", "equivalent to 5,100 new requests per day2"),
			"write unit: request per day", "unit: request => unit: request per day"},
		{"a change with no base whose sentence names one (baseNotices)",
			"In 2016/17 the Agency achieved 76%, 16 percentage points below target levels, and an 11 percentage point increase compared with 2015/16.\n",
			catalogItem("rise", "entities: [GB-NIR]\nstatus: fact\nmeasure: change\nperiod: 2016/17\ndirection: up\nstated: 11 percentage point", "", "an 11 percentage point increase compared with 2015/16"),
			"write base: 2015/16", "period: 2016/17 => period: 2016/17\nbase: 2015/16"},
		{"a figure 'fewer' than another held as a flow with no base (baseNotices, fewerNoChange)",
			"There were 188 fewer racist incidents than in the previous 12 months.\n",
			catalogItem("fewer", "entities: [GB-NIR]\nstatus: fact\nperiod: 2019/20\nmeasure: flow\nstated: \"188\"\nunit: racist incident", "", "There were 188 fewer racist incidents than in the previous 12 months"),
			"write measure: change, direction: down and base:", "measure: flow => measure: change\ndirection: down\nbase: 2018/19"},
		{"a change with no base 'on the previous week' (baseNotices, PeriodBackPhrases)",
			"There were 21,681 licences in force on 13 September 2020, a decrease of 2 on the previous week.\n",
			catalogItem("wk", "entities: [E12000007]\nstatus: fact\nmeasure: change\nperiod: 2020-09-13\ndirection: down\nstated: \"2\"\nunit: licence", "", "a decrease of 2 on the previous week"),
			"write base: 2020-09-06", "period: 2020-09-13 => period: 2020-09-13\nbase: 2020-09-06"},
		{"a change with no base 'on the previous month' (baseNotices, PeriodBackPhrases)",
			"In March 2024, 1,240 new applications were received, up 80 on the previous month.\n",
			catalogItem("mo", eng+"measure: change\nperiod: 2024-03\ndirection: up\nstated: \"80\"\nunit: application", "", "up 80 on the previous month"),
			"write base: 2024-02", "period: 2024-03 => period: 2024-03\nbase: 2024-02"},
		{"a change set against a forecast with no against (baseNotices)",
			"The population as of 30 June was a modest 3,700 people lower than forecast.\n",
			catalogItem("vs", "entities: [AU]\nstatus: estimate\nmeasure: change\nperiod: 2023-06-30\ndirection: down\nstated: 3,700 people", "", "a modest 3,700 people lower than forecast"),
			"write against: forecast", "direction: down => direction: down\nagainst: forecast"},
		{"a rank's title that says where its 1 is (titleNotices, rankTitleOne)",
			"Sectarian incidents were at their lowest level since 2005/06.\n",
			strings.Replace(catalogItem("rank", "entities: [GB-NIR]\nstatus: fact\nmeasure: rank\nperiod: 2019/20\nstated: lowest", "", "Sectarian incidents were at their lowest level since 2005/06"), "title: Rank", "title: Sectarian incidents, rank among years since 2005/06 (1 = lowest)", 1),
			`write title: "Sectarian incidents, rank among years since 2005/06"`, "title: Sectarian incidents, rank among years since 2005/06 (1 = lowest) => title: Sectarian incidents, rank among years since 2005/06"},
		{"a rank that leaves out the reach its quote gives it (titleNotices, rankFrameAdvice)",
			"Sectarian incidents were at their lowest level since 2005/06.\n",
			catalogItem("rank", "entities: [GB-NIR]\nstatus: fact\nmeasure: rank\nperiod: 2019/20\nstated: lowest", "", "Sectarian incidents were at their lowest level since 2005/06"),
			`write stated: "lowest level since 2005/06"`, "stated: lowest => stated: lowest level since 2005/06"},
		{"a change with no base 'on' a year (baseNotices, comparand)",
			"Spending was £17.9bn, an increase of 2.3 per cent in cash terms on 2016-17.\n",
			catalogItem("rise", eng+"measure: change\nperiod: 2017-18\ndirection: up\nstated: 2.3 per cent", "", "an increase of 2.3 per cent in cash terms on 2016-17"),
			"write base: 2016-17", "period: 2017-18 => period: 2017-18\nbase: 2016-17"},
		{"a rank's title that holds its period (titlePeriodNotices)",
			"The year 2012 was the warmest year in the 1895-2012 period of record for the nation.\n",
			strings.Replace(catalogItem("rank", "entities: [US]\nstatus: fact\nmeasure: rank\nperiod: 2012\nstated: warmest", "", "was the warmest year in the 1895-2012 period of record for the nation"), "title: Rank", "title: Rank of 2012 among the warmest years since 1895", 1),
			`write title: "Rank among the warmest years since 1895"`, "title: Rank of 2012 among the warmest years since 1895 => title: Rank among the warmest years since 1895"},
		{"a view title that says its span (titleSpanNotices)",
			"STI diagnoses fell by 8.0% from 2023 to 2024.\n",
			catalogItem("fall", eng+"measure: change\nperiod: 2024\nbase: 2023\ndirection: down\nstated: 8.0%", "", "STI diagnoses fell by 8.0% from 2023 to 2024.") +
				"views:\n  - id: v\n    kind: bars\n    title: Change in STI diagnoses, England, 2023 to 2024\n    indicators: [fall]\n",
			`write title: "Change in STI diagnoses, England"`, "title: Change in STI diagnoses, England, 2023 to 2024 => title: Change in STI diagnoses, England"},
		{"a view title that says its year by its end (titleSpanNotices, yearTo)",
			"Registrations rose by 3% compared to a year ago.\n",
			catalogItem("up", "entities: [GB]\nstatus: fact\nmeasure: change\nperiod: 2020-03-31\nbase: 2019-03-31\ndirection: up\nstated: 3%", "", "Registrations rose by 3% compared to a year ago.") +
				"views:\n  - id: v\n    kind: bars\n    title: Change on the register in the year to March 2020\n    indicators: [up]\n",
			`write title: "Change on the register"`, "title: Change on the register in the year to March 2020 => title: Change on the register"},
		{"an index level with no unit (indexNotices)",
			"Production Index (Base Year 2015 = 100)\n\nManufacturing production stood at 109.0 in October 2018.\n",
			strings.Replace(catalogItem("prod", "entities: [IE]\nstatus: estimate\nmeasure: level\nperiod: 2018-10\nbase: 2015\nstated: \"109.0\"", "", "Manufacturing production stood at 109.0 in October 2018."), "title: Prod", "title: Manufacturing production index (2015=100)", 1),
			"write unit: index", "base: 2015 => base: 2015\nunit: index"},
		{"a figure compared with one of a scale it lacks (scaleNotices)",
			"There were 290 million vehicle kilometres cycled in 2017, similar to the 288 vehicle kilometres in 2016.\n",
			catalogItem("a", "entities: [GB-SCT]\nstatus: estimate\nmeasure: flow\nperiod: 2017\nstated: 290 million vehicle kilometres", "", "There were 290 million vehicle kilometres cycled in 2017") +
				catalogItem("b", "entities: [GB-SCT]\nstatus: estimate\nmeasure: flow\nperiod: 2016\nstated: 288 vehicle kilometres", "", "similar to the 288 vehicle kilometres in 2016"),
			"write scale: million and a note", "stated: 288 vehicle kilometres => stated: 288 vehicle kilometres\nscale: million\nnotes: [The release writes 288 vehicle kilometres; the scale is that of the 290 million it is compared with.]"},
		{"a figure with no place beside placed ones (placeNotices)",
			"In England, 182,000 households are better protected.\n\nA record number of properties are registered for warnings.\n\nIn Cumbria, 2,000 homes are better protected.\n",
			catalogItem("eng", eng+"measure: stock\nperiod: 2011\nstated: 182,000 households", "", "In England, 182,000 households are better protected.") +
				catalogItem("cumbria", "entities: [GB-CMA]\nstatus: fact\nmeasure: stock\nperiod: 2011\nstated: 2,000 homes", "", "In Cumbria, 2,000 homes are better protected.") +
				catalogItem("record", "status: fact\nmeasure: rank\nperiod: 2011\nstated: record number", "", "A record number of properties are registered"),
			"write the place the figure is for", "measure: rank => measure: rank\nentities: [GB-ENG]"},
		{"one thing under two units in a view (unitPartNotices)",
			"In 2023, 17,004 potential victims were referred.\n\nIn 2022, 16,921 potential victims were referred.\n",
			catalogItem("total", "entities: [GB]\nstatus: fact\nmeasure: flow\nperiod: 2023\nstated: 17,004 potential victims", "", "17,004 potential victims were referred") +
				catalogItem("earlier", "entities: [GB]\nstatus: fact\nmeasure: flow\nperiod: 2022\nstated: 16,921\nunit: potential victim", "", "16,921 potential victims were referred") +
				"views:\n  - id: v\n    kind: bars\n    title: V\n    indicators: [total, earlier]\n",
			`write unit: potential victim on "total"`, "stated: 17,004 potential victims => stated: 17,004 potential victims\nunit: potential victim"},
		{"a quote typed with other typography (QuoteNotices)",
			"Jobseeker’s Allowance fell by 35.1% to 89,000 claimants.\n",
			catalogItem("jsa", "entities: [GB-GBN]\nstatus: fact\nmeasure: stock\nperiod: 2022-08\nstated: 89,000 claimants", "", "Jobseeker's Allowance fell by 35.1% to 89,000 claimants"),
			"write quote:", "Jobseeker's => Jobseeker’s"},
		{"a view title with a hyphenated span (viewTitleHyphenNotices)",
			"Life expectancy at birth was 78.9 years in 2010-12.\n",
			catalogItem("le", "entities: [GB]\nstatus: estimate\nmeasure: level\nperiod: 2010/2012\nstated: 78.9 years", "", "Life expectancy at birth was 78.9 years in 2010-12.") +
				"views:\n  - id: v\n    kind: headline\n    title: Life expectancy, 2010-12\n    indicators: [le]\n",
			`write title: "Life expectancy, 2010–12"`, "title: Life expectancy, 2010-12 => title: Life expectancy, 2010–12"},
		{"an abbreviation the text spells out (abbreviationNotices)",
			"Activity is counted in Courses of Treatment (CoTs). There were 1.5 million CoTs for adults.\n",
			catalogItem("cots", eng+"measure: flow\nperiod: 2014\nstated: 1.5 million CoTs", "", "1.5 million CoTs for adults"),
			`write stated: "1.5 million", the figure alone, and unit: course of treatment`, "stated: 1.5 million CoTs => stated: 1.5 million\nunit: course of treatment"},
		{"a measure its quote contradicts (measureNotices)",
			"The population as of 30 June was a modest 3,700 people lower than forecast.\n",
			catalogItem("vs", "entities: [AU]\nstatus: estimate\nmeasure: stock\nperiod: 2023-06-30\nagainst: forecast\nstated: 3,700 people", "", "a modest 3,700 people lower than forecast"),
			`write measure: change`, "measure: stock => measure: change\ndirection: down"},
		{"GB beside NI, Great Britain (greatBritainNotices)",
			"Of the 69,565 students enrolled at NI HEIs in 2021/22, 71% were from NI, 4% from GB, 3% from the Republic of Ireland.\n",
			catalogItem("gb", "entities: [GB-NIR]\nstatus: fact\ncounterpart: GB\nmeasure: share\nperiod: 2021/22\nstated: 4%", "", "4% from GB"),
			"write counterpart: GB-GBN", "counterpart: GB => counterpart: GB-GBN"},
		{"a period not stated that its heading gives (placeNotices)",
			"Wildfires - June 2020\n\nFor June, 5,939 fires were recorded.\n",
			catalogItem("fires", eng+"measure: flow\nperiod: not stated\nstated: 5,939 fires", "[Wildfires - June 2020]", "For June, 5,939 fires were recorded."),
			"write period: 2020-06", "period: not stated => period: 2020-06"},
		{"a period not stated that its list's lead-in line gives (placeNotices, leadInDates)",
			"Hate incidents\n\nIn the 12 months from 1 st April 2029 to 31 st March 2030:\n\n  • There were 1,200 racist incidents.\n",
			catalogItem("racist", "entities: [GB-NIR]\nstatus: fact\nmeasure: flow\nperiod: not stated\nstated: 1,200 racist incidents", "", "There were 1,200 racist incidents."),
			"write period: 2029-04/2030-03", "period: not stated => period: 2029-04/2030-03"},
		{"households held at a month under measure: count (measureNotices, averageOrPeople)",
			"October 2030\n\nAround 340,000 households (25%) were in fuel poverty.\n",
			catalogItem("fp", "entities: [GB-WLS]\nstatus: estimate\nmeasure: count\nperiod: 2030-10\nstated: Around 340,000 households", "[October 2030]", "Around 340,000 households (25%) were in fuel poverty."),
			"write measure: stock", "measure: count => measure: stock"},
		{"a year under a heading that names its month (placeNotices)",
			"October 2030\n\nAround 340,000 households (25%) were in fuel poverty.\n",
			catalogItem("fp", "entities: [GB-WLS]\nstatus: estimate\nmeasure: stock\nperiod: 2030\nstated: Around 340,000 households", "[October 2030]", "Around 340,000 households (25%) were in fuel poverty."),
			"write period: 2030-10", "period: 2030 => period: 2030-10"},
		{"a year across two read as a month (yearAcrossNotices)",
			"Participation in Sport, 2009-10\n\nIn the year, 46% took part in sport.\n",
			catalogItem("sport", eng+"measure: share\nperiod: 2009-10\nstated: 46%", "", "In the year, 46% took part in sport."),
			"write period: 2009/10", "period: 2009-10 => period: 2009/10"},
		{"a fiscal year the document calls a financial year (yearAcrossNotices, financialYearMsg)",
			"The amount lent reached £16.2 billion in financial year 2018-19.\n",
			catalogItem("lent", eng+"measure: flow\nperiod: FY2018-19\nstated: £16.2 billion", "", "£16.2 billion in financial year 2018-19"),
			"write period: 2018-19", "period: FY2018-19 => period: 2018-19"},
		{"a section heading typed with other typography (QuoteNotices)",
			"Jobseeker’s Allowance\n\nThe allowance fell by 35.1% to 89,000 claimants.\n",
			catalogItem("jsa", "entities: [GB-GBN]\nstatus: fact\nmeasure: stock\nperiod: 2022-08\nstated: 89,000 claimants", "[Jobseeker's Allowance]", "The allowance fell by 35.1% to 89,000 claimants."),
			"write section:", "Jobseeker's => Jobseeker’s"},
		{"a length held at a date as a flow (measureNotice, heldAt)",
			"There were 55,515 kilometres of public road in Scotland at 1 April 2010.\n",
			catalogItem("roads", "entities: [GB-SCT]\nstatus: fact\nmeasure: flow\nperiod: 2010-04-01\nstated: 55,515 kilometres", "", "There were 55,515 kilometres of public road in Scotland at 1 April 2010."),
			"a figure held at a date is a stock: write measure: stock", "measure: flow => measure: stock"},
		{"a fraction beside its percent (countNotices)",
			"Of all adults, a quarter (26%) reported loneliness.\n",
			catalogItem("lonely", "entities: [GB]\nstatus: estimate\nmeasure: share\nperiod: 2023\nstated: a quarter", "", "Of all adults, a quarter (26%) reported loneliness."),
			`write stated: "26%"`, "stated: a quarter => stated: 26%"},
		{"a fact its quote says was estimated (statusNotices)",
			"In 2021, we estimate that 89.7% of unoccupied dwellings in England were truly vacant.\n",
			catalogItem("vacant", eng+"measure: share\nperiod: 2021-03-21\nstated: 89.7%", "", "we estimate that 89.7% of unoccupied dwellings in England were truly vacant"),
			"write status: estimate", "status: fact => status: estimate"},
		{"a fact of a month after its source was issued (statusNotices, afterIssued)",
			"Centres are just 40 percent full in the middle of September.\n",
			catalogItem("september", eng+"measure: share\nperiod: 2030-09\nstated: 40 percent", "", "Centres are just 40 percent full in the middle of September."),
			"write status: projection", "status: fact => status: projection"},
		{"a share written with a number of things (measureNotice, Share)",
			"There were 37,909 appeals, compared to 43,175 the previous year.\n",
			catalogItem("appeals", "entities: [E12000007]\nstatus: fact\nmeasure: share\nperiod: 2014/15\nstated: \"43,175\"\nunit: appeal", "", "compared to 43,175 the previous year"),
			"write measure: flow", "measure: share => measure: flow"},
		{"a derived share of one thing in another (shareNotices)",
			"Of the 777 people delayed, 464 delays were for health and social care reasons.\n",
			catalogItem("delays", "entities: [GB-SCT]\nstatus: fact\nmeasure: stock\nperiod: 2020-10\nstated: 464 delays", "", "464 delays were for health and social care reasons") +
				catalogItem("people", "entities: [GB-SCT]\nstatus: fact\nmeasure: stock\nperiod: 2020-10\nstated: 777 people", "", "Of the 777 people delayed") +
				"derived:\n  - id: hsc\n    title: Share of delays for health and social care reasons\n    formula: share\n    inputs: [delays, people]\n",
			"which count different things", "formula: share => formula: share\ndescription: One delay per person."},
	}
	for _, tc := range tests {
		run := func(items string) []string { return runMessages(t, tc.doc, items, "") }
		if strings.HasSuffix(tc.kind, "afterIssued)") {
			run = func(items string) []string { return runMessagesIssued(t, tc.doc, "2030-08", items) }
		}
		checkMessagesFix(t, tc.kind, run, tc.items, "    ", tc.want, tc.fix)
	}
}

// TestNotesPassStrict checks the notices no catalog written from its text
// can clear, which are notes (indicators.IsNote), so that verify -strict
// passes them: a quote the text repeats under a heading it repeats, taken
// under the first. A source with no issue date is no note: "issued: not
// stated" answers it (TestIssuedNotStated), and -strict fails on it.
func TestNotesPassStrict(t *testing.T) {
	const repeated = "Key results\nFRSs attended 592,996 incidents.\n1. Incident summary\nKey results\nFRSs attended 592,996 incidents.\n"
	tests := []struct{ name, doc, source, items, want string }{
		{"a heading the text repeats", repeated, "",
			catalogItem("x", "entities: [GB-ENG]\nstatus: fact\nmeasure: flow\nperiod: 2023\nstated: 592,996 incidents", "[Key results]", "FRSs attended 592,996 incidents."), `section heading "Key results" stands at lines 1 and 4`},
	}
	for _, tc := range tests {
		y := "sources:\n  - id: doc\n    title: Doc\n" + tc.source + "    text: doc.txt\n    sha256: " + sha(tc.doc) + "\nindicators:\n" + tc.items
		_, notices, err := indicators.ParseWithNotices("c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(tc.doc), nil })
		if err != nil {
			t.Fatalf("%s: ParseWithNotices: %v", tc.name, err)
		}
		if len(notices) != 1 || !strings.Contains(notices[0].Msg, tc.want) || !indicators.IsNote(notices[0]) {
			t.Errorf("%s: notices %v, want one note holding %q", tc.name, notices, tc.want)
		}
	}
}
