package indicators_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestProportionIsPercent checks that a share stated as a proportion in
// words is held as its percent, so that every output draws it beside the
// shares stated in percent (round C drew "one in five" as a hairline on a
// percent axis, and "1 in 8" on an axis "Number" from 0 to 0.15), while
// stated keeps the document's words; other measures and a bare decimal
// keep the pure number.
func TestProportionIsPercent(t *testing.T) {
	tests := []struct {
		stated  string
		measure indicators.MeasureKind
		want    string // value and unit
	}{
		{"One in five", indicators.Share, "20 percent"},                // A&E outcomes
		{"Over a third", indicators.Share, "33.3333333333333 percent"}, // A&E outcomes
		{"nearly one in four", indicators.Share, "25 percent"},         // A&E arrivals
		{"1 in 8", indicators.Share, "12.5 percent"},                   // crime risk by age
		{"1 in 179", indicators.Share, "0.558659217877095 percent"},    // crime risk by age
		{"half", indicators.Share, "50 percent"},                       // school census
		{"57.7 per cent", indicators.Share, "57.7 percent"},            // a percent stays
		{"0.2", indicators.Share, "0.2 "},                              // a bare decimal is no wording
		{"1 in 8", indicators.Level, "0.125 "},                         // a level is no share
		{"3 in 10", indicators.Flow, "0.3 "},                           // nor a flow
		{"one in five households", indicators.Share, "error: indicators: cannot read figure \"one in five households\": a proportion is stated alone"}, // as before
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStatedAs(tt.stated, tt.measure)
		got := fmt.Sprintf("%s %s", q.Value, u)
		if err != nil {
			got = "error: " + err.Error()
		}
		if !strings.HasPrefix(got, tt.want) {
			t.Errorf("ParseStatedAs(%q, %s) = %q, want %q", tt.stated, tt.measure, got, tt.want)
		}
	}
}

// proportionDoc is the text of the proportion catalogs: round C's A&E
// release and a school census.
const proportionDoc = `One in five (4.0 million) resulted in an admission to hospital, and 57.7 per cent were discharged.
Half of pupils walked to school; 0.2 of them cycled.`

// TestProportionViews checks that a view may draw a share stated as a
// proportion as a waffle, and beside shares in percent as bars.
func TestProportionViews(t *testing.T) {
	tests := []struct {
		name, a, b, kind string
		want             string // "" verifies, or a part of the message
	}{
		{"a waffle of one in five", "One in five", "", "part_of_whole", ""},
		{"bars of one in five and a percent", "One in five", "57.7 per cent", "bars", ""},
		{"a waffle of half", "Half", "", "part_of_whole", ""},
		{"a waffle of a bare decimal", "0.2", "", "part_of_whole", `is in a pure number`},
	}
	for _, tt := range tests {
		var b strings.Builder
		fmt.Fprintf(&b, "sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n", sha(proportionDoc))
		ids := []string{}
		for i, st := range []string{tt.a, tt.b} {
			if st == "" {
				continue
			}
			id := fmt.Sprintf("s%d", i)
			ids = append(ids, id)
			fmt.Fprintf(&b, "  - id: %s\n    title: Share %d\n    measure: share\n    status: fact\n    period: 2015\n    stated: %q\n    provenance:\n      - source: doc\n        quote: %q\n", id, i, st, st)
		}
		fmt.Fprintf(&b, "views:\n  - id: v\n    title: V\n    kind: %s\n    indicators: [%s]\n", tt.kind, strings.Join(ids, ", "))
		read := func(string) ([]byte, error) { return []byte(proportionDoc), nil }
		_, err := indicators.Parse("c.yaml", []byte(b.String()), read)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: Parse = %v, want no error", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: Parse = %v, want an error with %q", tt.name, err, tt.want)
		}
	}
}
