package chart

import (
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"

	"github.com/claimbook/claimbook/indicators"
)

// TestCardStartsWithCapital: a figure written inside a sentence ("an
// estimated 228 million cases") starts its card with a capital, as a
// headline does; a figure that starts with a sign or a capital is kept.
func TestCardStartsWithCapital(t *testing.T) {
	tests := []struct{ stated, want string }{
		// A count's card is the figure, its hedge kept; the title under
		// it says what is counted.
		{"an estimated 228 million cases", "An estimated 228 million"},
		{"31,800 estimated new HIV infections", "31,800"},
		{"3-5 countries", "3-5"},
		{"more than 1,000 students", "More than 1,000"},
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

// TestCardLabelBalanced: a card's label that wraps leaves no word alone
// on its last line ("… Lake Chad / countries").
func TestCardLabelBalanced(t *testing.T) {
	o, err := (*Options)(nil).resolved()
	if err != nil {
		t.Fatal(err)
	}
	cd := NewCard("€201 million", "", "")
	cd.style(o, Blue)
	width := vg.Length(1500)
	label := "EU humanitarian funding for the Sahel and Lake Chad"
	for more := strings.Fields("and the other countries of the region"); len(wrap(label+" countries", cd.LabelStyle, width*0.85)) < 2; more = more[1:] {
		label += " " + more[0]
	}
	cd.Label = label + " countries"
	got := cd.labelLines(width)
	if len(got) != 2 {
		t.Fatalf("labelLines(%q) = %q, want 2 lines", cd.Label, got)
	}
	if !strings.Contains(got[1], " ") {
		t.Errorf("labelLines(%q) = %q: a word alone on the last line", cd.Label, got)
	}
}
