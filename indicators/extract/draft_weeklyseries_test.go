package extract

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// weeklySeriesWeekly is a weekly benefits release in words of its own: a
// flash figure, its change on the week, its revision up (a "from A to B"
// the extractor reads as a range) and down, a moving average, and a rate
// whose revision is in points.
const weeklySeriesWeekly = "Jobseeker Benefit Weekly Report\n\n" +
	"In the week ending March 7, the flash figure for seasonally adjusted initial applications was 812,000, an increase of 41,000 from the previous week's revised level. " +
	"The previous week's level was revised up by 2,000 from 769,000 to 771,000. " +
	"The 4-week moving average was 790,500, an increase of 12,250 from the previous week's revised average.\n\n" +
	"The preliminary seasonally adjusted insured unemployment rate was 4.2 percent for the week ending February 28, an increase of 0.3 percentage points from the previous week's revised rate. " +
	"The previous week's rate was revised down by 0.2 from 4.1 to 3.9 percent.\n\n" +
	"The preliminary number for seasonally adjusted insured unemployment during the week ending February 28 was 6,120,000, a decrease of 95,000 from the previous week's revised level. " +
	"The previous week's level was revised down by 30,000 from 6,245,000 to 6,215,000. " +
	"The 4-week moving average was 6,180,750, a decrease of 8,500 from the previous week's revised average.\n"

func TestDraftWeeklySeries(t *testing.T) {
	runWhatHow(t, []whatHowCase{
		{name: "the flash figure is an estimate titled by its series to the head noun", text: weeklySeriesWeekly, stated: "812,000",
			measure: "flow", status: "estimate", unit: "application", title: "Seasonally adjusted initial applications (flash)"},
		{name: "its change on the week is of the series and an estimate", text: weeklySeriesWeekly, stated: "41,000",
			measure: "change", status: "estimate", direction: "up", unit: "application", title: "Weekly change in seasonally adjusted initial applications"},
		{name: "revised up from A to B: B is the previous week's revised figure, a fact", text: weeklySeriesWeekly, stated: "771,000",
			measure: "flow", status: "fact", direction: "none", unit: "application", title: "Initial applications, previous week (revised)"},
		{name: "a moving average is a level of the paragraph's series", text: weeklySeriesWeekly, stated: "790,500",
			measure: "level", status: "estimate", unit: "application", title: "Four-week moving average of initial applications"},
		{name: "the change of the average is of its own sentence's subject", text: weeklySeriesWeekly, stated: "12,250",
			measure: "change", status: "estimate", unit: "application", title: "Weekly change in the four-week average of initial applications"},
		{name: "a compound rate keeps every word", text: weeklySeriesWeekly, stated: "4.2 percent",
			measure: "level", status: "estimate", title: "Seasonally adjusted insured unemployment rate (preliminary)"},
		{name: "a new paragraph takes its own subject", text: weeklySeriesWeekly, stated: "0.3 percentage points",
			measure: "change", status: "estimate", title: "Weekly change in seasonally adjusted insured unemployment rate"},
		{name: "by 0.2 from 4.1 to 3.9 percent: 3.9 the revised level", text: weeklySeriesWeekly, stated: "3.9 percent",
			measure: "level", status: "fact", title: "Insured unemployment rate, previous week (revised)"},
		{name: "insured unemployment is a stock of persons", text: weeklySeriesWeekly, stated: "6,120,000",
			measure: "stock", status: "estimate", unit: "person", title: "Seasonally adjusted insured unemployment (preliminary)"},
		{name: "revised down from A to B: B alone", text: weeklySeriesWeekly, stated: "6,215,000",
			measure: "stock", status: "fact", unit: "person", title: "Insured unemployment, previous week (revised)"},
		{name: "the average of the second series", text: weeklySeriesWeekly, stated: "6,180,750",
			measure: "level", status: "estimate", unit: "person", title: "Four-week moving average of insured unemployment"},
	})
}

// TestDraftRevisionParts checks that the size of a revision and the
// figure it replaced are comments, never claims, whichever way it went.
func TestDraftRevisionParts(t *testing.T) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: weeklySeriesWeekly}, map[string]int{})
	drafted := map[string]bool{}
	skipped := map[string]string{}
	for _, cl := range d.claims() {
		if cl.skip != "" {
			if f := strings.Fields(strings.TrimPrefix(cl.skip, "not drafted: ")); len(f) > 0 {
				skipped[f[0]] = cl.skip
			}
			continue
		}
		drafted[cl.ind.Stated] = true
	}
	for _, tc := range []struct{ figure, why string }{
		{"2,000", "the size of a revision"},
		{"769,000", "the figure a revision replaced"},
		{"0.2", "the size of a revision"},
		{"4.1", "the figure a revision replaced"},
		{"30,000", "the size of a revision"},
		{"6,245,000", "the figure a revision replaced"},
	} {
		if drafted[tc.figure] {
			t.Errorf("claims() drafted %q, want it a comment (%s)", tc.figure, tc.why)
		}
		if got := skipped[tc.figure]; !strings.Contains(got, tc.why) {
			t.Errorf("claims() skip of %q = %q, want it to say %q", tc.figure, got, tc.why)
		}
	}
}

func TestDraftStatusAndMeasure(t *testing.T) {
	const spending = "Research spending\n\n" +
		"Global arms spending reached $1,900 billion in 2021, as estimated by the Peace Institute.\n\n" +
		"Nine EU members met the benchmark to spend 3% of GDP on research.\n\n" +
		"While this share is still under the WHO target of 5% of budgets, it is the highest share in a decade, rising from 4.1% in 2020.\n\n" +
		"Spending on school meals climbed to EUR 4.2 billion, or 8.5% of education spending, up from EUR 3.0 billion in 2021.\n"
	runWhatHow(t, []whatHowCase{
		{name: "as estimated by after the figure is an estimate", text: spending, stated: "$1,900 billion", status: "estimate"},
		{name: "a benchmark to spend a share of GDP is a threshold and a target", text: spending, stated: "3%",
			measure: "threshold", status: "target"},
		{name: "the count of those meeting it is no target", text: spending, stated: "Nine EU members", status: "fact"},
		{name: "a target marks only the figure it governs", text: spending, stated: "4.1%", status: "fact"},
		{name: "the governed figure is the target", text: spending, stated: "5%", status: "target"},
		{name: "or N% of a whole is a share, not a change", text: spending, stated: "8.5%", measure: "share", direction: "none"},
	})
}

func TestDraftPreliminaryTitle(t *testing.T) {
	const freight = "Provisional Road Freight Statistics for 2023\n\n" +
		"Road freight moved 150 billion tonnes in 2023, up from 140 billion tonnes in 2022, according to provisional data.\n\n" +
		"Rail freight moved 17 billion tonnes in 2023.\n"
	runWhatHow(t, []whatHowCase{
		{name: "a figure of the title's year is an estimate in every sentence", text: freight, stated: "17 billion tonnes", status: "estimate"},
		{name: "the earlier year compared with is final", text: freight, stated: "140 billion tonnes", status: "fact"},
		{name: "the lead's own figure stays an estimate", text: freight, stated: "150 billion tonnes", status: "estimate"},
	})
}

func TestDraftTitleFaultWeeklySeries(t *testing.T) {
	for _, tc := range []struct {
		title string
		fault bool
	}{
		{"Advance figure for seasonally", true},
		{"Change in the flash estimate for regionally", true},
		{"Change in exports still", true},
		{"Increase", true},
		{"All-time high", true},
		{"Moving average", true},
		{"Figure target", true},
		{"Seasonally adjusted initial applications", false},
		{"Rank of lung cancer among cancers in men globally", false},
		{"Four-week moving average of initial applications", false},
	} {
		if got := titleFault(tc.title); (got != "") != tc.fault {
			t.Errorf("titleFault(%q) = %q, want a fault %v", tc.title, got, tc.fault)
		}
	}
}

// weeklySeriesSkip drafts text and returns the skip note of a figure that
// starts with first, or "" and whether one was drafted.
func weeklySeriesSkip(text, first string) (string, bool) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: text}, map[string]int{})
	drafted := false
	for _, cl := range d.claims() {
		if strings.HasPrefix(cl.skip, "not drafted: "+first) {
			return cl.skip, false
		}
		drafted = drafted || cl.skip == "" && strings.HasPrefix(cl.ind.Stated, first)
	}
	return "", drafted
}

func TestDraftNotClaimsWeeklySeries(t *testing.T) {
	const bulletin = "Health spending bulletin\n\n" +
		"A comparison of three international health spending data sources is provided, focusing on large spenders.\n\n" +
		"Four OECD countries met the guideline to spend 9% of GDP on health.\n" +
		"  Norway has met the OECD’s 9% guideline every year since 2010.\n\n" +
		"Statistician: Health Accounts Branch\n\n" +
		"Telephone: 020 794 60018\n"
	for _, tc := range []struct{ first, why string }{
		{"three", "description of its method"},
		{"9%", "restates the target 9%"},
		{"020", "a telephone number"},
	} {
		got, drafted := weeklySeriesSkip(bulletin, tc.first)
		if drafted || !strings.Contains(got, tc.why) {
			t.Errorf("draft of %q: drafted %v, skip %q, want a skip that says %q", tc.first, drafted, got, tc.why)
		}
	}
	if _, drafted := weeklySeriesSkip(bulletin, "Four OECD countries"); !drafted {
		t.Errorf("draft of %q: not drafted, want a claim", "Four OECD countries")
	}
}

// weeklySeriesCatches is a release whose figures are named by what they point
// back to: a record, "The N% increase", "a rise in spending on X to",
// "Excluding X, …", "up from just", "including … of X" and "this ratio".
const weeklySeriesCatches = "Ocean Fisheries Levels in 2023\n\n" +
	"Fish catches by coastal fleets in 2023 rose to an all-time high of 95 million tonnes, up from 90 million tonnes in 2022.\n\n" +
	"The 5.6% increase in real terms is one of the largest on record.\n\n" +
	"The increase was mainly due to a sharp rise in spending on fuel and crews within fishing ports to USD 8.1 billion, or 12.5% of revenue, up from USD 6.2 billion in 2022. " +
	"Excluding these “port” fuel costs, 2023 revenue still rose by 3.1% over 2022 in real terms.\n\n" +
	"Fish exports to Chile in 2023 totalled USD 2.4 billion – up from just USD 300 million in 2022 – including USD 0.5 billion of frozen fish.\n\n" +
	"The 2023 export total is equivalent to 0.45% of members’ combined output. While this ratio is still below the UN target of 1% of output, it is the highest ratio in 20 years, increasing from 0.41% in 2022.\n"

func TestDraftBackTitles(t *testing.T) {
	runWhatHow(t, []whatHowCase{
		{name: "a record is titled by what reached it", text: weeklySeriesCatches, stated: "95 million tonnes", title: "Fish catches by coastal fleets"},
		{name: "or N% of a whole is a share", text: weeklySeriesCatches, stated: "12.5%", measure: "share"},
		{name: "up from just takes the figure before's title", text: weeklySeriesCatches, stated: "USD 300 million", title: "Fish exports to Chile"},
	})
}

// weeklySeriesRanks ranks a country by bare ordinals: after a verb of ranking,
// and opening a key-figure line that names a position.
const weeklySeriesRanks = "Key figures\n\n" +
	"3rd The Netherlands’ position in global aid spending rankings, according to DAC.\n" +
	"  IEA, who count spending on climate finance in their totals, rank the Netherlands 5th globally.\n" +
	"  Norway remains the largest donor in Europe.\n\n" +
	"Spain celebrated its 4th national day of giving.\n"

func TestDraftOrdinalRanks(t *testing.T) {
	runWhatHow(t, []whatHowCase{
		{name: "an ordinal opening a line of a position is a rank", text: weeklySeriesRanks, stated: "3rd", measure: "rank"},
		{name: "an ordinal after a verb of ranking is a rank titled by what is ranked and who ranks", text: weeklySeriesRanks, stated: "5th",
			measure: "rank", title: "Netherlands rank globally (IEA)"},
	})
	if _, drafted := weeklySeriesSkip(weeklySeriesRanks, "4th"); drafted {
		t.Errorf("claims() drafted %q, an ordinal in no ranking clause", "4th")
	}
}

func TestDraftRankTitleVerb(t *testing.T) {
	cl := claim{ind: indicators.Indicator{Title: "Rank of Norway remains as donor in Europe", Measure: indicators.RankKind}, fieldNotes: map[string]string{}}
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: weeklySeriesRanks}, map[string]int{})
	d.rankTitle(&cl, Mention{})
	if want := "Rank of Norway as donor in Europe"; cl.ind.Title != want {
		t.Errorf("rankTitle(%q) = %q, want %q", "Rank of Norway remains as donor in Europe", cl.ind.Title, want)
	}
}

func TestDraftSubLineStatus(t *testing.T) {
	const text = "Key figures\n\n" +
		"$9,100bn Total worldwide health expenditure in 2021, as estimated by WHO.\n" +
		"  The USA was the world’s largest spender, accounting for 41% of the total global spending.\n" +
		"$512bn Total health expenditure of EU members.\n" +
		"  Germany accounted for 28% of the total.\n"
	runWhatHow(t, []whatHowCase{
		{name: "a share of an estimated total under it is an estimate", text: text, stated: "41%", status: "estimate"},
		{name: "a share of a reported total stays a fact", text: text, stated: "28%", status: "fact"},
	})
}
