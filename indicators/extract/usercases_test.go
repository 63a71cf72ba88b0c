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

	// "quarter" after a determiner, an ordinal or a year is a time.
	{"same quarter", "Exports rose 3 percent compared with the same quarter of the previous year.",
		[]string{"3 percent | percent | 3 | exact | percent | up"}},
	{"last quarter", "Profits fell in the last quarter of 2023.", []string{}},
	{"each quarter", "The bank reports each quarter of the year.", []string{}},
	{"year quarter", "The 2023 quarter of losses ended.", []string{}},
	{"a quarter", "A quarter of the budget went to schools.", []string{"A quarter | number | 0.25 | exact | -"}},
	{"three quarters", "Three quarters of the land is forest.", []string{"Three quarters | number | 0.75 | exact | -"}},

	// A verb governs every "by" figure coordinated with its own.
	{"by and by", "GDP rose by 0.2% in the euro area and by 0.5% in the EU28.",
		[]string{"0.2% | percent | 0.2 | exact | percent | up", "0.5% | percent | 0.5 | exact | percent | up"}},
	{"respectively", "Exports and imports increased by 1.1% and 1.3% respectively.",
		[]string{"1.1% | percent | 1.1 | exact | percent | up", "1.3% | percent | 1.3 | exact | percent | up"}},
	{"list", "Prices fell by 2%, 3% and 4% in the three regions.",
		[]string{"2% | percent | 2 | exact | percent | down", "3% | percent | 3 | exact | percent | down", "4% | percent | 4 | exact | percent | down", "three regions | count | 3 | exact | region"}},
	{"by then a count", "Sales rose by 5% and 30 people were hired.",
		[]string{"5% | percent | 5 | exact | percent | up", "30 people | count | 30 | exact | person"}},
	{"no by", "Exports rose 5% and 3% of firms closed.",
		[]string{"5% | percent | 5 | exact | percent | up", "3% | percent | 3 | exact | percent"}},
	{"own verb", "Exports rose by 5% and imports fell by 3%.",
		[]string{"5% | percent | 5 | exact | percent | up", "3% | percent | 3 | exact | percent | down"}},
	{"clause of its own", "Poverty fell by nearly a third, and about half the districts gained.",
		[]string{"nearly a third | number | 0.333333333333333 | nearly | - | down", "about half | number | 0.5 | approx | -"}},

	// A committee's vote counts its members; a score stays no figure.
	{"mpc", "The MPC voted by a majority of 7–2 to maintain Bank Rate at 5.25%.",
		[]string{"7 | count | 7 | exact | member", "2 | count | 2 | exact | member", "5.25% | percent | 5.25 | exact | percent"}},
	{"board vote", "The Board approved the plan in a 5-4 vote.",
		[]string{"5 | count | 5 | exact | member", "4 | count | 4 | exact | member"}},
	{"committee voted", "The Committee voted 9-3 to raise the rate.",
		[]string{"9 | count | 9 | exact | member", "3 | count | 3 | exact | member"}},
	{"committee vote of", "The panel backed the merger by a vote of 6-1.",
		[]string{"6 | count | 6 | exact | member", "1 | count | 1 | exact | member"}},
	{"senate", "The Senate passed the bill in a 52-48 vote.", []string{}},
	{"council", "The Security Council adopted the text by a vote of 15-0.", []string{}},
	{"sports", "The board's own team won 7-2 on Sunday.", []string{}},
	{"no vote word", "The Committee expects a 2-3 percent rise.", []string{"2-3 percent | percent | 2..3 | range | percent | up"}},

	// Bushels, as the catalog reads them.
	{"bushel price", "Corn fell to $5.45 a bushel while coal rose to $300 a tonne.",
		[]string{"$5.45 a bushel | currency | 5.45 | exact | USD per bushel", "$300 a tonne | currency | 300 | exact | USD per tonne"}},
	{"bushels", "Yields were up 1.7 bushels at 176.3 bushels per acre.",
		[]string{"1.7 bushels | measure | 1.7 | exact | bu | up", "176.3 bushels per acre | measure | 176.3 | exact | bu per acre"}},
	{"bu", "Yields were up 1.7 bu at 176.3 bu per acre, and wheat sold at $7 per bu.",
		[]string{"1.7 bu | measure | 1.7 | exact | bu | up", "176.3 bu per acre | measure | 176.3 | exact | bu per acre", "$7 per bu | currency | 7 | exact | USD per bu"}},
	{"bu slash", "Yields hit 176.3 bu/acre.", []string{"176.3 bu | measure | 176.3 | exact | bu"}},
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

// TestUserCasesStated checks that the mentions of userCases read back
// through indicators.ParseStated as the extractor reads them, but for the
// sides of a vote, whose unit (members) is written nowhere near.
func TestUserCasesStated(t *testing.T) {
	for _, tc := range userCases {
		for _, m := range Extract(tc.in) {
			if m.Unit == memberUnit {
				continue
			}
			if d := statedDiff(m); d != "" {
				t.Errorf("%s: ParseStated(%q): %s", tc.name, m.Text, d)
			}
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
