package indicators_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// Round M's documents, as far as the cases need them: UKHSA's STI release
// (s19m-disease), ONS's electoral statistics (s19m-elections; its Table 1
// a pipe table), the Department for the Economy's enrolments press notice
// (s19m-students) and CSO's industrial production release
// (s19m-industry; its table's cells run together).
const (
	diseaseDoc = "Among people in England:\n" +
		"- gonorrhoea diagnoses decreased 15.9% from 85,370 in 2023 to 71,802 in 2024\n" +
		"- chlamydia diagnoses decreased by 13.0% from 194,143 diagnoses in 2023 to 168,889 diagnoses in 2024\n" +
		"- new STI diagnoses decreased 8.8% from 399,947 in 2023 to 364,750 in 2024\n"
	electionsDoc = "1. Main points\n" +
		"In December 2021, there were 46,560,452 Parliamentary electoral registrations and 48,844,292 local government electoral registrations.\n" +
		"The number of UK Parliamentary electoral registrations and local government electoral registrations fell by 345,818 (0.7%) and 219,415 (0.4%), respectively between December 2020 and December 2021.\n" +
		"Electoral registrations increased in 168 of the 650 UK Parliamentary constituencies and 122 out of 374 UK local authorities.\n" +
		"Country | Parliamentary electoral registrations | Local government electoral registrations |\n" +
		"---|---|---|\n" +
		"Wales | 2,307,877 | 2,348,576 |\n" +
		"Scotland | 4,028,717 | 4,245,217 |\n"
	studentsDoc = "  • Over the decade since 2012/13 (55,895), enrolments at NI HEIs have increased by a net 24% (13,670). In 2021/22, 69,565 students were enrolled at NI HEIs, representing a net 5% increase from 2020/21 (66,245).\n\n" +
		"  • Between 2020/21 and 2021/22, postgraduate enrolments at NI HEIs increased by 12% (from 17,890 to 20,085) and ‘other undergraduates’ increased by 12% (from 7,740 to 8,640).\n\n" +
		"  • Of the 69,565 students enrolled at NI HEIs in 2021/22, 71% were from NI, 4% from GB, 3% from the Republic of Ireland, less than 1% from other EU countries and a record one-fifth (21%) from non-EU countries.\n"
	industryDoc = "Seasonally Adjusted Manufacturing Industries\n" +
		"(Base Year 2015 = 100)\n" +
		"Production IndexTurnover Index\n" +
		"October 2018109.0108.0\n" +
		"Aug 2018 - Oct 2018108.2108.6\n" +
		"% change9.76.2\n\n" +
		"Production for Manufacturing Industries for October 2018 was 0.2% lower than in September 2018 (see above and table 1).\n"
)

// TestAdviceFromProportion checks the messages round M's catalog writers met or
// should have met (s19m-disease, -elections, -students, -industry), each
// beside another kind's case (testdata/kinds): each says what to write,
// and writing it verifies with no message left. A row's fix is applied to
// the indicator's YAML: "old => new" replaces old; "old => " removes it.
func TestAdviceFromProportion(t *testing.T) {
	fisheries, visitors, deaths, police := kindDoc(t, "fisheries"), kindDoc(t, "visitors"), kindDoc(t, "deaths"), kindDoc(t, "police")
	hospitals, migration, gdp, crime := kindDoc(t, "hospitals"), kindDoc(t, "migration"), kindDoc(t, "gdp"), kindDoc(t, "crime")
	poverty, lifeexp := kindDoc(t, "poverty"), kindDoc(t, "lifeexp")
	const (
		eng = "entities: [GB-ENG]\nstatus: fact\n"
		gb  = "entities: [GB]\nstatus: fact\n"
		ni  = "entities: [GB-NIR]\nstatus: fact\n"
		ie  = "entities: [IE]\nstatus: fact\n"
	)
	tests := []struct {
		name, doc, fields, quote string
		want                     string // what the one message holds; "" for none
		fix                      string
	}{
		// 1. A change's base read from "from X in T0 to Y in T1", a figure
		// after "from" and the period after each end.
		{"disease: from a count with its noun in 2023", diseaseDoc,
			eng + "measure: change\nstated: 13.0%\ndirection: down\nperiod: 2024", "chlamydia diagnoses decreased by 13.0% from 194,143 diagnoses in 2023 to 168,889 diagnoses in 2024",
			`a change with no base, and its sentence says "from 194,143 diagnoses in 2023": write base: 2023`,
			"period: 2024 => period: 2024\nbase: 2023"},
		{"disease: from a bare count in 2023", diseaseDoc,
			eng + "measure: change\nstated: 8.8%\ndirection: down\nperiod: 2024", "new STI diagnoses decreased 8.8%",
			`its sentence says "from 399,947 in 2023": write base: 2023`, "period: 2024 => period: 2024\nbase: 2023"},
		{"fisheries: from tonnes in 2015 to tonnes in 2016", fisheries,
			ie + "measure: change\nstated: 3.2%\ndirection: up\nperiod: 2016", "Landings by Irish trawlers increased by 3.2%",
			`its sentence says "from 234,028 tonnes in 2015": write base: 2015`, "period: 2016 => period: 2016\nbase: 2015"},
		{"visitors: from millions in a quarter", visitors,
			ie + "measure: change\nstated: +13.5%\nperiod: 2015-Q3", "to 2.771 million trips in Quarter 3 2015 (+13.5%)",
			`its sentence says "from 2.440 million in Quarter 3 2014": write base: 2014-Q3`, "period: 2015-Q3 => period: 2015-Q3\nbase: 2014-Q3"},
		{"hospitals: from a footnoted figure in 2013/14", hospitals,
			eng + "measure: change\nstated: 2.2 per cent\ndirection: up\nperiod: 2014/15", "has increased by 2.2 per cent",
			`its sentence says "from 14.3 million4 in 2013/14": write base: 2013/14`, "period: 2014/15 => period: 2014/15\nbase: 2013/14"},
		{"deaths: from a count in 2010", deaths,
			"entities: [GB-EAW]\nstatus: fact\nmeasure: change\nstated: 14 per cent\ndirection: down\nperiod: 2011", "The number of male drug misuse deaths decreased by 14 per cent",
			`its sentence says "from 1,382 in 2010": write base: 2010`, "period: 2011 => period: 2011\nbase: 2010"},
		{"disease: a noun before the figure, not after", diseaseDoc,
			eng + "measure: flow\nstated: 364,750 diagnoses\nperiod: 2024", "new STI diagnoses decreased 8.8% from 399,947 in 2023 to 364,750 in 2024",
			`the quote writes "364,750" with "diagnoses" before it, not after: write stated: "364,750" and unit: diagnosis`,
			"stated: 364,750 diagnoses => stated: \"364,750\"\nunit: diagnosis"},
		{"students: from a figure to a figure, no periods", studentsDoc,
			ni + "measure: change\nstated: 12%\ndirection: up\nperiod: 2021/22", "postgraduate enrolments at NI HEIs increased by 12% (from 17,890 to 20,085)", "", ""},

		// 2. Advice that named the wrong thing.
		{"students: Republic of Ireland is a country", studentsDoc,
			ni + "counterpart: Republic of Ireland\nmeasure: share\nstated: 3%\nperiod: 2021/22", "3% from the Republic of Ireland",
			`unknown entity "Republic of Ireland": did you mean "IE" (Ireland)?`, "counterpart: Republic of Ireland => counterpart: IE"},
		{"visitors: the Republic of Ireland as an entity", visitors,
			"entities: [the Republic of Ireland]\nstatus: fact\nmeasure: change\nstated: 13.5%\ndirection: up\nperiod: 2015-07/2015-09\nbase: 2014-07/2014-09", "Overseas trips to Ireland increased by 13.5%",
			`unknown entity "the Republic of Ireland": did you mean "IE" (Ireland)?`, "entities: [the Republic of Ireland] => entities: [IE]"},
		{"students: non-EU has no code", studentsDoc,
			ni + "counterpart: non-EU\nmeasure: share\nstated: 21%\nperiod: 2021/22", "a record one-fifth (21%) from non-EU countries",
			`unknown entity "non-EU": no code names a complement, everywhere outside "EU" (European Union): leave it off where it is the counterpart, write the place the figure is for where it is an entity, and name "non-EU" in the title`,
			"counterpart: non-EU => "},
		{"migration: non-EU citizens", migration,
			gb + "counterpart: non-EU countries\nmeasure: flow\nstated: 282,000\nunit: citizen\nperiod: 2015-04/2016-03", "non-EU citizens (282,000)",
			`no code names a complement, everywhere outside "EU" (European Union)`, "counterpart: non-EU countries => "},
		{"students: GB beside NI is Great Britain", studentsDoc,
			ni + "counterpart: GB\nmeasure: share\nstated: 4%\nperiod: 2021/22", "4% from GB",
			`counterpart GB is the United Kingdom, but the quote writes "GB" beside "NI", where a UK release means Great Britain (the United Kingdom less Northern Ireland): did you mean "GB-GBN" (Great Britain)? write counterpart: GB-GBN`,
			"counterpart: GB => counterpart: GB-GBN"},
		{"fisheries: the United Kingdom stays GB", fisheries,
			ie + "counterpart: GB\nmeasure: flow\nstated: 7,494 tonnes\nperiod: 2016", "the United Kingdom (7,494 tonnes)", "", ""},
		{"elections: 168 of the 650 is a proportion", electionsDoc,
			gb + "measure: count\nstated: 168 of the 650\nperiod: 2021-12", "increased in 168 of the 650 UK Parliamentary constituencies",
			`"168 of the 650" is a proportion, not a count (it reads as 0.258, that is 25.8%): write measure: share, and say what it is a share of in the title; to count the 168 themselves, write stated: "168" with their unit and say "of the 650" in the title`,
			"measure: count => measure: share"},
		{"elections: 122 out of 374, said to its digits", electionsDoc,
			gb + "measure: count\nstated: 122 out of 374\nperiod: 2021-12", "122 out of 374 UK local authorities",
			`(it reads as 0.326, that is 32.6%)`, "stated: 122 out of 374 => stated: \"122\"\nunit: local authority"},
		{"elections: 168 of the 650 as a share", electionsDoc,
			gb + "measure: share\nstated: 168 of the 650\nperiod: 2021-12", "increased in 168 of the 650 UK Parliamentary constituencies", "", ""},
		{"gdp: 15 out of 20 industries", gdp,
			"entities: [AU]\nstatus: fact\nmeasure: count\nstated: 15 out of 20\nperiod: 2017", "Growth was recorded in 15 out of 20 industries",
			`(it reads as 0.75, that is 75%)`, "measure: count => measure: share"},
		{"crime: 1 in 8", crime,
			"entities: [US]\nstatus: estimate\nmeasure: count\nstated: 1 in 8\nperiod: 1993", "from 1 in 8 young people 12-15 years old",
			`(it reads as 0.125, that is 12.5%)`, "measure: count => measure: share"},

		// 3. Acceptances that were silent.
		{"elections: registrations on a register as a level", electionsDoc,
			"entities: [GB-SCT]\nstatus: fact\nmeasure: level\nstated: \"4,028,717\"\nunit: registration\nperiod: 2021-12", "Scotland | 4,028,717",
			`measure level is a price, rate, reading or multiple, but "4,028,717" counts registrations in December 2021: a count of things at a date is a stock: write measure: stock`,
			"measure: level => measure: stock"},
		{"police: officers recorded at a date as a level", police,
			"entities: [GB-SCT]\nstatus: fact\nmeasure: level\nstated: 16,234 FTE police officers\nunit: full-time equivalent officer\nperiod: 2007-03-31", "the 16,234 FTE police officers recorded at 31 March 2007",
			`and the text holds it "at 31 March 2007": a count of things at a date is a stock: write measure: stock`, "measure: level => measure: stock"},
		{"lifeexp: years of life are a reading", lifeexp,
			"entities: [GB-DOR]\nstatus: fact\nmeasure: level\nstated: 82.9 years\nperiod: 2010/2012", "male life expectancy at birth was highest in East Dorset (82.9 years)", "", ""},
		{"elections: a name the title gives after a place", electionsDoc,
			"entities: [GB]\nstatus: fact\nmeasure: stock\nstated: 46,560,452 Parliamentary electoral registrations\nperiod: 2021-12\ntitle: UK Parliamentary electoral registrations", "there were 46,560,452 Parliamentary electoral registrations",
			`stated "46,560,452 Parliamentary electoral registrations" repeats "Parliamentary electoral" of the title, so the outputs print it twice: write stated: "46,560,452" and unit: registration`,
			"stated: 46,560,452 Parliamentary electoral registrations => stated: \"46,560,452\"\nunit: registration"},
		{"migration: a people's name says where, no name", migration,
			gb + "measure: flow\nstated: -43,000 British citizens\nperiod: 2015-04/2016-03\ntitle: UK net long-term migration of British citizens", "-43,000 British citizens", "", ""},

		// 4. Messages that misled.
		{"industry: a percent cell without its sign", industryDoc,
			ie + "measure: change\nstated: 6.2%\ndirection: up\nperiod: 2018-08/2018-10\nbase: 2018-05/2018-07", "6.2",
			// Before the reader of table rows (tables22) lets a bare cell
			// take unit percent: "write stated: "6.2"" (a pure number);
			// after it: "write stated: "6.2" and unit: percent".
			`the quote does not state "6.2%": its number agrees, but the quote writes "6.2" with no percent sign`,
			""},
		{"poverty: a rate's cell without its sign", poverty,
			ie + "measure: share\nstated: 17.3%\nperiod: 2023", "17.3",
			`its number agrees, but the quote writes "17.3" with no percent sign`, "stated: 17.3% => stated: \"17.3\""},
		{"elections: a table row without its pipe", electionsDoc,
			"entities: [GB-WLS]\nstatus: fact\nmeasure: stock\nstated: 2,307,877\nunit: registration\nperiod: 2021-12", "Wales 2,307,877",
			`quote "Wales 2,307,877" is not in source "doc"; the text has it with its table's cell separators ("|"), "Wales | 2,307,877"`,
			"Wales 2,307,877 => Wales | 2,307,877"},
		{"poverty: a sentence without its spacing", poverty,
			ie + "measure: share\nstated: 10.6%\nperiod: 2023", "the at risk of poverty rate was 10.6%,a 1.9 percentage point decrease",
			`the text has it with other spacing, "the at risk of poverty rate was 10.6%, a 1.9 percentage point decrease"`,
			"10.6%,a => 10.6%, a"},
	}
	for _, tc := range tests {
		fields, title := tc.fields, ""
		if i := strings.Index(fields, "\ntitle: "); i >= 0 {
			fields, title = fields[:i], fields[i+len("\ntitle: "):]
		}
		items := catalogItem("x", fields, "", tc.quote)
		if title != "" {
			items = strings.Replace(items, "    title: X\n", "    title: "+title+"\n", 1)
		}
		run := func(items string) []string { return catalogMessages(t, tc.doc, items) }
		checkMessagesFix(t, tc.name, run, items, "    ", tc.want, tc.fix)
	}
}

// TestAdviceFromProportionEntries checks round M's rules that need more than one entry,
// each on the user's catalog and another kind's: a noun a sentence gives
// two figures, one series' years across two written one way, a title that
// says its span again, one notice for one quote typed alike, and an index
// level's unit. want holds the messages, in order, without positions.
func TestAdviceFromProportionEntries(t *testing.T) {
	broadband, hospitals, fisheries, benefits := kindDoc(t, "broadband"), kindDoc(t, "hospitals"), kindDoc(t, "fisheries"), kindDoc(t, "benefits")
	marriages, research, prices := kindDoc(t, "marriages"), kindDoc(t, "research"), kindDoc(t, "prices")
	// ind is one indicator: its id, then its fields (a title among them
	// where given, else the id), then its quote.
	ind := func(id, fields, quote string) string {
		items := catalogItem(id, fields, "", quote)
		if i := strings.Index(items, "\n    title: "); strings.Count(items, "    title: ") > 1 {
			items = items[:i] + items[strings.Index(items[i+1:], "\n")+i+1:]
		}
		return items
	}
	view := func(id, title, kind string, ids ...string) string {
		return fmt.Sprintf("  - id: %s\n    title: %s\n    kind: %s\n    indicators: [%s]\n", id, title, kind, strings.Join(ids, ", "))
	}
	const (
		gbChange  = "entities: [GB]\nstatus: fact\nmeasure: change\ndirection: down\nperiod: 2021-12\nbase: 2020-12\n"
		nzStock   = "entities: [NZ]\nstatus: fact\nmeasure: stock\n"
		niEnrol   = "entities: [GB-NIR]\nstatus: fact\nmeasure: stock\nunit: student\nseries: s\n"
		engFlow   = "entities: [GB-ENG]\nstatus: fact\nmeasure: flow\nunit: attendance\nseries: s\n"
		ieIndex   = "entities: [IE]\nstatus: estimate\nmeasure: level\nperiod: 2018-10\n"
		studentsS = "series:\n  - id: s\n    title: Students enrolled at NI HEIs\n    unit: student\n    measure: stock\n"
		hospS     = "series:\n  - id: s\n    title: Type 1 A&E attendances\n    unit: attendance\n    measure: flow\n"
	)
	tests := []struct {
		name, doc, items string
		want             []string
	}{
		// A noun the sentence gives before two figures: both are told it.
		{"elections: twin figures, one noun", electionsDoc,
			ind("parl", gbChange+"stated: \"345,818\"", "The number of UK Parliamentary electoral registrations and local government electoral registrations fell by 345,818 (0.7%)") +
				ind("lg", gbChange+"stated: \"219,415\"", "fell by 345,818 (0.7%) and 219,415 (0.4%), respectively between December 2020 and December 2021"),
			[]string{`"345,818" has no unit, but its quote counts "registrations": write unit: registration`,
				`"219,415" has no unit, but its sentence counts "registrations": write unit: registration`}},
		{"broadband: a level and the one it rose from", broadband,
			ind("to", nzStock+"stated: \"628,000\"\nperiod: 2015", "quadrupled to 628,000 in 2015") + ind("from", nzStock+"stated: \"155,000\"\nperiod: 2014", "from 155,000 in 2014"),
			[]string{`"628,000" has no unit, but its sentence counts "connections": write unit: connection`,
				`"155,000" has no unit, but its sentence counts "connections": write unit: connection`}},
		{"broadband: with their unit", broadband,
			ind("to", nzStock+"stated: \"628,000\"\nunit: connection\nperiod: 2015", "quadrupled to 628,000 in 2015") + ind("from", nzStock+"stated: \"155,000\"\nunit: connection\nperiod: 2014", "from 155,000 in 2014"),
			nil},

		// One series, its years across two written one way.
		{"students: 2012-13 beside 2020/21", studentsDoc,
			ind("y13", niEnrol+"stated: \"55,895\"\nperiod: 2012-13", "Over the decade since 2012/13 (55,895)") +
				ind("y21", niEnrol+"stated: \"66,245\"\nperiod: 2020/21", "from 2020/21 (66,245)") +
				ind("y22", niEnrol+"stated: 69,565 students\nperiod: 2021/22", "69,565 students were enrolled at NI HEIs") + studentsS,
			[]string{`series "s" writes its years across two both ways, 2012-13 here and 2020/21 at another point, and the outputs label each as written: write one form for the series, period: 2012/13`}},
		{"students: one form", studentsDoc,
			ind("y13", niEnrol+"stated: \"55,895\"\nperiod: 2012/13", "Over the decade since 2012/13 (55,895)") +
				ind("y21", niEnrol+"stated: \"66,245\"\nperiod: 2020/21", "from 2020/21 (66,245)") + studentsS,
			nil},
		{"hospitals: 2013-14 beside 2014/15", hospitals,
			ind("a", engFlow+"stated: 14.3 million\nperiod: 2013-14", "from 14.3 million") + ind("b", engFlow+"stated: 14.6 million\nperiod: 2014/15", "to 14.6 million in 2014/15") + hospS,
			[]string{`series "s" writes its years across two both ways, 2013-14 here and 2014/15 at another point, and the outputs label each as written: write one form for the series, period: 2013/14`}},

		// A title that says its span again.
		{"students: over the decade", studentsDoc,
			ind("d", "entities: [GB-NIR]\nstatus: fact\nmeasure: change\nstated: 24%\ndirection: up\nperiod: 2021/22\nbase: 2012/13\ntitle: Change in enrolments at NI HEIs over the decade", "enrolments at NI HEIs have increased by a net 24%"),
			[]string{`title "Change in enrolments at NI HEIs over the decade" says its span, "over the decade", which the outputs add from base and period ("from 2012/13 to 2021/22"): leave it out of the title: write title: "Change in enrolments at NI HEIs"`}},
		{"marriages: over the past 40 years", marriages,
			ind("d", "entities: [GB-EAW]\nstatus: fact\nmeasure: change\nstated: a third\ndirection: down\nperiod: 2017\nbase: 1977\ntitle: Fall in opposite-sex marriages over the past 40 years", "numbers falling by a third over the past 40 years"),
			[]string{`title "Fall in opposite-sex marriages over the past 40 years" says its span, "over the past 40 years", which the outputs add from base and period ("from 1977 to 2017"): leave it out of the title: write title: "Fall in opposite-sex marriages"`}},
		{"benefits: over the year says which change", benefits,
			ind("d", "entities: [GB]\nstatus: fact\nmeasure: change\nstated: 35.1%\ndirection: down\nperiod: 2022-08\nbase: 2021-08\ntitle: Change in Jobseeker’s Allowance claimants over the year", "Jobseeker’s Allowance fell by 35.1%"),
			nil},
		{"elections: a view's span", electionsDoc,
			ind("a", gbChange+"stated: 0.7%", "fell by 345,818 (0.7%)") + ind("b", gbChange+"stated: 0.4%", "fell by 345,818 (0.7%) and 219,415 (0.4%)") +
				"views:\n" + view("v", "Change in UK electoral registrations, December 2020 to December 2021", "bars", "a", "b"),
			[]string{`title "Change in UK electoral registrations, December 2020 to December 2021" says its span, "December 2020 to December 2021", which the outputs add from base and period ("from December 2020 to December 2021"): leave it out of the title: write title: "Change in UK electoral registrations"`}},
		{"research: a view's span of years across two", research,
			ind("a", "entities: [AU-NSW]\nstatus: fact\nmeasure: change\nstated: $428 million\ndirection: up\nunit: AUD\nperiod: 2006/07\nbase: 2005/06", "New South Wales (up $428 million)") +
				"views:\n" + view("v", "Largest increases in business R&D expenditure, 2005/06 to 2006/07", "bars", "a"),
			[]string{`says its span, "2005/06 to 2006/07", which the outputs add from base and period ("from 2005/06 to 2006/07"): leave it out of the title: write title: "Largest increases in business R&D expenditure"`}},
		{"fisheries: from 2015 to 2016 the outputs read", fisheries,
			ind("a", "entities: [IE]\nstatus: fact\nmeasure: change\nstated: 3.2%\ndirection: up\nperiod: 2016\nbase: 2015", "Landings by Irish trawlers increased by 3.2%") +
				"views:\n" + view("v", "Change in landings from 2015 to 2016, by vessel and port", "bars", "a"),
			nil},

		// One notice for one quote typed alike.
		{"students: three figures of one sentence typed alike", studentsDoc,
			ind("a", "entities: [GB-NIR]\nstatus: fact\nmeasure: stock\nunit: enrolment\nstated: 8,640\nperiod: 2021/22", "'other undergraduates' increased by 12% (from 7,740 to 8,640)") +
				ind("b", "entities: [GB-NIR]\nstatus: fact\nmeasure: stock\nunit: enrolment\nstated: 7,740\nperiod: 2020/21", "'other undergraduates' increased by 12% (from 7,740 to 8,640)") +
				ind("c", "entities: [GB-NIR]\nstatus: fact\nmeasure: change\nstated: 12%\ndirection: up\nperiod: 2021/22\nbase: 2020/21", "'other undergraduates' increased by 12% (from 7,740 to 8,640)"),
			[]string{`quote differs from source "doc" in typography ("'" for "‘", "'" for "’"): write quote: "‘other undergraduates’ increased by 12% (from 7,740 to 8,640)"; and 2 more quotes typed alike (indicators "b", "c")`}},
		{"benefits: two figures of one bullet typed alike", benefits,
			ind("a", "entities: [GB]\nstatus: fact\nmeasure: change\nstated: 35.1%\ndirection: down\nperiod: 2022-08\nbase: 2021-08", "Jobseeker's Allowance fell by 35.1% to 89,000 claimants") +
				ind("b", "entities: [GB]\nstatus: fact\nmeasure: stock\nstated: 89,000 claimants\nperiod: 2022-08", "Jobseeker's Allowance fell by 35.1% to 89,000 claimants"),
			[]string{`write quote: "Jobseeker’s Allowance fell by 35.1% to 89,000 claimants"; and 1 more quote typed alike (indicators "b")`}},

		// An index level's unit.
		{"industry: an index level with no unit", industryDoc,
			ind("a", ieIndex+"stated: \"109.0\"\nbase: 2015\ntitle: Manufacturing production index (seasonally adjusted, 2015=100)", "109.0"),
			[]string{`"109.0" is a level of an index (its title says so) with no unit, which the outputs call a number: write unit: index, read against base 2015 (the index is then named "index (2015=100)")`}},
		{"industry: an index level with no unit nor base", industryDoc,
			ind("a", ieIndex+"stated: \"109.0\"\ntitle: Manufacturing production index", "109.0"),
			[]string{`"109.0" is a level of an index (its title says so, 2015=100) with no unit, which the outputs call a number: write unit: index and base: 2015, its reference period (the index is then named "index (2015=100)")`}},
		{"industry: unit index with no base", industryDoc,
			ind("a", ieIndex+"stated: \"109.0\"\nunit: index\ntitle: Manufacturing production index", "109.0"),
			[]string{`an index is read against its reference period, and the text gives it, 2015=100: write base: 2015 (the index is then named "index (2015=100)")`}},
		{"industry: unit index and its base", industryDoc,
			ind("a", ieIndex+"stated: \"109.0\"\nunit: index\nbase: 2015\ntitle: Manufacturing production index", "109.0"),
			nil},
		{"industry: unit index of a change", industryDoc,
			ind("a", "entities: [IE]\nstatus: estimate\nmeasure: change\nstated: \"0.2\"\nunit: index\ndirection: down\nperiod: 2018-10\nbase: 2018-09", "0.2% lower than in September 2018"),
			[]string{`unit index is an index number, a level read against its reference period, but measure is change: write measure: level (a change of an index is in percent, or in its points: unit: point)`}},
		{"prices: a rate of a price index is no index level", prices,
			ind("a", "entities: [GB]\nstatus: fact\nmeasure: level\nstated: 0.7%\nperiod: 2021-02\ntitle: CPIH annual rate", "rose by 0.7% in the 12 months to February 2021"),
			nil},
	}
	for _, tc := range tests {
		got := catalogMessages(t, tc.doc, tc.items)
		if strings.Join(got, "\n") == strings.Join(tc.want, "\n") {
			continue
		}
		if len(got) == len(tc.want) && len(got) == 1 && strings.Contains(got[0], tc.want[0]) {
			continue
		}
		t.Errorf("%s: messages %q, want %q", tc.name, got, tc.want)
	}
}

// TestIndexUnit checks the unit of an index number: written "index", read
// back, held bare, named with its reference for the outputs (IndexPhrase),
// and a difference of two index levels is in the index's points.
func TestIndexUnit(t *testing.T) {
	u, err := indicators.ParseUnit("index")
	if err != nil || u != indicators.IndexUnit || u.String() != "index" || u.Kind.String() != "index" {
		t.Fatalf("ParseUnit(index) = %v (%v), %v", u, u.Kind, err)
	}
	q, _, err := indicators.ParseStated("109.0")
	if err != nil {
		t.Fatal(err)
	}
	if got := indicators.Format(q, u, indicators.Style{}); got != "109.0" {
		t.Errorf("Format(109.0 index) = %q, want the figure bare", got)
	}
	base, _ := indicators.ParsePeriod("2015")
	for _, tc := range []struct {
		u    indicators.Unit
		base indicators.Period
		want string
	}{
		{indicators.IndexUnit, base, "index (2015=100)"},
		{indicators.IndexUnit, indicators.NotStated, "index"},
		{indicators.Unit{}, base, ""},
		{indicators.PercentUnit, base, ""},
	} {
		if got := indicators.IndexPhrase(tc.u, tc.base); got != tc.want {
			t.Errorf("IndexPhrase(%v, %v) = %q, want %q", tc.u, tc.base, got, tc.want)
		}
	}
	if indicators.IndexUnit.SharesAxis(indicators.Unit{}) {
		t.Error("an index shares an axis with a pure number")
	}
}
