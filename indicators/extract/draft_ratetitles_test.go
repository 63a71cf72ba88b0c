package extract

import "testing"

// rateTitlesDeaths is a registrations bulletin in words of its own: rates
// and an average brought to a figure "from" or "compared with" an earlier
// one, and a count whose change runs "from" the earlier count.
const rateTitlesDeaths = "Deaths registered in Wessex: 2021\n\n" +
	"Key findings\n\n" +
	"In 2021, the Crude Death Rate (CDR) fell to 9.4 deaths per 1,000 population, from 9.8 in 2020.\n\n" +
	"In 2021 the infant mortality rate rose to 3.9 per thousand live births, from 3.6 in 2020.\n\n" +
	"The median age at death in 2021 increased to 82.5 years, compared with 82.1 years in 2020.\n\n" +
	"There were 512,400 deaths registered in Wessex in 2021, a decrease of 2.1% from 523,380 in 2020.\n"

func TestDraftRatesAndAverages(t *testing.T) {
	runWhatHow(t, []whatHowCase{
		{name: "a rate per head is a level titled by its subject in sentence case", text: rateTitlesDeaths, stated: "9.4 deaths per 1,000 population",
			measure: "level", title: "Crude death rate"},
		{name: "the figure after to A unit, from is A's earlier reading", text: rateTitlesDeaths, stated: "9.8",
			measure: "level", direction: "none", unit: "death per 1,000 population", title: "Crude death rate"},
		{name: "a rate per thousand is titled by its subject, not its unit", text: rateTitlesDeaths, stated: "3.9 per thousand live births",
			measure: "level", title: "Infant mortality rate"},
		{name: "a bare rate's earlier reading takes its title", text: rateTitlesDeaths, stated: "3.6",
			measure: "level", title: "Infant mortality rate"},
		{name: "a median in years is a level, no count of years", text: rateTitlesDeaths, stated: "82.5 years",
			measure: "level", title: "Median age at death"},
		{name: "its compared reading is one too", text: rateTitlesDeaths, stated: "82.1 years",
			measure: "level", title: "Median age at death"},
		{name: "the figure a change runs from counts what the first figure counts", text: rateTitlesDeaths, stated: "523,380",
			measure: "flow", direction: "none", unit: "death"},
	})
}

// rateTitlesOffences is an offences bulletin in words of its own: a share
// set at the head of its sentence, then the other groups' shares in
// parentheses after their names, one name with a comma and "etc.".
const rateTitlesOffences = "Recorded Offences in Northmoor\n\n" +
	"Offences by group\n\n" +
	"At 41%, Theft offences account for two fifths of all recorded offences in 2022. " +
	"They were followed by Damage, arson etc. (22%), Drug offences (15%) and Sexual offences (6%).\n"

func TestDraftShareTitles(t *testing.T) {
	runWhatHow(t, []whatHowCase{
		{name: "at N%, X account for … of Y: X as a share of Y", text: rateTitlesOffences, stated: "41%",
			measure: "share", title: "Theft offences as a share of all recorded offences"},
		{name: "the first item in parentheses after the list's lead", text: rateTitlesOffences, stated: "22%",
			measure: "share", title: "Damage, arson etc. as a share of all recorded offences"},
		{name: "an item after the one before's parenthesis", text: rateTitlesOffences, stated: "15%",
			measure: "share", title: "Drug offences as a share of all recorded offences"},
		{name: "the last item after and", text: rateTitlesOffences, stated: "6%",
			measure: "share", title: "Sexual offences as a share of all recorded offences"},
	})
}

// rateTitlesBalance is a trade bulletin in words of its own: a balance the
// paragraph names with its owner, its parts on goods and services, its
// change from the previous quarter, and a change in the figure's own
// noun phrase.
const rateTitlesBalance = "Northland Trade: June 2023\n\n" +
	"Main points\n\n" +
	"  • In quarter 2 2023, Northland’s deficit on trade in goods and services was £4.1 billion; narrowing by £0.6 billion from the previous quarter. This reflects a deficit of £9.2 billion on goods, partially offset by an estimated surplus of £5.1 billion on services.\n\n" +
	"  • At the product level, the rise in exports in quarter 2 reflects a £1.3 billion increase in exports of machinery; specifically, engines.\n\n" +
	"  • The median age of workers in trade in 2023 rose to 41.2 years, compared with 40.9 years in 2022.\n"

func TestDraftBalanceTitles(t *testing.T) {
	runWhatHow(t, []whatHowCase{
		{name: "a deficit of X on goods is the owner's deficit on trade in goods", text: rateTitlesBalance, stated: "£9.2 billion",
			title: "Northland deficit on trade in goods"},
		{name: "an estimated surplus on services likewise", text: rateTitlesBalance, stated: "£5.1 billion",
			title: "Northland surplus on trade in services"},
		{name: "narrowing by X from the previous quarter is of the figure before it", text: rateTitlesBalance, stated: "£0.6 billion",
			measure: "change", title: "Narrowing of the Northland deficit on trade in goods and services from the previous quarter"},
		{name: "a change in its own noun phrase is titled by it", text: rateTitlesBalance, stated: "£1.3 billion",
			measure: "change", direction: "up", title: "Change in exports of machinery"},
		{name: "an average in a bullet is a level titled by its subject", text: rateTitlesBalance, stated: "41.2 years",
			measure: "level", title: "Median age of workers in trade"},
	})
}

// rateTitlesFires is a fire service's bulletin in words of its own: a
// count "the number of … in 2021-22 was N" and a change on the year
// before written "N% higher than the level recorded in".
const rateTitlesFires = "Fire Incidents in Westshire, 2021-22\n\n" +
	"Incidents\n\n" +
	"The total number of fires attended by the fire service in Westshire in 2021-22 was 18,240. This is 7% higher than the level recorded in 2020-21.\n"

func TestDraftCountsAndChanges(t *testing.T) {
	runWhatHow(t, []whatHowCase{
		{name: "the number of nouns in a reporting year was N: N counts the noun", text: rateTitlesFires, stated: "18,240",
			measure: "flow", unit: "fire", title: "Fires attended by the fire service in Westshire"},
		{name: "N% higher than the level recorded in an earlier year is a change up", text: rateTitlesFires, stated: "7%",
			measure: "change", direction: "up", title: "Change in fires attended by the fire service in Westshire"},
	})
}

// rateTitlesEstimated is a release in words of its own whose estimate is
// compared with an earlier reading, and whose subject reached a bare
// number.
const rateTitlesEstimated = "Northland Offences: 2023\n\n" +
	"Main points\n\n" +
	"Recorded offending was estimated to have been 41,200 offences in 2023, compared with 44,900 offences in 2022. " +
	"This continues a fall from 2011, when offending reached a record high of 61,300.\n"

func TestDraftComparedAndReached(t *testing.T) {
	runWhatHow(t, []whatHowCase{
		{name: "the reading compared with an estimate is one too", text: rateTitlesEstimated, stated: "44,900 offences",
			status: "estimate"},
		{name: "a bare number a mass noun reached counts what it counts", text: rateTitlesEstimated, stated: "61,300",
			unit: "offence"},
	})
}

func TestDraftTimeLeadTitle(t *testing.T) {
	const text = "Deaths in Wessex\n\nDeaths by year\n\nBetween 2011 and 2019 registered deaths fell by 8%.\n"
	runWhatHow(t, []whatHowCase{
		{name: "an opening time clause is no subject", text: text, stated: "8%",
			measure: "change", direction: "down", title: "Change in registered deaths since 2011"},
	})
}
