package extract

import "testing"

// TestCountPerSpanAndDifference drafts counts of releases of several
// kinds: a count per a span shorter than its period is an average, a
// level, with its span written apart from the figure or shared with the
// figure it is joined to; a count's difference from another figure of
// what it counts is a change.
func TestCountPerSpanAndDifference(t *testing.T) {
	runFieldCases(t, []fieldCase{
		// Hospitals: "per day" over a month or year.
		{name: "hospitals apart", text: "A&E activity, 2014/15\n\nJanuary 2015 was the least busy month with 48,800 attendances recorded per day.\n",
			stated: "48,800", want: map[string]string{"unit": "attendance per day", "measure": "level"}},
		{name: "hospitals joined", text: "A&E activity, 2014/15\n\nIn 2014/15, June and July were the busiest months for attendances with 57,100 and 56,400 per day.\n",
			stated: "57,100", want: map[string]string{"unit": "attendance per day", "measure": "level"}},
		// Roads: deaths per day over a year.
		{name: "roads", text: "Reported road casualties, 2019\n\nIn 2019 there were 5 road deaths per day.\n",
			stated: "5 road deaths per day", want: map[string]string{"unit": "death per day", "measure": "level"}},
		// Housing: a month's count at a year's pace stays a flow.
		{name: "housing annual rate", text: "New residential construction\n\nPrivately-owned housing starts in August 2019 were at a seasonally adjusted annual rate of 1,364,000 units.\n",
			stated: "1,364,000 units", want: map[string]string{"measure": "flow"}},
		// Migration and prisons: a difference from another figure.
		{name: "migration lower than", text: "Migration report\n\nNet migration was 7,000 lower than the revised estimate for December 2015.\n",
			stated: "7,000", want: map[string]string{"unit": "person", "measure": "change"}},
		{name: "prisons more than", text: "Prisoners in 2022\n\nIn 2022, prisons admitted 20,800 more than they released that year.\n",
			stated: "20,800", want: map[string]string{"measure": "change"}},
	})
}
