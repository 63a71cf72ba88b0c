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

// TestIssuedPhrase: a source line does not repeat a date its title says,
// and sets an issue date apart from a title of another date.
func TestIssuedPhrase(t *testing.T) {
	tests := []struct {
		title string
		d     indicators.Date
		want  string
	}{
		{"Industrial Production and Capacity Utilization (G.17), May 17, 2011", indicators.Date{Year: 2011, Month: 5, Day: 17}, ""},
		{"Retail sales, 17 May 2011", indicators.Date{Year: 2011, Month: 5, Day: 17}, ""},
		{"Public opinions and social trends, Great Britain: 8 to 20 November 2022", indicators.Date{Year: 2022, Month: 11, Day: 25}, "published 25 November 2022"},
		{"Retail sales, Great Britain: February 2024", indicators.Date{Year: 2024, Month: 3, Day: 22}, "published 22 March 2024"},
		{"Labour market overview", indicators.Date{Year: 2024, Month: 3, Day: 22}, "22 March 2024"},
		{"Annual report 2015", indicators.Date{Year: 2015}, ""},
		{"Annual report", indicators.Date{}, ""},
	}
	for _, tt := range tests {
		s := indicators.Source{Title: tt.title, Issued: tt.d}
		if got := s.IssuedPhrase(); got != tt.want {
			t.Errorf("IssuedPhrase(%q, %v) = %q, want %q", tt.title, tt.d.Long(), got, tt.want)
		}
	}
}

// TestSourceLineTitleDate: the footer of a source whose title says its
// date names the date once.
func TestSourceLineTitleDate(t *testing.T) {
	c := &indicators.Catalog{
		Sources:    []indicators.Source{{ID: "s", Publisher: "Federal Reserve", Title: "G.17, May 17, 2011", Issued: indicators.Date{Year: 2011, Month: 5, Day: 17}}},
		Indicators: []indicators.Indicator{{ID: "a", Provenance: []indicators.Provenance{{Source: "s"}}}},
	}
	if got, want := c.SourceLine([]string{"a"}), "Source: Federal Reserve, G.17, May 17, 2011"; got != want {
		t.Errorf("SourceLine(a) = %q, want %q", got, want)
	}
}
