package extract

import "testing"

// what45: hard sentences of the session's rules for survey releases —
// their status, an index's points, and the numbers that are names — near
// misses included. Sentences are our own, or short quotes of dev-set
// documents.

// etsText is a survey of opinions whose title follows a dateline in
// figures.
const etsText = "2022-09-28\n\nEconomic Tendency Survey September 2022\n\nConfidence down across business sector\n\n" +
	"The Economic Tendency Indicator fell 6.4 points in September to 90.8. All sectors contributed to the decline, the retail and consumer indicators sinking furthest to 81.7 and 49.7 respectively.\n\n" +
	"The confidence indicator for the manufacturing industry dropped 5.7 points to 110.0 and has now fallen for four months in a row. " +
	"Two industries moved in different directions, the former climbing 6.8 points to 117.5.\n"

// TestWhat45SurveyStatus: rule 1, a survey's figures are estimates where
// the release says so once — its title after a dateline, a sentence that
// says its data were collected through a named survey of households, a
// survey of opinions whoever answers, a measure only estimated — but the
// size of the survey's own sample is a fact.
func TestWhat45SurveyStatus(t *testing.T) {
	const cps = "VOLUNTEERING IN THE UNITED STATES -- 2013\n" +
		"The volunteer rate declined by 1.1 percentage points to 25.4 percent for the year ending\nin September 2013. About 62.6 million\npeople volunteered at least once.\n" +
		"These data on volunteering were collected through a supplement to the September 2013\nCurrent Population Survey (CPS). The CPS is a monthly survey of about 60,000 households\nthat obtains information on employment.\n"
	runFieldCases(t, []fieldCase{
		{"a survey title under a dateline", etsText, "6.4 points", map[string]string{"status": "estimate", "period": "2022-09"}},
		{"its level too", etsText, "90.8", map[string]string{"status": "estimate"}},
		{"data collected through a named survey", cps, "25.4 percent", map[string]string{"status": "estimate"}},
		{"its count too", cps, "About 62.6 million\npeople", map[string]string{"status": "estimate"}},
		{"near miss: the survey's sample size is a fact", cps, "about 60,000 households", map[string]string{"status": "fact"}},
		{"a business survey of opinions", "Business Tendency Survey, March 2024\nReleased: 2024-03-28\nThe manufacturing confidence indicator rose 2.1 points to 98.4.\n",
			"98.4", map[string]string{"status": "estimate"}},
		{"near miss: a survey of businesses' counts", "Survey of businesses, March 2023\nReleased: 2023-04-14\nTurnover rose by 2.1% in March.\n",
			"2.1%", map[string]string{"status": "fact"}},
		{"an office's productivity", "Statistical bulletin: Labour Productivity, Q1 2013\n\nReleased: 28 June 2013\n\nKey Points\n\nMarket sector productivity fell by 0.3% in Q1.\n",
			"0.3%", map[string]string{"status": "estimate"}},
		{"near miss: a register's count", "Divorces in England and Wales: 2022\n\nThere were 80,057 divorces granted in 2022.\n",
			"80,057 divorces", map[string]string{"status": "fact"}},
	})
}

// TestWhat45TitleMonth: a month closing a survey's own title dates its
// figures; one closing another title is its issue, not their period.
func TestWhat45TitleMonth(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"a survey's month", etsText, "110.0", map[string]string{"period": "2022-09"}},
		{"near miss: a summary's month is its issue", "Monetary Policy Summary, August 2024\nThe Committee voted to reduce Bank Rate by 0.25 percentage points. Services inflation has declined to 5.7% in June.\n",
			"5.7%", map[string]string{"period": "2024-06"}},
	})
}

// TestWhat45IndexPoints: rule 2, a change in points after a verb of
// change, the bare level it reaches an index level (unit index, the
// README's "An index with no base year"), a run of months a count.
func TestWhat45IndexPoints(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"fell N points", etsText, "6.4 points", map[string]string{"measure": "change"}},
		{"climbing N points", etsText, "6.8 points", map[string]string{"measure": "change"}},
		{"the level reached past a month", etsText, "90.8", map[string]string{"measure": "level", "unit": "index"}},
		{"the level reached right after", etsText, "110.0", map[string]string{"measure": "level", "unit": "index"}},
		{"indicators sinking to a list", etsText, "49.7", map[string]string{"measure": "level", "unit": "index"}},
		{"a run of months", etsText, "four months", map[string]string{"measure": "count"}},
		{"near miss: points scored are a count", "Season review 2023\n\nThe team scored 31 points in its last game of 2023.\n",
			"31 points", map[string]string{"measure": "count"}},
		{"near miss: no index rises to a bare figure", "Schools census 2023\n\nThe number of schools rose to 340 in 2023.\n",
			"340", map[string]string{"measure": "count"}},
	})
	for _, tc := range []struct {
		text, stated string
		want         string
	}{
		{etsText, "6.4 points", "down"},
		{etsText, "6.8 points", "up"},
	} {
		d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
		found := false
		for _, cl := range d.claims() {
			if cl.skip == "" && cl.ind.Stated == tc.stated {
				found = true
				if got := cl.ind.Quantity.Direction.String(); got != tc.want {
					t.Errorf("direction of %q = %s, want %s", tc.stated, got, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("no draft of %q", tc.stated)
		}
	}
}

// TestWhat45Names: rule 4, the first end of a suspended range and a
// number in a list of exhibits are names, no figures; near misses stay.
func TestWhat45Names(t *testing.T) {
	const ages = "Volunteering 2013\n\nBy age, 35- to 44-year-olds were most likely to volunteer (30.6 percent). Teens (16- to 19-year-olds) had a volunteer\nrate of 26.2 percent. Women volunteered at a higher rate. (See tables A and 1.)\n"
	for _, tc := range []struct {
		name, text, stated string
		drafted            bool
	}{
		{"a suspended age range", ages, "35", false},
		{"one in brackets", ages, "16", false},
		{"an exhibit list", ages, "1", false},
		{"the share of the band stays", ages, "30.6 percent", true},
		{"near miss: a count before a plain range stays", "Hospital report 2023\n\nThe trust opened 35 beds and 12 wards in 2023.\n", "35 beds", true},
		{"near miss: a count after a list of places", "Transport 2023\n\nServices in towns A and 12 others ran late in 2023.\n", "12 others", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, all := draftFieldsOf(tc.text, tc.stated)
			if (got != nil) != tc.drafted {
				t.Errorf("drafted %q = %v, want %v; drafts: %q", tc.stated, got != nil, tc.drafted, all)
			}
		})
	}
}

// TestWhat45GroupTitles: rule 3, a title keeps the group its figure is
// about: a figure "for women" after one "for men" takes the measured
// noun of the figure before, not the other group.
func TestWhat45GroupTitles(t *testing.T) {
	const rates = "Divorces: 2022\n\n" +
		"Divorce rates in 2022 were 6.7 for men and 6.6 for women per 1,000 of the married population; lower than rates in 2021, with 9.5 for men and 9.4 for women per 1,000 of the married population.\n"
	for _, tc := range []struct{ stated, want string }{
		{"9.4", "Divorce rates for women"},
	} {
		d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: rates}, map[string]int{})
		found := false
		for _, cl := range d.claims() {
			if cl.skip == "" && cl.ind.Stated == tc.stated {
				found = true
				if cl.ind.Title != tc.want {
					t.Errorf("title of %q = %q, want %q", tc.stated, cl.ind.Title, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("no draft of %q", tc.stated)
		}
	}
}

// TestWhat45OpenBand: rule 4, an open band after "for persons" names the
// people a figure is of; a count after "for" a noun of things stays.
func TestWhat45OpenBand(t *testing.T) {
	for _, tc := range []struct {
		name, text, stated string
		drafted            bool
	}{
		{"an open age band", "Volunteering 2013\n\nFor persons 45 years and over, the volunteer rate tapered off as age increased in 2013.\n", "45 years and over", false},
		{"near miss: years of service", "Pensions 2013\n\nThe scheme paid out for 45 years in 2013.\n", "45 years", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, all := draftFieldsOf(tc.text, tc.stated)
			if (got != nil) != tc.drafted {
				t.Errorf("drafted %q = %v, want %v; drafts: %q", tc.stated, got != nil, tc.drafted, all)
			}
		})
	}
}

// TestWhat45ModelledNearMiss: a one-line text whose only line names GDP
// is a sentence, no release's title: its figure keeps its own status.
func TestWhat45ModelledNearMiss(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"near miss: a sentence, no title", "Brazil’s gross domestic product (GDP) rose 2.5 percent in 2013.", "2.5 percent", map[string]string{"status": "fact"}},
	})
}
