package xlsx

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSharedPhraseOnAxis: a phrase every bar's title ends with
// (", traditional survey area", s18k-birds) is said once, by the native
// chart's value axis title (its subtitle), and by no bar's name, as the
// slide beside it says it (chart TestSharedPhraseInSubtitle).
func TestSharedPhraseOnAxis(t *testing.T) {
	c := &indicators.Catalog{Views: []indicators.ChartView{{ID: "change", Title: "Change in breeding ducks from 2006 to 2007", Kind: indicators.Bars}}}
	for i, bird := range []string{"ducks", "mallards", "gadwall"} {
		stated := []string{"14%", "10%", "19%"}[i]
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatal(err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: bird, Title: "Change in breeding " + bird + ", traditional survey area", Stated: stated,
			Quantity: q, Unit: u, Measure: indicators.Change, Period: indicators.YearPeriod(2007), Base: indicators.YearPeriod(2006), Status: indicators.Estimate})
		c.Views[0].Indicators = append(c.Views[0].Indicators, bird)
	}
	_, parts := writeParts(t, c)
	f := writtenBook(t, c)
	rows, err := f.GetRows(SheetChartData)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows[1:] {
		got = append(got, r[1])
	}
	if want := []string{"Breeding ducks", "Breeding mallards", "Breeding gadwall"}; !slices.Equal(got, want) {
		t.Errorf("bars named %q, want %q", got, want)
	}
	if xml := parts["xl/charts/chart1.xml"]; !strings.Contains(xml, "; traditional survey area</a:t>") {
		t.Errorf("the chart's value axis title does not end in %q:\n%s", "; traditional survey area", xml)
	}
}
