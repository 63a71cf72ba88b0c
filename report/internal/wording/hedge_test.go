package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

func TestHedgeWord(t *testing.T) {
	for _, c := range []struct {
		label string
		q     indicators.Qualifier
		want  string
	}{
		{"almost 11 million victimizations", indicators.Nearly, "almost"}, // s14-crime
		{"Over a third", indicators.MoreThan, "over"},                     // s14-hospitals
		{"more than twice", indicators.MoreThan, "more than"},             // s14-crime
		{"About 42 percent", indicators.Approx, "about"},                  // s14-crime
		{"11 million", indicators.Nearly, "nearly"},                       // the label has none: the qualifier's
		{"13%", indicators.Exact, ""},                                     // s14-roads
		{"26 to 28 percent", indicators.Range, ""},                        // a target: its ends say it
	} {
		if got := HedgeWord(c.label, c.q); got != c.want {
			t.Errorf("HedgeWord(%q, %v) = %q, want %q", c.label, c.q, got, c.want)
		}
	}
}
