package extract

import (
	"slices"
	"testing"
)

// kindViewsSalesText is a release in words of its own with actual monthly
// counts and seasonally adjusted annual rates of the same events.
const kindViewsSalesText = "Home sales for May 2024\n\n" +
	"Actual home sales in the region were 6,120 units in May 2024, against 5,870 units in May 2023 and 5,400 units in April 2024.\n\n" +
	"The seasonally adjusted annual rate (SAAR) of home sales was 71,300 units in May 2024, after 70,900 units in April 2024.\n"

// TestDraftKindViews checks that no bars view draws an annual rate beside
// actual counts (drafts41).
func TestDraftKindViews(t *testing.T) {
	_, bars := statsViews(t, kindViewsSalesText)
	drawnWith := func(a, b string) bool {
		return slices.ContainsFunc(bars, func(v []string) bool { return slices.Contains(v, a) && slices.Contains(v, b) })
	}
	for _, p := range [][2]string{{"6,120 units", "71,300 units"}, {"5,870 units", "70,900 units"}, {"5,400 units", "71,300 units"}} {
		if drawnWith(p[0], p[1]) {
			t.Errorf("views %q: %q beside %q = true, want false", bars, p[0], p[1])
		}
	}
	if !drawnWith("71,300 units", "70,900 units") {
		t.Errorf("views %q: %q beside %q = false, want true", bars, "71,300 units", "70,900 units")
	}
}
