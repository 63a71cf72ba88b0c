package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/currency"

	"github.com/claimbook/claimbook/indicators"
)

// TestProposeViews: a draft proposes the document's first figure as a
// headline and bars of the figures that compare (one unit, one measure),
// never a rank; titles from the words the bars' titles share, or from
// their measure and unit.
func TestProposeViews(t *testing.T) {
	usd := indicators.Unit{Kind: indicators.Money, Currency: currency.USD}
	pct := indicators.Unit{Kind: indicators.Percent}
	jobs := indicators.Unit{Kind: indicators.Count, Name: "job"}
	rank := indicators.Unit{Kind: indicators.Rank}
	ind := func(id, title string, m indicators.MeasureKind, u indicators.Unit) indicators.Indicator {
		return indicators.Indicator{ID: id, Title: title, Measure: m, Unit: u, Stated: "x"}
	}
	type view struct {
		ID, Title, Kind string
		Indicators      []string
	}
	tests := []struct {
		name string
		inds []indicators.Indicator
		want []view
	}{
		{"a multiple is no headline; singletons make no bars", []indicators.Indicator{
			ind("x", "Pace of reduction", indicators.Change, indicators.Unit{Kind: indicators.Times}),
			ind("a", "Two-way trade", indicators.Flow, usd),
			ind("b", "Jobs", indicators.CountKind, jobs),
		}, []view{{"doc-headline", "Two-way trade", "headline", []string{"a"}}}},
		{"a rank may be a headline but no bar; one figure drafted twice is one bar", []indicators.Indicator{
			ind("r", "Rank of Japan", indicators.RankKind, rank),
			ind("s", "Rank of Korea", indicators.RankKind, rank),
			ind("p", "Pillars", indicators.CountKind, indicators.Unit{Kind: indicators.Count, Name: "pillar"}),
			ind("q", "Pillars", indicators.CountKind, indicators.Unit{Kind: indicators.Count, Name: "pillar"}),
		}, []view{{"doc-headline", "Rank of Japan", "headline", []string{"r"}}}},
		{"shared leading words title the bars", []indicators.Indicator{
			ind("a", "U.S. goods exports to Colombia", indicators.Flow, usd),
			ind("p", "Share of world GDP", indicators.Share, pct),
			ind("b", "U.S. goods exports to Peru", indicators.Flow, usd),
		}, []view{
			{"doc-headline", "U.S. goods exports to Colombia", "headline", []string{"a"}},
			{"doc-us-goods-exports", "U.S. goods exports", "bars", []string{"a", "b"}},
		}},
		{"two short titles are joined", []indicators.Indicator{
			ind("a", "Two-way trade", indicators.Flow, usd),
			ind("b", "Exports of services", indicators.Flow, usd),
		}, []view{
			{"doc-headline", "Two-way trade", "headline", []string{"a"}},
			{"doc-two-way-trade-and-exports-of-services", "Two-way trade and exports of services", "bars", []string{"a", "b"}},
		}},
		{"a clipped prefix gives way to measure and unit", []indicators.Indicator{
			ind("a", "Change in U.S. goods exports to Japan since 2012", indicators.CountKind, jobs),
			ind("b", "Change in U.S. services jobs supported by exports", indicators.CountKind, jobs),
		}, []view{
			{"doc-headline", "Change in U.S. goods exports to Japan since 2012", "headline", []string{"a"}},
			{"doc-numbers-of-jobs", "Numbers of jobs", "bars", []string{"a", "b"}},
		}},
		{"one unit but two measures are two groups", []indicators.Indicator{
			ind("a", "Trade in 2013", indicators.Flow, usd),
			ind("b", "Investment stock", indicators.Stock, usd),
			ind("c", "Trade in 2014", indicators.Flow, usd),
			ind("d", "Stock of Japanese investment in the United States", indicators.Stock, usd),
		}, []view{
			{"doc-headline", "Trade in 2013", "headline", []string{"a"}},
			{"doc-trade-in-2013-and-trade-in-2014", "Trade in 2013 and trade in 2014", "bars", []string{"a", "c"}},
			{"doc-stocks-in-us-dollars", "Stocks in US dollars", "bars", []string{"b", "d"}},
		}},
	}
	for _, tt := range tests {
		views, notes := proposeViews("doc", tt.inds, map[string]int{})
		var got []view
		for _, v := range views {
			got = append(got, view{v.ID, v.Title, v.Kind.String(), v.Indicators})
			if len(notes[v.ID]) == 0 {
				t.Errorf("%s: view %s has no note saying why it is proposed", tt.name, v.ID)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: proposeViews (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestProposeViewsLimits: at most eight bars a view, the note saying how
// many were left out, at most four bar views a document, and view IDs
// unique across the documents of one draft.
func TestProposeViewsLimits(t *testing.T) {
	var inds []indicators.Indicator
	units := []string{"job", "country", "student", "farmer", "school"}
	for _, u := range units {
		for i := range 10 {
			inds = append(inds, indicators.Indicator{
				ID: fmt.Sprintf("%s-%d", u, i), Title: fmt.Sprintf("%s figure %d", u, i),
				Measure: indicators.CountKind, Unit: indicators.Unit{Kind: indicators.Count, Name: u}, Stated: "1",
			})
		}
	}
	taken := map[string]int{}
	views, notes := proposeViews("doc", inds, taken)
	if len(views) != 5 {
		t.Fatalf("proposeViews gave %d views, want a headline and 4 bar views", len(views))
	}
	for _, v := range views[1:] {
		if len(v.Indicators) != 8 {
			t.Errorf("view %s has %d bars, want 8", v.ID, len(v.Indicators))
		}
		if n := notes[v.ID]; len(n) == 0 || !strings.Contains(n[0], "the first 8; 2 more are left out") {
			t.Errorf("view %s note = %q, want it to say 2 are left out", v.ID, n)
		}
	}
	again, _ := proposeViews("doc", inds, taken)
	if again[0].ID != "doc-headline-2" {
		t.Errorf("second document's headline ID = %q, want doc-headline-2", again[0].ID)
	}
}
