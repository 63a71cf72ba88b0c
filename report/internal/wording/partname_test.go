package wording

import "testing"

// TestPartName checks the names a waffle's key gives its parts, from
// stated shares' titles and derived shares' (s16g-insolvency, s16g-air):
// the whole is the chart's, so each part is named alone, and the key
// keeps room for its figure.
func TestPartName(t *testing.T) {
	for _, tc := range []struct{ label, want string }{
		{"Coal's share", "Coal"},
		{"Share of threats", "Threats"},
		{"Households' share", "Households"},
		{"CVLs as a share of all registered company insolvencies", "CVLs"},
		{"Domestic flights' share of systemwide passengers", "Domestic flights"},
		{"Coal's share of generation", "Coal"},
		// s30a-roads: the brackets are the part's, the apostrophe the share's.
		{"Minor roads' (B, C and unclassified) share of public road length", "Minor roads (B, C and unclassified)"},
		{"Wales's (devolved) share", "Wales (devolved)"},
		{"Wind", "Wind"},
	} {
		if got := PartName(tc.label); got != tc.want {
			t.Errorf("PartName(%q) = %q, want %q", tc.label, got, tc.want)
		}
	}
}
