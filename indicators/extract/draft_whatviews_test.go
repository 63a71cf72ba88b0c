package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// TestProposeViewsTotals: a total never stands beside its own parts
// (parts that add up to an amount get a view of their own; the headline's
// amount, as large as all the others of its bars, leaves them), and a
// figure the document's title states is the headline card (drafts25).
func TestProposeViewsTotals(t *testing.T) {
	mk := func(id, title, stated string, m indicators.MeasureKind) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatal(err)
		}
		return indicators.Indicator{ID: id, Title: title, Stated: stated, Quantity: q, Unit: u, Measure: m, Status: indicators.Fact}
	}
	type view struct {
		Kind string
		IDs  []string
	}
	tests := []struct {
		name, docTitle string
		inds           []indicators.Indicator
		want           []view
	}{
		{"parts that add up to an amount get their own bars; the headline total leaves the bars", "", []indicators.Indicator{
			mk("all", "Aid announced", "$100 million", indicators.Flow),
			mk("x", "Aid for X", "$40 million", indicators.Flow),
			mk("x1", "Food for X", "$25 million", indicators.Flow),
			mk("x2", "Water for X", "$15 million", indicators.Flow),
			mk("y", "Aid for Y", "$10 million", indicators.Flow),
		}, []view{{"headline", []string{"all"}}, {"bars", []string{"x", "y"}}, {"bars", []string{"x1", "x2"}}}},
		{"a headline smaller than the rest stays among the bars", "", []indicators.Indicator{
			mk("a", "Aid for A", "$10 million", indicators.Flow),
			mk("b", "Aid for B", "$20 million", indicators.Flow),
			mk("c", "Aid for C", "$30 million", indicators.Flow),
		}, []view{{"headline", []string{"a"}}, {"bars", []string{"a", "b", "c"}}}},
		{"percentages that add up by chance are no parts", "", []indicators.Indicator{
			mk("n", "Nigeria's share of cases", "25%", indicators.Share),
			mk("d", "Congo's share of cases", "12%", indicators.Share),
			mk("u", "Uganda's share of cases", "13%", indicators.Share),
		}, []view{{"headline", []string{"n"}}, {"bars", []string{"n", "d", "u"}}}},
		{"the figure the title states is the headline, not the first", "Policy rate held at 4.35% - May 2031", []indicators.Indicator{
			mk("target", "Inflation target", "2.5%", indicators.Level),
			mk("rate", "Policy rate", "4.35%", indicators.Level),
		}, []view{{"headline", []string{"rate"}}, {"bars", []string{"target", "rate"}}}},
	}
	for _, tc := range tests {
		views, notes := proposeViewsTitled("doc", tc.docTitle, tc.inds, map[string]int{})
		var got []view
		for _, v := range views {
			got = append(got, view{v.Kind.String(), v.Indicators})
			if len(notes[v.ID]) == 0 {
				t.Errorf("%s: view %s has no note", tc.name, v.ID)
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: proposeViewsTitled (-want +got):\n%s", tc.name, diff)
		}
	}
}
