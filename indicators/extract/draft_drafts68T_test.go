package extract

import "testing"

// Bulleted lists of moves in a business demography release (round B), a
// labour market story and a regional accounts release: the bullet that
// opens each line is layout, never a word of a title.
const (
	drafts68Business = "Business Demography, UK: 2014\n\n1. Main points\n\n  • The number of UK business births increased by 1.2% from 346,000 to 351,000 between 2013 and 2014.\n  • The number of UK business deaths increased by 3.5% from 238,000 to 246,000 between 2013 and 2014, compared with the decrease of 5.9% in 2013 (from 252,000 to 238,000).\n"
	drafts68Jobs     = "Labour market overview\n\nMain points\n\n  • The number of people in full-time jobs increased by 0.4% on the quarter.\n"
	drafts68Regions  = "Regional accounts\n\nMain points\n\n  – The number of enterprises in Wales fell by 2.1% between 2021 and 2022.\n"
)

// TestDrafts68NoBulletInTitle: a change's title names what changes
// without the list mark and the article that open its line.
func TestDrafts68NoBulletInTitle(t *testing.T) {
	runDrafts65Cases(t, []drafts65Case{
		{name: "increased by, bullet", text: drafts68Business, stated: "1.2%", measure: "change", title: "Increase in UK business births"},
		{name: "decrease of, bullet", text: drafts68Business, stated: "5.9%", measure: "change", title: "Decrease in UK business deaths"},
		{name: "labour market bullet", text: drafts68Jobs, stated: "0.4%", measure: "change", title: "Increase in people in full-time jobs"},
		{name: "dash bullet", text: drafts68Regions, stated: "2.1%", measure: "change", title: "Decrease in enterprises in Wales"},
	})
}

// TestIsListMark: a word of list marks alone is one; a word with a
// letter or digit is not.
func TestIsListMark(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"•", true}, {"–", true}, {"*", true}, {"", false}, {"•The", false}, {"-2", false}, {"rate", false},
	}
	for _, tt := range tests {
		if got := isListMark(tt.w); got != tt.want {
			t.Errorf("isListMark(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
