package extract

import "testing"

// countrySheetText is a health agency's fact sheet in words of its own,
// titled by the country it is about; a change over a run of years, and
// bullets that break down the sentence before them.
const countrySheetText = "Quick Facts: Measles in Canada\n\n" +
	"Overview\n\n" +
	"Reported measles cases rose 40% overall from 2019 to 2023.\n\n" +
	"There were 1,240 reported cases in 2023. Of those, 61% were among children under five.\n"

// cropText is a farm wire's crop summary in words of its own: no title
// line, a byline, one country in its opening, no year anywhere.
const cropText = "(FWS) – The department released its monthly crop report.\n" +
	"The department expects a larger barley harvest in Canada. Barley production is forecast at 9.8 million tonnes, up 0.4 million tonnes from last month.\n" +
	"Oat production is predicted at 3.1 million tonnes.\n"

// indiaText is a Government of India release in words of its own: a
// ministry line, highlights, the bureau's date line, fiscal years written
// "2022-23" and amounts in crore.
const indiaText = "Ministry of Rural Development\n\n" +
	"Highlights of the year\n\n" +
	"During 2022-23 an amount of Rs 5,400 crore was released to the states under the rural roads scheme.\n\n" +
	"In 2022-23, 48,000 km of roads were completed.\n\n" +
	"Posted On: 12 FEB 2024 6:10PM by PIB Delhi\n\n" +
	"The Ministry has connected 1,100 villages.\n"

var docHomeCases = []fieldCase{
	{name: "a change from one year to another is dated by its end, measured from its start", text: countrySheetText, stated: "40%",
		want: map[string]string{"period": "2023", "base": "2019", "entities": "CA"}},
	{name: "a figure with no place of a sheet titled \"… in <country>\" is that country's", text: countrySheetText, stated: "61%",
		want: map[string]string{"entities": "CA", "counterpart": ""}},
	{name: "a figure with no place, in a text whose opening names one country", text: cropText, stated: "3.1 million tonnes",
		want: map[string]string{"entities": "CA", "period": "not stated"}},
	{name: "a Government of India release: its figures are India's", text: indiaText, stated: "Rs 5,400 crore",
		want: map[string]string{"entities": "IN"}},
	{name: "\"In 2022-23,\" before a figure of an Indian release", text: indiaText, stated: "48,000 km",
		want: map[string]string{"entities": "IN"}},
}

func TestDraftDocHomeCases(t *testing.T) {
	runFieldCases(t, docHomeCases)
}

func TestDraftIssuedPostedOn(t *testing.T) {
	tests := []struct{ text, want string }{
		{indiaText, "2024-02-12"},
		{"Release\n\nText.\n\nPosted On: 3 Sept 2021 by PIB Mumbai\n", "2021-09-03"},
		{"Release\n\nNo date here.\n", ""},
	}
	for _, tc := range tests {
		got := issuedOf(tc.text)
		if s := got.String(); got.IsZero() && tc.want != "" || !got.IsZero() && s != tc.want {
			t.Errorf("issuedOf(%q) = %s, want %q", tc.text, s, tc.want)
		}
	}
}
