package indicators_test

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestParseStatedTrailingPlus checks that a plus right after a figure's
// digits reads as "at least", with the scale word after the plus ("US$
// 600+ million" is at least 600 million dollars), as the extractor reads
// it; and that a plus with a range or a hedge is refused.
func TestParseStatedTrailingPlus(t *testing.T) {
	for _, tc := range []struct {
		stated string
		value  string
		scale  indicators.Scale
		unit   string
	}{
		{"US$ 600+ million", "600e6", indicators.Million, "USD"},
		{"600+ million", "600e6", indicators.Million, ""},
		{"1,000+ staff", "1000", indicators.NoScale, "staff"},
		{"65+", "65", indicators.NoScale, ""},
		{"$2+ billion", "2e9", indicators.Billion, "USD"},
		{"5,000+ jobs", "5000", indicators.NoScale, "job"},
	} {
		q, u, err := indicators.ParseStated(tc.stated)
		if err != nil {
			t.Errorf("ParseStated(%q): %v", tc.stated, err)
			continue
		}
		if !q.Value.Equal(dec(tc.value)) || q.Scale != tc.scale || u.String() != tc.unit || q.Qualifier != indicators.AtLeast {
			t.Errorf("ParseStated(%q) = %v %v %v %v, want %s %v %s at_least", tc.stated, q.Qualifier, q.Value, q.Scale, u, tc.value, tc.scale, tc.unit)
		}
	}
	for _, tc := range []struct{ stated, want string }{
		{"5-10+ staff", "a plus after a figure"},
		{"over 600+ million", "a plus after a figure"},
		{"1+1 staff", "unknown unit"},
	} {
		if _, _, err := indicators.ParseStated(tc.stated); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseStated(%q) error = %v, want one saying %q", tc.stated, err, tc.want)
		}
	}
}

// TestParseStatedParticiple checks that a past participle after a plural
// counted noun is no unit: "17.4 deaths averted per 1,000 children
// vaccinated" counts deaths per 1,000 children vaccinated (the base keeps
// its participle: vaccinated children are the base, not all children),
// and the phrase as written is kept as the noun.
func TestParseStatedParticiple(t *testing.T) {
	for _, tc := range []struct {
		stated, unit, noun string
	}{
		{"17.4 deaths averted per 1,000 children vaccinated", "death per 1,000 children vaccinated", "deaths averted"},
		{"over 605,000 future cervical cancer deaths averted", "death", "future cervical cancer deaths averted"},
		{"57 countries supported by Gavi", "country", "countries supported by Gavi"},
		{"5 million people affected", "person", "people affected"},
		{"5 seeds", "seed", ""},
		{"12 needs assessed", "need", "needs assessed"},
	} {
		q, u, err := indicators.ParseStated(tc.stated)
		if err != nil {
			t.Errorf("ParseStated(%q): %v", tc.stated, err)
			continue
		}
		if u.String() != tc.unit || q.Noun != tc.noun {
			t.Errorf("ParseStated(%q) = unit %q noun %q, want %q %q", tc.stated, u, q.Noun, tc.unit, tc.noun)
		}
	}
}
