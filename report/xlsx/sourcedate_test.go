package xlsx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSourceLineDate: the Charts sheet's source line dates a source as
// the chart footers do: a date its title says once, another "published".
func TestSourceLineDate(t *testing.T) {
	tests := []struct {
		title string
		want  string
	}{
		{"G.17, May 17, 2011", "Source: Federal Reserve, “G.17, May 17, 2011”"},
		{"Opinions: 8 to 20 November 2011", "Source: Federal Reserve, “Opinions: 8 to 20 November 2011”, published 17 May 2011"},
		{"Industrial production", "Source: Federal Reserve, “Industrial production”, 17 May 2011"},
	}
	for _, tt := range tests {
		c := &indicators.Catalog{
			Sources:    []indicators.Source{{ID: "s", Publisher: "Federal Reserve", Title: tt.title, Issued: indicators.Date{Year: 2011, Month: 5, Day: 17}}},
			Indicators: []indicators.Indicator{{ID: "a", Provenance: []indicators.Provenance{{Source: "s"}}}},
		}
		b := &book{c: c}
		if got := b.sourceLine(&indicators.ChartView{Indicators: []string{"a"}}); got != tt.want {
			t.Errorf("sourceLine(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}
