package indicators_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMultiplierIsDirection checks the rule that a verb of multiplying
// says the way of a change as a word of change does: one list
// (lexicon.Multipliers) is read both as factors and as direction words,
// so "has quadrupled" (s17i-broadband) is a rise, as "more than doubled"
// (kinds/energy) was.
func TestMultiplierIsDirection(t *testing.T) {
	const doc = "The number of broadband Internet connections with no data cap has quadrupled to 628,000 in 2015, from 155,000 in 2014.\n" +
		"Natural gas and Renewables have both more than doubled their share across the time.\n" +
		"The number of claimants has trebled to 45,000 since 2019, while vacancies halved to 1,200.\n"
	const base = "entities: [NZ]\nstatus: fact\nperiod: 2015\nmeasure: change\n"
	tests := []struct {
		name, fields, quote string
		want                []string // nil: it verifies
	}{
		{"broadband: quadrupled, direction up", base + "stated: quadrupled\ndirection: up", "has quadrupled to 628,000 in 2015", nil},
		{"broadband: quadrupled, no direction", base + "stated: quadrupled", "has quadrupled to 628,000 in 2015", nil},
		{"energy: more than doubled, direction up", base + "stated: more than doubled\ndirection: up", "Natural gas and Renewables have both more than doubled their share", nil},
		{"trebled, direction up", base + "stated: 45,000\ndirection: up", "The number of claimants has trebled to 45,000", nil},
		{"halved, direction down", base + "stated: 1,200\ndirection: down", "vacancies halved to 1,200", nil},
		{"trebled is no fall", base + "stated: 45,000\ndirection: down", "The number of claimants has trebled to 45,000",
			[]string{`direction "down" but the quote has no word for it (such as "reduce"): fix the direction or the quote; the quote says "trebled", which goes up: write direction: up`}},
	}
	for _, tc := range tests {
		got := parseEntryIn(t, doc, tc.fields, tc.quote)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: Parse messages (-want +got):\n%s", tc.name, diff)
		}
	}
}
