package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The review's proofs (review18, items 1, 5, 6, 14 and 15) and a case of
// another kind for each rule fixed in fix18d.

// asOfPlacesPrisonText is the review's asat3 proof: a release's as-at day and
// figures whose clauses name a time of their own.
const asOfPlacesPrisonText = "Prisoners in Australia\n\n" +
	"Released 10 December 2015 by the Australian Bureau of Statistics. This release presents data as at 30 June 2015.\n\n" +
	"There were 36,134 prisoners, up from 33,791 a year earlier.\n\n" +
	"Over the 2014-15 financial year, 46,000 people were received into prison.\n\n" +
	"Over the last ten years the prisoner population rose 40%.\n"

// asOfPlacesVehiclesText is a vehicles release with an as-at day: a change on
// the previous year and a stock of no time of its own.
const asOfPlacesVehiclesText = "Vehicle licensing statistics\n\n" +
	"Released 20 June 2024 by the Department for Transport. This release presents data as at 31 March 2024.\n\n" +
	"There were 41.4 million licensed vehicles.\n\n" +
	"Registrations of new cars rose 3% on the previous year.\n"

// TestDraftAsOf: a release's as-at day dates only figures whose clause
// names no time at all; a relative time ("a year earlier", "over the last
// ten years", "the previous year") is the figure's own.
func TestDraftAsOf(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "the release's day dates a figure of no time", text: asOfPlacesPrisonText, stated: "36,134 prisoners",
			want: map[string]string{"period": "2015-06-30"}},
		{name: "a year earlier is the figure's own time", text: asOfPlacesPrisonText, stated: "33,791",
			want: map[string]string{"period": "not stated"}},
		{name: "over the last ten years is the figure's own span", text: asOfPlacesPrisonText, stated: "40%",
			want: map[string]string{"period": "not stated"}},
		{name: "vehicles: a stock of no time of its own takes the day", text: asOfPlacesVehiclesText, stated: "41.4 million licensed vehicles",
			want: map[string]string{"period": "2024-03-31"}},
		{name: "vehicles: a change on the previous year is not of the day", text: asOfPlacesVehiclesText, stated: "3%",
			want: map[string]string{"period": "not stated"}},
	})
}

// TestDraftFiscalAfter: a pair of years the words after name a financial
// year is that year across two, a fiscal year that fiscal year, never the
// calendar year it ends in.
func TestDraftFiscalAfter(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "the review's proof: the 2014-15 financial year", text: asOfPlacesPrisonText, stated: "46,000 people",
			want: map[string]string{"period": "2014/15"}}, // a financial year: a year across two
		{name: "budget: the 2024-25 fiscal year", text: "Budget outlook\n\nThe deficit will be $40 billion in the 2024-25 fiscal year.\n",
			stated: "$40 billion", want: map[string]string{"period": "FY2024-25"}},
		{name: "a pair with no fiscal word is a year across two (grid22)", text: "Prisoners\n\nDuring 2014-15, 46,000 people were received into prison.\n",
			stated: "46,000 people", want: map[string]string{"period": "2014/15"}},
	})
	for _, tc := range []struct {
		after string
		want  bool
	}{
		{" financial year, 46,000", true},
		{" fiscal year", true},
		{" financial years", false},
		{", 46,000 people", false},
	} {
		if got := fiscalAfter(tc.after); got != tc.want {
			t.Errorf("fiscalAfter(%q) = %v, want %v", tc.after, got, tc.want)
		}
	}
}

// asOfPlacesPassengersText is the review's us.txt proof: a U.S. release.
const asOfPlacesPassengersText = "Air Traffic Data, 2017\n\n" +
	"Released today by the Bureau of Transportation Statistics, United States.\n\n" +
	"U.S. airlines carried 965 million passengers in 2017.\n\n" +
	"International passengers to Mexico numbered 31 million in 2017.\n\n" +
	"International passengers to and from the United States numbered 240 million in 2017.\n"

// TestDraftForeignSide: "foreign" or "international" makes the world the
// other side of a flow of the document's own country only.
func TestDraftForeignSide(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "another country's figure takes no world", text: asOfPlacesPassengersText, stated: "31 million",
			want: map[string]string{"entities": "MX", "counterpart": ""}},
		{name: "the home country's flow takes the world", text: asOfPlacesPassengersText, stated: "240 million",
			want: map[string]string{"entities": "US", "counterpart": "WLD"}},
		{name: "fisheries: the home country's vessels in foreign ports", text: sidesFishText, stated: "13.8%",
			want: map[string]string{"entities": "IE", "counterpart": "WLD"}},
	})
}

// asOfPlacesSchoolsText is the review's ks2.txt proof: school subjects
// capitalised, one of them an ISO 3166-2 name.
const asOfPlacesSchoolsText = "Key stage 2 attainment: 2023\n\n" +
	"Published 12 September 2023 by the Department for Education, England.\n\n" +
	"In 2023, 59% of pupils in England met the expected standard in reading, writing and maths.\n\n" +
	"The share of pupils meeting the expected standard in Reading fell to 73% in 2023.\n"

// asOfPlacesTownsText is a UK local release that lists towns, common words
// among them.
const asOfPlacesTownsText = "Local housing statistics: 2023\n\n" +
	"Released 20 September 2023 by the Office for National Statistics, United Kingdom.\n\n" +
	"House prices rose 4.1% in Reading, Slough and Wokingham in 2023.\n\n" +
	"Completions in Wokingham reached 1,200 homes in 2023.\n\n" +
	"Completions in Reading reached 900 homes in 2023.\n"

// TestDraftWordPlaces: an ISO 3166-2 name that is a common word is a
// place only beside another place of the country in its sentence.
func TestDraftWordPlaces(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "a school subject is no place", text: asOfPlacesSchoolsText, stated: "73%",
			want: map[string]string{"entities": "GB-ENG"}},
		{name: "a town that is no word is read alone", text: asOfPlacesTownsText, stated: "1,200 homes",
			want: map[string]string{"entities": "GB-WOK"}},
		{name: "a word town alone is not read", text: asOfPlacesTownsText, stated: "900 homes",
			want: map[string]string{"entities": "GB"}},
	})
	text := "House prices rose in Reading, Slough and Wokingham. Reading scores fell."
	subs := withHomeSubdivisions(text, "GB", nil)
	var got []string
	for _, s := range subs {
		got = append(got, s.name)
	}
	if want := "Reading Slough Wokingham"; strings.Join(got, " ") != want {
		t.Errorf("withHomeSubdivisions(%q) = %q, want %q", text, got, want)
	}
}

// asOfPlacesVisitsText is the review's uk.txt proof: a state's name that
// holds a country's, and that country in the next clause.
const asOfPlacesVisitsText = "Visits to the UK, 2023\n\n" +
	"Visits from New South Wales numbered 30,000 in June 2023, while visits to Wales rose 4% to 90,000.\n"

// TestDraftOwnClausePlace: a state the figure's own clause names wins
// over a place read from the next clause.
func TestDraftOwnClausePlace(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "New South Wales, not Wales", text: asOfPlacesVisitsText, stated: "30,000",
			want: map[string]string{"entities": "AU-NSW"}},
		{name: "Wales in its own clause", text: asOfPlacesVisitsText, stated: "90,000",
			want: map[string]string{"entities": "GB-WLS"}},
		{name: "vehicles: a province in parentheses still wins", text: sidesVehiclesText, stated: "13.1%",
			want: map[string]string{"entities": "CA-BC"}},
	})
}

// TestDraftFractionOfScale: a fraction of a scale word is one figure.
func TestDraftFractionOfScale(t *testing.T) {
	for _, tc := range []struct {
		text, want, value string
	}{
		{"a quarter of a million hectares were covered", "a quarter of a million hectares", "250000"},
		{"a third of a billion dollars was spent", "a third of a billion dollars", "333333333.333333"},
		{"half a million trees were planted", "half a million trees", "500000"},
		{"a quarter of the pupils passed", "a quarter", "0.25"},
	} {
		ms := Extract(tc.text)
		if len(ms) == 0 {
			t.Errorf("Extract(%q) = no mention, want %q", tc.text, tc.want)
			continue
		}
		if got := ms[0].Text; got != tc.want || ms[0].Quantity.Value.String() != tc.value {
			t.Errorf("Extract(%q)[0] = %q %s, want %q %s", tc.text, got, ms[0].Quantity.Value, tc.want, tc.value)
		}
	}
}

// TestDraftWordsFrom: a note's snippet ends on a whole word and never
// inside a character.
func TestDraftWordsFrom(t *testing.T) {
	for _, tc := range []struct {
		text string
		at   int
		want string
	}{
		{"This release presents data as at 30 June 2015. There were 36,134 prisoners.", 26, "as at 30 June 2015. There"},
		{"For the 2024 bathing season Scotland's bathing waters are:", 0, "For the 2024 bathing season"},
		{"as at 30 June 2015", 0, "as at 30 June 2015"},
		{"as at 30 June 2015 — données définitives", 0, "as at 30 June 2015 —"},
		{"données au 30 juin 2015 année définitive", 0, "données au 30 juin 2015"},
		{"Supercalifragilisticexpialidocious-words everywhere", 0, "Supercalifragilisticexpialidocious-words"},
	} {
		got := wordsFrom(tc.text, tc.at, asOfNoteBytes)
		if got != tc.want || !utf8.ValidString(got) {
			t.Errorf("wordsFrom(%q, %d) = %q, want %q", tc.text, tc.at, got, tc.want)
		}
	}
}
