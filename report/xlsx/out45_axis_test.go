package xlsx

import (
	"regexp"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSeriesTicksStepDecimals: a native series chart's ticks are
// written to the decimals of their step at least: shares of 0.7% and
// 0.8% on steps of 0.25% were labelled 0.0%, 0.3%, 0.5%, 0.8%, 1.0%,
// the points of 0.8% above the gridline said to be 0.8% (out45,
// s36g-minwage). A near miss: counts on steps of 100,000 stay whole.
func TestSeriesTicksStepDecimals(t *testing.T) {
	for _, tc := range []struct {
		stated []string
		format string
	}{
		{[]string{"0.7%", "0.8%"}, `formatCode="#,##0.00%"`},
		{[]string{"222,000 jobs", "209,000 jobs"}, `formatCode="#,##0"`},
	} {
		c := &indicators.Catalog{Series: []indicators.Series{{ID: "s", Title: "Share of jobs paid the minimum"}},
			Sources: []indicators.Source{{ID: "src", Title: "Low pay"}}}
		for i, st := range tc.stated {
			q, u, err := indicators.ParseStated(st)
			if err != nil {
				t.Fatal(err)
			}
			c.Indicators = append(c.Indicators, indicators.Indicator{ID: "p" + string(rune('a'+i)), Title: "Share of jobs paid the minimum", Stated: st, Quantity: q, Unit: u,
				Measure: indicators.Stock, Period: indicators.YearPeriod(2014 + i), Series: "s", Status: indicators.Fact,
				Provenance: []indicators.Provenance{{Source: "src", Quote: st, Span: indicators.Span{Start: -1, End: -1}}}})
		}
		_, parts := writeParts(t, c)
		found := false
		for name, x := range parts {
			if !strings.HasPrefix(name, "xl/charts/chart") || !strings.Contains(x, "scatterChart") {
				continue
			}
			found = true
			i := strings.LastIndex(x, "<valAx>")
			if got := regexp.MustCompile(`formatCode="[^"]*"`).FindString(x[i:]); got != tc.format {
				t.Errorf("%q: value axis %s, want %s", tc.stated, got, tc.format)
			}
		}
		if !found {
			t.Fatalf("%q: no native series chart", tc.stated)
		}
	}
}

// TestSeriesYearsRoundStep: a native series chart over many years ticks
// round years (every 10 from 1960 for 1952 to 2023), never every seven
// from 1952, which set 2000's point by a tick "2001" and 2009's by "2008"
// (out45, s36g-strikes).
func TestSeriesYearsRoundStep(t *testing.T) {
	c := &indicators.Catalog{Series: []indicators.Series{{ID: "s", Title: "Major work stoppages"}},
		Sources: []indicators.Source{{ID: "src", Title: "Work stoppages"}}}
	for i, y := range []int{1952, 2000, 2009, 2023} {
		st := []string{"470 work stoppages", "39 work stoppages", "5 work stoppages", "33 work stoppages"}[i]
		q, u, err := indicators.ParseStated(st)
		if err != nil {
			t.Fatal(err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: "p" + string(rune('a'+i)), Title: "Major work stoppages", Stated: st, Quantity: q, Unit: u,
			Measure: indicators.Flow, Period: indicators.YearPeriod(y), Series: "s", Status: indicators.Fact,
			Provenance: []indicators.Provenance{{Source: "src", Quote: st, Span: indicators.Span{Start: -1, End: -1}}}})
	}
	_, parts := writeParts(t, c)
	for name, x := range parts {
		if !strings.HasPrefix(name, "xl/charts/chart") || !strings.Contains(x, "scatterChart") {
			continue
		}
		if !strings.Contains(x, `<min val="1950.499"></min>`) || !strings.Contains(x, `<majorUnit val="10"></majorUnit>`) {
			m := regexp.MustCompile(`<max val="[^"]*"></max><min val="[^"]*"></min>|<majorUnit val="[^"]*">`).FindAllString(x, -1)
			t.Errorf("%s: year axis %q, want from 1950.499 in steps of 10", name, m)
		}
	}
}
