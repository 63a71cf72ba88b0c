package xlsx

import (
	"html"
	"regexp"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestDoughnutLabelsAsStated: a native doughnut labels its share and the
// rest with the digits the document gave ("47.9%", "52.1%"), never
// rounder ("48%", "52%"), as the slide beside it and the Chart data cells
// do.
func TestDoughnutLabelsAsStated(t *testing.T) {
	for _, tc := range []struct {
		stated string
		want   string // the doughnut's label format
	}{
		{"47.9%", `#,##0.0"%"`},
		{"47.95 percent", `#,##0.00"%"`},
		{"48%", `#,##0"%"`},
	} {
		share := indicatortest.Change(t, "low-carbon", tc.stated, indicators.NoDirection)
		share.Measure = indicators.Share
		c := &indicators.Catalog{
			Indicators: []indicators.Indicator{share},
			Views:      []indicators.ChartView{{ID: "mix", Kind: indicators.PartOfWhole, Indicators: []string{"low-carbon"}}},
		}
		_, parts := writeParts(t, c)
		xml := parts["xl/charts/chart1.xml"]
		m := regexp.MustCompile(`<dLbls><numFmt formatCode="([^"]*)"`).FindStringSubmatch(xml)
		if m == nil {
			t.Fatalf("%q: no data label format in the doughnut:\n%s", tc.stated, xml)
		}
		if got := html.UnescapeString(m[1]); got != tc.want {
			t.Errorf("doughnut label format of %q = %q, want %q", tc.stated, got, tc.want)
		}
	}
}
