package lexicon

import "slices"

// YearBackPhrases are the words by which a document compares a change
// with the same time a year before, lower case: "in the year to August
// 2022", "from the year before", "on the same quarter last year", "year
// over year" (as Statistics Canada writes it). A change
// whose sentence (or the lead-in line above its list) says one has a base,
// the figure's period a year back.
var YearBackPhrases = []string{
	"year to ", "year ending ", "year ended ", "over the year", "on the year", "year on year", "year-on-year",
	"year over year", "year-over-year", "year before", "previous year", "preceding year", "a year earlier", "a year ago", "12 months earlier",
	"same period last year", "same quarter last year", "same month last year", "last year",
	"previous 12 month", "previous 12-month", "previous twelve month", "preceding 12 month", "preceding twelve month",
}

// PeriodBackPhrases are the words by which a weekly, monthly or
// quarterly release compares a change with the period just before its
// own, lower case, with how far back that is: "a decrease of 2 on the
// previous week" (7 days), "up 3% on the previous month" (1 month), "the
// three months to January 2020 … compared with the previous three
// months" (3 months, of a period of three months only).
var PeriodBackPhrases = []struct {
	Phrase       string
	Days, Months int
}{
	{"previous week", 7, 0}, {"preceding week", 7, 0}, {"week before", 7, 0}, {"last week", 7, 0},
	{"previous month", 0, 1}, {"preceding month", 0, 1}, {"month before", 0, 1}, {"last month", 0, 1},
	{"previous quarter", 0, 3}, {"preceding quarter", 0, 3}, {"quarter before", 0, 3}, {"last quarter", 0, 3},
	{"previous three months", 0, 3}, {"preceding three months", 0, 3}, {"previous 3 months", 0, 3}, {"preceding 3 months", 0, 3},
}

// YearBackPoints are those of YearBackPhrases, in their order, that name
// one earlier time a level can be at ("53%, down from 57% a year
// earlier"): not a span ending at a date ("year to "), a change over one
// ("over the year", "year on year") or a time counted back from when the
// document was written ("last year", "a year ago").
var YearBackPoints = []string{
	"previous year", "preceding year", "a year earlier", "12 months earlier",
	"same period last year", "same quarter last year", "same month last year",
}

// ComparedWithPhrases are the words that lead to the period a change is
// compared with, lower case: "compared with Q1 2008", "as compared to the
// same period of 2008", "the same quarter of 2008". The year after them
// (within a few words) is the base's year.
var ComparedWithPhrases = []string{
	"compared with ", "compared to ", "same period of ", "same period in ", "same quarter of ", "same quarter in ",
	"same month of ", "same month in ",
}

// LikeWords are the words that set a figure beside another it is like,
// lower case: "similar to the 288 vehicle kilometres in 2016". With
// ComparedWithPhrases and SinceWords they lead to a compared figure.
var LikeWords = []string{"similar to ", "close to ", "the same as ", "in line with "}

// SinceWords are the words that lead to a comparand named by its date or
// year in a sentence that may hold other years, lower case: "a decrease
// of 3,320 since 1 October 2023", "higher than in 2019", "down from 52%
// in 2020", "24% above the 1955-2006 long-term average". Unlike ComparedWithPhrases, they name a base only where the
// date after them is before the figure's period.
var SinceWords = []string{"since ", "than ", "from ", "above ", "below "}

// SamePeriodPhrases are the words by which a sentence says its change is
// over the period the sentence before compared ("decreased by 8.0% in
// real terms over the same period", s18k-construction), lower case.
var SamePeriodPhrases = []string{"same period", "same time"}

// BeatVerbs are the verbs of a figure beaten, lower case: "exceeding the
// three year government set target by 37,000 homes" (s24s-flooding).
// Each leads to what a change is set against (AgainstLeads) and says it
// went up (Directions).
var BeatVerbs = []string{"exceeding", "exceeded", "exceeds", "exceed", "surpassing", "surpassed", "surpasses", "beating", "beat", "beats"}

// AgainstLeads are the words that lead to what a change is set against
// when that is no earlier period, lower case: "3,700 people lower than
// forecast", "£2.1 billion below the OBR's forecast", "5% above target",
// "ahead of plan", "well in excess of target levels", and each of
// BeatVerbs.
var AgainstLeads = func() []string {
	l := []string{"than ", "below ", "above ", "against ", "compared with ", "compared to ", "short of ", "ahead of ", "behind ", "in excess of "}
	for _, v := range BeatVerbs {
		l = append(l, v+" ")
	}
	return slices.Clip(l) // callers append to it
}()

// ForecastWords name a forecast or projection a figure is set against,
// lower case: "lower than forecast", "above the projected level",
// "higher than expected".
var ForecastWords = []string{"forecast", "forecasts", "forecasted", "projected", "projection", "projections", "expected", "expectations", "predicted", "anticipated"}

// TargetWords name a target or plan a figure is set against, lower case:
// "below target", "ahead of plan", "short of the goal", "over budget".
var TargetWords = []string{"target", "targets", "targeted", "goal", "goals", "plan", "planned", "budget", "budgeted", "trajectory", "ambition"}

// GroupWords name another group of the same time a figure is set against
// after "than", lower case: "6.9% less than their part-time female
// counterparts", "lower than men".
var GroupWords = []string{"counterpart", "counterparts", "peers", "men", "women", "males", "females", "boys", "girls"}

// YearEndPhrases are the words by which a release counts a stock at the
// end of a financial year, lower case: "£121.8 billion at the end of the
// financial year 2018-19" is held on the year's last day.
var YearEndPhrases = []string{"end of the financial year", "end of financial year", "end of the fiscal year"}
