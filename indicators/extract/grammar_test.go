package extract

import (
	"strconv"
	"testing"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
	"github.com/google/go-cmp/cmp"
)

// grammarCases are sentences of issue 11, one kind of figure at a time,
// each with every mention field by field: Mention.String, then the scale
// word when there is one and the sentence's year when it is not 0. They
// join the repository's texts of TestMentionStated. Ranks are asked for.
var grammarCases = []struct {
	name string
	in   string
	want []string
}{
	// 1. A prefixed tonne keeps its power of ten as a scale, as
	// indicators.ParseStated reads "532.0 Mt CO2-e": 532.0 million
	// tCO2e. The prefix's case counts.
	{"Mt CO2-e", "National emissions were 532.0 Mt CO2-e over the period.",
		[]string{"532.0 Mt CO2-e | measure | 532000000 | exact | tCO2e | million"}},
	{"Mt bare", "The mine shipped 532 Mt of ore.",
		[]string{"532 Mt | measure | 532000000 | exact | t | million"}},
	{"kt", "Landfills took 12 kt of waste.",
		[]string{"12 kt | measure | 12000 | exact | t | thousand"}},
	{"Mt decimal down", "Emissions fell 0.4 Mt CO2-eq on the year before.",
		[]string{"0.4 Mt CO2-eq | measure | 400000 | exact | tCO2e | down | million"}},
	{"Mt range", "Each plant emits 0.4 to 2.1 Mt in total.",
		[]string{"0.4 to 2.1 Mt | measure | 400000..2100000 | range | t | million"}},
	{"mt lower case", "The barge carried 5 mt of sand.",
		[]string{"5 | number | 5 | exact | -"}},
	{"MT upper case", "The barge carried 5 MT of sand.",
		[]string{"5 | number | 5 | exact | -"}},
	{"tonnes unscaled", "The barge carried 5 tonnes of sand.",
		[]string{"5 tonnes | measure | 5 | exact | t"}},

	// 2. A trailing plus is "at least" and sits before the scale word.
	{"plus million money", "The firm made a US$ 600+ million investment in the port.",
		[]string{"US$ 600+ million | currency | 600000000 | at_least | USD | million"}},
	{"plus million count", "The app has 600+ million users.",
		[]string{"600+ million users | count | 600000000 | at_least | user | million"}},
	{"plus million bare", "Downloads passed 600+ million.",
		[]string{"600+ million | number | 600000000 | at_least | - | million"}},
	{"plus count", "The agency has 1,000+ staff.",
		[]string{"1,000+ staff | count | 1000 | at_least | staff"}},
	{"plus billion glued", "It raised $2+ billion from donors.",
		[]string{"$2+ billion | currency | 2000000000 | at_least | USD | billion"}},
	{"plus millions of", "It reached 5+ millions of homes.",
		[]string{"5+ | number | 5 | at_least | -", "millions of homes | count | 1000000..10000000 | range | home | million"}},

	// 3. Ranks in words: an ordinal before a superlative, "most"/"least"
	// and an adjective, "leading", or a noun "with the" superlative.
	{"rank with the highest", "El Salvador is the third country with the highest risk of disasters.",
		[]string{"third country with the highest risk | rank | 3 | exact | rank | country with the highest risk"}},
	{"rank with the most", "Chad is the second nation with the most refugees per person.",
		[]string{"second nation with the most refugees | rank | 2 | exact | rank | nation with the most refugees"}},
	{"rank most common", "Cervical cancer is the fourth most common cancer in women.",
		[]string{"fourth most common | rank | 4 | exact | rank | most common"}},
	{"rank most hyphens", "Cervical cancer is the fourth-most-common cancer in women.",
		[]string{"fourth-most-common | rank | 4 | exact | rank | most-common"}},
	{"rank least", "It is the third least developed region.",
		[]string{"third least developed | rank | 3 | exact | rank | least developed"}},
	{"rank hyphen largest", "Japan is the second-largest investor.",
		[]string{"second-largest | rank | 2 | exact | rank | largest"}},
	{"rank leading", "Diabetes is the fifth leading cause of death.",
		[]string{"fifth leading | rank | 5 | exact | rank | leading"}},
	{"rank digits leading", "Stroke is the 2nd leading cause of death.",
		[]string{"2nd leading | rank | 2 | exact | rank | leading"}},
	{"ordinal no rank", "The third country with a plan joined in May.", []string{}},
	{"ordinal most of", "The second most of all was lost.", []string{}},
	// rank24: "most" or "least" alone before the rank's frame or a bracket.
	{"ordinal most on record", "It burned 1,035,963 acres (10th most on record).",
		[]string{"1,035,963 acres | measure | 1035963 | exact | acre", "10th most | rank | 10 | exact | rank | most"}},
	{"ordinal least since", "There were 5,939 fires (11th least since 2000).",
		[]string{"5,939 fires | count | 5939 | exact | fire | year 2000", "11th least | rank | 11 | exact | rank | least | year 2000"}},
	{"ordinal most of any", "It was the third most of any sector.", []string{"third most | rank | 3 | exact | rank | most"}},

	// 5. A counted noun after a chain of modifiers: four words at most,
	// a compound in "lower-" or "higher-" among them.
	{"four-word chain", "The vaccine meant over 605,000 future cervical cancer deaths averted.",
		[]string{"over 605,000 future cervical cancer deaths | count | 605000 | more_than | death"}},
	{"lower-income", "There are 57 lower-income countries supported by Gavi.",
		[]string{"57 lower-income countries | count | 57 | exact | country"}},
	{"higher-income", "Aid went to 12 higher-income economies.",
		[]string{"12 higher-income economies | count | 12 | exact | economy"}},
	{"dotted modifier", "The firm employs approximately 650,000 U.S. workers.",
		[]string{"approximately 650,000 U.S. workers | count | 650000 | approx | worker"}},
	{"possessive", "About 10 million people's lives changed.",
		[]string{"About 10 million | number | 10000000 | approx | - | million"}},
	{"five-word chain", "They built 30 small new rural district health clinics.",
		[]string{"30 | number | 30 | exact | -"}},
	{"lower alone", "Prices were 5 lower than last year.",
		[]string{"5 | number | 5 | exact | -"}},

	// 7. A figure with its own "in YYYY" takes that year; the others
	// keep the sentence's.
	{"own years", "Coverage increased from 4% in 2019 to 8% in 2022 and 16% in 2023.",
		[]string{"4% | percent | 4 | exact | percent | year 2019", "8% | percent | 8 | exact | percent | year 2022", "16% | percent | 16 | exact | percent | year 2023"}},
	{"own year and sentence year", "In 2020, exports rose 5% and imports fell 3% in March 2021.",
		[]string{"5% | percent | 5 | exact | percent | up | year 2020", "3% | percent | 3 | exact | percent | down | year 2021"}},
	{"decade is no year", "Prices rose 5% in the 1990s and 6% in 2001.",
		[]string{"5% | percent | 5 | exact | percent | up | year 2001", "6% | percent | 6 | exact | percent | year 2001"}},
	{"span is no own year", "In 2018 the rate was 5% in 2019-20.",
		[]string{"5% | percent | 5 | exact | percent | year 2018"}},

	// 4. A count of what the text defined by an acronym is named by the
	// acronym: the definition may be sentences before, and "187 CBI"
	// reads back through indicators.ParseStated as written.
	{"defined acronym", "Child Welfare Centers (CBI) care for orphans. In 2020 the 187 CBI served 9,000 children.",
		[]string{"187 CBI | count | 187 | exact | cbi | year 2020", "9,000 children | count | 9000 | exact | child | year 2020"}},
	{"defined acronym modifier", "Child Welfare Centers (CBI) care for orphans. There are 10 CBI centers.",
		[]string{"10 CBI centers | count | 10 | exact | center"}},
}

// grammarRow is a mention as grammarCases write it.
func grammarRow(m Mention) string {
	s := m.String()
	if m.Kind == Rank {
		s += " | " + m.Unit.Name
	}
	if m.Quantity.Scale != 0 {
		s += " | " + m.Quantity.Scale.String()
	}
	if m.Year != 0 {
		s += " | year " + strconv.Itoa(m.Year)
	}
	return s
}

func TestGrammarCases(t *testing.T) {
	for _, tc := range grammarCases {
		ms := (&Extractor{Ranks: true}).Extract(tc.in)
		checkMentions(t, tc.in, ms)
		got := []string{}
		for _, m := range ms {
			got = append(got, grammarRow(m))
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: Extract(%q) mismatch (-want +got):\n%s", tc.name, tc.in, diff)
		}
		for _, m := range ms {
			if d := statedDiff(m); d != "" {
				t.Errorf("%s: ParseStated(%q): %s", tc.name, m.Text, d)
			}
		}
	}
}

// TestScaledMeasuresStated reads every spelling of lexicon.ScaledMeasures
// after a number, as the extractor finds it, back through
// indicators.ParseStated: the same value, scale and unit.
func TestScaledMeasuresStated(t *testing.T) {
	for _, sm := range vocab.ScaledMeasures {
		in := "Emissions were 5.5 " + sm.Spelling + " in total."
		ms := Extract(in)
		if len(ms) != 1 {
			t.Errorf("Extract(%q) = %q, want one mention", in, strs(ms))
			continue
		}
		m := ms[0]
		if want := "5.5 " + sm.Spelling; m.Text != want || m.Unit.Name != sm.Symbol || m.Quantity.Scale.Exp() != sm.Exp {
			t.Errorf("Extract(%q) = %q %s scale %v, want %q %s scale 10^%d", in, m.Text, m.Unit, m.Quantity.Scale, want, sm.Symbol, sm.Exp)
		}
		if d := statedDiff(m); d != "" {
			t.Errorf("ParseStated(%q): %s", m.Text, d)
		}
	}
}
