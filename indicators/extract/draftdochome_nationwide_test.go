package extract

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestDocStateNotNationwide checks that a figure whose sentence says it is
// the whole country's ("Payrolls nationwide") is not given the state a
// state release names most (review22 item 2), while the state's own
// figures are; the draft loads and verifies.
func TestDocStateNotNationwide(t *testing.T) {
	text := "State Employment and Unemployment\n\nTexas added 40,000 jobs in May 2024. Texas had the largest gain. Employment in Texas rose.\n\nPayrolls nationwide rose by 303,000 in May 2024.\n"
	c, yaml := draftOf(t, indicators.Source{ID: "doc", TextPath: "doc.txt", Text: text})
	got := map[string][]string{}
	for _, ind := range c.Indicators {
		got[ind.Stated] = ind.Entities
	}
	for _, tc := range []struct {
		stated  string
		inState bool
	}{
		{"40,000 jobs", true},
		{"303,000", false},
	} {
		ents, ok := got[tc.stated]
		if !ok {
			t.Errorf("%q not drafted:\n%s", tc.stated, yaml)
			continue
		}
		if in := slices.Contains(ents, "US-TX"); in != tc.inState {
			t.Errorf("%q drafted with entities %v; in US-TX: %v, want %v", tc.stated, ents, in, tc.inState)
		}
	}
}
