package indicators_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// lostDoc holds sentences of the kinds round V's users quoted from stored
// copies: a student loans release whose "£" the copy wrote as "?"
// (s25v-loans), and an animal procedures release whose extraction ran a
// figure into the next word (s25v-animals).
const lostDoc = "Student loans: ?16.2 billion was lent in 2018-19, up from ?15.5 billion.\n" +
	"In 2010, 3,724,646 procedures were started. Of these, 778,759were fish, and 503,934specified mice.\n" +
	"Speeds of 15mph were recorded on 12 roads.\n"

// TestLostSign: a money figure whose currency sign the stored copy lost
// is written bare, with the currency as its unit and a note that names
// it; every message on the way says so, and what it says verifies.
func TestLostSign(t *testing.T) {
	const base = "entities: [GB-ENG]\nstatus: fact\nmeasure: flow\nperiod: FY2018-19\n"
	const advice = `"?" before the number is the mark the stored copy wrote for a currency sign it lost: write stated: "16.2 billion" and unit: GBP, and a note that names the currency (notes: ["In GBP: the stored copy writes its currency sign as '?'."])`
	tests := []struct {
		name, fields, quote string
		want                []string // nil: it verifies
	}{
		{"the unit, no note", base + "stated: 16.2 billion\nunit: GBP", "?16.2 billion was lent",
			[]string{`unit "GBP" given to the bare number "16.2 billion", with no quote naming that currency: ` + advice}},
		{"the sign the document meant", base + "stated: £16.2 billion", "?16.2 billion was lent",
			[]string{`the quote does not state "£16.2 billion": ` + advice}},
		{"the copy's mark in stated", base + "stated: \"?16.2 billion\"\nunit: GBP", "?16.2 billion was lent",
			[]string{`cannot read figure "?16.2 billion": ` + advice}},
		{"the advice followed", base + "stated: 16.2 billion\nunit: GBP\nnotes: [\"In GBP: the stored copy writes its currency sign as '?'.\"]", "?16.2 billion was lent", nil},
		{"a note naming the pound", base + "stated: 16.2 billion\nunit: GBP\nnotes: [\"In pounds sterling (£).\"]", "?16.2 billion was lent", nil},
		{"a note naming another currency", base + "stated: 16.2 billion\nunit: GBP\nnotes: [\"In euros.\"]", "?16.2 billion was lent",
			[]string{`unit "GBP" given to the bare number "16.2 billion", with no quote naming that currency: ` + advice}},
	}
	for _, tc := range tests {
		got := parseEntryIn(t, lostDoc, tc.fields, tc.quote)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: messages (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestFigureGluedToWord: a figure the text runs into the next word
// ("778,759were fish") is still that figure; a scale word or unit symbol
// glued on ("15mph") is the figure's own, and stated must say it.
func TestFigureGluedToWord(t *testing.T) {
	const base = "entities: [GB]\nstatus: fact\nmeasure: count\nperiod: \"2010\"\n"
	tests := []struct {
		name, fields, quote string
		want                []string // nil: it verifies
	}{
		{"a figure glued to a verb", base + "stated: \"778,759\"\nunit: fish", "Of these, 778,759were fish", nil},
		{"a figure glued to an adjective", base + "stated: \"503,934\"\nunit: mouse", "503,934specified mice", nil},
		{"a figure glued to its unit symbol", base + "stated: \"15\"\nunit: road", "Speeds of 15mph",
			[]string{`the quote does not state "15": it writes "15" as "15mph", which reads as 15 mph, not 15 roads: write stated: "15mph", the quote's own characters`}},
	}
	for _, tc := range tests {
		got := parseEntryIn(t, lostDoc, tc.fields, tc.quote)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: messages (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestLostSignFixed applies the advice of bad catalog 91 and checks that
// it then loads.
func TestLostSignFixed(t *testing.T) {
	applyBadCatalogFixes(t, []struct {
		file string
		fix  [][2]string
	}{
		{"91-lost-sign-two-figure-whole.yaml", [][2]string{
			{`stated: "?16.2 billion"`, "stated: \"16.2 billion\"\n    notes: [\"In GBP: the stored copy writes its currency sign as '?'.\"]"},
			{"views:\n", "derived:\n  - {id: fish-share, title: Fish, formula: share, inputs: [fish, procedures]}\nviews:\n"},
			{"indicators: [procedures, fish]", "indicators: [fish-share]"},
		}},
	})
}
