package extract

import "testing"

// sidesFishText is a fisheries release (dev kind fisheries): landings by
// the country's vessels abroad and by foreign vessels at home.
const sidesFishText = "Fish Landings 2016\n\n" +
	"Landings by Irish vessels in Ireland were higher by 1.7% or 3,426 tonnes. Landings by Irish vessels in foreign ports increased by 13.8% or 4,099 tonnes. Landings by foreign vessels in Ireland decreased by 27.6% or 25,926 tonnes.\n"

// sidesAirText is an air traffic release (dev kind air): flights to and
// from the country, and the whole system with its domestic side.
const sidesAirText = "2017 Traffic Data for U.S Airlines and Foreign Airlines\n\n" +
	"U.S. airlines and foreign airlines serving the United States carried 965.0 million systemwide (domestic and international) scheduled service passengers in 2017. Foreign airlines carried 6.1 percent more passengers to and from the United States than in 2016.\n"

// sidesStudentsText is an education release (corpus): students from
// abroad in the country are a stock, no flow.
const sidesStudentsText = "Open Doors 2011\n\n" +
	"The number of international students in the United States increased to a record high of 723,277 for the 2010/2011 academic year.\n"

// sidesVehiclesText is a vehicles release (dev kind vehicles): provinces
// of the document's country, one with a country's demonym in its name.
const sidesVehiclesText = "New Motor Vehicle Registrations, 2021\n\n" +
	"More new motor vehicles were registered in all provinces in 2021 and the largest increases were observed in Prince Edward Island (+49.4%), followed by British Columbia (+13.1%) and Quebec (+7.9%). Multipurpose vehicles continue to be the vehicle type of choice of Canadians. The Government of Canada publishes these figures.\n"

// sidesLifeText is a life expectancy release (dev kind lifeexp): local
// areas of the UK by their ISO 3166-2 names.
const sidesLifeText = "Life expectancy at birth for local areas in the United Kingdom, 2010-12\n\n" +
	"Male life expectancy at birth was highest in East Dorset (82.9 years) and lowest in Glasgow City (72.6 years). For women at age 65, life expectancy was highest in Camden (23.8 years).\n"

var sidesWhoCases = []fieldCase{
	{name: "fisheries: the country's own landings at home have no counterpart", text: sidesFishText, stated: "1.7%",
		want: map[string]string{"entities": "IE", "counterpart": ""}},
	{name: "fisheries: its vessels in foreign ports land with the world", text: sidesFishText, stated: "13.8%",
		want: map[string]string{"entities": "IE", "counterpart": "WLD"}},
	{name: "fisheries: foreign vessels at home land with the world", text: sidesFishText, stated: "27.6%",
		want: map[string]string{"entities": "IE", "counterpart": "WLD"}},
	{name: "air: foreign airlines to and from the country", text: sidesAirText, stated: "6.1 percent",
		want: map[string]string{"entities": "US", "counterpart": "WLD"}},
	{name: "air: the whole system, domestic side and all, has no counterpart", text: sidesAirText, stated: "965.0 million",
		want: map[string]string{"entities": "US", "counterpart": ""}},
	{name: "education: international students in the country are a stock", text: sidesStudentsText, stated: "723,277",
		want: map[string]string{"entities": "US", "counterpart": ""}},
	{name: "vehicles: a province the figure follows", text: sidesVehiclesText, stated: "49.4%",
		want: map[string]string{"entities": "CA-PE"}},
	{name: "vehicles: British Columbia is no part of Britain", text: sidesVehiclesText, stated: "13.1%",
		want: map[string]string{"entities": "CA-BC"}},
	{name: "lifeexp: a council area by its ISO 3166-2 name", text: sidesLifeText, stated: "72.6 years",
		want: map[string]string{"entities": "GB-GLG"}},
	{name: "lifeexp: a London borough", text: sidesLifeText, stated: "23.8 years",
		want: map[string]string{"entities": "GB-CMD"}},
}

func TestDraftWhoSides(t *testing.T) { runFieldCases(t, sidesWhoCases) }
