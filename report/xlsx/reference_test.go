package xlsx

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestReferenceLine: a % target beside shares of the same whole (the
// NATO guideline beside the UK's share of GDP, s10-defence) is a dashed
// line series across the native chart's bars, named in the legend as
// the slide's key names it, not a hatched bar; the value axis reaches it.
func TestReferenceLine(t *testing.T) {
	var inds []indicators.Indicator
	for _, f := range []struct {
		id, title, stated string
		status            indicators.Status
		measure           indicators.MeasureKind
	}{
		{"uk", "UK defence expenditure as a share of GDP", "2.29%", indicators.Fact, indicators.Share},
		{"fr", "French defence expenditure as a share of GDP", "1.9%", indicators.Fact, indicators.Share},
		{"nato", "NATO guideline for defence spending as a share of GDP", "2%", indicators.Target, indicators.Threshold},
	} {
		q, u, err := indicators.ParseStated(f.stated)
		if err != nil {
			t.Fatal(err)
		}
		inds = append(inds, indicators.Indicator{ID: f.id, Title: f.title, Stated: f.stated, Quantity: q, Unit: u,
			Status: f.status, Measure: f.measure, Denominator: "GDP", Period: indicators.YearPeriod(2022)})
	}
	c := &indicators.Catalog{Indicators: inds,
		Views: []indicators.ChartView{{ID: "v", Title: "Defence spending", Kind: indicators.Bars, Indicators: []string{"uk", "nato", "fr"}}}}
	_, parts := writeParts(t, c)
	xml := parts[chartPart(0)]
	bar, line, ok := strings.Cut(xml, "<lineChart>")
	if !ok {
		t.Fatalf("chart part has no line chart for the NATO guideline")
	}
	line, _, _ = strings.Cut(line, "</lineChart>")
	for _, want := range []string{`<v>NATO guideline 2%</v>`, `<a:prstDash val="dash">`} {
		if !strings.Contains(line, want) {
			t.Errorf("line series of the guideline lacks %s", want)
		}
	}
	if strings.Contains(bar, "pattFill") {
		t.Errorf("the guideline is drawn as a hatched bar too")
	}
	if got, want := strings.Count(bar, "<ser>"), 1; got != want {
		t.Errorf("bar chart has %d series, want %d (the two shares)", got, want)
	}
}
