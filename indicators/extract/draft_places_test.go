package extract

import (
	"strings"
	"testing"
)

func TestPlacesInForms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Brazil’s gross domestic product rose", "BR"},
		{"Brazil's gross domestic product rose", "BR"},
		{"reaching seven million Kenyans", "KE"},
		{"two million Indians and Brazilians", "IN,BR"},
		{"the Americans", "US"},
		{"over 120 low- and middle-income countries", "WLD"},
		{"in developing countries", "WLD"},
		{"Japans", ""}, // a country's name takes no plural
		{"850 billion Tanzanian shillings", "TZ"},
		{"Zambians and Ethiopians", "ZM,ET"},
		{"Brazil’sX", ""},
		{"the United States’ 34th largest partner", "US"}, // a plural's possessive
		{"the Philippines’ exports", "PH"},
		{"Chile’X", ""},
	}
	for _, tc := range tests {
		var got []string
		for _, p := range placesIn(tc.in, 0) {
			got = append(got, p.code)
		}
		if g := strings.Join(got, ","); g != tc.want {
			t.Errorf("placesIn(%q) = %q, want %q", tc.in, g, tc.want)
		}
	}
}
