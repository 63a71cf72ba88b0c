package chart

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestTimesInLegend: grouped bars whose key names their periods, each
// measure's bars labelled once by the measure, say in the subtitle that
// their dates are in the legend, not on the bars, which say none
// (s31b-blood: "Days, as of the dates on the bars"). Bars each labelled
// with its period keep "on the bars".
func TestTimesInLegend(t *testing.T) {
	stock := func(id, title, stated, period string) fig {
		return fig{id: id, title: title, stated: stated, period: period, measure: indicators.Stock}
	}
	tests := []struct {
		name      string
		figs      []fig
		want, not string
	}{
		{"grouped by date", []fig{
			stock("o1", "Blood stocks of O negative", "1.6 days", "2024-07-25"), stock("o2", "Blood stocks of O negative", "7.8 days", "2024-08-26"),
			stock("a1", "Blood stocks of all types", "4.3 days", "2024-07-25"), stock("a2", "Blood stocks of all types", "8.6 days", "2024-08-26"),
		}, "as of the dates in the legend", "on the bars"},
		{"one bar a measure", []fig{
			stock("o1", "Blood stocks of O negative", "1.6 days", "2024-07-25"), stock("a2", "Blood stocks of all types", "8.6 days", "2024-08-26"),
		}, "as of the dates on the bars", "legend"},
	}
	for _, tt := range tests {
		s := figSlide(t, figCatalog(t, tt.figs...), "all")
		if !strings.Contains(s.Subtitle, tt.want) || strings.Contains(s.Subtitle, tt.not) {
			t.Errorf("%s: subtitle %q, want %q and no %q", tt.name, s.Subtitle, tt.want, tt.not)
		}
	}
}
