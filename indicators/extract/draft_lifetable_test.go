package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// lifeTableLifeText is a life table release in words of its own.
const lifeTableLifeText = "Period life tables, Wales: 2015 to 2017\n\n" +
	"Key points\n\n" +
	"A newborn boy in Wales could expect to live 78.3 years and a newborn girl 82.1 years if death rates stay the same as they were in 2015-2017.\n\n" +
	"Life expectancy at age 75 in Wales rose by 12% to 11.9 years for women and for men by 15% to 10.8 years in the 20 years between 1995-1997 and 2015-2017.\n\n" +
	"Life expectancy at birth has increased by three years per decade since 1985-1987 for females, and by two years per decade for males.\n\n" +
	"In 2015-2017 a woman in Wales aged 90 had an average further 4.6 years of life remaining and a man 3.9 years.\n"

// lifeTableReleaseText is a statistics release of counts and their changes
// in words of its own.
const lifeTableReleaseText = "Statutory support statistics: April to June 2023\n\n" +
	"Coastguard rescue teams (CRTs) answer calls at sea.\n\n" +
	"Key results\n\n" +
	"CRTs attended 8,450 callouts in the year ending June 2023, an increase of 4.0% compared with 3 years ago (8,120). " +
	"Of these callouts, there were 2,100 rescues, which was a decrease of 2.5% compared with the previous year (2,154).\n\n" +
	"42,300 households were assessed as homeless and therefore owed a relief duty, up 3.1% from the same quarter the previous year.\n\n" +
	"Households with children owed a prevention duty increased 6.5% from the same quarter the previous year to 15,200 households in April to June 2023.\n\n" +
	"This includes 4,900 households threatened with homelessness due to a landlord sale notice, a rise of 12.0% from the same quarter the previous year.\n"

func TestDraftLifeTable(t *testing.T) {
	runWhatCases(t, []whatCase{
		{"period life expectancy is a reported level", lifeTableLifeText, "78.3 years", "level", "fact", "Life expectancy at birth for males"},
		{"the second of a gapped pair takes its own group", lifeTableLifeText, "82.1 years", "level", "fact", "Life expectancy at birth for females"},
		{"change before a level given for a group", lifeTableLifeText, "12%", "change", "fact", "Change in female life expectancy at age 75"},
		{"level after to, group after it", lifeTableLifeText, "11.9 years", "level", "fact", "Life expectancy at age 75 for females"},
		{"gapped change takes the group before it", lifeTableLifeText, "15%", "change", "fact", "Change in male life expectancy at age 75"},
		{"gapped level", lifeTableLifeText, "10.8 years", "level", "fact", "Life expectancy at age 75 for males"},
		{"a pace per decade is a change", lifeTableLifeText, "three years per decade", "change", "fact", "Change in female life expectancy at birth per decade"},
		{"a gapped pace inherits the verb", lifeTableLifeText, "two years per decade", "change", "fact", "Change in male life expectancy at birth per decade"},
		{"average further years of life", lifeTableLifeText, "4.6 years", "level", "fact", "Life expectancy at age 90 for females"},
		{"gapped average further years", lifeTableLifeText, "3.9 years", "level", "fact", "Life expectancy at age 90 for males"},
	})
	got := firstDraft(t, lifeTableLifeText, "two years per decade")
	checkHow(t, got, "two years per decade", "up", "")
}

func TestDraftNotClaimsLifeTable(t *testing.T) {
	for _, tc := range []struct{ name, text, stated string }{
		{"an age a statistic is measured at", lifeTableLifeText, "age 75"},
		{"an age after aged", lifeTableLifeText, "aged 90"},
		{"the span between two periods", lifeTableLifeText, "20 years"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
			skipped := false
			for _, cl := range d.claims() {
				if cl.skip == "" && cl.ind.Stated == tc.stated {
					t.Errorf("claims() drafted %q as %q, want it left out", tc.stated, cl.ind.Title)
				}
				if strings.Contains(cl.skip, "not drafted: "+tc.stated+" ") {
					skipped = true
				}
			}
			if !skipped {
				t.Errorf("claims() gave no comment on %q, want one that says why it is no claim", tc.stated)
			}
		})
	}
}

func TestDraftReleaseTitles(t *testing.T) {
	runWhatCases(t, []whatCase{
		{"agent attended N noun", lifeTableReleaseText, "8,450 callouts", "count", "", "Callouts attended by coastguard rescue teams"},
		{"a change against years ago names them, without the agent", lifeTableReleaseText, "4.0%", "change", "", "Change in callouts attended on 3 years ago"},
		{"a bracketed earlier figure is the same quantity", lifeTableReleaseText, "8,120", "count", "", "Callouts attended by coastguard rescue teams"},
		{"of these refers back", lifeTableReleaseText, "2,100 rescues", "count", "", "Rescues attended by coastguard rescue teams"},
		{"which was a decrease of", lifeTableReleaseText, "2.5%", "change", "", "Change in rescues attended on the previous year"},
		{"owed a duty", lifeTableReleaseText, "42,300 households", "count", "", "Households owed a relief duty"},
		{"up X% from the same quarter", lifeTableReleaseText, "3.1%", "change", "", "Change in households owed a relief duty on a year earlier"},
		{"subject of the verb of change", lifeTableReleaseText, "6.5%", "change", "", "Change in households with children owed a prevention duty on a year earlier"},
		{"level reached by the subject", lifeTableReleaseText, "15,200 households", "stock", "", "Households with children owed a prevention duty"},
		{"a part keeps its cause", lifeTableReleaseText, "4,900 households", "count", "", "Households threatened by a landlord sale notice"},
		{"a change of a part keeps the cause", lifeTableReleaseText, "12.0%", "change", "", "Change in households threatened by a landlord sale notice on a year earlier"},
	})
	for _, tc := range []struct{ stated, unit string }{{"8,120", "callout"}, {"2,154", "rescue"}} {
		checkHow(t, firstDraft(t, lifeTableReleaseText, tc.stated), tc.stated, "", tc.unit)
	}
}

func TestDraftTitleFaultLifeTable(t *testing.T) {
	for _, tc := range []struct {
		title string
		fault bool
	}{
		{"Change in therefore", true},
		{"Change in also", true},
		{"Households households", true},
		{"Years ago", true},
		{"5 years ago", true},
		{"Years", true},
		{"Years between boys and girls in the region has narrowed", true},
		{"Households assessed as homeless and therefore owed", true},
		{"Change in incidents attended on 5 years ago", false},
		{"Life expectancy at birth for males", false},
		{"Households owed a relief duty", false},
		{"Households in temporary accommodation", false},
	} {
		if got := titleFault(tc.title); (got != "") != tc.fault {
			t.Errorf("titleFault(%q) = %q, want a fault %v", tc.title, got, tc.fault)
		}
	}
}

// lifeTableStockText holds a stock on a date beside the quarter's flows,
// and a change restated in brackets.
const lifeTableStockText = "Housing register statistics: January to March 2024\n\n" +
	"On 31 March 2024, 51,400 households were on the waiting list, which is an increase of 2.2% from 31 March 2023.\n\n" +
	"Families owed a relief duty increased 4.1% from the same quarter the previous year to 8,300 households in January to March 2024. " +
	"This reflects the increase in families owed a relief duty this quarter (4.1%) and last quarter (9.8%) compared to previous year.\n"

func TestDraftStockAndQuarterChanges(t *testing.T) {
	runWhatCases(t, []whatCase{
		{"households on a list on a date are a stock", lifeTableStockText, "51,400 households", "stock", "", ""},
		{"last quarter's bracketed change", lifeTableStockText, "9.8%", "change", "", "Change in families owed a relief duty on a year earlier, previous quarter"},
	})
	checkHow(t, firstDraft(t, lifeTableStockText, "9.8%"), "9.8%", "up", "")
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: lifeTableStockText}, map[string]int{})
	n := 0
	for _, cl := range d.claims() {
		if cl.skip == "" && cl.ind.Stated == "4.1%" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("claims() drafted %d claims of 4.1%%, want 1: \"this quarter (4.1%%)\" restates it", n)
	}
}

// TestDraftViewsTotalsApart: proposed bars leave out a part that
// "This includes" opens, a count titled as another with a group after
// its head noun, and a total two others add up to.
func TestDraftViewsTotalsApart(t *testing.T) {
	hh := indicators.Unit{Kind: indicators.Count, Name: "household"}
	q := indicators.QuarterPeriod(2031, 2)
	ind := func(id, title, stated, quote string) indicators.Indicator {
		v, _, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatal(err)
		}
		return indicators.Indicator{ID: id, Title: title, Measure: indicators.CountKind, Unit: hh, Stated: stated, Quantity: v, Period: q,
			Provenance: []indicators.Provenance{{Source: "doc", Quote: quote}}}
	}
	tests := []struct {
		name string
		inds []indicators.Indicator
		want [][]string
	}{
		{"a total, its parts and a part of a part", []indicators.Indicator{
			ind("all", "Households owed a duty", "50,000 households", "50,000 households were owed a duty."),
			ind("prev", "Households owed a prevention duty", "21,000 households", "21,000 households were owed a prevention duty."),
			ind("rel", "Households owed a relief duty", "27,000 households", "27,000 households were owed a relief duty."),
			ind("kids", "Households with children owed a relief duty", "9,000 households", "Households with children owed a relief duty rose to 9,000 households."),
			ind("part", "Households threatened by a sale notice", "3,000 households", "This includes 3,000 households threatened by a sale notice."),
			ind("main", "Households owed a main duty", "11,000 households", "11,000 households were owed a main duty."),
		}, [][]string{{"prev", "rel", "main"}}},
		{"counts of no whole stay together", []indicators.Indicator{
			ind("a", "Households owed a prevention duty", "21,000 households", "21,000 households were owed a prevention duty."),
			ind("b", "Households owed a relief duty", "27,000 households", "27,000 households were owed a relief duty."),
		}, [][]string{{"a", "b"}}},
	}
	for _, tt := range tests {
		views, _ := proposeViews("doc", tt.inds, map[string]int{})
		var got [][]string
		for _, v := range views {
			if v.Kind == indicators.Bars {
				got = append(got, v.Indicators)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: bar views (-want +got):\n%s", tt.name, diff)
		}
	}
}

// lifeTableRestatedText states its key results, then again under a later
// heading, with another title.
const lifeTableRestatedText = "Lifeboat statistics: England, year ending March 2031\n\n" +
	"Overview\n\n" +
	"Crews launched 12,480 lifeboats in the year ending March 2031, an increase of 3.0% compared with the previous year (12,117).\n\n" +
	"2. Launch summary\n\n" +
	"In the year ending March 2031:\n" +
	"- 12,480 lifeboats were launched by crews, an increase of 3.0% compared with the previous year (12,117)\n"

func TestDraftRestatedLater(t *testing.T) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: lifeTableRestatedText}, map[string]int{})
	n := map[string]int{}
	for _, cl := range d.claims() {
		if cl.skip == "" {
			n[cl.ind.Stated]++
		}
	}
	for _, stated := range []string{"12,480 lifeboats", "3.0%", "12,117"} {
		if n[stated] != 1 {
			t.Errorf("claims() drafted %q %d times, want once: the later heading restates it", stated, n[stated])
		}
	}
}
