package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// TestProposeViewsBasis: no view mixes growth on the previous period with
// growth on a year before, nor a revision with the levels it revises; a
// pure number's view is never titled "Counts in " with an empty unit, and
// a level per quintal says so.
func TestProposeViewsBasis(t *testing.T) {
	pct := indicators.Unit{Kind: indicators.Percent}
	none := indicators.Unit{}
	perQ := indicators.Unit{Per: "quintal"}
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
		{"quarter on quarter apart from year on year", []indicators.Indicator{
			ind("h", "Trade", indicators.Flow, indicators.Unit{Kind: indicators.Count, Name: "ship"}),
			ind("a", "Output growth on the previous quarter", indicators.Change, pct),
			ind("b", "Output growth on the same quarter of the previous year", indicators.Change, pct),
			ind("c", "Jobs growth on the previous quarter", indicators.Change, pct),
			ind("d", "Jobs growth on the same quarter of the previous year", indicators.Change, pct),
		}, []view{
			{"doc-headline", "Trade", "headline", []string{"h"}},
			{"doc-changes-in-percent-on-the-previous-period", "Changes in percent, on the previous period", "bars", []string{"a", "c"}},
			{"doc-changes-in-percent-year-on-year", "Changes in percent, year on year", "bars", []string{"b", "d"}},
		}},
		{"revisions apart from levels", []indicators.Indicator{
			ind("h", "Trade", indicators.Flow, indicators.Unit{Kind: indicators.Count, Name: "ship"}),
			ind("a", "Upward revision of rice production forecast", indicators.Change, pct),
			ind("b", "Rice exports growth", indicators.Change, pct),
			ind("c", "Downward revision of maize production forecast", indicators.Change, pct),
			ind("d", "Maize exports growth", indicators.Change, pct),
		}, []view{
			{"doc-headline", "Trade", "headline", []string{"h"}},
			{"doc-changes-in-percent-revisions", "Changes in percent (revisions)", "bars", []string{"a", "c"}},
			{"doc-rice-exports-growth-and-maize-exports-growth", "Rice exports growth and maize exports growth", "bars", []string{"b", "d"}},
		}},
		{"a pure number's view names its measure alone", []indicators.Indicator{
			ind("h", "Trade", indicators.Flow, indicators.Unit{Kind: indicators.Count, Name: "ship"}),
			ind("a", "Claims paid under the crop insurance scheme", indicators.CountKind, none),
			ind("b", "Loans disbursed to dairy farmers in the hills", indicators.CountKind, none),
			ind("c", "Minimum support price for wheat", indicators.Level, perQ),
			ind("d", "Minimum support price for paddy", indicators.Level, perQ),
		}, []view{
			{"doc-headline", "Trade", "headline", []string{"h"}},
			{"doc-counts", "Counts", "bars", []string{"a", "b"}},
			{"doc-minimum-support-price", "Minimum support price", "bars", []string{"c", "d"}},
		}},
		{"a level per quintal", []indicators.Indicator{
			ind("h", "Trade", indicators.Flow, indicators.Unit{Kind: indicators.Count, Name: "ship"}),
			ind("c", "Price of wheat set by the state", indicators.Level, perQ),
			ind("d", "Support for growers of paddy", indicators.Level, perQ),
		}, []view{
			{"doc-headline", "Trade", "headline", []string{"h"}},
			{"doc-levels-per-quintal", "Levels per quintal", "bars", []string{"c", "d"}},
		}},
	}
	for _, tt := range tests {
		views, _ := proposeViews("doc", tt.inds, map[string]int{})
		var got []view
		for _, v := range views {
			got = append(got, view{v.ID, v.Title, v.Kind.String(), v.Indicators})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: proposeViews (-want +got):\n%s", tt.name, diff)
		}
	}
}
