package chart

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCardStartsWithCapital: a figure written inside a sentence ("an
// estimated 228 million cases") starts its card with a capital, as a
// headline does; a figure that starts with a sign or a capital is kept.
func TestCardStartsWithCapital(t *testing.T) {
	tests := []struct{ stated, want string }{
		{"an estimated 228 million cases", "An estimated 228 million cases"},
		{"nearly $350 billion", "Nearly $350 billion"},
		{"about 30%", "About 30%"},
		{"US$ 5 billion", "US$ 5 billion"},
		{"$279 billion", "$279 billion"},
		{"More than half", "More than half"},
	}
	for _, tc := range tests {
		c := figCatalog(t, fig{id: "x", title: "Figure", stated: tc.stated, period: "2018", measure: indicators.Stock})
		cd, ok := figSlide(t, c, "x").body.(*Card)
		if !ok {
			t.Fatalf("headline of %q is no *Card", tc.stated)
		}
		if cd.Value != tc.want {
			t.Errorf("card of %q = %q, want %q", tc.stated, cd.Value, tc.want)
		}
	}
}

func TestUpperFirst(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"an estimated", "An estimated"},
		{"état", "État"}, // a first letter of two bytes stays whole
		{"$5", "$5"},
		{"\xff5", "\xff5"},
	}
	for _, tc := range tests {
		if got := upperFirst(tc.in); got != tc.want {
			t.Errorf("upperFirst(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
