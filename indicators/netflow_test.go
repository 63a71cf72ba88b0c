package indicators_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// netDoc is the text of the net-figure cases: a migration release (round
// C's ONS report), a labour market release and a trade release.
const netDoc = `Net migration = +327,000, with +180,000 EU citizens and -43,000 British citizens.
Employment: a net change of -16,000 jobs on the quarter, after +21,000 jobs.
The trade balance was -$42.4 billion. The stock was -3 countries.`

// TestNetFigures checks the rule for figures of counted things below
// zero: a net figure (measure flow or change) keeps its sign, with its
// counted noun; a count or a stock of things is refused, saying what to
// write; a plus sign's advice follows the measure; and a net figure below
// zero stated unsigned with direction: down, which outputs showed as an
// inflow that fell, is refused with what to write.
func TestNetFigures(t *testing.T) {
	const base = "entities: [GB]\nstatus: estimate\nperiod: 2016\n"
	tests := []struct {
		name, fields, quote string
		want                []string // nil: it verifies
	}{
		{"net migration below zero", base + "measure: flow\nstated: -43,000 British citizens", "-43,000 British citizens", nil},
		{"net migration, noun given apart", base + "measure: flow\nstated: -43,000\nunit: person", "-43,000 British citizens", nil},
		{"net migration unsigned with direction down", base + "measure: flow\nstated: 43,000 British citizens\ndirection: down", "-43,000 British citizens",
			[]string{`direction down given to a flow, which has no direction (only a change has one), and the quote writes the figure below zero: write stated: "-43,000 British citizens" and leave direction out (every output then shows "−43,000 British citizens")`}},
		{"net migration with a plus sign", base + "measure: flow\nstated: +327,000\nunit: person", "Net migration = +327,000",
			[]string{`cannot read figure "+327,000": a plus sign before a figure is not kept: write the figure without it ("327,000"); a flow above zero needs no sign, and no direction (direction is for measure: change)`}},
		{"net migration as advised", base + "measure: flow\nstated: 327,000\nunit: person", "Net migration = +327,000", nil},
		{"net change in jobs below zero", base + "measure: change\nstated: -16,000 jobs", "a net change of -16,000 jobs", nil},
		// A rise written with its sign is kept signed, as a fall is (fix16c).
		{"a rise with a plus sign", base + "measure: change\nstated: +21,000 jobs", "after +21,000 jobs", nil},
		{"a rise with a plus sign and a direction", base + "measure: change\nstated: +21,000 jobs\ndirection: up", "after +21,000 jobs",
			[]string{`direction up given to the signed figure "+21,000 jobs", which says its rise with its sign: leave direction out, or write "21,000 jobs" and keep direction: up`}},
		{"a trade balance below zero", base + "measure: flow\nstated: -$42.4 billion", "The trade balance was -$42.4 billion", nil},
		{"a stock of things is no net figure", base + "measure: stock\nstated: -3 countries", "The stock was -3 countries",
			[]string{`cannot read figure "-3 countries": a count cannot be negative: write "3 countries", and for a fall write measure: change with direction: down (only a net figure, measure: flow or change, may be below zero: net migration, a net change in jobs)`}},
		{"a count, noun given apart", base + "measure: count\nstated: -3\nunit: country", "The stock was -3 countries",
			[]string{`a count cannot be negative: write "3" and, for a fall, measure: change with direction: down (only a net figure, measure: flow or change, may be below zero)`}},
	}
	for _, tt := range tests {
		got := parseEntryIn(t, netDoc, tt.fields, tt.quote)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Parse messages (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestNetFigureSums checks that a net figure below zero keeps its sign in
// the model, its interval and a derived sum: round C's net migration by
// citizenship, 180,000 + 190,000 − 43,000, is the document's 327,000 (the
// unsigned figure with direction: down summed to 413,000), each count
// within its rounding to the thousand (a first reading of that rounding
// gave the sum the value 0).
func TestNetFigureSums(t *testing.T) {
	q, u, err := indicators.ParseStatedAs("-43,000 British citizens", indicators.Flow)
	if err != nil {
		t.Fatalf("ParseStatedAs: %v", err)
	}
	if got, want := q.Value.Float64(), -43000.0; got != want {
		t.Errorf("ParseStatedAs value = %v, want %v", got, want)
	}
	if got, want := q.IntervalFor(u), (indicators.Interval{Lo: -43000, Hi: -43000}); got != want {
		t.Errorf("IntervalFor = %v, want %v", got, want)
	}
	if _, _, err := indicators.ParseStated("-43,000 British citizens"); err == nil {
		t.Errorf("ParseStated(%q) = nil error, want a refusal: it knows no measure", "-43,000 British citizens")
	}
	c := &indicators.Catalog{}
	for _, in := range []struct{ id, stated string }{{"eu", "180,000 citizens"}, {"non-eu", "190,000 citizens"}, {"british", "-43,000 citizens"}} {
		q, u, err := indicators.ParseStatedAs(in.stated, indicators.Flow)
		if err != nil {
			t.Fatalf("ParseStatedAs(%q): %v", in.stated, err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: in.id, Title: in.id, Stated: in.stated, Quantity: q, Unit: u, Measure: indicators.Flow})
	}
	c.Derived = append(c.Derived, indicators.Derived{ID: "net", Title: "Net", Op: indicators.Sum, Inputs: []string{"eu", "non-eu", "british"}})
	r, err := c.Compute("net")
	if err != nil {
		t.Fatalf("Compute: %v", err)
	}
	if got, want := r.Quantity.Value.Float64(), 327000.0; got != want {
		t.Errorf("sum of net migration by citizenship = %v, want %v", got, want)
	}
	// Each count is rounded to the thousand, within 500 (roundedCount).
	if got, want := r.Interval, (indicators.Interval{Lo: 325500, Hi: 328500}); got != want {
		t.Errorf("sum of net migration by citizenship: Interval = %v, want %v", got, want)
	}
}
