package chart

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestHedgeWord: a key names the hedge in the document's own word, as
// its figure's label writes it, whatever the kind of document.
func TestHedgeWord(t *testing.T) {
	for _, c := range []struct {
		label string
		q     indicators.Qualifier
		want  string
	}{
		{"almost 11 million victimizations", indicators.Nearly, "almost"}, // s14-crime
		{"over a third", indicators.MoreThan, "over"},                     // s14-hospitals
		{"Nearly one in four", indicators.Nearly, "nearly"},               // s14-hospitals
		{"more than twice", indicators.MoreThan, "more than"},             // s14-crime
		{"Just under 40%", indicators.Nearly, "just under"},               // a labour-market release
		{"up to $2 billion", indicators.UpTo, "up to"},                    // a budget
		{"11 million", indicators.Nearly, "nearly"},                       // no word in the label: the qualifier's
	} {
		if got := hedgeWord(item{label: c.label, q: indicators.Point(indicators.Decimal{}, c.q)}); got != c.want {
			t.Errorf("hedgeWord(%q) = %q, want %q", c.label, got, c.want)
		}
	}
}
