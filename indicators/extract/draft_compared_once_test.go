package extract

import "testing"

// TestDraftEarlierTitle reads the comparison after a change the one way
// draft62 reads it, and names it the one way drafts63's titles do.
func TestDraftEarlierTitle(t *testing.T) {
	for _, tc := range []struct{ after, want string }{
		{" compared with the previous year (592,293)", " on the previous year"},
		{" compared with 5 years ago (555,980)", " on 5 years ago"},
		{" compared with five years ago", " on 5 years ago"},
		{" compared to ten years ago", " on 10 years ago"},
		{" from the same quarter the previous year", " on a year earlier"},
		{" from the same quarter of the preceding year", " on a year earlier"},
		{" compared with a year earlier", " on a year earlier"},
		{" compared with one year ago", " on a year earlier"},
		{" in the year ending June", ""},
		{", compared with the previous year", ""},
	} {
		if got := earlierTitle(tc.after); got != tc.want {
			t.Errorf("earlierTitle(%q) = %q, want %q", tc.after, got, tc.want)
		}
	}
}

// comparedOnceText writes its comparisons in words, which drafts63's own
// expressions missed before they read draft62's.
const comparedOnceText = "Statutory support statistics: April to June 2023\n\n" +
	"Coastguard rescue teams (CRTs) answer calls at sea.\n\n" +
	"Key results\n\n" +
	"CRTs attended 8,450 callouts in the year ending June 2023, an increase of 4.0% compared with five years ago (8,120). " +
	"Of these callouts, there were 2,100 rescues, which was a decrease of 2.5% compared with one year ago (2,154).\n"

func TestDraftComparisonInWords(t *testing.T) {
	runWhatCases(t, []whatCase{
		{"years ago in words", comparedOnceText, "4.0%", "change", "", "Change in callouts attended on 5 years ago"},
		{"one year ago", comparedOnceText, "2.5%", "change", "", "Change in rescues attended on a year earlier"},
		{"a bracketed earlier figure after years in words", comparedOnceText, "8,120", "count", "", "Callouts attended by coastguard rescue teams"},
	})
}
