package pptx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestTitleSlidePlace checks that the title slide names the place most
// indicators are about where the document's title does not name it by
// any name: s14d-energy's "Electricity generation" of Australia; a U.S.
// fact sheet whose title says "U.S.-Japan" gains nothing; a catalog of
// places none of which is most gains nothing.
func TestTitleSlidePlace(t *testing.T) {
	tests := []struct {
		title    string
		entities [][]string
		want     string
	}{
		{"Electricity generation", [][]string{{"AU"}, {"AU"}, {"AU-SA"}}, "Electricity generation, Australia"},
		{"FACT SHEET: U.S.-Japan Cooperation", [][]string{{"US"}, {"US", "JP"}}, "FACT SHEET: U.S.-Japan Cooperation"},
		{"Rough sleeping snapshot in England: autumn 2024", [][]string{{"GB-ENG"}, {"GB-ENG"}}, "Rough sleeping snapshot in England: autumn 2024"},
		{"Regional accounts", [][]string{{"GB-SCT"}, {"GB-WLS"}}, "Regional accounts"},
	}
	for _, tc := range tests {
		c := &indicators.Catalog{Sources: []indicators.Source{{ID: "s", Title: tc.title}}}
		for i, e := range tc.entities {
			c.Indicators = append(c.Indicators, indicators.Indicator{ID: string(rune('a' + i)), Entities: e, Provenance: []indicators.Provenance{{Source: "s"}}})
		}
		if got := titleSlide(c).Title; got != tc.want {
			t.Errorf("title slide of %q = %q, want %q", tc.title, got, tc.want)
		}
	}
}
