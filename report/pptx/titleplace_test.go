package pptx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestTitleSlidePlace checks that the title slide names the place most
// indicators are about where the document's title does not name it by
// any name, on the line under the title, which stays as written:
// s14d-energy's "Electricity generation" of Australia; s16g-research's
// title ending in its publisher "ABS" (never "…: ABS, Australia"); a U.S.
// fact sheet whose title says "U.S.-Japan" gains nothing; a catalog of
// places none of which is most gains nothing.
func TestTitleSlidePlace(t *testing.T) {
	tests := []struct {
		title    string
		entities [][]string
		place    string // the first body line, "" for none
	}{
		{"Electricity generation", [][]string{{"AU"}, {"AU"}, {"AU-SA"}}, "Australia"},
		{"Business spending on research and development reaches $12 billion: ABS", [][]string{{"AU"}, {"AU"}}, "Australia"},
		{"FACT SHEET: U.S.-Japan Cooperation", [][]string{{"US"}, {"US", "JP"}}, ""},
		{"Rough sleeping snapshot in England: autumn 2024", [][]string{{"GB-ENG"}, {"GB-ENG"}}, ""},
		{"Regional accounts", [][]string{{"GB-SCT"}, {"GB-WLS"}}, ""},
	}
	for _, tc := range tests {
		c := &indicators.Catalog{Sources: []indicators.Source{{ID: "s", Title: tc.title}}}
		for i, e := range tc.entities {
			c.Indicators = append(c.Indicators, indicators.Indicator{ID: string(rune('a' + i)), Entities: e, Provenance: []indicators.Provenance{{Source: "s"}}})
		}
		s := titleSlide(c)
		if s.Title != tc.title {
			t.Errorf("title slide of %q titled %q, want the title as written", tc.title, s.Title)
		}
		place := ""
		if len(s.Body) > 1 { // the last line counts the claims
			place = s.Body[0]
		}
		if place != tc.place {
			t.Errorf("title slide of %q: place line %q, want %q (body %q)", tc.title, place, tc.place, s.Body)
		}
	}
}
