package indicators_test

import (
	"strings"
	"testing"
)

// TestLeadInBase checks one rule for a figure whose base a list's lead-in
// line names ("Average working days lost per staff year:", s27x-absence):
// "4.4 days" and a bare "4.3" under it both take unit: day per staff year;
// where neither the quote, nor its lead-in or heading, names the base, both
// are told what to write, and the advice verifies. Before, "4.4 days" was
// refused under the lead-in and a bare figure passed with any base.
func TestLeadInBase(t *testing.T) {
	const led = "Sickness absence 2030\n\nAverage working days lost per staff year:\n\n  • 4.4 days were lost to long term sickness, up from 4.3 the year before.\n"
	const bare = "Sickness absence 2030\n\n4.4 days were lost to long term sickness, up from 4.3 the year before.\n"
	const para = "Sickness absence 2030\n\nThe table shows average working days lost per staff year. 4.4 days were lost to long term sickness, up from 4.3 the year before.\n"
	const paraAfter = "Sickness absence 2030\n\n4.4 days were lost to long term sickness. The table shows average working days lost per staff year.\n"
	const water = "Water use 2030\n\nCavan used 383 litres. The table shows use per meter per day.\n"
	const fields = "entities: [GB]\nstatus: fact\nmeasure: level\nperiod: 2030\nunit: day per staff year\n"
	const advice = "a base per staff year, but no quote names it, nor the line leading in its list, its paragraph's opening sentence or its heading"
	tests := []struct {
		name, doc, stated, quote, want, fix string
	}{
		{"the figure's words under the lead-in", led, "4.4 days", "4.4 days were lost to long term sickness", "", ""},
		{"a bare figure under the lead-in", led, `"4.3"`, "up from 4.3 the year before", "", ""},
		{"the figure's words, no lead-in", bare, "4.4 days", "4.4 days were lost to long term sickness", advice,
			"unit: day per staff year => unit: day"},
		{"a bare figure, no base in the text", bare, `"4.3"`, "up from 4.3 the year before", advice,
			"unit: day per staff year => unit: day"},
		{"the paragraph's opening sentence names the base", para, "4.4 days", "4.4 days were lost to long term sickness", "", ""},
		{"a base the paragraph names after the quote", paraAfter, "4.4 days", "4.4 days were lost to long term sickness", advice,
			"unit: day per staff year => unit: day"},
	}
	for _, tc := range tests {
		items := catalogItem("days", fields+"stated: "+tc.stated, "", tc.quote)
		run := func(items string) []string { return runMessages(t, tc.doc, items, "") }
		checkMessagesFix(t, tc.name, run, items, "    ", tc.want, tc.fix)
	}
	// The advice writes the document's word ("litres", never "Ls"), and
	// a series' point is offered no unit apart from its series'.
	run := func(items string) []string { return runMessages(t, water, items, "") }
	litres := "entities: [IE]\nstatus: fact\nmeasure: level\nperiod: 2030\nstated: 383 litres\nunit: L per meter per day"
	checkMessagesFix(t, "the document's words", run, catalogItem("use", litres, "", "Cavan used 383 litres"), "    ",
		`quote the words that do ("litres per meter per day", "per meter per day:" leading in a list), or write unit: L and`, "unit: L per meter per day => unit: L")
	got := run(catalogItem("use", litres+"\nseries: water-use", "", "Cavan used 383 litres") + "series:\n  - id: water-use\n    title: Use\n")
	if len(got) != 1 || strings.Contains(got[0], "write unit: L") {
		t.Errorf("a series' point: messages %q, want one that offers no unit of its own", got)
	}
}

// TestBaseNotLedInFixed applies the advice of bad catalog 94 and checks
// that it then loads.
func TestBaseNotLedInFixed(t *testing.T) {
	applyBadCatalogFixes(t, []struct {
		file string
		fix  [][2]string
	}{
		{"94-base-not-led-in.yaml", [][2]string{{"stated: 2.1 days\n    unit: day per staff year", "stated: 2.1 days\n    unit: day"}}},
	})
}
