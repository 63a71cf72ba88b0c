package indicators_test

import (
	"math"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestOpenBoundStated checks that a bound written after the figure is
// read as the bound it is wherever the document puts it — at the end
// ("aged 16 and over"), right after the number ("1,000 or more
// workers", as a definition writes a threshold) or between the unit and
// its rate ("35 hours or more per week") — with the unit read without
// it, so that no output writes "or more" as the noun (s36g-strikes,
// s36g-timeuse: the book printed "35 mores per week"), and its interval
// open above; near misses keep their reading.
func TestOpenBoundStated(t *testing.T) {
	inf := math.Inf(1)
	for _, tt := range []struct {
		stated string
		q      indicators.Qualifier
		unit   string
		format string // Format of the quantity and unit
		lo, hi float64
		hiOpen bool
	}{
		{"1,000 or more workers", indicators.AtLeast, "worker", "at least 1,000 workers", 1000, inf, true},
		{"35 hours or more per week", indicators.AtLeast, "hour per week", "at least 35 hours per week", 35, inf, true},
		{"35 hours or more", indicators.AtLeast, "hour", "at least 35 hours", 35, inf, true},
		{"aged 16 and over", indicators.AtLeast, "year", "", 16, inf, true},
		{"500 or fewer staff", indicators.UpTo, "staff", "up to 500 staff", 0, 500, false},
		{"10 hours or less per day", indicators.UpTo, "hour per day", "up to 10 hours per day", 0, 10, false},
		{"110 GW or more", indicators.AtLeast, "GW", "at least 110 GW", 110, inf, true},
		{"more than 35 hours per week", indicators.MoreThan, "hour per week", "more than 35 hours per week", 35, inf, true},
		{"1,000+ workers", indicators.AtLeast, "worker", "at least 1,000 workers", 1000, inf, true},
		// Near misses: no bound after the figure.
		{"35 hours per week", indicators.Exact, "hour per week", "35 hours per week", 34.5, 35.5, false},
		{"1,000 workers", indicators.Exact, "worker", "1,000 workers", 1000, 1000, false},
	} {
		q, u, err := indicators.ParseStatedAs(tt.stated, indicators.Level)
		if err != nil {
			t.Errorf("ParseStatedAs(%q) error %v", tt.stated, err)
			continue
		}
		if q.Qualifier != tt.q {
			t.Errorf("ParseStatedAs(%q) qualifier = %v, want %v", tt.stated, q.Qualifier, tt.q)
		}
		if got := u.String(); got != tt.unit {
			t.Errorf("ParseStatedAs(%q) unit = %q, want %q", tt.stated, got, tt.unit)
		}
		if strings.Contains(q.Noun, "or ") || strings.Contains(q.Noun, "and ") || strings.Contains(u.String(), "more") {
			t.Errorf("ParseStatedAs(%q) noun %q, unit %q keep the bound's words", tt.stated, q.Noun, u)
		}
		if tt.format != "" {
			if got := indicators.Format(q, u, indicators.Style{}); got != tt.format {
				t.Errorf("Format(ParseStatedAs(%q)) = %q, want %q", tt.stated, got, tt.format)
			}
		}
		iv := q.IntervalFor(u)
		if tt.q == indicators.Exact {
			continue // a plain figure's ends are Indicator.HedgeEnds'
		}
		if iv.Lo != tt.lo || iv.Hi != tt.hi || iv.HiOpen != tt.hiOpen {
			t.Errorf("ParseStatedAs(%q) interval = %+v, want [%v, %v] open above %v", tt.stated, iv, tt.lo, tt.hi, tt.hiOpen)
		}
	}
	// "or more than" is a comparison, not a bound after the figure.
	for _, s := range []string{"5 or more than 7 workers"} {
		if q, _, err := indicators.ParseStatedAs(s, indicators.Level); err == nil && q.Qualifier == indicators.AtLeast {
			t.Errorf("ParseStatedAs(%q) read as at least", s)
		}
	}
}
