package extract

import (
	"strings"
	"testing"
)

// TestWhatACountCounts: what a number is follows from what it counts and
// when, and its unit is the clause's counted noun wherever it stands
// (nounMeasure, countsByWhatTheyCount, headNounPhrase, countedNoun), on
// sentences of a fire and rescue release, a police workforce release, an
// airline traffic release, a drug poisoning release, a travel release, a
// road casualty report, a rough sleeping snapshot and a business
// demography release; and a bare "$" is the document's home currency
// (moneyHome), in an R&D survey release.
func TestWhatACountCounts(t *testing.T) {
	const (
		fire = "Fire and rescue incident statistics: England, year ending December 2023\n\n" +
			"FRSs attended 592,996 incidents in the year ending December 2023, a decrease of 5.6% compared with the previous year (628,034).\n"
		police = "Police officer quarterly strength statistics Scotland, 30 June 2023\n\n" +
			"The key findings of the statistics are: there were 16,600 full-time equivalent (FTE) police officers in Scotland on 30 June 2023.\n"
		air = "2017 Traffic Data for U.S. Airlines\n\n" +
			"U.S. airlines and foreign airlines serving the United States carried an all-time high of 965.0 million systemwide (domestic and international) scheduled service passengers in 2017.\n"
		poisoning = "Deaths Related to Drug Poisoning in England and Wales: 2011\n\n" +
			"There were 1,772 male and 880 female drug poisoning deaths registered in 2011.\n"
		travel = "Overseas Travel, Quarter 3 2015\n\n" +
			"The number of nights spent in Ireland by overseas travellers increased by 11.5% in Quarter 3 2015 compared with the same period of the previous year, up from 19.701 million to 21.968 million.\n\n" +
			"The average duration of overseas trips to Ireland fell from 8.1 nights in Quarter 3 2014 to 7.9 nights in Quarter 3 2015.\n"
		roads = "Key Reported Road Casualties Scotland 2019\n\n" +
			"In 2019 there were 2,001 seriously injured in road accidents.\n"
		rough = "Rough sleeping snapshot in England: autumn 2024\n\n" +
			"The largest regional increase was in London, rising from 1,132 in 2023 to 1,318 in 2024 - an increase of 186 people or 16%.\n"
		business = "Business demography, UK: 2014\n\n" +
			"The number of UK business deaths increased by 3.5% from 238,000 to 246,000 between 2013 and 2014, compared with the decrease of 5.9% in 2013 (from 252,000 to 238,000).\n"
		berd = "Business spending on research and development reaches $12 billion: ABS\n\n" +
			"Business spending on research and experimental development increased in 2006/07, to a total of $12 billion, according to figures released today by the Australian Bureau of Statistics (ABS).\n"
		usdollar = "Business spending on research and development: ABS\n\n" +
			"Foreign-owned businesses spent US$2 billion in 2006/07, according to the Australian Bureau of Statistics (ABS).\n"
	)
	runWhatHow(t, []whatHowCase{
		{name: "incidents attended in a year are events, a flow", text: fire, stated: "592,996 incidents", measure: "flow"},
		{name: "the earlier reading in brackets counts the same events", text: fire, stated: "628,034", measure: "flow", unit: "incident"},
		{name: "officers on a date are a stock, counted on their basis past an aside", text: police, stated: "16,600", measure: "stock",
			unit: "full-time equivalent officer"},
		{name: "passengers carried: the head noun past an aside in brackets, a flow", text: air, stated: "965.0 million", measure: "flow", unit: "passenger"},
		{name: "figures joined by and share the head noun after the last", text: poisoning, stated: "1,772", measure: "flow", unit: "death"},
		{name: "a level of a move in a later clause counts the sentence's subject", text: travel, stated: "19.701 million", measure: "flow", unit: "night"},
		{name: "an average is a level, whatever it counts", text: travel, stated: "8.1", measure: "level", unit: "night"},
		{name: "an adjective of people alone is the counted noun", text: roads, stated: "2,001", measure: "flow", unit: "injured"},
		{name: "a level of a move counts what the counts after it count, held: a stock", text: rough, stated: "1,132", measure: "stock", unit: "person"},
		{name: "a bracketed move counts the subject of the sentence", text: business, stated: "252,000", measure: "flow", unit: "death"},
		{name: "a bare $ in a national statistical office's release is its home currency", text: berd, stated: "$12 billion", unit: "AUD"},
		{name: "US$ stays USD wherever the release is from", text: usdollar, stated: "US$2 billion", unit: "USD"},
	})
}

// TestOwnCountryPlaces: a figure whose clause names no place is of the
// document's own country, read from its source line (ownCountry); an area
// with no code of its own is of the entity that holds it (CONUS, the
// contiguous U.S.), on sentences of a poverty survey release, a climate
// report and an R&D release.
func TestOwnCountryPlaces(t *testing.T) {
	cases := []struct{ name, text, stated, want string }{
		{"a source line names the one country", "Poverty\n\nRisk of poverty falls in SILC 2023\n\n" +
			"Source: CSO Ireland, Survey on Income and Living Conditions (SILC) 2023\n\n" +
			"In SILC 2023, the at risk of poverty rate was 10.6%.\n", "10.6%", "IE"},
		{"CONUS is the United States", "National Climate Report - Annual 2012\n\n" +
			"Precipitation across the CONUS has increased at a rate of 0.16 inch per decade.\n", "0.16 inch per decade", "US"},
		{"a publisher of one country gives its figures its country", "Business spending on R&D\n\n" +
			"Business spending on R&D increased to a total of $12 billion, according to figures released today by the Australian Bureau of Statistics (ABS).\n",
			"$12 billion", "AU"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			if e := strings.Join(got.ind.Entities, ","); e != tc.want {
				t.Errorf("entities of %q = %q, want %q", tc.stated, e, tc.want)
			}
		})
	}
}
