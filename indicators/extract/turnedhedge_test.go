package extract

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestTurnedMultiplierMention: the extractor holds a hedged verb of
// multiplying below one as the stated grammar does (Qualifier.Turned):
// "more than halved" a factor under 0.5, "nearly halved" one just over it;
// the verbs above one keep their hedge. Before, the mention said
// more_than 0.5 while the catalog's figure said less_than, so the draft
// left "more than halved" undrafted ("reads back as less than 0.5",
// round AH, s37h-conceptions).
func TestTurnedMultiplierMention(t *testing.T) {
	for _, tc := range []struct {
		text, figure string
		want         indicators.Qualifier
	}{
		{"Rates have more than halved in the last decade.", "more than halved", indicators.LessThan},
		{"Rates have nearly halved since 2008.", "nearly halved", indicators.MoreThan},
		{"Rates have at least halved since 2008.", "at least halved", indicators.UpTo},
		{"Rates have halved since 2008.", "halved", indicators.Exact},
		{"Exports have more than doubled since 2008.", "more than doubled", indicators.MoreThan},
		{"Exports have nearly tripled since 2008.", "nearly tripled", indicators.Nearly},
	} {
		var got *Mention
		for _, m := range Extract(tc.text) {
			if m.Text == tc.figure {
				got = &m
			}
		}
		if got == nil {
			t.Errorf("%q: no mention %q", tc.text, tc.figure)
			continue
		}
		if got.Quantity.Qualifier != tc.want {
			t.Errorf("%q: %q qualifier %v, want %v", tc.text, tc.figure, got.Quantity.Qualifier, tc.want)
		}
		q, _, err := indicators.ParseStated(tc.figure)
		if err != nil {
			t.Errorf("ParseStated(%q): %v", tc.figure, err)
		} else if q.Qualifier != got.Quantity.Qualifier {
			t.Errorf("%q: the mention says %v, the stated grammar %v", tc.figure, got.Quantity.Qualifier, q.Qualifier)
		}
	}
}
