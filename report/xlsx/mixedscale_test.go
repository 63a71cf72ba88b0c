package xlsx

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestMixedScaleAxis: a native chart of amounts written in millions and
// in billions ticks in the scale its axis title names, the largest the
// figures were written with, as the slide beside it does, whichever bar
// comes first: "$954 million" first beside "$3.3 billion" ticked "$1,000
// … $4,000" under "US$ billion" (s37h-disasteraid, a FEMA release). One
// scale alone keeps its ticks.
func TestMixedScaleAxis(t *testing.T) {
	for _, tc := range []struct {
		name   string
		stated []string
		title  string // the axis title's scale word
		want   []string
	}{
		{"million first", []string{"$954 million", "$1.4 billion", "$824 million", "$3.3 billion"}, "billion", []string{"$0", "$1", "$2", "$3", "$4"}},
		{"billion first", []string{"$3.3 billion", "$954 million"}, "billion", []string{"$0", "$1", "$2", "$3", "$4"}},
		{"millions alone", []string{"$954 million", "$824 million"}, "million", []string{"$0", "$250", "$500", "$750", "$1,000"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &indicators.Catalog{Sources: []indicators.Source{{ID: "s", Title: "Release"}}}
			var ids []string
			for i, st := range tc.stated {
				q, u, err := indicators.ParseStated(st)
				if err != nil {
					t.Fatalf("ParseStated(%q): %v", st, err)
				}
				id := "aid-" + strconv.Itoa(i)
				ids = append(ids, id)
				c.Indicators = append(c.Indicators, indicators.Indicator{ID: id, Title: "Programme " + strconv.Itoa(i), Stated: st, Quantity: q, Unit: u,
					Measure: indicators.Flow, Status: indicators.Fact, Entities: []string{"US"},
					Provenance: []indicators.Provenance{{Source: "s", Quote: st, Span: indicators.Span{Start: -1, End: -1}}}})
			}
			c.Views = []indicators.ChartView{{ID: "aid", Title: "Aid by programme", Kind: indicators.Bars, Indicators: ids}}
			_, parts := writeParts(t, c)
			chart := parts["xl/charts/chart1.xml"]
			ax := regexp.MustCompile(`(?s)<valAx>.*?</valAx>`).FindString(chart)
			if !regexp.MustCompile(`<a:t>[^<]*\b` + tc.title + `\b`).MatchString(ax) {
				t.Errorf("axis title does not name %q: %s", tc.title, ax)
			}
			got, f := valueAxisTicks(t, chart)
			if len(got) != len(tc.want) {
				t.Fatalf("ticks %q (format %s), want %q", got, f, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("ticks %q (format %s), want %q", got, f, tc.want)
				}
			}
		})
	}
}
