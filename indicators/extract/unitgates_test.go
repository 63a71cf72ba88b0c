package extract

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// checkUnitGates asks currencyUnit, measureUnit and ageForm, ungated, at
// every token of the sentence in s, after a number without a scale and
// one with, and reports an error for each unit one reads at a token whose
// gate (unitGates) would have skipped it. It adds to fired the units each
// rule read.
func checkUnitGates(t *testing.T, s *scanner, fired map[string]int) {
	t.Helper()
	for j := range s.toks {
		gates := s.unitGates(j)
		for _, n := range []num{{start: j - 1, end: j}, {start: j - 1, end: j, scale: indicators.Million}} {
			rules := []struct {
				name string
				gate factBits
				ok   bool
			}{
				{"currency", factMoney, func() bool { _, _, ok := s.currencyUnit(n, j); return ok }()},
				{"measure", factMeasure, func() bool { _, _, ok := s.measureUnit(n, j); return ok }()},
				{"age", factAgeNoun, func() bool { _, _, ok := s.ageForm(j); return ok }()},
			}
			for _, r := range rules {
				if !r.ok {
					continue
				}
				fired[r.name]++
				if gates&r.gate == 0 {
					t.Errorf("the %s rule reads a unit at %q in %q, whose gates %b lack %b", r.name, s.tt(j), s.text[s.toks[0].start:s.toks[len(s.toks)-1].end], gates, r.gate)
				}
			}
		}
	}
}

// TestUnitGates checks that unit's gates skip no unit: the currency,
// measure and age rules, asked at every token of the mixed corpus and of
// the test sentences, read a unit only at a token that has their gate, so
// that unit, which asks them only there, reads what it read without them.
func TestUnitGates(t *testing.T) {
	extra := "It cost 16 cents, 164p, 120 MEUR, 5 U.S. dollars, 10 Hong Kong dollars, 3 New Zealand dollars, 7 Tanzanian shillings, " +
		"2 Japanese yen, 5 euro cents, 100 ₭, 4 pounds sterling and 9 yen. It weighs 68-ounce, 5 kg, 3 Mt CO2-e, 20 °C, 12 km2. " +
		"A 45-year-old man, a 50 year-old woman and a child 10 years old; 6-month-old babies."
	for _, c := range sentences {
		extra += "\n\n" + c.in
	}
	for _, c := range newsCases {
		extra += "\n\n" + c.in
	}
	for _, c := range newsFigures {
		extra += "\n\n" + c.in
	}
	fired := map[string]int{}
	eachSentence(t, extra, func(s *scanner) { checkUnitGates(t, s, fired) })
	for _, name := range []string{"currency", "measure", "age"} {
		if fired[name] == 0 {
			t.Errorf("the %s rule read no unit: its gate goes unchecked", name)
		}
	}
}

// FuzzUnitGates checks TestUnitGates's promise on any text.
func FuzzUnitGates(f *testing.F) {
	for _, c := range sentences {
		f.Add(c.in)
	}
	f.Add("5 MEUR, 16 cents, 164p, 10 Hong Kong dollars, 5 kg and a 45-year-old man")
	f.Fuzz(func(t *testing.T, text string) {
		eachSentenceOf(t, text, func(s *scanner) { checkUnitGates(t, s, map[string]int{}) })
	})
}
