package indicators_test

import "testing"

// TestUnitOfTwoNouns: a unit of two nouns counted together keeps the
// quote's "and" or "or" (s26w-firearms wrote "firearm or shotgun" for
// "439 firearm and shotguns", passed with no word), a unit of one of them
// is refused for either word, a first noun the document leaves singular
// is one of the two, and a noun for both ("weapon") passes; each advice
// verifies once followed.
func TestUnitOfTwoNouns(t *testing.T) {
	const doc = "  • 439 firearm and shotguns that were reported as lost or stolen\n" +
		"In 2022, 1,200 cats or dogs were rehomed.\n" +
		"There were 310 primary and secondary schools in 2022.\n"
	const guns = "entities: [GB-EAW]\nstatus: fact\nmeasure: flow\nperiod: 2021-04/2022-03\nstated: \"439\"\n"
	const pets = "entities: [GB-EAW]\nstatus: fact\nmeasure: flow\nperiod: 2022\nstated: \"1,200\"\n"
	const schools = "entities: [GB-EAW]\nstatus: fact\nmeasure: stock\nperiod: 2022\nstated: \"310\"\n"
	const gunQuote, petQuote = "439 firearm and shotguns that were reported as lost or stolen", "1,200 cats or dogs were rehomed"
	checkAdvice(t, []adviceCase{
		{"or for the quote's and", doc, guns + "unit: firearm or shotgun", gunQuote,
			`unit "firearm or shotgun" joins its two nouns by "or", where the quote counts "firearm and shotguns" (every output would say "firearms or shotguns"): write unit: firearm and shotgun, the quote's word`,
			"unit: firearm or shotgun => unit: firearm and shotgun"},
		{"and for the quote's or", doc, pets + "unit: cat and dog", petQuote, `write unit: cat or dog, the quote's word`, "unit: cat and dog => unit: cat or dog"},
		{"one noun of and, the first singular", doc, guns + "unit: firearm", gunQuote, `write unit: firearm and shotgun, both words`, "unit: firearm => unit: firearm and shotgun"},
		{"one noun of or", doc, pets + "unit: dog", petQuote, `unit "dog" counts only the dogs of "cats or dogs"`, "unit: dog => unit: cat or dog"},
		{"a noun for both", doc, pets + "unit: animal", petQuote, "", ""},
		{"a noun for both, and", doc, guns + "unit: weapon", gunQuote, "", ""},
		{"modifiers of one head noun", doc, schools + "unit: school", "There were 310 primary and secondary schools", "", ""},
	})
}

// TestTwoNounsOneLineFixed applies the advice of bad catalog 93 and
// checks that it then loads.
func TestTwoNounsOneLineFixed(t *testing.T) {
	applyBadCatalogFixes(t, []struct {
		file string
		fix  [][2]string
	}{
		{"93-two-nouns-one-line.yaml", [][2]string{
			{"unit: firearm\n", "unit: firearm and shotgun\n"},
			{"        section: [Highlights]\n", ""},
			{"period: end of the financial year 2018-19", "period: 2019-03-31"},
		}},
	})
}
