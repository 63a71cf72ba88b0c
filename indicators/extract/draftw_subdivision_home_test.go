package extract

import (
	"strings"
	"testing"
)

// TestWithHomeSubdivisions: the subdivisions of the document's own country
// are read by their ISO 3166-2 names, after the hand tables, never at a
// sentence's or line's start.
func TestWithHomeSubdivisions(t *testing.T) {
	tests := []struct{ name, text, home, want string }{
		{"lifeexp: a council area and a borough", "male life expectancy was lowest in Glasgow City (72.6 years) and highest for women in Camden (23.8 years).", "GB", "GB-GLG,GB-CMD"},
		{"lifeexp: a part of a county", "highest in East Dorset (82.9 years).", "GB", "GB-DOR"},
		{"vehicles: a province the hand table has", "the largest increases were in Prince Edward Island (+49.4%)", "CA", "CA-PE"},
		{"housing: a county of another country is not read", "completions rose in Cork and in Glasgow City.", "IE", "IE-CO"},
		{"a word that opens a sentence", "Reading rose 3%. Income rose too.", "GB", ""},
	}
	for _, tc := range tests {
		var got []string
		for _, s := range withHomeSubdivisions(tc.text, tc.home, subdivisionsIn(tc.text)) {
			got = append(got, isoSubdivision(s))
		}
		if g := strings.Join(got, ","); g != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, g, tc.want)
		}
	}
}
