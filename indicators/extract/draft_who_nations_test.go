package extract

import "testing"

// nationsText is a statistics page of the UK's nations, of my own
// words: England and Wales, Great Britain, a nation alone, the UK, and
// the UK's central bank.
const nationsText = `Library loans quarterly: April to June 2031
Published 14 August 2031
Applies to England and Wales

Main Points

1,204 libraries open as at 30 June 2031.

Loans to readers in England and Wales rose to 3.2 million in the quarter, and renewals fell.

Average opening hours for libraries in Great Britain were 41 a week in 2031.

In Scotland, 410 libraries lent 0.9 million books in 2031.

Across the UK, 2,950 libraries were open in 2031.
`

// nationsBank is a sentence of a UK central bank's statement, of my own
// words.
const nationsBank = `Library card survey, June 2031

The Bank of England's survey put the cost of a library card at 5 pounds in 2031.
`

var nationsNationCases = []fieldCase{
	{name: "a figure naming no place takes the page's England and Wales", text: nationsText, stated: "1,204 libraries",
		want: map[string]string{"entities": "GB-EAW"}},
	{name: "England and Wales cut by a break at and is still both", text: nationsText, stated: "3.2 million",
		want: map[string]string{"entities": "GB-EAW"}},
	{name: "Great Britain is GB-GBN", text: nationsText, stated: "41 a week",
		want: map[string]string{"entities": "GB-GBN"}},
	{name: "a nation of the UK is its own subdivision", text: nationsText, stated: "410 libraries",
		want: map[string]string{"entities": "GB-SCT"}},
	{name: "the UK stays GB", text: nationsText, stated: "2,950 libraries",
		want: map[string]string{"entities": "GB"}},
	{name: "the Bank of England is the UK's", text: nationsBank, stated: "5 pounds",
		want: map[string]string{"entities": "GB"}},
}

func TestDraftNations(t *testing.T) { runFieldCases(t, nationsNationCases) }

// nationsAsylum is a quarterly release on asylum applicants, of my own
// words: citizenships as demonyms in a list, a joint figure of two
// places, figures inside a country's parentheses, and a counterpart only
// a later heading names.
const nationsAsylum = `Asylum applicants in the third quarter of 2031

14 December 2031

During the third quarter of 2031, 90 000 first time asylum seekers applied for international protection in the Member States of the European Union (EU), up by 4% compared with the second quarter of 2031 (when 86 500 first time applicants were registered).

Somalis, Iraqis and Eritreans were the most numerous

With over 12 000 first time applicants, Somalis were the main citizenship of people seeking international protection in the EU Member States, ahead of Iraqis (8 100 first time applicants) and Eritreans (6 400).

A third applied for asylum either in Spain or in Austria

During the third quarter of 2031, most first time applicants were registered in Spain (with almost 17 000 first time applicants, or 19% of total first time applicants in the EU Member States).
`

var nationsAsylumCases = []fieldCase{
	{name: "the lead citizenship is the counterpart, where they apply the entity", text: nationsAsylum, stated: "over 12 000 first time applicants",
		want: map[string]string{"entities": "EU", "counterpart": "SO"}},
	{name: "each item in parentheses has its own citizenship", text: nationsAsylum, stated: "8 100 first time applicants",
		want: map[string]string{"entities": "EU", "counterpart": "IQ"}},
	{name: "a bare item has its own citizenship too", text: nationsAsylum, stated: "6 400",
		want: map[string]string{"entities": "EU", "counterpart": "ER"}},
	{name: "either in one place or in another is both places' figure", text: nationsAsylum, stated: "A third",
		want: map[string]string{"entities": "ES,AT", "counterpart": ""}},
	{name: "a count inside a country's parentheses is that country's", text: nationsAsylum, stated: "almost 17 000 first time applicants",
		want: map[string]string{"entities": "ES", "counterpart": ""}},
	{name: "a share of the total in the EU is the country's, no counterpart", text: nationsAsylum, stated: "19%",
		want: map[string]string{"entities": "ES", "counterpart": ""}},
	{name: "a counterpart only a later heading names is none", text: nationsAsylum, stated: "4%",
		want: map[string]string{"entities": "EU", "counterpart": ""}},
	{name: "nor is one for the figure of an aside", text: nationsAsylum, stated: "86 500 first time applicants",
		want: map[string]string{"entities": "EU", "counterpart": ""}},
}

func TestDraftAsylum(t *testing.T) { runFieldCases(t, nationsAsylumCases) }

// nationsRelief is a U.S. disaster agency's release from a territory,
// of my own words: its dateline, the agency's spending, a place that
// modifies a counted noun, and figures that name no place.
const nationsRelief = `FEMA’s Debris Removal Grants Close August 1

Release date:
July 9, 2030

HAGÅTÑA, Guam – Towns hit by the typhoon have until August 1 to apply for FEMA’s debris removal grants.

FEMA provides direct payments to contractors while towns clear roads.

As of June 30, the cost to FEMA is more than $14 million. Contractors in the United States have cleared more than 900 miles of road.

Included in that work are 31 Guam schools that continue to host 210 crews.

Overall, 1,840 households applied.
`

var nationsReliefCases = []fieldCase{
	{name: "money an agency spends is its country's, the dateline's place the counterpart", text: nationsRelief, stated: "more than $14 million",
		want: map[string]string{"entities": "US", "counterpart": "GU"}},
	{name: "a place modifying a counted noun is the place counted", text: nationsRelief, stated: "31 Guam schools",
		want: map[string]string{"entities": "GU", "counterpart": ""}},
	{name: "a figure of that sentence is the place's too", text: nationsRelief, stated: "210 crews",
		want: map[string]string{"entities": "GU", "counterpart": ""}},
	{name: "a figure naming no place is the dateline's place, across paragraphs", text: nationsRelief, stated: "1,840 households",
		want: map[string]string{"entities": "GU", "counterpart": ""}},
	{name: "a figure naming its own place keeps it", text: nationsRelief, stated: "more than 900 miles",
		want: map[string]string{"entities": "US"}},
}

func TestDraftRelief(t *testing.T) { runFieldCases(t, nationsReliefCases) }
