package xlsx

import (
	"html"
	"regexp"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestPercentagePointAxis: a native chart of changes in percentage points
// writes "pp" on its value axis's last tick only, as the slide beside it
// does ("-8 -6 -4 -2 0 2 pp"), not on every tick (s13b-air); the other
// ticks keep their sign. LibreOffice draws the format so (measured on the
// s13b-air book).
func TestPercentagePointAxis(t *testing.T) {
	for _, tc := range []struct {
		name    string
		changes []string
		dirs    []indicators.Direction
		want    string
	}{
		// An axis of -7.5 to 2.5 by 2.5: "-7.5 -5 -2.5 0 2.5 pp".
		{"falls and a rise", []string{"7.4 percentage points", "1.2 percentage points"}, []indicators.Direction{indicators.Down, indicators.Up},
			`[>=1.25]General" pp";[>=0]General;"−"General`},
		{"rises", []string{"3 percentage points", "1 percentage point"}, []indicators.Direction{indicators.Up, indicators.Up},
			`[>=2.5]#,##0" pp";[>=0]#,##0;"−"#,##0`},
		{"tenths", []string{"0.4 percentage points", "0.1 percentage points"}, []indicators.Direction{indicators.Up, indicators.Up},
			`[>=0.35]General" pp";[>=0]General;"−"General`},
	} {
		c := &indicators.Catalog{}
		var ids []string
		for i, st := range tc.changes {
			id := string(rune('a' + i))
			c.Indicators = append(c.Indicators, indicatortest.Change(t, id, st, tc.dirs[i]))
			ids = append(ids, id)
		}
		c.Views = []indicators.ChartView{{ID: "pp", Title: "Change in rates", Kind: indicators.Bars, Indicators: ids}}
		_, parts := writeParts(t, c)
		xml := parts["xl/charts/chart1.xml"]
		m := regexp.MustCompile(`<c:valAx>.*?<c:numFmt formatCode="([^"]*)"|<valAx>.*?<numFmt formatCode="([^"]*)"`).FindStringSubmatch(xml)
		if m == nil {
			t.Fatalf("%s: no value axis format in the chart", tc.name)
		}
		if got := html.UnescapeString(m[1] + m[2]); got != tc.want {
			t.Errorf("%s: value axis format = %q, want %q", tc.name, got, tc.want)
		}
	}
}
