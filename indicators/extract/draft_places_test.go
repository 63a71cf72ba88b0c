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
		// Names built on a place's name that name no place of it
		// (placeShadows): a prisons release, a fisheries paper, a
		// housing market, next to the places they are not.
		{"2% were American Indian or Alaska Native", ""},
		{"a rising share of American Indians and Indians", "IN"},
		{"In Indian Ocean, tuna catches increased rapidly", ""},
		{"Indian exports to the Indian Ocean rim", "IN"},
		{"home sales in New England and in England", "GB-ENG"},
		{"dwellings in New South Wales rose", ""},
		// A country's name inside another country's subdivision
		// (shadowNames, from ISO 3166-2): a vehicles release, a
		// prices release, a tax paper.
		{"followed by British Columbia (+13.1%) and Quebec", ""},
		{"prices in New Mexico rose faster than in Mexico", "MX"},
		{"filers in New Jersey paid 4% more", ""},
		{"exports from South Australia", "AU"},
		{"American exports", "US"},
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
