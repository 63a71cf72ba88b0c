package extract

import "testing"

// drafts56TitlePlaceText is a statistics office's monthly release whose
// title names its place and month.
const drafts56TitlePlaceText = "Car registrations, Great Britain: June 2031\n\n" +
	"Registrations of new cars rose by 2.5% over the month, with petrol cars accounting for 41% of them.\n"

// drafts56SurveyText is an opinion survey whose lead states its period
// and population once.
const drafts56SurveyText = "Views on local parks\n\n" +
	"The following figures are for the latest survey period 3 to 14 March 2031, based on adults in England.\n\n" +
	"Asked about parks, 71% of adults said they visited one each month.\n"

// drafts56SurveyTitleText is an opinion survey titled for its place and
// its span of days, which asks about another country.
const drafts56SurveyTitleText = "Public attitudes, Great Britain: 28 May to 9 June 2031\n\n" +
	"Asked about the issues facing the UK, 62% of adults named housing; a further 40% named transport.\n"

// drafts56HeaderText is a central bank's statistical release: its header
// names the bank in capitals, and a cause names another country.
const drafts56HeaderText = "FEDERAL RESERVE STATISTICAL RELEASE\n\n" +
	"Consumer Credit\n\n" +
	"Revolving credit fell 1.2 percent in June, partly because of supply disruptions that resulted from the floods in Thailand.\n"

// drafts56FirstAskedText is a survey whose only span of days is the
// period it first asked in: a base, never its figures' period.
const drafts56FirstAskedText = "Views on energy\n\n" +
	"55% of adults reported using less energy, up since we first asked in the period 2 to 14 January 2030.\n"

func TestDrafts56WhoWhenOfRelease(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"title place", drafts56TitlePlaceText, "41%", map[string]string{"entities": "GB-GBN"}},
		{"survey population", drafts56SurveyText, "71%", map[string]string{"entities": "GB-ENG"}},
		{"survey lead period", drafts56SurveyText, "71%", map[string]string{"period": "2031-03-03/2031-03-14"}},
		{"title day span across months", drafts56SurveyTitleText, "40%", map[string]string{"period": "2031-05-28/2031-06-09"}},
		{"opinion object is no party", drafts56SurveyTitleText, "62%", map[string]string{"entities": "GB-GBN"}},
		{"header body's country", drafts56HeaderText, "1.2 percent", map[string]string{"entities": "US"}},
		{"first-asked span is no period", drafts56FirstAskedText, "55%", map[string]string{"period": "not stated"}},
	})
}
