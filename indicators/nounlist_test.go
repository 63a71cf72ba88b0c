package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/google/go-cmp/cmp"
)

// TestNounListUnit: a unit that lists nouns, two joined by "and" or "or" or more
// with commas ("rat, guinea pig and rabbit"), is one counted unit whose
// every noun takes the plural; a list of modifiers of one head noun
// pluralises the head alone; commas that list no nouns are refused.
func TestNounListUnit(t *testing.T) {
	for _, tc := range []struct{ unit, plural string }{
		{"pub and club", "pubs and clubs"},
		{"rat, guinea pig and rabbit", "rats, guinea pigs and rabbits"},
		{"rat, guinea pig, and rabbit", "rats, guinea pigs, and rabbits"},
		{"rat and guinea pig and rabbit", "rats and guinea pigs and rabbits"},
		{"state, territory and local library", "state, territory and local libraries"},
		// s26w-firearms: "439 firearm or shotguns" on the card.
		{"firearm or shotgun", "firearms or shotguns"},
		{"primary or secondary school", "primary or secondary schools"},
	} {
		u, err := indicators.ParseUnit(tc.unit)
		if err != nil {
			t.Errorf("ParseUnit(%q) = %v", tc.unit, err)
			continue
		}
		if got := indicators.Plural(u.Name); got != tc.plural {
			t.Errorf("Plural(%q) = %q, want %q", u.Name, got, tc.plural)
		}
		if got := indicators.Singular(tc.plural); got != tc.unit {
			t.Errorf("Singular(%q) = %q, want %q", tc.plural, got, tc.unit)
		}
	}
	for _, bad := range []string{"rat, rabbit", "rat,rabbit and mouse", "rat, , rabbit and mouse"} {
		if _, err := indicators.ParseUnit(bad); err == nil {
			t.Errorf("ParseUnit(%q) = nil error, want one", bad)
		}
	}
	const doc = "There were 30,694 rats, guinea pigs and rabbits used in 2010.\n"
	const base = "entities: [GB]\nstatus: fact\nmeasure: count\nperiod: \"2010\"\n"
	for _, tc := range []struct {
		name, fields string
		want         []string // nil: it verifies
	}{
		{"the list as unit", base + "stated: \"30,694\"\nunit: rat, guinea pig and rabbit", nil},
		{"the list in stated", base + "stated: \"30,694 rats, guinea pigs and rabbits\"", []string{`stated "30,694 rats, guinea pigs and rabbits" counts rats, guinea pigs and rabbits together, which a unit of its last noun alone misreads (every output would say "30,694 rabbits"): write stated: "30,694" and, as unit, the one noun each of them is, and keep "rats, guinea pigs and rabbits" in the title (or keep stated and write unit: rat, guinea pig and rabbit, every noun)`}},
		{"the list in stated, with the list as unit", base + "stated: \"30,694 rats, guinea pigs and rabbits\"\nunit: rat, guinea pig and rabbit", nil},
	} {
		got := parseEntryIn(t, doc, tc.fields, "There were 30,694 rats, guinea pigs and rabbits used in 2010.")
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: messages (-want +got):\n%s", tc.name, diff)
		}
	}
}
