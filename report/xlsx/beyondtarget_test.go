package xlsx

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// TestBeyondTargetOutline: a hatched bar of "more than" a target keeps the
// dashed outline of a figure beyond its bar in the native chart, as the
// slide draws it, in the target's line colour.
func TestBeyondTargetOutline(t *testing.T) {
	var inds []indicators.Indicator
	for _, f := range []struct{ id, stated string }{{"a", "more than $5 billion"}, {"b", "$3 billion"}} {
		q, u, err := indicators.ParseStated(f.stated)
		if err != nil {
			t.Fatal(err)
		}
		inds = append(inds, indicators.Indicator{ID: f.id, Title: "Funding " + f.id, Stated: f.stated, Quantity: q, Unit: u,
			Status: indicators.Target, Measure: indicators.Flow, Period: indicators.YearPeriod(2025)})
	}
	c := &indicators.Catalog{Indicators: inds,
		Views: []indicators.ChartView{{ID: "v", Title: "Funding targets", Kind: indicators.Bars, Indicators: []string{"a", "b"}}}}
	_, parts := writeParts(t, c)
	xml := parts[chartPart(0)]
	dashed := `<a:ln w="19050"><a:solidFill><a:srgbClr val="` + wording.StatusLine(indicators.Target) + `"></a:srgbClr></a:solidFill><a:prstDash val="dash">`
	if !strings.Contains(xml, dashed) {
		t.Errorf("chart part has no dashed outline in the target's line colour %s for the more-than bar", wording.StatusLine(indicators.Target))
	}
}
