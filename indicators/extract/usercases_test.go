package extract

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
	"github.com/google/go-cmp/cmp"
)

// userCases are sentences new users met that the extractor read wrongly,
// each with every mention field by field (Mention.String: text, kind,
// value, qualifier, unit, direction). They join the repository's texts of
// TestMentionStated.
var userCases = []struct {
	name string
	in   string
	want []string
}{
	// Fractions as central banks write rates: a whole number, a hyphen or
	// a space, a proper fraction; never a range down from 5 to 0.25.
	{"fed range", "The Committee decided to raise the target range for the federal funds rate to 5-1/4 to 5-1/2 percent.",
		[]string{"5-1/4 to 5-1/2 percent | percent | 5.25..5.5 | range | percent"}},
	{"fed single", "The Board approved an increase in the primary credit rate to 5-1/4 percent.",
		[]string{"5-1/4 percent | percent | 5.25 | exact | percent"}},
	{"fed spaced", "The Committee decided to maintain the target range at 5 1/4 to 5 1/2 percent.",
		[]string{"5 1/4 to 5 1/2 percent | percent | 5.25..5.5 | range | percent"}},
	{"fed three quarters", "The discount rate was 4-3/4 percent at the end of the year.",
		[]string{"4-3/4 percent | percent | 4.75 | exact | percent"}},
	{"fed spaced alone", "The rate stood at 5 1/4 percent.",
		[]string{"5 1/4 percent | percent | 5.25 | exact | percent"}},
	{"fraction then slash", "The stamp reads 5-1/4/2020 on the cover.", []string{}},
	{"fiscal year", "Exports in 2014-15/16 rose 5 percent.", []string{"5 percent | percent | 5 | exact | percent | up"}},

	// A four-digit number right before a plural counted noun.
	{"mandis", "The Government has integrated 1410 mandis with e-NAM.",
		[]string{"1410 mandis | count | 1410 | exact | mandi"}},
	{"hedged count", "Around 2000 farmers protested in the capital.",
		[]string{"Around 2000 farmers | count | 2000 | approx | farmer"}},
	{"verb count", "The scheme trained 1850 teachers last year.",
		[]string{"1850 teachers | count | 1850 | exact | teacher"}},
	{"year then count", "In 2014 300 people died in the floods.",
		[]string{"300 people | count | 300 | exact | person"}},
	{"year before plural", "The 2019 elections were held in May.", []string{}},
	{"year after since", "Since 2019 farmers have gained 5 percent.",
		[]string{"5 percent | percent | 5 | exact | percent | up"}},
	{"decade", "In the 1990s prices rose by 5 percent.",
		[]string{"5 percent | percent | 5 | exact | percent | up"}},
	{"base year", "Emissions are 20 percent above 2005 levels.",
		[]string{"20 percent | percent | 20 | exact | percent | up"}},
}

func TestUserCases(t *testing.T) {
	for _, tc := range userCases {
		ms := Extract(tc.in)
		checkMentions(t, tc.in, ms)
		if diff := cmp.Diff(tc.want, strs(ms)); diff != "" {
			t.Errorf("%s: Extract(%q) mismatch (-want +got):\n%s", tc.name, tc.in, diff)
		}
	}
}

// TestVulgarFromLexicon checks that the extractor's single-character
// fractions are lexicon.VulgarFractions, each kept as indicators keeps a
// fraction: the values of the table the extractor held before, byte for
// byte, and what indicators.ParseStated reads.
func TestVulgarFromLexicon(t *testing.T) {
	before := map[string]indicators.Decimal{
		"½": {Coef: 5, Exp: -1}, "¼": {Coef: 25, Exp: -2}, "¾": {Coef: 75, Exp: -2}, "⅛": {Coef: 125, Exp: -3},
		"⅜": {Coef: 375, Exp: -3}, "⅝": {Coef: 625, Exp: -3}, "⅞": {Coef: 875, Exp: -3}, "⅕": {Coef: 2, Exp: -1},
		"⅖": {Coef: 4, Exp: -1}, "⅗": {Coef: 6, Exp: -1}, "⅘": {Coef: 8, Exp: -1},
		"⅓": fracDecimal(1.0 / 3), "⅔": fracDecimal(2.0 / 3), "⅙": fracDecimal(1.0 / 6), "⅚": fracDecimal(5.0 / 6),
	}
	if len(vulgar) != len(vocab.VulgarFractions) {
		t.Errorf("len(vulgar) = %d, want %d (lexicon.VulgarFractions)", len(vulgar), len(vocab.VulgarFractions))
	}
	for _, f := range vocab.VulgarFractions {
		sign := string(f.Sign)
		if got := vulgar[sign]; got != f {
			t.Errorf("vulgar[%q] = %v, want %v", sign, got, f)
		}
		got, _, _ := digitsValue(sign)
		if got != before[sign] {
			t.Errorf("digitsValue(%q) = %#v, want %#v", sign, got, before[sign])
		}
		q, _, err := indicators.ParseStated(sign + " percent")
		if err != nil || got != q.Value {
			t.Errorf("ParseStated(%q) = %#v, %v, want %#v", sign+" percent", q.Value, err, got)
		}
	}
}

// TestIndianScaleFromLexicon checks that the extractor reads the Indian
// scales of lexicon.IndianScales, in any case, and a row added there.
func TestIndianScaleFromLexicon(t *testing.T) {
	saved := vocab.IndianScales
	defer func() { vocab.IndianScales = saved }()
	vocab.IndianScales = append(saved[:len(saved):len(saved)], vocab.IndianScale{Word: "arab", Exp: 9})
	tests := []struct {
		w    string
		want int
	}{
		{"lakh", 5}, {"Lakhs", 5}, {"crore", 7}, {"CRORES", 7}, {"arab", 9}, {"Arab", 9}, {"lac", 0}, {"million", 0},
	}
	for _, tc := range tests {
		if got := indianScale(tc.w); got != tc.want {
			t.Errorf("indianScale(%q) = %d, want %d", tc.w, got, tc.want)
		}
	}
}
