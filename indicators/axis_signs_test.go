package indicators_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// TestSharesAxis checks the one rule by which figures share a chart's
// value axis, in a series view and a bars view alike.
func TestSharesAxis(t *testing.T) {
	unit := func(s string) indicators.Unit {
		t.Helper()
		u, err := indicators.ParseUnit(s)
		if err != nil {
			t.Fatalf("ParseUnit(%q): %v", s, err)
		}
		return u
	}
	tests := []struct {
		a, b string
		want bool
	}{
		{"percent", "", false},       // s16h-poverty: 10.6% beside a bare 17.3
		{"percent", "percent", true}, // s16h-poverty: rates of one table
		{"fire", "fatality", true},   // kinds/fire: counts of two things on one number axis
		{"USD", "EUR", false},        // two currencies
		{"USD", "percent", false},    // an amount beside a share
		{"marriage per 1,000 unmarried women", "marriage per 1,000 unmarried men", true}, // kinds/marriages
		{"bbl per day", "bbl per year", false},                                           // rates over bases of two lengths
		{"degC", "MW", false},                                                            // two measures
		{"percentage_point", "percent", false},                                           // a change in points beside a rate
	}
	for _, tc := range tests {
		a, b := unit(tc.a), unit(tc.b)
		if got := a.SharesAxis(b); got != tc.want {
			t.Errorf("Unit(%q).SharesAxis(%q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got := b.SharesAxis(a); got != tc.want {
			t.Errorf("Unit(%q).SharesAxis(%q) = %v, want %v", tc.b, tc.a, got, tc.want)
		}
	}
}

// TestBarsShareOneAxis checks that verify refuses a bars view whose
// figures share no axis, as it refuses such a series view, naming the
// odd ones out: s16h-poverty drew 10.6% beside bare 17.3, 3.6 and 33.8
// on a 0–40% axis subtitled "Percent and number". Counts of two things
// (kinds/fire: fires beside fatalities) still share one.
func TestBarsShareOneAxis(t *testing.T) {
	const povertyDoc = "The at risk of poverty rate was 10.6% in 2023.\nDeprivation13.716.617.3\nConsistent Poverty4.24.93.6\nThere were 1,000 fires and 20 fatalities in 2023. Output was $5 billion.\n"
	ind := func(id, stated, unit, quote string) string {
		u := ""
		if unit != "" {
			u = "    unit: " + unit + "\n"
		}
		return fmt.Sprintf("  - id: %s\n    title: %s\n    entities: [IE]\n    measure: level\n    status: fact\n    period: 2023\n    stated: %q\n%s    provenance:\n      - source: doc\n        quote: %q\n", id, id, stated, u, quote)
	}
	figs := ind("arop", "10.6%", "", "10.6% in 2023") +
		ind("depriv", "17.3", "", "17.3") +
		ind("consistent", "3.6", "", "3.6") +
		strings.Replace(ind("fires", "1,000 fires", "", "1,000 fires"), "measure: level", "measure: count", 1) +
		strings.Replace(ind("deaths", "20 fatalities", "", "20 fatalities"), "measure: level", "measure: count", 1) +
		strings.Replace(ind("output", "$5 billion", "", "$5 billion"), "measure: level", "measure: flow", 1)
	view := func(kind string, ids ...string) string {
		return fmt.Sprintf("views:\n  - id: v\n    title: V\n    kind: %s\n    indicators: [%s]\n", kind, strings.Join(ids, ", "))
	}
	tests := []struct {
		name, views string
		want        []string // nil: it verifies
	}{
		{"s16h-poverty: a percent beside bare numbers", view("bars", "arop", "depriv", "consistent"),
			[]string{`view "v" of kind bars draws "arop" in percent beside "depriv", "consistent" in a pure number: its bars share one axis; draw "arop" in a view of its own`}},
		{"s16h-poverty: the table's cells alone", view("bars", "depriv", "consistent"), nil},
		{"kinds/fire: fires beside fatalities", view("bars", "fires", "deaths"), nil},
		{"an amount among counts, in a range view", view("range", "fires", "output", "deaths"),
			[]string{`view "v" of kind range draws "output" in USD beside "fires", "deaths" in fire: its bars share one axis; draw "output" in a view of its own`}},
	}
	for _, tc := range tests {
		got := parseCatalogIn(t, povertyDoc, "    text: doc.txt\n", "indicators:\n"+figs+tc.views)
		for i, m := range got {
			if _, rest, ok := strings.Cut(m, ": "); ok {
				got[i] = rest
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: messages differ (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestSignsOneRule checks the one rule for signs: a change the document
// writes with its sign is stated signed without a direction, or unsigned
// with its direction, a plus sign as a minus sign. s16h-police wrote
// "(-0.1%)" and "(+2.3%)" alike and was made to drop the plus only; the
// kinds/visitors release writes a rise of trips "(+13.5%)" the same way.
func TestSignsOneRule(t *testing.T) {
	const doc = "an increase of 366 FTE police officers (+2.3%) from 2007 and a fall of 15 (-0.1%) from March.\nThe number of overseas trips increased to 2.771 million trips in Quarter 3 2015 (+13.5%). See table 1.\n"
	const base = "entities: [GB-SCT]\nstatus: fact\nperiod: 2023\nmeasure: change\n"
	tests := []struct {
		name, fields, quote string
		want                []string // nil: it verifies
	}{
		{"police: a rise signed", base + "stated: +2.3%", "(+2.3%) from 2007", nil},
		{"police: a fall signed", base + "stated: -0.1%", "(-0.1%) from March", nil},
		{"police: a rise unsigned, direction up", base + "stated: 2.3%\ndirection: up", "an increase of 366 FTE police officers (+2.3%)", nil},
		{"police: a fall unsigned, direction down", base + "stated: 0.1%\ndirection: down", "a fall of 15 (-0.1%)", nil},
		{"police: a rise signed, direction up", base + "stated: +2.3%\ndirection: up", "an increase of 366 FTE police officers (+2.3%)",
			[]string{`direction up given to the signed figure "+2.3%", which says its rise with its sign: leave direction out, or write "2.3%" and keep direction: up`}},
		{"police: a fall signed, direction down", base + "stated: -0.1%\ndirection: down", "a fall of 15 (-0.1%)",
			[]string{`direction down given to the signed figure "-0.1%", which says its fall with its sign: leave direction out, or write "0.1%" and keep direction: down`}},
		{"visitors: a rise signed", base + "stated: +13.5%", "Quarter 3 2015 (+13.5%)", nil},
		{"visitors: a rise unsigned, direction up", base + "stated: 13.5%\ndirection: up", "increased to 2.771 million trips in Quarter 3 2015 (+13.5%)", nil},
		{"visitors: a rise signed, direction up", base + "stated: +13.5%\ndirection: up", "increased to 2.771 million trips in Quarter 3 2015 (+13.5%)",
			[]string{`direction up given to the signed figure "+13.5%", which says its rise with its sign: leave direction out, or write "13.5%" and keep direction: up`}},
		{"visitors: a level keeps no plus", "entities: [GB-SCT]\nstatus: fact\nperiod: 2023\nmeasure: level\nstated: +13.5%", "Quarter 3 2015 (+13.5%)",
			[]string{`cannot read figure "+13.5%": a plus sign before a figure is not kept: write the figure without it ("13.5%"); a level above zero needs no sign, and no direction (direction is for measure: change)`}},
	}
	for _, tc := range tests {
		got := parseEntryIn(t, doc, tc.fields, tc.quote)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: Parse messages (-want +got):\n%s", tc.name, diff)
		}
	}
	q, _, err := indicators.ParseStatedAs("+2.3%", indicators.Change)
	if err != nil {
		t.Fatalf("ParseStatedAs(%q, change): %v", "+2.3%", err)
	}
	if got := q.Value.Float64(); got != 2.3 {
		t.Errorf("ParseStatedAs(%q, change) value = %v, want 2.3", "+2.3%", got)
	}
}

// TestPointsSaidPlural checks that points the document writes as a
// modifier ("a 1.9 percentage point decrease", s16h-poverty) are said as
// a figure alone, "1.9 percentage points", in every output's label.
func TestPointsSaidPlural(t *testing.T) {
	tests := []struct{ stated, want string }{
		{"1.9 percentage point", "1.9 percentage points"}, // s16h-poverty
		{"1 percentage point", "1 percentage point"},
		{"one percentage point", "one percentage point"}, // s24t-planning's deck said "points"
		{"two percentage point", "two percentage points"},
		{"0.4 percentage points", "0.4 percentage points"}, // kinds/finances
		{"about 2 percentage point", "about 2 percentage points"},
	}
	for _, tc := range tests {
		q, u, err := indicators.ParseStatedAs(tc.stated, indicators.Change)
		if err != nil {
			t.Errorf("ParseStatedAs(%q): %v", tc.stated, err)
			continue
		}
		ind := indicators.Indicator{ID: "x", Stated: tc.stated, Quantity: q, Unit: u, Measure: indicators.Change}
		if got := ind.Label(); got != tc.want {
			t.Errorf("Indicator{Stated: %q}.Label() = %q, want %q", tc.stated, got, tc.want)
		}
	}
}

// TestFullTimeEquivalentUnits checks a counted unit of several words on a
// basis of counting, and what verify says where the stated words stand in
// its way: s16h-police's "16,600 full-time equivalent (FTE) police
// officers", "366 FTE police officers" and "15 FTE officers", and
// kinds/schools' "full-time equivalent (FTE) teachers … was 52,247".
func TestFullTimeEquivalentUnits(t *testing.T) {
	const doc = "There were 16,600 full-time equivalent (FTE) police officers, an increase of 366 FTE police officers, and a fall of 15 FTE officers.\nThere were 52,247 full-time equivalent (FTE) teachers.\n"
	const base = "entities: [GB-SCT]\nstatus: fact\nperiod: 2023\nmeasure: stock\n"
	tests := []struct {
		name, fields, quote string
		want                []string // nil: it verifies
	}{
		{"police: the parenthesis in stated", base + "stated: 16,600 full-time equivalent (FTE) police officers", "16,600 full-time equivalent (FTE) police officers",
			[]string{`cannot read figure "16,600 full-time equivalent (FTE) police officers": unknown unit "full-time equivalent (fte) police officers"; the parenthesis "(FTE)" among the unit's words stands in the way: write stated: "16,600" and unit: full-time equivalent police officer`}},
		{"police: as advised", base + "stated: 16,600\nunit: full-time equivalent police officer", "16,600 full-time equivalent (FTE) police officers", nil},
		{"police: a modifier after FTE", base + "stated: 366 FTE police officers\nunit: full-time equivalent police officer", "366 FTE police officers", nil},
		{"police: the unit's modifier not stated", base + "stated: 15 FTE officers\nunit: full-time equivalent police officer", "15 FTE officers",
			[]string{`unit "full-time equivalent police officer" disagrees with stated "15 FTE officers", which reads as "officer": the stated words count officers and do not write all of "full-time equivalent police officer": write unit: full-time equivalent officer, as they do, or stated: "15", the figure alone, to keep the unit`}},
		{"police: the figure alone, as advised", base + "stated: \"15\"\nunit: full-time equivalent police officer", "15 FTE officers", nil},
		{"police: the unit as stated, as advised", base + "stated: 15 FTE officers\nunit: full-time equivalent officer", "15 FTE officers", nil},
		{"schools: the parenthesis in stated", base + "stated: 52,247 full-time equivalent (FTE) teachers", "52,247 full-time equivalent (FTE) teachers",
			[]string{`cannot read figure "52,247 full-time equivalent (FTE) teachers": unknown unit "full-time equivalent (fte) teachers"; the parenthesis "(FTE)" among the unit's words stands in the way: write stated: "52,247" and unit: full-time equivalent teacher`}},
		{"schools: as advised", base + "stated: 52,247\nunit: full-time equivalent teacher", "52,247 full-time equivalent (FTE) teachers", nil},
	}
	for _, tc := range tests {
		got := parseEntryIn(t, doc, tc.fields, tc.quote)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: Parse messages (-want +got):\n%s", tc.name, diff)
		}
	}
}
