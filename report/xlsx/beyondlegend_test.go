package xlsx

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestBeyondLegendNamesArrow: the native chart's legend of a figure beyond
// its end says the slide beside it draws an arrow where it draws a dashed
// outline, so that one "more than" does not read as two conventions
// (s14-crime's "over 32 million property crimes"; a trade sheet's "more
// than $54 billion"), and names a hedge in the document's word (s14-crime's
// "almost 11 million", which it called "nearly, up to or less than").
func TestBeyondLegendNamesArrow(t *testing.T) {
	// Each pair shares a unit, as a bars view's figures must (one axis).
	for _, tc := range []struct{ stated, almost string }{
		{"over 32 million property crimes", "almost 11 million property crimes"},
		{"more than $54 billion", "almost $11 million"},
	} {
		stated := tc.stated
		text := "We counted " + stated + " and " + tc.almost + " others.\n"
		sum := sha256.Sum256([]byte(text))
		doc := fmt.Sprintf(`claimbook: 1
sources:
  - {id: a, title: Doc, text: a.txt, sha256: %s}
indicators:
  - {id: x, title: X, measure: flow, status: fact, stated: %q, period: "1993", provenance: [{source: a, quote: %q}]}
  - {id: y, title: Y, measure: flow, status: fact, stated: %q, period: "1993", provenance: [{source: a, quote: %q}]}
views:
  - {id: v, title: Both, kind: bars, indicators: [x, y]}
`, hex.EncodeToString(sum[:]), stated, stated, tc.almost, tc.almost+" others")
		cat := indicatortest.ParseWithText(t, "beyond.yaml", doc, text)
		_, parts := writeParts(t, cat)
		found, almost := false, false
		for name, x := range parts {
			if strings.HasPrefix(name, "xl/charts/chart") && strings.Contains(x, "Dashed outline (the slide&#39;s arrow)") {
				found = true
			}
			if strings.HasPrefix(name, "xl/charts/chart") && strings.Contains(x, "Fading end: the source says “almost”;") {
				almost = true
			}
		}
		if !found {
			t.Errorf("%q: no native chart's legend says the slide's arrow", stated)
		}
		if !almost {
			t.Errorf("%q: no native chart's legend names the document's “almost”", stated)
		}
	}
}
