package extract

import (
	"strings"
	"testing"
)

// headNoun names the unit after the singular of the whole word, hyphens
// and all, and refuses a head whose singular is longer than any noun a
// catalog can name: the paths where it asks vocab.Singular of the last
// part of the word and of the whole word apart.
func TestHeadNounUnits(t *testing.T) {
	long := strings.Repeat("x", 40) + "-" + strings.Repeat("y", 30) + "s"
	tests := []struct {
		text, mention, unit string
	}{
		{"She had 5 check-ups in May.", "5 check-ups", "check-up"},
		{"About 20 mother-in-laws came.", "About 20 mother-in-laws", "mother-in-law"},
		{"They hired 40 part-time workers.", "40 part-time workers", "worker"},
		{"We met 12 stay-at-home parents.", "12 stay-at-home parents", "parent"},
		{"Some 30 low-income countries signed.", "Some 30 low-income countries", "country"},
		{"It has 7 counterrevolutionarinesses.", "7 counterrevolutionarinesses", "counterrevolutionariness"},
		{"We saw 4 " + long + " today.", "4", ""},
		{"We saw 4 " + long[:40] + "-cars today.", "4 " + long[:40] + "-cars", long[:40] + "-car"},
		{"They sold 4 bns.", "4", ""},
	}
	for _, tt := range tests {
		ms := Extract(tt.text)
		if len(ms) != 1 {
			t.Errorf("Extract(%q) = %d mentions, want 1", tt.text, len(ms))
			continue
		}
		if got := ms[0].Text; got != tt.mention {
			t.Errorf("Extract(%q) text = %q, want %q", tt.text, got, tt.mention)
		}
		if got := ms[0].Unit.Name; got != tt.unit {
			t.Errorf("Extract(%q) unit = %q, want %q", tt.text, got, tt.unit)
		}
	}
}
