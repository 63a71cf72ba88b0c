package indicators_test

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestDerivedUnits checks the table of what unit each formula gives, with
// the cases round E's users met (a gap between two inflation rates and
// between nominal and real growth, in points; spending per trip, a rate)
// and cases from other kinds (shares of school pupils, coverage rates, a
// crime rate per head, electricity per household).
func TestDerivedUnits(t *testing.T) {
	tests := []struct {
		name string
		op   indicators.Op
		a, b string
		text string // the result in words, or the start of the error
	}{
		// s15-prices: CPIH 0.7% less CPI 0.4% is 0.3 percentage points.
		{"inflation gap", indicators.Difference, "0.7%", "0.4%", "0.3 percentage points"},
		// s15-gdp: nominal 3.0 per cent less real 1.1 per cent.
		{"nominal less real growth", indicators.Difference, "3.0 per cent", "1.1 per cent", "1.9 percentage points"},
		// vaccines: coverage 92.3% less 91.0%.
		{"coverage gap", indicators.Difference, "92.3%", "91.0%", "1.3 percentage points"},
		{"points less points", indicators.Difference, "0.5 percentage points", "0.2 percentage points", "0.3 percentage points"},
		{"sum of shares", indicators.Sum, "8.3%", "81.1%", "89.4 percent"},
		// 2.95 to 3.05 over 1.45 to 1.55: 1.90 to 2.10, more than one
		// unit of tenths from 2.0.
		{"ratio of percents", indicators.Ratio, "3.0 per cent", "1.5 per cent", "about 2.0 times"},
		// s15-gdp: a contribution in points as a share of growth in percent;
		// 0.45 to 0.55 over 1.05 to 1.15 is 39 to 53 percent.
		{"contribution share of growth", indicators.ShareOf, "0.5 percentage points", "1.1 per cent", "39 to 53 percent"},
		// s15-visitors: €1,551 million over 2.771 million trips, each rounded
		// at its last digit, is €559.4 to €560.1: three figures, not four.
		{"spend per trip", indicators.Ratio, "€1,551 million", "2.771 million trips", "€560 per trip"},
		// schools: pupils per teacher.
		{"pupils per teacher", indicators.Ratio, "8,000 pupils", "500 teachers", "16.0 pupils per teacher"},
		{"amount over amount", indicators.Ratio, "$300 million", "$100 million", "3.0 times"},
		{"share of an amount in trips", indicators.ShareOf, "€1,551 million", "2.771 million trips", `indicators: derived "x": share of "a" (EUR) in "b" (trip): a share is of a whole in the same unit; for EUR per trip write formula: ratio`},
		{"percent less money", indicators.Difference, "5%", "$3 million", `indicators: derived "x": difference of figures in different units: "a" is in percent and "b" in USD`},
		{"count over money", indicators.Ratio, "500 teachers", "$3 million", `indicators: derived "x": ratio of "a" (teacher) and "b" (USD), which are in different units`},
	}
	for _, tt := range tests {
		c := derivedCatalog(t, tt.op, []string{"a", "b"}, map[string]string{"a": tt.a, "b": tt.b})
		r, err := c.Compute("x")
		got := ""
		if err != nil {
			got = err.Error()
		} else {
			got = r.Text(indicators.Style{})
		}
		if !strings.HasPrefix(got, tt.text) {
			t.Errorf("%s: %v of %q and %q = %q, want %q", tt.name, tt.op, tt.a, tt.b, got, tt.text)
		}
	}
}
