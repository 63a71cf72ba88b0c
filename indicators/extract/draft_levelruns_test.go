package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// levelRunsSchools is a statistics office's release on pupils in words of
// its own: a pair of totals, their change, changes by level and by
// district, "pupil numbers" naming what the changes count.
const levelRunsSchools = "7310.0 - Pupils, Northland, 2016\n\n" +
	"Between 2015 and 2016, the number of pupils enrolled in Northland rose from 12,410 to 12,655, an increase of 245 (2.0%).\n\n" +
	"The largest rise was at the junior level, where pupil numbers rose by 180 (3.1%). " +
	"In contrast, the number of senior pupils rose by just 65 (0.9%).\n\n" +
	"Proportionally, the largest increase was in Eastvale, where pupil numbers rose by 4.2% (1,096). " +
	"Westvale, the only district where pupil numbers fell, recorded a small decrease of 35 (0.8%).\n"

// levelRunsCoverage is a fund's programme page in words of its own: a series
// of levels, modelled outcomes and a rate per 1,000.
const levelRunsCoverage = "Rural broadband support\n\n" +
	"Broadband coverage in the 40 rural districts served by the fund increased from 12% in 2018 to 20% in 2021 and 31% in 2022. " +
	"Coverage of schools increased by 11% in 2022. The fund also serves the 35 lower-income islands supported by donors.\n\n" +
	"Since 2015 the fund has trained 2.1 million nurses, which translates to over 30,000 future infant deaths averted. " +
	"The fund reports saving 12 million lives.\n\n" +
	"The scheme records 9.2 infections prevented per 1,000 people treated.\n"

// levelRunsRoads is a transport minister's release in words of its own: the
// government's programme money, money set aside, what would happen
// without it, a purpose, a project's cost and a state's share.
const levelRunsRoads = "Monday, 9 May 2016\n\n" +
	"Rail Renewal Program Turns Five\n\n" +
	"The Minister for Transport said the Government remains committed to the network.\n\n" +
	"All up, our Rail Renewal investment is $9.1 billion over five years to renew the network.\n\n" +
	"Half of this funding is earmarked for projects in country regions.\n\n" +
	"Without this work, the cost of delays will double to $3 billion a year by 2030.\n\n" +
	"A centrepiece of our program is $2.4 billion to rebuild the Coast Line, stretching over 1,200 kilometres from Port Ames to Bayside.\n\n" +
	"The council spent $40 million to upgrade the ring road in 2015. The authority built 300 kilometres of new track in 2015.\n\n" +
	"Harbour Link - scheduled to start in 2017. Total project cost is $800 million, with a State contribution of $200 million.\n"

func TestDraftWhatAndHowSure(t *testing.T) {
	cases := []statsCase{
		// Units: what a counted change and a pair's second end count.
		{name: "first end of a pair", text: levelRunsSchools, stated: "12,410", measure: "stock", unit: "pupil"},
		{name: "second end of a pair", text: levelRunsSchools, stated: "12,655", measure: "stock", unit: "pupil"},
		{name: "change of a count", text: levelRunsSchools, stated: "245", measure: "change", direction: "up", unit: "pupil"},
		{name: "noun numbers rose by", text: levelRunsSchools, stated: "180", measure: "change", direction: "up", unit: "pupil"},
		{name: "adverb between by and figure", text: levelRunsSchools, stated: "65", measure: "change", direction: "up", unit: "pupil"},
		{name: "bracketed restatement", text: levelRunsSchools, stated: "1,096", measure: "change", direction: "up", unit: "pupil"},
		{name: "decrease in a sentence of noun numbers", text: levelRunsSchools, stated: "35", measure: "change", direction: "down", unit: "pupil"},
		{name: "counted noun stated", text: levelRunsCoverage, stated: "40 rural districts", measure: "count", unit: "district"},
		{name: "head noun past a hyphenated modifier", text: levelRunsCoverage, stated: "35 lower-income islands", measure: "count", unit: "island"},
		// Levels a change goes through; a change "by".
		{name: "series: from", text: levelRunsCoverage, stated: "12%", measure: "share", direction: "none"},
		{name: "series: to", text: levelRunsCoverage, stated: "20%", measure: "share", direction: "none"},
		{name: "series: and", text: levelRunsCoverage, stated: "31%", measure: "share", direction: "none"},
		{name: "increased by stays a change", text: levelRunsCoverage, stated: "11%", measure: "change", direction: "up"},
		// Modelled outcomes and rates.
		{name: "translates to deaths averted", text: levelRunsCoverage, stated: "over 30,000 future infant deaths", measure: "flow", status: "estimate", unit: "death"},
		{name: "a fund's own saving stays a fact", text: levelRunsCoverage, stated: "12 million lives", status: "fact"},
		{name: "rate per 1,000", text: levelRunsCoverage, stated: "9.2", measure: "level", status: "estimate", unit: "none"},
		// A government's money.
		{name: "our programme over years", text: levelRunsRoads, stated: "$9.1 billion", status: "pledge"},
		{name: "earmarked share", text: levelRunsRoads, stated: "Half", status: "pledge"},
		{name: "without this, will double", text: levelRunsRoads, stated: "double", status: "projection"},
		{name: "outside quantity will", text: levelRunsRoads, stated: "$3 billion a year", status: "projection"},
		{name: "amount for a purpose", text: levelRunsRoads, stated: "$2.4 billion", status: "pledge"},
		{name: "money spent for a purpose stays a fact", text: levelRunsRoads, stated: "$40 million", status: "fact"},
		{name: "cost of a project not built", text: levelRunsRoads, stated: "$800 million", status: "estimate"},
		{name: "a state's contribution", text: levelRunsRoads, stated: "$200 million", status: "pledge"},
		{name: "length of a route", text: levelRunsRoads, stated: "over 1,200 kilometres", measure: "stock"},
		{name: "kilometres built stay a flow", text: levelRunsRoads, stated: "300 kilometres", measure: "flow"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			checkWhat(t, got, tc.stated, tc.measure, tc.status, "")
			checkHow(t, got, tc.stated, tc.direction, tc.unit)
		})
	}
}

// TestDraftLevelTitle checks that the levels of a series are
// titled by what changes, not as increases.
func TestDraftLevelTitle(t *testing.T) {
	for _, stated := range []string{"12%", "20%", "31%"} {
		got := firstDraft(t, levelRunsCoverage, stated)
		checkWhat(t, got, stated, "share", "", "Broadband coverage in rural districts served by the fund")
	}
}

// TestDraftNotClaimsLevelRuns checks that an anniversary and a publication
// number are explained, not drafted.
func TestDraftNotClaimsLevelRuns(t *testing.T) {
	tests := []struct {
		text, stated, why string
	}{
		{levelRunsRoads, "Five", "anniversary"},
		{levelRunsSchools, "7310.0", "publication number"},
	}
	for _, tc := range tests {
		d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
		skipped := ""
		for _, cl := range d.claims() {
			if cl.skip == "" && cl.ind.Stated == tc.stated {
				t.Errorf("claims() drafted %q, want it explained as an %s", tc.stated, tc.why)
			}
			if strings.HasPrefix(cl.skip, "not drafted: "+tc.stated+" ") {
				skipped = cl.skip
			}
		}
		if skipped == "" && !slices.ContainsFunc(Extract(tc.text), func(m Mention) bool { return m.Text == tc.stated }) {
			continue // the extractor reports no such figure (exclusion catalogue-number)
		}
		if !strings.Contains(skipped, tc.why) {
			t.Errorf("skip of %q = %q, want it to say %q", tc.stated, skipped, tc.why)
		}
	}
}

// TestProposeViewsLevelRuns checks what proposed views never draw together.
func TestProposeViewsLevelRuns(t *testing.T) {
	tests := []struct {
		name, text string
		head       string
		never      [][2]string // two figures no bars view may draw together
		together   []string    // figures one bars view draws, in order
	}{
		{name: "total and the parts its sentence names", text: levelRunsRoads, head: "$9.1 billion",
			never: [][2]string{{"$9.1 billion", "$2.4 billion"}, {"$800 million", "$200 million"}, {"$200 million", "$2.4 billion"}}},
		{name: "whole change beside its parts", text: levelRunsSchools,
			never: [][2]string{{"245", "180"}, {"12,655", "65"}}},
		{name: "series of levels", text: levelRunsCoverage,
			together: []string{"12%", "20%", "31%"}},
		{name: "target beside one year's count", text: levelRunsTargets,
			never: [][2]string{{"1.2 million girls", "over 9 million girls"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			head, bars := statsViews(t, tc.text)
			if tc.head != "" && head != tc.head {
				t.Errorf("headline = %q, want %q", head, tc.head)
			}
			for _, p := range tc.never {
				for _, b := range bars {
					if slices.Contains(b, p[0]) && slices.Contains(b, p[1]) {
						t.Errorf("bars %q draw %q beside %q", b, p[0], p[1])
					}
				}
			}
			if tc.together != nil && !slices.ContainsFunc(bars, func(b []string) bool { return slices.Equal(b, tc.together) }) {
				t.Errorf("bars = %q, want one view %q", bars, tc.together)
			}
		})
	}
}

// levelRunsTargets sets a target to reach by a year beside one year's count.
const levelRunsTargets = "Girls' education programme\n\n" +
	"In 2023 the programme enrolled 1.2 million girls in 30 countries. " +
	"The programme has set a goal to reach over 9 million girls by end of 2026.\n"

// TestWholeOfRun checks that a first counted change that is the
// sum of the changes right after it is their whole, and one that is not
// stays a bar.
func TestWholeOfRun(t *testing.T) {
	pupil := indicators.CountOf("pupil")
	mk := func(id, stated string, v int64, measure indicators.MeasureKind) *indicators.Indicator {
		return &indicators.Indicator{ID: id, Stated: stated, Measure: measure, Unit: pupil,
			Quantity: indicators.Quantity{Value: indicators.NewDecimal(v, 0)}}
	}
	byID := map[string]*indicators.Indicator{
		"all":   mk("all", "245", 245, indicators.Change),
		"jun":   mk("jun", "180", 180, indicators.Change),
		"sen":   mk("sen", "65", 65, indicators.Change),
		"east":  mk("east", "1,096", 1096, indicators.Change),
		"other": mk("other", "300", 300, indicators.Change),
		"count": mk("count", "245", 245, indicators.CountKind),
	}
	tests := []struct {
		ids  []string
		want bool
	}{
		{[]string{"all", "jun", "sen", "east"}, true},    // 180 + 65 = 245, then another breakdown
		{[]string{"all", "jun", "other", "east"}, false}, // no run adds up to 245
		{[]string{"all", "jun"}, false},                  // one part is no breakdown
		{[]string{"count", "jun", "sen"}, false},         // a count is no whole change
	}
	for _, tc := range tests {
		if got := wholeOfRun(tc.ids, byID); got != tc.want {
			t.Errorf("wholeOfRun(%q) = %v, want %v", tc.ids, got, tc.want)
		}
	}
}
