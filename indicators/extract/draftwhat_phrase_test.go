package extract

import "testing"

// TestWhatAPhraseCounts: a figure's unit is the noun phrase it counts,
// as the unit grammar verify reads a stated figure by names it — a unit
// of measurement with the nouns that say what it counts is one unit —
// and a number of such a unit is an amount of activity over a period, a
// flow (grammarNoun, activityUnit); modifiers the grammar does not join
// stay apart. Sentences of a road traffic chapter, a rail factsheet, a
// page of rail usage statistics, a drug poisoning release and an aid
// programme's page, field by field.
func TestWhatAPhraseCounts(t *testing.T) {
	const (
		traffic = "Scottish Transport Statistics: Road traffic\n\n" +
			"In 2012, 43.5 billion vehicle kms were driven in Scotland.\n\n" +
			"Traffic on Motorways accounted for 7.1 billion vehicle kms (16% of all traffic) in 2012.\n"
		rail = "Rail factsheet: 2023\n\n" +
			"In FYE March 2023, 15.73 billion net tonne kilometres (9.77 billion net tonne miles) of rail freight were transported.\n"
		usage = "Rail usage statistics by country\n\n" +
			"Of the 3,000 billion passenger kilometres travelled across the world in 2014, 1,346 billion were travelled in China.\n"
	)
	runWhatHow(t, []whatHowCase{
		{name: "vehicle kms driven in a year: one unit, a flow", text: traffic, stated: "43.5 billion", measure: "flow", unit: "vehicle km"},
		{name: "vehicle kms with no verb: still an amount of activity, a flow", text: traffic, stated: "7.1 billion", measure: "flow", unit: "vehicle km"},
		{name: "net tonne kilometres: the whole unit, a flow", text: rail, stated: "15.73 billion", measure: "flow", unit: "net tonne kilometre"},
		{name: "passenger kilometres travelled: the whole unit, a flow", text: usage, stated: "3,000 billion", measure: "flow", unit: "passenger kilometre"},
	})
}

// TestHeadNounPhraseWhole: the counted noun of the words after a bare
// number is the whole unit where the unit grammar joins its words, and
// the head noun where it does not, on a road traffic chapter, a rail
// factsheet, a drug poisoning release, a road casualty report and an aid
// programme's page.
func TestHeadNounPhraseWhole(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"43.5 billion vehicle kms were driven in 2012", "vehicle km"},
		{"28.9 billion vehicle-kms.", "vehicle km"},
		{"15.73 billion net tonne kilometres (9.77 billion net tonne miles)", "net tonne kilometre"},
		{"2,652 drug poisoning deaths registered in 2011", "death"},
		{"195 bus and coach user casualties", "casualty"},
		{"57 low-income districts across the country", "district"},
		{"16,600 full-time equivalent (FTE) police officers", "full-time equivalent officer"},
	} {
		from := len(firstWord(c.text))
		if w := firstWord(c.text[from+1:]); w == "billion" {
			from += 1 + len(w)
		}
		got, _, _ := headNounPhrase(c.text, from, len(c.text))
		if got != c.want {
			t.Errorf("headNounPhrase(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestBracketedPercent: a percentage in brackets restates the phrase
// before it, so it is a change after a change or in a sentence of growth,
// and stays a share elsewhere (bracketedPercent), on sentences of a
// population release, a house price index, an electoral statistics
// release, a gaming machine release, a sport participation survey, a
// gambling survey and a smoking release.
func TestBracketedPercent(t *testing.T) {
	const (
		population = "National, state and territory population, June 2023\n\n" +
			"This was driven by an increase in deaths (3.6 per cent) and a fall in births (-4.1 per cent) over the year to June 2023.\n\n" +
			"Tasmania (0.3 per cent) and Northern Territory (0.9 per cent) were the slowest growing jurisdictions over the year to June 2023.\n"
		houses = "UK House Price Index: December 2019\n\n" +
			"The lowest annual growth rate was in the South East of England (1.2%) in December 2019.\n\n" +
			"Average house prices increased over the year in England to £252,000 (2.2%) and Northern Ireland to £140,000 (2.5%) in December 2019.\n"
		electoral = "Electoral statistics, UK: December 2021\n\n" +
			"Local government registrations fell by 345,818 (0.7%) and 219,415 (0.4%), respectively between December 2020 and December 2021.\n"
		gaming = "Gaming machine spend lifts\n\n" +
			"Gaming machine expenditure in the March 2011 quarter saw the take 5 per cent down on the quarter before.\n"
		sport = "Participation in Sport and Physical Recreation, Australia, 2009-10\n\n" +
			"The highest participation rates in sport and physical recreation were reported by people aged 15-17 years (79%) in 2009-10.\n"
		gambling = "Adult gambling habits in Wales: 2031\n\n" +
			"Those aged 18 to 24 years have had the largest reduction in gambling prevalence between 2019 (19.0%) and 2031 (12.9%).\n"
		smoking = "Adult smoking habits in the UK: 2019\n\n" +
			"In 2019, significantly higher numbers of people in routine and manual occupations smoked (23.4%).\n"
	)
	runWhatHow(t, []whatHowCase{
		{name: "after a noun of change: its size in percent", text: population, stated: "3.6 per cent", measure: "change"},
		{name: "in a sentence of growth, cue after the bracket", text: population, stated: "0.3 per cent", measure: "change"},
		{name: "a growth rate's bracket", text: houses, stated: "1.2%", measure: "change"},
		{name: "an item of a list after a verb of change", text: houses, stated: "2.5%", measure: "change"},
		{name: "the second of two changes joined by and", text: electoral, stated: "0.4%", measure: "change"},
		{name: "a direction written after the percent", text: gaming, stated: "5 per cent", measure: "change"},
		{name: "an agent's by is no change: a share", text: sport, stated: "79%", measure: "share"},
		{name: "after a time, the level at that time: a share", text: gambling, stated: "19.0%", measure: "share"},
		{name: "a comparison of groups is no change: a share", text: smoking, stated: "23.4%", measure: "share"},
	})
}

// TestExistentialCounted: the noun an existential clause introduces is
// what a number in brackets after it counts, not the group a preposition
// names after the noun (phraseCounted), on a cancer registrations
// release, a road casualty report and a homelessness release.
func TestExistentialCounted(t *testing.T) {
	for _, c := range []struct{ np, want string }{
		{"There were more cancers diagnosed in men", "cancer"},
		{"There were fewer casualties on roads in towns", "casualty"},
		{"There are households in temporary accommodation with children", "household"},
		{"the number of people sleeping rough", "person"},
	} {
		u, _, _ := phraseCounted(c.np, true)
		if u.Name != c.want {
			t.Errorf("phraseCounted(%q) = %q, want %q", c.np, u.Name, c.want)
		}
	}
}

// TestRateOnARateNoun: a bare rate counts what the sentence's earlier
// rate on the same base counts, with that rate's base whole when the base
// is a rate noun, not a plural ("per 100,000 population"), on sentences of
// a suicide release, a homicide bulletin and a road casualty report.
func TestRateOnARateNoun(t *testing.T) {
	const (
		suicide = "Suicides in the UK: 2016 registrations\n\n" +
			"In 2014, the highest suicide rate in England was in the North East at 13.2 deaths per 100,000 population; London had the lowest at 7.8 per 100,000.\n"
		homicide = "Homicide in Scotland 2022-23\n\n" +
			"In 2022-23 the homicide rate in Glasgow was 1.9 victims per 100,000 population; Edinburgh had the lowest at 0.9 per 100,000.\n"
		roads = "Reported road casualties 2019\n\n" +
			"In 2019 the fatality rate in rural areas was 4.1 fatalities per 100,000 population, while urban areas had 1.2 per 100,000.\n"
	)
	runWhatHow(t, []whatHowCase{
		{name: "suicides: the earlier rate's noun and base", text: suicide, stated: "7.8", measure: "level", unit: "death per 100,000 population"},
		{name: "homicides: the same", text: homicide, stated: "0.9", measure: "level", unit: "victim per 100,000 population"},
		{name: "road deaths: the same", text: roads, stated: "1.2", measure: "level", unit: "fatality per 100,000 population"},
	})
}
