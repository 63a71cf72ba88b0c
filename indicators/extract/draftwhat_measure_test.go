package extract

import "testing"

// Sentences of dev kinds and the corpus whose measure follows from what
// the number counts and how it is said (what88).
const (
	whatMeasureDeathsText = "Deaths Related to Drug Poisoning: 2011\n\n" +
		"The male mortality rate from drug misuse decreased significantly between 2010 and 2011 (from 50.8 to 43.4 deaths per million population).\n\n" +
		"The highest mortality rate from drug misuse was in 30 to 39-year-olds (110.0 and 30.2 deaths per million population for males and females respectively).\n"
	whatMeasureRailText = "Rail factsheet: 2023\n\n" +
		"1,385 million passenger rail journeys were made in FYE March 2023.\n\n" +
		"346,758 complaints were closed in FYE March 2023.\n\n" +
		"1,132 people were counted in London.\n"
	whatMeasureClimateMeasureText = "National Climate Report - Annual 2012\n\n" +
		"In 2012, the contiguous United States (CONUS) average annual temperature of 55.3°F was 3.2°F above the 20th century average, and was the warmest year in the 1895-2012 period of record for the nation. " +
		"The 2012 annual temperature was 1.0°F warmer than the previous record warm year of 1998. " +
		"Precipitation averaged across the CONUS in 2012 was 26.57 inches, which is 2.57 inches below the 20th century average.\n"
	whatMeasureFinancesText = "Public sector finances: September 2017\n\n" +
		"Public sector net debt (excluding public sector banks) was £1,785.3 billion at the end of September 2017.\n\n" +
		"The public sector borrowed £5.9 billion in September 2017.\n"
	whatMeasureReservesText = "Reserves report\n\n" +
		"The country's foreign exchange holdings stood at US$32 billion as at 31 March 2024.\n"
	whatMeasureRoadsText = "Key reported road casualties: 2019\n\n" +
		"There were 7,594 road casualties reported in 2019, this is 830 or 10% fewer than 2018.\n"
	whatMeasureLimitText = "Climate targets\n\n" +
		"The agreement aims to hold warming well below 2 ℃ and to pursue efforts to limit it to 1.5 ℃.\n"
)

var whatMeasureMeasureCases = []fieldCase{
	{name: "the first end of a rate's range is the rate", text: whatMeasureDeathsText, stated: "50.8",
		want: map[string]string{"measure": "level", "unit": "death per million population"}},
	{name: "the first of two rates joined by and", text: whatMeasureDeathsText, stated: "110.0",
		want: map[string]string{"measure": "level", "unit": "death per million population"}},
	{name: "a rate with its own words", text: whatMeasureDeathsText, stated: "30.2 deaths per million population",
		want: map[string]string{"measure": "level"}},
	{name: "the subject of a passive verb dated by a period counts events: a flow", text: whatMeasureRailText, stated: "1,385 million passenger rail journeys",
		want: map[string]string{"measure": "flow"}},
	{name: "complaints closed in a year: a flow", text: whatMeasureRailText, stated: "346,758 complaints",
		want: map[string]string{"measure": "flow"}},
	{name: "a passive verb dated by a place, no period: still a count", text: whatMeasureRailText, stated: "1,132 people",
		want: map[string]string{"measure": "count"}},
	{name: "a temperature is a reading: a level", text: whatMeasureClimateMeasureText, stated: "55.3°F",
		want: map[string]string{"measure": "level"}},
	{name: "a temperature above an average is a gap from it: a change", text: whatMeasureClimateMeasureText, stated: "3.2°F",
		want: map[string]string{"measure": "change"}},
	{name: "warmer than a record year: a change", text: whatMeasureClimateMeasureText, stated: "1.0°F",
		want: map[string]string{"measure": "change"}},
	{name: "below an average, not a limit: a change", text: whatMeasureClimateMeasureText, stated: "2.57 inches",
		want: map[string]string{"measure": "change"}},
	{name: "precipitation over a year: a flow", text: whatMeasureClimateMeasureText, stated: "26.57 inches",
		want: map[string]string{"measure": "flow"}},
	{name: "well below a temperature: a limit", text: whatMeasureLimitText, stated: "well below 2 ℃",
		want: map[string]string{"measure": "threshold"}},
	{name: "limit to a temperature: a limit", text: whatMeasureLimitText, stated: "1.5 ℃",
		want: map[string]string{"measure": "threshold"}},
	{name: "an amount at the end of a month is held at a date: a stock", text: whatMeasureFinancesText, stated: "£1,785.3 billion",
		want: map[string]string{"measure": "stock"}},
	{name: "an amount borrowed in a month: a flow", text: whatMeasureFinancesText, stated: "£5.9 billion",
		want: map[string]string{"measure": "flow"}},
	{name: "an amount as at a date: a stock", text: whatMeasureReservesText, stated: "US$32 billion",
		want: map[string]string{"measure": "stock"}},
	{name: "a percentage fewer than a year: a change", text: whatMeasureRoadsText, stated: "10%",
		want: map[string]string{"measure": "change"}},
}

func TestDraftWhatMeasureCases(t *testing.T) { runFieldCases(t, whatMeasureMeasureCases) }
