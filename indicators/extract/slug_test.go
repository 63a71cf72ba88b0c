package extract

import "testing"

func TestSlug(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"Two-way goods and services trade", 5, "two-way-goods-and-services"},
		{"Japan's investment in the U.S.", 5, "japans-investment-in-the-us"},
		{"Côte d’Ivoire's share of cases", 5, "cote-divoires-share-of-cases"},
		{"The São Tomé and Príncipe grant", 3, "sao-tome"},
	} {
		if got := slug(c.in, c.n); got != c.want {
			t.Errorf("slug(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}
