package extract

import "testing"

// TestCountMeasure: what a figure drafted as a bare count is, from what it
// counts and when (countMeasure, countsByWhatTheyCount), and a rate's unit
// (rateUnit), on sentences of a prisons release, a health ranking, a
// schools release, a housing register, a farming summary and a
// residential construction release.
func TestCountMeasure(t *testing.T) {
	const (
		prisons = "Prisoners in 2022\n\n" +
			"At yearend 2022, correctional authorities in the United States had jurisdiction over 1,230,100 persons in state or federal prisons.\n\n" +
			"In 2022, states and the Federal Bureau of Prisons (BOP) admitted 469,200 persons to prison, which was 20,800 more than they released that year (448,400).\n\n" +
			"The imprisonment rate at yearend 2022 (355 sentenced prisoners per 100,000 U.S. residents of all ages) was down 26% from yearend 2012 (480 per 100,000).\n"
		health = "Hospital admission rates by state\n\n" +
			"The national hospital admission rate is 96 per 100,000, though that varies greatly by state.\n\n" +
			"In 2022, there were 916,752 hospital beds in the U.S.\n"
		register = "Housing register statistics: January to March 2024\n\n" +
			"On 31 March 2024, 51,400 households were on the waiting list, which is an increase of 2.2% from 31 March 2023.\n"
		farming = "Agriculture in the UK: summary\n\n" +
			"The total number of cattle and calves remained almost unchanged and was 9.6 million animals.\n\n" +
			"In 2023, there were 9,410 registered farm closures comprising 6,020 members’ voluntary liquidations.\n"
		schools = "Schools Statistics\n\n" +
			"There were 21.6 cases of exclusion per 1,000 pupils in 2018/19.\n"
		suicides = "Suicides in the UK: 2022 registrations\n\n" +
			"The suicide rate was 11.2 deaths per 100,000 in the population in 2022, up from 10.7 per 100,000 in 2021.\n"
		housing = "New residential construction\n\n" +
			"Privately owned housing starts in August were 1,364,000, and builders completed 1,294,000 homes.\n"
	)
	runWhatHow(t, []whatHowCase{
		{name: "a count read at yearend is a stock", text: prisons, stated: "1,230,100 persons", measure: "stock"},
		{name: "a count a verb admits is a flow", text: prisons, stated: "469,200 persons", measure: "flow"},
		{name: "a count the verb before its time words releases is a flow", text: prisons, stated: "448,400", measure: "flow"},
		{name: "a count per a base is a level, its unit written apart", text: prisons, stated: "355", measure: "level",
			unit: "prisoner per 100,000 residents"},
		{name: "a bare reading per a base counts what the sentence's rate counts", text: prisons, stated: "480", measure: "level",
			unit: "prisoner per 100,000 residents"},
		{name: "a rate per 100,000 with no counted noun keeps its unit", text: health, stated: "96 per 100,000", measure: "level"},
		{name: "a bare reading after a rate whose base is a rate noun after \"in the\" counts the same (unit21: the base keeps its noun)", text: suicides, stated: "10.7", measure: "level",
			unit: "death per 100,000 population"},
		{name: "a rate's counted noun is the head before its of-phrase", text: schools, stated: "21.6", measure: "level", unit: "case per 1,000 pupils"},
		{name: "beds present in a year, stated as held: things present, a stock (session 17: was a count)", text: health, stated: "916,752 hospital beds", measure: "stock"},
		{name: "households on a list on a date are a stock", text: register, stated: "51,400 households", measure: "stock"},
		{name: "animals the clause says the total was: a holding, a stock (session 17: was a count)", text: farming, stated: "9.6 million animals", measure: "stock"},
		{name: "liquidations are events whatever adjective stands before: a flow (session 17: was a count)", text: farming, stated: "6,020 members’ voluntary liquidations", measure: "flow"},
		{name: "events named by their noun are a flow", text: housing, stated: "1,364,000", measure: "flow"},
		{name: "a verb that completes homes counts a flow", text: housing, stated: "1,294,000 homes", measure: "flow"},
	})
}
