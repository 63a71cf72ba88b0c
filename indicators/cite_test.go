package indicators_test

import (
	"fmt"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

func TestSourceLine(t *testing.T) {
	var c indicators.Catalog
	for _, id := range []string{"a", "b", "c", "d"} {
		c.Sources = append(c.Sources, indicators.Source{ID: id, Publisher: "Pub " + id, Title: "Title " + id, Issued: indicators.Date{Year: 2015, Month: 4, Day: 28}})
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: "ind-" + id, Provenance: []indicators.Provenance{{Source: id}}})
	}
	c.Derived = []indicators.Derived{{ID: "d-ab", Op: indicators.Ratio, Inputs: []string{"ind-a", "ind-b"}}}
	tests := []struct {
		ids  []string
		want string
	}{
		{nil, ""},
		{[]string{"ind-a"}, "Source: Pub a, Title a, 28 April 2015"},
		{[]string{"ind-a", "ind-a"}, "Source: Pub a, Title a, 28 April 2015"},
		{[]string{"d-ab"}, "Sources: Pub a, Title a, 28 April 2015; Pub b, Title b, 28 April 2015"},
		{[]string{"ind-a", "ind-b", "ind-c"}, "Sources: Pub a, Title a, 28 April 2015; Pub b, Title b, 28 April 2015; Pub c, Title c, 28 April 2015"},
		{[]string{"ind-a", "ind-b", "ind-c", "ind-d"}, "Sources: Pub a, Title a, 28 April 2015; Pub b, Title b, 28 April 2015; Pub c, Title c, 28 April 2015; and other sources"},
		{[]string{"unknown"}, ""},
	}
	for _, tt := range tests {
		if got := c.SourceLine(tt.ids); got != tt.want {
			t.Errorf("SourceLine(%q) = %q, want %q", tt.ids, got, tt.want)
		}
	}
}

func ExampleCatalog_SourceLine() {
	c := usjapan2015.Catalog()
	fmt.Println(c.SourceLine([]string{"japan-investment-stock-in-us", "us-fdi-stock-in-japan"}))
	// Output:
	// Source: The White House, Office of the Press Secretary, FACT SHEET: U.S.-Japan Cooperation for a More Prosperous and Stable World, 28 April 2015
}
