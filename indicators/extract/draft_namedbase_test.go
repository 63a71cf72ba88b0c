package extract

import (
	"testing"
)

// namedBaseBaseText is a statistics release whose later sentences carry the
// period of the one before and name their base in words: the previous
// quarter, the previous month, the same quarter a year earlier.
const namedBaseBaseText = "Northshire Output: June 2032\n\n" +
	"Main points\n\n" +
	"  • In quarter 2 April to June 2032, factory output was estimated at £41.2 billion. " +
	"Machinery output fell by £0.7 billion from the previous quarter.\n\n" +
	"  • In quarter 2 April to June 2032, mining output was £3.1 billion. " +
	"Quarrying output rose by £0.2 billion compared with the same quarter a year earlier.\n\n" +
	"  • Retail sales were £9.4 billion in June 2032. " +
	"Food sales rose by £0.3 billion on the previous month.\n\n" +
	"  • Hours worked were up 2.1% in June 2032 compared with 12 months earlier.\n"

// namedBaseComparedText is a release whose changes are comparison tails
// of a level, with their bases in words.
const namedBaseComparedText = "Northshire Jobs: March 2032\n\n" +
	"Main points\n\n" +
	"There were an estimated 91,000 job openings in Northshire for January to March 2032; this is 4,000 fewer than the previous quarter and 7,000 fewer than a year earlier.\n\n" +
	"The Northshire idle rate was estimated at 18.2% for January to March 2032, 0.3 percentage points lower than the previous year and the previous quarter.\n"

// TestDraftCarriedPeriodBase checks that a change whose period is
// carried from the sentence before takes the base its own words name.
func TestDraftCarriedPeriodBase(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"previous quarter", namedBaseBaseText, "£0.7 billion", map[string]string{"period": "2032-Q2", "base": "2032-Q1"}},
		{"same quarter a year earlier", namedBaseBaseText, "£0.2 billion", map[string]string{"period": "2032-Q2", "base": "2031-Q2"}},
		{"previous month", namedBaseBaseText, "£0.3 billion", map[string]string{"period": "2032-06", "base": "2032-05"}},
		{"fewer than the previous quarter", namedBaseComparedText, "4,000", map[string]string{"period": "2032-Q1", "base": "2031-Q4"}},
		{"fewer than a year earlier", namedBaseComparedText, "7,000", map[string]string{"period": "2032-Q1", "base": "2031-Q1"}},
		{"the level compared has no base", namedBaseComparedText, "an estimated 91,000 job openings", map[string]string{"base": "not stated"}},
		{"compared with 12 months earlier", namedBaseBaseText, "2.1%", map[string]string{"period": "2032-06", "base": "2031-06"}},
		{"the level before has no base", namedBaseBaseText, "£41.2 billion", map[string]string{"period": "2032-Q2", "base": "not stated"}},
	})
}

// TestDraftTwoBases checks that a change compared with two earlier
// periods is drafted once for each, each with its own base.
func TestDraftTwoBases(t *testing.T) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: namedBaseComparedText}, map[string]int{})
	var got []string
	for _, cl := range d.claims() {
		if cl.skip == "" && cl.ind.Stated == "0.3 percentage points" {
			got = append(got, cl.ind.Base.String())
		}
	}
	want := []string{"2031-Q1", "2031-Q4"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("bases of %q = %q, want %q", "0.3 percentage points", got, want)
	}
}

// TestDraftMonthBase: a change under a lead-in that compares two months
// takes the month it compares with as its base.
func TestDraftMonthBase(t *testing.T) {
	prices := "Fuel Prices: 2 May 2021\n\nPrices\n\nHighlights for April 2021 compared to March 2021:\n\n" +
		"  • Petrol prices up 1.4 pence per litre, driven by crude oil.\n"
	runFieldCases(t, []fieldCase{
		{"lead-in's month", prices, "1.4 pence per litre", map[string]string{"period": "2021-04", "base": "2021-03"}},
	})
}
