package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSubtitleWholeTitled: a subtitle does not restate its title: the
// whole of bars of shares is said once, by the title, when the title
// says each of its words in any order (s36g-aid: "Percent of total UK
// ODA, 2019" under "UK ODA by channel, share of total"); a title that
// leaves a word of the whole out keeps the whole in the subtitle.
func TestSubtitleWholeTitled(t *testing.T) {
	share := func(stated, whole string) Bar {
		b := bar(t, stated, indicators.Fact, indicators.Share, "2019")
		b.Denom = whole
		return b
	}
	tests := []struct {
		name, title string
		bars        []Bar
		subtitle    string
	}{
		{"s36g-aid", "UK ODA by channel, share of total",
			[]Bar{share("67.5%", "total UK ODA"), share("32.5%", "total UK ODA")}, "Percent, 2019"},
		{"the title says it in order", "Shares of business R&D expenditure by industry",
			[]Bar{share("65%", "business R&D expenditure"), share("12%", "business R&D expenditure")}, "Percent, 2019"},
		{"a word of the whole unsaid", "UK ODA by channel",
			[]Bar{share("67.5%", "total UK ODA"), share("32.5%", "total UK ODA")}, "Percent of total UK ODA, 2019"},
		{"a whole of one word the title lacks", "Pupils by ethnic group",
			[]Bar{share("72%", "all pupils in state schools"), share("10%", "all pupils in state schools")}, "Percent of all pupils in state schools, 2019"},
	}
	for _, tt := range tests {
		if _, got := Subtitle(tt.title, tt.bars); got != tt.subtitle {
			t.Errorf("%s: Subtitle(%q) = %q, want %q", tt.name, tt.title, got, tt.subtitle)
		}
	}
}
