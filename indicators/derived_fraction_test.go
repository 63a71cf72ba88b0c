package indicators_test

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestDerivedOfFractionsInWords checks that a derived figure whose every
// input is a proportion in words is said to the three figures a message
// says a fraction in, or its ends' four (review22 item 5: "nearly 33.3333333333334
// percentage points" for "almost two-thirds" less "a third"), never the
// float's fifteen.
func TestDerivedOfFractionsInWords(t *testing.T) {
	for _, tc := range []struct {
		op   indicators.Op
		a, b string
	}{
		{indicators.Difference, "almost two-thirds", "a third"},
		{indicators.Difference, "two-thirds", "a third"},
		{indicators.Ratio, "two-thirds", "a third"},
		{indicators.Sum, "a third", "a sixth"},
	} {
		c := derivedCatalog(t, tc.op, []string{"a", "b"}, map[string]string{"a": tc.a, "b": tc.b})
		for i := range c.Indicators {
			c.Indicators[i].Measure = indicators.Share
		}
		r, err := c.Compute("x")
		if err != nil {
			t.Fatalf("%s of %q and %q: %v", tc.op, tc.a, tc.b, err)
		}
		text := r.Text(indicators.Style{})
		t.Logf("%s of %q and %q = %q", tc.op, tc.a, tc.b, text)
		digits := 0
		for _, f := range strings.Fields(text) {
			n := 0
			for _, ch := range f {
				if ch >= '0' && ch <= '9' {
					n++
				}
			}
			digits = max(digits, n)
		}
		// Three figures, or four where its ends are written there
		// (sayAtEnds: "0.3333" inside 0.3333 to 0.3334), in each number
		// (a hedged proportion in words gives a range: "0.233 to 0.334").
		if digits > 5 || strings.Contains(text, "33333") {
			t.Errorf("%s of %q and %q = %q, want at most 4 significant figures", tc.op, tc.a, tc.b, text)
		}
	}
}
