package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestRunsAndPlaceNouns checks two readings of a rank's words (round AH):
// a run said after its period ("11th year in a row", "third year
// running") is a count of periods, as "eighth consecutive year" is, never
// the place "rank (1 = year)" every output printed (s37h-conceptions); a
// noun that names the place itself ("top spot", "first place") says no
// way the rank is counted, so the Unit cell reads "rank (1 = top)", not
// "rank (1 = top spot)", and the figure "top", not "first-top spot"
// (s37h-remittances).
func TestRunsAndPlaceNouns(t *testing.T) {
	tests := []struct {
		stated, unit, cell, shown string
	}{
		{"11th year in a row", "year", "year", "11 years"},
		{"third year running", "year", "year", "3 years"},
		{"eighth consecutive year", "year", "year", "8 years"},
		{"top spot", "rank", "rank (1 = top)", "top"},
		{"top place", "rank", "rank (1 = top)", "top"},
		{"first place", "rank", "rank", "first"},
		{"11th place", "rank", "rank", "eleventh"},
		{"second largest", "rank", "rank (1 = largest)", "second-largest"},
		{"top", "rank", "rank (1 = top)", "top"},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Errorf("ParseStated(%q) error = %v", tt.stated, err)
			continue
		}
		cell := u.String()
		if o := u.RankOrder(); o != "" {
			cell += " (" + o + ")"
		}
		if u.String() != tt.unit || cell != tt.cell {
			t.Errorf("ParseStated(%q) unit = %q, cell %q, want %q, %q", tt.stated, u.String(), cell, tt.unit, tt.cell)
		}
		if got := indicators.Format(q, u, indicators.Style{}); got != tt.shown {
			t.Errorf("Format(ParseStated(%q)) = %q, want %q", tt.stated, got, tt.shown)
		}
	}
	const doc = "The rate fell for the 11th year in a row.\nAmong large recipients, India keeps its top spot.\n"
	const base = "entities: [GB]\nstatus: fact\nperiod: 2018\n"
	for _, tc := range []struct{ name, fields, quote string }{
		{"a run in a row is a count", base + "measure: count\nstated: 11th year in a row", "The rate fell for the 11th year in a row."},
		{"a top spot is a rank", base + "measure: rank\nstated: top spot", "India keeps its top spot"},
	} {
		if got := parseEntryIn(t, doc, tc.fields, tc.quote); got != nil {
			t.Errorf("%s: messages %q, want none", tc.name, got)
		}
	}
}
