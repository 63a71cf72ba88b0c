package extract

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/google/go-cmp/cmp"
)

// draftCase is one hard case of the genre: a small document, the figure
// (as stated) whose draft is checked, and the fields it must have.
type draftCase struct {
	name, text, stated string
	title              string // "" to leave unchecked
	entities           string // joined with ","
	counterpart        string
	measure, status    string
	period, base       string
	section            string // joined with " / "
	note               string // a substring of the notes, or ""
	quote              string // the quote, or "" to leave unchecked
	direction          string // "up", "down", or "" to leave unchecked
	unit               string // the unit as a catalog writes it, or "" to leave unchecked
	url                string // the address the text was taken from (DraftSource.URL), or ""
}

// briefText is a statistical brief of the kind of the State Department's
// "In Brief" pages, in words of its own (drafts13): a day-first dateline,
// a photo with its credit and a sentence about the people in it, and a
// record whose counted noun stands before it ("the number of …").
const briefText = "Survey Counts Foreign Scholars at American Universities\n\n3 March 2014\n\n" +
	"Three researchers working together in a laboratory (AP Images)\n\n" +
	"How many scholars from abroad teach and do research at U.S. universities? The survey, issued each year by the National Science Board, tells.\n\n" +
	"According to the survey, the number of foreign scholars at American universities rose to a record 115,098 in the 2012/2013 academic year. " +
	"The three researchers pictured above, at a laboratory in Ohio, came from Chile and Peru.\n"

// outlookText is a forecaster's outlook in words of its own: prices per
// barrel and per gallon, what "we forecast" and what production
// "will average", and a payment a month.
const outlookText = "Fuel Outlook\n\n" +
	"The North Sea crude oil spot price averaged $78 per barrel last month. Regular gasoline sold for $3.61 per gallon. " +
	"We forecast the crude price will rise to $81 per barrel next year. Domestic crude oil production will average 12.9 million barrels per day. " +
	"Households received $150 a month in fuel aid.\n"

// visitorsText is a statistical brief of the kind of the State
// Department's "In Brief" on the Open Doors report, in words of its own
// (drafts14): a record with its year, then places ranked in a list in
// the paragraph after it.
const visitorsText = "Tourists Flock to Canadian Parks\n\n4 June 2013\n\n" +
	"According to the survey, the number of foreign visitors to Canada's national parks rose to 3.1 million in 2012.\n\n" +
	"The United States and Britain send the most. Other countries also send large numbers of visitors to Canadian parks, " +
	"including Germany (third on the list), France (fifth), the Netherlands (11th) and Japan (ninth).\n"

// releaseText is a statistical release of the kind of BEA's on new
// foreign direct investment, in words of its own.
const releaseText = "Spending by international visitors to attend, study, or work at U.S. universities totaled $45.2 billion (preliminary) in 2021. Spending was down 3.1 percent from $46.7 billion (revised) in 2020 but was above the annual average of $41.0 billion for 2016–2019. Projected total spending, which includes both tuition and living costs, was $52.0 billion. By field, spending was mainly concentrated in engineering, which accounted for 18.2 percent of total spending, or $8.2 billion. Within engineering, spending was largest in computer science ($5.1 billion). There was also notable spending in business ($2.0 billion) and medicine ($0.6 billion)."

// monthlyText is a monthly statistical release of the kind of BEA's
// monthly trade releases, in words of its own (drafts17): months without
// their year under a dateline (December, after the dateline's March, is
// of the year before), a revised and a first-published figure, one
// country's overall trade as the subject of the first sentence, and a
// level after "in <month> to".
const monthlyText = "March 7, 2019\n\n" +
	"The U.S. monthly international trade deficit increased in January 2019 according to the Census Bureau. " +
	"The deficit increased from $50.3 billion in December (revised) to $51.1 billion in January, as imports rose. " +
	"The previously published December deficit was $59.8 billion. " +
	"The goods deficit increased $1.2 billion in January to $72.5 billion.\n\n" +
	"Exports\n\n" +
	"Exports of goods and services decreased $1.5 billion, or 0.7 percent, in January to $207.3 billion. " +
	"Exports of goods decreased $1.3 billion.\n"

// quarterText is a release with no dateline whose months take the year
// of a month written with its year earlier in the text (drafts17).
const quarterText = "Canada's quarterly trade surplus narrowed in June 2018, the agency said. " +
	"The surplus fell to $1.2 billion in May, down from $1.9 billion in April.\n"

// woodText is a statistical trade release of the kind of USDA's on a
// record export year, in words of its own (drafts15): the home party's
// overall exports with no partner, a change restated in dollars after
// ", or", places named only in lists, a count of markets out of a list's
// size, and counts of markets over a threshold in two years.
const woodText = "U.S. wood product exports set a record in 2019, with international sales of American lumber and paper reaching $12.4 billion, the Forest Service said.\n\n" +
	"Final 2019 trade figures released on Tuesday by the Census Bureau show that U.S. wood exports rose 8 percent, or $0.9 billion, from the record set in 2018.\n\n" +
	"Sales grew in each of the top 5 markets for U.S. wood – Japan, Germany, India, Brazil and Chile, with shipments to four of the 5 markets (Japan, India, Brazil and Chile) reaching new highs.\n\n" +
	"In all, there were 14 markets where U.S. wood exports topped $100 million in 2019, up from 11 markets in 2018.\n"

// relationsText is a bilateral relations page of the kind of the State
// Department's embassy pages ("U.S. – Ghana Relations"), in words of its
// own.
const relationsText = "U.S. – Senegal Relations\n\nHundreds of Senegalese students have been trained at American universities. Senegal welcomes thousands of American visitors each year drawn by the music and history of West Africa.\n\nAmerican business keeps growing, with the 25 U.S. firms that have opened offices in Senegal in the last three years. More striking still are the 40 new business deals or joint ventures that have been signed over the past year, worth $300 million.\n\nThrough USAID, the American people invest about $90 million in Senegal each year in health, education and farming programs. The second Millennium Challenge Compact, which entered into force in 2021, will invest $550 million to support the modernization of Senegal’s electricity grid.\n"

// climateText is a climate-target fact sheet of the kind of the White
// House's 2014 U.S.-China announcement, in words of its own (drafts11).
const climateText = "The White House\n\nOffice of the Press Secretary\n\nFor Immediate Release\nJune 3, 2016\n\n" +
	"FACT SHEET: U.S.-Mexico Partnership on\nMethane and Clean\nPower Cooperation\n" +
	"President Announces Bold 2030 Target to Cut Methane by 40-45 Percent\nfrom 2012 Levels\n" +
	"Today President Adams announced a new goal to cut methane emissions 40-45 percent below 2012 levels by 2030. " +
	"At the same time, President Ruiz of Mexico announced targets to cap coal use early, and to raise the renewable share of all electricity to about 35 percent\nby 2028.\n" +
	"The new U.S. goal will triple the pace of methane reduction from 0.8 percent per year on average\nduring the 2010-2020 period to 2.4 percent per year on average between 2020 and 2030.\n"

// energyText is an energy-target release of the kind of DOE's 2023
// offshore wind strategy, in words of its own (drafts11).
const energyText = "WASHINGTON, D.C. — The U.S. Department of the Interior today announced a plan to meet President Baker’s goal to install 20 gigawatts (GW) of solar power on public lands by 2032. " +
	"Installing 20 GW of solar on U.S. public lands would power 6 million homes, sustain 45,000 jobs, and draw $8 billion per year in private capital. " +
	"The plan backs a grid free of carbon by 2040.\n" +
	"“Solar on public lands is key to our climate goals,” said Secretary of the Interior Ann Lee. “It will create 30,000 jobs in rural towns.”\n" +
	"Solar power is spreading fast, and the domestic potential is large. There are currently 25 GW of solar in various stages of permitting.\n"

// targetText is a climate-target fact sheet in words of its own
// (drafts12): a title that wraps over three lines, a title line whose
// figure the text restates, a goal's object, a pace from one rate to
// another, and cuts "on the order of" a figure.
const targetText = "The White House\n\nOffice of the Press Secretary\n\nFor Immediate Release\nSeptember 9, 2019\n\n" +
	"FACT SHEET: U.S.-Canada Joint\nStatement on Clean Air and\nMethane Cooperation\n" +
	"President Announces 2035 Goal to Cut U.S. Methane Emissions by 40-45 Percent\nfrom 2012 Levels\n" +
	"Today the President unveiled a new goal to reduce methane emissions from oil and gas 40-45 percent below 2012 levels by 2035. " +
	"The plan will lift the rate of methane leak repair from 2 percent per year during the 2012-2020 period to 5 percent per year between 2020 and 2035. " +
	"It puts the country on course for deep nationwide cuts on the order of 70 percent by 2050.\n"

// storageText is an energy release that opens with a dateline, in words
// of its own (drafts12): a capacity goal, a list of what the capacity
// would give under one subject and modal, capacity in development, and a
// count whose noun the figure parser leaves out, in a person's words.
const storageText = "WASHINGTON, D.C. — The U.S. Department of Commerce (DOC) today announced a plan to advance the Governor’s goal to build 15 gigawatts (GW) of battery storage by 2031. " +
	"Adding 15 GW of battery storage would provide enough electricity for 4 million homes, sustain 20,000 jobs, and draw $6 billion per year in private capital. " +
	"There are currently 9 GW of battery storage in early stages of development.\n" +
	"“With this plan we are building a clean and durable American power source, which will bring tens of thousands of well-paid, local jobs to small towns,” said Secretary Ann Lee.\n"

// comparedText compares each year's figure with the year before's, the
// comparand first in its sentence, a count in brackets after it (seenq,
// the kind of a food security release, in words of our own).
const comparedText = "Food Security in the U.S.\n\n" +
	"- 13.5 percent (18.0 million) of U.S. households were food insecure at some time during 2023.\n" +
	"- The 2023 prevalence of food insecurity was statistically significantly higher than the 12.8 percent (17.0 million) in 2022.\n" +
	"- The 2023 prevalence of low food security was statistically significantly higher than 7.7 percent (10.2 million) in 2022.\n"

// groupsText compares groups at one time, and says once, after its
// figures, that they come from a sample survey (seenq).
const groupsText = "Union Members\n\n" +
	"Public-sector workers had a union membership rate (34.4 percent) more than five times higher than that of private-sector workers (6.4 percent). " +
	"The arrest rate for the Black ethnic group was more than four times higher than for the White ethnic group. " +
	"Smoking was higher among men (77%) than women (69%). " +
	"The death rate of smokers was more than twice as high as that of non-smokers.\n\n" +
	"The data on union membership are collected as part of the Current Population Survey, a monthly sample survey.\n"

// fatalText dates its changes by its title's year, against a base named
// as a figure, after an earlier record, and between two years; a sentence
// after its figures calls them preliminary (seenq).
const fatalText = "Fatal Work Injuries in 2005\n\n" +
	"A total of 5,702 fatal work injuries were recorded in 2005, down about 1 percent from the revised total of 5,764 recorded in 2004. " +
	"Deaths among young workers were up about 18 percent from the 2004 figure to 166 cases. " +
	"Fatal falls were lower by 7 percent after reaching a series high in 2004. " +
	"Deaths of drivers fell by 5% between 2004 and 2005. " +
	"The numbers reported in this release are preliminary and will be updated in April 2007.\n"

// ownPlaceText names its place once, in its title, and the United
// Kingdom once in its lead (who27).
const ownPlaceText = "Bicycle Hire in Wales:\n\nYear 2030-31\n\nIntroduction\n\n" +
	"This publication gives statistics on bicycle hire schemes run by councils for residents of Wales, for visitors from across the United Kingdom (UK) and for European Union (EU) visitors. It is updated every year.\n\n" +
	"Key Points\n\nHires rose by 4.1% to reach 2.3 million in the year 2030-31. The balance of bicycles on loan increased by 2.0% to reach 40,100 at the end of the year.\n"

// regionsText breaks a release about England down by its regions
// (who27).
const regionsText = "Ferry use in England: 2030\n\nFor 2030, the number of ferry trips in:\n- England rose by 2.0%\n- London fell by 1.1%\n- England outside London rose by 0.4%\n\n" +
	"The South West had the highest rate of trips at 40 per 1,000 people in 2030, while London had the lowest rate at 22 per 1,000 people.\n\n" +
	"The slowest growth in trips was in the North East (0.5%), followed by the East Midlands (0.9%).\n"

var draftCases = []draftCase{
	// drafts13: a record whose counted noun stands before it, "the number
	// of X": unit the head noun of X, title X with its place; stated keeps
	// the bare number.
	{name: "brief: the number of X before a record is its unit and title", text: briefText, stated: "115,098", unit: "scholar",
		title: "Foreign scholars at American universities", entities: "US", measure: "count", status: "fact", period: "2012/2013",
		section: "Survey Counts Foreign Scholars at American Universities"}, // the title line: neither the photo's caption nor the date line below it
	{name: "the number of jobs rose to a figure in millions", text: "Factories are hiring again. The number of jobs in the state rose to 1.2 million in 2019.",
		stated: "1.2 million", unit: "job", title: "Jobs in the state", period: "2019"},
	{name: "the number of X with a participle after its head", text: "The grid reaches further each year. The number of households connected reached 5 million.",
		stated: "5 million", unit: "household", title: "Households connected", period: "not stated"},
	// drafts13: "together" makes a figure two parties' only when parties
	// act together, not when people walk together.
	{name: "people walking together are no two parties", text: "Student Exchanges\n\nThe United States and Germany trade students.\n\nIn 2012, 120 students walked together through Boston.\n",
		stated: "120 students", entities: "", measure: "flow", status: "fact", period: "2012", section: "Student Exchanges"}, // flow37: people who walked in 2012 did something over the year
	{name: "parties working together are the document's two subjects", text: "Student Exchanges\n\nThe United States and Germany trade students.\n\nThey worked together to host 120 students in 2012.\n",
		stated: "120 students", entities: "US,DE", measure: "count", status: "fact", period: "2012", section: "Student Exchanges"},
	{name: "the number of X past its change in percent", text: "The number of Chinese students in the United States grew 23 percent to 157,558 in 2011.",
		stated: "157,558", unit: "student", title: "Chinese students in the United States", period: "2011"},
	{name: "the number of X past a count of something else gives no unit", text: "The number of students and 5,000 teachers rose to 40,000 in 2011.",
		stated: "40,000", unit: "", period: "2011"},
	// Staff, a noun of people in the mass, counts persons (drafts77:
	// "teachers, graduate staff and staff … was 4,781" counts persons).
	{name: "the number of a noun with no plural gives no title, and staff counts persons", text: "The number of staff grew to 400 in 2019.",
		stated: "400", unit: "person", title: "", period: "2019"},
	// drafts14: places ranked in a list, "Germany (third on the list)":
	// the place is the entity, the other party the sentence names the
	// counterpart, the title what the sentence ranks, and a rank with no
	// year of its own takes the year of the figure of the same subject in
	// the paragraph before, never the dateline's.
	{name: "list rank: places that send visitors are places of origin", text: visitorsText, stated: "fifth",
		title: "France's rank among places of origin of visitors", entities: "FR", counterpart: "CA", measure: "rank", status: "fact",
		period: "2012", section: "Tourists Flock to Canadian Parks"},
	{name: "list rank: the first item, with words after its ordinal", text: visitorsText, stated: "third",
		title: "Germany's rank among places of origin of visitors", entities: "DE", counterpart: "CA", measure: "rank", status: "fact",
		period: "2012", section: "Tourists Flock to Canadian Parks"},
	{name: "list rank: a name ending in s", text: visitorsText, stated: "11th",
		title: "The Netherlands' rank among places of origin of visitors", entities: "NL", counterpart: "CA", measure: "rank", status: "fact",
		period: "2012", section: "Tourists Flock to Canadian Parks"},
	{name: "list rank: among a sentence's opening noun, no year but the dateline's", text: "Haiti Rebuilds\n\n2 May 2015\n\nAmong donors, Norway (fifth) and Japan (second) gave to the rebuilding of Haiti.\n",
		stated: "second", title: "Japan's rank among donors", entities: "JP", counterpart: "HT", measure: "rank", status: "fact",
		period: "not stated", section: "Haiti Rebuilds"},
	{name: "list rank: the noun before such as", text: "Copper exporters such as Chile (first) and Peru (third) sell most of their ore to China.",
		stated: "third", title: "Peru's rank among copper exporters", entities: "PE", counterpart: "CN", measure: "rank", status: "fact", period: "not stated"},
	{name: "list rank: the subject of include", text: "Leading places of origin include India (second) and Ghana (ninth).",
		stated: "ninth", title: "Ghana's rank among leading places of origin", entities: "GH", counterpart: "", measure: "rank", status: "fact", period: "not stated"},
	{name: "list rank: among a phrase that names the other party", text: "Among exporters to China, Chile (first) and Peru (third) lead.",
		stated: "first", title: "Chile's rank among exporters to China", entities: "CL", counterpart: "CN", measure: "rank", status: "fact", period: "not stated"},
	{name: "list rank: a year of another subject in the paragraph before is not its own", text: "The port handled 4,000 ships in 2012.\n\nOther countries also send many students to Canadian schools, including France (fifth).\n",
		stated: "fifth", title: "France's rank among places of origin of students", entities: "FR", counterpart: "CA", measure: "rank", status: "fact", period: "not stated"},
	{name: "list rank: a word of the present is a time of its own", text: "The number of foreign students in Canada rose to 40,000 in 2012.\n\nOther countries currently send many students to Canadian schools, including France (fifth).\n",
		stated: "fifth", entities: "FR", counterpart: "CA", measure: "rank", status: "fact", period: "not stated"},
	{name: "list rank: a year two paragraphs back is not carried", text: "The number of foreign students in Canada rose to 40,000 in 2012.\n\nMost study in Toronto.\n\nOther countries also send many students to Canadian schools, including France (fifth).\n",
		stated: "fifth", entities: "FR", counterpart: "CA", measure: "rank", status: "fact", period: "not stated"},
	// Titles of climate and energy targets by kind (drafts12): what is
	// measured, in the sentence's words.
	{name: "target: a goal's infinitive and its object, not the person who announced it", text: targetText, stated: "40-45 percent",
		title: "Goal to reduce methane emissions from oil and gas", entities: "US", measure: "change", status: "target", period: "2035", base: "2012", direction: "down"},
	{name: "target: a pace from a rate during a period", text: targetText, stated: "2 percent per year", title: "Rate of methane leak repair", period: "2012/2020"},
	{name: "target: a pace to a rate between two years", text: targetText, stated: "5 percent per year", title: "Rate of methane leak repair", period: "2020/2035"},
	{name: "target: cuts on the order of a figure are the cuts", text: targetText, stated: "on the order of 70 percent", title: "Nationwide cuts", period: "2050"},
	{name: "storage: a goal to build capacity in watts of something", text: storageText, stated: "15 gigawatts", title: "Battery storage capacity goal",
		entities: "US", measure: "stock", status: "target", period: "2031"},
	{name: "storage: capacity that a gerund adds", text: storageText, stated: "15 GW", title: "Battery storage capacity", period: "not stated"},
	{name: "storage: enough electricity for homes is homes powered, by the list's subject", text: storageText, stated: "4 million homes",
		title: "Homes battery storage would power", entities: "US", measure: "count", status: "projection", period: "not stated"},
	{name: "storage: a later item of the list has the list's subject and modal", text: storageText, stated: "20,000 jobs",
		title: "Jobs battery storage would sustain", entities: "US", measure: "count", status: "projection", period: "not stated"},
	{name: "storage: the money item of the list names what it is in", text: storageText, stated: "$6 billion per year",
		// no place of its own: the document's one country (docPlaceOf), the U.S. of its department and its "American"
		title: "Private capital battery storage would draw each year", entities: "US", measure: "flow", status: "projection", period: "not stated"},
	// Thousands in spaced groups (s6), and "the number of X in <year>"
	// titled without its year.
	{name: "a count in spaced groups of thousands, titled by the number of what, its year the period's", text: "Dengue Facts\n\nThe estimated number of dengue deaths in 2019 stood at 12 000.\n",
		stated: "12 000", title: "Dengue deaths", measure: "flow", status: "estimate", period: "2019", section: "Dengue Facts", unit: "death"},
	// A price is a level, and a forecaster's "will" a projection (s6): an
	// outlook in words of its own.
	{name: "outlook: money per barrel is a price, a level", text: outlookText, stated: "$78 per barrel", measure: "level", status: "fact", period: "not stated", section: "Fuel Outlook"},
	{name: "outlook: money per gallon is a price too", text: outlookText, stated: "$3.61 per gallon", measure: "level", status: "fact", period: "not stated", section: "Fuel Outlook"},
	{name: "outlook: what a forecaster says will be is a projection", text: outlookText, stated: "$81 per barrel", measure: "level", status: "projection", period: "not stated", section: "Fuel Outlook"},
	{name: "outlook: what production will average is a projection", text: outlookText, stated: "12.9 million barrels per day", measure: "flow", status: "projection", period: "not stated", section: "Fuel Outlook"},
	{name: "a noun \"projects\" is no projection: money approved for three projects is a fact", text: "Financing Approved\n\nThe Board approved $1.1 billion for three projects in the country.\n",
		stated: "$1.1 billion", measure: "flow", status: "fact", period: "not stated", section: "Financing Approved"},
	{name: "outlook: money a month is still a flow", text: outlookText, stated: "$150 a month", measure: "flow", status: "fact", period: "not stated", section: "Fuel Outlook"},
	{name: "a second capacity of a sentence is of what the first is, on its path", text: "Storage Plan\n\nThe state set a goal to build 15 gigawatts (GW) of battery storage by 2031 and to put the grid on a path to 25 GW or more by 2040.\n", stated: "25 GW or more",
		title: "Battery storage capacity path", measure: "stock", status: "target", period: "2040", section: "Storage Plan"},
	{name: "storage: capacity in stages of development", text: storageText, stated: "9 GW", title: "Battery storage capacity in development",
		entities: "US", measure: "stock", status: "fact", period: "not stated"},
	{name: "storage: a count without a unit is named by the words after of, and what the relative clause's noun does", text: storageText, stated: "tens of thousands of well-paid, local jobs",
		title: "Local jobs the American power source will bring", entities: "US", measure: "count", status: "projection", period: "not stated"},
	// A climate-target fact sheet and an energy-target release (drafts11):
	// deadlines, base years and spans of years; the head of government of
	// the document's home; capacity; lists under one "would"; titles of
	// what is measured.
	{name: "climate: a base year below which, a deadline after it", text: climateText, stated: "40-45 percent",
		entities: "US", measure: "change", status: "target", period: "2030", base: "2012", direction: "down"},
	{name: "climate: a year before Target in a title line is the deadline", text: "FACT SHEET: Methane\nPresident Announces Bold 2030 Target to Cut Methane by 40-45 Percent\nfrom 2012 Levels\nThe plan was welcomed.\n",
		stated: "40-45 Percent", period: "2030", base: "2012"},
	{name: "climate: a share raised to a figure by an infinitive of announced targets", text: climateText, stated: "about 35 percent",
		entities: "MX", measure: "share", status: "target", period: "2028"},
	{name: "climate: a pace from a figure during a period", text: climateText, stated: "0.8 percent per year",
		entities: "US", measure: "change", status: "target", period: "2010/2020", direction: "down"},
	{name: "climate: a pace between two years", text: climateText, stated: "2.4 percent per year",
		entities: "US", measure: "change", status: "target", period: "2020/2030", direction: "down"},
	{name: "energy: a gloss between the capacity and its deadline", text: energyText, stated: "20 gigawatts",
		entities: "US", measure: "stock", status: "target", period: "2032"},
	{name: "energy: would covers every item of its list", text: energyText, stated: "45,000 jobs",
		entities: "US", measure: "count", status: "projection", period: "not stated"},
	{name: "energy: the last item of a would list", text: energyText, stated: "$8 billion per year",
		entities: "US", measure: "flow", status: "projection", period: "not stated"},
	{name: "energy: will in a person's quote is a projection, a deadline stays in its sentence", text: energyText, stated: "30,000 jobs",
		entities: "US", measure: "count", status: "projection", period: "not stated"},
	{name: "energy: currently without a dateline, the home's capacity in development", text: energyText, stated: "25 GW",
		entities: "US", measure: "stock", status: "fact", period: "not stated"},
	{name: "energy: currently is the dateline's year", text: "May 4, 2021\n\nThe domestic potential is large. There are currently 25 GW of solar in permitting.\n", stated: "25 GW",
		measure: "stock", entities: "", status: "fact", period: "2021"},
	// drafts12: a change that explains the change of the sentence before.
	{name: "a part of a change has the year of the change it explains", text: "Coffee Exports\n\nThe value of Peru’s coffee exports to Japan rose by 4 percent to $2.1 billion in 2019, with larger shipments of roasted coffee leading the rise. Roasted coffee shipments grew by $300 million, helped by lower freight costs.\n",
		stated: "$300 million", period: "2019", section: "Coffee Exports"},
	{name: "a figure without a direction after a change keeps no year", text: "Coffee Exports\n\nThe value of Peru’s coffee exports to Japan rose by 4 percent to $2.1 billion in 2019. Roasted coffee exporters employ 30,000 workers.\n",
		stated: "30,000 workers", period: "not stated", section: "Coffee Exports"},
	// A bilateral relations page (drafts10): people and firms of one side
	// counted in the other, what they did, and a programme's money.
	{name: "relations: the people counted act when their count is the subject", text: relationsText, stated: "Hundreds of Senegalese students", title: "Senegalese students trained at American universities",
		entities: "SN", counterpart: "US", measure: "count", status: "fact", period: "not stated", section: "U.S. – Senegal Relations"},
	{name: "relations: a place that acts on those counted is the entity", text: relationsText, stated: "thousands of American visitors", title: "American visitors welcomed by Senegal each year",
		entities: "SN", counterpart: "US", measure: "flow", status: "fact", period: "not stated", section: "U.S. – Senegal Relations"},
	{name: "relations: firms counted before their relative clause act", text: relationsText, stated: "25 U.S. firms", title: "U.S. firms that opened offices in Senegal",
		entities: "US", counterpart: "SN", measure: "count", status: "fact", period: "not stated", section: "U.S. – Senegal Relations"},
	{name: "relations: a count with no place goes on from the sentence before, not the heading", text: relationsText, stated: "40 new business deals or joint ventures",
		title:    "New business deals or joint ventures signed",
		entities: "US", counterpart: "SN", measure: "count", status: "fact", period: "not stated", section: "U.S. – Senegal Relations"},
	{name: "relations: the value of what was counted", text: relationsText, stated: "$300 million", title: "Value of new business deals or joint ventures",
		entities: "US", counterpart: "SN", measure: "flow", status: "fact", period: "not stated", section: "U.S. – Senegal Relations"},
	{name: "relations: an amount invested in a country each year", text: relationsText, stated: "about $90 million", title: "USAID investment in Senegal each year",
		entities: "US", counterpart: "SN", measure: "flow", status: "fact", period: "not stated", section: "U.S. – Senegal Relations"},
	{name: "relations: a programme's year of entry into force is not its amount's", text: relationsText, stated: "$550 million", title: "Second Millennium Challenge Compact investment",
		entities: "US", counterpart: "SN", measure: "flow", status: "pledge", period: "not stated", section: "U.S. – Senegal Relations"},
	{name: "a count's predicate with a closing phrase of time", text: "Over 1,200 Nepali nurses have been hired by hospitals in Qatar in the last decade.",
		stated: "Over 1,200 Nepali nurses", title: "Nepali nurses hired by hospitals in Qatar", entities: "NP", counterpart: "QA", measure: "count", status: "fact", period: "not stated"},
	{name: "nouns joined by or are stated with the count, the last the unit", text: "Last year Peru signed 14 grants or loans that were paid out in full.",
		stated: "14 grants or loans", title: "Grants or loans paid out in full", period: "not stated"},
	{name: "nouns joined by and are one unit, both words (README)", text: "The plan will reach 300 schools and clinics in Nepal.",
		stated: "300 schools and clinics", unit: "school and clinic", period: "not stated"},
	{name: "an amount given a year through an agency", text: "Through the Peace Corps, the American people spend $12 million in Peru annually on rural schools.",
		stated: "$12 million", title: "Peace Corps spending in Peru each year", entities: "US", counterpart: "PE", measure: "flow", status: "fact", period: "not stated"},
	{name: "a page that names its partner most: exports are still the home party's", text: "U.S. Relations With Malawi\n\nMalawi grows tea. Malawi sells tobacco. Malawi mines uranium. In 2021, two-way goods trade between the United States and Malawi totaled $120 million. Exports were $50 million.",
		stated: "$50 million", title: "U.S. goods exports to Malawi", entities: "US", counterpart: "MW", measure: "flow", status: "fact", period: "2021",
		section: "U.S. Relations With Malawi"},
	{name: "firms that have something somewhere are firms with it there", text: "About 60 Japanese firms that have plants in Peru employ more than 9,000 Peruvians.",
		stated: "About 60 Japanese firms", title: "Japanese firms with plants in Peru", entities: "JP", counterpart: "PE", measure: "count", status: "fact", period: "not stated"},
	{name: "the noun of a relative clause employs, past its figure", text: "About 60 Japanese firms that have plants in Peru employ more than 9,000 Peruvians.",
		stated: "more than 9,000 Peruvians", title: "Peruvians employed by Japanese firms", period: "not stated"},
	{name: "a counted subject's active predicate", text: "Over 800 Bolivians have taken part in U.S. exchange programs.",
		stated: "Over 800 Bolivians", title: "Bolivians that have taken part in U.S. exchange programs", entities: "BO", counterpart: "US", measure: "count", status: "fact", period: "not stated"},
	{name: "an adverb before the verb is no part of who acts", text: "Togo currently hosts 70 American volunteers.",
		stated: "70 American volunteers", title: "American volunteers hosted by Togo", entities: "TG", counterpart: "US", measure: "count", status: "fact", period: "not stated"},
	{name: "an amount invested through a programme", text: "Through Feed the Future, the United States has invested $300 million in Honduras.",
		stated: "$300 million", title: "Feed the Future investment in Honduras", entities: "US", counterpart: "HN", measure: "flow", status: "fact", period: "not stated"},
	{name: "a total since a year is of no one year", text: "Aid to Laos\n\nIn 2020, the program grew. Since 1975, the United States has given more than $900 million to Laos.",
		stated: "more than $900 million", entities: "US", counterpart: "LA", measure: "flow", status: "fact", period: "not stated", section: "Aid to Laos"},
	{name: "a total since a year, the year after the figure", text: "In 2021 the mission grew. The Peace Corps has sent more than 2,500 volunteers to Fiji since 1968.",
		stated: "more than 2,500 volunteers", title: "Volunteers the Peace Corps has sent to Fiji", entities: "US", counterpart: "FJ", measure: "count", status: "fact", period: "not stated"},
	{name: "a change since a year keeps its base", text: "U.S. exports to Laos have grown 40% since 2015.",
		stated: "40%", measure: "change", period: "not stated", base: "2015", entities: "US", counterpart: "LA", status: "fact"},
	{name: "two facts set side by side by while share a year", text: "U.S. goods exports to Bhutan were $9 million in 2023, while imports from Bhutan were $3 million.",
		stated: "$3 million", entities: "BT", counterpart: "US", measure: "flow", status: "fact", period: "2023"},
	{name: "a demonym the names in -a miss", text: "Some 3,000 Ghanaian students enrol in Canada each year.",
		stated: "Some 3,000 Ghanaian students", entities: "GH", counterpart: "CA", measure: "count", status: "fact", period: "not stated"},
	{name: "a year in an aside dates an event, not the figure", text: "The water fund, launched in 2019, has disbursed $40 million to Malawi.",
		stated: "$40 million", period: "not stated"},

	// A statistical release (drafts9): its sentences go on from the one
	// before, and the year it calls preliminary makes estimates.
	{name: "release: a purpose is cut from the subject", text: releaseText, stated: "$45.2 billion",
		title: "Spending by international visitors", entities: "US", measure: "flow", status: "estimate", period: "2021"},
	{name: "release: a bare noun's change names it in full, for the year before", text: releaseText, stated: "3.1 percent",
		title: "Change in spending by international visitors", entities: "US", measure: "change", status: "estimate", period: "2021"},
	{name: "release: a revised base year stays a fact", text: releaseText, stated: "$46.7 billion",
		title: "Spending by international visitors", entities: "US", measure: "flow", status: "fact", period: "2020"},
	{name: "release: an average for a span with an en dash", text: releaseText, stated: "$41.0 billion",
		entities: "US", measure: "flow", status: "fact", period: "2016/2019"},
	{name: "release: a subject before its relative clause", text: releaseText, stated: "$52.0 billion",
		title: "Projected total spending", entities: "US", measure: "flow", status: "estimate", period: "2021"},
	{name: "release: a share's amount names the whole's noun in the part", text: releaseText, stated: "$8.2 billion",
		title: "Spending in engineering", entities: "US", measure: "flow", status: "estimate", period: "2021"},
	{name: "release: an amount in parentheses after what it was spent in", text: releaseText, stated: "$5.1 billion",
		title: "Spending in computer science", entities: "US", measure: "flow", status: "estimate", period: "2021"},
	{name: "release: the second of two amounts in parentheses", text: releaseText, stated: "$0.6 billion",
		title: "Spending in medicine", entities: "US", measure: "flow", status: "estimate", period: "2021"},
	{name: "no preliminary year: a figure without a year states none", text: "Japanese firms employed 600,000 U.S. workers in 2020. Japanese firms also employed 50,000 engineers.",
		stated: "50,000 engineers", measure: "count", status: "fact", entities: "JP", period: "not stated"},
	{name: "year closing the figure's phrase", text: "U.S. exports to Korea account for 2.9% of overall U.S. exports in 2011.",
		stated: "2.9%", entities: "US", counterpart: "KR", measure: "share", status: "fact", period: "2011"},
	{name: "Korea alone is KR", text: "In 2011, U.S.-Korea goods and services trade totaled $125 billion.",
		stated: "$125 billion", entities: "US,KR", measure: "flow", status: "fact", period: "2011"},
	{name: "Vietnam is VN, not the withdrawn VD", text: "U.S. exports to Vietnam were $6 billion in 2011.",
		stated: "$6 billion", entities: "US", counterpart: "VN", measure: "flow", status: "fact", period: "2011"},
	{name: "an age", text: "In 2024, police said a 45-year-old man was arrested.",
		stated: "45-year-old", title: "Age of man", measure: "count", status: "fact", period: "2024"},
	{name: "a measure per day", text: "In 2024 the pipeline carried 450,000 barrels per day.",
		stated: "450,000 barrels per day", title: "Barrels per day", measure: "flow", status: "fact", period: "2024"},
	{name: "year of a name", text: "Under the Electrify Africa Act of 2015, the United States will provide $1 billion to Sub-Saharan Africa.",
		stated: "$1 billion", entities: "US", counterpart: "202", measure: "flow", status: "pledge", period: "not stated"},
	{name: "fiscal year", text: "In FY22, the agency provided $2.5 billion in humanitarian aid to Ethiopia.",
		stated: "$2.5 billion", entities: "ET", measure: "flow", status: "fact", period: "FY2022"},
	{name: "the euro area and the EU by their statistical codes", text: "Seasonally adjusted GDP rose by 0.3% in the euro area (EA20) in 2024.",
		stated: "0.3%", entities: "EZ", measure: "change", status: "fact", period: "2024"},
	{name: "the EU by its number of members", text: "Employment in the EU27 grew by 0.9% in 2024.",
		stated: "0.9%", entities: "EU", measure: "change", status: "fact", period: "2024"},
	{name: "fiscal year in words", text: "In fiscal year 2025, the agency spent $4.1 billion on relief.",
		stated: "$4.1 billion", period: "FY2025"},
	{name: "fiscal year across two years", text: "In FY 2024-25 the ministry spent $3 billion on schools.",
		stated: "$3 billion", period: "FY2024-25"},
	{name: "financial year across two years", text: "The department spent £2 billion in the financial year 2023-24.",
		stated: "£2 billion", period: "2023/24"}, // a UK financial year is a year across two,
	{name: "a season across two years is a year across two (grid22)", text: "The league drew 3 million fans in 2023-24.",
		stated: "3 million fans", period: "2023/24"},
	{name: "document-wide as of", text: "All figures as of January 31, 2019.\n\nThe fund has disbursed $300 million to Kenya.",
		stated: "$300 million", entities: "KE", measure: "flow", status: "fact", period: "2019-01-31"},
	{name: "sub-bullet inherits its parent's year", text: "Results\n\n• In 2019, the program grew:\n    ◦ 12 countries joined the program.\n",
		stated: "12 countries", measure: "count", status: "fact", period: "2019", section: "Results"},
	{name: "run-in heading", text: "Actual Results. The program trained 5,000 teachers in Kenya in 2018.",
		stated: "5,000 teachers", entities: "KE", measure: "count", status: "fact", period: "2018", section: "Actual Results."},
	{name: "bullet parent", text: "KEY STATISTICS:\n- U.S. goods exports to Japan in 2022 were valued at $80.3 billion.\n",
		stated: "$80.3 billion", title: "U.S. goods exports to Japan", entities: "US", counterpart: "JP", measure: "flow", status: "fact", period: "2022", section: "KEY STATISTICS:"},
	{name: "quote from a person", text: "“We will create 10,000 jobs in Ohio,” the Secretary said.",
		// what88: the jobs are "in Ohio", the state's (US-OH), not the country's.
		stated: "10,000 jobs", entities: "US-OH", measure: "count", status: "pledge", period: "not stated", note: "quote from a person"},
	{name: "projection", text: "The new plants in Japan could support about 40,000 jobs by 2030.",
		stated: "about 40,000 jobs", entities: "JP", measure: "count", status: "projection", period: "2030"},
	{name: "estimate", text: "U.S. exports to Japan supported approximately 444,000 jobs in 2021.",
		stated: "approximately 444,000 jobs", entities: "US", counterpart: "JP", measure: "count", status: "estimate", period: "2021"},
	{name: "rank with its counterpart", text: "Japan is the second largest foreign investor in the United States.",
		stated: "second largest", entities: "JP", counterpart: "US", measure: "rank", status: "fact", period: "not stated"},
	{name: "dateline is not a period", text: "April 25, 2014\n\nThe United States and Japan traded $290 billion.",
		stated: "$290 billion", entities: "US,JP", measure: "flow", status: "fact", period: "not stated"},
	{name: "two-way is the document's two subjects", text: "Japan and the United States are close partners.\n\nIn 2014, our two-way goods and services trade was $279 billion.",
		stated: "$279 billion", title: "Two-way goods and services trade", entities: "JP,US", measure: "flow", status: "fact", period: "2014"},
	{name: "the EU and a region", text: "The EU pledged €5 billion to Sub-Saharan Africa.",
		stated: "€5 billion", entities: "EU", counterpart: "202", measure: "flow", status: "pledge", period: "not stated"},
	{name: "base year of a change", text: "U.S. exports to Japan rose 7.7 percent from 2021.",
		stated: "7.7 percent", entities: "US", counterpart: "JP", measure: "change", status: "fact", period: "not stated", base: "2021"},
	{name: "share of the world", text: "The United States and Japan account for nearly 30 percent of global GDP.",
		stated: "nearly 30 percent", title: "Share of global GDP", entities: "US,JP", measure: "share", status: "fact", period: "not stated"},
	{name: "target by a year", text: "Japan aims to cut emissions by 46 percent by 2030.",
		stated: "46 percent", title: "Cut in emissions", entities: "JP", measure: "change", status: "target", period: "2030"},
	{name: "intention beats is to", text: "Japan is to positively consider partnering with 3-5 countries.",
		stated: "3-5 countries", entities: "JP", measure: "count", status: "intention", period: "not stated"},
	{name: "a limit is the world's", text: "Mindful of the 2 ℃ goal, the parties met.",
		stated: "2 ℃", entities: "WLD", measure: "threshold", status: "target", period: "not stated"},
	{name: "year of the paragraph", text: "Investment continued to grow in 2013. The position grew 6.3 percent to $4,660.9 billion.",
		stated: "$4,660.9 billion", measure: "stock", status: "fact", period: "2013"},
	{name: "a span of years", text: "The position grew after average annual growth of 10.5 percent in 2002-2012.",
		stated: "10.5 percent", measure: "change", status: "fact", period: "2002/2012"},
	{name: "an approval date is not a period", text: "On November 17, 2021, the two governments approved $40 million for Viet Nam.",
		stated: "$40 million", entities: "VN", measure: "flow", status: "fact", period: "not stated"},
	{name: "Asia-Pacific is not Asia", text: "Companies based in the Asia-Pacific have announced almost $200 billion of investments into the United States.",
		stated: "almost $200 billion", entities: "US", measure: "flow", status: "fact", period: "not stated"},
	{name: "head noun past a place", text: "Japanese companies employed approximately 650,000 U.S. workers in 2012.",
		stated: "approximately 650,000 U.S. workers", period: "2012", title: "U.S. workers employed by Japanese companies"},
	{name: "sentence cut at a line break of wrapped text", text: "Only with investment can it work. With an\ninitial set of six partner countries in its first phase, Power Africa\nwill add more than 10,000 megawatts of new generation capacity.",
		stated: "more than 10,000 megawatts", title: "New generation capacity Power Africa will add", measure: "stock", status: "pledge", period: "not stated",
		quote: "With an\ninitial set of six partner countries in its first phase, Power Africa\nwill add more than 10,000 megawatts of new generation capacity."},
	{name: "a quantity noun before of counts nothing", text: "With an initial set of six partner countries, the program began.",
		stated: "six partner countries", title: "Partner countries", measure: "count", status: "fact", period: "not stated"},
	{name: "a programme's name is no place", text: "Today the President announced that Power Africa will connect 20 million households.",
		stated: "20 million households", measure: "count", status: "pledge", period: "not stated"},
	{name: "participial clause takes its parent's year and places", text: "U.S. goods exports to India totaled $35 billion in 2013, supporting an estimated 168,000 U.S. jobs.",
		stated: "an estimated 168,000 U.S. jobs", title: "U.S. jobs supported by U.S. goods exports to India", entities: "US", counterpart: "IN",
		measure: "count", status: "estimate", period: "2013", note: "continues the clause of $35 billion"},
	{name: "participial title cut to length", text: "Cumulative Indian investment in the United States totaled $9 billion in 2012, supporting 100,000 jobs.",
		stated: "100,000 jobs", title: "Jobs supported by cumulative Indian investment", entities: "IN", counterpart: "US", measure: "count", status: "estimate", period: "2012"},
	{name: "last year after the latest year reported", text: "Our trade reached $95 billion in 2013.\n\nU.S. goods exports to India totaled $35 billion last year.",
		stated: "$35 billion", title: "U.S. goods exports to India", entities: "US", counterpart: "IN", measure: "flow", status: "fact", period: "2013", note: ""},
	{name: "last year after a dateline", text: "April 25, 2014\n\nU.S. goods exports to Japan totaled $67 billion last year.",
		stated: "$67 billion", entities: "US", counterpart: "JP", measure: "flow", status: "fact", period: "2013"},
	{name: "a that-clause names who does it, the place after the noun", text: "A survey of the largest U.S. employers in India indicates that U.S. investment supports half a million jobs in India.",
		stated: "half a million jobs", title: "Jobs in India supported by U.S. investment", entities: "US", counterpart: "IN", measure: "count", status: "estimate", period: "not stated"},
	{name: "a past verb ends the subject", text: "The United States and India are partners.\n\nOur bilateral trade expanded from $19 billion in 2000 to $95 billion in 2013.",
		stated: "$95 billion", title: "Bilateral trade", entities: "US,IN", measure: "flow", status: "fact", period: "2013"},
	{name: "a fraction of a whole is a share", text: "More than two-thirds of the population of sub-Saharan Africa is without electricity.",
		stated: "More than two-thirds", title: "Share of population of sub-Saharan Africa", entities: "202", measure: "share", status: "fact", period: "not stated"},
	{name: "a need foreseen is a projection, its deadline the period", text: "According to the International Energy Agency, sub-Saharan Africa will\nrequire more than $300 billion in investment to achieve universal\nelectricity access by 2030.",
		stated: "more than $300 billion", title: "Investment sub-Saharan Africa will require", entities: "202", measure: "flow", status: "projection", period: "2030"},
	{name: "a deadline is not the paragraph's year", text: "Africa will need $300 billion in investment to reach universal access by 2030. The plan will add 10,000 megawatts.",
		stated: "10,000 megawatts", entities: "002", measure: "stock", status: "pledge", period: "not stated"}, // the document's one place (docPlaceOf)
	{name: "a parallel clause's stock", text: "Cumulative Indian investment in the United States totaled $9 billion in 2012; U.S. investment into India exceeded $28 billion.",
		stated: "exceeded $28 billion", title: "U.S. investment into India", entities: "US", counterpart: "IN", measure: "stock", status: "fact", period: "not stated"},
	{name: "the place after from is the actor", text: "The United States received $20 billion in investment from Japan.",
		stated: "$20 billion", entities: "JP", counterpart: "US", measure: "flow", status: "fact", period: "not stated"},
	// drafts11: "will" in a person's words is their pledge only in the
	// first person ("We will create"); else what they foresee.
	{name: "quote from a person with a said-clause first", text: "The Secretary said, “Exports to Kenya will reach $2 billion.”",
		stated: "$2 billion", entities: "KE", measure: "flow", status: "projection", period: "not stated", note: "quote from a person"},
	{name: "African is the continent", text: "The program closed 547 new deals between the United States and African countries.",
		stated: "547 new deals", entities: "US,002", measure: "count", status: "fact", period: "not stated"},
	{name: "a one-word title says of what", text: "The deals have a total estimated value of $14.2 billion in new two-way trade and investment.",
		stated: "$14.2 billion", title: "Value of new two-way trade and investment", measure: "flow", status: "estimate", period: "not stated"},
	{name: "a commitment to do is the title", text: "The Administration is over-delivering on our commitment to invest $55 billion in Africa over three years.",
		stated: "$55 billion", title: "Commitment to invest in Africa", entities: "002", measure: "flow", status: "pledge", period: "not stated"},
	{name: "sub-bullet of a dash list inherits the year", text: "Highlights\n\n- In FY2021, the agency delivered aid:\n  - 3 million people in Ethiopia received food.\n",
		stated: "3 million people", entities: "ET", measure: "count", status: "fact", period: "FY2021", section: "Highlights"},
	{name: "preliminary data is an estimate", text: "U.S. services exports to Korea totaled $17 billion in 2011 (preliminary data).",
		stated: "$17 billion", entities: "US", counterpart: "KR", measure: "flow", status: "estimate", period: "2011"},
	{name: "preliminary figures far from the figure", text: "U.S. exports to Mexico reached $300 billion in 2013, according to preliminary figures from the Census Bureau.",
		stated: "$300 billion", entities: "US", counterpart: "MX", measure: "flow", status: "estimate", period: "2013"},
	{name: "a projected note beats will", text: "U.S. exports to Mexico will total $350 billion in 2025 (projected).",
		stated: "$350 billion", entities: "US", counterpart: "MX", measure: "flow", status: "projection", period: "2025"},
	{name: "trade between two parties, the home party first", text: "The U.S.-Korea agreement entered into force.\n\nTrade between Korea and the United States totaled $120 billion in 2013.",
		stated: "$120 billion", entities: "US,KR", measure: "flow", status: "fact", period: "2013"},
	{name: "bilateral trade with one party named", text: "The U.S.-Korea agreement entered into force. Korea cut tariffs.\n\nBilateral trade with Korea reached $110 billion in 2012.",
		stated: "$110 billion", entities: "US,KR", measure: "flow", status: "fact", period: "2012"},
	{name: "our trade with a partner", text: "The U.S.-Korea agreement entered into force. Korea cut tariffs.\n\nOur trade with Korea grew 5 percent in 2014.",
		stated: "5 percent", entities: "US,KR", measure: "change", status: "fact", period: "2014"},
	{name: "two ways in a parenthesis after the figure", text: "U.S.-Korea Trade Facts\n\nKorea is currently our 7th largest goods trading partner with $100 billion in total (two ways) goods trade during 2011.",
		stated: "$100 billion", title: "U.S.-Korea two-way goods trade", entities: "US,KR", measure: "flow", status: "fact", period: "2011", section: "U.S.-Korea Trade Facts"},
	{name: "a trading partner's rank is one-sided, among our partners, for the year of the trade it is with", text: "U.S.-Korea Trade Facts\n\nKorea is currently our 7th largest goods trading partner with $100 billion in total (two ways) goods trade during 2011.",
		stated: "7th largest", entities: "KR", counterpart: "US", measure: "rank", status: "fact", period: "2011", section: "U.S.-Korea Trade Facts"},
	{name: "exports and imports in a parenthesis before the figure", text: "U.S.-Korea Trade Facts\n\nTrade in services with Korea (exports and imports) totaled $25 billion in 2011 (preliminary data).",
		stated: "$25 billion", entities: "US,KR", measure: "flow", status: "estimate", period: "2011", section: "U.S.-Korea Trade Facts"},
	{name: "exports after two-sided trade are the home party's", text: "U.S.-Korea Trade Facts\n\nU.S. goods and services trade with Korea totaled $125 billion in 2011. Exports totaled $60 billion; Imports totaled $65 billion.",
		stated: "$60 billion", entities: "US", counterpart: "KR", measure: "flow", status: "fact", period: "2011", section: "U.S.-Korea Trade Facts"},
	{name: "imports after two-sided trade are the partner's", text: "U.S.-Korea Trade Facts\n\nU.S. goods and services trade with Korea totaled $125 billion in 2011. Exports totaled $60 billion; Imports totaled $65 billion.",
		stated: "$65 billion", entities: "KR", counterpart: "US", measure: "flow", status: "fact", period: "2011", section: "U.S.-Korea Trade Facts"},
	{name: "a bare export after trade is titled with the trade's parties and goods", text: "U.S.-Korea Trade Facts\n\nU.S. goods and services trade with Korea totaled $125 billion in 2011. Exports totaled $60 billion; Imports totaled $65 billion.",
		stated: "$60 billion", title: "U.S. goods and services exports to Korea", entities: "US", counterpart: "KR", measure: "flow", status: "fact", period: "2011", section: "U.S.-Korea Trade Facts"},
	{name: "a bare import after trade in services", text: "U.S.-Korea Trade Facts\n\nTrade in services with Korea (exports and imports) totaled $25 billion in 2011. Services exports were $17 billion; Services imports were $8 billion.",
		stated: "$8 billion", title: "U.S. services imports from Korea", entities: "KR", counterpart: "US", measure: "flow", status: "fact", period: "2011", section: "U.S.-Korea Trade Facts"},
	{name: "a change going on from a flow is its growth", text: "U.S. goods exports to Korea in 2011 were $43.5 billion, up 12.0% from 2010.",
		stated: "12.0%", title: "Growth of U.S. goods exports to Korea", entities: "US", counterpart: "KR", measure: "change", status: "fact", period: "2011", base: "2010"},
	{name: "a fall going on from a flow is its decline", text: "U.S. imports from Mexico in 2009 were $176 billion, down 18% from 2008.",
		stated: "18%", title: "Change in U.S. imports from Mexico", entities: "MX", counterpart: "US", measure: "change", status: "fact", period: "2009", base: "2008"},
	{name: "overall exports are to the world", text: "The agreement is unlocking opportunity for more Americans, and contributing to our record overall exports of $2.35 trillion in 2014.",
		stated: "$2.35 trillion", entities: "US", counterpart: "WLD", measure: "flow", status: "fact", period: "2014"},
	{name: "a share of overall exports keeps its partner", text: "U.S. exports to Korea account for 2.9% of overall U.S. exports in 2011.",
		stated: "2.9%", entities: "US", counterpart: "KR", measure: "share", status: "fact", period: "2011"},
	{name: "a partner's total trade is its own", text: "The U.S.-Korea agreement entered into force. Korea cut tariffs.\n\nKorea's total trade reached $1 trillion in 2011.",
		stated: "$1 trillion", entities: "KR", measure: "flow", status: "fact", period: "2011"},
	// Fact sheets of other kinds (development aid, a partner's trade page,
	// global health), from drafts4's unseen documents.
	{name: "a heading's year across a blank line, a partner's page", text: "Brazil\n\nChange in 2013 from 2012:\n\n  • U.S. exports: Increased by $375 million (1 percent) to $37.6 billion\n\nThe U.S. trade surplus with Brazil grew.\n",
		stated: "$37.6 billion", entities: "US", counterpart: "BR", measure: "flow", status: "fact", period: "2013", section: "Brazil / Change in 2013 from 2012:"},
	{name: "imports on a partner's page are the partner's", text: "Brazil\n\nChange in 2013 from 2012:\n\n  • U.S. imports: Decreased by $4.9 billion (15 percent) to $26.9 billion\n\nThe U.S. trade surplus with Brazil grew.\n",
		stated: "$26.9 billion", entities: "BR", counterpart: "US", measure: "flow", status: "fact", period: "2013", section: "Brazil / Change in 2013 from 2012:"},
	{name: "a deficit with a partner", text: "The United States recorded a trade deficit with Brazil of $3 billion in 2013.",
		stated: "$3 billion", entities: "US", counterpart: "BR", measure: "flow", status: "fact", period: "2013"},
	{name: "the document's year from its title line", text: "United States Mission to Kenya\nPresident’s Emergency Plan for AIDS Relief\n2008 Fact Sheet\n\nCaring for over 440,000 orphans and vulnerable children ($46 million),\n",
		stated: "$46 million", entities: "US", counterpart: "KE", measure: "flow", status: "fact", period: "2008"},
	{name: "the document's year from a sentence about itself", text: "U.S. Assistance to Kenya\n\nThe United States supports Kenya.\n\nThis fact sheet highlights planned results for program areas in 2008.\n\nSupporting safer medical injection practices ($3 million).\n",
		stated: "$3 million", entities: "US", counterpart: "KE", measure: "flow", status: "fact", period: "2008", section: "U.S. Assistance to Kenya"},
	{name: "the one year later in the clause", text: "The program trained 5,000 nurses who now work in rural clinics and district hospitals of the country in 2019.",
		stated: "5,000 nurses", measure: "count", status: "fact", period: "2019"},
	{name: "the people counted are the partner's", text: "The United States and Kenya are partners.\n\nReaching over seven million Kenyans with faithfulness messages ($40 million).\n",
		stated: "$40 million", entities: "US", counterpart: "KE", measure: "flow", status: "fact", period: "not stated"},
	{name: "a place later in the sentence", text: "Over the past 20 years, the fund has invested more than $53 billion, saving 44 million lives in low- and middle-income countries.",
		stated: "more than $53 billion", entities: "WLD", measure: "flow", status: "fact", period: "not stated"},
	{name: "the place after in later in the sentence is the other side", text: "The Coordinator of the United States has approved a budget of $534.8 million for a program of HIV prevention, care, and treatment in Kenya.",
		stated: "$534.8 million", entities: "US", counterpart: "KE", measure: "flow", status: "fact", period: "not stated"},
	{name: "a heading's place", text: "Assistance to Kenya\n\nThe program provided $5 million in 2019.\n",
		stated: "$5 million", entities: "KE", measure: "flow", status: "fact", period: "2019", section: "Assistance to Kenya"},
	{name: "a label's change", text: "Brazil\n\nChange in 2013 from 2012:\n\n  • U.S. exports: Increased by $375 million (1 percent) to $37.6 billion\n\nThe U.S. trade surplus with Brazil grew.\n",
		stated: "$375 million", title: "Change in U.S. exports", entities: "US", counterpart: "BR", measure: "change", status: "fact", period: "2013", base: "2012", section: "Brazil / Change in 2013 from 2012:"},
	{name: "a label's level", text: "Brazil\n\nChange in 2013 from 2012:\n\n  • U.S. exports: Increased by $375 million (1 percent) to $37.6 billion\n\nThe U.S. trade surplus with Brazil grew.\n",
		stated: "$37.6 billion", title: "U.S. exports", entities: "US", counterpart: "BR", measure: "flow", status: "fact", period: "2013", section: "Brazil / Change in 2013 from 2012:"},
	{name: "a percentage in parentheses restates the change", text: "Brazil\n\nChange in 2013 from 2012:\n\n  • U.S. imports: Decreased by $4.9 billion (15 percent) to $26.9 billion\n\nThe U.S. trade surplus with Brazil grew.\n",
		stated: "15 percent", title: "Change in U.S. imports, percent", entities: "BR", counterpart: "US", measure: "change", status: "fact", period: "2013", base: "2012", section: "Brazil / Change in 2013 from 2012:"},
	{name: "a restated change with its year between", text: "The U.S. trade surplus with Brazil increased by $5.2 billion in 2013 (95 percent), owing almost entirely to a $4.9 billion reduction in the value of U.S. imports.",
		stated: "95 percent", title: "Change in U.S. trade surplus with Brazil, percent", entities: "US", counterpart: "BR", measure: "change", status: "fact", period: "2013"},
	{name: "an amount before a change noun", text: "The U.S. trade surplus with Brazil increased by $5.2 billion in 2013 (95 percent), owing almost entirely to a $4.9 billion reduction in the value of U.S. imports.",
		stated: "$4.9 billion", title: "Reduction in value of U.S. imports", period: "not stated"},
	{name: "an acronym in parentheses does not break the clause", text: "Brazil’s gross domestic product (GDP) rose 2.5 percent in 2013.",
		stated: "2.5 percent", title: "Change in Brazil’s gross domestic product", entities: "BR", measure: "change", status: "fact", period: "2013"},
	{name: "the new level after a change", text: "The value of U.S. exports to Brazil increased by just 1 percent (about $375 million) to $37.6 billion in 2013.",
		stated: "$37.6 billion", title: "Value of U.S. exports to Brazil", entities: "US", counterpart: "BR", measure: "flow", status: "fact", period: "2013"},
	{name: "an amount restating a percentage change is no funding", text: "The value of U.S. exports to Brazil increased by just 1 percent (about $375 million) to $37.6 billion in 2013.",
		// grid22: a change, its restatement and the level it reaches share
		// their clause's time ("… to $37.6 billion in 2013").
		stated: "about $375 million", title: "Change in value of U.S. exports to Brazil", entities: "US", counterpart: "BR", measure: "change", status: "fact", period: "2013"},
	{name: "a change title in lower case", text: "Agricultural product exports grew by $1.3 billion in 2013.",
		stated: "$1.3 billion", title: "Growth of agricultural product exports", measure: "change", status: "fact", period: "2013"},
	{name: "an amount in parentheses funds its item", text: "Prevention\n\nSupporting safer medical injection practices ($3 million).\n",
		stated: "$3 million", title: "Funding for supporting safer medical injection practices", period: "not stated", section: "Prevention"},
	{name: "an item's funding leaves its count out", text: "Prevention\n\nHelping over 96,000 HIV-positive mothers protect their newborn infants from HIV ($29 million),\n",
		stated: "$29 million", title: "Funding for protecting newborn infants from HIV", period: "not stated", section: "Prevention"},
	{name: "a gerund's count past a capitalized modifier", text: "Prevention\n\nHelping over 96,000 HIV-positive mothers protect their newborn infants from HIV ($29 million),\n",
		stated: "over 96,000 HIV-positive mothers", title: "HIV-positive mothers helped protect their newborn infants", period: "not stated", section: "Prevention"},
	{name: "a gerund with its particle", text: "Care\n\nCaring for over 440,000 orphans and vulnerable children ($46 million),\n",
		stated: "over 440,000 orphans", title: "Orphans and vulnerable children cared for", period: "not stated", section: "Care"},
	{name: "two gerunds", text: "Care\n\nCounseling and testing more than five million Kenyans, including mothers.\n",
		stated: "more than five million Kenyans", title: "Kenyans counseled and tested", period: "not stated", section: "Care"},
	{name: "a gerund after a means", text: "Care\n\nPromoting a safe blood supply by collecting 180,000 uninfected units of blood ($7 million), and\n",
		stated: "180,000 uninfected units", title: "Uninfected units of blood collected", period: "not stated", section: "Care"},
	{name: "a gerund's count and what goes with it", text: "Care\n\nReaching over seven million Kenyans with abstinence and faithfulness messages ($40 million),\n",
		stated: "over seven million Kenyans", title: "Kenyans reached with abstinence and faithfulness messages", period: "not stated", section: "Care"},
	{name: "what a verb makes of money, after that", text: "Today, President Biden announced that the replenishment conference had raised $14.25 billion to date.",
		stated: "$14.25 billion", title: "Funds raised by the replenishment conference", period: "not stated"},
	{name: "a short name in parentheses names who", text: "Over the past 20 years, the Global Fund to Fight AIDS, Tuberculosis and Malaria (Global Fund) has invested more than $53 billion, saving 44 million lives.",
		stated: "more than $53 billion", title: "Investment by the Global Fund", period: "not stated"},
	{name: "a participle of saving", text: "Over the past 20 years, the Global Fund to Fight AIDS, Tuberculosis and Malaria (Global Fund) has invested more than $53 billion, saving 44 million lives.",
		stated: "44 million lives", title: "Lives saved by the Global Fund", period: "not stated"},
	{name: "a request for an amount", text: "President Biden's FY 2023 budget includes a request for $2 billion for the Global Fund intended to be a first part of a total U.S. $6 billion three-year Seventh Replenishment pledge.",
		stated: "$2 billion", title: "Request for the Global Fund", entities: "US", measure: "flow", status: "intention", period: "FY2023"},
	{name: "the noun an amount modifies gives title and status", text: "President Biden's FY 2023 budget includes a request for $2 billion for the Global Fund intended to be a first part of a total U.S. $6 billion three-year Seventh Replenishment pledge.",
		stated: "$6 billion", title: "Three-year Seventh Replenishment pledge", entities: "US", measure: "flow", status: "pledge", period: "FY2023"},
	{name: "a document's planned results are targets", text: "U.S. Mission to Kenya\n\nThis fact sheet highlights planned results for 2008.\n\nReaching over seven million Kenyans with messages ($40 million).\n",
		stated: "over seven million Kenyans", entities: "US", counterpart: "KE", measure: "count", status: "target", period: "2008", section: "U.S. Mission to Kenya"},
	{name: "a document's planned funding is a fact", text: "U.S. Mission to Kenya\n\nThis fact sheet highlights planned results for 2008.\n\nReaching over seven million Kenyans with messages ($40 million).\n",
		stated: "$40 million", entities: "US", counterpart: "KE", measure: "flow", status: "fact", period: "2008", section: "U.S. Mission to Kenya"},
	{name: "a sentence goes on past a line ending on a function word", text: "The Coordinator has approved a 2008 budget of\nUS$534.8 million for a program in Kenya.",
		stated: "US$534.8 million", title: "Budget for program", period: "2008", quote: "The Coordinator has approved a 2008 budget of\nUS$534.8 million for a program in Kenya."},
	{name: "a noun phrase before of stops at a clause word", text: "The position grew 6.3 percent to $4,660.9 billion after average annual growth of 10.5 percent in 2002-2012.",
		stated: "10.5 percent", title: "Average annual growth", measure: "change", status: "fact", period: "2002/2012"},
	{name: "no words: the kind and the heading, never the number", text: "Fact Sheet: Aid\n\nRural roads\n\n($5 million)\n",
		stated: "$5 million", title: "Amount under Rural roads", period: "not stated", section: "Rural roads", note: "title: no words"},
	{name: "no words under a heading that names nothing: unnamed, never 'under Results'", text: "Fact Sheet: Aid\n\nRESULTS\n\n($5 million)\n",
		stated: "$5 million", title: "Unnamed amount", period: "not stated", section: "RESULTS", note: "title: no words"},
	{name: "investment from a partner flows into the home party", text: "Fact Sheet: U.S.-Japan Trade\n\nInvestment from Japan reached $400 billion in 2014.",
		stated: "$400 billion", title: "Investment from Japan", entities: "JP", counterpart: "US", measure: "flow", status: "fact", period: "2014", section: "Fact Sheet: U.S.-Japan Trade"},
	{name: "a receiver is the other side", text: "Kenya received $800 million in U.S. assistance in 2019.",
		stated: "$800 million", entities: "US", counterpart: "KE", measure: "flow", status: "fact", period: "2019"},
	{name: "an agency names its country", text: "USAID provided $50 million in humanitarian assistance to Ethiopia in 2019.",
		stated: "$50 million", title: "Humanitarian assistance provided by USAID", entities: "US", counterpart: "ET", measure: "flow", status: "fact", period: "2019"},
	{name: "what the two parties traded", text: "Fact Sheet: U.S.-Japan Trade\n\nJapan and the United States are allies. Our two countries traded $279 billion in 2014.",
		stated: "$279 billion", title: "Trade between the two countries", entities: "US,JP", measure: "flow", status: "fact", period: "2014", section: "Fact Sheet: U.S.-Japan Trade"},
	{name: "what a verb makes of money of goods", text: "The United States imported $280 billion of goods from Mexico in 2013.",
		stated: "$280 billion", title: "Imports of goods by the United States", entities: "MX", counterpart: "US", measure: "flow", status: "fact", period: "2013"},
	{name: "a verb in the present before a count", text: "Korean firms employ 35,000 workers in the United States.",
		stated: "35,000 workers", title: "Workers in the United States employed by Korean firms", entities: "KR", counterpart: "US", measure: "count", status: "fact", period: "not stated"},
	{name: "the place in the counted words is the other side", text: "Japanese companies employed approximately 650,000 U.S. workers in 2012.",
		stated: "approximately 650,000 U.S. workers", entities: "JP", counterpart: "US", measure: "count", status: "fact", period: "2012"},
	{name: "a second change of the same flow", text: "U.S. goods exports to Japan in 2022 were valued at $80.3 billion, a 7.7 percent increase from 2021 and a 15 percent increase from 2012.",
		stated: "15 percent", title: "Change in U.S. goods exports to Japan since 2012", entities: "US", counterpart: "JP", measure: "change", status: "fact", period: "2022", base: "2012"},
	{name: "an amount restated in another currency", text: "America's Support for Tanzania\n\nIn 2011, the American people contributed over 850 billion Tanzanian shillings ($700 million USD) in bilateral assistance.\n",
		stated: "$700 million", title: "Bilateral assistance contributed by the American people", entities: "US", counterpart: "TZ", measure: "flow", status: "fact", period: "2011",
		section: "America's Support for Tanzania", note: "restated in another currency"},
	{name: "a home-only amount in a document about its partner", text: "America's Support for Tanzania\n\nThe American people provided over $340 million in 2011.\n",
		stated: "over $340 million", title: "Funding provided by the American people", entities: "US", counterpart: "TZ", measure: "flow", status: "fact", period: "2011",
		section: "America's Support for Tanzania"},
	{name: "the subject after an adverbial with a short name", text: "Through the U.S. Agency for International Development (USAID) the American people provided over $340 million in 2011.",
		stated: "over $340 million", title: "Funding provided by the American people", entities: "US", measure: "flow", status: "fact", period: "2011"},
	// Figures that lean on another of their sentence (drafts5).
	{name: "a whole before of which is the trade of both", text: "U.S.-Chile Trade Facts\n\nTotal services trade was $12.4 billion in 2021, of which U.S. exports were $8.1 billion and imports were $4.3 billion.",
		stated: "$12.4 billion", title: "Total services trade", entities: "US,CL", measure: "flow", status: "fact", period: "2021", section: "U.S.-Chile Trade Facts"},
	{name: "exports after of which take the whole's year and parties", text: "U.S.-Chile Trade Facts\n\nTotal services trade was $12.4 billion in 2021, of which U.S. exports were $8.1 billion and imports were $4.3 billion.",
		stated: "$8.1 billion", title: "U.S. services exports to Chile", entities: "US", counterpart: "CL", measure: "flow", status: "fact", period: "2021", section: "U.S.-Chile Trade Facts"},
	{name: "imports after of which are the partner's, their own noun", text: "U.S.-Chile Trade Facts\n\nTotal services trade was $12.4 billion in 2021, of which U.S. exports were $8.1 billion and imports were $4.3 billion.",
		stated: "$4.3 billion", title: "U.S. services imports from Chile", entities: "CL", counterpart: "US", measure: "flow", status: "fact", period: "2021", section: "U.S.-Chile Trade Facts",
		note: "continues the clause of $12.4 billion"},
	{name: "that deficit names the deficit before it", text: "U.S.-Thailand Trade Facts\n\nThe United States runs a widening deficit in goods trade with Thailand, with that deficit reaching $41 billion amidst $67 billion of total goods trade during 2022.",
		stated: "$41 billion", title: "U.S. deficit in goods trade with Thailand", entities: "US", counterpart: "TH", measure: "flow", status: "fact", period: "2022", section: "U.S.-Thailand Trade Facts"},
	{name: "an amount of trade names its noun after of", text: "U.S.-Thailand Trade Facts\n\nThe United States runs a widening deficit in goods trade with Thailand, with that deficit reaching $41 billion amidst $67 billion of total goods trade during 2022.",
		stated: "$67 billion", title: "Total goods trade", entities: "US,TH", measure: "flow", status: "fact", period: "2022", section: "U.S.-Thailand Trade Facts"},
	{name: "a closing year is not shared across a to", text: "U.S.-Thailand Trade Facts\n\nU.S. exports to Thailand grew from $15 billion to $20 billion during 2022.",
		stated: "$15 billion", entities: "US", counterpart: "TH", measure: "flow", status: "fact", period: "not stated", section: "U.S.-Thailand Trade Facts"},
	{name: "a gloss in parentheses stays in the clause and names a stock", text: "U.S. foreign direct investment (FDI) in Indonesia (stock) was $18.4 billion in 2021, a 9.2 percent increase from 2020.",
		stated: "$18.4 billion", title: "U.S. foreign direct investment stock in Indonesia", entities: "US", counterpart: "ID", measure: "stock", status: "fact", period: "2021"},
	{name: "an appositive change takes its figure's title, parties and year", text: "U.S. foreign direct investment (FDI) in Indonesia (stock) was $18.4 billion in 2021, a 9.2 percent increase from 2020.",
		stated: "9.2 percent", title: "Change in U.S. FDI stock in Indonesia", entities: "US", counterpart: "ID", measure: "change", status: "fact", period: "2021", base: "2020"},
	{name: "the change of an estimate is an estimate of its year", text: "U.S. goods and services trade with Peru totaled an estimated $25.6 billion in 2022, a 35% increase over 2017.",
		stated: "35%", title: "Change in U.S. goods and services trade with Peru", entities: "US,PE", measure: "change", status: "estimate", period: "2022", base: "2017"},
	{name: "down after a figure is its decline", text: "U.S. goods exports to Chile were $20 billion in 2020, down 8 percent from 2019.",
		stated: "8 percent", title: "Change in U.S. goods exports to Chile", entities: "US", counterpart: "CL", measure: "change", status: "fact", period: "2020", base: "2019"},
	{name: "a rank among the possessor's partners", text: "Chile is currently the United States’ 25th largest goods trading partner.",
		stated: "25th largest", entities: "CL", counterpart: "US", measure: "rank", status: "fact", period: "not stated"},
	{name: "exports naming the parties after their trade take its year", text: "U.S. goods and services trade with Peru totaled an estimated $25.6 billion in 2022. U.S. exports to Peru were $14.1 billion and U.S. imports from Peru were $11.5 billion.",
		stated: "$14.1 billion", entities: "US", counterpart: "PE", measure: "flow", status: "fact", period: "2022"},
	{name: "imports naming the parties after their trade take its year", text: "U.S. goods and services trade with Peru totaled an estimated $25.6 billion in 2022. U.S. exports to Peru were $14.1 billion and U.S. imports from Peru were $11.5 billion.",
		stated: "$11.5 billion", entities: "PE", counterpart: "US", measure: "flow", status: "fact", period: "2022"},
	{name: "a year of an event is no year of the paragraph", text: "The United States and Peru signed the Trade Promotion Agreement in 2006. U.S. goods exports to Peru were $10 billion.",
		stated: "$10 billion", measure: "flow", status: "fact", entities: "US", counterpart: "PE", period: "not stated"},
	{name: "two flows joined by and each keep their own partner", text: "U.S. exports to Chile were $15 billion and U.S. imports from Chile were $10 billion.",
		stated: "$15 billion", entities: "US", counterpart: "CL", measure: "flow", status: "fact", period: "not stated"},
	{name: "exports naming the parties after their trade take what it trades", text: "U.S. goods trade with the Netherlands totaled $80 billion in 2022. U.S. exports to the Netherlands were $50 billion.",
		stated: "$50 billion", title: "U.S. goods exports to the Netherlands", entities: "US", counterpart: "NL", measure: "flow", status: "fact", period: "2022"},
	{name: "imports naming the parties after their trade take what it trades", text: "U.S. goods and services trade with Peru totaled an estimated $25.6 billion in 2022. U.S. exports to Peru were $14.1 billion and U.S. imports from Peru were $11.5 billion.",
		stated: "$11.5 billion", title: "U.S. goods and services imports from Peru", entities: "PE", counterpart: "US", measure: "flow", status: "fact", period: "2022"},
	{name: "parts after of which take what their own sentence's trade trades", text: "U.S.-Chile Trade Facts\n\nU.S. goods and services trade with Chile totaled $50 billion in 2021. Total services trade was $12.4 billion in 2021, of which U.S. exports were $8.1 billion and imports were $4.3 billion.",
		stated: "$8.1 billion", title: "U.S. services exports to Chile", entities: "US", counterpart: "CL", measure: "flow", status: "fact", period: "2021", section: "U.S.-Chile Trade Facts"},
	// Figures the extractor reads since grammar5-blocked (drafts6).
	{name: "a change whose verb stands before a list", text: "The program has cut the infection rate from measles, mumps, and rubella by nearly half since 2010.",
		stated: "nearly half", title: "Cut in infection rate from measles, mumps, and rubella", measure: "change", status: "fact", period: "not stated", base: "2010"},
	{name: "a partitive count keeps its place and its partner", text: "In 2019, three of the U.S. service industries ran a trade surplus with Mexico.",
		stated: "three of the U.S. service industries", title: "U.S. service industries that ran a trade surplus with Mexico", entities: "US", counterpart: "MX", measure: "count", status: "fact", period: "2019"},
	{name: "a list item split by a page break is one item", text: "Results\n\nTraining more than 2,000 nurses in rural clinics, including over one\n\nthousand midwives ($12 million),\n",
		stated: "$12 million", title: "Funding for training nurses in rural clinics", measure: "flow", status: "fact", period: "not stated", section: "Results",
		quote: "Training more than 2,000 nurses in rural clinics, including over one\n\nthousand midwives ($12 million),"},
	{name: "the line before a page break inside an item is no heading", text: "Results\n\nTraining more than 2,000 nurses in rural clinics, including over one\n\nthousand midwives ($12 million),\nEquipping clinics with solar power ($4 million).\n",
		stated: "$4 million", title: "Funding for equipping clinics with solar power", measure: "flow", status: "fact", period: "not stated", section: "Results"},
	{name: "a balance that that refers to names its holder", text: "Japan runs a large deficit in goods trade with China, with that deficit reaching $40 billion in 2022.",
		stated: "$40 billion", title: "Japan’s deficit in goods trade with China", entities: "JP", counterpart: "CN", measure: "flow", status: "fact", period: "2022"},
	{name: "the U.S. as the holder of a balance", text: "The United States runs a steady surplus in growing services trade with Chile, with that surplus reaching $2 billion in 2021.",
		stated: "$2 billion", title: "U.S. surplus in services trade with Chile", entities: "US", counterpart: "CL", measure: "flow", status: "fact", period: "2021"},
	{name: "a rank among a possessor's partners, the place's article kept", text: "The Netherlands is currently Japan’s 9th largest goods trading partner.",
		stated: "9th largest", title: "Rank of the Netherlands among Japan’s goods trading partners", entities: "NL", counterpart: "JP", measure: "rank", status: "fact", period: "not stated"},
	{name: "a rank among our partners is among the home party's", text: "U.S.-Peru Trade Facts\n\nThe United States and Peru met in Lima.\n\nPeru is currently our 40th largest goods trading partner.",
		stated: "40th largest", title: "Rank of Peru among U.S. goods trading partners", measure: "rank", status: "fact", period: "not stated", entities: "PE", counterpart: "US", section: "U.S.-Peru Trade Facts"},
	{name: "an outcome averted is a projection, not a pledge", text: "The new clinics will prevent nearly 30,000 deaths that might otherwise have occurred.",
		stated: "nearly 30,000 deaths", title: "Deaths the new clinics will prevent", measure: "flow", status: "projection", period: "not stated"},
	{name: "what funding will be used to reach is a target", text: "The grants will be used over three years to reach over 400 schools in Nepal.",
		stated: "over 400 schools", entities: "NP", measure: "count", status: "target", period: "not stated"},
	{name: "money that will be used is no target", text: "Another $2 million will be used for roads in Nepal.",
		stated: "$2 million", entities: "NP", measure: "flow", status: "pledge", period: "not stated"},
	{name: "money a pledging conference raised is pledged", text: "Donors at the pledging conference had raised $3 billion to date.",
		stated: "$3 billion", measure: "flow", status: "pledge", period: "not stated"},
	{name: "money raised elsewhere is a fact", text: "Donors raised $3 billion for the hospital last year.",
		stated: "$3 billion", measure: "flow", status: "fact", period: "not stated"},
	{name: "a gloss of what is measured stays in the title", text: "Korean foreign portfolio investment (FPI) in Mexico (holdings) was $9 billion in 2020, a 12.5 percent increase from 2019.",
		stated: "$9 billion", title: "Korean foreign portfolio investment holdings in Mexico", entities: "KR", counterpart: "MX", measure: "stock", status: "fact", period: "2020"},
	{name: "a long change title takes the acronym the text defines", text: "Korean foreign portfolio investment (FPI) in Mexico (holdings) was $9 billion in 2020, a 12.5 percent increase from 2019.",
		stated: "12.5 percent", title: "Change in Korean FPI holdings in Mexico", entities: "KR", counterpart: "MX", measure: "change", status: "fact", period: "2020", base: "2019"},
	{name: "an item's funding is for what the people it counts are helped to do", text: "Results\n\nHelping over 5,000 farmers irrigate their fields during droughts ($4 million),\n",
		stated: "$4 million", title: "Funding for irrigating fields during droughts", measure: "flow", status: "fact", period: "not stated", section: "Results"},
	{name: "a long item's funding is for what the people it counts are reached with", text: "Results\n\nReaching more than two million students with daily school meals and health screening ($15 million),\n",
		stated: "$15 million", title: "Funding for daily school meals and health screening", measure: "flow", status: "fact", period: "not stated", section: "Results"},
	{name: "a short item's funding keeps whom it reaches", text: "Results\n\nReaching 300 clinics with vaccines ($2 million),\n",
		stated: "$2 million", title: "Funding for reaching clinics with vaccines", measure: "flow", status: "fact", period: "not stated", section: "Results"},
	{name: "a short name keeps the article the text gives it", text: "Over the past decade, the Trust for Water, Sanitation and Hygiene (Water Trust) has invested more than $2 billion in Africa.",
		stated: "more than $2 billion", title: "Investment by the Water Trust", entities: "002", measure: "flow", status: "fact", period: "not stated"},
	{name: "a name written without an article takes none", text: "In 2015, Save the Children invested $5 million in Kenya.",
		stated: "$5 million", title: "Investment by Save the Children", entities: "KE", measure: "flow", status: "fact", period: "2015"},
	{name: "an N-year pledge spans the one N-year span the document names", text: "The fund's 2024-2026 grant cycle starts in January.\n\nJapan announced a $3 billion three-year pledge to the fund.",
		stated: "$3 billion", title: "Three-year pledge to the fund", entities: "JP", measure: "flow", status: "pledge", period: "2024/2026"},
	{name: "an N-year pledge among two N-year spans has no period", text: "Grants rose in 2018-2020 and in 2021-2023.\n\nJapan announced a $3 billion three-year pledge to the fund.",
		stated: "$3 billion", entities: "JP", measure: "flow", status: "pledge", period: "not stated"},
	{name: "a rank a participle makes names the place it ranks", text: "Trade reached $50 billion in 2013, making Korea the United States’ sixth-largest goods trading partner.",
		stated: "sixth-largest", title: "Rank of Korea among U.S. goods trading partners", measure: "rank", status: "fact", period: "2013", entities: "KR", counterpart: "US"},
	{name: "a rank's noun is not cut at a preposition", text: "Korea is the third-largest source of foreign direct investment into the United States.",
		stated: "third-largest", title: "Rank of Korea as source of foreign direct investment", measure: "rank", status: "fact", period: "not stated", entities: "KR", counterpart: "US"},
	{name: "a demonstrative subject of a count's verb is the", text: "Together, these clinics will treat nearly 9,000 patients.",
		stated: "nearly 9,000 patients", title: "Patients the clinics will treat", measure: "count", status: "pledge", period: "not stated"},
	{name: "a count after an increase's by counts who gains it", text: "The program will expand health coverage by 3 million people in Peru.",
		stated: "3 million people", title: "People gaining health coverage", entities: "PE", measure: "count", status: "pledge", period: "not stated"},
	{name: "a count after an increase of what no one gains stays the increase", text: "The law will increase enrollment by 2,000 students.",
		stated: "2,000 students", title: "Increase in enrollment", measure: "count", status: "pledge", period: "not stated"},
	{name: "a share of those who lack something", text: "About 40 percent of those living in coastal towns lack clean water.",
		stated: "About 40 percent", title: "Share of those living in coastal towns without clean water", measure: "share", status: "fact", period: "not stated"},
	{name: "a share of a place's people who lack something", text: "About 40 percent of households in Kenya lack clean water.",
		stated: "About 40 percent", title: "Share of households in Kenya without clean water", entities: "KE", measure: "share", status: "fact", period: "not stated"},
	{name: "a list after the figure's for is not cut at its first comma", text: "The agency approved a request for $20 million for schools, clinics, and roads in Haiti.",
		stated: "$20 million", title: "Request for schools, clinics, and roads in Haiti", entities: "HT", measure: "flow", status: "intention", period: "not stated"},
	{name: "a container before a list's of is left out", text: "The ministry approved a budget of $80 million for a national program of school meals, textbooks, and teacher training in Ghana.",
		stated: "$80 million", title: "Budget for school meals, textbooks, and teacher training", entities: "GH", measure: "flow", status: "fact", period: "not stated"},
	// A programme the document's government announces (drafts6).
	{name: "a programme the President announces is the home party's, working in its region", text: "FACT SHEET: Feed the Future Andes\n\nToday the President announced Feed the Future Andes, a new initiative to end hunger in South America. It will reach more than 5 million farmers by 2030.\n\nWith an initial set of four partner countries, Feed the Future Andes will train 20,000 extension workers.",
		stated: "more than 5 million farmers", title: "Farmers Feed the Future Andes will reach", entities: "US", counterpart: "005", measure: "count", status: "pledge", period: "2030",
		section: "FACT SHEET: Feed the Future Andes"},
	{name: "a programme named in the figure's sentence", text: "FACT SHEET: Feed the Future Andes\n\nToday the President announced Feed the Future Andes, a new initiative to end hunger in South America. It will reach more than 5 million farmers by 2030.\n\nWith an initial set of four partner countries, Feed the Future Andes will train 20,000 extension workers.",
		stated: "20,000 extension workers", title: "Extension workers Feed the Future Andes will train", entities: "US", counterpart: "005", measure: "count", status: "pledge", period: "not stated",
		section: "FACT SHEET: Feed the Future Andes"},
	{name: "a count of a programme's partners has no counterpart", text: "FACT SHEET: Feed the Future Andes\n\nToday the President announced Feed the Future Andes, a new initiative to end hunger in South America. It will reach more than 5 million farmers by 2030.\n\nWith an initial set of four partner countries, Feed the Future Andes will train 20,000 extension workers.",
		stated: "four partner countries", title: "Feed the Future Andes partner countries", entities: "US", measure: "count", status: "fact", period: "not stated", section: "FACT SHEET: Feed the Future Andes"},
	{name: "a programme a country launches is that country's", text: "Japan launched Clean Seas Asia, a partnership to cut plastic waste in Southeast Asia. Clean Seas Asia will fund 300 recycling plants.",
		stated: "300 recycling plants", title: "Recycling plants Clean Seas Asia will fund", entities: "JP", counterpart: "035", measure: "count", status: "pledge", period: "not stated"},
	{name: "a programme's figure keeps a place its sentence names", text: "Japan launched Clean Seas Asia, a partnership to cut plastic waste in Southeast Asia. Clean Seas Asia will fund 40 recycling plants in Vietnam.",
		stated: "40 recycling plants", entities: "VN", measure: "count", status: "pledge", period: "not stated"},
	{name: "a long activity is cut at among", text: "Results\n\nPreventing early pregnancy among adolescent girls at higher risk for school dropout ($9 million),\n",
		stated: "$9 million", title: "Funding for preventing early pregnancy", measure: "flow", status: "fact", period: "not stated", section: "Results"},
	{name: "an amount after an item of export categories is the exports of it", text: "U.S.-Peru Trade Facts\n\nThe leading export categories in 2011 were: Machinery ($2.1 billion), Mineral Fuel (oil) ($900 million), and Cereals ($500 million).\n",
		stated: "$900 million", title: "U.S. exports of mineral fuel to Peru", entities: "US", counterpart: "PE", measure: "flow", status: "fact", period: "2011", section: "U.S.-Peru Trade Facts"},
	{name: "an amount after an item of import categories is the partner's, for the lead-in's year", text: "U.S.-Peru Trade Facts\n\nThe three largest import categories in 2011 were: Precious Stones (gold) ($3.1 billion), Copper ($1.2 billion), and Fish and Seafood ($400 million).\n",
		stated: "$400 million", title: "U.S. imports of fish and seafood from Peru", entities: "PE", counterpart: "US", measure: "flow", status: "fact", period: "2011", section: "U.S.-Peru Trade Facts"},
	{name: "categories after a sentence on exports are exports", text: "U.S.-Peru Trade Facts\n\nU.S. exports of farm goods to Peru totaled $900 million in 2011. Leading categories include: wheat ($200 million) and corn ($150 million).\n",
		stated: "$150 million", title: "U.S. exports of corn to Peru", entities: "US", counterpart: "PE", measure: "flow", status: "fact", period: "2011", section: "U.S.-Peru Trade Facts"},
	{name: "an amount after an item of no trade stays its funding", text: "U.S.-Peru Aid Facts\n\nThe main program categories in 2011 were: Clean water ($20 million) and Schools ($10 million).\n",
		stated: "$20 million", title: "Funding for clean water", entities: "US,PE", measure: "flow", status: "fact", period: "2011", section: "U.S.-Peru Aid Facts"},
	{name: "two way, singular, in a parenthesis after the figure", text: "U.S.-Chile Trade Facts\n\nChile is currently our 25th largest goods trading partner with $18.4 billion in total (two way) goods and services trade during 2011.",
		stated: "$18.4 billion", title: "U.S.-Chile two-way goods and services trade", entities: "US,CL", measure: "flow", status: "fact", period: "2011", section: "U.S.-Chile Trade Facts"},
	{name: "imports after exports in one sentence are the partner's", text: "Chile Trade Facts\n\nThe United States and Chile signed a trade agreement.\n\nIn 2011, goods exports were $9 billion; Goods imports were $7 billion.",
		stated: "$7 billion", entities: "CL", counterpart: "US", measure: "flow", status: "fact", section: "Chile Trade Facts", period: "2011"},
	{name: "a rank among our partners with an amount takes the amount's year", text: "U.S.-Chile Trade Facts\n\nChile is our 25th largest export market with $9 billion in goods exports during 2011.",
		stated: "25th largest", entities: "CL", counterpart: "US", measure: "rank", status: "fact", period: "2011", section: "U.S.-Chile Trade Facts"},
	{name: "a change over a run of years names its base year", text: "U.S. services exports to Chile in 2011 were $3 billion, up 12% from 2010, and up 150% from 2000 (the year before the agreement).",
		stated: "150%", title: "Growth of U.S. services exports to Chile since 2000", entities: "US", counterpart: "CL", measure: "change", status: "fact", period: "2011", base: "2000"},
	{name: "a change from the year before keeps its title", text: "U.S. services exports to Chile in 2011 were $3 billion, up 12% from 2010, and up 150% from 2000 (the year before the agreement).",
		stated: "12%", title: "Growth of U.S. services exports to Chile", entities: "US", counterpart: "CL", measure: "change", status: "fact", period: "2011", base: "2010"},
	// drafts8: after the held-out White House key points on a U.S.-Africa
	// partnership (2003), cases of other sentences of its kinds.
	{name: "this year is the dateline's", text: "March 3, 2011\n\nThis year the agency will provide $40 million for flood relief.",
		stated: "$40 million", period: "2011"},
	{name: "committing is a pledge", text: "The Government of Japan is committing $300 million to Kenya.",
		stated: "$300 million", entities: "JP", counterpart: "KE", measure: "flow", status: "pledge", period: "not stated"},
	{name: "a proposed increase is an intention", text: "The Prime Minister has proposed a 20 percent increase in Canada's aid budget.",
		stated: "20 percent", measure: "change", entities: "CA", status: "intention", period: "not stated"},
	{name: "Congo alone is the Democratic Republic", text: "Congo's exports reached $8 billion in 2012.",
		stated: "$8 billion", entities: "CD", counterpart: "WLD", measure: "flow", status: "fact", period: "2012"},
	{name: "a count the purpose of a pledged amount is a target with its entities", text: "Japan is committing $50 million over four years to train\nmore than 8,000 nurses in Africa.",
		stated: "more than 8,000 nurses", title: "Nurses in Africa to be trained", entities: "JP", counterpart: "002", measure: "count", status: "target", period: "not stated"},
	{name: "a count after the amount's later purposes keeps its entities", text: "Japan is committing $50 million over four years to train nurses in Africa, and to partner with universities in Japan in bringing 2 million books to African schools.",
		stated: "2 million books", title: "Books brought to African schools", entities: "JP", counterpart: "002", measure: "count", status: "target", period: "not stated"},
	{name: "a count of a verb that shares an earlier will is a target", text: "The new fund will vaccinate 3 million children, treat at least 500,000 adults with new drugs and provide care for 2 million families.",
		stated: "at least 500,000 adults", title: "Adults treated with new drugs", measure: "count", status: "target", period: "not stated"},
	{name: "a second shared will is a target too, its title on one line", text: "The new fund will vaccinate 3 million children, treat at least 500,000 adults and provide care for 2 million HIV-positive\nfamilies.",
		stated: "2 million HIV-positive\nfamilies", title: "HIV-positive families provided care", measure: "count", status: "target", period: "not stated"},
	{name: "a long title keeps the head of the verb's object", text: "The fund will vaccinate 3 million children and provide humane care for 10 million HIV-infected\nindividuals and AIDS orphans.",
		stated: "10 million HIV-infected\nindividuals", title: "HIV-infected individuals and AIDS orphans provided care", measure: "count", status: "pledge", period: "not stated"},
	{name: "a participle after a count describes it, without its figures", text: "The President urged the nine nations involved in the 5 year war in Congo to make peace.",
		stated: "nine nations", title: "Nations involved in the war in Congo", entities: "CD", measure: "count", status: "fact", period: "not stated"},
	{name: "a proposed increase is titled by what it increases", text: "The Prime Minister has proposed a 20 percent increase in Canada's aid budget.",
		stated: "20 percent", title: "Change in Canada's aid budget", measure: "change", entities: "CA", status: "intention", period: "not stated"},
	{name: "an amount committed for a purpose over years", text: "Japan is committing $50 million over four years to train\nmore than 8,000 nurses in Africa.",
		stated: "$50 million", title: "Commitment over four years to train nurses in Africa", entities: "JP", counterpart: "002", measure: "flow", status: "pledge", period: "not stated"},
	{name: "an amount provided for something is funding for it", text: "This year the agency will provide $40 million for the flood victims in the north.",
		stated: "$40 million", title: "Funding for flood victims in the north", period: "not stated"},
	{name: "the next months run from the dateline", text: "May 2, 2005\n\nThe United States will devote $60 million over the next 18 months to help Peru.",
		stated: "$60 million", period: "2005/2006"},
	{name: "countries an amount helps, all of one region, are that region", text: "Japan will devote $90 million to help Ghana, Mali, Senegal, and Niger fight malaria.",
		stated: "$90 million", entities: "JP", counterpart: "202", measure: "flow", status: "pledge", period: "not stated"},
	{name: "an amount to help others do something funds what they do", text: "Japan will provide $90 million to help Ghana, Mali, and Niger expand their malaria programs.",
		stated: "$90 million", title: "Funding for malaria programs", entities: "JP", counterpart: "202", measure: "flow", status: "pledge", period: "not stated"},
	{name: "the continent is the one the document names", text: "The U.S. trains teachers in Africa.\n\nThe U.S. will give $30 million for school meals on the continent.",
		stated: "$30 million", entities: "US", counterpart: "002", measure: "flow", status: "pledge", period: "not stated"},
	{name: "trade release: international sales are to the world; listed places are no partner", text: woodText, stated: "$12.4 billion",
		entities: "US", counterpart: "WLD", measure: "flow", status: "fact", period: "2019"},
	{name: "trade release: an absolute with-clause names the figure without its participle", text: woodText, stated: "$12.4 billion",
		title: "International sales of American lumber and paper", entities: "US", counterpart: "WLD", measure: "flow", status: "fact", period: "2019"},
	{name: "trade release: the home party's exports, no partner on the page, are to the world", text: woodText, stated: "8 percent",
		entities: "US", counterpart: "WLD", measure: "change", status: "fact", period: "2019", direction: "up"},
	{name: "trade release: a change restated after \", or\" is a change of the same flow", text: woodText, stated: "$0.9 billion",
		entities: "US", counterpart: "WLD", measure: "change", status: "fact", period: "2019", direction: "up"},
	{name: "trade release: a count of listed markets is the home party's, no listed place's", text: woodText, stated: "four",
		entities: "US", counterpart: "", measure: "count", status: "fact", period: "2019"},
	{name: "trade release: a count out of a whole has the whole's noun, title and the release's year", text: woodText, stated: "four",
		title: "Top markets for U.S. wood with record shipments", unit: "market", entities: "US", measure: "count", status: "fact", period: "2019"},
	{name: "trade release: a count of the top things a list names is titled by them", text: woodText, stated: "5 markets",
		// period: the release's reference year, which its lead's figures
		// give again and again (releaseRef; when77)
		title: "Top markets for U.S. wood", unit: "market", entities: "US", measure: "count", status: "fact", period: "2019"},
	{name: "a count of the top things a list in parentheses names", text: "Exports rose to each of the top 4 partners (Canada, Mexico, the European Union and China) in 2022.",
		stated: "4 partners", title: "Top partners", unit: "partner", period: "2022"},
	{name: "a count of the top things after a colon", text: "Its largest 3 buyers: Peru, Chile and Brazil, bought $2 billion of the ore.",
		stated: "3 buyers", title: "Largest buyers", unit: "buyer", period: "not stated"},
	{name: "trade release: the subject of a reported clause names the change, not the data", text: woodText, stated: "8 percent",
		title: "Change in U.S. wood exports", entities: "US", counterpart: "WLD", measure: "change", status: "fact", period: "2019"},
	{name: "trade release: a change restated after \", or\" takes the change's title", text: woodText, stated: "$0.9 billion",
		title: "Change in U.S. wood exports", entities: "US", counterpart: "WLD", measure: "change", status: "fact", period: "2019"},
	{name: "trade release: a count over a threshold is dated by the year after the threshold", text: woodText, stated: "14 markets",
		title: "Markets where U.S. wood exports topped $100 million", entities: "US", measure: "count", status: "fact", period: "2019"},
	{name: "trade release: the count compared with it counts the same things", text: woodText, stated: "11 markets",
		title: "Markets where U.S. wood exports topped $100 million", entities: "US", measure: "count", status: "fact", period: "2018"},
	{name: "a count out of a whole with no year before it stays undated", text: "Shipments reached record highs in four of our markets (Peru, Chile and Brazil).",
		stated: "four", title: "Markets", unit: "market", period: "not stated"},
	{name: "trade release: places listed in parentheses are no partner", text: "Shipments reached record highs in four of our markets (Peru, Chile and Brazil).",
		stated: "four", entities: "", counterpart: "", measure: "count", status: "fact", period: "not stated"},
	{name: "exports to listed places are the home party's, not to the world", text: "Farm Trade Rises\n\nU.S. exports to China, Mexico and Canada rose 5 percent in 2019. U.S. exports grew 3 percent in 2019.\n",
		stated: "5 percent", entities: "US", counterpart: "", measure: "change", status: "fact", period: "2019", section: "Farm Trade Rises"},
	{name: "exports with no place beside a sentence of listed places are to the world", text: "Farm Trade Rises\n\nU.S. exports to China, Mexico and Canada rose 5 percent in 2019. U.S. exports grew 3 percent in 2019.\n",
		stated: "3 percent", title: "Growth of U.S. exports", entities: "US", counterpart: "WLD", measure: "change", status: "fact", period: "2019", section: "Farm Trade Rises"},
	{name: "a place that acts is a partner, though also listed", text: "Korea bought $5 billion of U.S. wheat in 2019. Buyers included Korea, Japan and Peru. Korea's purchases rose 4 percent.",
		stated: "4 percent", entities: "KR", counterpart: "", measure: "change", status: "fact", period: "2019"},
	{name: "Congress is the U.S.", text: "The $2 billion health package approved by Congress will build 400 clinics.",
		stated: "$2 billion", entities: "US", measure: "flow", status: "fact", period: "not stated"},
	// drafts16: aid announcements (kinds of USAID's 2017 release on four
	// crises, in sentences of our own).
	{name: "aid announcement: money announced in new aid is a pledge", text: "Today, the Government of Canada announced $120 million in new humanitarian assistance for families displaced by floods in Pakistan.",
		stated: "$120 million", title: "New humanitarian assistance", entities: "CA", counterpart: "PK", measure: "flow", status: "pledge", period: "not stated"},
	{name: "aid announcement: money announced in additional aid is a pledge", text: "Japan announced an additional $40 million in emergency aid to Haiti.",
		stated: "$40 million", entities: "JP", counterpart: "HT", measure: "flow", status: "pledge", period: "not stated"},
	{name: "aid announcement: sales a department announced stay a fact", text: "The department announced record sales of $4 billion in 2019.",
		stated: "$4 billion", entities: "", measure: "flow", status: "fact", period: "2019"},
	// The Bureau of Economic Analysis publishes for the United States (who28).
	{name: "aid announcement: a figure announced in a that-clause stays a fact", text: "The Bureau of Economic Analysis announced that exports were $2.1 billion in 2019.",
		stated: "$2.1 billion", entities: "US", measure: "flow", status: "fact", period: "2019"},
	{name: "aid announcement: a total since the beginning of a fiscal year is of that year", text: "This new funding brings total U.S. food aid to more than $900 million for these three countries since the beginning of Fiscal Year 2019. Nearly 5 million people in Chad need food.",
		stated: "more than $900 million", title: "Total U.S. food aid for three countries", entities: "US", measure: "flow", status: "fact", period: "FY2019"},
	{name: "aid announcement: the fiscal year a total runs from is no later figure's year", text: "This new funding brings total U.S. food aid to more than $900 million for these three countries since the beginning of Fiscal Year 2019. Nearly 5 million people in Chad need food.",
		stated: "Nearly 5 million people", entities: "TD", measure: "count", status: "fact", period: "not stated"},
	{name: "aid announcement: since the start of FY", text: "Canada has provided $300 million in aid to Haiti since the start of FY 2018.",
		stated: "$300 million", entities: "CA", counterpart: "HT", measure: "flow", status: "fact", period: "FY2018"},
	{name: "aid announcement: so far in fiscal year", text: "The agency has spent $45 million on relief in Sudan so far in fiscal year 2016.",
		stated: "$45 million", entities: "SD", measure: "flow", status: "fact", period: "FY2016"},
	{name: "aid announcement: people in need in the places the sentence lists", text: "Nearly 8 million people are in need of food assistance because of the droughts in Kenya, Ethiopia, and Somalia.",
		stated: "Nearly 8 million people", entities: "KE,ET,SO", measure: "stock", status: "fact", period: "not stated"},
	{name: "aid announcement: people in need in a list and a place after it", text: "Tens of millions of people are in need of food aid as a result of the crises in Mali, Niger, and Chad, all of which are driven by conflict and Sudan, where drought persists.",
		stated: "Tens of millions of people", entities: "ML,NE,TD,SD", measure: "stock", status: "fact", period: "not stated"},
	{name: "aid announcement: a count of new things is a count", text: "Cholera has taken hold in all three countries. The grant will build four new clinics in Malawi.",
		stated: "four new clinics", unit: "clinic", entities: "MW", measure: "count", status: "pledge", period: "not stated"},
	{name: "aid announcement: assistance for millions of people is a count", text: "The funds provide assistance for 4 million people in Chad.",
		stated: "4 million people", unit: "person", entities: "TD", measure: "count", status: "fact", period: "not stated"},

	// drafts17: monthly statistical releases (kinds of BEA's August 2017
	// trade gap release, in sentences of our own).
	{name: "monthly release: a month before its dateline's is of the year before, revised", text: monthlyText, stated: "$50.3 billion",
		title: "U.S. international trade deficit (revised)", entities: "US", counterpart: "WLD", measure: "flow", status: "fact", period: "2018-12"},
	{name: "monthly release: a month named after the figure, of the dateline's year", text: monthlyText, stated: "$51.1 billion",
		title: "U.S. international trade deficit", entities: "US", counterpart: "WLD", measure: "flow", status: "fact", period: "2019-01"},
	{name: "monthly release: a month before the figure; as first published", text: monthlyText, stated: "$59.8 billion",
		title: "U.S. international trade deficit as first published", entities: "US", counterpart: "WLD", measure: "flow", status: "fact", period: "2018-12"},
	{name: "monthly release: a change in a month is the release's country's, with the world", text: monthlyText, stated: "$1.2 billion",
		entities: "US", counterpart: "WLD", measure: "change", status: "fact", period: "2019-01", direction: "up"},
	{name: "monthly release: the level after \"in <month> to\"", text: monthlyText, stated: "$72.5 billion",
		entities: "US", counterpart: "WLD", measure: "flow", status: "fact", period: "2019-01"},
	{name: "monthly release: a change's month past its restatement after \", or\"", text: monthlyText, stated: "$1.5 billion",
		entities: "US", counterpart: "WLD", measure: "change", status: "fact", period: "2019-01", direction: "down", section: "Exports"},
	{name: "monthly release: the restated change in percent", text: monthlyText, stated: "0.7 percent",
		entities: "US", counterpart: "WLD", measure: "change", status: "fact", period: "2019-01", section: "Exports"},
	{name: "monthly release: a level is titled by the sentence's subject, not its month", text: monthlyText, stated: "$207.3 billion",
		title: "Exports of goods and services", entities: "US", counterpart: "WLD", measure: "flow", status: "fact", period: "2019-01", section: "Exports"},
	{name: "monthly release: a sentence with no month goes on about the month before", text: monthlyText, stated: "$1.3 billion",
		entities: "US", counterpart: "WLD", measure: "change", status: "fact", period: "2019-01", section: "Exports"},
	{name: "monthly release: without a dateline, the year of a month written with it earlier", text: quarterText, stated: "$1.2 billion",
		entities: "CA", counterpart: "WLD", measure: "flow", status: "fact", period: "2018-05"},
	{name: "monthly release: a second month of the sentence", text: quarterText, stated: "$1.9 billion",
		entities: "CA", counterpart: "WLD", measure: "flow", status: "fact", period: "2018-04"},
	{name: "a month written with its year after the figure is that month", text: "The deficit was $3 billion in August 2017.",
		stated: "$3 billion", entities: "", measure: "flow", status: "fact", period: "2017-08"},
	{name: "a day's date after the figure is no month of it", text: "The deficit was $3 billion on July 4, 2017.",
		stated: "$3 billion", entities: "", measure: "flow", status: "fact", period: "not stated"},
	{name: "a month with no year nor dateline stays undated", text: "In August, the city spent $3 million on parks.",
		stated: "$3 million", entities: "", measure: "flow", status: "fact", period: "not stated"},
	{name: "a capital May that starts a sentence is no month", text: "Rainfall Report\n\nApril 2, 2019\n\nMay rains brought $4 million in damage.",
		stated: "$4 million", period: "not stated", section: "Rainfall Report"},
	// seenq: a figure in a comparison keeps its own measure and time
	// (draftcomparison.go), in sentences of our own.
	{name: "comparison: the figure compared with after a reading is that reading's measure, of its own year, no way",
		text:   "Jobs Report 2023\n\nThe unemployment rate was 13.5 percent in 2023, higher than the 12.8 percent in 2022.\n",
		stated: "12.8 percent", measure: "share", status: "fact", period: "2022", section: "Jobs Report 2023", entities: "", direction: ""},
	{name: "comparison: with no reading before it, the figure compared with is measured by its unit",
		text: comparedText, stated: "12.8 percent", title: "Prevalence of food insecurity", measure: "share", status: "estimate", period: "2022", entities: "US", direction: ""},
	{name: "comparison: a figure alone in brackets is dated by the words after them, and titled as the figure it restates",
		text: comparedText, stated: "17.0 million", title: "Prevalence of food insecurity", period: "2022"},
	{name: "comparison: \"higher than\" read as the figure's hedge is no change either",
		text: comparedText, stated: "higher than 7.7 percent", measure: "share", status: "estimate", period: "2022", entities: "US"},
	{name: "comparison: a count compared with has its own year",
		text:   "Detentions 2015/16\n\nThere were 63,622 detentions in 2015/16, compared to 58,399 detentions in 2014/15.\n",
		stated: "58,399 detentions", measure: "flow", status: "fact", period: "2014/15", entities: "", section: "Detentions 2015/16"},
	{name: "comparison: a multiple between two groups is a level, no way, no base",
		text: groupsText, section: "Union Members", stated: "more than five times", measure: "level", status: "estimate", period: "not stated", entities: "", direction: ""},
	{name: "comparison: \"higher than for\" another group is a level",
		text: groupsText, section: "Union Members", stated: "more than four times", measure: "level", status: "estimate", period: "not stated", entities: ""},
	{name: "comparison: \"as high as that of\" another group is a level",
		text: groupsText, section: "Union Members", stated: "more than twice", measure: "level", status: "estimate", period: "not stated", entities: ""},
	{name: "comparison: the groups' own figures are shares",
		text: groupsText, section: "Union Members", stated: "77%", measure: "share", status: "estimate", period: "not stated", entities: ""},
	{name: "comparison: a multiple of an earlier time stays a change",
		text:   "Woodland Report 2024\n\nNew native woodland in Scotland was more than twice the previous year.\n",
		stated: "more than twice", measure: "change", status: "fact", period: "2024", entities: "GB-SCT", section: "Woodland Report 2024"}, // the edition's year is the release's frame (frame28)
	{name: "comparison: \"from the 2004 figure\" is the base, the release's year the period",
		text: fatalText, section: "Fatal Work Injuries in 2005", stated: "about 18 percent", measure: "change", status: "estimate", period: "2005", base: "2004", entities: "", direction: "up"},
	{name: "comparison: the year of an earlier record after \"after reaching\" is not the figure's",
		text: fatalText, section: "Fatal Work Injuries in 2005", stated: "7 percent", measure: "change", status: "estimate", period: "2005", entities: "", direction: "down"},
	{name: "comparison: \"between A and B\" gives a change period B and base A",
		text: fatalText, section: "Fatal Work Injuries in 2005", stated: "5%", measure: "change", status: "estimate", period: "2005", base: "2004", entities: "", direction: "down"},
	{name: "comparison: a change to a level \"up from\" a dated figure has that figure's year as base",
		text:   "Labour Market 2020\n\nThe employment rate rose by 8 percentage points to 45% in 2020, up from 37% in 2018.\n",
		stated: "8 percentage points", measure: "change", status: "fact", period: "2020", base: "2018", entities: "", section: "Labour Market 2020", direction: "up"},
	{name: "comparison: a change \"from\" a dated percentage is of the sentence's year, with that year as base",
		text:   "Labour Market 2020\n\nIn 2020 the employment rate was 45%, up 8 percentage points from 37% in 2018.\n",
		stated: "8 percentage points", measure: "change", status: "fact", period: "2020", base: "2018", entities: "", section: "Labour Market 2020", direction: "up"},
	{name: "status: a sentence on all the release's numbers, after its figures, makes its year's figures estimates",
		text: fatalText, section: "Fatal Work Injuries in 2005", stated: "5,702 fatal work injuries", measure: "flow", status: "estimate", period: "2005", entities: ""},
	// Not the release's country by the trade rules, but the document's
	// place (docPlaceOf, the last fallback): the U.S., its one country.
	{name: "a figure of a sentence with no trade word is no trade release's, but the document's place", text: monthlyText + "\nThe agency employs 300 people.\n",
		stated: "300 people", entities: "US", measure: "count", status: "fact", period: "not stated", section: "Exports"},
	// frame23: a survey or a census named with its year frames the
	// figures of its paragraph, and the release's when its lead names it
	// (collectionsIn): its year is theirs, a survey's figures are
	// estimates, a census's counts facts; a collection a change is set
	// against frames nothing.
	{name: "a survey named with its year first dates the figures of the release", text: surveyYearText, stated: "6.1 million people",
		status: "estimate", period: "2014", section: "Volunteering"},
	{name: "a survey's year frames the next sentence of its paragraph", text: surveyYearText, stated: "33%", status: "estimate", period: "2014", section: "Volunteering"},
	{name: "a survey named in the lead frames a later paragraph", text: surveyYearText, stated: "55 hours", status: "estimate", period: "2014", section: "Volunteering"},
	{name: "a census named with its year: its year, a count is a fact", text: censusYearText, stated: "8.3 million households", status: "fact", period: "2016", section: "Households"},
	{name: "a census's year frames its paragraph, a fact", text: censusYearText, stated: "2.0 million", status: "fact", period: "2016", section: "Households"},
	{name: "a census a change is set against frames nothing", text: censusYearText, stated: "7%", period: "not stated", section: "Households"},
	// A census counts, but a release that calls its own numbers
	// preliminary makes them estimates all the same.
	{name: "a census release's preliminary numbers are estimates", text: "Fatal injuries\n\nThe 2021 Census of Fatal Injuries recorded 5,190 deaths at work. The numbers reported in this release are preliminary.\n",
		stated: "5,190 deaths", status: "estimate", period: "2021", section: "Fatal injuries"},
	{name: "a survey named with its year across two after it", text: "Household income\n\nThe Survey of Income and Housing, 2017–18 shows that the average weekly income was $1,084. Income rose by 2.5%.\n",
		stated: "2.5%", status: "estimate", period: "2017/18", section: "Household income"},
	{name: "a survey of businesses counts, its figures are no estimates", text: "Broadband\n\nThe 2019 Internet Service Providers Survey found 120 providers. They served 1.9 million connections.\n",
		stated: "1.9 million connections", status: "fact", period: "2019", section: "Broadband"},
	// frame23: a region one paragraph of a national overview is about is
	// no place of the other paragraphs' figures (oneParagraphPlace), and
	// "nationally" is the nation's, not the region's (homeWord).
	{name: "a region named in one paragraph is not the overview's place", text: regionParagraphText, stated: "102,000",
		entities: "GB", period: "not stated", section: "Labour market overview: June 2023"},
	{name: "a figure said to be the nation's takes the region's country", text: regionParagraphText, stated: "3.8%",
		entities: "GB", period: "not stated", section: "Labour market overview: June 2023"},
	{name: "the region's own paragraph keeps its place", text: regionParagraphText, stated: "75.5%",
		entities: "GB-SCT", period: "not stated", section: "Labour market overview: June 2023"},
	{name: "a region named in one paragraph of a release that names only it is the release's", text: "Woodland\n\nIn Scotland, 10,000 hectares were planted.\n\nHalf of it was conifers, 5,000 hectares.\n",
		stated: "5,000 hectares", entities: "GB-SCT", period: "not stated", section: "Woodland"},
	// frame23: the publisher names the country (publicBodies: the main
	// publishers of official statistics of the English-speaking
	// countries), after the sentence's own places; a body cited as the
	// source of one figure does not.
	{name: "a UK department's release is the UK's", text: "Farm incomes\n\nDefra statistics published today show that average farm business income fell by 12% in 2022.\n",
		stated: "12%", entities: "GB", period: "2022", section: "Farm incomes"},
	{name: "a UK agency's release is the UK's", text: "Work-related ill health\n\nThe Health and Safety Executive today published figures showing 1.8 million workers suffered from work-related ill health in 2022.\n",
		stated: "1.8 million workers", entities: "GB", period: "2022", section: "Work-related ill health"},
	{name: "a nation's department's release is the nation's", text: "Farm census\n\nThe Department of Agriculture, Environment and Rural Affairs reports that there were 26,000 farms in June 2023.\n",
		stated: "26,000 farms", entities: "GB-NIR", period: "2023-06", section: "Farm census"},
	{name: "a US agency's release is the US's", text: "Gasoline prices\n\nThe Energy Information Administration reported that retail gasoline averaged $3.50 per gallon in 2023.\n",
		stated: "$3.50 per gallon", entities: "US", period: "2023", section: "Gasoline prices"},
	{name: "a body cited as the source of one figure is not the publisher", text: "Prison places\n\nThere were 88,000 prisoners in 2023, according to the Ministry of Justice.\n",
		stated: "88,000 prisoners", entities: "", period: "2023", section: "Prison places"},
	// frame23 (review22): a figure in brackets is of its own clause's
	// time, never the month closing the next clause (outlookPeriod).
	{name: "a bracketed figure takes no month of the next clause", text: "Vacancies\n\nThe rate for nurses was lower than for doctors (9%) in February, and rose to 11% in March 2023.\n",
		stated: "9%", period: "not stated", section: "Vacancies"},
	{name: "the next clause's figure keeps the month closing its clause", text: "Vacancies\n\nThe rate for nurses was lower than for doctors (9%) in February, and rose to 11% in March 2023.\n",
		stated: "11%", period: "2023-03", section: "Vacancies"},
	{name: "a bracketed figure takes no month after a semicolon", text: "Vacancies\n\nOne in eight posts was vacant (12%); in March 2023 this fell to 11%.\n",
		stated: "12%", period: "not stated", section: "Vacancies"},
	{name: "a bracketed figure takes no month of the clause after its and", text: "Vacancies\n\nNurses made up a large share of vacancies (40%) and, in March 2023, doctors 10%.\n",
		stated: "40%", period: "not stated", section: "Vacancies"},
	{name: "a bracketed figure keeps the month closing its own clause", text: "Vacancies\n\nOne in eight posts was vacant (12%) in March 2023.\n",
		stated: "12%", period: "2023-03", section: "Vacancies"},
	// frame23: "at the time of referral" is when within the release's
	// period, no time of the figure's own: the release's year frames it.
	{name: "at the time of an event is no time of the figure's own", text: "Publication of ‘Children’s Social Care Statistics for Northern Ireland 2014/15’\n\nDate published: 15 October 2015\n\n" +
		"Some 38,418 children were referred to social services during 2014/15.\n\nA quarter (26%) had their needs met at the time of referral.\n",
		stated: "26%", period: "2014/15", section: "Date published: 15 October 2015"},
	// rank24: a first place said in words, with no ordinal, is a rank of
	// 1 stated by its superlative alone, as verify takes it; an ordinal's
	// "most" or "least" before its frame is a rank too.
	{name: "first place: a copula and the most before an adjective", text: "Cancer in England, 2018\n\nProstate cancer was the most commonly diagnosed cancer in 2018, with 49,810 new diagnoses.\n",
		stated: "most", unit: "rank", entities: "GB-ENG", measure: "rank", status: "fact", period: "2018", section: "Cancer in England, 2018"},
	{name: "first place: has the highest number of", text: "The USA has the highest number of patent applications filed by foreign applicants in 2024.",
		stated: "highest", unit: "rank", entities: "US", measure: "rank", status: "fact", period: "2024"},
	{name: "first place: the most of any, after continued to be", text: "Fatal injuries in the US, 2004\n\nThe number of fatal work injuries in construction continued to be the most of any industry sector.\n",
		stated: "most", unit: "rank", entities: "US", measure: "rank", status: "fact", period: "2004", section: "Fatal injuries in the US, 2004"},
	{name: "first place: a record high wherever it stands", text: "Designs, 2024\n\nDesign applications decreased to 77,486 in 2024 compared to the record high of 81,215 applications in 2023.\n",
		stated: "record high", unit: "rank", measure: "rank", status: "fact", period: "2023", section: "Designs, 2024"},
	{name: "first place: a superlative with its frame, since a year", text: "Pensions, 2019\n\nIn 2019, 77% of employees were members of a pension, which is the highest membership rate since comparable records began in 1997.\n",
		stated: "highest", unit: "rank", measure: "rank", status: "fact", period: "2019", section: "Pensions, 2019"},
	// rank24: a place that opens a body's name in the head, or a body of
	// the table named again and again below it when the text names no
	// place, gives the release its place; a release that names neither
	// keeps none.
	{name: "place in a body's name: the UK IPO in the head", text: "Facts and figures: patents: 2024\n\nThe number of applications to the UK IPO for trade marks has increased in 2024. Patent applications decreased by 5.1% between 2023 and 2024 to 18,953.\n",
		stated: "18,953", entities: "GB", measure: "flow", status: "fact", period: "2024", section: "Facts and figures: patents: 2024"},
	{name: "place in a body's name: a body named below the head, no place named", text: "Drinking water quality\n\nOver 99.8 per cent of samples were compliant in 2024.\n\nThere are 45 supplies on the list that need to be addressed by Uisce Éireann. Uisce Éireann plans works at 20 of them.\n",
		stated: "Over 99.8 per cent", entities: "IE", measure: "share", status: "fact", period: "2024", section: "Drinking water quality"},
	{name: "place in a body's name: no body and no place, no entity", text: "Drinking water quality\n\nOver 99.8 per cent of samples were compliant in 2024.\n\nThere are 45 supplies on the list that need to be addressed by the water utility.\n",
		stated: "Over 99.8 per cent", entities: "", measure: "share", status: "fact", period: "2024", section: "Drinking water quality"},
	// rank24: a bare rate in brackets takes the counted noun of its
	// sentence's rate over the same base.
	{name: "bare rate in brackets: the noun of the sentence's rate", text: "Homicide in England and Wales: year ending March 2023\n\nThe homicide rate was 9.9 victims per million population, with the rate for males (14.2 per million population) more than twice that for females (6.0 per million population).\n",
		stated: "14.2 per million population", unit: "victim per million population", entities: "GB-EAW", measure: "level", status: "fact",
		period: "2023-03", section: "Homicide in England and Wales: year ending March 2023"},
	{name: "ordinal rank: most before on record", text: "Wildfires, June 2020\n\nFor June, 5,939 fires (11th least since 2000) burned 1,035,963 acres (10th most on record).\n",
		stated: "10th most", unit: "rank", measure: "rank", status: "fact", period: "2020-06", section: "Wildfires, June 2020"},
	{name: "ordinal rank: least before since, without the frame", text: "Wildfires, June 2020\n\nFor June, 5,939 fires (11th least since 2000) burned 1,035,963 acres (10th most on record).\n",
		stated: "11th least", unit: "rank", measure: "rank", status: "fact", period: "2020-06", section: "Wildfires, June 2020"},
	// when24: a stock of counted things is dated by the moment its
	// sentence names before it, to the day a year's end or a date gives.
	{name: "a count at the end of a year is at its last day", text: stockEndText, stated: "3,210 people", measure: "stock", status: "fact", entities: "GB", period: "2022-12-31", section: "Kidney waiting list"},
	{name: "and so is the count its bracket breaks it into", text: stockEndText, stated: "1,310", period: "2022-12-31", section: "Kidney waiting list"},
	{name: "a count on a day named before it is at that day", text: stockEndText, stated: "2,480 people", measure: "stock", status: "fact", entities: "GB", period: "2023-03-31", section: "Kidney waiting list"},
	// when24: a month after "than in" is the time compared with; the
	// figure is of the month its subject names.
	{name: "a change on the month before is of its own month", text: monthOnMonthText, stated: "1.3%", period: "2024-03", base: "2024-02", section: "Retail sales index: March 2024"},
	{name: "a change on the same month a year back is of its own month", text: monthOnMonthText, stated: "2.1%", period: "2024-03", base: "2023-03", section: "Retail sales index: March 2024"},
	// when24: "the previous year" at a figure dates it a year before the
	// sentence's first figure, a rolling year or a year across two.
	{name: "a reading the previous year after the figure", text: previousYearText, stated: "1,710", period: "2021-07/2022-06", section: "Road deaths"},
	{name: "a reading the previous year in brackets after a multiple", text: previousYearText, stated: "4,800 ha", period: "2021/22", section: "Woodland"},
	{name: "a share of the previous year where it is", text: previousYearText, stated: "61%", period: "2021-07/2022-06", section: "Road deaths"},
	// when24: a span of years up to a year ending in a month.
	{name: "a rate over three years to a year ending in a month", text: yearsToText, stated: "4.1 victims per million population", period: "2021-04/2024-03", section: "Knife crime"},
	{name: "a count over the 5 years to a year ending in a month", text: yearsToText, stated: "1,240 offences", period: "2017-07/2022-06", section: "Knife crime"},
	// when24: counted things done over the span, or held: land burned,
	// things registered "in 2023 with" the count, a bare number of a
	// subject held in a state.
	{name: "land burned over the span is an area done, a flow", text: countedVerbText, stated: "212,400 acres", measure: "flow", status: "fact", entities: "US", period: "2021-07", section: "Wildfires - July 2021"},
	{name: "a count after a verb of doing, its year and with", text: countedVerbText, stated: "41,300 registrations", measure: "flow", status: "fact", entities: "US", period: "2021", section: "Wildfires - July 2021"},
	{name: "a bare number an outstanding subject moves from", text: countedVerbText, stated: "8,120", measure: "stock", status: "fact", entities: "US", period: "2021-Q1", section: "Wildfires - July 2021"},
	// when24: a trend per decade runs from the start its clause names,
	// or over its record's years, to the year its paragraph reports.
	{name: "a trend since a year of the 1800s", text: trendText, stated: "about 0.2°F per decade", period: "1890/2021", section: "Temperature trends"},
	{name: "a trend over a record of so many years", text: trendText, stated: "about 0.1 inch per decade", period: "1890/2021", section: "Temperature trends"},
	// title24: a figure whose own words name nothing is titled by what
	// its sentence says it measures (measuredThing), not "Change under
	// <heading>": "<change> in X (figure)", the ends of "from A to B"
	// after "the number of X" or a change verb's subject.
	{name: "a bracketed figure after a change in X is the change in X", text: "Main points\n\nThe fall was driven by a rise in emigration (5.2 per cent) and a drop in arrivals (-3.0 per cent).\n",
		stated: "-3.0 per cent", title: "Change in arrivals", period: "not stated", section: "Main points"},
	{name: "an end of from-to after the number of X counts X", text: "Main points\n\nThere was a rise of 40% in the number of bus journeys made by pensioners, from 500 in 2019 to 700 in 2023.\n",
		stated: "700", title: "Bus journeys made by pensioners", period: "2023", section: "Main points"},
	{name: "an end of from-to after a change verb reads its subject", text: "Main points\n\nSpending by visitors from abroad rose by 9% in the year, increasing from €800 million to €872 million.\n",
		stated: "€872 million", title: "Spending by visitors from abroad", period: "not stated", section: "Main points"},
	// title24: a participle of change opening the figure's clause
	// changes the subject of the clause before ("Change in increasing"
	// named the participle).
	{name: "a participle of change changes the subject of the clause before", text: "Admissions\n\nThe number of emergency admissions to hospital rose again, increasing by 4% to 6.2 million in 2022.\n",
		stated: "4%", title: "Change in emergency admissions to hospital", period: "2022", section: "Admissions"},
	// title24: a share's whole may hold an abbreviation, whose dots end
	// no clause ("Share of U.S. households" stopped at "U.S.").
	{name: "a share's whole with an abbreviation keeps its predicate", text: "Food security\n\n11.2 percent of U.K. households were food insecure in 2023.\n",
		stated: "11.2 percent", title: "Share of U.K. households that were food insecure", period: "2023", section: "Food security"},
	// title24: a comparison tail after a count some rule titled is the
	// change in that count, on its base; "recorded" is not the head.
	{name: "a comparison after there were N X is the change in X", text: "Offences\n\nThere were 410 burglaries recorded in the year ending March 2023, 9% lower than the previous year.\n",
		stated: "9%", title: "Change in burglaries recorded on the previous year", period: "2022-04/2023-03", base: "2021-04/2022-03", section: "Offences"},
	{name: "a comparison with no subject of its own is the change in the figure before it", text: "Traffic\n\n3.1 The volume of freight moved by rail in 2015 was 17.2 billion tonne kms: 2.1% more than 2014.\n",
		stated: "2.1%", title: "Change in the volume of freight since 2014", period: "2015", base: "2014", section: "Traffic"},
	// seensb: a rate whose counted noun stands before it ("the rate of
	// arrests", a count the rate restates), its twin after "compared
	// with", a bare decimal that continues it in the next sentence; a
	// range that names a band is no figure.
	{name: "a rate takes its counted noun from rate of", text: "Arrests\n\nThe rate of arrests for boys was 41.2 per 1,000 of the population, compared with 6.3 for girls.\n",
		stated: "41.2", unit: "arrest per 1,000 population", measure: "level", status: "fact", period: "not stated", section: "Arrests"},
	{name: "a bare twin after compared with takes the rate's unit", text: "Arrests\n\nThe rate of arrests for boys was 41.2 per 1,000 of the population, compared with 6.3 for girls.\n",
		stated: "6.3", unit: "arrest per 1,000 population", measure: "level", status: "fact", period: "not stated", section: "Arrests"},
	{name: "a rate restating a count takes its counted noun", text: "Admissions\n\nHospitals recorded 61,300 admissions, equivalent to 97.5 per 10,000 of the population.\n",
		stated: "97.5", unit: "admission per 10,000 population", period: "not stated", section: "Admissions"},
	{name: "a bare decimal after a rate in its paragraph continues the rate", text: "Admissions\n\nPeople aged 80 or over had the highest rate of admissions, at 412.8 per 10,000 of the population. Next came the 70-79 age group at 233.1.\n",
		stated: "233.1", unit: "admission per 10,000 population", measure: "level", status: "fact", period: "not stated", section: "Admissions"},
	// seensb: a twin after "compared with" names its own group, never
	// the group of the figure it is compared with; a rate titled by its
	// base ("Population") or a bare word is titled by what it counts and
	// the band its clause names.
	{name: "a compared twin is titled by its own group", text: "Arrests\n\nThe rate of arrests for boys was 41.2 per 1,000 of the population, compared with 6.3 for girls.\n",
		stated: "6.3", title: "Rate of arrests for girls", period: "not stated", section: "Arrests"},
	{name: "a rate of a band is titled by what it counts and the band", text: "Admissions\n\nThe 80-89 age band had the highest rate of admissions, at 412.8 per 10,000 of the population. Next came the 70-79 age group at 233.1.\n",
		stated: "233.1", title: "Rate of admissions, aged 70 to 79", unit: "admission per 10,000 population", period: "not stated", section: "Admissions"},
	{name: "a rate restating a count is titled by what it counts", text: "Admissions\n\nHospitals recorded 61,300 admissions, equivalent to 97.5 per 10,000 of the population.\n",
		stated: "97.5", title: "Rate of admissions", period: "not stated", section: "Admissions"},
	// seensb: an average amount or length is a level, named in its clause
	// or, for money, in the release's title line; a monthly payment with
	// no average stays a flow (outlookText).
	{name: "an average length is a level", text: "Commuting\n\nThe median commute by bus was 6.4 km in 2019.\n",
		stated: "6.4 km", measure: "level", status: "fact", period: "2019", section: "Commuting"},
	{name: "an amount under a title of averages is a level", text: "Pupils spent an average of £12 a week on lunches in 2022\n\nSpending on snacks was £3.40 in 2022.\n",
		stated: "£3.40", measure: "level", entities: "GB", status: "fact", period: "2022", section: "Pupils spent an average of £12 a week on lunches in 2022"},
	{name: "a total of millions under a title of averages stays a flow", text: "Pupils spent an average of £12 a week on lunches in 2022\n\nSchools spent £40 million on kitchens in 2022.\n",
		stated: "£40 million", measure: "flow", entities: "GB", status: "fact", period: "2022", section: "Pupils spent an average of £12 a week on lunches in 2022"},
	// seensa (branch seensa, round S): entities, status and period.
	// A nation named by its adjective is the document's place; a
	// bracketed reference to another release names no place of its own.
	{name: "a nation's adjective is the place; a place in a bracketed reference is not", text: "Cycling\n\nThis section gives findings of the Welsh Travel Survey.\n\n" +
		"About 4% of adults cycled to work. Distances follow the road network [Road Lengths: Great Britain].\n\nMost journeys on Welsh roads were short.\n",
		stated: "About 4%", entities: "GB-WLS", measure: "share", status: "estimate", period: "not stated", section: "Cycling"},
	// "across the country" in a release about one nation of the UK is
	// that nation, not the UK; a state's is still its country's.
	{name: "across the country in an England-only release is England", text: "Flood defences\n\nSome 120,000 homes in England are at risk of flooding. " +
		"Over 200 new flood barriers were built across the country.\n",
		stated: "Over 200 new flood barriers", entities: "GB-ENG", measure: "flow", status: "fact", period: "not stated", section: "Flood defences"},
	// A release on what households spend reports a sample's estimates,
	// though it names no survey.
	{name: "household spending averages are estimates", text: "Family spending\n\nAverage weekly household spending rose to £590.10 in 2019. " +
		"Spending on food was £66.20 per week in 2019.\n",
		stated: "£66.20 per week", status: "estimate", period: "2019", section: "Family spending"},
	// The year after "from <figure> in" dates that figure only, however
	// the figure is softened: the figure the change reaches is not of it,
	// nor is the release's lead year taken from it.
	{name: "from just X in YEAR dates X, not the figure before it", text: "Alerts\n\nSign-ups to the text alert service have tripled to 90,000 from just 30,000 in 2015.\n",
		stated: "90,000", period: "not stated", section: "Alerts"},
	{name: "a clause's closing year after from X dates X only", text: "Alerts\n\nThe share of homes signed up is now almost 40 per cent, having risen from just 9 per cent in 2015.\n",
		stated: "almost 40 per cent", measure: "share", status: "fact", period: "not stated", section: "Alerts"},
	{name: "a lead's compared-with figure gives the release no year", text: "Walking\n\nOf all trips, 30 per cent were made on foot, a fall from 33% in 2018. " +
		"Fifteen per cent of pupils walk to school.\n\n3.0% of adults cycle to work, compared to 2.6 per cent in 2018.\n",
		stated: "Fifteen per cent", measure: "share", status: "fact", period: "not stated", section: "Walking"},
	// A lead that compares its figures with a year reports a later one:
	// the latest year the release dates a figure of its own by.
	{name: "a lead compared with a year is of the latest year of the release's own figures", text: "Walking\n\nOf all trips, 30 per cent were made on foot, a fall from 33% in 2018. " +
		"Fifteen per cent of pupils walk to school.\n\n3.0% of adults cycle to work, compared to 2.6 per cent in 2018.\n\nBike hire\n\nHire bikes made 2.1 million trips in 2019.\n",
		stated: "Fifteen per cent", measure: "share", status: "fact", period: "2019", section: "Walking"},
	// A figure set against a target is measured by it: no target set.
	{name: "the margin a target was beaten by is a fact", text: "Recycling\n\nCouncils recycled 410,000 tonnes, beating the national recycling target by 25,000 tonnes.\n",
		stated: "25,000 tonnes", status: "fact", period: "not stated", section: "Recycling"},
	// A lead whose first figure starts a span of years ("from X in 2000
	// to Y in 2013") compares nothing: its later figures take no year.
	{name: "a lead's span from one year to another gives no later figure a year", text: "Trade facts\n\nTrade grew from $19 billion in 2001 to $88 billion in 2014. " +
		"Exports totaled $30 billion last year. Investment topped $20 billion, supporting 9,000 jobs.\n",
		stated: "9,000 jobs", period: "not stated", section: "Trade facts"},
	// A figure whose compared-with figure's year is all its clause names
	// takes the release's reference year, as an undated figure does.
	{name: "a figure compared with a dated one is of the release's year", text: "Walking\n\nOf all trips, 30 per cent were made on foot, a fall from 33% in 2018. " +
		"Fifteen per cent of pupils walk to school.\n\n3.0% of adults cycle to work, compared to 2.6 per cent in 2018. 0.8% of pupils cycle to school, compared to 1.1% in 2018.\n\n" +
		"Bike hire\n\nHire bikes made 2.1 million trips in 2019.\n",
		stated: "0.8%", measure: "share", status: "fact", period: "2019", section: "Walking"},
	// "similar to YEAR" sets the figure against that year.
	{name: "remained similar to a year is compared with it", text: "Leisure spending in 2018\n\nSpending on leisure remained similar to 2017 at £40.20 per week.\n",
		stated: "£40.20 per week", period: "2018", section: "Leisure spending in 2018"},
	// A title's "2021 to 2022" is the financial year its notice writes
	// "2021/22", not two calendar years.
	{name: "a title's Y to Y+1 is the year across two its text writes", text: "Litter statistics for England, 2021 to 2022\n\n" +
		"Councils dealt with 800,000 litter reports in 2021/22.\n\nJust over half (52%) of reports were of bags of rubbish.\n",
		stated: "52%", period: "2021/22", section: "Litter statistics for England, 2021 to 2022"},
	// seent (branch seent, round T): readers of a lead-in line and of a
	// release's first sentence.
	// A survey the first sentence says the release reports makes every
	// figure an estimate, whatever time its lead names.
	{name: "a survey named in the first sentence makes the figures estimates", text: "MUSEUMS DRAW CROWDS\n\nA survey of museums conducted by the national statistics office shows how widely they are used.\n" +
		"There were 12 million visits to museums in the year to 30 June 2010.\n",
		stated: "12 million visits", status: "estimate", period: "2009-07/2010-06", section: "MUSEUMS DRAW CROWDS"},
	// A lead-in that compares its period with the same period a year
	// before dates its bullets' changes and gives their base; a lead-in
	// that points back to "the same period" takes the one named above.
	{name: "a comparing lead-in's first period dates its bullets, its same period in YEAR their base", text: "Ferry statistics\n\n" +
		"When comparing ferry passengers for April to June 2019 to the same period in 2018, we see:\n- a 2.1% increase in England\n" +
		"In the same period for freight, we see:\n- Wales increased by 4.0%\n",
		stated: "4.0%", period: "2019-Q2", base: "2018-Q2", section: "Ferry statistics"},
	// name26: a list item goes on from the line that leads its list in.
	// An item that names only a place is a reading of what the lead-in
	// measures, in that place.
	{name: "a place's item under 'the number of X in:' measures X there", text: "Ferry statistics\n\n" +
		"For the year ending June 2020, the number of ferry passenger journeys in:\n- Scotland was 8.2 million\n- Wales was 1.9 million\n",
		stated: "1.9 million", title: "Ferry passenger journeys in Wales", period: "2019-07/2020-06", section: "Ferry statistics"},
	// (The measure reader takes "3.1% in Wales" for a share: the title
	// is the measured phrase its measure heads.)
	{name: "a bare figure under 'X rose by:' measures X, in the item's place", text: "Ferry statistics\n\n" +
		"Ferry fares rose by:\n- 2.4% in Scotland\n- 3.1% in Wales\n",
		stated: "3.1%", title: "Ferry fares, Wales", period: "not stated", section: "Ferry statistics / Ferry fares rose by:"},
	// An item that is a figure and a label is the lead-in's phrase with
	// the label; a frame before a place's possessive is no part of it.
	{name: "a labelled item under 'For <time> <place>'s X will be:' is X with its label", text: "Harbour ratings\n\n" +
		"For the 2025 sailing season Norway's harbour ratings will be:\n- 41 (60%) Gold\n- 17 (25%) Silver\n",
		stated: "17", title: "Harbour ratings, Silver", period: "2025", section: "Harbour ratings"},
	// when26: readers of a figure held and of a comparand's own time.
	// A time inside a bracket that holds a figure of its own is that
	// comparand's: the figure before the bracket, and the sentence after
	// it, keep the time the paragraph names.
	{name: "a time in a bracket after a comparand's figure is the comparand's", text: parksText,
		stated: "four rangers per park", measure: "level", status: "fact", period: "2020-03-31", section: "Parks"},
	{name: "a sentence after a bracketed comparand goes on at the paragraph's time; holdings are a stock", text: parksText,
		stated: "1,200 boats", measure: "stock", status: "fact", period: "2020-03-31", section: "Parks"},
	// The object of a verb of holding is a stock; "had" of events is not.
	{name: "things held are a stock", text: "Museums\n\nThe national museums held 40,000 paintings.\n",
		stated: "40,000 paintings", measure: "stock", status: "fact", period: "not stated", section: "Museums"},
	{name: "a place that had events counts a flow", text: "Roads\n\nThe region had 4,000 deaths on its roads in 2019.\n",
		stated: "4,000 deaths", measure: "flow", status: "fact", period: "2019", section: "Roads"},
	// Figures paired with bracketed comparands: the first bracket's time
	// dates every bracket, and a year on the figures before them.
	{name: "a bracketed comparand's time dates the brackets after it", text: pairsText,
		stated: "2,100", measure: "stock", status: "fact", period: "2018-06-30", section: "Registers"},
	{name: "a figure before a comparand of a year earlier is a year on", text: pairsText,
		stated: "1,950 taxis", measure: "stock", status: "fact", period: "2019-06-30", section: "Registers"},
	// A share "allocated for" something is a pledge only of money.
	{name: "a share of cases allocated for action is no pledge", text: "Referrals\n\nIn 2020, 69% of referrals were allocated for further action.\n",
		stated: "69%", measure: "share", status: "fact", period: "2020", section: "Referrals"},
	// seenua: the release's own frame. A title's period dates the
	// figures naming no time of their own, a page's copyright footer
	// being no lead; the figure a change is compared with "over last
	// year" is a year back.
	{name: "a title's year across two dates a summary's figures past a copyright footer", text: registerText,
		stated: "4.2 million", period: "2030/31", section: "Summary"},
	{name: "the figure a change over last year is compared with is a year back", text: registerText,
		stated: "4.08 million", period: "2029/30", section: "Summary"},
	// A title's short months name its quarter; the span a comparison
	// leads to is the change's base.
	{name: "a span after 'When compared to' is the base; the title's quarter the period", text: "Ferry bulletin Apr to Jun 2030\n\nPublished 10 September 2030\n\n" +
		"When compared to the April to June 2029 period crossings on island routes fell by 7%.\n",
		stated: "7%", period: "2030-Q2", base: "2029-Q2", section: "Ferry bulletin Apr to Jun 2030"},
	// A label lead-in sits under the lead-in above it, which names the
	// day; a lead-in of the time compared with keeps that day too.
	{name: "a labelled list under a dated lead-in takes its day", text: loanPointsText,
		stated: "3,100", period: "2031-04-01", section: "Library loan points: April 2031 / By size:"},
	{name: "a list under 'Compared to <day>:' stays at the lead-in's day", text: loanPointsText,
		stated: "400", period: "2031-04-01", section: "Library loan points: April 2031"},
	// seenub: the noun phrase right before a figure's bracket is what the
	// figure measures, not the fallback of a kind and a heading; a share
	// in the bracket with its own whole is the part's share of it, and
	// the bracket's second figure shares the part.
	{name: "a group's share in brackets takes the group's noun phrase", text: staffSurveyText,
		stated: "63%", title: "Team leaders", period: "not stated", section: "Training"},
	{name: "a bracket's second share is the same part's share of its own whole", text: staffSurveyText,
		stated: "48%", title: "First aid, share of volunteers", period: "not stated", section: "Training"},
	// seenuc: "Of these N were Y", "Of all X, N did Y": a part opens its
	// own sentence with its lead, and counts the whole's noun narrowed by
	// its predicate.
	{name: "a part whose sentence opens 'Of these' counts the whole's noun", text: ferryPartsText,
		stated: "1.2 million", title: "Ferry crossings on island routes", period: "not stated", section: "Ferries"},
	{name: "a part after 'Of all <noun>,' counts the whole's noun", text: ferryPartsText,
		stated: "2.9 million", title: "Ferry crossings departed on time", period: "not stated", section: "Ferries"},
	// when27: periods that transfer. A law or plan named by its year
	// dates no figure, in its own clause or after it; a quarter named by
	// the month it ends in dates what flows in it, and the sentences that
	// go on from it, until a day is named; "over the same period" then
	// points back to that day.
	{name: "a year naming a law dates no figure of its clause", text: lawYearText,
		stated: "12%", period: "2031", section: "Tribunal statistics 2031"},
	{name: "a year naming a law dates no later figure of its paragraph", text: lawYearText,
		stated: "6%", period: "2031", base: "2030", section: "Tribunal statistics 2031"},
	{name: "a quarter named by its last month dates a flow in it", text: quarterEndingText,
		stated: "41,200 repairs", period: "2031-Q1", section: "Main points"},
	{name: "a sentence going on from a quarter takes it", text: quarterEndingText,
		stated: "2.4%", period: "2031-Q1", section: "Main points"},
	{name: "the same period after a day is that day", text: quarterEndingText,
		stated: "310", period: "2031-03-31", section: "Main points"},
	// An average set against a year's figure runs over the years its
	// paragraph names; a change its sentence goes on to set between two
	// days is of the later, from the earlier; a change from a day in a
	// year across two runs to the day that year ends.
	{name: "a long-term average set against a year's figure is of the paragraph's years", text: averageSpanText,
		stated: "2,740", period: "2011/2031", section: "Seal counts"},
	{name: "an average in brackets after a year's figure is of the paragraph's years", text: averageSpanText,
		stated: "610", period: "2011/2031", section: "Seal counts"},
	{name: "a change set between two days after its brackets is of the later day", text: dayChangeText,
		stated: "120 hectares", period: "2031-03-31", base: "2030-03-31", section: "Main points"},
	{name: "a restating bracket's figure takes the days too", text: dayChangeText,
		stated: "0.4%", period: "2031-03-31", section: "Main points"},
	{name: "a change from a day in a year across two runs to the day the year ends", text: dayChangeText,
		stated: "95 hectares", period: "2031-03-31", base: "2030-03-31", section: "Main points"},
	// A lead-in line that names no time goes on from the dated sentence
	// right above it; "the same 12-month period" after other times is
	// the last dated figure's.
	{name: "a list under a lead-in with no time takes the sentence above's time", text: leadOnText,
		stated: "2.2%", period: "2031-06", section: "Ferry fares"},
	{name: "the same 12-month period is the last dated figure's", text: leadOnText,
		stated: "1.7%", period: "2031-06", section: "Ferry fares"},
	// A survey's figures are of its fieldwork, not its title's year.
	{name: "a survey's undated figures are of the time it was carried out", text: fieldworkText,
		stated: "41%", period: "2030/31", section: "Summary"},
	// title27: the thing counted is the noun phrase the figure's sentence
	// builds, wherever it stands; a title ends at a phrase boundary.
	{name: "a count's title stops before a clause with its own subject", text: dentalPartsText,
		stated: "48,200 dental appointments", title: "Dental appointments attended", period: "2030-07/2031-06", section: "Main points"},
	{name: "a percent alone in brackets after a change is that change", text: dentalPartsText,
		stated: "2.6%", title: "Change in dental appointments attended", period: "2030-07/2031-06", base: "2029-07/2030-06", section: "Main points"},
	{name: "a part after 'Of these <noun>,' keeps the band its predicate bounds", text: dentalPartsText,
		stated: "30,100", title: "Dental appointments attended in 4 weeks or less", period: "2030-07/2031-06", section: "Main points"},
	{name: "a list under 'within which:' counts the whole's noun", text: dockPartsText,
		stated: "1,900", title: "Public bicycle docks with 20 bays or more", period: "2031-05-01", section: "Bicycle docks / By size:"},
	{name: "a title stops before the next sentence's capitalised article", text: "Inquests\n\n35% of all deaths were referred to inquests in 2030 The share has fallen since 2020.\n",
		stated: "35%", title: "Share of all deaths referred to inquests in 2030", period: "2030", section: "Inquests"},
	// who27: the release's own place, named once in its title block (a
	// title line, or a heading line in capitals), is the place of every
	// figure that names none; a country and a part of it are no two
	// parties, so a balance takes no counterpart.
	{name: "a place the title names once is every placeless figure's", text: ownPlaceText,
		stated: "2.3 million", entities: "GB-WLS", measure: "count", status: "fact", period: "2030/31", section: "Key Points"},
	{name: "a heading line in capitals names the release's state", text: "REPORT ON FERRY PATRONAGE\n\nQUEENSLAND\n\nREPORT NUMBER 4\n\n1. INTRODUCTION\n\n" +
		"This document summarises ferry patronage on routes licensed by the state in Queensland. Operators send returns each quarter.\n\n" +
		"2. TRIPS\n\nThere were 12,400 trips in 2030.\n",
		stated: "12,400 trips", entities: "AU-QLD", measure: "flow", status: "fact", period: "2030", section: "QUEENSLAND / TRIPS"},
	{name: "a balance in a release about a part of a country takes no counterpart", text: ownPlaceText,
		stated: "40,100", entities: "GB-WLS", measure: "stock", status: "fact", period: "not stated", section: "Key Points"},
	// who27: a figure whose own words name a region of England that
	// ISO 3166-2 does not list takes the region's GSS code, in a release
	// about England; a region after "outside" is no place of the figure,
	// and a region's name in a release about another country is none.
	{name: "a region of England in a list item is the figure's place", text: regionsText,
		stated: "1.1%", entities: "E12000007", measure: "change", status: "fact", period: "2030", section: "Ferry use in England: 2030"},
	{name: "a nation outside a region keeps the nation", text: regionsText,
		stated: "0.4%", entities: "GB-ENG", measure: "change", status: "fact", period: "2030", section: "Ferry use in England: 2030"},
	{name: "two regions of one sentence each take their own code", text: regionsText,
		stated: "22 per 1,000 people", entities: "E12000007", measure: "level", status: "fact", period: "2030", section: "Ferry use in England: 2030"},
	{name: "a region before a bracketed figure of a list is that figure's alone", text: regionsText,
		stated: "0.5%", entities: "E12000001", measure: "change", status: "fact", period: "2030", section: "Ferry use in England: 2030"},
	{name: "a compass region of another country is no English region", text: "Tea Output in India: 2030\n\nThe North East produced 600 million kg of tea in 2030.\n",
		stated: "600 million kg", entities: "IN", measure: "flow", status: "fact", period: "2030", section: "Tea Output in India: 2030"},
	// measure27: things done over a period are a flow, whatever names
	// the doing — a participle after the number or amount of what the
	// figure counts, before it ("the number of seedlings planted in",
	// "the amount advanced to").
	{name: "measure27: the number of things done over a year is a flow", text: "Tree nursery report 2031\n\n" +
		"The total number of seedlings planted in 2031 was 48,210.\n",
		stated: "48,210", measure: "flow", status: "fact", period: "2031", section: "Tree nursery report 2031"},
	{name: "measure27: an amount advanced over a financial year is a flow", text: "Crofting grants 2030-31\n\n" +
		"The amount advanced to new crofters rose by 3.1% to reach 12,400 acres in financial year 2030-31.\n",
		stated: "12,400 acres", measure: "flow", status: "fact", period: "2030/31", section: "Crofting grants 2030-31"},
	// frame28: a release says once, in its title block, what period it
	// reports (an edition's year, "Annual 2030-2031", a census named
	// with its year), and every figure that names no time of its own is
	// of it, before any time borrowed from a sibling bullet; "YYYY to
	// YYYY+1" is one year across two; what a change is set against ("on
	// performance in 2029/30", "since Census 2026", "the preceding
	// year") is its base or an earlier reading, never the frame.
	{name: "frame28: an edition's year in the title is the bullets' year", text: frameEditionText,
		stated: "around 3,100 passengers", measure: "flow", status: "fact", period: "2031", entities: "", section: "Ferry Passenger Statistics, annual summary 2031 / Key results"},
	{name: "frame28: the preceding year's reading in brackets is the year before the frame", text: frameEditionText,
		stated: "3,990", measure: "flow", status: "fact", period: "2030", entities: "", section: "Ferry Passenger Statistics, annual summary 2031 / Key results"},
	{name: "frame28: two years in a row joined by \"to\" are one year across two", text: frameToText,
		stated: "2.1 pounds", measure: "level", status: "fact", period: "2025/26", entities: "", section: "Bus fares, 2030 to 2031"},
	{name: "frame28: a collection titled with two years in a row reports one year across two", text: frameAnnualText,
		stated: "912 vessels", measure: "flow", status: "fact", period: "2030/31", entities: "", section: "Harbour and Port Statistics Annual 2030-2031"}, // measure38: vessels an authority handled over its year are a flow, the object of a verb of doing
	{name: "frame28: \"on performance in\" a year is a change's base", text: frameAnnualText,
		stated: "4 percentage points", measure: "change", status: "fact", period: "2030/31", base: "2029/30", entities: "", section: "Harbour and Port Statistics Annual 2030-2031"},
	{name: "frame28: \"since Census\" a year is the base, the frame the period", text: frameCensusText,
		stated: "40,000", measure: "change", status: "fact", period: "2031", base: "2026", entities: "GB-WLS", section: "Census of Population 2031 Profile 3 - Languages"},
	{name: "frame28: a year after an age band closes the figure's phrase", text: frameCensusText,
		stated: "Some 31%", measure: "share", status: "fact", period: "2021", entities: "GB-WLS", section: "Census of Population 2031 Profile 3 - Languages"},
	{name: "frame28: the opening's \"statistics for\" a year frames bullets with no year", text: frameStatementText,
		stated: "12,400 trips", measure: "flow", status: "fact", period: "2030/31", entities: "", section: "Key points"},
	// who28: a release that names no place is its publisher's
	// jurisdiction (publicBodies); the nationality, citizenship or
	// birthplace of the people counted is what they are, not the
	// figure's place (peopleOrigin).
	{name: "who28: a national statistics office's release is its country's", text: "Housing Profile 2031\n\n" +
		"The Central Statistics Office (CSO) has today (4 May 2032) published the housing profile of the census of 2031.\n\n" +
		"  • There were 2.1 million occupied dwellings in April 2031.\n",
		stated: "2.1 million occupied dwellings", entities: "IE", measure: "stock", status: "fact", period: "2031-04", section: "Housing Profile 2031"},
	{name: "who28: a devolved department's release is its nation's", text: "Road Safety Statistics 2030/31\n\n" +
		"The publication is produced by the Analysis Branch of the Department for Infrastructure and covers the work of the Driver and Vehicle Agency (DVA).\n\n" +
		"Key Points\n\n  • The DVA carried out 410,000 driving tests in 2030/31.\n",
		stated: "410,000 driving tests", entities: "GB-NIR", measure: "flow", status: "fact", period: "2030/31", section: "Key Points"},
	{name: "who28: the nationality a breakdown names is no place of the figure", text: nationalityText,
		stated: "5,700", entities: "GB", measure: "count", status: "fact", period: "2031", section: "Key results"},
	{name: "who28: a share in brackets after a nationality is the release's", text: nationalityText,
		stated: "18%", entities: "GB", measure: "share", status: "fact", period: "2031", section: "Key results"},
	{name: "who28: people born in a country are counted in the release's", text: nationalityText,
		stated: "3,200 people", entities: "GB", measure: "flow", status: "fact", period: "2031", section: "Key results"},
	{name: "who28: a devolved publisher's nation goes before the UK its pounds name", text: "Bus Concessions 2030/31\n\n" +
		"This publication is produced by the Department for Communities.\n\nKey Points\n\n  • Spending on concessionary fares was £41 million in 2030/31.\n",
		stated: "£41 million", entities: "GB-NIR", measure: "flow", status: "fact", period: "2030/31", section: "Key Points"},
	{name: "who28: a publisher's acronym counts where the text spells it out", text: "Licensing Bulletin 2031\n\nKey Points\n\n" +
		"  • The DVA issued 41,000 licences in 2031.\n\nAbout this bulletin\n\nFigures are compiled for the Driver and Vehicle Agency (DVA) by its analysts.\n",
		stated: "41,000 licences", entities: "GB-NIR", measure: "flow", status: "fact", period: "2031", section: "Key Points"},
	{name: "who28: a county closing a later item of a list is that item's figure's", text: "Coastal works 2031\n\n" +
		"Schemes completed in 2031 included a £12m upgrade of the river barrage in the estuary and a £2.4m sea wall between two villages in Norfolk.\n",
		stated: "£12m", entities: "GB", measure: "flow", status: "fact", period: "2031", section: "Coastal works 2031"},
	// cue28: a word that calls figures estimates may stand above them —
	// in a line the sentence goes on from across a blank line (a lead-in,
	// no heading), in a heading, in a bullet list's lead-in, in a note on
	// all the release's figures — or in a bracket of the figure's own
	// item; a modal of reported or denied past ability, or of groups
	// compared, foresees nothing, while a modal before the figure still
	// does.
	{name: "cue28: a lead-in line cut by a blank line makes its figure an estimate", text: "Eel stocks: 2031\n\nThe spawning eel stock is estimated to be\n\n41,000 tonnes in 2031.\n",
		stated: "41,000 tonnes", status: "estimate", period: "2031", section: "Eel stocks: 2031"},
	{name: "cue28: a heading that names estimates covers the figures under it", text: "Ferry use 2031\n\nHeadline passenger estimates\n\nFerries carried 3.2 million passengers in 2031.\n",
		stated: "3.2 million passengers", status: "estimate", period: "2031", section: "Headline passenger estimates"},
	{name: "cue28: a note on all the figures makes each an estimate", text: "Honey output 2031\n\nBeekeepers produced 4,100 tonnes of honey in 2031.\n\nThese figures are our best estimates at the time of publication.\n",
		stated: "4,100 tonnes", status: "estimate", period: "2031", section: "Honey output 2031"},
	{name: "cue28: experimental statistics in the item's own bracket", text: "Bike thefts 2031\n\nKey points\n\n  • 2,300 bicycles were reported stolen in 2031 (counted for the first time this year and as such designated as experimental statistics)\n",
		stated: "2,300 bicycles", status: "estimate", period: "2031", section: "Key points"},
	{name: "cue28: people who stated they could do something are counted, not foreseen", text: "Welsh speakers 2031\n\n  • 610,000 people stated they could speak Welsh, an increase of 24,000 people since 2021.\n",
		stated: "24,000 people", status: "fact", period: "2031", base: "2021", section: "Welsh speakers 2031"},
	{name: "cue28: a modal of the clause a contrast sets against the figure's does not govern it", text: "Welsh speakers 2031\n\nOne in ten speakers could speak it fluently in 2031 while a further 40% spoke it well.\n",
		stated: "40%", status: "fact", period: "2031", section: "Welsh speakers 2031"},
	{name: "cue28: a past ability denied is no forecast", text: "Welsh speakers 2031\n\nIn 2031, 9% of speakers could not read it well.\n",
		stated: "9%", status: "fact", period: "2031", section: "Welsh speakers 2031"},
	{name: "cue28: the group most likely to hold a degree is compared, not foreseen", text: "Degrees 2031\n\nIn 2031, graduates in Cork were the most likely to hold a second degree (58%).\n",
		stated: "58%", status: "fact", period: "2031", section: "Degrees 2031"},
	{name: "cue28: a modal before its figure still foresees it", text: "Eel stocks: 2031\n\nAnalysts said the stock could reach 45,000 tonnes by 2035.\n",
		stated: "45,000 tonnes", status: "projection", period: "2035", section: "Eel stocks: 2031"},
	{name: "cue28: a figure well in excess of its target is measured against it, no target", text: "Ferry punctuality 2031\n\nThe punctuality target was 90%. During 2031, 97% of sailings left on time, well in excess of target levels and a 4 percentage point improvement.\n",
		stated: "4 percentage point", status: "fact", period: "2031", section: "Ferry punctuality 2031"},
	{name: "cue28: things a relative clause says were done over a year are a flow", text: "Licences 2031\n\nIn the year ending 31 March 2031, there were:\n\n  • 420 licences that were revoked, a 5% increase compared with the previous year\n",
		stated: "420 licences", measure: "flow", status: "fact", period: "2030-04/2031-03", section: "Licences 2031"},
	// found28: a change in brackets after a figure is a claim of its
	// own, the change of that figure in its unit; the counted noun of a
	// number is the head of its noun phrase, a plural modifier passed
	// over, a bracket that restates the number too.
	{name: "found28: a signed count in brackets is the change of the count before it", text: foundText,
		stated: "212", measure: "change", direction: "up", unit: "licence", base: "2030", status: "fact", period: "2031", section: "Inland fisheries statistics 2031"},
	{name: "found28: a signed percentage in brackets is a change", text: foundText,
		stated: "9%", measure: "change", direction: "up", base: "2030", status: "fact", period: "2031", section: "Inland fisheries statistics 2031"},
	{name: "found28: a minus in brackets is a fall of the count before it", text: foundText,
		stated: "-40", measure: "change", unit: "boat", status: "fact", period: "2031", section: "Inland fisheries statistics 2031"},
	{name: "found28: a plural noun before the head is its modifier", text: foundText,
		stated: "1,310 angling licences", period: "2031", section: "Inland fisheries statistics 2031"},
	{name: "found28: the counted noun after a bracketed change", text: foundText,
		stated: "over 2,100", measure: "change", direction: "up", unit: "person", status: "fact", period: "2031", section: "Inland fisheries statistics 2031"},
	{name: "found28: a count after a share in one bracket counts what verify reads", text: foundText,
		stated: "2,410", unit: "permit", status: "fact", period: "2031", section: "Inland fisheries statistics 2031"},
	{name: "found28: a headline's fraction near a percentage of another subject is a claim", text: "Fishing survey 2031\n\n" +
		"Over three in ten anglers fished at night in 2031\n\nIn 2031, 29% of boats were registered in the north.\n",
		stated: "Over three in ten", measure: "share", status: "estimate", period: "2031", section: "Fishing survey 2031"},
	// title28: both ends of "X <changed> from A to B" are levels of X,
	// whatever verb of change (here "shrank", after a verb that takes
	// "to"), and the time after A ("in spring 2011") leaves B
	// a point of the same series; a list of names with its acronym is one
	// subject.
	{name: "title28: the first end of a from-to series is a level of the subject", text: "Ferry crossings 2031\n\n" +
		"The share of crossings cancelled for weather continued to shrink from 9.5% in spring 2011 to 4.1% in spring 2031.\n",
		stated: "9.5%", title: "Share of crossings cancelled for weather", period: "2011", section: "Ferry crossings 2031"},
	{name: "title28: the second end of a from-to series is a level of the subject", text: "Ferry crossings 2031\n\n" +
		"The share of crossings cancelled for weather continued to shrink from 9.5% in spring 2011 to 4.1% in spring 2031.\n",
		stated: "4.1%", title: "Share of crossings cancelled for weather", period: "2031", section: "Ferry crossings 2031"},
	// who35: a place governs its own clause and item, and a parenthesis
	// the clause it stands in; it never passes to the next item or to an
	// earlier figure; "respectively" pairs a clause's places with its run
	// in order. "Will be" with a figure of the release's own period states
	// a level set, decided by the scope above it; an appositive to an
	// estimate is one too.
	{name: "who35: the region of one list item stays in its item", text: feesText,
		stated: "£35", entities: "GB-ENG", status: "fact", period: "2031/32", section: "Library fees set by councils: England 2031-32"},
	{name: "who35: a change in brackets is of the region its item names", text: feesText,
		stated: "£3", entities: "E12000007", period: "2031/32", section: "Library fees set by councils: England 2031-32"},
	{name: "who35: \"will be\" and a figure of the release's year is a level set", text: feesText,
		stated: "£41", entities: "E12000007", status: "fact", period: "2031/32", section: "Library fees set by councils: England 2031-32"},
	{name: "who35: the nations of a later item are not an earlier figure's", text: staffDaysText,
		stated: "5.1 days", entities: "E12000007", period: "2031", section: "Staff absence, UK 2031"},
	{name: "who35: respectively gives each figure its place, first", text: staffDaysText,
		stated: "8.2", entities: "GB-WLS", period: "2031", section: "Staff absence, UK 2031"},
	{name: "who35: respectively gives each figure its place, second", text: staffDaysText,
		stated: "7.9 days", entities: "GB-SCT", period: "2031", section: "Staff absence, UK 2031"},
	{name: "who35: a figure in brackets is of the clause they stand in", text: "Boosters, UK 2031\n\nAround a third (31%) of eligible adults in Wales received 3 or more doses in 2031.\n",
		stated: "31%", entities: "GB-WLS", period: "2031", section: "Boosters, UK 2031"},
	{name: "who35: \"will be\" for a year beyond the release's is foreseen", text: "Population projections, 2031\n\nThe population will be 70 million in 2045.\n",
		stated: "70 million", status: "projection", period: "2045", section: "Population projections, 2031"},
	{name: "who35: an appositive to an estimate is an estimate", text: "Woodland, England 2031\n\nThe area of woodland was estimated at 1.3 million hectares, around 10% of the land area.\n",
		stated: "around 10%", status: "estimate", period: "2031", section: "Woodland, England 2031"},
	// found35: a count in brackets after its category is the category's
	// figure, and a change noun before it is no thing counted; "N fewer
	// X" is a change of X, however many words stand between; the parts
	// a whole lists count what the whole counts; a modifier that changes
	// what is counted stays in the unit.
	{name: "found35: a count in brackets after its category counts the category", text: "Harbour incidents 2031\n\n" +
		"In 2031, falls were seen in groundings (7) and in collisions (4).\n",
		stated: "7", unit: "grounding", period: "2031", section: "Harbour incidents 2031"},
	{name: "found35: N fewer X, an adjective between, is a fall in X", text: "Harbour incidents 2031\n\n" +
		"In 2031 there were 38 fewer reported groundings than in 2030.\n",
		stated: "38", measure: "change", direction: "down", unit: "grounding", status: "fact", period: "2031", base: "2030", section: "Harbour incidents 2031"},
	{name: "found35: a part a whole lists counts what the whole counts", text: "Ferry passengers 2031\n\n" +
		"In 2031, about 41,000 passengers (12%) travelled at night, including 6,300 (2%) on the island routes and 9,100 (3%) on coastal routes.\n",
		stated: "9,100", unit: "passenger", period: "2031", section: "Ferry passengers 2031"},
	{name: "found35: a potential victim is no victim", text: "Referrals 2031\n\n" +
		"In 2031, 2,150 potential victims were referred to the harbour authority.\n",
		stated: "2,150 potential victims", unit: "potential victim", period: "2031", section: "Referrals 2031"},
	// title35: a measure from the figure's role — a span of time is a
	// level; "N fewer X" after a bare number, and a clause whose verb of
	// change is gapped ("and Y by N"), are changes; a gap "higher than a
	// decade earlier" is against an earlier time, no spread to a price.
	{name: "title35: days a person loses are a duration, a level", text: "Ferry staff sickness 2031\n\n" +
		"Deckhands lost 6.4 days on average to sickness in 2031.\n", stated: "6.4 days", measure: "level", period: "2031", section: "Ferry staff sickness 2031", status: "fact"},
	{name: "title35: a bare number before fewer and its noun is a change", text: "Ferry incidents 2031\n\n" +
		"There were 42 fewer reckless berthing collisions recorded when compared with 2030.\n", stated: "42", measure: "change", direction: "down", base: "2030", period: "2031", section: "Ferry incidents 2031", status: "fact"},
	{name: "title35: a clause with its verb of change gapped is a change", text: "Ferry incidents 2031\n\n" +
		"Collisions fell by 12 in 2031 and groundings by 5.\n", stated: "5", measure: "change", direction: "down", period: "2031", section: "Ferry incidents 2031", status: "fact"},
	{name: "title35: points higher than a decade earlier are a change", text: "Ferry punctuality 2031\n\n" +
		"Some 81% of sailings left on time in 2031, 6 percentage points higher than a decade earlier.\n", stated: "6 percentage points", measure: "change", period: "2031", section: "Ferry punctuality 2031", status: "fact"},
	// title35: a figure belongs to its own noun phrase — a bare number's
	// complement after its bracket, with what the sentence's first figure
	// counts; each bracket of a ranked list of parts, its own item.
	{name: "title35: a bare number is titled by its complement", text: "Ferry fleet 2031\n\n" +
		"Around 5,000 ferries (20%) were in service in 2031, including 1,200 (5%) on night routes and 800 (3%) in dry dock.\n",
		stated: "800", title: "Ferries in dry dock", period: "2031", section: "Ferry fleet 2031"},
	{name: "title35: the second item of a ranked list is its own", text: "Ferry delays 2031\n\n" +
		"Engine faults were the largest cause of ferry delays (40%), followed by bad weather (25%).\n",
		stated: "25%", title: "Bad weather, share of ferry delays", period: "2031", section: "Ferry delays 2031"},
	{name: "title35: a gerund's object is titled by its participle and its agent", text: "Ferry refits 2031\n\n" +
		"Refits lengthen with age, with older ferries taking 12.5 days in 2031.\n",
		stated: "12.5 days", title: "Days taken by older ferries", period: "2031", section: "Ferry refits 2031"},
	{name: "title35: a later item of a list is its subject for its own group", text: "Ferry fares 2031\n\n" +
		"The average return fare will be £41 in 2031 on island routes, £36 on river routes (+£2) and £29 (+£1) on harbour routes.\n",
		stated: "£29", title: "Average return fare, harbour routes", period: "2031", section: "Ferry fares 2031"},
	// period35: a period phrase has one reading wherever it stands ("1
	// st July" as a PDF flattens a superscript; twelve whole months from
	// a first day to a last day are the year ending, written as the
	// document writes its years); a lead-in closed by a colon dates what
	// follows it, even set in one line of prose; a year closed on a day
	// is an accounting year, never its month; a figure's own phrase wins
	// over its sentence's first time, a bracket restating it aside; the
	// figures a change is from are at the step back its sentence names.
	{name: "period35: a lead-in set in a one-line cover dates the sentences after it", text: periodOneLineText,
		stated: "7", period: "2030/31", section: ""},
	{name: "period35: a lead-in set in a one-line cover dates its own sentence's figure", text: periodOneLineText,
		stated: "42 fewer groundings", period: "2030/31", section: ""},
	{name: "period35: a year closed on a day is twelve months, not the month", text: periodDayEndText,
		stated: "6.4 days", period: "2030-04/2031-03", section: periodDaySection},
	{name: "period35: the compared figure's own phrase dates it", text: periodDayEndText,
		stated: "5.9 days", period: "2029-04/2030-03", section: periodDaySection},
	{name: "period35: the figures a change is from are a step back", text: periodDayEndText,
		stated: "3.1", period: "2029-04/2030-03", section: periodDaySection + " / Of these days lost:"},
	{name: "period35: a bracket restating a figure leaves its time to it", text: "Canal boat licences 2031\n\n" +
		"The share of boats licensed for residence was 11.9% (3,950 boats) in the second quarter of 2031.\n",
		stated: "11.9%", period: "2031-Q2", section: "Canal boat licences 2031"},
	// who36: a place named with a release's figures governs the figures
	// that name none before the country of its only currency; a place
	// named only where no figure is (an aim, "across the UK") does not; a
	// text that names no place asks for one rather than guess; an
	// "estimated" of a figure's own is its own, and an appositive change
	// of an estimate ("…, a decrease of 4.2%") is one too.
	{name: "who36: a place named with one figure is not the release's: the currency's country", text: who36FinesText,
		stated: "£45,000", measure: "flow", status: "fact", entities: "GB", period: "not stated", section: "Fishing fines rose last year"},
	{name: "who36: two places named alike with the figures leave the currency's country", text: who36FinesTwoText,
		stated: "£45,000", measure: "flow", status: "fact", entities: "GB", period: "not stated", section: "Fishing fines rose last year"},
	{name: "who36: a text that names no place asks for the publisher's", text: "Clinic visits: April to June 2031\n\nThere were 41,000 clinic visits, up 3% on the same quarter a year earlier.\n",
		stated: "41,000 clinic visits", measure: "flow", status: "fact", entities: "", period: "2031-Q2", section: "Clinic visits: April to June 2031", note: "names no place at all"},
	{name: "who36: an estimated of a figure's own, after another's", text: who36VisitsText,
		stated: "an estimated 410,000 e-books", status: "estimate", period: "2031", section: "Library use 2031"},
	{name: "who36: an appositive change of an estimate is one", text: who36VisitsText,
		stated: "4.2%", status: "estimate", period: "2031", base: "2030", section: "Library use 2031"},
	{name: "who36: a street value is a valuation, an estimate", text: "Tobacco seizures 2031\n\nOfficers seized 3.2 tonnes of tobacco in 2031 with a street value of about £1.8 million.\n",
		stated: "about £1.8 million", status: "estimate", period: "2031", section: "Tobacco seizures 2031"},
	{name: "who36: a release that calls its figures estimates once makes them all estimates", text: "Ferry passenger satisfaction, 2031\n\n" +
		"Average satisfaction with ferry crossings fell by 2.4% in 2031.\n\nEstimates are intended for operators to compare over time.\n",
		stated: "2.4%", status: "estimate", period: "2031", section: "Ferry passenger satisfaction, 2031"},
	// period36: one reader of a release's time, with its precedence — the
	// figure's own phrase, then the line leading in its list (a time
	// phrase alone leads in as a colon's line does), then the clause
	// opening the release's lead, then the title line's period (a span
	// of months it closes on; a year after the place a title block
	// names); the comparand's time ("from £X in T0") is the base, never
	// the figure's; a figure whose own words point back ("over the same
	// 12-month period") keeps the time they point to.
	{name: "period36: a title closing on a span of months dates its figures", text: period36QuarterText,
		stated: "1.2 million crossings", period: "2031-Q2", section: ""},
	{name: "period36: the same period in the previous year is the base", text: period36QuarterText,
		stated: "3.4%", period: "2031-Q2", base: "2030-Q2", section: ""},
	{name: "period36: a title block's place and year across two", text: period36PlaceText,
		stated: "£212 million", period: "2030/31", section: "Key points"},
	{name: "period36: a closing time after from a figure is the comparand's", text: period36PlaceText,
		stated: "2.4%", period: "2030/31", section: "Key points"},
	{name: "period36: a standfirst takes the period the lead's opening clause names", text: period36StandfirstText,
		stated: "410 fires", period: "2030-07/2031-06", section: "Record year for fire crews"},
	{name: "period36: a time phrase alone leads in its list", text: "Library loans across the province\n" +
		"Figures for public libraries.\n" +
		"Between October and December 2030\n" +
		"- Libraries lent 2.1 million books, an increase of 4% from the same period in the previous year.\n",
		stated: "2.1 million books", period: "2030-Q4", section: ""},
	// found36: what a mention is before how it is spelled — a change's
	// "from X to Y" set off after its clause is its two ends however
	// long the clause; a superlative is a first place when a record's
	// reach follows it, a verb of having or seeing gives it, or a noun
	// "with the" it after a verb; a rate's base reads past a footnote's
	// marker, in two words, and after the count's participle or passive
	// verb; "an estimated" before a figure of its own is that figure's.
	{name: "found36: a change's from-to after a long clause with a currency is its two ends", text: found36Text,
		stated: "£4.1 million", measure: "flow", status: "fact", entities: "GB", period: "2029/30", section: "Harbour ferries 2031"},
	{name: "found36: a superlative with a record's reach after a comma is a first place", text: found36Text,
		stated: "highest", measure: "rank", status: "fact", entities: "GB", period: "2031", section: "Harbour ferries 2031"},
	{name: "found36: their lowest on record is a first place", text: found36Text,
		stated: "lowest", measure: "rank", status: "fact", entities: "GB", period: "2031", section: "Harbour ferries 2031"},
	{name: "found36: the noun with the largest change after a verb is a first place, not a change", text: found36Text,
		stated: "largest", measure: "rank", status: "fact", entities: "GB", period: "2031", section: "Harbour ferries 2031"},
	{name: "found36: a count's rate after its participle, in two words", text: found36Text,
		stated: "an estimated 9,000 crossings", unit: "crossing per working day", period: "2031", section: "Harbour ferries 2031"},
	{name: "found36: an estimated before a figure of its own is its status", text: found36Text,
		stated: "an estimated 8,000 crossings", measure: "level", status: "estimate", entities: "GB", unit: "crossing per working day", period: "2031", section: "Harbour ferries 2031"},
	{name: "found36: a rate's base reads past a footnote's marker", text: found36Text,
		stated: "310 new berth requests per day", measure: "level", entities: "GB", status: "fact", period: "2031", section: "Harbour ferries 2031"},
	// title36: a figure a doer's verb acts on is titled by the thing done,
	// its participle and its doer, never the doer alone; a change set
	// beside a level (", a 9% increase") is the change in that level, a
	// share's relative clause no verb of its title; a time after a place
	// is the period's.
	{name: "title36: the object of a verb of doing names the figure, with its doer", text: "Harbour waste 2031\n\n" +
		"The coastguard recovered 42 tonnes of plastic waste in 2031.\n", stated: "42 tonnes", title: "Plastic waste recovered by the coastguard", period: "2031", section: "Harbour waste 2031"},
	{name: "title36: a count a verb of doing acts on is titled by what is done", text: "Berthing requests 2031\n\n" +
		"In 2031, ports received 1,200 new requests for berths.\n", stated: "1,200 new requests", title: "New requests for berths received by ports", period: "2031", section: "Berthing requests 2031"},
	{name: "title36: a change beside a share is the change in the share", text: "Ferry sailings 2031\n\n" +
		"In 2031, 88.5% of sailings were late, a decrease of 1.2 percentage points from the previous year.\n",
		stated: "1.2 percentage points", title: "Change in share of sailings that were late", period: "2031", base: "2030", section: "Ferry sailings 2031"},
	{name: "title36: a change beside a count is the change in the count, not the sentence's subject", text: "Vessel inspections 2031\n\n" +
		"Joint work by ports and councils led to 5,120 vessel inspections in 2031, a 9% increase on 2030.\n",
		stated: "9%", title: "Change in vessel inspections", period: "2031", base: "2030", section: "Vessel inspections 2031"},
	// The lead (review29b): a sentence about the release's estimates that
	// denies them says nothing of how its figures were made.
	{name: "lead: estimates that are not available make no figure an estimate", text: "Harbour groundings 2031\n\n" +
		"Harbour masters recorded 2,900 groundings in 2031.\n\nEstimates are not available for the island ports.\n",
		stated: "2,900 groundings", status: "fact", period: "2031", section: "Harbour groundings 2031"},
	// where37: a release's address places the figures its text places
	// nowhere else, after the text's own places; a place that enters only
	// as a flow's other side is no place of the release; a figure that
	// points back is of the place of what it points back to, which never
	// becomes the release's.
	{name: "where37: the address places a text that names no place", text: where37InspectText, url: "https://www.harbours.gov.wales/news/2031/10/02/inspections",
		stated: "1,240 vessel inspections", measure: "flow", entities: "GB-WLS", status: "fact", period: "2031-Q3", section: "Harbour inspections: July to September 2031"},
	{name: "where37: an address of no country places nothing", text: where37InspectText, url: "https://www.example.com/news/inspections",
		stated: "1,240 vessel inspections", measure: "flow", entities: "", status: "fact", period: "2031-Q3", section: "Harbour inspections: July to September 2031", note: "names no place at all"},
	{name: "where37: the text's own place comes before its address's", text: "Ferry fares in Scotland, 2031\n\nFerry operators took £52 million in fares in 2031.\n",
		url: "https://www.gov.uk/government/statistics/ferries", stated: "£52 million", measure: "flow", entities: "GB-SCT", status: "fact", period: "2031", section: "Ferry fares in Scotland, 2031"},
	{name: "where37: an origin is not the release's place", text: where37TimberText, url: "https://www.forestry.gov.ie/press/timber",
		stated: "€8.4 million", measure: "flow", entities: "IE", status: "fact", period: "2031", section: "Timber levies: 2031"},
	{name: "where37: the figure of the origin has it as its other side", text: where37TimberText, url: "https://www.forestry.gov.ie/press/timber",
		stated: "€2.1 million", measure: "flow", entities: "IE", counterpart: "NO", status: "fact", period: "2031", section: "Timber levies: 2031"},
	{name: "where37: the exporter's place stays the figure's", text: "Whisky trade 2031\n\nWhisky exports from Scotland reached £5.1 billion in 2031.\n",
		stated: "£5.1 billion", measure: "flow", entities: "GB-SCT", counterpart: "WLD", status: "fact", period: "2031", section: "Whisky trade 2031"},
	{name: "where37: a sentence that points back keeps the place it points to", text: where37PlansText,
		stated: "8%", measure: "change", base: "2030", entities: "E12000002", status: "fact", period: "2031", section: "Planning decisions in England: 2031"},
	{name: "where37: a clause set against a figure keeps that figure's place", text: where37PlansText,
		stated: "26%", measure: "share", entities: "E12000002", status: "fact", period: "2030", section: "Planning decisions in England: 2031"},
	{name: "where37: a sentence that opens anew does not point back", text: where37PlansText,
		stated: "£4.2 million", measure: "flow", entities: "GB-ENG", status: "fact", period: "2031", section: "Planning decisions in England: 2031"},
	{name: "where37: one bullet's place is never the release's", text: "Planning appeals in England: 2031\n\nAppeals allowed rose in 2031 in:\n- the North West, by 3.1%\n- London, by 2.4%\n\n" +
		"Appeal fees raised £3.0 million in 2031, 5% more than the £2.9 million in 2030.\n",
		stated: "£2.9 million", measure: "flow", entities: "GB-ENG", status: "fact", period: "2030", section: "Planning appeals in England: 2031"},
	// when37: a quarter of a financial year is its three months, counted
	// from April where the text names no country whose year starts
	// otherwise; "the same quarter of" a year names the months of the time
	// spoken of before, in that year; a calendar quarter and a bare year
	// across two stay what they were.
	{name: "when37: a financial year's quarter after the year", text: "Allotment lettings 2031-32\n\n" +
		"In 2031-32 Q3, councils let 4,200 allotments. This is an increase of 5% from the 4,000 let in the same quarter of 2030-31.\n",
		stated: "4,200 allotments", period: "2031-Q4", section: "Allotment lettings 2031-32"},
	{name: "when37: the same quarter of an earlier financial year is the change's base", text: "Allotment lettings 2031-32\n\n" +
		"In 2031-32 Q3, councils let 4,200 allotments. This is an increase of 5% from the 4,000 let in the same quarter of 2030-31.\n",
		stated: "5%", period: "2031-Q4", base: "2030-Q4", section: "Allotment lettings 2031-32"},
	{name: "when37: the comparand in the same quarter of an earlier financial year", text: "Allotment lettings 2031-32\n\n" +
		"In 2031-32 Q3, councils let 4,200 allotments. This is an increase of 5% from the 4,000 let in the same quarter of 2030-31.\n",
		stated: "4,000", period: "2030-Q4", section: "Allotment lettings 2031-32"},
	{name: "when37: a financial year's quarter before the year, its January to March in the later year", text: "Tenancy deposits\n\n" +
		"Landlords lodged 31,500 deposits in Q4 2031/32, and 29,800 in the fourth quarter of 2030/31.\n",
		stated: "31,500 deposits", period: "2032-Q1", section: "Tenancy deposits"},
	{name: "when37: the fourth quarter of a financial year in words", text: "Tenancy deposits\n\n" +
		"Landlords lodged 31,500 deposits in Q4 2031/32, and 29,800 in the fourth quarter of 2030/31.\n",
		stated: "29,800", period: "2031-Q1", section: "Tenancy deposits"},
	{name: "when37: a calendar quarter stays a calendar quarter", text: "Tenancy deposits\n\n" +
		"Landlords lodged 31,500 deposits in Q4 2031, up from 29,800 in Q4 2030.\n",
		stated: "31,500 deposits", period: "2031-Q4", section: "Tenancy deposits"},
	{name: "when37: a year across two with no quarter stays the year", text: "Tenancy deposits\n\n" +
		"Landlords lodged 121,500 deposits in 2031-32.\n",
		stated: "121,500 deposits", period: "2031/32", section: "Tenancy deposits"},
	// when37: "in T0" after "from <level>" dates the level, the comparand,
	// even with the change's restatement in brackets between: the change
	// is of its own time, measured from T0.
	{name: "when37: a change with its share in brackets is measured from the year of the level it is from", text: "Median rent 2031\n\n" +
		"The median weekly rent was £212 in 2031, up £9 (4.4%) from £203 in 2030.\n",
		stated: "£9", period: "2031", base: "2030", section: "Median rent 2031"},
	{name: "when37: the change's share in brackets has the same base", text: "Median rent 2031\n\n" +
		"The median weekly rent was £212 in 2031, up £9 (4.4%) from £203 in 2030.\n",
		stated: "4.4%", period: "2031", base: "2030", section: "Median rent 2031"},
	{name: "when37: the year after a change with no level between is the change's own", text: "Median rent\n\n" +
		"The median weekly rent rose by £9 (4.4%) in 2031.\n",
		stated: "£9", period: "2031", section: "Median rent"},
	// when37: a report named for a month with no year takes its year from
	// the release's date (the month before it); a report's month with a
	// year, or a title's month of no report, is not read so.
	{name: "when37: a report for a month takes the year of the month before its release", text: "Water board publishes quality report for June\n\n2 July 2031\n\n" +
		"The board today released its quality report for last month. About 4,100 tap samples met the standard.\n",
		stated: "About 4,100 tap samples", period: "2031-06", section: "Water board publishes quality report for June"},
	{name: "when37: a report for December released in January is of the year before", text: "Water board publishes quality report for December\n\n3 January 2032\n\n" +
		"About 4,100 tap samples met the standard.\n",
		stated: "About 4,100 tap samples", period: "2031-12", section: "Water board publishes quality report for December"},
	// The lead: a dateline with no year ("today (July 2)") leaves the
	// release's date to its address (where37's addrDate).
	{name: "lead: a report for a month takes its year from the address where the dateline has none", text: "Water board publishes quality report for June\n\n" +
		"The board today (July 2) released its quality report for last month. About 4,100 tap samples met the standard.\n",
		url: "https://www.waterboard.gov.hk/en/press/203107/02/P2031070200123.htm", stated: "About 4,100 tap samples", period: "2031-06", section: "Water board publishes quality report for June"},
	{name: "when37: a title's month of no report dates nothing", text: "Water board sets out plans for June\n\n2 July 2031\n\n" +
		"About 4,100 tap samples met the standard.\n",
		stated: "About 4,100 tap samples", period: "not stated", section: "Water board sets out plans for June"},
	// flow37: what the sentence says happened to the counted things
	// decides their measure; a part counted out of a whole takes its noun.
	{name: "flow37: things a participle after their noun says were received are a flow", text: "Planning appeals 2031\n\n" +
		"In 2031 there were 4,310 planning appeals received by the inspectorate.\n",
		stated: "4,310 planning appeals", measure: "flow", status: "fact", period: "2031", section: "Planning appeals 2031"},
	{name: "flow37: things taken with no year in the sentence are a flow", text: "Water quality report\n\n" +
		"Inspectors said about 2,400 water samples were taken from rivers last month.\n",
		stated: "about 2,400 water samples", measure: "flow", status: "fact", period: "not stated", section: "Water quality report"},
	{name: "flow37: land that is protected now is held, no doing", text: "Nature reserves 2031\n\n" +
		"Just over 8% of the region (52,000 hectares) is protected as nature reserve.\n",
		stated: "52,000 hectares", measure: "stock", status: "fact", period: "2031", section: "Nature reserves 2031"},
	{name: "flow37: a part counted out of a whole named after it counts the whole's noun", text: "Library visits 2031\n\n" +
		"Visits increased in 41 of the 120 Welsh public libraries in 2031.\n",
		stated: "41", unit: "library", period: "2031", section: "Library visits 2031"},
	// title37: a reporting frame ("X said (that)", "figures show that")
	// never names the figure; the reported clause does.
	{name: "title37: a frame of finding with that is no part of the title", text: "Ferry report 2031\n\n" +
		"Figures published today show that 8,400 ferry passengers were turned away in 2031.\n", stated: "8,400 ferry passengers", title: "Ferry passengers turned away", period: "2031", section: "Ferry report 2031"},
	{name: "title37: a frame of saying without that is no part of the title", text: "Marina report 2031\n\n" +
		"The harbour master said 2,100 boats were moored in the marina in 2031.\n", stated: "2,100 boats", title: "Boats moored in the marina", period: "2031", section: "Marina report 2031"},
	{name: "title37: a verb of finding that takes the figure as its object is no frame", text: "Flooding 2031\n\n" +
		"Schools reported 420 incidents of flooding in 2031.\n", stated: "420 incidents", title: "Flooding reported by schools", period: "2031", section: "Flooding 2031"},
	// when38: a date a release is to be published dates a report, never a
	// figure; financial years written with four digits are one year
	// across two; a release's sentence about itself names the span its
	// figures cover, finer than its title's year; "the previous year" at
	// a figure counts back from the period its context gives.
	{name: "when38: a report due to be published dates no figure", text: "Harbour inspections\n\n" +
		"The harbour authority has published summary figures for the financial years 2029-2030 and 2030-2031. A full report will be published by the end of June 2032.\n" +
		"Inspectors found 310 moorings with a defect.\n",
		stated: "310 moorings", period: "2030/31", section: "Harbour inspections"},
	{name: "when38: a figure's own deadline stays its period", text: "Harbour inspections\n\n" +
		"The authority expects to inspect 400 moorings by the end of June 2032.\n",
		stated: "400 moorings", period: "2032-06", section: "Harbour inspections"},
	{name: "when38: the next release's date dates no figure", text: "Library loans\n\n" +
		"Libraries lent 2.1 million books. The next release is due in March 2032.\n",
		stated: "2.1 million books", period: "not stated", section: "Library loans"},
	{name: "when38: a span the release says it covers beats its title's year", text: "Bottle deposit scheme: data for 2031 to 2032\n\n" +
		"Published 2 August 2032\n\n" +
		"This bulletin reports the returns made to the council for the first season, the half year from 3 November 2031 to 2 May 2032.\n\n" +
		"Over this period:\n\n- 42 million bottles were returned by shoppers\n",
		stated: "42 million bottles", period: "2031-11-03/2032-05-02", section: "Bottle deposit scheme: data for 2031 to 2032"},
	{name: "when38: a span another sentence names is that sentence's", text: "Bottle deposit scheme: data for 2031 to 2032\n\n" +
		"Published 2 August 2032\n\n" +
		"Between 3 November 2031 and 2 May 2032, the council ran a trial in two towns.\n\n" +
		"Key points:\n\n- 42 million bottles were returned by shoppers\n",
		stated: "42 million bottles", period: "2031/32", section: "Bottle deposit scheme: data for 2031 to 2032 / Key points:"},
	{name: "when38: the previous year after a participle counts back from the lead-in's year", text: "Tribunal statistics 2030-31\n\n" +
		"In 2030-31 we received:\n\n- 2,140 appeals - a 4% increase on the 2,058 lodged in the previous year.\n",
		stated: "2,058", period: "2029/30", section: "Tribunal statistics 2030-31"},
	{name: "when38: a sentence's only figure read the previous year counts back from its context", text: "Tribunal statistics 2030-31\n\n" +
		"In 2030-31 we decided:\n\n- 31% - the share of appeals allowed. Down from 35% the previous year.\n",
		stated: "35%", period: "2029/30", section: "Tribunal statistics 2030-31"},
	{name: "when38: a share in brackets of the total takes its sentence's figure's period", text: "Bottle deposit scheme: data for 2031 to 2032\n\n" +
		"Published 2 August 2032\n\nThe deposit is 10p a bottle.\n\n" +
		"This bulletin reports the returns for the half year from 3 November 2031 to 2 May 2032.\n\n" +
		"- about 30 million bottles (71 percent of the total) were returned to 5 main chains\n",
		stated: "71 percent", period: "2031-11-03/2032-05-02", section: "Bottle deposit scheme: data for 2031 to 2032"},
	// where38: a place inside a body's name is the body's, not the
	// figures' (a coverage the text states wins); a place's own
	// government, and a body the text is about ("statistics on the UK
	// Civil Service"), keep it; a place's adjective in a proper name
	// ("the European Economic Area") is no place and no counterpart; a
	// part the figure's own clause names is its place, not the whole's.
	{name: "where38: a body's place gives way to the coverage the text states", text: "Harbour safety 2031\n\n" +
		"The UK Coastal Rescue Bureau has published its yearly figures. Data has been obtained from 30 stations in England, Wales and Scotland.\n\n" +
		"In 2031 the stations answered 4,200 calls.\n", stated: "4,200 calls", entities: "GB-GBN", period: "2031", section: "Harbour safety 2031"},
	{name: "where38: a place's own government keeps its place", text: "Road spending 2031\n\nThe Welsh Government spent £2.1 billion on roads in 2031.\n",
		stated: "£2.1 billion", entities: "GB-WLS", period: "2031", section: "Road spending 2031"},
	{name: "where38: a body the text is about keeps its place", text: "Civil service pay 2031\n\n" +
		"This report gives statistics on the UK Civil Service workforce. Median pay was £31,000 in 2031.\n", stated: "£31,000", entities: "GB", period: "2031", section: "Civil service pay 2031"},
	{name: "where38: a place's adjective in a proper name is no counterpart", text: "Pharmacy register 2031\n\n" +
		"Our register grew in 2031. We added 5,200 pharmacists from outside the European Economic Area (EEA), and we now hold 61,000 records in the UK.\n",
		stated: "61,000 records", entities: "GB", counterpart: "", period: "2031", section: "Pharmacy register 2031"},
	{name: "where38: a part the clause names after its copula is the figure's place", text: "Forest estate 2031\n\n" +
		"Around 12% of the Scottish forest estate is within the Highland Council area and a further 9% is within the Fife Council area.\n",
		stated: "9%", entities: "GB-FIF", period: "2031", section: "Forest estate 2031"},
	// measure38: the doers of a deed with an object are counted, not a
	// flow, unless they are people it befalls or things moved in or out;
	// a list's items are the object of its lead-in's verb; a figure held
	// at a date is a stock.
	{name: "measure38: bodies that did a thing once are a count", text: "Harbour returns 2031\n\n" +
		"In 2031, 140 ferry operators registered and filed returns with the board.\n",
		stated: "140 ferry operators", measure: "count", status: "fact", period: "2031", section: "Harbour returns 2031"},
	{name: "measure38: things done with no object of their own stay a flow", text: "Estuary safety 2031\n\n" +
		"In 2031, 310 dinghies capsized in the estuary.\n",
		stated: "310 dinghies", measure: "flow", status: "fact", period: "2031", section: "Estuary safety 2031"},
	{name: "measure38: people a deed befalls are a flow", text: "Animal shelters 2031\n\n" +
		"In 2031, 2,300 households adopted a rescue dog.\n",
		stated: "2,300 households", measure: "flow", status: "fact", period: "2031", section: "Animal shelters 2031"},
	{name: "measure38: an item of a list is the object of its lead-in's verb", text: "Harbour board 2031\n\nIn 2031 the board approved:\n\n" +
		"  • 2,140 mooring permits\n  • 610 slipway licences\n",
		stated: "2,140 mooring permits", measure: "flow", status: "fact", period: "2031", section: "Harbour board 2031"},
	{name: "measure38: a lead-in with no verb of doing makes its items nothing", text: "Harbour board 2031\n\nKey figures for 2031:\n\n" +
		"  • 2,140 mooring permits\n  • 610 slipway licences\n",
		stated: "2,140 mooring permits", measure: "count", status: "fact", period: "2031", section: "Harbour board 2031 / Key figures for 2031:"},
	{name: "measure38: the number of people leaving a group is a flow", text: "Lifeboat crews 2031\n\n" +
		"The number of volunteers leaving the crews fell to 1,240 in 2031.\n",
		stated: "1,240", measure: "flow", status: "fact", period: "2031", section: "Lifeboat crews 2031"},
	{name: "measure38: the number of people working in a group is no flow", text: "Lifeboat crews 2031\n\n" +
		"The number of volunteers working on the crews fell to 12,400 in 2031.\n",
		stated: "12,400", measure: "count", status: "fact", period: "2031", section: "Lifeboat crews 2031"},
	{name: "measure38: a length held at a day is a stock", text: "Cycle paths 2031\n\n" +
		"There were 2,310 kilometres of cycle path in the county at 1 April 2031.\n",
		stated: "2,310 kilometres", measure: "stock", status: "fact", period: "2031-04-01", section: "Cycle paths 2031"},
	{name: "measure38: a length travelled over a year stays a flow", text: "Ferry services 2031\n\n" +
		"The ferries sailed 84,000 kilometres in 2031.\n",
		stated: "84,000 kilometres", measure: "flow", status: "fact", period: "2031", section: "Ferry services 2031"},
	{name: "measure38: a count a participle of change moves by is a change", text: "Moorings 2031\n\n" +
		"Demand for moorings grew again, rising by 1,210 in 2031.\n",
		stated: "1,210", measure: "change", status: "fact", period: "2031", section: "Moorings 2031"},
	// struct38: a release's structure says what a bare figure counts: a
	// sub-list's lead-in, a definition after a dash, a list of nouns.
	{name: "struct38: a sub-list item counts its lead-in's noun", text: "Library loans 2031\n\n" +
		"  • 900 requests made for:\n    • 410 for children's books\n    • 320 for audiobooks\n",
		stated: "410", unit: "request", period: "2031", section: "Library loans 2031"},
	{name: "struct38: nouns listed with commas and and are one unit", text: "Parks 2031\n\n" +
		"The council looked after 85 parks, gardens and playgrounds in 2031.\n",
		stated: "85 parks, gardens and playgrounds", unit: "park, garden and playground", period: "2031", section: "Parks 2031"},
	{name: "struct38: a figure and another figure joined by and keep their own nouns", text: "Parks 2031\n\n" +
		"The council looked after 85 parks and 40 gardens in 2031.\n",
		stated: "85 parks", unit: "park", period: "2031", section: "Parks 2031"},
	{name: "struct38: a year of account with a slash does not swallow the figure after it", text: "Ferries 2031\n\n" +
		"The number of ferry routes rose from 12 in 2029/30 to 18.\n",
		stated: "18", period: "2031", section: "Ferries 2031"},
	// title38: a clause's openers (a linking adverb, a frame a comma or a
	// year closes) and an adjective that weighs the figure name nothing;
	// "the number" alone is the number of what its sentence named before.
	{name: "title38: a linking adverb without its comma opens no title", text: title38LifeboatText, stated: "10", title: "Stations providing complete rescue data", period: "2031", section: "Lifeboat report 2031"},
	{name: "title38: an adjective a linking adverb also spells is kept before its noun", text: title38LifeboatText, stated: "81%", title: "Overall satisfaction with the service", period: "2031", section: "Lifeboat report 2031"},
	{name: "title38: a change titled from the line before takes its own quote's word", text: title38LifeboatText, stated: "12%", title: "Increase in lifeboat call-outs", period: "2031", section: "Lifeboat report 2031"},
	{name: "title38: a frame and a year before the subject are passed", text: "Ferry report 2031\n\n" +
		"Further to the opening of the new terminal in May 2030, for the year 2031 the number of ferry routes operating daily has doubled from 12 in 2030 to 24.\n",
		stated: "12", title: "Number of ferry routes operating daily", period: "2030", section: "Ferry report 2031"},
	{name: "title38: a frame whose time closes on its comma is passed", text: "Harbour berths 2031\n\n" +
		"At the end of June 2031, harbour authorities had 412 berths available for visiting yachts.\n",
		stated: "412 berths", title: "Harbour authorities", period: "2031-06-30", section: "Harbour berths 2031"},
	{name: "title38: a frame of a day and month is passed", text: "Ferry fleet 2031\n\n" +
		"At 31 March 2031, ferry operators had 58 vessels on inshore routes.\n",
		stated: "58 vessels", title: "Ferry operators", period: "2031-03-31", section: "Ferry fleet 2031"},
	{name: "title38: the number alone is the number the clause before named", text: "Marina report 2031\n\n" +
		"Meanwhile, the number of sailing boats from abroad continues to decline, with the number this year falling to 3,185, a 5 percent drop on the previous year.\n",
		stated: "3,185", title: "Sailing boats from abroad", period: "2031", section: "Marina report 2031"},
	{name: "title38: a size word that sorts things stays in the title", text: title38LifeboatText, stated: "640 groundings", title: "Groundings reported by small harbours", period: "2031", section: "Lifeboat report 2031"},
	// where39: a figure's own sub-national place — the subject its clause
	// names before it, never a place named as its comparison — and a
	// release's place where it names regions, counties or council areas
	// and no country; a place inside a body's name is none.
	{name: "where39: a council area opening its sentence is the subject's, the compared one the relative clause's", text: where39CouncilText, stated: "410 tonnes",
		entities: "GB-FIF", measure: "flow", status: "fact", period: "2023", section: "Household waste 2023"},
	{name: "where39: the place after a comparison is the figure of its own relative clause's", text: where39CouncilText, stated: "385 tonnes",
		entities: "GB-ANS", measure: "flow", status: "fact", period: "2023", section: "Household waste 2023"},
	{name: "where39: a county opening its sentence, a rank between it and its figure", text: where39CountyText, stated: "14.2%",
		entities: "IE-KY", measure: "change", status: "fact", period: "2024", section: "New vehicle registrations 2024"},
	{name: "where39: the second county of the sentence is its own figure's", text: where39CountyText, stated: "6.1%",
		entities: "IE-LM", measure: "share", status: "fact", period: "2024", section: "New vehicle registrations 2024"},
	{name: "where39: a release that names a region and no country is the region's", text: where39RegionText, stated: "40 new routes",
		entities: "E12000005", measure: "count", status: "fact", period: "2023", section: "Bus travel 2023"},
	{name: "where39: a region inside a body's name is no place", text: "Ambulance calls 2023\n\nThe West Midlands Ambulance Service answered 912,000 calls in 2023.\n",
		stated: "912,000 calls", entities: "", measure: "flow", status: "fact", period: "2023", section: "Ambulance calls 2023", note: "no country or region"},
	{name: "where39: a province named as a comparison is not the figure's", text: "Union membership 2023\n\n" +
		"In Ontario, 26.1% of employees were union members in 2023, lower than in Quebec. Membership also fell in Alberta and Manitoba.\n",
		stated: "26.1%", entities: "CA-ON", measure: "share", status: "fact", period: "2023", section: "Union membership 2023"},
	{name: "where39: one \"the\" before a list of regions reaches each", text: "Rail journeys in England 2023\n\n" +
		"Rail journeys in England fell by 0.9% in 2023, with the largest falls in the North West (2.1%) and South West (1.8%).\n",
		stated: "1.8%", entities: "E12000009", measure: "change", status: "fact", period: "2023", section: "Rail journeys in England 2023"},
	// unit39: what a figure counts. A head that names no kind alone keeps
	// the nouns of its kind, cut to those every phrase of the text
	// shares; any other head is counted alone; an acronym the text
	// defines is spelled out; a rate's base said before the figure is
	// the unit's.
	{name: "unit39: a kindless head keeps the nouns of its kind", text: "Ferry report 2031\n\nInspectors issued 4,100 fixed penalty notices to ferry operators in 2031.\n",
		stated: "4,100", unit: "penalty notice", period: "2031", section: "Ferry report 2031"},
	{name: "unit39: an adjective of size is no kind", text: "Ferry report 2031\n\nPorts installed 310 large vending machines in 2031.\n",
		stated: "310 large vending machines", unit: "vending machine", period: "2031", section: "Ferry report 2031"},
	{name: "unit39: the kind every phrase shares", text: "Ferry report 2031\n\nThere were 920 public mooring devices in 2031. Of them, 140 were ferry mooring devices.\n",
		stated: "920 public mooring devices", unit: "mooring device", period: "2031", section: "Ferry report 2031"},
	{name: "unit39: two kinds of one head are parts: the head alone", text: "Ferry report 2031\n\nCouncils issued 4,000 licence notices and 3,000 closure notices in 2031.\n",
		stated: "4,000 licence notices", unit: "notice", period: "2031", section: "Ferry report 2031"},
	{name: "unit39: any other head is counted alone", text: "Ferry report 2031\n\nInspectors took 2,400 cargo samples in 2031.\n",
		stated: "2,400 cargo samples", unit: "sample", period: "2031", section: "Ferry report 2031"},
	{name: "unit39: a place's name is no kind", text: "Ferry report 2031\n\nSome 650,000 U.S. ferry passengers travelled in 2031.\n",
		stated: "Some 650,000 U.S. ferry passengers", unit: "passenger", period: "2031", section: "Ferry report 2031"},
	{name: "unit39: an acronym the text defines is spelled out", text: "Ferry report 2031\n\nHarbours ran 40 Passenger Transfer Centres (PTCs) in 2030. In 2031 operators ran 44 PTCs.\n",
		stated: "44", unit: "passenger transfer centre", period: "2031", section: "Ferry report 2031"},
	{name: "unit39: a state that selects what is counted stays", text: "Ferry report 2031\n\nThere were 1,200 vacant berths in 2031.\n",
		stated: "1,200 vacant berths", unit: "vacant berth", period: "2031", section: "Ferry report 2031"},
	{name: "unit39: a rate's base said before the figure", text: "Ferry report 2031\n\nFuel use per vessel per day in 2031 was 640 litres.\n",
		stated: "640 litres", unit: "L per vessel per day", measure: "level", status: "fact", period: "2031", section: "Ferry report 2031"},
	{name: "unit39: per cent before the figure is no base", text: "Ferry report 2031\n\nThe share rose by 3 per cent, and the fleet was 45 vessels in 2031.\n",
		stated: "45 vessels", unit: "vessel", period: "2031", section: "Ferry report 2031"},
	// when39: the last word on a figure's period (draftwhen_decide.go), in
	// words of other topics and places (Australian, Canadian, US, Irish).
	{name: "when39: a reference day the release names dates the figures of its sentence", text: when39CensusText, stated: "9.1%", period: "2031-08-10", section: "Dwellings, Australia: Census 2031"},
	{name: "when39: a collection of one day dates its figures by that day", text: when39CensusText, stated: "4.2%", period: "2031-08-10", section: "Dwellings, Australia: Census 2031"},
	{name: "when39: a day fronted before a verb of being dates a stock", text: when39CensusText, stated: "10.9 million private dwellings", period: "2031-08-10", section: "Dwellings, Australia: Census 2031"},
	{name: "when39: a month and year before a noun is a time, fronted", text: when39WaitText, stated: "4,210 patients", period: "2031-06"},
	{name: "when39: a sentence that goes on the one before takes its month", text: when39WaitText, stated: "8%", period: "2031-06", base: "2031-05"},
	{name: "when39: a when clause dates its own figure", text: when39WaitText, stated: "4,580 patients", period: "2031-05"},
	{name: "when39: a when clause with no time dates nothing", text: "Ferry crossings, Ireland 2031\n\nCrossings fell to 1,200 in 2031. Fares rose when the new operator started, to 18 euro.\n", stated: "18 euro", period: "2031", section: "Ferry crossings, Ireland 2031"},
	{name: "when39: a fronted span is the readers'", text: "Permit statistics, Canada\n\nFor April 2031 to March 2032, there were 1,450 fishing permits issued.\n", stated: "1,450 fishing permits", period: "2031-04/2032-03", section: "Permit statistics, Canada"},
}

// title38LifeboatText is a release in words of its own with a linking
// adverb without its comma, an adjective a linking adverb also spells, and
// a change whose line names only how it weighs it (title38).
const title38LifeboatText = "Lifeboat report 2031\n\nThe lifeboat service published figures today.\n" +
	"Equally the number of stations providing complete rescue data has risen from 10 to 20 in 2031.\n" +
	"Overall satisfaction with the service was 81% in 2031.\nSmall harbours reported 640 groundings in 2031.\n\n" +
	"Lifeboat call-outs - 2,310 in 2031.  A sharp 12% increase on the 2,062 in 2030.\n"

// where37InspectText is a release in words of its own that names no
// place: only its address says whose figures they are.
const where37InspectText = "Harbour inspections: July to September 2031\n\n" +
	"The harbour authority carried out 1,240 vessel inspections in the quarter, up 6% on the same quarter a year earlier.\n"

// where37TimberText names one place, only as where some of the things
// counted come from.
const where37TimberText = "Timber levies: 2031\n\n" +
	"Importers paid €8.4 million in timber levies in 2031. Of this, €2.1 million was paid on timber shipped from Norway.\n"

// where37PlansText is a release about England in words of its own whose
// one region is named with a figure the next sentence and clause
// point back to.
const where37PlansText = "Planning decisions in England: 2031\n\n" +
	"Councils in England decided 41,000 planning applications in 2031. " +
	"Councils in the North West approved 410 plans in 2031. This was a rise of 8% from the 380 approved in 2030. " +
	"Councils in the North West approved 30% of plans in 2031; 4 percentage points higher than the 26% in 2030. " +
	"In 2031 councils received £4.2 million in planning fees, 6% higher than the £4.0 million in 2030.\n"

// who36FinesText is a news story in words of its own whose only currency
// is £ and whose figures name one place, once (who36).
const who36FinesText = "Fishing fines rose last year\n\nFisheries officers issued fines worth £2.1 million last year, up 14% on the year before.\n\n" +
	"Officers patrol to protect fish stocks for coastal communities across the UK.\n\n" +
	"In total 3,400 inspections were made in Scotland last year, 8% more than the year before.\n\nThe largest single fine was £45,000.\n"

// who36FinesTwoText is who36FinesText with its inspections in two
// places, each named once (who36).
const who36FinesTwoText = "Fishing fines rose last year\n\nFisheries officers issued fines worth £2.1 million last year, up 14% on the year before.\n\n" +
	"Officers patrol to protect fish stocks for coastal communities across the UK.\n\n" +
	"In total 3,400 inspections were made in Scotland and 2,100 in Wales last year.\n\nThe largest single fine was £45,000.\n"

// who36VisitsText is a library release in words of its own with two
// figures called "an estimated" in one sentence and a change set after an
// estimate as its appositive (who36).
const who36VisitsText = "Library use 2031\n\nThere were an estimated 2.3 million visits to libraries in 2031, and an estimated 410,000 e-books were borrowed.\n\n" +
	"There were an estimated 12,000 mobile library stops in 2031, a decrease of 4.2% on 2030.\n"

// period36QuarterText is a quarterly release titled for its months, in
// words of its own: no figure names its time.
const period36QuarterText = "Ferry crossings: April to June 2031\n" +
	"There were 1.2 million crossings, an increase of 3.4% from the same period in the previous year.\n"

// period36PlaceText is an annual release whose title block is a place and
// a year across two, in words of its own.
const period36PlaceText = "Scotland 2030/31\n\nKey points\n\n" +
	"The cost of school meals was £212 million, a 2.4% increase of £5 million from £207 million in 2029/30.\n"

// period36StandfirstText is a news release whose standfirst comes before
// the sentence that names its period, in words of its own.
const period36StandfirstText = "Record year for fire crews\n\n" +
	"Crews contained 410 fires, a 12% fall from last year.\n\n" +
	"In the year ending June 2031, crews across the state contained 410 fires and saved 95 homes.\n"

// feesText is a release of charges set for the coming year, in words of
// its own (who35): a list whose first item names a region and whose
// later items name kinds of area, each with its change in brackets.
const feesText = "Library fees set by councils: England 2031-32\n\nThe average annual fee will be £41 in London (+£3), " +
	"£35 in county areas (+£2) and £33 in district areas (+£1).\n"

// staffDaysText is a release in words of its own (who35): a region's
// figure, then two nations compared with it, whose figures follow in one
// bracket closed by "respectively".
const staffDaysText = "Staff absence, UK 2031\n\nLondon had the fewest days lost (5.1 days), compared to Wales and Scotland which had the most days lost (8.2 and 7.9 days respectively).\n"

// periodOneLineText is a cover and summary stored as one line (period35):
// labelled cover fields, then a lead-in closed by a colon with days
// written with flattened superscript ordinals.
const periodOneLineText = "Ferry Incidents Recorded in Orkney Update to 31 March 2031 Issued by: Harbour Statistics Unit " +
	"In the 12 months from 1 st April 2030 to 31 st March 2031: There were 42 fewer groundings recorded than in the previous 12 months. " +
	"Collisions rose by 7. The number of groundings is the lowest of any year since 2019/20.\n"

// periodDayEndText is an annual report titled by its edition's year whose
// opening and lead figure are of a year closed on a day (period35).
const periodDayEndText = "Lighthouse staff absence, 2031: report\n\nOverview\n\n" +
	"This report presents figures on absence for the year ending 31 March 2031.\n\nKey points:\n\n" +
	"Staff lost 6.4 days on average in the year ending 31 March 2031, up from 5.9 days in the year ending 31 March 2030.\n\n" +
	"Of these days lost:\n\n  • 3.5 days were lost to long absences and 2.9 days to short ones. Both rose on the previous year from 3.1 and 2.8 respectively.\n"

// periodDaySection is the section periodDayEndText's figures are in.
const periodDaySection = "Overview"

// frameStatementText is a release whose title names no period and whose
// opening says which year its statistics are for (frame28).
const frameStatementText = "Ferry operator statistics\n\nThe ferry bulletin, containing statistics for the 2030/31 financial year, is now available.\n\n" +
	"Key points\n\n  • Operators ran 12,400 trips on night routes.\n\n  • Day routes carried 3.1 million passengers.\n"

// frameEditionText is an annual summary titled by its edition's year,
// whose bullets name no year of their own (frame28).
const frameEditionText = "Ferry Passenger Statistics, annual summary 2031\n\nThis bulletin summarises journeys made on licensed routes in 2031.\n\n1. Key results\n\n" +
	"  • 4,210 passengers travelled on night routes, above the preceding year (3,990)\n\n  • around 3,100 passengers (42%) travelled on day routes\n"

// frameToText writes its years across two as GOV.UK does, "2030 to
// 2031" (frame28).
const frameToText = "Bus fares, 2030 to 2031\n\nThe average fare rose from 2.1 pounds in 2025 to 2026 to 2.6 pounds in 2030 to 2031.\n"

// frameAnnualText is an annual release titled with two years in a row,
// whose change is set against the year before's performance (frame28).
const frameAnnualText = "Harbour and Port Statistics Annual 2030-2031\n\nThe harbour authority handled 912 vessels.\n\n" +
	"The authority cleared 91% of claims within 10 days, a rise of 4 percentage points on performance in 2029/30.\n"

// frameCensusText is a census profile whose bullets are findings of the
// census its title names (frame28).
const frameCensusText = "Census of Population 2031 Profile 3 - Languages\n\n  • The share of bilingual pupils rose from 12% in 2021 to 15% in 2031.\n\n" +
	"  • Almost 400,000 people spoke Welsh at home, an increase of 40,000 since Census 2026.\n\n" +
	"  • Some 31% of all people aged 16 and over in 2021 held a degree, against 38% now.\n"

// nationalityText is a release in words of its own (who28): a breakdown
// by nationality whose categories are written as demonyms, and people
// counted by their birthplace.
const nationalityText = "Asylum support statistics, UK: 2031\n\nThis release gives the number of people supported.\n\nKey results\n\n" +
	"  • the most common nationality supported was Eritrean (18%; 9,400), and second was Sudanese (11%; 5,700)\n" +
	"  • 3,200 people born in Poland were supported in 2031\n"

// foundText is a release of counts with their changes in brackets, in
// words of its own (found28).
const foundText = "Inland fisheries statistics 2031\n\n" +
	"In 2031, 1,310 angling licences were issued, a 19% increase (+212) on the year before.\n\n" +
	"There were over 2,100 (+9%) more people fishing on lakes in 2031 than in 2030.\n\n" +
	"In 2031, 560 boats were registered, a fall of 7% (-40) on 2030.\n\n" +
	"In 2031 the number of permits for river beats (31%; 2,410) was the highest on record.\n"

// fieldworkText is a survey release in words of its own (when27): its
// title's year, and a sentence saying when its interviews were done.
const fieldworkText = "Allotment holders survey 2031\n\nPublished 2 May 2031\n\nThe survey interviews were conducted in winter 2030/31.\n\nSummary\n\n" +
	"Most holders (41%) report having lost crops to pests in the last 12 months.\n"

// leadOnText is a quarterly release in words of its own (when27): a
// change between two months, a lead-in with no time of its own, and a
// comparison "over the same 12-month period".
const leadOnText = "Ferry fares\n\nFor the year ending June 2031, crossings fell by 2.0%.\n" +
	"The ferry fares index rose by 4.1% between June 2030 and June 2031.\nFor island routes, the fares index change was a:\n- 2.2% increase on short routes\n" +
	"The Consumer Prices Index rose by 1.7% over the same 12-month period.\n"

// averageSpanText is a yearly count in words of its own (when27): a
// caption's span of years, then averages set against the year's counts.
const averageSpanText = "Seal counts\n\nFigure 2. Grey seal pups, 2011 to 2031. Rangers counted 3,050 grey seal pups in 2031, compared to the long-term average of 2,740. " +
	"Of these, 580 were on the north coast (average of 610).\n"

// dayChangeText is an annual release on a stock in words of its own
// (when27): a change set between two days after its restating bracket,
// and a change in a year across two compared to a day.
const dayChangeText = "Community woodland: Wales 2030-31\n\nMain points\n" +
	"- There was an increase of 120 hectares (0.4% of the total) in community woodland between 31 March 2030 and 31 March 2031.\n" +
	"- In 2030-31, 12 councils adopted new woodland plans, with a net increase of 95 hectares in community woodland compared to 31 March 2030.\n"

// lawYearText is an annual release in words of its own (when27): laws
// named by their years, in the clause of a figure and before others.
const lawYearText = "Tribunal statistics 2031\n\n" +
	"Appeals under the Housing Standards Act 1998 fell by 12% in 2031. Claims under the Equality Regulations 2010 were stable. Hearings rose by 6% on 2030.\n"

// quarterEndingText is a quarterly release in words of its own (when27):
// a flow in the quarter ending a month, a change that goes on from it,
// and a stock on a day with a part "over the same period".
const quarterEndingText = "Boiler repairs\n\nMain points\n" +
	"During the quarter ending 31 March 2031, 41,200 repairs were completed. This is 2.4% more than in the previous quarter.\n" +
	"At 31 March 2031, 5,020 repairs were still open, an increase of 900 on a year before. Of these, 310 had waited over a year, up by 40 over the same period.\n"

// dentalPartsText is a quarterly release in words of its own (title27):
// a count with a clause after it, its change restated in brackets, and a
// part that opens "Of these <noun>," under a heading that names nothing.
const dentalPartsText = "Dental appointments\n\nMain points\n" +
	"- In the year to June 2031, 48,200 dental appointments were attended when the patient arrived on time. This is a rise of 1,200 (+2.6%) on the previous year.\n" +
	"- Of these appointments, 30,100 (62.4%) were attended in 4 weeks or less, a fall of 900 on the previous year.\n"

// dockPartsText is a list of parts under a lead-in "within which:" and a
// label (title27).
const dockPartsText = "Bicycle docks\n\nAs of 1 May 2031, there were 6,400 public bicycle docks in the city, within which:\nBy size:\n- 1,900 had 20 bays or more, this is 30% of all docks\n"

// ferryPartsText is a release's paragraph in words of its own (seenuc):
// a whole, then parts whose sentences open with a part lead.
const ferryPartsText = "Ferries\n\nThe number of ferry crossings was 3.4 million. Of these 1.2 million (35%) were on island routes. " +
	"Of all crossings, 2.9 million (85%) departed on time.\n"

// staffSurveyText is a survey's summary in words of its own (seenub): shares
// in brackets after the groups they measure, and a part with its shares
// of two wholes in one bracket.
const staffSurveyText = "Staff survey\n\nTraining\n\nTwo in five staff (40%) say they had training in the last year. " +
	"This is much higher for senior managers (71%) and team leaders (63%).\n\n" +
	"The most common kind of training is first aid (52% of staff and 48% of volunteers).\n"

// pairsText is a register's paragraph in words of its own (when26):
// figures each with its comparand in brackets, the first bracket dated.
const pairsText = "Registers\n\nThere were more cabs and fewer buses on the register compared with a year earlier: " +
	"620 buses (640 at 30 June 2018), 1,950 taxis (2,100) and 4,410 minicabs (4,005).\n"

// parksText is a survey's paragraph in words of its own (when26): a
// stock at a month's end, a rate that points back to it with a bracketed
// comparand of its own time, and holdings in the sentence after.
const parksText = "Parks\n\nAt the end of March 2020, the parks had 900 rangers. " +
	"This represented an average of four rangers per park (up from 2.5 in March 2015). The parks had total holdings of 1,200 boats.\n"

// trendText is a climate report in words of its own (when24): a year of
// readings, then trends per decade since a year and over the record.
const trendText = "Temperature trends\n\nIn 2021, the average annual temperature was 54.1°F, the fourth warmest year in the 1890-2021 period of record. " +
	"Since 1890, the region has seen a warming of about 0.2°F per decade. " +
	"Over the 132-year period of record, rainfall has risen at about 0.1 inch per decade.\n"

// countedVerbText is a release in words of its own (when24): an area a
// verb of doing governs, a count of registrations after "registered in
// 2021 with", and bare numbers an outstanding caseload moves between.
const countedVerbText = "Wildfires - July 2021\n\nIn July 2021, 6,210 wildfires in the United States burned 212,400 acres. " +
	"Burn permits were registered in 2021 with 41,300 registrations. " +
	"The outstanding caseload of the fire service rose by 4%, from 8,120 in Q1 2021 to 8,450 in Q2 2021.\n"

// yearsToText is a crime release in words of its own (when24): a rate
// and a total over the years up to a year ending in a month.
const yearsToText = "Knife crime\n\nThe rate of knife homicides over the three-year period to the year ending March 2024 was 4.1 victims per million population. " +
	"Police recorded 1,240 offences in the 5 years to the year ending June 2022.\n"

// stockEndText is a waiting-list release in words of its own (when24):
// people counted at a year's end with a bracket that breaks them down,
// and people counted on a day, the place named before.
const stockEndText = "Kidney waiting list\n\nAt the end of 2022, there were 3,210 people on the waiting list for a kidney in the United Kingdom (1,900 active and 1,310 on hold).\n\n" +
	"On 31 March 2023 2,480 people were waiting for a first transplant.\n"

// monthOnMonthText is a monthly index release in words of its own
// (when24): a change on the month before and on the same month a year
// back, each written with the time it is compared with after it.
const monthOnMonthText = "Retail sales index: March 2024\n\nSales volumes for March 2024 were 1.3% higher than in February 2024. " +
	"On an annual basis, sales volumes for March 2024 were 2.1% lower than in March 2023.\n"

// previousYearText is a release in words of its own (when24): readings
// of the previous year named right at them, after a figure, in brackets
// after a multiple, and opening a clause with "where".
const previousYearText = "Road deaths\n\nThere were 1,620 road deaths in the year ending June 2023, down from 1,710 the previous year. " +
	"Most deaths were of drivers (58%), fewer than the previous year where 61% of those killed were drivers.\n\n" +
	"Woodland\n\nIn 2022/23, 9,100 hectares of new woodland were created, almost double the previous year (4,800 ha).\n"

// regionParagraphText is a national labour market overview with one
// paragraph about a region, and words of the nation's elsewhere
// (frame23).
const regionParagraphText = "Labour market overview: June 2023\n\nEmployment rose by 102,000 on the quarter to 33.1 million. The employment rate was 76.0%.\n\n" +
	"Unemployment nationally fell to 3.8%, and the number of vacancies fell by 85,000 to 1.05 million.\n\n" +
	"In Scotland, the employment rate was 75.5%. Scotland's unemployment rate was 3.1%.\n\nRedundancies rose to 3.7 per thousand employees.\n"

// surveyYearText is a release that reports a sample survey named with
// its year before its name, in its lead (frame23).
const surveyYearText = "Volunteering\n\nFindings from the 2014 General Social Survey show that 6.1 million people volunteered. Women (33%) were more likely to volunteer than men.\n\nThe median time given was 55 hours.\n"

// censusYearText is a paragraph of census counts, and one that sets a
// change against an earlier census (frame23).
const censusYearText = "Households\n\nAccording to the 2016 Census, there were 8.3 million households. Of these, 2.0 million were lone-person households.\n\nThe number of residents grew by 7% compared with the 2011 Census.\n"

// registerText is an annual release in words of its own (seenua): a
// year across two on its title, a page's copyright footer, and a summary
// whose lead-in names the year and whose figures name none.
const registerText = "Fishing Licences, Scotland 2030-31\n\nPublished 12 July 2031\n\n" +
	"2 Copyright © 2031, Marine Licensing Office. All rights reserved.\n\nSummary\n\nIn 2030-31 the register:\n\n" +
	"The number of licences issued was 4.2 million, a 120,000 (2.9%) rise over last year when there were 4.08 million.\n"

// loanPointsText is a quarterly release in words of its own (seenua): a
// day in the lead-in of a list, labels above its parts, and changes under
// a lead-in of the day compared with.
const loanPointsText = "Library loan points: April 2031\n\nPublished 2 May 2031\n\n" +
	"As of 1 April 2031, there were 12,400 public library loan points in Wales, within which:\nBy size:\n- 3,100 were large branches\n" +
	"Compared to 1 January 2031:\n- loan points increased by 400\n"

// found36Text is a release in words of its own (found36): a change with
// its two ends after a long clause, first places stated three ways, rates
// per working day after a participle and a passive verb, and a rate with
// a footnote's marker glued to its base.
const found36Text = "Harbour ferries 2031\n\n" +
	"Spending on harbour dredging rose by 12% between 2029/30 and 2030/31 of £0.5 million, from £4.1 million to £4.6 million.\n\n" +
	"Ferry operators carried 4.2 million passengers in 2031, the highest since records began.\n\n" +
	"Cancelled sailings were at their lowest on record in 2031.\n\n" +
	"Harwich was the port with the largest fall in sailings in 2031.\n\n" +
	"There were an estimated 9,000 crossings scheduled per working day in 2031, and an estimated 8,000 crossings were made per working day.\n\n" +
	"Ports received 310 new berth requests per day2 in 2031.\n"

// when39CensusText is a census release in words of its own (when39):
// its census night named and dated once, a collection of one day.
const when39CensusText = "Dwellings, Australia: Census 2031\n\nRelease date: 28 June 2032\n\n" +
	"On Census Night, 10 August 2031, there were 10.9 million private dwellings in Australia.\n\n" +
	"In 2031, 9.1% of private dwellings on Census Night were unoccupied.\n\n" +
	"Holiday homes were 4.2% of private dwellings.\n"

// when39WaitText is a monthly release in words of its own (when39): a
// month and year before "count", and a "when" clause dating its figure.
const when39WaitText = "Hospital waiting lists, Manitoba\nFigures for June 2031\n\n" +
	"- At the June 2031 count, there were 4,210 patients waiting. This is a fall of 8% compared to the May 2031 count when 4,580 patients were waiting.\n"

func TestDraftCases(t *testing.T) {
	runDraftCases(t, draftCases)
}

// runDraftCases drafts each case's text and checks the fields of its
// figure.
func runDraftCases(t *testing.T, cases []draftCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text, URL: tc.url}, map[string]int{})
			var got *claim
			var all []string
			for _, cl := range d.claims() {
				all = append(all, cl.ind.Stated+cl.skip)
				if cl.skip == "" && cl.ind.Stated == tc.stated {
					got = &cl
				}
			}
			if got == nil {
				t.Fatalf("no draft of %q; drafts: %q", tc.stated, all)
			}
			ind := got.ind
			gotF := map[string]string{
				"entities": strings.Join(ind.Entities, ","), "counterpart": ind.Counterpart,
				"measure": ind.Measure.String(), "status": ind.Status.String(),
				"period": periodMeaning(ind.Period), "base": "", "section": strings.Join(ind.Provenance[0].Section, " / "),
			}
			if ind.Base.IsStated() {
				gotF["base"] = periodMeaning(ind.Base)
			}
			wantF := map[string]string{
				"entities": tc.entities, "counterpart": tc.counterpart, "measure": tc.measure, "status": tc.status,
				"period": tc.period, "base": tc.base, "section": tc.section,
			}
			if tc.measure == "" {
				delete(wantF, "measure")
				delete(gotF, "measure")
				if tc.status == "" {
					delete(wantF, "status")
					delete(gotF, "status")
				}
				delete(wantF, "entities")
				delete(gotF, "entities")
				delete(wantF, "counterpart")
				delete(gotF, "counterpart")
			}
			if tc.title != "" {
				gotF["title"], wantF["title"] = ind.Title, tc.title
			}
			if tc.direction != "" {
				gotF["direction"], wantF["direction"] = ind.Quantity.Direction.String(), tc.direction
			}
			if tc.unit != "" || strings.Contains(tc.name, "no unit") {
				gotF["unit"], wantF["unit"] = ind.Unit.String(), tc.unit
			}
			if diff := cmp.Diff(wantF, gotF); diff != "" {
				t.Errorf("draft of %q in %q (-want +got):\n%s", tc.stated, tc.text, diff)
			}
			if q := ind.Provenance[0].Quote; tc.quote != "" && q != tc.quote {
				t.Errorf("draft of %q: quote %q, want %q", tc.stated, q, tc.quote)
			}
			if notes := strings.Join(got.notes, "\n"); !strings.Contains(notes, tc.note) {
				t.Errorf("draft of %q: notes %q, want them to say %q", tc.stated, notes, tc.note)
			}
		})
	}
}

func TestDraftSourceTitle(t *testing.T) {
	tests := []struct{ text, want string }{
		{"FACT SHEET: Trade Gains\nThe trade was $5 billion.\n", "FACT SHEET: Trade Gains"},
		{"Press release\n\nTrade Facts\n\nThe trade was $5 billion.\n", "Trade Facts"}, // a GOV.UK label, never the title (drafts46)
		{"The trade was $5 billion.\n", ""},
		// Web page boilerplate is never the title.
		{"Skip to Content\n\nKorea\n\nThe trade was $5 billion.\n", "Korea"},
		{"ARCHIVE\n\nContent on this archived webpage is NOT UPDATED.\n\nClick here to go to the CURRENT WEBSITE\n\nBreadcrumb\n\n" +
			"Statement by Ambassador Jane Doe on the Anniversary of the Agreement\n\nMarch 13, 2015\n\nTrade rose to $5 billion.\n",
			"Statement by Ambassador Jane Doe on the Anniversary of the Agreement"},
		{"Menu\n\nSearch\n\nHome > Press > Releases\n\nWe use cookies to improve your experience\n\nTrade Gains in Asia\n\nTrade was $5 billion.\n", "Trade Gains in Asia"},
		// A release notice is no title; "Key points:" opens one (drafts8).
		{"For Immediate Release\nMay 2, 2005\nGlobal Message\nKEY POINTS: AID TO ASIA\nHealth\nThe U.S. will give $5 million.\n", "KEY POINTS: AID TO ASIA"},
		// The line before a dateline beats the first heading.
		{"Office of the Trade Representative\n\nNew Trade Figures Released\n\nMay 1, 2014\n\nTrade was $5 billion.\n", "New Trade Figures Released"},
		// A statement's opening words, without a dateline.
		{"Office of the Trade Representative\n\nRemarks by the Ambassador at the Trade Forum\n\nTrade was $5 billion.\n", "Remarks by the Ambassador at the Trade Forum"},
		// A short first line alone, ending in a period.
		{"Direct investment positions for 2013: country and industry detail.\n\nThe position was $5 billion.\n", "Direct investment positions for 2013: country and industry detail"},
		// A block of short lines ending with the kind of document.
		{"United States Mission to Kenya\nPresident’s Emergency Plan for AIDS Relief\n2008 Fact Sheet\n\nThe budget was $5 million.\n",
			"President’s Emergency Plan for AIDS Relief: 2008 Fact Sheet"},
		// A caption, a list's lead-in and a heading further down are no
		// title.
		{"Figure BR.1 U.S. exports, 2009–13\n\nThe trade was $5 billion.\n", ""},
		// drafts17: a chart's caption at the end of a line.
		{"May 2, 2019\n\nThe trade deficit rose in March 2019. It was $5 billion.\n\nMonthly Exports and Imports Chart\n\nExports\n\nExports were $2 billion.\n", ""},
		{"Change in 2013 from 2012:\n\n  • Exports: $5 billion\n", ""},
		{"Exports rose by $5 billion. Imports fell.\nThey fell by $2 billion.\nThe surplus grew.\nIt grew by $7 billion.\nTrade was $9 billion.\nIt was $3 billion more.\n\nU.S. Exports\n\nExports were $5 billion.\n", ""},
		// drafts12: a title that wraps over lines is one title; a short
		// line below a title that ends on no joining word is no part of it.
		{targetText, "FACT SHEET: U.S.-Canada Joint Statement on Clean Air and Methane Cooperation"},
		{"FACT SHEET: Trade Gains\nPresident Announces New Goal\nThe trade was $5 billion.\n", "FACT SHEET: Trade Gains"},
		{"FACT SHEET: Partnership for\nClean Water\n\nThe U.S. will give $5 million.\n", "FACT SHEET: Partnership for Clean Water"},
	}
	for _, tc := range tests {
		if got := titleOf(tc.text, sections(tc.text)); got != tc.want {
			t.Errorf("titleOf(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestDraftSourceHeader(t *testing.T) {
	tests := []struct {
		name, text              string
		title, publisher, short string
		note                    string // a substring of the source's notes
	}{
		{"a press office's header lines", targetText,
			"FACT SHEET: U.S.-Canada Joint Statement on Clean Air and Methane Cooperation", "The White House, Office of the Press Secretary", "",
			`publisher "The White House, Office of the Press Secretary" from "The White House / Office of the Press Secretary"`},
		{"the press office alone is the White House's", "Office of the Press Secretary\n\nMay 2, 2011\n\nFACT SHEET: Clean Water\n\nThe U.S. will give $5 million.\n",
			"FACT SHEET: Clean Water", "The White House, Office of the Press Secretary", "", "add url"},
		{"an office on a line of its own", "Office of the United States Trade Representative\n\nU.S.-Peru Trade Facts\n\nMay 2, 2011\n\nTrade was $5 billion.\n",
			"U.S.-Peru Trade Facts", "Office of the United States Trade Representative", "", "add url"},
		{"a release that opens with a dateline: the lead's subject, and no title line", storageText,
			"The U.S. Department of Commerce (DOC) today announced a plan to advance the Governor’s goal to build 15 gigawatts (GW) of battery storage by 2031",
			"U.S. Department of Commerce", "DOC", `no title line (the text opens with the dateline "WASHINGTON, D.C. —")`},
		{"a dateline lead whose subject is no government body", "LIMA — Farmers in the south today harvested a record crop.\nThe crop was worth $5 million.\n",
			"Farmers in the south today harvested a record crop", "", "", "write the release's headline, and add publisher and url"},
		{"no header names a publisher", "FACT SHEET: Trade Gains\n\nThe trade was $5 billion.\n", "FACT SHEET: Trade Gains", "", "", "add publisher and url"},
		// No title line and no dateline: the opening clause, never "Title
		// of doc.txt" (charts print the title in every footer).
		{"no title line and no dateline: the opening clause", "The farm sector posted its best export year ever in 2022 with sales reaching $196 billion, the department said.\n\nExports rose 11 percent.\n",
			"The farm sector posted its best export year ever in 2022 with sales reaching $196 billion", "", "", "no title line: the title is the text's opening clause"},
		{"a release notice and a date are no opening", "For Immediate Release\nMay 2, 2017\nToday, the agency announced more than $5 million in new aid to the region.\n",
			"Today, the agency announced more than $5 million in new aid to the region", "", "", "no title line: the title is the text's opening clause"},
		{"a long opening stands in up to a word near 120 characters", "For Immediate Release\nToday, the agency announced more than $575 million in additional assistance to the millions of people affected by hunger and violence in four countries of the region and in the camps beyond them.\n",
			"Today, the agency announced more than $575 million in additional assistance to the millions of people affected by hunger and …", "", "", "no title line"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
			got := []string{d.source.Title, d.source.Publisher, d.source.Short}
			want := []string{tc.title, tc.publisher, tc.short}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("draft source of %q: title, publisher, short (-want +got):\n%s", tc.text, diff)
			}
			if notes := strings.Join(d.sourceNotes, "\n"); !strings.Contains(notes, tc.note) {
				t.Errorf("draft source of %q: notes %q, want them to say %q", tc.text, notes, tc.note)
			}
		})
	}
}

func TestDraftNotClaims(t *testing.T) {
	tests := []struct{ text, figure, why string }{
		{"Over the past 20 years, the fund has invested more than $53 billion.", "20 years", "a span of time"},
		{"In the next five years, exports will double.", "five years", "a span of time"},
		// "50 years ago" is no mention: the extractor's exclusion
		// "time-back" leaves it out (exclusions_test.go).
		{"Korea is our partner with $100 billion in total (two ways) goods trade during 2011.", "two", "counted both ways"},
		{"Japan and the United States are allies. Trade between our two countries was $279 billion in 2014.", "two countries", "the two parties"},
		{"The platform is anchored by the two Governments.", "two Governments", "the two parties"},
		{"Total trade (two ways) was $50 billion.", "two", "counted both ways"},
		{"On March 3-4, 2025, the two sides met in Lima.", "4", "a day of a date"},
		{"The three largest import categories in 2011 were: Copper ($1.2 billion), Fish ($400 million), and Gold ($300 million).", "three largest import categories", "the size of the list"},
		// drafts8: a number a line break parts from its unit of time.
		{"Japan will spend $40 million over the next 18\nmonths on clinics.", "18", "a span of time"},
		{"The talks ended the 12 year conflict in Sudan.", "12", "a duration that describes"},
		// drafts12: a headline's figure that the text restates.
		{targetText, "40-45 Percent", "restated in the text below"},
		{"Exports Rise 12 Percent in Record Year\nExports rose 12 percent in 2020, to $5 billion.\n", "12 Percent", "restated in the text below"},
		// drafts9: a chart's axis and a release number in a PDF's text.
		{"Spending by Field, 2010-2020 Millions 80 60 40 20 0 Engineering Business The survey was redesigned.", "20", "a run of bare numbers"},
		{"Spending by Field, 2010-2020 Millions 80 60 40 20 0 Engineering Business The survey was redesigned.", "0", "a run of bare numbers"},
		{"NEWS RELEASE NCSES 22‐104 jane.doe@nsf.gov Spending by students rose to $4 billion in 2021.", "22‐104", "an identifier after \"NCSES\""},
		// drafts13: a photo's caption and the sentences about the photo.
		{briefText, "Three researchers", "a photo's caption"},
		{briefText, "three researchers", "describes the photo"},
		{"Campus Life\n\nThree nurses walking together outside a clinic (AP Images)\n\nThe clinic treated 5,000 patients in 2012.\n", "Three nurses", "a photo's caption"},
		{"Grain Trade\n\nTwo trucks loaded with grain at a port (file photo)\n\nExports of grain were $2 billion in 2012.\n", "Two trucks", "a photo's caption"},
		{"Wind Power\n\nPhoto: Four engineers inspect a turbine near Aarhus\n\nThe farm has 80 turbines.\n", "Four engineers", "a photo's caption"},
		{"Five ministers sign the accord in Lima (Photo: AP)\n\nThe accord covers $3 billion of trade.\n", "Five ministers", "a photo's caption"},
		{"Port Traffic\n\nSix ships wait outside the harbor of Durban (Reuters)\nThe port handled 4,000 ships in 2013.\n", "Six ships", "a photo's caption"},
		{"Exports of copper grew. The two engineers shown here, at a mine near Antofagasta, are from Chile and Peru.", "two engineers", "describes the photo, \"shown here\""},
		{"The clinic opened in 2010. The three nurses pictured work in Accra.", "three nurses", "describes the photo, \"pictured\""},
		{"Food aid reached the north. The four trucks (above) carried 20 tons of grain.", "20 tons", "describes the photo, \"(above)\""},
		// drafts15: a count's threshold, and the whole a count is out of.
		{woodText, "topped $100 million", "the threshold of the count 14 markets"},
		{"There were 12 ports in which cargo topped $2 billion in 2020.", "topped $2 billion", "the threshold of the count 12 ports"},
		// drafts16: counts that refer back to things named, and an
		// indefinite multitude.
		{"This new funding brings total U.S. food aid to more than $900 million for these three countries since the beginning of Fiscal Year 2019.", "three countries", "\"these three\" refers back"},
		{"Cholera has taken hold in all three countries. The grant will build four new clinics in Malawi.", "three countries", "\"all three\" refers back"},
		{"The United States sent aid to the millions of people affected by floods in Peru.", "millions of people", "an indefinite multitude"},
		{"Aid reached those five provinces in 2019.", "five provinces", "\"those five\" refers back"},
		// found35: a contents list's page numbers.
		{"Contents\n\nSummary 3 Methods 7 Passenger journeys 12 Definitions 18\n\nSummary\n\nFerries carried 4,100 passengers in 2031.\n", "12 Definitions", "a page number in the document's contents"},
		{"Contents\n\nIntroduction .......... 14\n\nFerries carried 4,100 passengers in 2031.\n", "14", "a page number"},
	}
	for _, tc := range tests {
		d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
		var skips []string
		for _, cl := range d.claims() {
			if cl.skip == "" && cl.ind.Stated == tc.figure {
				t.Errorf("draft of %q: %q drafted as a claim, want it explained", tc.text, tc.figure)
			}
			skips = append(skips, cl.skip)
		}
		if got := strings.Join(skips, "\n"); !strings.Contains(got, tc.figure) || !strings.Contains(got, tc.why) {
			t.Errorf("draft of %q: skips %q, want one for %q saying %q", tc.text, got, tc.figure, tc.why)
		}
	}
}

// TestBothCue: "together" is a cue of two parties only when they act
// together (drafts13).
// TestDraftNoFirstPlace: "most" and a superlative that rank nothing —
// a quantity, a time, a figure's description, a sentence's opening —
// are no rank (rank24).
func TestDraftNoFirstPlace(t *testing.T) {
	tests := []struct{ text, word string }{
		{"This is the most recent year for which data are available: 5,000 people were counted.", "most"},
		{"The top destination took the most of the exports, $5 billion in 2020.", "most"},
		{"The North East had the highest rate of cancer incidence at 653 cases per 100,000 people.", "highest"},
		{"The highest rate was in the North East, 653 cases per 100,000 people.", "highest"},
		{"The latest figures show 5,000 people were counted in 2020.", "latest"},
		{"Households with the highest incomes borrowed 20% fewer books in 2031.", "highest"},
		{"The largest share of loans went to children (45%) in 2031.", "largest"},
		{"The Central Library had the highest rate of visits at 6.1 per head in 2031.", "highest"},
	}
	for _, tc := range tests {
		d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
		for _, cl := range d.claims() {
			if cl.skip == "" && cl.ind.Stated == tc.word {
				t.Errorf("draft of %q: %q drafted as a rank, want none", tc.text, tc.word)
			}
		}
	}
}

func TestBothCue(t *testing.T) {
	tests := []struct{ clause, want string }{
		{"two students walking together on a college campus", ""},
		{"the summit brought together leaders from 53 countries", ""},
		{"together, the u.s. and china account for over one third of emissions", "together"},
		{"all of the important work we do together", "together"},
		{"as we work together to address challenges", "together"},
		{"the togetherness of the two teams", ""},
		{"two-way trade was $5 billion", "two-way"},
	}
	for _, tc := range tests {
		if got := bothCue(tc.clause); got != tc.want {
			t.Errorf("bothCue(%q) = %q, want %q", tc.clause, got, tc.want)
		}
	}
}

// TestDraftDateline: a date on a line of its own, month first or day
// first, is the source's dateline, no heading (drafts13).
func TestDraftDateline(t *testing.T) {
	tests := []struct{ text, issued, sections string }{
		{"Open Data Report Released\n\n16 November 2011\n\nThe report counts 5,000 datasets.\n", "2011-11-16", "Open Data Report Released"},
		{"Open Data Report Released\n\nNovember 16, 2011\n\nThe report counts 5,000 datasets.\n", "2011-11-16", "Open Data Report Released"},
		{"Open Data Report Released\n\nWednesday, November 16, 2011\n\nThe report counts 5,000 datasets.\n", "2011-11-16", "Open Data Report Released"},
		{"Open Data Report Released\n\nThe report counts 5,000 datasets.\n", "", "Open Data Report Released"},
	}
	for _, tc := range tests {
		d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
		issued := ""
		if !d.source.Issued.IsZero() {
			issued = d.source.Issued.String()
		}
		var hs []string
		for _, h := range d.heads {
			hs = append(hs, h.text)
		}
		got := []string{issued, strings.Join(hs, " / ")}
		if diff := cmp.Diff([]string{tc.issued, tc.sections}, got); diff != "" {
			t.Errorf("draft source of %q: issued, headings (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestIsPhotoCaption: a photo's caption, by its credit (drafts13).
func TestIsPhotoCaption(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Two students walking together on a college campus (AP Images)", true},
		{"A port at dawn (file photo)", true},
		{"Photo: Four engineers inspect a turbine", true},
		{"Ministers sign the accord (Photo: AP)", true},
		{"Ships wait outside the harbor (Reuters)", true},
		{"Clinic staff at work (USAID photo)", true},
		{"Gross Domestic Product (GDP)", false},
		{"Exports to Japan (2012)", false},
		{"U.S.-Japan Trade Facts", false},
	}
	for _, tc := range tests {
		if got := isPhotoCaption(tc.line); got != tc.want {
			t.Errorf("isPhotoCaption(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestDraftBareVerb(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Sell", true}, {"Helping", true}, {"Increased", true}, {"Exports", false}, {"Funding", false},
		{"U.S. exports", false}, {"Jobs supported", false},
	}
	for _, tc := range tests {
		if got := bareVerb(tc.in); got != tc.want {
			t.Errorf("bareVerb(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestDraftBrief: the draft of a statistical brief with a photo loads and
// verifies as written, with the dateline as the source's issue date, the
// record (not the photo's caption) as its only claim and its headline
// view, and the bare number stated as written with its counted noun as
// unit (drafts13).
func TestDraftBrief(t *testing.T) {
	c, yaml := loadDraft(t, briefText)
	if err := c.Verify(); err != nil {
		t.Fatalf("draft of the brief does not verify: %v\n%s", err, yaml)
	}
	type view struct{ Kind, Title, Indicators string }
	var views []view
	for _, v := range c.Views {
		views = append(views, view{v.Kind.String(), v.Title, strings.Join(v.Indicators, ",")})
	}
	var inds []string
	for _, ind := range c.Indicators {
		inds = append(inds, ind.ID+" "+ind.Stated+" "+ind.Unit.String())
	}
	got := map[string]any{"issued": c.Sources[0].Issued.String(), "indicators": inds, "views": views}
	want := map[string]any{
		"issued":     "2014-03-03",
		"indicators": []string{"foreign-scholars-at-american-universities 115,098 scholar"},
		"views":      []view{{"headline", "Foreign scholars at American universities", "foreign-scholars-at-american-universities"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("draft of the brief (-want +got):\n%s\n%s", diff, yaml)
	}
}

// TestListedPlaces: places in a list of three or more items, names
// unknown to the gazetteer among them, say which places, not who acts
// (drafts15).
func TestListedPlaces(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"its top markets – China, Mexico, Canada, Japan and the European Union", []string{"China", "Mexico", "Canada", "Japan", "European Union"}},
		{"seven of the 10 markets (China, Mexico and Colombia) set records", []string{"China", "Mexico", "Colombia"}},
		{"places like Africa, Latin America, the Middle East and Southeast Asia", []string{"Africa", "Latin America", "Southeast Asia"}},
		{"buyers in Japan, Ruritania and Peru", []string{"Japan", "Peru"}},
		{"trade between Japan and Korea rose", nil},
		{"Japan sells to Korea, and Korea sells to Peru", nil},
	}
	for _, tc := range tests {
		ps := placesIn(tc.text, 0)
		listed := listedPlaces(tc.text, ps)
		var got []string
		for _, p := range ps {
			if listed[p.start] {
				got = append(got, tc.text[p.start:p.end])
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("listedPlaces(%q) (-want +got):\n%s", tc.text, diff)
		}
	}
}

// TestDraftPartitiveWhole: the whole a count is out of ("four of the 5
// markets") is drafted once, where the sentence first names it, and
// explained where the count restates it (drafts15).
func TestDraftPartitiveWhole(t *testing.T) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: woodText}, map[string]int{})
	var skips []string
	drafted := 0
	for _, cl := range d.claims() {
		if cl.skip != "" {
			skips = append(skips, cl.skip)
		} else if cl.ind.Stated == "5 markets" {
			drafted++
		}
	}
	if drafted != 1 {
		t.Errorf("drafts of %q in woodText = %d, want 1", "5 markets", drafted)
	}
	if got := strings.Join(skips, "\n"); !strings.Contains(got, "5 markets in doc (the whole that four is counted out of, drafted as 5 markets before)") {
		t.Errorf("skips of woodText = %q, want one for the whole of four", got)
	}
}

// TestReportedClause: the subject of a figure is that of the clause a
// reporting verb introduces, and an absolute with-clause's noun phrase
// without its participle (drafts15).
func TestReportedClause(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Final 2022 trade data released this week shows that U.S. exports increased", "U.S. exports increased"},
		{"The survey found that foreign students rose", "foreign students rose"},
		{"Data that the agency released show exports rose", "Data that the agency released show exports rose"},
		{"with international sales of American lumber reaching", "international sales of American lumber"},
		{"with sales in", "with sales in"},
		{"exports rose", "exports rose"},
	}
	for _, tc := range tests {
		if got := strings.Join(absoluteWith(reportedClause(strings.Fields(tc.in))), " "); got != tc.want {
			t.Errorf("absoluteWith(reportedClause(%q)) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestDraftMonthID: the id of a figure of a month ends in the month, so
// that the months of one series do not differ only by a counter
// (drafts17).
func TestDraftMonthID(t *testing.T) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: monthlyText}, map[string]int{})
	got := map[string]string{}
	for _, cl := range d.claims() {
		if cl.skip == "" {
			got[cl.ind.Stated] = cl.ind.ID
		}
	}
	for stated, want := range map[string]string{
		"$50.3 billion": "us-international-trade-deficit-revised-2018-12",
		"$51.1 billion": "us-international-trade-deficit-2019-01",
	} {
		if got[stated] != want {
			t.Errorf("id of %q in monthlyText = %q, want %q", stated, got[stated], want)
		}
	}
}

// TestBandLabel: a range of whole numbers that names a band of people or
// things (an age group, a list's item before its own figure, after
// "aged") is no figure, nor is an open band after a share ("8% owned
// three or more"); a range with its own unit or no band word, or an open
// band with no share before it, stays one (seensb).
func TestBandLabel(t *testing.T) {
	text := "The 16-24 age group had the lowest rate, at 12.1, then 25-34 at 14.0. People aged 35-49 rose. Prices rose 3-4 percent. Between 20-30 were sold. " +
		"Of households, 8% owned three or more. Those who owned five or more rose.\n"
	tests := []struct {
		figure string
		band   bool
	}{
		{"16-24", true}, {"25-34", true}, {"35-49", true}, {"3-4 percent", false}, {"20-30", false},
		{"three or more", true}, {"five or more", false},
	}
	for _, tc := range tests {
		i := strings.Index(text, tc.figure)
		from := strings.LastIndex(text[:i], ". ") + 1 // the figure's sentence
		m := Mention{Text: tc.figure, Span: indicators.Span{Start: i, End: i + len(tc.figure)}, Sentence: indicators.Span{Start: from, End: len(text)}}
		if got := bandLabel(text, m) != "" || openBandLabel(text, m) != ""; got != tc.band {
			t.Errorf("bandLabel(%q) = %v, want %v", tc.figure, got, tc.band)
		}
	}
}

// TestReportingFrameEnd: a verb of saying, or of finding with "that",
// opens the clause a figure belongs to; a verb of finding with the figure
// as its object, or one in a relative clause, opens none (title37).
func TestReportingFrameEnd(t *testing.T) {
	tests := []struct{ text, want string }{
		{"A council spokesman said that 4,200 bridges were inspected.", "4,200 bridges were inspected."},
		{"The harbour master said 2,100 boats were moored.", "2,100 boats were moored."},
		{"Survey results released today also show that 61% of adults swim.", "61% of adults swim."},
		{"Schools reported 420 incidents of flooding.", "Schools reported 420 incidents of flooding."},
		{"The share of anglers who said they fished at night was 35%.", "The share of anglers who said they fished at night was 35%."},
	}
	for _, tc := range tests {
		if got := tc.text[reportingFrameEnd(tc.text, 0, strings.IndexAny(tc.text, "0123456789")):]; got != tc.want {
			t.Errorf("reportingFrameEnd(%q) leaves %q, want %q", tc.text, got, tc.want)
		}
	}
}

// where39CouncilText, where39CountyText and where39RegionText are
// releases in words of their own (where39) that name areas below their
// country and no country: council areas, counties and a region of
// England.
const where39CouncilText = "Household waste 2023\n\n" +
	"Fife recorded 410 tonnes of waste per 1,000 households in 2023, compared with Angus which recorded 385 tonnes.\n\n" +
	"Recycling rose in Falkirk and Stirling.\n"

const where39CountyText = "New vehicle registrations 2024\n\n" +
	"Kerry had the highest growth in registrations at 14.2%, while Leitrim had the lowest at 6.1%.\n\n" +
	"Registrations also rose in Mayo and Sligo.\n"

const where39RegionText = "Bus travel 2023\n\n" +
	"Across the West Midlands, 182 million bus journeys were made in 2023. The West Midlands Combined Authority funded 40 new routes.\n\n" +
	"Passengers in the West Midlands made 4.1 journeys a week on average.\n"

// measure39: one decider of what a number of counted things measures
// (countedMeasure), on sentences of other topics: time used over a span
// is a flow and a span of time a level; a count set below what it is
// compared with ("fewer" right after it) a change; a count a move reaches
// ("fell to 1,200 cases") stays what it counts, no change of 1,200.
func TestMeasure39Cases(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "days lost over the year are a flow", text: "Sickness absence\nIn 2030, 41,200 days were lost to sickness across the service.\n", stated: "41,200 days", want: map[string]string{"measure": "flow"}},
		{name: "a span of time taken is a level", text: "Processing times\nIn 2030, appeals took 9.5 days on average to decide.\n", stated: "9.5 days", want: map[string]string{"measure": "level"}},
		{name: "fewer right after a bare count is a change", text: "Ferry crossings\nIn 2030, crossings fell by 4 percent on the previous year – 1,310 fewer – as two routes closed.\n", stated: "1,310", want: map[string]string{"measure": "change"}},
		{name: "a level a fall reaches is no change", text: "Harbour hospital\nIn 2030, emergency admissions fell to 1,200 admissions.\n", stated: "1,200 admissions", want: map[string]string{"measure": "flow"}},
		{name: "losses after a count are things lost, no fall", text: "Farm animals\nIn 2030, 1,500 losses were recorded on upland farms.\n", stated: "1,500 losses", want: map[string]string{"measure": "count"}},
	})
}
