package extract

import "testing"

// surveyWhoTwoSurveys is a release on two surveys of two places, whose
// later bullets name their survey and no place.
const surveyWhoTwoSurveys = `Adult drinking habits: 2022

Main points
- Around 4.1 million adults (8.2%) drank heavily in the UK in 2022, based on the Annual Population Survey (APS).
- Around 1.2 million adults (2.9%) used alcohol-free drinks daily in Great Britain in 2022, based on the Opinions and Lifestyle Survey (OPN).
- Those aged 65 years and over had the highest proportion of heavy drinkers (11.4%) in 2022, based on the APS.
- Those aged 16 to 24 years had the highest proportion of alcohol-free drinkers (5.3%) in 2022, based on the OPN.
`

// surveyWhoOneSurvey names one survey: a figure naming no place stays
// without one.
const surveyWhoOneSurvey = `Adult drinking habits: 2022

Main points
- Around 4.1 million adults (8.2%) drank heavily in the UK in 2022, based on the Annual Population Survey (APS).
- Those aged 65 years and over had the highest proportion of heavy drinkers (11.4%) in 2022, based on the APS.
`

func TestDraftSurveyPlaces(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "first survey's later bullet: its place", text: surveyWhoTwoSurveys, stated: "11.4%",
			want: map[string]string{"entities": "GB"}},
		{name: "second survey's later bullet: its place, not the bullet before's", text: surveyWhoTwoSurveys, stated: "5.3%",
			want: map[string]string{"entities": "GB-GBN"}},
		{name: "a figure naming its place keeps it", text: surveyWhoTwoSurveys, stated: "2.9%",
			want: map[string]string{"entities": "GB-GBN"}},
		// No place carried from a survey's figure before: the document's
		// one place (docPlaceOf), the UK.
		{name: "one survey: no place carried, the document's", text: surveyWhoOneSurvey, stated: "11.4%",
			want: map[string]string{"entities": "GB"}},
	})
}

func TestDraftSurveyOf(t *testing.T) {
	surveys := []namedSurvey{{"Annual Population Survey", "APS"}, {"Opinions and Lifestyle Survey", "OPN"}}
	for _, tc := range []struct {
		quote, want string
	}{
		{"… in 2022, based on the APS.", "APS"},
		{"… based on the Opinions and Lifestyle Survey (OPN).", "OPN"},
		{"… the APS and the OPN agree.", ""},
		{"… in 2022.", ""},
	} {
		s, _ := surveyOf(tc.quote, surveys)
		if s.acronym != tc.want {
			t.Errorf("surveyOf(%q) = %q, want %q", tc.quote, s.acronym, tc.want)
		}
	}
}
