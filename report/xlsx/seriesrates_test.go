package xlsx

import (
	"regexp"
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSeriesRateLabels: the points of a series chart of rates of one unit
// are labelled by their figures alone ("17.8"), the unit on the axis, as
// the slide writes them: "17.8 deaths per 100,000 population" on each of
// four points overprinted one another (s21o-suicide). Counts, whose value
// axis's title says their noun, are labelled so too ("6,242", the axis
// "suicides"): "29 micrograms per cubic metre" over "28 …" (s22p-air). The chart is titled by its series view, and has
// no legend of its one series, which that title names (s21o-obesity).
// Points stated in scales of their own keep them, each in its cell's
// format ("1.13 million" beside "980,000", never "1,130,000").
func TestSeriesRateLabels(t *testing.T) {
	tests := []struct {
		name, unit string
		stated     []string
		wantFmt    string
	}{
		{"rates", "death per 100,000 population", []string{"17.8", "16.8 deaths per 100,000 population"}, `formatCode="#,##0.0" sourceLinked="0"`},
		{"whole rates", "death per 100,000 population", []string{"18", "17"}, `formatCode="#,##0" sourceLinked="0"`},
		{"counts", "suicide", []string{"6,242 suicides", "6,122 suicides"}, `formatCode="#,##0" sourceLinked="0"`},
		// s24s-flytipping: "1.13 million" was labelled "1,130,000".
		{"counts in two scales", "suicide", []string{"980,000 suicides", "1.13 million suicides"}, `formatCode="General" sourceLinked="1"`},
	}
	for _, tt := range tests {
		u, err := indicators.ParseUnit(tt.unit)
		if err != nil {
			t.Fatal(err)
		}
		c := &indicators.Catalog{Series: []indicators.Series{{ID: "rate", Title: "Suicide rate, males, UK"}},
			Sources: []indicators.Source{{ID: "src", Title: "Suicides in the UK"}},
			Views:   []indicators.ChartView{{ID: "trend", Title: "Suicide rates by sex, UK, 2013 and 2014", Kind: indicators.SeriesKind, Series: []string{"rate"}}}}
		for i, st := range tt.stated {
			q, _, err := indicators.ParseStated(st)
			if err != nil {
				t.Fatal(err)
			}
			c.Indicators = append(c.Indicators, indicators.Indicator{ID: string(rune('a' + i)), Title: "Suicide rate, males", Stated: st, Quantity: q, Unit: u,
				Measure: indicators.Level, Period: indicators.YearPeriod(2013 + i), Series: "rate", Status: indicators.Fact, Entities: []string{"GB"},
				Provenance: []indicators.Provenance{{Source: "src", Quote: st, Span: indicators.Span{Start: -1, End: -1}}}})
		}
		_, parts := writeParts(t, c)
		var fmts, titles []string
		for name, xml := range parts {
			if !regexp.MustCompile(`^xl/charts/chart\d+\.xml$`).MatchString(name) || !regexp.MustCompile(`scatterChart`).MatchString(xml) {
				continue
			}
			if regexp.MustCompile(`<legend>`).MatchString(xml) {
				t.Errorf("%s: %s: a legend of the one series its view's title names", tt.name, name)
			}
			for _, m := range regexp.MustCompile(`<dLbls><numFmt (formatCode="[^"]*" sourceLinked="[^"]*")`).FindAllStringSubmatch(xml, -1) {
				fmts = append(fmts, m[1])
			}
			for _, m := range regexp.MustCompile(`<a:t>([^<]*)</a:t>`).FindAllStringSubmatch(xml, -1) {
				titles = append(titles, m[1])
			}
		}
		if len(fmts) == 0 {
			t.Fatalf("%s: no labelled series chart", tt.name)
		}
		for _, f := range fmts {
			if f != tt.wantFmt {
				t.Errorf("%s: point labels %s, want %s", tt.name, f, tt.wantFmt)
			}
		}
		if !slices.ContainsFunc(titles, func(s string) bool {
			return regexp.MustCompile(`^Suicide rates by sex, UK, 2013 and 2014`).MatchString(s)
		}) {
			t.Errorf("%s: series chart titles %q, want the view's", tt.name, titles)
		}
	}
}
