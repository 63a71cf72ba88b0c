package extract

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// The sentences of the thirteenth session's unseen releases (school
// statistics, immunisation coverage) beside the same patterns in releases
// of other kinds: a labour market story, a benefits release.
const (
	clauseTitlesSchools = "Schools Statistics Published\n\nOver the year to 2019 teacher numbers increased by 288 to 52,247. This coupled with a rise in pupils of 4,738 has meant that the pupil teacher ratio has remained at 13.6.\n"
	clauseTitlesLabour  = "Unemployment Falls Again\n\nThe government's cuts have also been reflected in the fall of public sector workers by 39,000, the lowest figure since March 2003.\n"
	clauseTitlesClaims  = "Claimant Count\n\nIn October there was an increase in the number of claimants of 8,100 on the month.\n"
)

// TestDraftChangeIn: "a rise in NOUN of N" and "the fall of NOUN by N"
// state a change of N NOUN, titled by the noun of change and what changed;
// a verb after the figure ("4,738 has meant") is no unit.
func TestDraftChangeIn(t *testing.T) {
	runUnitMeasureCases(t, []unitMeasureCase{
		{name: "rise in pupils of", text: clauseTitlesSchools, stated: "4,738", unit: "pupil", measure: "change", dir: "up", title: "Change in pupils"},
		{name: "fall of workers by", text: clauseTitlesLabour, stated: "39,000", unit: "worker", measure: "change", dir: "down", title: "Change in public sector workers"},
		{name: "increase in the number of claimants of", text: clauseTitlesClaims, stated: "8,100", unit: "claimant", measure: "change", dir: "up", title: "Change in the number of claimants"},
	})
}

// TestHeadNounNotVerb: a finite verb after a figure is never its unit.
func TestHeadNounNotVerb(t *testing.T) {
	tests := []struct {
		text string
		from int
		want string
	}{
		{"4,738 has meant that", 5, ""},
		{"4,738 pupils were", 5, "pupil"},
		{"120 was the", 3, ""},
	}
	for _, tt := range tests {
		if got, _, _ := headNoun(tt.text, tt.from, len(tt.text)); got != tt.want {
			t.Errorf("headNoun(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// Lists of moves, each clause with its own subject, in an immunisation
// coverage release, a trade release and a labour market story.
const (
	clauseTitlesVaccines = "Main points\n\nIn comparison with the previous quarter:\n\n  • 12-month UK coverage for the ‘6-in-1’ vaccine decreased by 0.1% to 92.3%, rotavirus increased by 0.2% to 89.6%, meningitis B second dose (MenB2) decreased by 0.3% to 92.0% and pneumococcal conjugate vaccine (PCV) dose 1 decreased by 0.1% at 94.2%\n  • in England, ‘6-in-1’ coverage decreased by 0.2% to 91.9%, MenB decreased by 0.3% to 91.6%, rotavirus increased by 0.3% to 89.3% and PCV1 coverage decreased by 0.1% to 94.0%\n  • in the UK, 24-month coverage of the ‘6-in-1’ vaccine increased 0.1% to 93.4%, but all other antigens decreased; measles, mumps and rubella first dose vaccination (MMR1) decreased by 0.6% at 89.5%, combined dose of the haemophilus influenzae type b and meningitis C vaccines (Hib/MenC) decreased 0.6% to 89.4%, coverage for PCV decreased by 0.8% to 89.1% and MenB decreased by 0.7% to 88.4%\n"
	clauseTitlesTrade    = "August 2017 Trade Gap\n\nExports of goods and services increased $0.8 billion, or 0.4 percent, in August to $195.3 billion. Exports of goods increased $0.6 billion and exports of services increased $0.2 billion.\n"
	clauseTitlesJobs     = "Unemployment falls by 82,000\n\nEmployment rose 40,000 to 29.6 million. The number of people in full-time jobs rose by 44,000 while the number in part-time jobs fell by 4,000.\n"
)

// TestDraftClauseTitles: each figure of a list of moves takes the
// subject of its own clause, with the area, age and head noun the list
// leads with; the level reached is titled as the quantity, its change as
// a change.
func TestDraftClauseTitles(t *testing.T) {
	runUnitMeasureCases(t, []unitMeasureCase{
		{name: "first clause, level", text: clauseTitlesVaccines, stated: "92.3%", title: "UK coverage for the ‘6-in-1’ vaccine at 12 months"},
		{name: "first clause, change", text: clauseTitlesVaccines, stated: "0.1%", title: "Change in UK coverage for the ‘6-in-1’ vaccine at 12 months"},
		{name: "own subject, not the clause after", text: clauseTitlesVaccines, stated: "92.0%", title: "UK coverage of the second MenB dose at 12 months"},
		{name: "level reached is no change", text: clauseTitlesVaccines, stated: "89.6%", title: "UK coverage of rotavirus at 12 months"},
		{name: "dose 1 is the first dose", text: clauseTitlesVaccines, stated: "94.2%", title: "UK coverage of the first PCV dose at 12 months"},
		{name: "lead area of a bullet", text: clauseTitlesVaccines, stated: "91.6%", title: "England coverage of MenB"},
		{name: "own subject, not the clause before", text: clauseTitlesVaccines, stated: "94.0%", title: "England coverage of the first PCV dose"},
		{name: "after a semicolon, the short form", text: clauseTitlesVaccines, stated: "89.5%", title: "UK coverage of the first MMR dose at 24 months"},
		{name: "short form of a long name", text: clauseTitlesVaccines, stated: "89.4%", title: "UK coverage of Hib/MenC at 24 months"},
		{name: "trade: second clause", text: clauseTitlesTrade, stated: "$0.2 billion", title: "Change in exports of services"},
		{name: "jobs: clause after while", text: clauseTitlesJobs, stated: "4,000", title: "Change in the number in part-time jobs"},
	})
}

// TestRealTitleAgeModifier: a title may read a quote's "12-month coverage"
// as "coverage at 12 months", and never another age or the figure.
func TestRealTitleAgeModifier(t *testing.T) {
	const quote = "12-month UK coverage for rotavirus decreased by 0.1% to 92.3%, and 5-year coverage rose."
	tests := []struct {
		title string
		want  bool
	}{
		{"UK coverage of rotavirus at 12 months", true},
		{"Coverage at 5 years", true},
		{"UK coverage of rotavirus at 24 months", false},
		{"UK coverage of rotavirus at 92 months", false},
		{"Coverage of 92.3% at 12 months", false},
	}
	for _, tt := range tests {
		if got := realTitle(tt.title, quote); got != tt.want {
			t.Errorf("realTitle(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestDraftViewsNoMixedAxis: a proposed view never puts levels and
// changes on one axis, in releases that state both side by side.
func TestDraftViewsNoMixedAxis(t *testing.T) {
	changeViews, otherViews := 0, 0
	for i, text := range []string{clauseTitlesVaccines, clauseTitlesSchools, clauseTitlesTrade, clauseTitlesJobs, measureStatusHousing, measureStatusSales, measureStatusSchools, measureStatusTES, measureStatusLabour} {
		c, _ := draftOf(t, indicators.Source{ID: "doc", TextPath: "doc.txt", Text: text})
		byID := map[string]*indicators.Indicator{}
		for k := range c.Indicators {
			byID[c.Indicators[k].ID] = &c.Indicators[k]
		}
		for _, v := range c.Views {
			changes := 0
			for _, id := range v.Indicators {
				if ind := byID[id]; ind != nil && ind.Measure == indicators.Change {
					changes++
				}
			}
			switch {
			case changes > 0 && changes < len(v.Indicators):
				t.Errorf("text %d: view %s mixes %d changes with %d other figures: %v", i, v.ID, changes, len(v.Indicators)-changes, v.Indicators)
			case changes > 0:
				changeViews++
			default:
				otherViews++
			}
		}
	}
	if changeViews == 0 || otherViews == 0 {
		t.Errorf("views of changes = %d, of other figures = %d, want both drafted (else the test checks nothing)", changeViews, otherViews)
	}
}

// A news story that gives a poll's margin of error in one paragraph and an
// official count in the next.
const clauseTitlesPoll = "Voters Back Transit Plan\n\nSupport for the plan stood at 54 percent (±3.1 percent) in the survey of 1,002 adults.\n\nThe city recorded 1,250 new transit passes in May.\n"

// TestDraftMarginScope: margins of error make estimates of the figures
// of their own paragraph, of every period, and of no other paragraph.
func TestDraftMarginScope(t *testing.T) {
	for _, tc := range []struct{ name, text, stated, status string }{
		{"the poll's figure", clauseTitlesPoll, "54 percent", "estimate"},
		{"the next paragraph's count", clauseTitlesPoll, "1,250 new transit passes", "fact"},
		{"a release without blank lines: its level", measureStatusHousing, "1,419,000", "estimate"},
		{"a release without blank lines: the change on a year earlier", measureStatusHousing, "12.0 percent", "estimate"},
		{"a sales release: the change on October 2006", measureStatusSales, "23.5 percent", "estimate"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkWhat(t, firstDraft(t, tc.text, tc.stated), tc.stated, "", tc.status, "")
		})
	}
}

// A starts paragraph of a construction release, whose last level is "the
// rate for units …".
const clauseTitlesStarts = "Housing Starts\nPrivately owned housing starts in August were at a seasonally adjusted annual rate of 1,364,000. This is 12.3 percent (±10.2 percent) above the revised July estimate of 1,215,000, but is 6.6 percent (±11.6 percent)* above the August 2018 rate of 1,279,000. Single-family housing starts in August were at a rate of 919,000. The August rate for units in buildings with five units or more was 424,000.\n"

// TestDraftAnnualRateTitles: a level at an annual rate is titled by its
// clause's subject and the basis its paragraph states, not its rate words
// nor its month; a change on a dated base names the period alone.
func TestDraftAnnualRateTitles(t *testing.T) {
	runUnitMeasureCases(t, []unitMeasureCase{
		{name: "permits", text: measureStatusHousing, stated: "1,419,000", title: "Housing units authorized by building permits (seasonally adjusted annual rate)"},
		{name: "at a rate of, in the paragraph", text: measureStatusHousing, stated: "866,000", title: "Single-family authorizations (seasonally adjusted annual rate)"},
		{name: "new home sales", text: measureStatusSales, stated: "728,000", title: "Sales of new one-family houses (seasonally adjusted annual rate)"},
		{name: "starts, an event noun", text: clauseTitlesStarts, stated: "919,000", title: "Single-family housing starts (seasonally adjusted annual rate)"},
		{name: "the rate for units of the paragraph's lead", text: clauseTitlesStarts, stated: "424,000", title: "Housing starts in buildings with five units or more (seasonally adjusted annual rate)"},
		{name: "dated base", text: clauseTitlesStarts, stated: "6.6 percent", title: "Change in housing starts from August 2018"},
		{name: "dated base of sales", text: measureStatusSales, stated: "23.5 percent", title: "Change in sales of new one-family houses from October 2006"},
		{name: "undated base kept as written", text: clauseTitlesStarts, stated: "12.3 percent", title: "Change in housing starts from the revised July estimate"},
	})
}

// An earlier reading after "an increase from", in two schools releases
// (Scotland, England) and a farm exports release.
const (
	clauseTitlesChildcare = "Early Learning\n\nAn estimated 11% of two year olds were registered for funded ELC, an increase from 10% in 2018.\n"
	clauseTitlesMeals     = "Headline facts and figures\n\n  • 17.3% of pupils are known to be eligible for free school meals, an increase from 15.4% in 2019\n"
	clauseTitlesMarkets   = "Record Exports\n\nOverall, there were 30 markets where U.S. exports exceeded $1 billion in 2022 – an increase from 27 markets in 2021 – according to the Secretary.\n"
)

// TestDraftEarlierReading: the figure after "an increase from" is the
// earlier reading of the figure before it: its measure and its title.
func TestDraftEarlierReading(t *testing.T) {
	runUnitMeasureCases(t, []unitMeasureCase{
		{name: "share read a year earlier", text: clauseTitlesChildcare, stated: "10%", measure: "share", title: "Share of two year olds registered for funded ELC"},
		{name: "school census share read a year earlier", text: clauseTitlesMeals, stated: "15.4%", measure: "share"},
		{name: "count read a year earlier", text: clauseTitlesMarkets, stated: "27 markets", measure: "count", title: "Markets where U.S. exports exceeded $1 billion"},
	})
}

// TestDraftThereRate: "There were N X of Y per N Z" titles the rate with
// its base (where the extractor reads the base into the figure, "5.2
// deaths per 100,000 people", the figure's own text keeps it).
func TestDraftThereRate(t *testing.T) {
	runUnitMeasureCases(t, []unitMeasureCase{
		{name: "exclusions", text: "Exclusions\n\nThere were 21.6 cases of exclusion per 1,000 pupils in 2018/19.\n", stated: "21.6", title: "Cases of exclusion per 1,000 pupils"},
	})
}

// Counted moves and the levels they reach, in a schools release and a
// labour market release.
const (
	clauseTitlesTeachers = "Schools Statistics Published\n\nOver the year to 2019 teacher numbers increased by 288 to 52,247.\n"
	clauseTitlesMen      = "Unemployment takes a tumble\n\nThe number of unemployed men fell by 9,000 to 731,000, but their rate was unchanged at 4.1%.\n"
)

// TestDraftReachedCount: the level a counted move reaches counts what
// its change counts.
func TestDraftReachedCount(t *testing.T) {
	runUnitMeasureCases(t, []unitMeasureCase{
		{name: "teacher numbers", text: clauseTitlesTeachers, stated: "52,247", unit: "teacher"},
		{name: "unemployed men", text: clauseTitlesMen, stated: "731,000", unit: "man"},
	})
}
