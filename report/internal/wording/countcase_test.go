package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCountNounCase: a count's noun is written in the case of the
// catalog's unit where it is a common noun capitalised only because the
// document's headline starts with the figure: defence's "12,440 People
// joined …" is labelled "12,440 people" on every bar, card and line (the
// notice verify gives the catalog, followed by every output at once); a
// noun with an acronym or a name in it keeps its capitals: migration's
// "180,000 EU citizens" (unit citizen), police's "15 FTE officers" (unit
// full-time equivalent officer). Two kinds and a third.
func TestCountNounCase(t *testing.T) {
	for _, tc := range []struct{ kind, id, want string }{
		{"defence", "regular-intake", "12,440 people"},
		{"defence", "fr20-outflow", "4,730 people"},
		{"migration", "net-eu-ye-mar16", "180,000 EU citizens"},
		{"police", "officers-qchange-2023-06", "15 FTE officers"},
	} {
		c, err := indicators.Load("../../../testdata/kinds/" + tc.kind + "/catalog.yaml")
		if err != nil {
			t.Fatal(err)
		}
		ind, ok := c.Indicator(tc.id)
		if !ok {
			t.Fatalf("%s: no indicator %s", tc.kind, tc.id)
		}
		if got := LabelOf(ind); got != tc.want {
			t.Errorf("%s: LabelOf(%s) = %q, want %q (stated %q)", tc.kind, tc.id, got, tc.want, ind.Stated)
		}
	}
	// The rule alone: a noun is lowered only where its figure opens the
	// quote's sentence or line, and never one with capitals of its own
	// (review19: the drafter's unit "kenyan" made "7 kenyans", "mp" "12
	// mps").
	for _, tc := range []struct {
		label, quote string
		u            indicators.Unit
		want         string
	}{
		{"12,440 People", "12,440 People joined the UK Regular Armed Forces", indicators.CountOf("person"), "12,440 people"},
		{"about 300 Projects", "Projects. About 300 Projects were funded", indicators.CountOf("project"), "about 300 projects"},
		{"7,000 Kenyans", "the programme supports 7,000 Kenyans", indicators.CountOf("kenyan"), "7,000 Kenyans"},
		{"7 Kenyans", "7 Kenyans", indicators.CountOf("Kenyan"), "7 Kenyans"},
		{"12 MPs", "12 MPs voted against", indicators.CountOf("mp"), "12 MPs"},
		{"5 PhDs", "• 5 PhDs were awarded", indicators.CountOf("phd"), "5 PhDs"},
		{"40 NHS beds", "40 NHS beds", indicators.CountOf("NHS bed"), "40 NHS beds"},
		{"3 GP practices", "3 GP practices", indicators.CountOf("practice"), "3 GP practices"},
		{"12,440 people", "12,440 people", indicators.CountOf("person"), "12,440 people"},
	} {
		ind := &indicators.Indicator{Stated: tc.label, Unit: tc.u, Provenance: []indicators.Provenance{{Quote: tc.quote}}}
		if got := UnitWritten(ind); got != tc.want {
			t.Errorf("UnitWritten(%q in %q, %s) = %q, want %q", tc.label, tc.quote, tc.u.Name, got, tc.want)
		}
	}
}
