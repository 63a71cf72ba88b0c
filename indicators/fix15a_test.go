package indicators_test

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCompoundMeasureModifiers checks that only a modifier noun may stand
// before a measure in one counted unit: a comparative is a change (the
// comparison's advice), an adjective no part of the unit.
func TestCompoundMeasureModifiers(t *testing.T) {
	for _, tt := range []struct {
		in     string
		unit   string // the unit read; "" for a refusal
		errHas string // a part of the refusal
	}{
		{"15 more kilometres", "", `write stated: "15 kilometres", measure: change, direction: up`},
		{"10 fewer tonnes", "", `write stated: "10 tonnes", measure: change, direction: down`},
		{"5 more kilometres than 2018", "", `write stated: "5 kilometres", measure: change`},
		{"3 additional megawatts", "", `"additional" before the measure "megawatts" is no part of the unit`},
		{"15.73 billion net tonne kilometres", "net tonne kilometre", ""},
		{"64.7 billion passenger kilometres", "passenger kilometre", ""},
		{"2.1 billion vehicle miles", "vehicle mile", ""},
		{"3,000 more inspectors", "inspector", ""},
	} {
		_, u, err := indicators.ParseStated(tt.in)
		switch {
		case tt.unit == "" && err == nil:
			t.Errorf("ParseStated(%q) = %q, nil error, want a refusal with %q", tt.in, u.String(), tt.errHas)
		case tt.unit == "" && !strings.Contains(err.Error(), tt.errHas):
			t.Errorf("ParseStated(%q) error = %v, want one with %q", tt.in, err, tt.errHas)
		case tt.unit != "" && err != nil:
			t.Errorf("ParseStated(%q) error: %v, want unit %q", tt.in, err, tt.unit)
		case tt.unit != "" && u.String() != tt.unit:
			t.Errorf("ParseStated(%q) unit = %q, want %q", tt.in, u.String(), tt.unit)
		}
	}
}
