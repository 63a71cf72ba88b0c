package extract

import "testing"

// TestWhatAPhraseCounts: a figure's unit is the noun phrase it counts,
// as the unit grammar verify reads a stated figure by names it — a unit
// of measurement with the nouns that say what it counts is one unit —
// and a number of such a unit is an amount of activity over a period, a
// flow (grammarNoun, activityUnit); modifiers the grammar does not join
// stay apart. Sentences of a road traffic chapter, a rail factsheet, a
// page of rail usage statistics, a drug poisoning release and an aid
// programme's page, field by field.
func TestWhatAPhraseCounts(t *testing.T) {
	const (
		traffic = "Scottish Transport Statistics: Road traffic\n\n" +
			"In 2012, 43.5 billion vehicle kms were driven in Scotland.\n\n" +
			"Traffic on Motorways accounted for 7.1 billion vehicle kms (16% of all traffic) in 2012.\n"
		rail = "Rail factsheet: 2023\n\n" +
			"In FYE March 2023, 15.73 billion net tonne kilometres (9.77 billion net tonne miles) of rail freight were transported.\n"
		usage = "Rail usage statistics by country\n\n" +
			"Of the 3,000 billion passenger kilometres travelled across the world in 2014, 1,346 billion were travelled in China.\n"
	)
	runWhatHow(t, []whatHowCase{
		{name: "vehicle kms driven in a year: one unit, a flow", text: traffic, stated: "43.5 billion", measure: "flow", unit: "vehicle km"},
		{name: "vehicle kms with no verb: still an amount of activity, a flow", text: traffic, stated: "7.1 billion", measure: "flow", unit: "vehicle km"},
		{name: "net tonne kilometres: the whole unit, a flow", text: rail, stated: "15.73 billion", measure: "flow", unit: "net tonne kilometre"},
		{name: "passenger kilometres travelled: the whole unit, a flow", text: usage, stated: "3,000 billion", measure: "flow", unit: "passenger kilometre"},
	})
}

// TestHeadNounPhraseWhole: the counted noun of the words after a bare
// number is the whole unit where the unit grammar joins its words, and
// the head noun where it does not, on a road traffic chapter, a rail
// factsheet, a drug poisoning release, a road casualty report and an aid
// programme's page.
func TestHeadNounPhraseWhole(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"43.5 billion vehicle kms were driven in 2012", "vehicle km"},
		{"28.9 billion vehicle-kms.", "vehicle km"},
		{"15.73 billion net tonne kilometres (9.77 billion net tonne miles)", "net tonne kilometre"},
		{"2,652 drug poisoning deaths registered in 2011", "death"},
		{"195 bus and coach user casualties", "casualty"},
		{"57 low-income districts across the country", "district"},
		{"16,600 full-time equivalent (FTE) police officers", "full-time equivalent officer"},
	} {
		from := len(firstWord(c.text))
		if w := firstWord(c.text[from+1:]); w == "billion" {
			from += 1 + len(w)
		}
		got, _, _ := headNounPhrase(c.text, from, len(c.text))
		if got != c.want {
			t.Errorf("headNounPhrase(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
