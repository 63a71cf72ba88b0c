package xlsx

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestNativeNoKeyOfOneStatus: a native chart whose bars are all of one
// status but fact has no legend, as the slide beside it has no key
// (s16g-lifeexp: a legend of one entry, "Estimate", under four green
// bars); bars of two statuses keep theirs (s16g-fire's facts beside an
// estimate would be told apart by colour).
func TestNativeNoKeyOfOneStatus(t *testing.T) {
	tests := []struct {
		name     string
		statuses []indicators.Status
		legend   bool
	}{
		{"s16g-lifeexp estimates alone", []indicators.Status{indicators.Estimate, indicators.Estimate, indicators.Estimate, indicators.Estimate}, false},
		{"fact beside an estimate", []indicators.Status{indicators.Fact, indicators.Estimate}, true},
		{"estimate beside a target", []indicators.Status{indicators.Estimate, indicators.Target}, true},
	}
	for _, tc := range tests {
		c := &indicators.Catalog{}
		var ids []string
		for i, st := range tc.statuses {
			q, u, err := indicators.ParseStated("7" + string(rune('0'+i)) + ".5 years")
			if err != nil {
				t.Fatal(err)
			}
			id := string(rune('a' + i))
			c.Indicators = append(c.Indicators, indicators.Indicator{ID: id, Title: "Life expectancy " + id, Stated: q.Value.String() + " years", Quantity: q, Unit: u,
				Measure: indicators.Level, Status: st, Period: indicators.YearPeriod(2012)})
			ids = append(ids, id)
		}
		c.Views = []indicators.ChartView{{ID: "le", Title: "Life expectancy", Kind: indicators.Bars, Indicators: ids}}
		_, parts := writeParts(t, c)
		chart, ok := parts["xl/charts/chart1.xml"]
		if !ok {
			t.Fatalf("%s: no chart part", tc.name)
		}
		if got := strings.Contains(chart, "<legend>"); got != tc.legend {
			t.Errorf("%s: chart has a legend = %v, want %v", tc.name, got, tc.legend)
		}
	}
}
