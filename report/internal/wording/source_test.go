package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

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
		if got := IssuedPhrase(tt.title, tt.d); got != tt.want {
			t.Errorf("IssuedPhrase(%q, %v) = %q, want %q", tt.title, tt.d.Long(), got, tt.want)
		}
	}
}

// TestSourceLine: the footer of a source whose title says its date names
// the date once.
func TestSourceLine(t *testing.T) {
	c := &indicators.Catalog{
		Sources:    []indicators.Source{{ID: "s", Publisher: "Federal Reserve", Title: "G.17, May 17, 2011", Issued: indicators.Date{Year: 2011, Month: 5, Day: 17}}},
		Indicators: []indicators.Indicator{{ID: "a", Provenance: []indicators.Provenance{{Source: "s"}}}},
	}
	if got, want := SourceLine(c, []string{"a"}), "Source: Federal Reserve, G.17, May 17, 2011"; got != want {
		t.Errorf("SourceLine(a) = %q, want %q", got, want)
	}
}
