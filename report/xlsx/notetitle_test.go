package xlsx

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestNoteTextTitleOnce: a cell note names the document's title once when
// the quote's section path starts with it (s13-housing: "— HUD AND CENSUS …,
// HUD AND CENSUS … > Building Permits").
func TestNoteTextTitleOnce(t *testing.T) {
	c := &indicators.Catalog{Sources: []indicators.Source{{ID: "doc", Title: "NEW RESIDENTIAL CONSTRUCTION"}}}
	tests := []struct {
		section []string
		want    string
	}{
		{[]string{"NEW RESIDENTIAL CONSTRUCTION", "Building Permits"}, "— NEW RESIDENTIAL CONSTRUCTION, Building Permits"},
		{[]string{"New Residential Construction"}, "— NEW RESIDENTIAL CONSTRUCTION"},
		{[]string{"Building Permits"}, "— NEW RESIDENTIAL CONSTRUCTION, Building Permits"},
		{nil, "— NEW RESIDENTIAL CONSTRUCTION"},
	}
	for _, tc := range tests {
		ind := &indicators.Indicator{ID: "a", Provenance: []indicators.Provenance{{Source: "doc", Section: tc.section, Quote: "q"}}}
		got := noteText(c, ind)
		if _, where, _ := strings.Cut(got, "\n"); where != tc.want {
			t.Errorf("noteText(section %q) ends %q, want %q", tc.section, where, tc.want)
		}
	}
}
