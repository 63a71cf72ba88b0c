package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestDerivedWithinEnds checks that a derived figure is said at the
// coarsest rounding that lies inside its own Low and High, the one
// figure the book, the deck, derived.csv and indicators.json all write:
// a share of exact counts whose one decimal lies below its low
// (s31b-beds: "59.7" beside 59.71 to 59.72); a share under 1 percent
// whose one decimal would seem to agree with a document's "0.80"
// (s31b-parking: "0.8" beside 0.81 to 0.82); a ratio whose coarser
// figure already lies inside its ends keeps it (s31b-blood's shape: 6.3
// over 1.3 allows 4.63 to 5.08, "5 times" beside 4.6 and 5.1; "about
// 4.8" would claim 4.6 to 5.0, less than the inputs allow).
func TestDerivedWithinEnds(t *testing.T) {
	tests := []struct {
		op                         indicators.Op
		a, b                       string
		qualifier, low, high, text string
	}{
		{indicators.ShareOf, "1,236 beds", "2,069 beds", "approx", "59.73", "59.74", "59.74 percent"},
		{indicators.ShareOf, "4,212 appeals", "517,388 appeals", "approx", "0.81", "0.82", "0.81 percent"},
		{indicators.Ratio, "6.3 days", "1.3 days", "approx", "4.6", "5.1", "5 times"},
		// Its one decimal already inside its ends: unchanged.
		{indicators.ShareOf, "741.6 tonnes", "965.0 tonnes", "approx", "76.8", "76.9", "76.8 percent"},
	}
	for _, tc := range tests {
		c := derivedCatalog(t, tc.op, []string{"a", "b"}, map[string]string{"a": tc.a, "b": tc.b})
		r, err := c.Compute("x")
		if err != nil {
			t.Fatalf("%s(%q, %q): %v", tc.op, tc.a, tc.b, err)
		}
		q, lo, hi, text := contract(r)
		if q != tc.qualifier || lo != tc.low || hi != tc.high || text != tc.text {
			t.Errorf("%s(%q, %q) = %s [%s, %s] %q, want %s [%s, %s] %q", tc.op, tc.a, tc.b, q, lo, hi, text, tc.qualifier, tc.low, tc.high, tc.text)
		}
		checkWithinEnds(t, tc.a+" of "+tc.b, r)
		checkSaysOnlyAllowed(t, tc.a+" of "+tc.b, r)
	}
}
