package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestTrailingHedgeInside: a bound written after the number is read
// wherever English puts it: after the unit ("110 GW or more"), right
// after the number, before the counted noun ("1,000 or more workers"),
// and after the unit, before a rate ("35 hours or more per week"). The
// last two were read as exact counts of "or more workers" and of "mores
// per week" (out45: s36g-strikes, s36g-timeuse); near misses keep their
// reading.
func TestTrailingHedgeInside(t *testing.T) {
	tests := []struct {
		stated string
		q      indicators.Qualifier
		value  string
		unit   string // Unit.Name
		per    string
	}{
		{"1,000 or more workers", indicators.AtLeast, "1000", "worker", ""},
		{"35 hours or more per week", indicators.AtLeast, "35", "hour", "week"},
		{"500 or fewer people", indicators.UpTo, "500", "person", ""},
		{"1,000 workers or more", indicators.AtLeast, "1000", "worker", ""},
		{"35 hours or more", indicators.AtLeast, "35", "hour", ""},
		{"1,000 or more", indicators.AtLeast, "1000", "", ""},
		// Near misses: no bound.
		{"1,000 workers", indicators.Exact, "1000", "worker", ""},
		{"35 hours per week", indicators.Exact, "35", "hour", "week"},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Errorf("ParseStated(%q): %v", tt.stated, err)
			continue
		}
		if q.Qualifier != tt.q || q.Value.String() != tt.value || u.Name != tt.unit || u.Per != tt.per {
			t.Errorf("ParseStated(%q) = %v %s %q per %q, want %v %s %q per %q", tt.stated, q.Qualifier, q.Value, u.Name, u.Per, tt.q, tt.value, tt.unit, tt.per)
		}
	}
}

// TestClockDurationEnds: minutes and hours are read off a clock, measured
// and rounded as any measure: "55 minutes" is 54.5 to 55.5 beside "7.7
// hours" 7.65 to 7.75, where it had no ends, a count exact to the unit
// (out45, s36g-timeuse); days and weeks, and things, stay counted.
func TestClockDurationEnds(t *testing.T) {
	tests := []struct{ stated, lo, hi string }{
		{"55 minutes", "54.5", "55.5"},
		{"8 hours", "7.5", "8.5"},
		{"7.7 hours", "7.65", "7.75"},
		{"3 days", "", ""},
		{"12 weeks", "", ""},
		{"6,932 marriages", "", ""},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatal(err)
		}
		ind := indicators.Indicator{Stated: tt.stated, Quantity: q, Unit: u}
		lo, hi := ind.HedgeEnds()
		str := func(d *indicators.Decimal) string {
			if d == nil {
				return ""
			}
			return d.String()
		}
		if str(lo) != tt.lo || str(hi) != tt.hi {
			t.Errorf("HedgeEnds(%q) = %q, %q, want %q, %q", tt.stated, str(lo), str(hi), tt.lo, tt.hi)
		}
	}
}
