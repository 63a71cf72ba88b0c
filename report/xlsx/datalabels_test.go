package xlsx

import (
	"regexp"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestNativeBarsLabelled: a native bar chart labels each bar with its
// figure in its cell's format, as the slide beside it does; a chart of a
// range, whose invisible base would be labelled too, is not; and a long
// bar name is broken into lines, not left to take half the chart.
func TestNativeBarsLabelled(t *testing.T) {
	mk := func(id, stated string) indicators.Indicator {
		ind := indicatortest.Change(t, id, stated, indicators.NoDirection)
		ind.Measure = indicators.Level
		return ind
	}
	long := mk("long", "6 percent")
	long.Title = "Real income growth of the poorest fifth of households after housing costs"
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{long, mk("short", "4.5 percent"), mk("range", "26 to 28 percent")},
		Views: []indicators.ChartView{
			{ID: "points", Kind: indicators.Bars, Indicators: []string{"long", "short"}},
			{ID: "ranges", Kind: indicators.Bars, Indicators: []string{"short", "range"}},
		},
	}
	_, parts := writeParts(t, c)
	showVal := regexp.MustCompile(`<showVal val="1">`)
	for _, tc := range []struct {
		part     string
		labelled bool
	}{{"xl/charts/chart1.xml", true}, {"xl/charts/chart2.xml", false}} {
		xml, ok := parts[tc.part]
		if !ok {
			t.Fatalf("no part %s", tc.part)
		}
		if got := showVal.MatchString(xml); got != tc.labelled {
			t.Errorf("%s: bars labelled %v, want %v", tc.part, got, tc.labelled)
		}
		if tc.labelled && !regexp.MustCompile(`<dLbls><numFmt formatCode="[^"]*" sourceLinked="(1|true)">`).MatchString(xml) {
			t.Errorf("%s: labels not in their cells' formats", tc.part)
		}
	}
	if got := breakLines(long.Title+" (6%)", categoryLine); !regexp.MustCompile("\n").MatchString(got) {
		t.Errorf("breakLines(%q) = %q, want it broken into lines", long.Title, got)
	}
}

// TestLegendNamesStatedBars: beside the legend entry of a hedged bar
// ("Dashed outline: …"), the bars as stated are named by their status
// ("Fact"), not by the chart data's column ("Value").
func TestLegendNamesStatedBars(t *testing.T) {
	mk := func(id, stated string) indicators.Indicator {
		ind := indicatortest.Change(t, id, stated, indicators.NoDirection)
		ind.Measure = indicators.Level
		return ind
	}
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{mk("median", "4.5 percent"), mk("poorest", "more than 6 percent")},
		Views:      []indicators.ChartView{{ID: "growth", Kind: indicators.Bars, Indicators: []string{"median", "poorest"}}},
	}
	_, parts := writeParts(t, c)
	xml := parts["xl/charts/chart1.xml"]
	if !regexp.MustCompile(`<tx><v>Fact</v></tx>`).MatchString(xml) {
		t.Errorf("the legend does not name the stated bars \"Fact\":\n%s", xml)
	}
}
