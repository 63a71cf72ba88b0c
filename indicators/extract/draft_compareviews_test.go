package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// The views drafts31 proposes, from texts of its own: no raw unit id in a
// title, no change on the year beside one on the quarter, amounts restated
// in a second currency drawn once, and a release's main figures before a
// weak view.

// viewsOf drafts text and returns its proposed views and the drafted
// indicators by ID.
func viewsOf(t *testing.T, text string) ([]indicators.ChartView, map[string]indicators.Indicator) {
	t.Helper()
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: text}, map[string]int{})
	var inds []indicators.Indicator
	byID := map[string]indicators.Indicator{}
	for _, cl := range d.claims() {
		if cl.skip == "" {
			inds = append(inds, cl.ind)
			byID[cl.ind.ID] = cl.ind
		}
	}
	views, _ := proposeViewsTitled("doc", "", inds, map[string]int{})
	return views, byID
}

func TestUnitWords(t *testing.T) {
	for _, tc := range []struct {
		u    indicators.Unit
		want string
	}{
		{indicators.Unit{Kind: indicators.PercentagePoint}, "percentage points"},
		{indicators.Unit{Kind: indicators.Percent}, "percent"},
		{indicators.MustParseUnit("XDR"), "SDR"},
		{indicators.MustParseUnit("USD"), "US dollars"},
	} {
		if got := unitWords(tc.u); got != tc.want {
			t.Errorf("unitWords(%q) = %q, want %q", tc.u.String(), got, tc.want)
		}
	}
}

// ratesBulletinText has changes of two rates on the year and on the
// quarter, written as tails.
const ratesBulletinText = "Regional labour bulletin\n\n" +
	"  • The regional employment rate was estimated at 70.4%, 0.5 percentage points higher than a year earlier and 0.3 percentage points up on the previous quarter.\n\n" +
	"  • The regional unemployment rate was estimated at 4.1%, 0.2 percentage points lower than a year earlier and 0.1 percentage points down on the previous quarter.\n"

func TestProposeViewsBases(t *testing.T) {
	views, byID := viewsOf(t, ratesBulletinText)
	for _, v := range views {
		if strings.Contains(v.Title, "_") {
			t.Errorf("view title %q holds a raw unit id", v.Title)
		}
		var bases []string
		for _, id := range v.Indicators {
			q := byID[id].Provenance[0].Quote
			i := strings.Index(q, byID[id].Stated)
			switch rest := q[i+len(byID[id].Stated):]; {
			case strings.HasPrefix(rest, " higher than a year"), strings.HasPrefix(rest, " lower than a year"):
				bases = append(bases, "year")
			case strings.Contains(rest[:min(len(rest), 30)], "previous quarter"):
				bases = append(bases, "quarter")
			}
		}
		if slices.Contains(bases, "year") && slices.Contains(bases, "quarter") {
			t.Errorf("view %q mixes changes on the year and on the quarter: %q", v.Title, v.Indicators)
		}
	}
}

// fundReleaseText is a fund's release of its own: amounts in dollars with
// their SDR, a count out of a whole, growth, inflation and deficits.
const fundReleaseText = "Washington, DC – May 2, 2031: The Board completed the review. " +
	"The completion enables the authorities to draw about US$60 million (SDR 44.9 million), bringing total disbursements to about US$300 million (SDR 224.5 million).\n\n" +
	"Seven of 12 structural benchmarks were met.\n\n" +
	"Growth reached 2.9 percent in 2030. Growth is projected at 3.1 percent in 2031.\n\n" +
	"Inflation was 6.2 percent in 2030. Inflation is projected at 5.1 percent in 2031.\n\n" +
	"The fiscal deficit was 2.4 percent of GDP in 2030, and a deficit of 2.0 percent of GDP is targeted in 2031.\n"

func TestProposeViewsSecondCurrency(t *testing.T) {
	views, byID := viewsOf(t, fundReleaseText)
	shares := false
	for _, v := range views {
		for _, id := range v.Indicators {
			if v.Kind == indicators.Bars && byID[id].Unit.Currency.String() == "XDR" {
				t.Errorf("view %q draws the SDR amounts again: %q", v.Title, v.Indicators)
			}
			shares = shares || byID[id].Measure == indicators.Share
		}
	}
	if !shares {
		var titles []string
		for _, v := range views {
			titles = append(titles, v.Title)
		}
		t.Errorf("views %q: none of the deficits, the release's main figures", titles)
	}
}
